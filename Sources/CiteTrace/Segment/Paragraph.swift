/// A paragraph of a normalized document: the text between two kept line breaks.
struct Paragraph {
    /// Range in the document's `NormalizedText`.
    let range: Range<Int>
    /// Normalized characters (a view of the normalized text, not a copy).
    let scalars: ScalarRun
    /// `text`, kept for a paragraph of at most `keptText` characters: the short lines
    /// (bylines, titles, end markers, labels) are the ones read as words, several times
    /// over, while a body paragraph is read as scalars, and copying each into a `String`
    /// was 2.6 % of a run (10 MB corpus).
    private let shortText: String?
    static let keptText = 80

    /// Normalized text without Markdown heading marks.
    var text: String { shortText ?? String(scalars: scalars) }
    /// This paragraph's span of its document's original text. Only the span, not the
    /// `Document`: paragraphs are copied often while articles are drafted, and each copy of
    /// a document's strings was a reference count taken and dropped on shared memory.
    private let originalScalars: ScalarRun
    /// Markdown heading level (`#` count), 0 for none.
    let headingLevel: Int

    /// The original characters (white space intact: bylines separate names with spaces).
    /// Made when asked: only short paragraphs (bylines, titles, end markers) ever are, and
    /// a copy of every paragraph held each document's text once more.
    var original: String { String(scalars: originalScalars) }

    var count: Int { scalars.count }

    /// The original text as a title: heading marks dropped, white space runs folded to one space.
    var title: String {
        var t = Substring(original)
        while t.first == "#" { t = t.dropFirst() }
        return t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    var isHeading: Bool { headingLevel > 0 }

    /// The document's lines as paragraphs, made `perTask` at a time on all cores.
    static func split(_ norm: NormalizedText, document: Document, perTask: Int = .max) -> [Paragraph] {
        var lines: [Range<Int>] = []
        var start = 0
        let s = norm.scalars
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            if i > start { lines.append(start..<i) }
            start = i + 1
        }
        // Each paragraph copies its text: on all cores for a long document.
        return lines.parallelMap(chunk: perTask) { make(norm, document, $0) }
    }

    static func make(_ norm: NormalizedText, _ doc: Document, _ range: Range<Int>) -> Paragraph {
        var level = 0
        var lo = range.lowerBound
        let s = norm.scalars
        while lo < range.upperBound, s[lo] == "#" { level += 1; lo += 1 }
        if level > 6 { level = 0; lo = range.lowerBound }
        while lo < range.upperBound, s[lo] == " " { lo += 1 }
        let scalars = ScalarRun(s, lo..<range.upperBound)
        return Paragraph(range: range, scalars: scalars, shortText: scalars.count <= keptText ? String(scalars: scalars) : nil,
                         originalScalars: doc.run(norm.originalRange(range)), headingLevel: level)
    }
}

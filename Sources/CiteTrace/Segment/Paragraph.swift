/// A paragraph of a normalized document: the text between two kept line breaks.
struct Paragraph {
    /// Range in the document's `NormalizedText`.
    let range: Range<Int>
    /// Normalized characters.
    let scalars: [Unicode.Scalar]
    /// Normalized text without Markdown heading marks.
    let text: String
    /// The original characters (white space intact: bylines separate names with spaces).
    let original: String
    /// Markdown heading level (`#` count), 0 for none.
    let headingLevel: Int

    var count: Int { scalars.count }

    /// The original text as a title: heading marks dropped, white space runs folded to one space.
    var title: String {
        var t = Substring(original)
        while t.first == "#" { t = t.dropFirst() }
        return t.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    var isHeading: Bool { headingLevel > 0 }

    static func split(_ norm: NormalizedText, document: Document) -> [Paragraph] {
        var result: [Paragraph] = []
        var start = 0
        let s = norm.scalars
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            if i > start {
                result.append(make(norm, document, start..<i))
            }
            start = i + 1
        }
        return result
    }

    static func make(_ norm: NormalizedText, _ doc: Document, _ range: Range<Int>) -> Paragraph {
        var level = 0
        var lo = range.lowerBound
        let s = norm.scalars
        while lo < range.upperBound, s[lo] == "#" { level += 1; lo += 1 }
        if level > 6 { level = 0; lo = range.lowerBound }
        while lo < range.upperBound, s[lo] == " " { lo += 1 }
        let scalars = Array(s[lo..<range.upperBound])
        return Paragraph(range: range, scalars: scalars, text: String(scalars: scalars),
                         original: doc.slice(norm.originalRange(range)), headingLevel: level)
    }
}

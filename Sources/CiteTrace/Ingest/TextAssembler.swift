/// Builds the plain text of a markup document the way a browser lays it out, reduced
/// to what the segmenter reads: paragraphs separated by one blank line, Markdown
/// heading lines, and inline text with its whitespace collapsed.
///
/// Invariants of `finish()`: no leading or trailing whitespace, never more than one
/// blank line in a row (except inside preformatted text), heading markers only at a
/// line start and followed by text on the same line.
struct TextAssembler {
    private var output = String.UnicodeScalarView()
    /// Line breaks owed before the next visible character (0, 1, or 2 for a blank line).
    private var pendingNewlines = 0
    /// Collapsed whitespace owed before the next visible character.
    private var pendingSpace = false
    /// The collapsed whitespace held a line break (a "segment break" in CSS terms).
    private var pendingSegmentBreak = false
    /// Heading marker (`## `) owed at the start of the next line of text.
    private var pendingPrefix: String?
    private var headingDepth = 0
    private var preformattedDepth = 0

    /// Number of visible scalars written so far (for entity-expansion budgets).
    private(set) var count = 0

    // MARK: - Structure

    /// Ends the current paragraph: the next text starts after one blank line.
    mutating func paragraphBreak() {
        pendingNewlines = 2
        pendingSpace = false
    }

    /// A forced line break (`<br>`); inside a heading it is a space, so the heading stays one line.
    mutating func lineBreak() {
        if headingDepth > 0 { separate(); return }
        pendingNewlines = min(2, pendingNewlines + 1)
        pendingSpace = false
    }

    /// Makes sure the next text starts on a new line, without adding a blank line
    /// (the start and end of a TEI verse line).
    mutating func newLine() {
        if headingDepth > 0 { separate(); return }
        pendingNewlines = max(1, pendingNewlines)
        pendingSpace = false
    }

    /// Puts a space between the neighbouring texts unless a line break comes first (table cells).
    mutating func separate() {
        if pendingNewlines == 0 { pendingSpace = true }
    }

    /// Starts a Markdown heading of `level` (1–6) on its own paragraph.
    mutating func beginHeading(level: Int) {
        paragraphBreak()
        if headingDepth == 0 { pendingPrefix = String(repeating: "#", count: min(max(level, 1), 6)) + " " }
        headingDepth += 1
    }

    mutating func endHeading() {
        headingDepth -= 1
        if headingDepth == 0 { pendingPrefix = nil }
        paragraphBreak()
    }

    mutating func beginPreformatted() {
        paragraphBreak()
        preformattedDepth += 1
    }

    mutating func endPreformatted() {
        preformattedDepth -= 1
        paragraphBreak()
    }

    // MARK: - Text

    /// Appends character data: collapsed like HTML's `white-space: normal`, or kept
    /// as is inside preformatted text.
    mutating func append(_ text: String) {
        if preformattedDepth > 0 && headingDepth == 0 {
            appendPreformatted(text)
            return
        }
        for s in text.unicodeScalars {
            switch s {
            case " ", "\t", "\u{0C}":
                if !output.isEmpty { pendingSpace = true }
            case "\n", "\r":
                if !output.isEmpty { pendingSpace = true; pendingSegmentBreak = true }
            default:
                emit(s)
            }
        }
    }

    private mutating func appendPreformatted(_ text: String) {
        for s in text.unicodeScalars {
            switch s {
            case "\r": continue
            case "\n": pendingNewlines += 1; pendingSpace = false
            default: emit(s)
            }
        }
    }

    /// Writes one visible scalar after whatever breaks, spaces and markers it is owed.
    private mutating func emit(_ s: Unicode.Scalar) {
        if pendingNewlines > 0 {
            if !output.isEmpty { output.append(contentsOf: repeatElement("\n", count: pendingNewlines)) }
        } else if pendingSpace, let last = output.last, last != "\n" {
            // CSS Text 3 segment-break transformation: a source line break between two
            // wide East Asian characters disappears instead of becoming a space.
            if !(pendingSegmentBreak && Self.isWide(last) && Self.isWide(s)) { output.append(" ") }
        }
        pendingNewlines = 0
        pendingSpace = false
        pendingSegmentBreak = false
        if let prefix = pendingPrefix {
            output.append(contentsOf: prefix.unicodeScalars)
            pendingPrefix = nil
        }
        output.append(s)
        count += 1
    }

    /// Han, CJK punctuation, kana and full-width forms.
    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return CharacterClass.isHan(s) || (0x3000...0x30FF).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x2E80...0x2FDF).contains(v)
    }

    /// The assembled text, trailing whitespace dropped.
    func finish() -> String {
        var scalars = output
        while let last = scalars.last, last == " " || last == "\n" || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

/// One physical line of the original text.
struct Line: Equatable {
    /// Scalars of the line without its line break.
    var range: Range<Int>
    /// The line without leading/trailing white space and ignorable characters.
    var visible: Range<Int>
    /// The line starts with `#` (a Markdown heading).
    var isHeading: Bool
    /// Two or more trailing spaces: a Markdown hard break, never joined.
    var hardBreak: Bool

    var isBlank: Bool { visible.isEmpty }
}

/// Splits text into lines (LF, CRLF, CR, NEL, LS, PS).
enum LineScanner {
    static func lines(_ src: [Unicode.Scalar]) -> [Line] {
        var result: [Line] = []
        var start = 0
        var i = 0
        let n = src.count
        while i <= n {
            if i == n || CharacterClass.isNewline(src[i]) {
                result.append(makeLine(src, start..<i))
                if i < n, src[i] == "\r", i + 1 < n, src[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        return result
    }

    static func makeLine(_ src: [Unicode.Scalar], _ range: Range<Int>) -> Line {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, CharacterClass.isSpace(src[lo]) || CharacterClass.isIgnorable(src[lo]) { lo += 1 }
        while hi > lo, CharacterClass.isSpace(src[hi - 1]) || CharacterClass.isIgnorable(src[hi - 1]) { hi -= 1 }
        var trailingSpaces = 0
        var k = range.upperBound
        while k > hi, src[k - 1] == " " { trailingSpaces += 1; k -= 1 }
        return Line(range: range, visible: lo..<hi, isHeading: lo < hi && src[lo] == "#", hardBreak: trailingSpaces >= 2)
    }
}

/// Splits a span of a document's text into paragraphs at blank lines.
///
/// A blank line is a line (between `\n`s) of whitespace only. A paragraph runs from the
/// first scalar of its first non-blank line to the last scalar before the `\n` ending its
/// last non-blank line, so single line breaks stay inside paragraphs and the blank lines
/// between them are the only text the TEI body leaves out. Ranges are scalar offsets.
enum TEIParagraphs {
    /// The paragraphs of `scalars[span]`, in order, non-empty and disjoint.
    static func split<Text: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Text, in span: Range<Int>) -> [Range<Int>] where Text.Index == Int {
        split(span) { scalars[$0].value }
    }

    /// `split` of a document's stored scalars, read as their code units: a TEI export
    /// splits the whole corpus, and the subscript tests the storage's width on every read.
    static func split(_ scalars: CompactScalars, in span: Range<Int>) -> [Range<Int>] {
        precondition(span.lowerBound >= 0 && span.upperBound <= scalars.count, "a span of the text")
        return scalars.withCodeUnits(narrow: { units in split(span) { UInt32(units[$0]) } }, wide: { units in split(span) { units[$0] } })
    }

    /// The paragraphs of the scalars `value` gives for the offsets of `span`.
    @inline(__always)
    private static func split(_ span: Range<Int>, value: (Int) -> UInt32) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        var lineStart = span.lowerBound
        while lineStart < span.upperBound {
            var lineEnd = lineStart
            while lineEnd < span.upperBound && value(lineEnd) != 0x0A { lineEnd += 1 }
            let blank = (lineStart..<lineEnd).allSatisfy { Unicode.Scalar(value($0))?.properties.isWhitespace ?? false }
            if blank {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = nil
            } else {
                current = (current?.lowerBound ?? lineStart)..<lineEnd
            }
            lineStart = lineEnd + 1
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        return paragraphs
    }
}

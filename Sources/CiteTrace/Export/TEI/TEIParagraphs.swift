/// Splits a span of a document's text into paragraphs at blank lines.
///
/// A blank line is a line (between `\n`s) of whitespace only. A paragraph runs from the
/// first scalar of its first non-blank line to the last scalar before the `\n` ending its
/// last non-blank line, so single line breaks stay inside paragraphs and the blank lines
/// between them are the only text the TEI body leaves out. Ranges are scalar offsets.
enum TEIParagraphs {
    /// The paragraphs of `scalars[span]`, in order, non-empty and disjoint.
    static func split<Text: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Text, in span: Range<Int>) -> [Range<Int>] where Text.Index == Int {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        var lineStart = span.lowerBound
        while lineStart < span.upperBound {
            var lineEnd = lineStart
            while lineEnd < span.upperBound && scalars[lineEnd] != "\n" { lineEnd += 1 }
            let blank = scalars[lineStart..<lineEnd].allSatisfy { $0.properties.isWhitespace }
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

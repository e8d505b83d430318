/// Cuts a span of normalized text into sentences, and long sentences into clauses.
///
/// A sentence ends after `。`, `!`, `?` or `;` (full-width forms are folded to these by
/// the normalizer), together with any closing quote marks right after it, or at a line
/// break. A sentence with more than `maxLength` content characters is cut after commas
/// and colons into pieces of at least `minClause` content characters (a short tail joins
/// the piece before it).
///
/// Invariants of the result: pieces are non-empty, in text order, do not overlap, lie
/// inside the requested range, start and end on a non-space scalar, and each holds at
/// least one content character (`CharacterClass.isContent`). `paragraph` counts line
/// breaks (0-based), so pieces of one paragraph share it.
public struct SentenceSplitter: Sendable {
    /// One sentence or clause: a normalized range and its paragraph number.
    public struct Piece: Sendable, Equatable {
        public var normalized: Range<Int>
        public var paragraph: Int
    }

    /// Sentences longer than this (content characters) are cut into clauses.
    public var maxLength = 80
    /// The shortest clause a long sentence is cut into.
    public var minClause = 16

    public init() {}

    public func split(_ norm: NormalizedText, in range: Range<Int>) -> [Piece] {
        let s = norm.scalars
        var result: [Piece] = []
        var paragraph = 0
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == "\n" {
                append(s, start..<i, paragraph, into: &result)
                paragraph += 1
                start = i + 1
            } else if Self.endsSentence(c) {
                var j = i + 1
                while j < range.upperBound, CharacterClass.isClosingQuote(s[j]) || Self.endsSentence(s[j]) { j += 1 }
                append(s, start..<j, paragraph, into: &result)
                start = j
                i = j
                continue
            }
            i += 1
        }
        append(s, start..<range.upperBound, paragraph, into: &result)
        return result
    }

    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        c == "。" || c == "!" || c == "?" || c == ";"
    }

    private func append(_ s: CompactScalars, _ raw: Range<Int>, _ paragraph: Int, into result: inout [Piece]) {
        var lo = raw.lowerBound, hi = raw.upperBound
        while lo < hi, CharacterClass.isSpace(s[lo]) || s[lo] == "\n" { lo += 1 }
        while hi > lo, CharacterClass.isSpace(s[hi - 1]) || s[hi - 1] == "\n" { hi -= 1 }
        let content = (lo..<hi).reduce(0) { $0 + (CharacterClass.isContent(s[$1]) ? 1 : 0) }
        guard content > 0 else { return }
        if content <= maxLength {
            result.append(Piece(normalized: lo..<hi, paragraph: paragraph))
            return
        }
        for clause in clauses(s, lo..<hi) { result.append(Piece(normalized: clause, paragraph: paragraph)) }
    }

    /// Cuts one long sentence after commas and colons, keeping pieces of `minClause` or more.
    private func clauses(_ s: CompactScalars, _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var content = 0
        for i in range {
            if CharacterClass.isContent(s[i]) { content += 1; continue }
            if (s[i] == "," || s[i] == ":"), content >= minClause {
                pieces.append(start..<(i + 1))
                start = i + 1
                content = 0
            }
        }
        if start < range.upperBound {
            if content < minClause / 2, let last = pieces.popLast() {
                pieces.append(last.lowerBound..<range.upperBound)
            } else {
                pieces.append(start..<range.upperBound)
            }
        }
        return pieces.compactMap { piece in
            var lo = piece.lowerBound, hi = piece.upperBound
            while lo < hi, CharacterClass.isSpace(s[lo]) { lo += 1 }
            while hi > lo, CharacterClass.isSpace(s[hi - 1]) { hi -= 1 }
            return lo < hi ? lo..<hi : nil
        }
    }
}

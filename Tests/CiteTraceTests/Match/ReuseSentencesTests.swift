import Testing
@testable import CiteTrace

@Suite struct ReuseSentencesTests {
    /// The sentence rule written out: the range is cut after each of 。!?; and the line
    /// break; a cut's mark is left out, except !?; closing the range, which stay; the text
    /// after the last cut is a sentence too. Each piece then loses its non-content
    /// characters at both ends, and empty pieces are dropped.
    private func reference(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        let enders: Set<Unicode.Scalar> = ["。", "!", "?", ";", "\n"], keptAtEnd: Set<Unicode.Scalar> = ["!", "?", ";"]
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where enders.contains(s[i]) {
            pieces.append(start..<(i == range.upperBound - 1 && keptAtEnd.contains(s[i]) ? i + 1 : i))
            start = i + 1
        }
        if start < range.upperBound { pieces.append(start..<range.upperBound) }
        return pieces.compactMap { piece in
            guard let lo = piece.first(where: { CharacterClass.isContent(s[$0]) }),
                  let hi = piece.last(where: { CharacterClass.isContent(s[$0]) }) else { return nil }
            return lo..<(hi + 1)
        }
    }

    @Test("sentences from narrow and wide storage follow the rule written out", arguments: [false, true])
    func againstReference(wide: Bool) {
        var random = SeededRandom(seed: wide ? 42 : 41)
        // Terminators, content (hanzi, a letter, a digit), quote marks and commas; 。 is
        // U+3002, next to 〃 U+3003 and 、 U+3001, which end nothing.
        let pool = Array("。!?;\n长三角a1“”，、〃 ".unicodeScalars) + (wide ? scalars([0x20000]) : [])
        var several = 0
        for _ in 0..<3_000 {
            let text = random.scalars(from: pool, maxLength: 30)
            let compact = CompactScalars(text)
            let lo = Int.random(in: 0...text.count, using: &random), hi = Int.random(in: lo...text.count, using: &random)
            let expected = reference(text, lo..<hi)
            if expected.count > 1 { several += 1 }
            #expect(ReuseFinder.sentences(compact, lo..<hi) == expected, "\(text) \(lo)..<\(hi)")
        }
        #expect(several > 500)
    }
}

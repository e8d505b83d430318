import Testing
@testable import CiteTrace

@Suite struct ReuseSentencesTests {
    /// The sentence rule written out scalar by scalar: a sentence ends at 。!?; or a line
    /// break (left out) or at the range's end (kept unless it is 。 or a line break), and
    /// loses the non-content characters at both ends; empty sentences are dropped.
    private func reference(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range {
            let c = s[i]
            let ends = ["。", "!", "?", ";", "\n"].contains(c)
            guard ends || i == range.upperBound - 1 else { continue }
            var lo = start, hi = (i == range.upperBound - 1 && !(c == "。" || c == "\n")) ? i + 1 : i
            while lo < hi, !CharacterClass.isContent(s[lo]) { lo += 1 }
            while hi > lo, !CharacterClass.isContent(s[hi - 1]) { hi -= 1 }
            if hi > lo { result.append(lo..<hi) }
            start = i + 1
        }
        return result
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

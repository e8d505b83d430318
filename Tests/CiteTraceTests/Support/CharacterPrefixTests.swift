import Testing
@testable import CiteTrace

@Suite struct CharacterPrefixTests {
    /// The definition: the index after `n` characters when there are more than `n`.
    private func expected(_ s: String, _ n: Int) -> String.Index? {
        let n = max(n, 0)
        guard s.count > n else { return nil }
        return s.index(s.startIndex, offsetBy: n)
    }

    @Test("the fast walk and the fallback both end where the first n characters end")
    func againstDefinition() {
        var random = SeededRandom(seed: 3)
        // Pieces that break alone, and pieces that join their neighbours: combining marks
        // after ideographs, CR LF, an emoji ZWJ sequence, flags, Hangul jamo, a halfwidth
        // sound mark, an ideographic tone mark.
        let pieces = ["长", "三", "角", "，", "“", "”", "—", "a", "1", " ", "\u{3000}", "Ａ",
                      "e\u{301}", "\u{301}", "\r\n", "\r", "\n", "👩\u{200D}💻", "🇨🇳", "\u{1100}\u{1161}", "\u{1161}",
                      "ｶ\u{FF9E}", "\u{FF9E}", "字\u{302A}", "\u{200D}", "\u{FE0F}"]
        for _ in 0..<4_000 {
            let s = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for n in -1...14 {
                #expect(s.characterPrefixEnd(n) == expected(s, n), "\(Array(s.unicodeScalars)) \(n)")
            }
        }
    }

    @Test("a character found among the scalars is the first character equal to it, from any start")
    func firstCharacter() {
        var random = SeededRandom(seed: 4)
        // 《 and 》 alone, and joined to a mark after them or to a prepended mark (U+0600)
        // or a CR before them, where they are not characters of their own.
        let pieces = ["《", "》", "《\u{301}", "\u{600}《", "\u{600}》", "\r", "\n", "长", "e\u{301}", "\u{301}",
                      "\u{200D}", "👩\u{200D}💻", "a", "\u{1100}"]
        var found = 0
        for _ in 0..<4_000 {
            let s = (0..<Int.random(in: 0...10, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let open = s.firstIndex(of: "《")
            #expect(s.firstIndex(ofCharacter: "《") == open, "\(Array(s.unicodeScalars))")
            if let open {
                found += 1
                #expect(s.firstIndex(ofCharacter: "》", from: open) == s[open...].firstIndex(of: "》"), "\(Array(s.unicodeScalars))")
            }
        }
        #expect(found > 1_000)
    }

    @Test("a long Chinese quote is cut after exactly n characters")
    func longChinese() {
        let s = String(repeating: "坚持以人民为中心的发展思想，", count: 200)
        let end = s.characterPrefixEnd(160)!
        #expect(s[..<end].count == 160)
        #expect(s.characterPrefixEnd(s.count) == nil)
        #expect(s.characterPrefixEnd(s.count - 1) == s.index(before: s.endIndex))
    }
}

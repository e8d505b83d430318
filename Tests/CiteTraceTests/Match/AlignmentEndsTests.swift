import Testing
@testable import CiteTrace

@Suite("Alignment ends")
struct AlignmentEndsTests {
    let matcher = SeedCorpus.matcher

    /// Removes the characters at `offsets` (Character offsets) from `s`.
    func removing(_ offsets: [Int], from s: String) -> String {
        String(Array(s).enumerated().filter { !offsets.contains($0.offset) }.map(\.element))
    }

    /// Offsets of the Han characters of `s`.
    func han(_ s: String) -> [Int] {
        Array(s).indices.filter { CharacterClass.isHan(Array(s)[$0].unicodeScalars.first!) }
    }

    @Test("two characters dropped after a quote's first: a deletion, not an added first character",
          arguments: MatcherTests.sentences)
    func headDeletion(_ s: (speech: String, text: String)) throws {
        let h = han(s.text)
        try #require(h[1] == h[0] + 1 && h[2] == h[0] + 2)
        let chars = Array(s.text)
        let r = matcher.verify(removing([h[1], h[2]], from: s.text))
        #expect(r.source?.speech == s.speech)
        #expect(r.verdict == .variant)
        let e = try #require(r.edits.first)
        #expect(r.edits.count == 1)
        #expect(e.op == .delete)
        #expect(e.source == String(chars[h[1]...h[2]]))
    }

    @Test("two characters dropped before a quote's last two: a deletion, not added last characters",
          arguments: MatcherTests.sentences)
    func tailDeletion(_ s: (speech: String, text: String)) throws {
        let h = han(s.text), n = h.count
        try #require(h[n - 1] == h[n - 4] + 3)
        let chars = Array(s.text)
        let r = matcher.verify(removing([h[n - 4], h[n - 3]], from: s.text))
        #expect(r.source?.speech == s.speech)
        #expect(r.verdict == .variant)
        let e = try #require(r.edits.first)
        #expect(r.edits.count == 1)
        #expect(e.op == .delete)
        #expect(e.source == String(chars[h[n - 4]...h[n - 3]]))
    }

    @Test("a character the source does not have nearby stays an insertion at either end")
    func foreignEnds() throws {
        let text = "要以更加开放的思维和举措参与国际科技合作"
        for quote in ["乙" + text, text + "乙"] {
            let r = matcher.verify(quote)
            #expect(r.verdict == .variant)
            let e = try #require(r.edits.first)
            #expect(r.edits.count == 1)
            #expect(e.op == .insert)
            #expect(e.quote == "乙")
        }
    }

    @Test("the leftover is aligned with the most equal characters, the nearest on a tie, or not at all")
    func leftover() throws {
        // Read outward from the alignment: 长 is three characters away, past 角 and 三.
        let steps = try #require(AlignmentEnds.align([0x957F], [0x89D2, 0x4E09, 0x957F, 0x8FDB]))
        #expect(steps.map(\.q) == [-1, -1, 0])
        #expect(steps.map(\.s) == [0, 1, 2])
        // Two equal characters found in order, with one source character between them.
        let two = try #require(AlignmentEnds.align([1, 2], [1, 9, 2, 2]))
        #expect(two.map(\.q) == [0, -1, 1])
        #expect(two.map(\.s) == [0, 1, 2])
        // Fewer than half of the leftover found: left alone.
        #expect(AlignmentEnds.align([1, 2, 3], [7, 1, 8, 9]) == nil)
        #expect(AlignmentEnds.align([5], [1, 2, 3]) == nil)
        #expect(AlignmentEnds.align([5], []) == nil)
    }
}

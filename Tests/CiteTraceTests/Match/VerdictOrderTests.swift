import Testing
@testable import CiteTrace

@Suite struct VerdictOrderTests {
    @Test("a verdict's ordinal is its position in allCases, and < follows it")
    func ordinal() {
        for (position, verdict) in Verdict.allCases.enumerated() {
            #expect(verdict.ordinal == position, "\(verdict)")
        }
        for a in Verdict.allCases {
            for b in Verdict.allCases {
                #expect((a < b) == (Verdict.allCases.firstIndex(of: a)! < Verdict.allCases.firstIndex(of: b)!))
            }
        }
    }

    @Test("counts per verdict are in allCases order and leave out verdicts that do not occur")
    func counts() {
        let verdicts: [Verdict] = [.unresolved, .verbatim, .unresolved, .variant, .verbatim, .unresolved]
        let quotes = verdicts.enumerated().map { i, v in
            MatchedQuote(quote: Quote(id: "q\(i)", document: "d", article: "a", start: i, end: i + 1, text: "x", normalized: "x",
                                      marked: true, trivial: false, unclosed: false, speaker: nil, cue: nil, claimed: nil, parent: nil,
                                      normalizedRange: i..<(i + 1)),
                         source: nil, verdict: v, score: 0, edits: [], script: [])
        }
        let counts = HTMLVerdict.counts(quotes)
        #expect(counts.map(\.verdict) == [.verbatim, .variant, .unresolved])
        #expect(counts.map(\.count) == [2, 1, 3])
    }

    @Test("same scalars but for spaces and line breaks agrees with comparing the stripped strings whenever it says yes")
    func sameScalarsIgnoringSpace() {
        func stripped(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.filter { !CharacterClass.isSpace($0) && !CharacterClass.isNewline($0) }))
        }
        var random = SeededRandom(seed: 11)
        // Spaces and breaks of several kinds, CJK, a compatibility ideograph (U+F900, canonically
        // equal to U+8C48), and a combining accent, so that equal strings with unequal scalars occur.
        let alphabet: [Unicode.Scalar] = [" ", "\n", "\r", "\u{3000}", "\u{A0}", "一", "二", "\u{8C48}", "\u{F900}", "e", "\u{E9}", "\u{301}", "。"]
        func text() -> String { random.text(from: alphabet, maxLength: 8) }
        var yes = 0
        for _ in 0..<5_000 {
            let a = text()
            // Half the pairs are the same text with its spaces moved.
            let b = Bool.random(using: &random) ? text() : String(String.UnicodeScalarView(stripped(a).unicodeScalars.flatMap { [$0, " "] }))
            let same = Matcher.sameScalarsIgnoringSpace(a, b)
            if same {
                yes += 1
                #expect(stripped(a) == stripped(b), "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            }
            #expect(same == (Array(stripped(a).unicodeScalars) == Array(stripped(b).unicodeScalars)))
        }
        #expect(yes > 2_000)
    }
}

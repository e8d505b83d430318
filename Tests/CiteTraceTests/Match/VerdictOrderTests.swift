import Foundation
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

    @Test("scalars taken as left alone by normalization are: no decomposition, combining class 0, and no pair of them composes")
    func canonicallyInert() {
        let inert = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { Matcher.isCanonicallyInert(String($0)) }
        #expect(inert.count == 27_890)
        for c in inert {
            let s = String(c)
            #expect(c.properties.canonicalCombiningClass == .notReordered, "\(c.value)")
            #expect(Array(s.decomposedStringWithCanonicalMapping.unicodeScalars) == [c], "\(c.value)")
        }
        let sample = stride(from: 0, to: inert.count, by: 97).map { inert[$0] } + Array(inert.prefix(128))
        for a in sample {
            for b in sample {
                let pair = String(String.UnicodeScalarView([a, b]))
                #expect(Array(pair.precomposedStringWithCanonicalMapping.unicodeScalars) == [a, b], "\(a.value) \(b.value)")
            }
        }
        // Compositions whose second scalar has combining class 0 (Hangul vowels, Indic vowel
        // signs) and a compatibility ideograph: none of them is taken as inert.
        for c: Unicode.Scalar in ["\u{1161}", "\u{11A8}", "\u{0B3E}", "\u{0CD5}", "\u{0DCF}", "\u{F900}", "\u{301}", "\u{302A}", "\u{2000}"] {
            #expect(!Matcher.isCanonicallyInert(String(c)), "\(c.value)")
        }
    }

    @Test("the similarity of two names by scalar pairs is that of their character bigrams")
    func similarityAgainstReference() {
        func reference(_ a: String, _ b: String) -> Double {
            func bigrams(_ s: String) -> Set<String> {
                let c = Array(s)
                guard c.count >= 2 else { return [s] }
                return Set((0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) })
            }
            let x = bigrams(a), y = bigrams(b)
            return Double(x.intersection(y).count) / Double(max(1, min(x.count, y.count)))
        }
        var random = SeededRandom(seed: 13)
        let pieces = ["座", "谈", "会", "长", "三", "角", "一", "体", "化", "A", " ", "e\u{301}", "\u{E9}", "\r\n", "\u{F900}", "\u{8C48}"]
        var partial = 0
        for _ in 0..<5_000 {
            func name() -> String { (0..<Int.random(in: 0...7, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() }
            let a = name(), b = name()
            let expected = reference(a, b)
            #expect(Matcher.similarity(a, b) == expected, "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            if expected > 0 && expected < 1 { partial += 1 }
        }
        #expect(partial > 100)
        #expect(Matcher.similarity("扎实推进长三角一体化发展座谈会", "深入推进长三角一体化发展座谈会") > 0.8)
    }

    @Test("a run is verbatim when its scalars, or its stripped text canonically, agree: the same as comparing the stripped strings")
    func verbatimAgainstReference() {
        let matcher = SeedCorpus.matcher
        var random = SeededRandom(seed: 12)
        let alphabet: [Unicode.Scalar] = [" ", "\n", "一", "\u{8C48}", "\u{F900}", "e", "\u{E9}", "\u{301}", "。", "\u{FF0C}", ",", "長", "长"]
        var verbatim = 0
        for _ in 0..<5_000 {
            let a = random.text(from: alphabet, maxLength: 6), b = random.text(from: alphabet, maxLength: 6)
            let expected = matcher.strip(a) == matcher.strip(b)
            #expect(matcher.isVerbatim([Edit(op: .equal, quote: a, source: b)]) == expected,
                    "\(a.unicodeScalars.map(\.value)) vs \(b.unicodeScalars.map(\.value))")
            if expected { verbatim += 1 }
        }
        #expect(verbatim > 50)
    }
}

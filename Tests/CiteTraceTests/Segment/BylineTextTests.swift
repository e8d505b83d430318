import Foundation
import Testing
@testable import CiteTrace

/// The byline reader's text helpers against the Foundation and standard-library forms
/// they stand in for.
@Suite struct BylineTextTests {
    @Test("a byline's suffix test agrees with hasSuffix on hanzi and middle dots, compatibility ideographs included")
    func agreesWithHasSuffix() {
        var random = SeededRandom(seed: 12)
        // 研究 and their compatibility forms (U+F9BA is not 研; U+FA11 崎 and U+F900 豈 decompose),
        // plus the suffixes' own characters, so that texts often end with a suffix.
        let pool = Array("研究中心编辑部记者组·豈崎".unicodeScalars) + [Unicode.Scalar(0xF900)!, Unicode.Scalar(0xFA11)!, Unicode.Scalar(0x2F800)!]
        var hits = 0
        for _ in 0..<3_000 {
            let text = random.text(from: pool, maxLength: 8)
            for suffix in Byline.institutionalSuffixes + ["豈", "崎"] {
                let expected = text.hasSuffix(suffix)
                if expected { hits += 1 }
                #expect(Byline.endsWith(text, suffix) == expected, "\(text) / \(suffix)")
            }
        }
        #expect(hits > 100)
        // A compatibility ideograph ends the text as its canonical twin does.
        #expect(Byline.endsWith("山\u{F900}", "豈") && "山\u{F900}".hasSuffix("豈"))
    }

    /// Hanzi, middle dots and the separators, with scalars that join the one before them
    /// into a character (an acute accent, a variation selector, a joiner), white space of
    /// every kind, and a letter.
    static let mixed = Array("王小明·、 \t\n\r".unicodeScalars) + scalars([0x3000, 0x2003, 0x0085, 0x00A0, 0x0301, 0xFE00, 0x200D, 0x41, 0xF900, 0x20000])

    @Test("trimming agrees with Foundation's whitespace-and-newline trim")
    func trimmingAgreesWithFoundation() {
        var random = SeededRandom(seed: 21)
        var trimmedSome = 0
        for _ in 0..<3_000 {
            let line = random.text(from: Self.mixed, maxLength: 10)
            let expected = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if expected != line { trimmedSome += 1 }
            #expect(Byline.trimmed(line) == expected, "\(line.unicodeScalars.map { $0.value })")
        }
        #expect(trimmedSome > 1_000)
    }

    @Test("words agree with a split by characters, on bylines and on lines whose separators join a mark")
    func wordsAgreeWithCharacterSplit() {
        var random = SeededRandom(seed: 22)
        let simple = Array("王小明·、 \t".unicodeScalars) + scalars([0x3000, 0xF900, 0x20000])
        for alphabet in [simple, Self.mixed] {
            var several = 0
            for _ in 0..<3_000 {
                let line = random.text(from: alphabet, maxLength: 10)
                let expected = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0 == "、" }).map(String.init)
                if expected.count > 1 { several += 1 }
                #expect(Byline.words(line) == expected, "\(line.unicodeScalars.map { $0.value })")
            }
            #expect(several > 500)
        }
        // A space with an accent on it is one character, not a separator.
        #expect(Byline.words("王小 \u{301}明") == ["王小 \u{301}明"])
    }

    @Test("a name is two to four hanzi, middle dots not counted")
    func names() {
        var random = SeededRandom(seed: 23)
        for _ in 0..<3_000 {
            let word = random.text(from: Self.mixed, maxLength: 7)
            let hanzi = word.unicodeScalars.filter { $0 != "·" }
            let expected = (2...4).contains(hanzi.count) && hanzi.allSatisfy(CharacterClass.isHan)
            #expect(Byline.isName(word) == expected, "\(word.unicodeScalars.map { $0.value })")
        }
        #expect(Byline.isName("王·小明") && Byline.isName("小明") && !Byline.isName("王小明丽华") && !Byline.isName("王"))
    }
}

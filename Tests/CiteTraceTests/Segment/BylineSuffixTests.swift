import Testing
@testable import CiteTrace

@Suite struct BylineSuffixTests {
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
}

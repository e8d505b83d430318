import Testing
@testable import CiteTrace

@Suite struct HTMLMarkupTextTests {
    @Test("a run of text is escaped as the report promises, scalar by scalar, and stops at the first line break, in narrow and wide storage")
    func matchesScalarEscaping() {
        var random = SeededRandom(seed: 9)
        // Every branch: the CJK fast path's edges, escapes, controls, line breaks, noncharacters, supplementary.
        let alphabet = scalars([
            0x61, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x09, 0x0A, 0x0D, 0x01, 0x7F, 0x85, 0xE9, 0x2028, 0x2029,
            0x2FFF, 0x3000, 0x4E2D, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFE, 0xFF01, 0x1FFFF, 0x20000,
        ])
        for trial in 0..<2_000 {
            var scalars = random.scalars(from: alphabet, maxLength: 40)
            // Half the texts stay narrow (no scalar above U+FFFF).
            if trial.isMultiple(of: 2) { scalars = scalars.filter { $0.value <= 0xFFFF } }
            let text = CompactScalars(scalars)
            let lo = Int.random(in: 0...scalars.count, using: &random)
            let hi = Int.random(in: lo...scalars.count, using: &random)

            var want: [UInt8] = [UInt8(ascii: "x")]
            var expectedStop = hi
            for i in lo..<hi {
                if ["\n", "\r", "\u{2028}", "\u{2029}"].contains(scalars[i]) { expectedStop = i; break }
                want += HTMLBuilderTests.referenceEscape(scalars[i].value)
            }
            var out = OutputBytes()
            out.append("x")
            let stop = HTMLMarkup.appendText(text, lo..<hi, to: &out)
            #expect(stop == expectedStop)
            let got = out.withUnsafeBytes { Array($0) }
            #expect(got == want, "\(scalars[lo..<hi].map(\.value))")
        }
    }
}

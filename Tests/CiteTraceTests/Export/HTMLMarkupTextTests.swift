import Testing
@testable import CiteTrace

@Suite struct HTMLMarkupTextTests {
    @Test("a run of text is escaped as scalar-by-scalar escaping would, and stops at the first line break, in narrow and wide storage")
    func matchesScalarEscaping() {
        var random = SeededRandom(seed: 9)
        // Every branch: the CJK fast path's edges, escapes, controls, line breaks, noncharacters, supplementary.
        let alphabet: [Unicode.Scalar] = [
            0x61, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x09, 0x0A, 0x0D, 0x01, 0x7F, 0x85, 0xE9, 0x2028, 0x2029,
            0x2FFF, 0x3000, 0x4E2D, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFE, 0xFF01, 0x1FFFF, 0x20000,
        ].map { Unicode.Scalar(UInt32($0))! }
        for trial in 0..<2_000 {
            var scalars = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            // Half the texts stay narrow (no scalar above U+FFFF).
            if trial.isMultiple(of: 2) { scalars = scalars.filter { $0.value <= 0xFFFF } }
            let text = CompactScalars(scalars)
            let lo = Int.random(in: 0...scalars.count, using: &random)
            let hi = Int.random(in: lo...scalars.count, using: &random)

            var expected = OutputBytes()
            var expectedStop = hi
            for i in lo..<hi {
                if HTMLMarkup.isLineBreak(scalars[i]) { expectedStop = i; break }
                HTML.appendEscaped(scalars[i], to: &expected)
            }
            var out = OutputBytes()
            out.append("x")
            let stop = HTMLMarkup.appendText(text, lo..<hi, to: &out)
            #expect(stop == expectedStop)
            let got = out.withUnsafeBytes { Array($0) }
            let want = [UInt8(ascii: "x")] + expected.withUnsafeBytes { Array($0) }
            #expect(got == want, "\(scalars[lo..<hi].map(\.value))")
        }
    }
}

import Testing
@testable import CiteTrace

@Suite struct HTMLBuilderTests {
    /// Markup-significant ASCII, controls HTML forbids or keeps, C1, noncharacters in three
    /// planes, CJK and a supplementary ideograph: every branch of the escaping.
    static let alphabet: [Unicode.Scalar] = [
        0x61, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x09, 0x0A, 0x01, 0x7F, 0x85, 0xA0,
        0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x4E2D, 0x300C, 0x20000,
    ].map { Unicode.Scalar(UInt32($0))! }

    static func randomText(_ random: inout SeededRandom) -> String {
        var s = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            s.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
        }
        return String(s)
    }

    @Test("text escapes exactly as HTML.text, raw, token and int append what they are given")
    func matchesStringEscaping() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<3_000 {
            let raw = Self.randomText(&random), text = Self.randomText(&random), id = Self.randomText(&random)
            let n = Int.random(in: -1_000...1_000, using: &random)
            var b = HTMLBuilder(capacity: 16)
            b.raw(raw)
            b.text(text)
            b.token(id)
            b.int(n)
            #expect(b.string() == raw + HTML.text(text) + HTML.token(id) + String(n))
        }
    }

    @Test("flushing hands the markup to the sink and empties the builder")
    func flush() {
        let data = ByteSink.collect { sink in
            var b = HTMLBuilder()
            b.raw("<p>")
            b.flush(to: sink)
            #expect(b.count == 0)
            b.text("a<b")
            b.flush(to: sink)
        }
        #expect(String(decoding: data, as: UTF8.self) == "<p>a&lt;b")
    }

    @Test("a diff run is marked only when its escaped text is not empty")
    func diffShowsWhatEscapingKeeps() {
        var random = SeededRandom(seed: 6)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random)
            #expect(HTMLDiff.shows(text) == !HTML.text(text).isEmpty, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(!HTMLDiff.shows(String(String.UnicodeScalarView([Unicode.Scalar(0x01), Unicode.Scalar(0xFFFE)!]))))
        #expect(HTMLDiff.shows("\u{01}<"))
    }
}

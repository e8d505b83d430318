import Testing
@testable import CiteTrace

@Suite struct HTMLBuilderTests {
    /// Markup-significant ASCII, controls HTML forbids or keeps, C1, noncharacters in three
    /// planes, CJK and a supplementary ideograph: every branch of the escaping.
    static let alphabet = scalars([
        0x61, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x09, 0x0A, 0x01, 0x7F, 0x85, 0xA0,
        0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0x4E2D, 0x300C, 0x20000,
    ])

    static func randomText(_ random: inout SeededRandom) -> String {
        random.text(from: alphabet, maxLength: 6)
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

    /// The escaping the report promises (`HTML`'s documentation), written out independently.
    static func referenceEscape(_ v: UInt32) -> [UInt8] {
        switch v {
        case 0x3C: return Array("&lt;".utf8)
        case 0x3E: return Array("&gt;".utf8)
        case 0x26: return Array("&amp;".utf8)
        case 0x22: return Array("&quot;".utf8)
        case 0x27: return Array("&#39;".utf8)
        default:
            let forbidden = (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
                || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
            return forbidden ? [] : Array(String(Unicode.Scalar(v)!).utf8)
        }
    }

    @Test("one scalar is escaped as the report promises, for every scalar of the basic plane and samples above it")
    func writeEscapedEveryScalar() {
        let values = Array(UInt32(0)..<0xD800) + Array(UInt32(0xE000)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 0xFF))
            + [0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF, 0x20000]
        var buffer = [UInt8](repeating: 0, count: HTML.maxEscapedLength)
        var wrong = 0
        for v in values {
            let n = buffer.withUnsafeMutableBufferPointer { HTML.writeEscaped(v, to: $0.baseAddress!) }
            if Array(buffer[..<n]) != Self.referenceEscape(v) { wrong += 1 }
        }
        #expect(wrong == 0)
    }

    @Test("a string is passed through as it is only when escaping would leave it so, and then usually is")
    func passThrough() {
        var random = SeededRandom(seed: 6)
        // One scalar of every value of the basic plane and samples above, then random strings.
        let values = Array(UInt32(0)..<0xD800) + Array(UInt32(0xE000)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 0xFF))
        let texts = values.map { String(Unicode.Scalar($0)!) } + (0..<3_000).map { _ in Self.randomText(&random) }
        var passed = 0, wrong = 0
        for text in texts {
            let escaped = text.unicodeScalars.flatMap { Self.referenceEscape($0.value) }
            guard HTML.needsNoEscaping(text) else { continue }
            passed += 1
            if escaped != Array(text.utf8) { wrong += 1 }
        }
        #expect(wrong == 0)
        // Only the lead bytes the test looks behind send a clean string the slow way.
        #expect(passed > values.count * 9 / 10)
        #expect(HTML.needsNoEscaping("长三角一体化 Yangtze\t1\n") && !HTML.needsNoEscaping("a<b") && !HTML.needsNoEscaping("\u{85}"))
    }

    @Test("a score is written with two decimals, clamped to [0, 1], a dash when it is not a number")
    func scores() {
        var random = SeededRandom(seed: 8)
        let values = [0, 0.005, 0.004999, 0.095, 0.1, 0.5, 0.905, 0.99, 0.995, 1, -0.3, 1.7, .infinity, -.infinity, .nan]
            + (0..<2_000).map { _ in Double.random(in: -0.1...1.1, using: &random) }
        for x in values {
            let expected: String
            if x.isFinite {
                let hundredths = Int((min(max(x, 0), 1) * 100).rounded())
                expected = "\(hundredths / 100)." + String(hundredths % 100 + 100).dropFirst()
            } else {
                expected = "–"
            }
            var b = HTMLBuilder(capacity: 2)
            b.score(x)
            #expect(b.string() == expected, "\(x)")
            #expect(HTML.score(x) == expected, "\(x)")
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

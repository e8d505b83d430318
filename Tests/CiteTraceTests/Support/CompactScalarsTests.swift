import Testing
@testable import CiteTrace

@Suite struct CompactScalarsTests {
    @Test("Chinese text, with a character beyond the BMP, and empty text read back as their scalars", arguments: [
        "長三角一体化，“推动高质量发展”。\r\nABC ｜ １２３\u{FEFF}\u{FFFF}",
        "𠀀 is outside the BMP, so is 😀; 一体化",
        "",
        "\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFD}",
    ])
    func roundTrip(text: String) {
        let expected = Array(text.unicodeScalars)
        let compact = CompactScalars(scalarsOf: text)
        #expect(Array(compact) == expected)
        #expect(compact.count == expected.count)
        #expect(compact.array == expected)
        #expect(CompactScalars(expected) == compact)
        #expect(String(scalars: compact) == text)
        if expected.count > 3 {
            #expect(Array(compact[1..<3]) == Array(expected[1..<3]))
        }
    }

    @Test("a document keeps its text through the compact scalars")
    func document() {
        let text = "習近平指出：“𠀀要堅持”。"
        let document = Document(id: "D", path: "d.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        #expect(document.text == text)
        #expect(document.slice(7..<11) == "𠀀要堅持")
        #expect(document.scalars.count == text.unicodeScalars.count)
    }

    @Test("scalars packed with their count and width announced read back as those packed by counting", arguments: ["长三角一体化", "𠀀要堅持", ""])
    func announced(text: String) {
        let scalars = Array(text.unicodeScalars)
        let packed = CompactScalars(count: scalars.count, wide: scalars.contains { $0.value > 0xFFFF }, scalars.lazy.map { $0 })
        #expect(packed == CompactScalars(scalars))
        #expect(Array(packed) == scalars)
    }

    @Test("random scalars of every UTF-8 length decode as the standard library decodes them")
    func randomScalars() {
        var random = SeededRandom(seed: 11)
        let ranges: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        for _ in 0..<300 {
            let scalars = (0..<Int.random(in: 0...200, using: &random)).map { _ in
                Unicode.Scalar(UInt32.random(in: ranges.randomElement(using: &random)!, using: &random))!
            }
            let text = String(scalars: scalars)
            #expect(Array(text.unicodeScalars) == scalars)
            #expect(Array(CompactScalars(scalarsOf: text)) == scalars)
            #expect(CompactScalars(scalarsOf: text).array == scalars)
            #expect([Unicode.Scalar](scalarsOf: text) == scalars)
        }
    }

    @Test("scalars are counted and told to fit the BMP, eight bytes at a time, as byte by byte")
    func countsScalars() {
        var random = SeededRandom(seed: 5)
        for round in 0..<500 {
            // Any bytes: mostly continuation and three-byte leads (Chinese), now and then a
            // four-byte lead, in the 32-byte blocks or in the tail.
            let bytes = (0..<Int.random(in: 0...150, using: &random)).map { _ -> UInt8 in
                switch Int.random(in: 0..<100, using: &random) {
                case 0: return UInt8.random(in: 0xF0...0xFF, using: &random)
                case 1..<40: return UInt8.random(in: 0x80...0xBF, using: &random)
                case 40..<70: return UInt8.random(in: 0xE0...0xEF, using: &random)
                default: return round % 3 == 0 ? UInt8.random(in: 0...0xEF, using: &random) : UInt8.random(in: 0...0x7F, using: &random)
                }
            }
            let expected = (bytes.filter { $0 & 0xC0 != 0x80 }.count, !bytes.contains { $0 >= 0xF0 })
            let got = bytes.withUnsafeBufferPointer { scalarCount(ofUTF8: $0) }
            #expect(got.count == expected.0 && got.fitsInBMP == expected.1, "\(bytes)")
        }
        #expect(scalarCount(ofUTF8: UnsafeBufferPointer(start: nil, count: 0)) == (0, true))
    }

    @Test("strings made from stored scalars, runs and their slices, narrow or wide, are the scalars' strings")
    func strings() {
        var random = SeededRandom(seed: 23)
        let narrow: [ClosedRange<UInt32>] = [0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF]
        for round in 0..<300 {
            // Every other round has a scalar beyond U+FFFF somewhere, so the storage is wide.
            var scalars = (0..<Int.random(in: 0...120, using: &random)).map { _ in
                Unicode.Scalar(UInt32.random(in: narrow.randomElement(using: &random)!, using: &random))!
            }
            if round % 2 == 1 { scalars.insert(Unicode.Scalar(UInt32.random(in: 0x10000...0x10FFFF, using: &random))!, at: scalars.count / 2) }
            let compact = CompactScalars(scalars)
            let lo = Int.random(in: 0...scalars.count, using: &random), hi = Int.random(in: lo...scalars.count, using: &random)
            let expected = String(String.UnicodeScalarView(scalars[lo..<hi]))
            #expect(String(scalars: compact) == String(String.UnicodeScalarView(scalars)), "round \(round)")
            #expect(compact.utf8Count == String(String.UnicodeScalarView(scalars)).utf8.count, "round \(round)")
            #expect(String(scalars: compact[lo..<hi]) == expected, "round \(round)")
            let run = ScalarRun(compact, lo..<hi)
            #expect(String(scalars: run) == expected, "round \(round)")
            let a = Int.random(in: 0...run.count, using: &random), b = Int.random(in: a...run.count, using: &random)
            #expect(String(scalars: run[a..<b]) == String(String.UnicodeScalarView(scalars[(lo + a)..<(lo + b)])), "round \(round)")
        }
    }
}

@Suite struct OutputBytesTests {
    @Test("scalars of every UTF-8 length append as the standard library encodes them")
    func append() {
        var random = SeededRandom(seed: 5)
        let edges: [UInt32] = [0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E00, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x20000, 0x10FFFF]
        var scalars = edges.map { Unicode.Scalar($0)! }
        for _ in 0..<2_000 {
            if let s = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &random)) { scalars.append(s) }
        }
        let expected = [0x2A] + Array(String(scalars: scalars).utf8) + Array("尾 tail".utf8)
        // A small start, so the buffer grows many times on the way.
        var bytes = OutputBytes(capacity: 1)
        bytes.append(0x2A as UInt8)
        for s in scalars { bytes.append(s) }
        bytes.append("尾 tail")
        // `#expect` cannot take a noncopyable value apart: read it into copyable ones first.
        let count = bytes.count
        let written = bytes.withUnsafeBytes { Array($0) }
        #expect(count == expected.count)
        #expect(written == expected)
        bytes.removeAll()
        let emptied = bytes.isEmpty
        #expect(emptied)
    }
}

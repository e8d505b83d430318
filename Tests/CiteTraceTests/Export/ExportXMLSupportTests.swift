import Foundation
import Testing
@testable import CiteTrace

@Suite struct ExportXMLSupportTests {
    @Test("XML-illegal scalars are replaced one for one; legal text is unchanged")
    func cleaning() {
        #expect(XMLOutputText.clean("a\u{0001}b\u{000B}c\u{FFFE}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(XMLOutputText.clean("長三角\t\n\r<&>]]>😀") == "長三角\t\n\r<&>]]>😀")
    }

    @Test("stored scalars are cleaned into UTF-8 as the string form cleans them, from narrow and wide storage, for any slice")
    func cleaningStoredScalars() {
        var random = SeededRandom(seed: 8)
        let alphabet = scalars([0x01, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x41, 0xD7FF, 0xE000, 0x4E2D, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600])
        var bytes = OutputBytes(capacity: 16)
        for trial in 0..<1_000 {
            var scalars = random.scalars(from: alphabet, maxLength: 30)
            if trial.isMultiple(of: 2) { scalars = scalars.filter { $0.value <= 0xFFFF } }
            let stored = CompactScalars(scalars)
            let lo = Int.random(in: 0...scalars.count, using: &random)
            let hi = Int.random(in: lo...scalars.count, using: &random)
            XMLOutputText.clean(stored[lo..<hi], into: &bytes)
            let expected = XMLOutputText.clean(String(String.UnicodeScalarView(scalars[lo..<hi])))
            #expect(bytes.withUnsafeBytes { Array($0) } == Array(expected.utf8))
        }
    }

    @Test("identifiers become unique NCNames")
    func identifiers() {
        #expect(XMLIDAllocator.sanitize("D000_95e4592cef5ce677.q120-180") == "D000_95e4592cef5ce677.q120-180")
        #expect(XMLIDAllocator.sanitize("1abc") == "_1abc")
        #expect(XMLIDAllocator.sanitize("a b:習") == "a_x20_b_x3A__x7FD2_")
        #expect(XMLIDAllocator.sanitize("") == "_")
        // The shortcut for names that are NCNames already gives what escaping gives.
        var random = SeededRandom(seed: 3)
        let pieces = ["a", "Z", "_", "-", ".", "0", "9", " ", ":", "習", "@", "[", "`", "{", "/", "\u{7F}", "é"]
        var kept = 0
        for _ in 0..<5000 {
            let raw = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(XMLIDAllocator.sanitize(raw) == XMLIDAllocator.escaped(raw), "\(raw)")
            if XMLIDAllocator.isNCName(raw) { kept += 1 }
        }
        #expect(kept > 100)
        var ids = XMLIDAllocator()
        #expect([ids.claim("x"), ids.claim("x"), ids.claim("x-2"), ids.claim("x")] == ["x", "x-2", "x-2-2", "x-3"])
    }

    @Test("only real W3C dates are used as @when")
    func dates() {
        #expect(W3CDate.valid("2020-08-20") == "2020-08-20")
        #expect(W3CDate.valid("2020-08") == "2020-08")
        #expect(W3CDate.valid("2020") == "2020")
        #expect(W3CDate.valid("2024-02-29") == "2024-02-29")
        for bad in ["2023-02-29", "2021-02-30", "2020-13", "2020-8-1", "二〇二〇", "", "2020-08-20T00:00"] {
            #expect(W3CDate.valid(bad) == nil, "\(bad)")
        }
        #expect(W3CDate.valid(nil) == nil)
    }

    @Test("the byte-by-byte date check agrees with splitting the date into its parts")
    func datesAgainstReference() {
        // The check as it was written first: parts by `-`, counted in characters.
        func reference(_ text: String) -> String? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
                  parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
            let n = parts.map { Int($0)! }
            let days = n.count < 2 ? 31 : [31, (n[0] % 4 == 0 && n[0] % 100 != 0) || n[0] % 400 == 0 ? 29 : 28,
                                          31, 30, 31, 30, 31, 31, 30, 31, 30, 31][max(0, min(11, n[1] - 1))]
            if n.count >= 2 && !(1...12).contains(n[1]) { return nil }
            if n.count == 3 && !(1...days).contains(n[2]) { return nil }
            return text
        }
        var inputs: [String] = []
        for year in ["1900", "2000", "2023", "2024", "2100", "0000"] {
            inputs.append(year)
            for month in 0...13 {
                let m = month < 10 ? "0\(month)" : "\(month)"
                inputs.append("\(year)-\(m)")
                for day in 0...32 { inputs.append("\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")") }
            }
        }
        var random = SeededRandom(seed: 7)
        let alphabet: [Character] = ["0", "1", "2", "9", "-", "a", "二", "\u{301}"]
        for _ in 0..<20_000 {
            let length = Int(random.next() % 12)
            inputs.append(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
        }
        for text in inputs {
            #expect(W3CDate.valid(text) == reference(text), "\(text)")
        }
    }

    @Test("the writer escapes text and attributes and closes what is open")
    func writer() throws {
        let data = try ByteSink.collect { output in
            let writer = XMLStreamWriter(format: "test", output: output)
            writer.start("root", ["a": "x\"<&>\u{1}", "skip": nil])
            writer.start("p", layout: .inline)
            writer.text("]]> & <b>\u{FFFE}")
            try writer.finish()
        }
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<root a=\"x&quot;&lt;&amp;&gt;\u{FFFD}\">"))
        #expect(text.contains("<p>]]&gt; &amp; &lt;b&gt;\u{FFFD}</p>"))
        #expect(text.hasSuffix("</root>\n"))
    }

    @Test("text is escaped into the output as content: quotes and apostrophes stay, CR becomes a reference, long runs cross the buffer whole")
    func contentEscaping() throws {
        // Longer than libxml2's 4,000-byte flush threshold, with markup characters
        // on both sides of every chunk boundary.
        let long = String(repeating: "汉<&>字", count: 3_000)
        let scalars = CompactScalars(scalarsOf: "前" + long + "后")
        let data = try ByteSink.collect { output in
            let writer = XMLStreamWriter(format: "test", output: output)
            writer.start("p", ["n": "1"], layout: .inline)
            writer.text("say \"hi\" 'x'\r\n")
            writer.element("hi", text: "<")
            writer.text(scalars[1..<(scalars.count - 1)])
            writer.element("empty")
            try writer.finish()
        }
        let escapedLong = String(repeating: "汉&lt;&amp;&gt;字", count: 3_000)
        let expected = "<p n=\"1\">say \"hi\" 'x'&#13;\n<hi>&lt;</hi>" + escapedLong + "<empty/></p>"
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        #expect(text.contains(expected))
    }
}

import CLibXML2
import Foundation
import Testing
@testable import CiteTrace

/// `XMLStreamWriter` writes markup itself and leaves escaping to libxml2; these tests hold
/// its bytes to those of libxml2's `xmlTextWriter`, driven through the same steps.
@Suite struct XMLStreamWriterReferenceTests {
    /// One step of a document.
    private enum Step {
        case start(String, [(String, String?)])
        case text(String)
        case end
    }

    /// Names, attribute values and text that exercise every escaping rule: markup
    /// characters, quotes, line breaks, tabs, CR, non-ASCII (a character reference in an
    /// attribute, as is in text), XML-illegal scalars (cleaned first) and long runs.
    private static let alphabet: [Unicode.Scalar] = Array("ab 1<>&\"'\n\t\r汉字長😀]".unicodeScalars) + scalars([0x1, 0xFFFE])
    /// Text leaves out `"`: `xmlTextWriterWriteString` writes it as `&quot;` in content,
    /// the writer as it is (both the same text; see `ExportXMLSupportTests`).
    private static let textAlphabet = alphabet.filter { $0 != "\"" }

    private static func steps(seed: UInt64) -> [Step] {
        var random = SeededRandom(seed: seed)
        var steps: [Step] = [.start("root", [])]
        var depth = 1
        for _ in 0..<400 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<4:
                let attributes = (0..<Int.random(in: 0...3, using: &random)).map { i -> (String, String?) in
                    let value = Int.random(in: 0..<5, using: &random) == 0 ? nil : random.text(from: alphabet, maxLength: 12)
                    return ("k\(i)", value)
                }
                steps.append(.start(["p", "hi", "data", "quote"][Int.random(in: 0..<4, using: &random)], attributes))
                depth += 1
            case 4..<7:
                // Now and then longer than libxml2's 4,000-byte buffer and than the markup gathered.
                let long = Int.random(in: 0..<20, using: &random) == 0
                steps.append(.text(random.text(from: textAlphabet, maxLength: long ? 6_000 : 30)))
            default:
                if depth > 1 {
                    steps.append(.end)
                    depth -= 1
                }
            }
        }
        return steps
    }

    /// The steps through `XMLStreamWriter`, every element inline (no indentation added).
    private static func written(_ steps: [Step]) throws -> Data {
        try ByteSink.collect { output in
            let writer = XMLStreamWriter(format: "test", output: output)
            for step in steps {
                switch step {
                case let .start(name, attributes): writer.start(name, attributes, layout: .inline)
                case let .text(text): writer.text(text)
                case .end: writer.end()
                }
            }
            try writer.finish()
        }
    }

    /// The steps through `xmlTextWriter`, given the cleaned strings the writer gives libxml2.
    private static func reference(_ steps: [Step]) -> Data {
        let buffer = xmlBufferCreate()!
        defer { xmlBufferFree(buffer) }
        let writer = xmlNewTextWriterMemory(buffer, 0)!
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        for step in steps {
            switch step {
            case let .start(name, attributes):
                xmlTextWriterStartElement(writer, name)
                for case let (key, value?) in attributes {
                    xmlTextWriterWriteAttribute(writer, key, XMLOutputText.clean(value))
                }
            case let .text(text): if !text.isEmpty { xmlTextWriterWriteString(writer, XMLOutputText.clean(text)) }
            case .end: xmlTextWriterEndElement(writer)
            }
        }
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        return Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
    }

    @Test("any run of elements, attributes and text gives xmlTextWriter's bytes", arguments: 1...12)
    func matchesTextWriter(seed: UInt64) throws {
        let steps = Self.steps(seed: seed)
        let ours = try Self.written(steps)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: Self.reference(steps), as: UTF8.self))
    }

    @Test("line breaks and tabs in attribute values become character references, as libxml2 writes them; non-ASCII stays as it is")
    func attributeReferences() throws {
        let data = try Self.written([.start("a", [("v", "汉\n\t<\"x\u{1}"), ("w", "plain-1")]), .end])
        #expect(String(decoding: data, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a v=\"汉&#10;&#9;&lt;&quot;x\u{FFFD}\" w=\"plain-1\"/>\n")
    }

    @Test("a long run of elements without text comes out whole")
    func longMarkup() throws {
        let steps: [Step] = [.start("root", [])] + Array(repeating: [Step.start("e", [("n", "12345")]), .end], count: 5_000).joined() + [.end]
        let expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>" + String(repeating: "<e n=\"12345\"/>", count: 5_000) + "</root>\n"
        #expect(String(decoding: try Self.written(steps), as: UTF8.self) == expected)
    }
}

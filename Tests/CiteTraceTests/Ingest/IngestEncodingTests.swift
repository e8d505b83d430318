import Foundation
import Testing
@testable import CiteTrace

@Suite struct IngestEncodingTests {
    private func load(_ bytes: [UInt8], name: String = "doc.txt", options: IngestOptions = IngestOptions()) throws -> Document {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = try dir.write(name, bytes)
        return try Ingestor(options: options).readOne(path)
    }

    @Test("plain UTF-8 Chinese text is read as it is")
    func utf8() throws {
        let text = try Fixture.seedText()
        let doc = try load(Array(text.utf8))
        #expect(doc.encoding == .utf8)
        #expect(doc.text == text)
        #expect(doc.format == .text)
        #expect(doc.scalars.count == text.unicodeScalars.count)
    }

    @Test("UTF-8 cut off in the middle of its last character: UTF-8 without that character, not GB18030")
    func truncatedUTF8() throws {
        let text = "习近平总书记强调：“要坚持以人民为中心。”"
        let bytes = Array(text.utf8)
        for cut in 1...2 {
            let doc = try load(Array(bytes.dropLast(cut)))
            #expect(doc.encoding == .utf8)
            #expect(doc.text == String(text.unicodeScalars.dropLast()))
        }
        // A wrong byte (not a missing one) at the end is still not UTF-8.
        #expect(TextDecoder.utf8WithTruncatedTail(UnsafeRawBufferPointer(start: nil, count: 0)) == nil)
        let wrong = Array("中文".utf8) + [0xE4, 0x41]
        #expect(wrong.withUnsafeBytes { TextDecoder.utf8WithTruncatedTail($0) } == nil)
        // ASCII with a stray high byte at the end reads as GB18030 would have it, as before.
        let ascii = Array("abc".utf8) + [0xE4]
        #expect(ascii.withUnsafeBytes { TextDecoder.utf8WithTruncatedTail($0) } == nil)
    }

    @Test("a UTF-8 BOM is recognised and stripped from the text")
    func utf8BOM() throws {
        let text = try Fixture.seedText()
        let doc = try load([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(doc.encoding == .utf8BOM)
        #expect(doc.text == text)
        #expect(doc.scalars.first != "\u{FEFF}")
    }

    @Test("UTF-16 with a byte-order mark, both byte orders")
    func utf16WithBOM() throws {
        let text = try Fixture.seedText()
        let le = try load([0xFF, 0xFE] + Fixture.utf16(text, littleEndian: true))
        #expect(le.encoding == .utf16LE)
        #expect(le.text == text)
        let be = try load([0xFE, 0xFF] + Fixture.utf16(text, littleEndian: false))
        #expect(be.encoding == .utf16BE)
        #expect(be.text == text)
    }

    @Test("UTF-16 without BOM is found by where its NUL bytes sit")
    func utf16WithoutBOM() throws {
        let text = try Fixture.seedText()
        let le = try load(Fixture.utf16(text, littleEndian: true))
        #expect(le.encoding == .utf16LE)
        #expect(le.text == text)
        let be = try load(Fixture.utf16(text, littleEndian: false))
        #expect(be.encoding == .utf16BE)
        #expect(be.text == text)
        let ascii = try load(Fixture.utf16("plain ASCII in UTF-16\n", littleEndian: true))
        #expect(ascii.text == "plain ASCII in UTF-16\n")
    }

    @Test("GB18030 made by iconv from real Chinese text decodes to the same text")
    func gb18030() throws {
        let text = try Fixture.seedText()
        let bytes = Fixture.iconvEncode(text, to: "GB18030")
        #expect(bytes.count < text.utf8.count)  // really two bytes per Han character
        let doc = try load(bytes)
        #expect(doc.encoding == .gb18030)
        #expect(doc.text == text)
    }

    @Test("a forced encoding wins over detection")
    func forcedEncoding() throws {
        // Han-only UTF-16LE has no NUL byte and no BOM: detection cannot know it.
        let text = "中文测试"
        let bytes = Fixture.utf16(text, littleEndian: true)
        let forced = try load(bytes, options: IngestOptions(encoding: .utf16LE))
        #expect(forced.encoding == .utf16LE)
        #expect(forced.text == text)
        let detected = try? load(bytes)
        #expect(detected?.text != text)

        // Forcing GB18030 on UTF-8 bytes decodes them as GB18030 (mojibake, but no error).
        let mojibake = try load(Array("中文".utf8), options: IngestOptions(encoding: .gb18030))
        #expect(mojibake.encoding == .gb18030)
        #expect(mojibake.text != "中文")
    }

    @Test("forced UTF-8 on GB18030 bytes is undecodable at the first bad byte")
    func forcedUTF8OnGB18030() throws {
        let bytes = Array("ab".utf8) + Fixture.iconvEncode("中文", to: "GB18030")
        let error = ingestError { _ = try load(bytes, options: IngestOptions(encoding: .utf8)) }
        guard case .undecodable(let path, let detail)? = error else {
            Issue.record("expected undecodable, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("doc.txt"))
        #expect(detail.contains("byte offset 2"))
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are undecodable, naming the offset")
    func undecodable() throws {
        let bytes = Array("abc ".utf8) + [0xFF, 0xFF] + Array(" def".utf8)
        let error = ingestError { _ = try load(bytes) }
        guard case .undecodable(_, let detail)? = error else {
            Issue.record("expected undecodable, got \(String(describing: error))")
            return
        }
        #expect(detail.contains("byte 0xFF at byte offset 4"))
        #expect(error!.description.contains("doc.txt"))
    }

    @Test("an empty file and a whitespace-only file are empty")
    func empty() throws {
        #expect(ingestError { _ = try load([]) }.map { if case .empty = $0 { true } else { false } } == true)
        let blank = Array(" \n\t\u{3000}\r\n  ".utf8)
        #expect(ingestError { _ = try load(blank) }.map { if case .empty = $0 { true } else { false } } == true)
        let bomOnly: [UInt8] = [0xEF, 0xBB, 0xBF, 0x0A]
        #expect(ingestError { _ = try load(bomOnly) }.map { if case .empty = $0 { true } else { false } } == true)
    }

    @Test("PNG, PDF and ZIP magic numbers and stray NUL bytes mean binary")
    func binary() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        let samples: [[UInt8]] = [
            png, Array("%PDF-1.7\n".utf8), [0x50, 0x4B, 0x03, 0x04] + Array("rest".utf8), Array("GIF89a...".utf8),
            [0xFF, 0xD8, 0xFF, 0xE0], Array("abc\u{0}def".utf8), Array("hello\u{0}world\u{0}".utf8), [0, 0, 0, 0, 1, 2, 3, 4],
        ]
        for bytes in samples {
            let error = ingestError { _ = try load(bytes) }
            #expect(error?.description.hasSuffix("doc.txt: looks like a binary file, not text") == true,
                    "\(bytes.prefix(8)) gave \(String(describing: error))")
        }
    }
}

@Suite struct IngestFromMemoryTests {
    @Test("a document from bytes in memory is the document read from a file with those bytes")
    func sameAsFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let bytes = Fixture.utf16("<p>他说：“你好。”</p>", littleEndian: true)
        let path = try dir.write("page.html", bytes)
        let fromFile = try Ingestor().readOne(path)
        let fromMemory = try Ingestor().document(bytes: bytes, path: path, relativePath: "page.html")
        #expect(fromMemory.text == fromFile.text && fromMemory.text == "他说：“你好。”")
        #expect(fromMemory.id == fromFile.id && fromMemory.sha256 == fromFile.sha256)
        #expect(fromMemory.encoding == .utf16LE && fromMemory.format == .html)
        #expect(throws: IngestError.empty(path: "x.txt")) { try Ingestor().document(bytes: [], path: "x.txt", relativePath: "x.txt") }
    }
}

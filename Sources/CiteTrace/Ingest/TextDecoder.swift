#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Encoding detection and strict decoding of a file's bytes.
///
/// Detection order, first match wins:
/// 1. known binary magic numbers (PNG, PDF, ZIP, GIF, JPEG, gzip, xz, 7z, ELF, OLE2) → binary;
/// 2. a byte-order mark: `EF BB BF` → UTF-8 with BOM, `FF FE` → UTF-16LE, `FE FF` → UTF-16BE;
/// 3. NUL bytes: UTF-16 without BOM when the NULs sit mostly at odd offsets (LE) or
///    mostly at even offsets (BE), the length is even and the bytes decode as UTF-16
///    without a U+0000; anything else with a NUL is binary;
/// 4. valid UTF-8 → UTF-8; also UTF-8 whose last character was cut off (a file truncated
///    mid-character, as extraction and downloads leave them): the partial character is
///    dropped, where GB18030 would read the whole text as nonsense;
/// 5. valid GB18030 → GB18030;
/// 6. otherwise undecodable, naming the byte offset where UTF-8 (and GB18030) failed.
///
/// A forced encoding skips steps 2–5 (its own BOM is still stripped). The BOM is never
/// part of the decoded text, and a decoded U+0000 always means binary.
enum TextDecoder {
    /// Decoded text and the encoding it came from.
    struct Decoded: Equatable {
        var encoding: TextEncoding
        var text: String
    }

    /// Why bytes are not text.
    enum Failure: Error, Equatable {
        case binary
        /// Human-readable detail naming the byte offset.
        case undecodable(String)
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, forced: TextEncoding?) -> Result<Decoded, Failure> {
        if hasBinaryMagic(bytes) { return .failure(.binary) }
        if let forced { return decode(bytes, as: forced, sniffed: false) }
        if hasPrefix(bytes, utf8BOM) { return decode(bytes, as: .utf8BOM, sniffed: false) }
        if hasPrefix(bytes, utf16LEBOM) { return decode(bytes, as: .utf16LE, sniffed: false) }
        if hasPrefix(bytes, utf16BEBOM) { return decode(bytes, as: .utf16BE, sniffed: false) }
        if containsNUL(bytes) {
            guard let candidate = utf16ByNULPattern(bytes) else { return .failure(.binary) }
            // A NUL-bearing file that is not clean UTF-16 is binary, not "bad UTF-16".
            switch decode(bytes, as: candidate, sniffed: true) {
            case .success(let decoded): return .success(decoded)
            case .failure: return .failure(.binary)
            }
        }
        if let text = validUTF8(bytes) { return .success(Decoded(encoding: .utf8, text: text)) }
        if let kept = utf8WithTruncatedTail(bytes), let text = validUTF8(UnsafeRawBufferPointer(rebasing: bytes[..<kept])) {
            return .success(Decoded(encoding: .utf8, text: text))
        }
        switch convert(bytes, skipping: 0, charset: "GB18030", as: .gb18030) {
        case .success(let decoded):
            return .success(decoded)
        case .failure(.binary):
            return .failure(.binary)
        case .failure(.undecodable(let gbDetail)):
            let utf8Offset = firstInvalidUTF8Offset(bytes) ?? 0
            return .failure(.undecodable("not UTF-8 (\(describeByte(bytes, at: utf8Offset))), \(gbDetail)"))
        }
    }

    // MARK: - Decoding in one encoding

    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LEBOM: [UInt8] = [0xFF, 0xFE]
    private static let utf16BEBOM: [UInt8] = [0xFE, 0xFF]

    /// Decodes strictly in `encoding`, stripping that encoding's BOM. `sniffed` marks
    /// UTF-16 found by the NUL pattern (no BOM to strip).
    private static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding, sniffed: Bool) -> Result<Decoded, Failure> {
        switch encoding {
        case .utf8, .utf8BOM:
            let skip = hasPrefix(bytes, utf8BOM) ? 3 : 0
            let body = UnsafeRawBufferPointer(rebasing: bytes[skip...])
            if containsNUL(body) { return .failure(.binary) }
            if let text = validUTF8(body) { return .success(Decoded(encoding: encoding, text: text)) }
            let offset = skip + (firstInvalidUTF8Offset(body) ?? 0)
            return .failure(.undecodable("invalid UTF-8: \(describeByte(bytes, at: offset))"))
        case .utf16LE, .utf16BE:
            let bom = encoding == .utf16LE ? utf16LEBOM : utf16BEBOM
            let skip = !sniffed && hasPrefix(bytes, bom) ? 2 : 0
            let name = encoding == .utf16LE ? "UTF-16LE" : "UTF-16BE"
            return convert(bytes, skipping: skip, charset: name, as: encoding)
        case .gb18030:
            if containsNUL(bytes) { return .failure(.binary) }
            return convert(bytes, skipping: 0, charset: "GB18030", as: encoding)
        }
    }

    /// Converts `bytes[skip...]` through iconv. A U+0000 in the result means binary.
    private static func convert(_ bytes: UnsafeRawBufferPointer, skipping skip: Int, charset: String,
                                as encoding: TextEncoding) -> Result<Decoded, Failure> {
        let body = UnsafeRawBufferPointer(rebasing: bytes[skip...])
        switch Iconv.convertToUTF8(body, from: charset) {
        case .success(let utf8):
            if utf8.withUnsafeBytes(containsNUL) { return .failure(.binary) }
            return .success(Decoded(encoding: encoding, text: dropLeadingBOM(String(decoding: utf8, as: UTF8.self))))
        case .failure(let failure):
            return .failure(.undecodable("invalid \(charset): \(describe(failure, in: bytes, shiftedBy: skip))"))
        }
    }

    /// A GB18030 or UTF-16 text may still carry U+FEFF as its first character.
    private static func dropLeadingBOM(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }

    // MARK: - Sniffing

    /// Magic numbers of file types that are never text.
    private static let binaryMagic: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        Array("%PDF-".utf8),                               // PDF
        [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08],  // ZIP (and docx, epub, jar)
        Array("GIF87a".utf8), Array("GIF89a".utf8),        // GIF
        [0xFF, 0xD8, 0xFF],                                // JPEG
        [0x1F, 0x8B],                                      // gzip
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],              // xz
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],              // 7z
        [0x7F, 0x45, 0x4C, 0x46],                          // ELF
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],  // OLE2 (doc, xls)
    ]

    static func hasBinaryMagic(_ bytes: UnsafeRawBufferPointer) -> Bool {
        binaryMagic.contains { hasPrefix(bytes, $0) }
    }

    private static func hasPrefix(_ bytes: UnsafeRawBufferPointer, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    private static func containsNUL(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
        return memchr(base, 0, bytes.count) != nil
    }

    /// UTF-16 without BOM: ASCII code units put their NUL byte at odd offsets in
    /// little-endian and at even offsets in big-endian. Looks at the first 64 KiB.
    ///
    /// 8-bit text with a few stray NULs must not pass for UTF-16: when the NULs are
    /// under a quarter of the bytes and the bytes without them are valid UTF-8, it is
    /// not UTF-16 (real UTF-16 is either mostly ASCII, so half NULs, or mostly Han,
    /// whose code units are not UTF-8).
    static func utf16ByNULPattern(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let limit = min(bytes.count, 65_536)
        var evenNULs = 0, oddNULs = 0
        var withoutNULs: [UInt8] = []
        withoutNULs.reserveCapacity(limit)
        var i = 0
        while i < limit {
            let even = bytes[i], odd = bytes[i + 1]
            if even == 0 { evenNULs += 1 } else { withoutNULs.append(even) }
            if odd == 0 { oddNULs += 1 } else { withoutNULs.append(odd) }
            i += 2
        }
        // CJK code units such as U+4E00 (一) put a NUL on the other side now and then;
        // ASCII (spaces, digits, line breaks) dominates the NUL count.
        let candidate: TextEncoding
        if oddNULs > 2 * evenNULs {
            candidate = .utf16LE
        } else if evenNULs > 2 * oddNULs {
            candidate = .utf16BE
        } else {
            return nil
        }
        if 4 * (evenNULs + oddNULs) < limit {
            let invalidAt = withoutNULs.withUnsafeBytes(firstInvalidUTF8Offset)
            // A multi-byte sequence cut by the 64 KiB sample still counts as valid.
            let valid = invalidAt == nil || (limit < bytes.count && invalidAt! >= withoutNULs.count - 3)
            if valid { return nil }
        }
        return candidate
    }

    // MARK: - UTF-8

    private static func validUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
        String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// The length to keep when `bytes` are UTF-8 with multi-byte characters except for an
    /// incomplete character at the very end; nil otherwise.
    static func utf8WithTruncatedTail(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard let bad = firstInvalidUTF8Offset(bytes), bad > 0, bytes.count - bad < 4 else { return nil }
        let lead = bytes[bad]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        // Incomplete, not wrong: every byte present after the lead continues it.
        guard bytes.count - bad < length, bytes[(bad + 1)...].allSatisfy({ (0x80...0xBF).contains($0) }) else { return nil }
        guard bytes[..<bad].contains(where: { $0 >= 0xC2 }) else { return nil }
        return bad
    }

    /// The byte offset where the first ill-formed UTF-8 sequence starts (Unicode
    /// Table 3-7: no overlongs, no surrogates, nothing past U+10FFFF), or nil.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            var length = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n, (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += length
        }
        return nil
    }

    // MARK: - Messages

    private static func describeByte(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> String {
        guard offset < bytes.count else { return "truncated sequence at end of file, byte offset \(offset)" }
        return "byte 0x\(Hex.string([bytes[offset]], uppercase: true)) at byte offset \(offset)"
    }

    private static func describe(_ failure: Iconv.Failure, in bytes: UnsafeRawBufferPointer, shiftedBy shift: Int) -> String {
        switch failure {
        case .invalidSequence(let offset): return describeByte(bytes, at: offset + shift)
        case .truncatedSequence(let offset): return "truncated sequence at end of file, byte offset \(offset + shift)"
        case .unsupportedCharset(let name): return "iconv does not support \(name)"
        }
    }
}

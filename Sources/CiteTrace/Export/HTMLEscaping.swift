/// The one place the HTML report turns corpus text into markup.
///
/// Every string that comes from a document, a speech or a quote goes through
/// `HTML.text` (element content) or `HTML.attr` (attribute values) before it is
/// appended to a page. Both escape `< > & " '` and drop the code points HTML5
/// forbids in a document: C0 controls other than `\t` and `\n`, DEL and the C1
/// controls, and the Unicode noncharacters (`U+FDD0…U+FDEF`, `U+xxFFFE`, `U+xxFFFF`).
enum HTML {
    /// `s` escaped for element content.
    static func text(_ s: String) -> String {
        // Most strings need nothing escaped or dropped: return them without a copy.
        if needsNoEscaping(s) { return s }
        var out = OutputBytes(capacity: s.utf8.count + 16)
        for scalar in s.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// `s` escaped for a double-quoted attribute value (same rules as `text`).
    static func attr(_ s: String) -> String { text(s) }

    /// Appends one scalar, escaped, to `out`.
    @inline(__always)
    static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout OutputBytes) {
        out.appendInPlace(capacity: maxEscapedLength) { writeEscaped(scalar.value, to: $0) }
    }

    /// The most bytes `writeEscaped` writes for one scalar (`&quot;`).
    static let maxEscapedLength = 6

    /// Writes scalar value `v` escaped at `p` (nothing for a code point HTML forbids) and
    /// returns the bytes written: the one escaping table, for strings and for the article
    /// renderer's inner loop alike.
    @inline(__always)
    static func writeEscaped(_ v: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
        // CJK, kana and full-width forms (most of the text): allowed, nothing to escape.
        if v >= 0x3000 && v < 0xFDD0 {
            p[0] = UInt8(0xE0 | (v >> 12))
            p[1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            p[2] = UInt8(0x80 | (v & 0x3F))
            return 3
        }
        switch v {
        case 0x3C: return copy("&lt;", to: p)
        case 0x3E: return copy("&gt;", to: p)
        case 0x26: return copy("&amp;", to: p)
        case 0x22: return copy("&quot;", to: p)
        case 0x27: return copy("&#39;", to: p)
        default:
            return isAllowed(Unicode.Scalar(v).unsafelyUnwrapped) ? writeUTF8(v, to: p) : 0
        }
    }

    @inline(__always)
    private static func copy(_ entity: StaticString, to p: UnsafeMutablePointer<UInt8>) -> Int {
        p.update(from: entity.utf8Start, count: entity.utf8CodeUnitCount)
        return entity.utf8CodeUnitCount
    }

    /// True when `text(s)` is `s`. Checks UTF-8 bytes: an escaped ASCII character, a
    /// C0 control or DEL, or a lead byte that may start a forbidden code point (C1
    /// controls `C2 80…9F`; `EF B7`/`EF BF` around U+FDD0…FDEF and U+FFFE/FFFF; a
    /// 4-byte form whose third byte is `BF`) sends `s` the slow way, which decides exactly.
    static func needsNoEscaping(_ s: String) -> Bool {
        return s.withUTF8Bytes { b in
            byteKinds.withUnsafeBufferPointer { kinds in
                let n = b.count
                for i in 0..<n {
                    // One load and test for the usual byte; the rest as the comment above.
                    switch kinds[Int(b[i])] {
                    case .plain: continue
                    case .escaped: return false
                    case .c2: if i + 1 < n && b[i + 1] < 0xA0 { return false }
                    case .ef: if i + 1 < n && (b[i + 1] == 0xB7 || b[i + 1] == 0xBF) { return false }
                    case .four: if i + 2 < n && b[i + 2] == 0xBF { return false }
                    }
                }
                return true
            }
        }
    }

    /// What `needsNoEscaping` does on meeting a byte.
    private enum ByteKind: UInt8 {
        case plain, escaped, c2, ef, four
    }

    /// `ByteKind` of each byte value.
    private static let byteKinds: [ByteKind] = (0...255).map { (c: Int) -> ByteKind in
        switch c {
        case 0x09, 0x0A: .plain
        case 0..<0x20, 0x3C, 0x3E, 0x26, 0x22, 0x27, 0x7F: .escaped
        case 0xC2: .c2
        case 0xEF: .ef
        case 0xF0...: .four
        default: .plain
        }
    }

    /// False for the code points a valid HTML5 document may not contain as text.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A }
        if v >= 0x7F && v <= 0x9F { return false }
        if v >= 0xFDD0 && v <= 0xFDEF { return false }
        if v & 0xFFFE == 0xFFFE { return false }
        return true
    }

    /// A value usable as an HTML `id` (non-empty, no whitespace) and as a URL fragment.
    ///
    /// ASCII letters, digits, `-`, `_`, `.` and `:` pass through (so CiteTrace's own ids
    /// stay readable); every other byte of the UTF-8 form becomes `~XX`, so distinct
    /// inputs give distinct tokens.
    static func token(_ s: String) -> String {
        if s.isEmpty { return "~" }
        // Ids are tokens already, and every mark, note and link asks: test the bytes in place.
        if s.withUTF8Bytes({ $0.allSatisfy(isTokenByte) }) { return s }
        var out = ""
        for byte in s.utf8 {
            if isTokenByte(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "~" + hex(byte)
            }
        }
        return out
    }

    /// The bytes `token` passes through unchanged.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    /// A file name for an id: `token` without `:`, and never starting with `.`.
    static func fileName(_ id: String) -> String {
        var name = token(id)
        // A token is ASCII, so `:` can be replaced byte by byte; most ids have none.
        if name.utf8.contains(UInt8(ascii: ":")) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count + 8)
            for byte in name.utf8 {
                if byte == UInt8(ascii: ":") { bytes += "~3A".utf8 } else { bytes.append(byte) }
            }
            name = String(decoding: bytes, as: UTF8.self)
        }
        if name.hasPrefix(".") { name = "~2E" + name.dropFirst() }
        return name
    }

    /// The first `limit` characters of `s`, with `…` when something was cut.
    static func shorten(_ s: String, to limit: Int) -> String {
        // Counted only as far as the limit: a quote may be thousands of characters long.
        guard let end = s.characterPrefixEnd(limit) else { return s }
        return String(s[..<end]) + "…"
    }

    /// A score in [0, 1] with two decimals, independent of locale.
    static func score(_ x: Double) -> String {
        var b = HTMLBuilder(capacity: 8)
        b.score(x)
        return b.string()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

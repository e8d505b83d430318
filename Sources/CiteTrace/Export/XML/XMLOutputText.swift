/// Text cleaning for XML 1.0 output.
///
/// XML 1.0 allows only `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`.
/// Every other scalar (C0 controls such as U+0001 or U+000B, U+FFFE, U+FFFF) is replaced
/// by U+FFFD REPLACEMENT CHARACTER, one for one, so the cleaned text has the same number
/// of scalars as the original. Escaping of `&`, `<`, `>` and quotes is left to libxml2.
enum XMLOutputText {
    /// The replacement for an XML-illegal scalar.
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True when XML 1.0 allows `scalar` in character data and attribute values.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with every XML-illegal scalar replaced by U+FFFD.
    static func clean(_ text: String) -> String {
        guard !isClean(text) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(view)
    }

    /// Replaces `bytes` with the cleaned UTF-8 of `scalars`, without making a `String`:
    /// the text of TEI paragraphs goes to libxml2 this way, in a reused buffer.
    static func clean(_ scalars: Slice<CompactScalars>, into bytes: inout OutputBytes) {
        bytes.removeAll()
        let range = scalars.startIndex..<scalars.endIndex
        // Read from the stored code units: through the subscript, every scalar would test
        // the storage's width again. A 16-bit unit takes at most 3 bytes, any scalar 4.
        scalars.base.withCodeUnits(
            narrow: { units in bytes.appendInPlace(capacity: range.count * 3) { encode(units, range, to: $0) } },
            wide: { units in bytes.appendInPlace(capacity: range.count * 4) { encode(units, range, to: $0) } })
    }

    @inline(__always)
    private static func encode<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafePointer<Unit>, _ range: Range<Int>, to p: UnsafeMutablePointer<UInt8>
    ) -> Int {
        var n = 0
        for i in range {
            var v = UInt32(truncatingIfNeeded: units[i])
            // Most text is in 0x20..<0xD800, all of it allowed.
            if v < 0x20 || v >= 0xD800, !isAllowed(Unicode.Scalar(v).unsafelyUnwrapped) { v = replacement.value }
            n += writeUTF8(v, to: p + n)
        }
        return n
    }

    /// True when every scalar of `text` is allowed, judged on its UTF-8 bytes: a Swift
    /// string has no surrogates, so the only illegal scalars are C0 controls other than
    /// tab, LF and CR (one byte below 0x20) and U+FFFE/U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func isClean(_ text: String) -> Bool {
        return text.withUTF8Bytes { b in
            let n = b.count
            for i in 0..<n {
                let c = b[i]
                if c < 0x20 {
                    if c != 0x09 && c != 0x0A && c != 0x0D { return false }
                } else if c == 0xEF && i + 2 < n && b[i + 1] == 0xBF && b[i + 2] >= 0xBE {
                    return false
                }
            }
            return true
        }
    }
}

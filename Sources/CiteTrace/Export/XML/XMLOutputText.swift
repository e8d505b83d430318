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
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            view.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(view)
    }

    /// The cleaned characters of `scalars[range]`.
    static func clean(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(scalars.count)
        for scalar in scalars {
            view.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(view)
    }
}

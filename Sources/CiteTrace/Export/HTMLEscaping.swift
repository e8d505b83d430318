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
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out
    }

    /// `s` escaped for a double-quoted attribute value (same rules as `text`).
    static func attr(_ s: String) -> String { text(s) }

    /// Appends one scalar, escaped, to `out`: the inner loop of the article renderer.
    static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
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
        var out = ""
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "~" + hex(byte)
            }
        }
        return out
    }

    /// A file name for an id: `token` without `:`, and never starting with `.`.
    static func fileName(_ id: String) -> String {
        var name = token(id).replacingEvery(":", with: "~3A")
        if name.hasPrefix(".") { name = "~2E" + name.dropFirst() }
        return name
    }

    /// The first `limit` characters of `s`, with `…` when something was cut.
    static func shorten(_ s: String, to limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit)) + "…"
    }

    /// A score in [0, 1] with two decimals, independent of locale.
    static func score(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let hundredths = Int((min(max(x, 0), 1) * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100)." + (frac < 10 ? "0\(frac)" : "\(frac)")
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

extension String {
    /// Every occurrence of `target` replaced (Foundation-free).
    fileprivate func replacingEvery(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

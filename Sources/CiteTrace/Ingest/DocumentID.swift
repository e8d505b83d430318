/// Stable document ids.
public enum DocumentID {
    /// `000_95e4.txt` → `D000_95e4`; `a/b c.md` → `Da_b_c`. Only XML-NCName-safe characters.
    public static func make(_ relativePath: String) -> String {
        // On bytes: `.`, `/`, `-`, `_` and the ASCII letters and digits are one byte each
        // and never part of another scalar's UTF-8, and every other scalar becomes one `_`.
        let bytes = Array(relativePath.utf8)
        var end = bytes.count
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")) { end = dot }
        var out: [UInt8] = [UInt8(ascii: "D")]
        out.reserveCapacity(end + 1)
        for byte in bytes[..<end] {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.append(byte)
            case 0x80..<0xC0:
                // A continuation byte: its scalar's `_` is written at the lead byte.
                continue
            default:
                out.append(UInt8(ascii: "_"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Ids for relative paths in the given (sorted) order, unique across the list: the
    /// second path whose `make` id is `Da` gets `Da-2`, the third `Da-3`, and so on.
    /// Linear in the number of paths, however many share an id.
    public static func unique(_ relativePaths: [String]) -> [String] {
        var used = Set<String>()
        var nextSuffix: [String: Int] = [:]
        var ids: [String] = []
        ids.reserveCapacity(relativePaths.count)
        for path in relativePaths {
            let base = make(path)
            var id = base
            if used.contains(id) {
                var n = nextSuffix[base, default: 2]
                repeat {
                    id = "\(base)-\(n)"
                    n += 1
                } while used.contains(id)
                nextSuffix[base] = n
            }
            used.insert(id)
            ids.append(id)
        }
        return ids
    }
}

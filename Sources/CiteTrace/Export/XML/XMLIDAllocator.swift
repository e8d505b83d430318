/// Allocates `xml:id` values: valid NCNames, unique within one output document.
///
/// `sanitize` keeps ASCII letters, digits, `_`, `-` and `.`, writes any other scalar as
/// `_xHHHH_`, and prefixes `_` when the result would not start with a letter or `_`.
/// `claim` returns the sanitized name, or that name plus `-2`, `-3`… when it is taken,
/// so allocation depends only on the order of the calls.
struct XMLIDAllocator {
    private var taken: Set<String>

    /// `capacity`: about how many ids will be claimed.
    init(capacity: Int = 0) {
        taken = Set(minimumCapacity: capacity)
    }

    /// An NCName derived from `raw` (not necessarily unique).
    static func sanitize(_ raw: String) -> String {
        // Nearly every id the graph makes is already an NCName: keep the string itself,
        // which shares its storage instead of building a copy scalar by scalar.
        isNCName(raw) ? raw : escaped(raw)
    }

    /// `sanitize` written out scalar by scalar.
    static func escaped(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-", ".":
                out.unicodeScalars.append(scalar)
            default:
                out += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        guard let first = out.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first) else {
            return "_" + out
        }
        return out
    }

    /// Whether `sanitize` would return `raw` unchanged: only the kept ASCII characters,
    /// starting with a letter or `_`.
    static func isNCName(_ raw: String) -> Bool {
        var utf8 = raw.utf8.makeIterator()
        guard let first = utf8.next(), first == UInt8(ascii: "_") || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")) else { return false }
        while let b = utf8.next() {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                continue
            default:
                return false
            }
        }
        return true
    }

    /// A unique NCName for `raw`, reserved from now on.
    mutating func claim(_ raw: String) -> String {
        let base = Self.sanitize(raw)
        var candidate = base
        var n = 2
        // One hash of the name when it is free (nearly always), not a lookup and an insert.
        while !taken.insert(candidate).inserted {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }
}

/// Allocates `xml:id` values: valid NCNames, unique within one output document.
///
/// `sanitize` keeps ASCII letters, digits, `_`, `-` and `.`, writes any other scalar as
/// `_xHHHH_`, and prefixes `_` when the result would not start with a letter or `_`.
/// `claim` returns the sanitized name, or that name plus `-2`, `-3`… when it is taken,
/// so allocation depends only on the order of the calls.
struct XMLIDAllocator {
    private var taken: Set<String> = []

    /// An NCName derived from `raw` (not necessarily unique).
    static func sanitize(_ raw: String) -> String {
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

    /// A unique NCName for `raw`, reserved from now on.
    mutating func claim(_ raw: String) -> String {
        let base = Self.sanitize(raw)
        var candidate = base
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
    }
}

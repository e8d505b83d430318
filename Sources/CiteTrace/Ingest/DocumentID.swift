/// Stable document ids.
public enum DocumentID {
    /// `000_95e4.txt` → `D000_95e4`; `a/b c.md` → `Da_b_c`. Only XML-NCName-safe characters.
    public static func make(_ relativePath: String) -> String {
        var stem = relativePath
        if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        var out = "D"
        for s in stem.unicodeScalars {
            if CharacterClass.isASCIIAlnum(s) || s == "-" || s == "_" { out.unicodeScalars.append(s) } else { out += "_" }
        }
        return out
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

/// Simplified → traditional, one scalar for one, by inverting the engine's own
/// traditional → simplified table (`ScriptTable.openCC`), so whatever this writes the
/// normalizer reads back to the same simplified text.
///
/// For each simplified character the first traditional one in OpenCC's table order that
/// maps to it is used. A character the table itself maps elsewhere (`著` → `着`) is left
/// alone: converting it would change what the normalizer makes of the text.
public struct TraditionalScript: Sendable {
    private let map: [Unicode.Scalar: Unicode.Scalar]

    /// Built once per process from the bundled OpenCC data.
    public static let openCC = TraditionalScript(dictionaryText: ScriptTable.openCCTraditionalToSimplified, table: .openCC)

    init(dictionaryText: String, table: ScriptTable) {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in dictionaryText.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, parts[0].unicodeScalars.count == 1, let t = parts[0].unicodeScalars.first else { continue }
            let s = table.simplified(t)
            guard s != t, map[s] == nil, table.simplified(s) == s else { continue }
            map[s] = t
        }
        self.map = map
    }

    /// Number of simplified characters that have a traditional form here.
    public var count: Int { map.count }

    public func traditional(_ s: Unicode.Scalar) -> Unicode.Scalar { map[s] ?? s }

    /// `text` in traditional script; the same number of scalars, so offsets carry over.
    public func convert(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars { view.append(map[s] ?? s) }
        return String(view)
    }
}

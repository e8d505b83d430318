/// Traditional → simplified Chinese, one Unicode scalar to one scalar.
///
/// Built from OpenCC's `TSCharacters` dictionary (see `scripts/gen-ts-table.sh`; the
/// generated data lives in `ScriptTable+OpenCC.swift`). Where OpenCC lists several
/// simplified candidates the first one is used, as OpenCC itself does without phrase
/// context. Entries whose key or value is not a single scalar are skipped, so the
/// mapping never changes a text's length and offsets stay 1:1.
public struct ScriptTable: Sendable {
    /// Indexed by BMP scalar value; 0 means "unchanged".
    private let bmp: [UInt32]
    private let astral: [UInt32: UInt32]

    /// The table built from the bundled OpenCC data, built once per process.
    public static let openCC = ScriptTable(dictionaryText: openCCTraditionalToSimplified)

    /// Builds a table from OpenCC's text dump format: `key\tcandidate candidate…` per line.
    public init(dictionaryText: String) {
        var bmp = [UInt32](repeating: 0, count: 0x10000)
        var astral: [UInt32: UInt32] = [:]
        for line in dictionaryText.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].unicodeScalars
            guard key.count == 1, let k = key.first else { continue }
            guard let first = parts[1].split(separator: " ").first else { continue }
            let value = first.unicodeScalars
            guard value.count == 1, let v = value.first else { continue }
            if k.value < 0x10000 { bmp[Int(k.value)] = v.value } else { astral[k.value] = v.value }
        }
        self.bmp = bmp
        self.astral = astral
    }

    /// Number of characters the table changes.
    public var count: Int { bmp.reduce(0) { $0 + ($1 == 0 ? 0 : 1) } + astral.count }

    /// The simplified form of `scalar`, or `scalar` itself.
    @inline(__always)
    public func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x10000 {
            let m = bmp[Int(v)]
            return m == 0 ? scalar : Unicode.Scalar(m)!
        }
        if let m = astral[v] { return Unicode.Scalar(m)! }
        return scalar
    }
}

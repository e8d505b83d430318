/// The letters and digits of a normalized range, the units matching compares, with each
/// one's index in the normalized text. Punctuation and spaces are left out, so matching
/// is punctuation-insensitive; script and width were folded by normalization.
public struct ContentKey: Sendable {
    public let keys: [UInt32]
    /// `positions[k]` is the normalized index of `keys[k]`.
    public let positions: [Int32]

    public init(_ norm: NormalizedText, _ range: Range<Int>) {
        var keys: [UInt32] = []
        var positions: [Int32] = []
        keys.reserveCapacity(range.count)
        positions.reserveCapacity(range.count)
        for i in range where CharacterClass.isContent(norm.scalars[i]) {
            keys.append(Self.key(norm.scalars[i]))
            positions.append(Int32(i))
        }
        self.keys = keys
        self.positions = positions
    }

    /// Replaces `keys` with the key values of `norm[range]`, as `ContentKey(norm, range).keys`,
    /// in a buffer the caller reuses: the reuse and echo finders test every sentence of a
    /// corpus this way, and make the whole key only for the few that pass.
    static func keys(_ norm: NormalizedText, _ range: Range<Int>, into keys: inout [UInt32]) {
        keys.removeAll(keepingCapacity: true)
        keys.reserveCapacity(range.count)
        for i in range where CharacterClass.isContent(norm.scalars[i]) {
            keys.append(Self.key(norm.scalars[i]))
        }
    }

    /// The key value of a content scalar: its value, Latin capitals lower-cased.
    @inline(__always)
    static func key(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
    }

    public var count: Int { keys.count }
}

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
        Self.checkRange(norm, range)
        norm.scalars.withCodeUnits(narrow: { Self.append($0, range, to: &keys, positions: &positions) },
                                   wide: { Self.append($0, range, to: &keys, positions: &positions) })
        self.keys = keys
        self.positions = positions
    }

    /// Replaces `keys` with the key values of `norm[range]`, as `ContentKey(norm, range).keys`,
    /// in a buffer the caller reuses: the reuse and echo finders test every sentence of a
    /// corpus this way, and make the whole key only for the few that pass.
    static func keys(_ norm: NormalizedText, _ range: Range<Int>, into keys: inout [UInt32]) {
        keys.removeAll(keepingCapacity: true)
        keys.reserveCapacity(range.count)
        Self.checkRange(norm, range)
        norm.scalars.withCodeUnits(narrow: { Self.append($0, range, to: &keys) }, wide: { Self.append($0, range, to: &keys) })
    }

    // The scalars are read from the stored code units (`withCodeUnits`): through the
    // subscript, each read tested the storage's width again.

    private static func checkRange(_ norm: NormalizedText, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= norm.count, "range \(range) outside 0..<\(norm.count)")
    }

    /// Appends the key value of each content scalar of `units[range]` to `keys`.
    private static func append<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafePointer<Unit>, _ range: Range<Int>, to keys: inout [UInt32]) {
        for i in range {
            if let k = key(unit: units[i]) { keys.append(k) }
        }
    }

    /// Appends the key value of each content scalar of `units[range]` to `keys`, and its
    /// index to `positions`.
    private static func append<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafePointer<Unit>, _ range: Range<Int>,
                                                                        to keys: inout [UInt32], positions: inout [Int32]) {
        for i in range {
            guard let k = key(unit: units[i]) else { continue }
            keys.append(k)
            positions.append(Int32(i))
        }
    }

    /// The key value of the scalar a stored code unit holds (`CompactScalars.withCodeUnits`),
    /// nil when it is not a content character.
    @inline(__always)
    static func key<Unit: FixedWidthInteger & UnsignedInteger>(unit: Unit) -> UInt32? {
        // A stored code unit is a scalar's value: no invalid value to test for.
        let s = Unicode.Scalar(UInt32(truncatingIfNeeded: unit)).unsafelyUnwrapped
        return CharacterClass.isContent(s) ? key(s) : nil
    }

    /// The key value of a content scalar: its value, Latin capitals lower-cased.
    @inline(__always)
    static func key(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 0x41 && v <= 0x5A ? v + 0x20 : v
    }

    public var count: Int { keys.count }
}

/// The hashes of every `length`-character run of some content keys, to rule out cheaply a
/// key that shares no run that long with any of them: an alignment whose identical run is
/// at least `length` needs such a shared run, so a key without one is skipped before any
/// alignment. A hash collision only lets a key through; it never drops one.
struct RunSet: Sendable {
    let length: Int
    private var hashes: IntegerTable

    init<Keys: Sequence>(length: Int, of keys: Keys) where Keys.Element == [UInt32] {
        self.length = length
        var hashes = IntegerTable(capacity: 1 << 10)
        if length > 0 {
            for k in keys where k.count >= length {
                for i in 0...(k.count - length) { hashes.insert(Self.hash(k, i, length)) }
            }
        }
        self.hashes = hashes
    }

    /// FNV-1a of `n` key values from `i`.
    @inline(__always)
    static func hash(_ k: [UInt32], _ i: Int, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for j in i..<(i + n) { h = (h ^ UInt64(k[j])) &* 0x100_0000_01B3 }
        return h
    }

    /// `k` shares a run of `length` characters with one of the keys (or a hash collides).
    func mayShareRun(_ k: [UInt32]) -> Bool {
        guard length > 0, k.count >= length else { return length <= 0 }
        for i in 0...(k.count - length) where hashes.contains(Self.hash(k, i, length)) { return true }
        return false
    }
}

/// The hashes of every `length`-character run of some content keys, to rule out cheaply a
/// key that shares no run that long with any of them: an alignment whose identical run is
/// at least `length` needs such a shared run, so a key without one is skipped before any
/// alignment. A hash collision only lets a key through; it never drops one.
struct RunSet: Sendable {
    let length: Int
    private var hashes: IntegerTable
    /// One bit per bucket of a multiplicative hash of the runs, set for each run: nearly
    /// every character of a corpus starts no run of the keys, and one bit test, predictably
    /// clear, turns it away. Probing `hashes` directly at its three-quarter load took several
    /// unpredictable branches per character. Sized at 64 bits per run or more, so under 2 %
    /// of the absent runs reach `hashes`.
    private var filter: [UInt64]
    private let filterShift: UInt64

    init<Keys: Sequence>(length: Int, of keys: Keys) where Keys.Element == [UInt32] {
        self.length = length
        var runs: [UInt64] = []
        if length > 0 {
            for k in keys { _ = Self.forEachRun(of: k, length: length) { runs.append($0); return false } }
        }
        var hashes = IntegerTable(capacity: 1 << 10)
        for h in runs { hashes.insert(h) }
        var bits = 1 << 12
        while bits < hashes.count * 64 { bits <<= 1 }
        let shift = UInt64(64 - bits.trailingZeroBitCount)
        var filter = [UInt64](repeating: 0, count: bits / 64)
        for h in runs {
            let bit = Self.filterBit(h, shift: shift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.hashes = hashes
        self.filter = filter
        filterShift = shift
    }

    /// The filter bit of run hash `h`: the top bits of a multiply by another constant than
    /// `IntegerTable`'s, so the two do not collide together.
    @inline(__always)
    private static func filterBit(_ h: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0xD6E8_FEB8_6659_FD93) >> shift)
    }

    /// The `RollingHash` of each `n`-value run of `k`, in order, until `body`
    /// returns true; whether it did. Rolled from one run to the next, so every sentence of
    /// a corpus costs a multiply or two per character, not `n`.
    @inline(__always)
    static func forEachRun(of k: [UInt32], length n: Int, _ body: (UInt64) -> Bool) -> Bool {
        guard n > 0, k.count >= n else { return false }
        let base = RollingHash.base, top = RollingHash.weight(ofFirstOf: n)
        return k.withUnsafeBufferPointer { k in
            var h: UInt64 = 0
            for j in 0..<n { h = h &* base &+ UInt64(k[j]) }
            if body(h) { return true }
            var i = 0
            while i + n < k.count {
                h = (h &- UInt64(k[i]) &* top) &* base &+ UInt64(k[i + n])
                i += 1
                if body(h) { return true }
            }
            return false
        }
    }

    /// `k` shares a run of `length` characters with one of the keys (or a hash collides).
    func mayShareRun(_ k: [UInt32]) -> Bool {
        guard length > 0 else { return true }
        return filter.withUnsafeBufferPointer { filter in
            Self.forEachRun(of: k, length: length) { h in
                let bit = Self.filterBit(h, shift: filterShift)
                return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && hashes.contains(h)
            }
        }
    }
}

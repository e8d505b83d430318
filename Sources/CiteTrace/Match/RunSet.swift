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
            for k in keys { _ = Self.forEachRun(of: k, length: length) { hashes.insert($0); return false } }
        }
        self.hashes = hashes
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
        return Self.forEachRun(of: k, length: length) { hashes.contains($0) }
    }
}

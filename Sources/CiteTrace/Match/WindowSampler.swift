/// Chooses a few of a key's `window`-character windows by winnowing (Schleimer, Wilkerson
/// and Aiken 2003, as passim does): of every `span - window + 1` consecutive windows, the
/// one with the smallest hash (the rightmost on a tie).
///
/// The choice inside a run of windows depends only on their hashes, so two texts sharing an
/// identical run of `span` characters choose the same window inside it, at the same offset:
/// a reprint of at least `span` characters is never missed, while only about one window in
/// `(span - window) / 2` is hashed into a table instead of every one.
struct WindowSampler {
    let window: Int
    let span: Int

    init(window: Int, span: Int) {
        precondition(window >= 1 && span >= window, "a span holds at least one window")
        self.window = window
        self.span = span
    }

    /// The chosen windows of `k`, in position order, each once. None when `k` is shorter
    /// than `span` (it cannot hold a run that long).
    func sample<Keys: RandomAccessCollection<UInt32>>(_ k: Keys) -> [ReprintText.Sample] {
        Array(k).withUnsafeBufferPointer { sample(units: $0) }
    }

    /// `sample` of key values stored as code units of any width (a packed key's two-byte
    /// units are read as they are, not through a conversion closure per read).
    func sample<Unit: FixedWidthInteger & UnsignedInteger>(units k: UnsafeBufferPointer<Unit>) -> [ReprintText.Sample] {
        guard k.count >= span else { return [] }
        let run = span - window + 1
        var result: [ReprintText.Sample] = []
        result.reserveCapacity(2 * (k.count - window + 1) / (run + 1) + 1)
        // A monotonic deque of the last `run` windows (hashes increase from head to tail), in a
        // ring: the hashes are rolled as the windows pass, so the sampler holds O(span), not
        // 16 bytes per character (a 100 MB document needed over 500 MB for them).
        // A power of two at least run + 1 long, so a counter's slot is a mask, not a division.
        var capacity = 1
        while capacity < run + 1 { capacity <<= 1 }
        let mask = capacity - 1
        var ring = [ReprintText.Sample](repeating: .init(hash: 0, position: 0), count: capacity)
        var head = 0, tail = 0 // counters; slot = counter & mask
        var last: Int32 = -1
        // The window's polynomial hash, rolled: the value leaving it is read back from `k`.
        let top = RollingHash.weight(ofFirstOf: window)
        var rolled: UInt64 = 0
        ring.withUnsafeMutableBufferPointer { ring in
            for i in k.indices {
                if i >= window { rolled = rolled &- UInt64(truncatingIfNeeded: k[i - window]) &* top }
                rolled = rolled &* RollingHash.base &+ UInt64(truncatingIfNeeded: k[i])
                guard i >= window - 1 else { continue }
                let h = Self.mix(rolled)
                let j = i - window + 1
                while tail > head, ring[(tail - 1) & mask].hash >= h { tail -= 1 }
                ring[tail & mask] = .init(hash: h, position: Int32(j))
                tail += 1
                if Int(ring[head & mask].position) <= j - run { head += 1 }
                let min = ring[head & mask]
                if j >= run - 1, min.position != last {
                    last = min.position
                    result.append(min)
                }
            }
        }
        return result
    }

    /// SplitMix64's finalizer: a polynomial hash's low bits are poorly spread for a minimum.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

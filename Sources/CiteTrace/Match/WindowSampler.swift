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
    ///
    /// By blocks of `run` windows (van Herk; Gil and Werman): a run of windows starting
    /// inside one block ends inside the next, so its minimum is the smaller of the first
    /// block's minimum from the run's start on (a suffix minimum) and the next block's up to
    /// the run's end (a prefix minimum). Both are kept with selects; a monotonic deque's
    /// pops depend on the data and mispredicted about once a window. Only one block's
    /// hashes and suffix minima are held, so the sampler needs O(span), not 16 bytes per
    /// character (a 100 MB document needed over 500 MB for them).
    func sample<Unit: FixedWidthInteger & UnsignedInteger>(units k: UnsafeBufferPointer<Unit>) -> [ReprintText.Sample] {
        guard k.count >= span else { return [] }
        let run = span - window + 1, windows = k.count - window + 1
        var result: [ReprintText.Sample] = []
        result.reserveCapacity(2 * windows / (run + 1) + 1)
        var last: Int32 = -1
        @inline(__always) func choose(_ hash: UInt64, _ position: Int32) {
            if position != last {
                last = position
                result.append(.init(hash: hash, position: position))
            }
        }
        // The window's polynomial hash, rolled: the value leaving it is read back from `k`.
        let top = RollingHash.weight(ofFirstOf: window)
        var rolled: UInt64 = 0
        for i in 0..<(window - 1) { rolled = rolled &* RollingHash.base &+ UInt64(truncatingIfNeeded: k[i]) }
        // This block's window hashes; the block before's suffix minima (hash, position).
        var hashes = [UInt64](repeating: 0, count: run)
        var suffixHash = [UInt64](repeating: 0, count: run)
        var suffixPosition = [Int32](repeating: 0, count: run)
        hashes.withUnsafeMutableBufferPointer { hashes in
        suffixHash.withUnsafeMutableBufferPointer { suffixHash in
        suffixPosition.withUnsafeMutableBufferPointer { suffixPosition in
            var start = 0
            while start < windows {
                let end = Swift.min(start + run, windows)
                var low: UInt64 = 0, lowAt: Int32 = 0 // the prefix minimum, the rightmost on a tie
                for p in start..<end {
                    let i = p + window - 1
                    if i >= window { rolled = rolled &- UInt64(truncatingIfNeeded: k[i - window]) &* top }
                    rolled = rolled &* RollingHash.base &+ UInt64(truncatingIfNeeded: k[i])
                    let h = Self.mix(rolled), u = p - start
                    hashes[u] = h
                    if u == 0 || h <= low { low = h; lowAt = Int32(p) }
                    // The run starting at offset u + 1 of the block before ends here. Its
                    // later windows are this block's, so they win a tie.
                    if start > 0 && u + 1 < run {
                        if suffixHash[u + 1] < low { choose(suffixHash[u + 1], suffixPosition[u + 1]) } else { choose(low, lowAt) }
                    }
                }
                guard end - start == run else { break }
                // The run that is this whole block; then its suffix minima for the next block.
                choose(low, lowAt)
                low = hashes[run - 1]
                lowAt = Int32(start + run - 1)
                for u in stride(from: run - 1, through: 0, by: -1) {
                    // Strictly less: on a tie the later window, already held, stays.
                    if hashes[u] < low { low = hashes[u]; lowAt = Int32(start + u) }
                    suffixHash[u] = low
                    suffixPosition[u] = lowAt
                }
                start = end
            }
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

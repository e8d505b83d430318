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
    func sample(_ k: [UInt32]) -> [ReprintText.Sample] {
        guard k.count >= span else { return [] }
        let hashes = Self.hashes(k, window)
        let run = span - window + 1
        var result: [ReprintText.Sample] = []
        result.reserveCapacity(2 * hashes.count / (run + 1) + 1)
        // Indices of a monotonic deque: hashes increase from head to tail.
        var deque = [Int](repeating: 0, count: hashes.count)
        var head = 0, tail = 0
        var last = -1
        for j in hashes.indices {
            while tail > head, hashes[deque[tail - 1]] >= hashes[j] { tail -= 1 }
            deque[tail] = j
            tail += 1
            if deque[head] <= j - run { head += 1 }
            if j >= run - 1, deque[head] != last {
                last = deque[head]
                result.append(.init(hash: hashes[last], position: Int32(last)))
            }
        }
        return result
    }

    /// A mixed rolling hash of every `n`-value window of `k`: equal windows, equal hashes.
    static func hashes(_ k: [UInt32], _ n: Int) -> [UInt64] {
        guard k.count >= n else { return [] }
        let base: UInt64 = 0x100_0000_01B3
        var top: UInt64 = 1 // base^(n-1): the weight of the value leaving the window
        for _ in 1..<max(1, n) { top = top &* base }
        var out = [UInt64](repeating: 0, count: k.count - n + 1)
        var h: UInt64 = 0
        for i in 0..<k.count {
            if i >= n { h = h &- UInt64(k[i - n]) &* top }
            h = h &* base &+ UInt64(k[i])
            if i >= n - 1 { out[i - n + 1] = mix(h) }
        }
        return out
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

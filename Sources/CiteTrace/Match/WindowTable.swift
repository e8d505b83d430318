/// The places where each window hash was seen, for `ReprintFinder`: up to `limit` places
/// per hash, in the order they were added.
///
/// Used in two phases. First every hash the finder will add is `register`ed (all documents
/// are sampled before the search starts), which numbers the distinct hashes and counts
/// them; `seal` then gives each hash registered more than once a contiguous run of
/// `min(occurrences, limit)` place slots and drops the hash lookup. A hash registered once
/// gets none: a place is only read by a probe of the same hash, and no other window has
/// it; `isShared` lets the finder pass such windows by without touching their slots. The
/// search addresses hashes by those numbers, so it does
/// no hash lookup at all, and it reads a hash's places side by side: a chain of places
/// through one flat array cost a cache miss per place, and with boilerplate windows holding
/// dozens of places those misses were most of the finder's time on large corpora.
struct WindowTable {
    struct Place: Equatable {
        var doc: Int32
        var pos: Int32
        /// A fingerprint of the text around the place (`ReprintFinder.fingerprint`), so most
        /// places can be ruled out without reading their document's keys.
        var check: UInt32 = 0
    }

    let limit: Int
    /// Registering: bucket → hash number (-1: empty bucket), and each number's hash.
    /// Open addressing over flat arrays, no SipHash (the keys are hashes already). Not an
    /// `IntegerTable`, which keeps an 8-byte key in every bucket: here the hashes are kept
    /// once per number, and registering ends at the stage's peak, with every document's
    /// probes held (`IntegerTable` measured 460 MB there at 100 MB, this 443 MB).
    private var heads: [Int32]
    private var hashes: [UInt64] = []
    private var mask: Int
    /// Per hash number: the first of its slots in `places` (after `seal`; its slots end
    /// where the next number's begin), and how often it was registered (while registering,
    /// counted up to `limit` or 2) or how many slots it has filled (after `seal`).
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var places: [Place] = []
    /// After `seal`: bit n set when hash number n was registered more than once. A bit per
    /// number stays in cache where the slots' starts and counts do not.
    private var shared: [UInt64] = []
    private(set) var isSealed = false

    init(limit: Int) {
        self.limit = limit
        heads = [Int32](repeating: -1, count: 16)
        mask = heads.count - 1
    }

    /// The number of `h` (numbers count from 0 in the order hashes were first registered),
    /// counting one more occurrence of it.
    mutating func register(_ h: UInt64) -> Int32 {
        precondition(!isSealed, "a sealed window table takes no new hashes")
        let b = bucket(h)
        if heads[b] >= 0 {
            let n = Int(heads[b])
            // Counted up to two at least, so a hash seen twice is told from one seen once
            // whatever the limit.
            counts[n] = min(counts[n] + 1, Int32(max(limit, 2)))
            return heads[b]
        }
        let n = Int32(hashes.count)
        heads[b] = n
        hashes.append(h)
        counts.append(1)
        if hashes.count * 4 > heads.count * 3 { grow() }
        return n
    }

    /// Ends registering: allots the place slots and frees the hash lookup.
    mutating func seal() {
        guard !isSealed else { return }
        isSealed = true
        heads = []
        hashes = []
        starts.reserveCapacity(counts.count)
        shared = [UInt64](repeating: 0, count: counts.count / 64 + 1)
        var next: Int32 = 0
        for n in counts.indices {
            starts.append(next)
            if counts[n] > 1 {
                next += min(counts[n], Int32(limit))
                shared[n >> 6] |= 1 << UInt64(n & 63)
            }
            counts[n] = 0
        }
        places = [Place](repeating: Place(doc: 0, pos: 0), count: Int(next))
    }

    /// Whether hash number `n` was registered more than once (after `seal`): only such a
    /// hash has places, and a window of any other can neither find nor be found.
    @inline(__always)
    func isShared(_ n: Int32) -> Bool {
        shared.withUnsafeBufferPointer { $0[Int(n) >> 6] } & (1 << UInt64(n & 63)) != 0
    }

    /// Slot indices of the places added for hash number `n` so far, oldest first (read them
    /// with `subscript`).
    @inline(__always)
    func places(_ n: Int32) -> Range<Int> {
        let start = Int(starts[Int(n)])
        return start..<(start + Int(counts[Int(n)]))
    }

    @inline(__always)
    subscript(slot: Int) -> Place { places[slot] }

    /// Adds a place for hash number `n` unless its slots are full (`limit` places, or as
    /// many as the hash was registered; none for a hash registered once).
    mutating func add(_ n: Int32, _ place: Place) {
        precondition(isSealed, "seal a window table before adding places")
        let i = Int(n)
        let end = i + 1 < starts.count ? starts[i + 1] : Int32(places.count)
        let slot = starts[i] + counts[i]
        guard slot < end else { return }
        places[Int(slot)] = place
        counts[i] += 1
    }

    @inline(__always)
    private func bucket(_ h: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while heads[i] >= 0 && hashes[Int(heads[i])] != h { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        heads = [Int32](repeating: -1, count: heads.count * 2)
        mask = heads.count - 1
        for n in hashes.indices { heads[bucket(hashes[n])] = Int32(n) }
    }
}

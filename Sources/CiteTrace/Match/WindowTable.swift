/// The places where each window hash was seen, for `ReprintFinder`: up to `limit` places
/// per hash, in the order they were added.
///
/// A flat open-addressing table (hash → first place) with the places chained through one
/// flat array, instead of a `Dictionary` of arrays: one allocation per table rather than
/// one per distinct window, a third of the memory, and no SipHash (the keys are hashes already).
struct WindowTable {
    struct Place: Equatable {
        var doc: Int32
        var pos: Int32
        /// A fingerprint of the text around the place (`ReprintFinder.fingerprint`), so most
        /// places can be ruled out without reading their document's keys.
        var check: UInt32 = 0
    }

    /// Bucket → first slot of its hash (-1: empty bucket). The hash itself is read from
    /// that slot: buckets are twice the places in number, so keeping the 8-byte hashes in
    /// the slots instead of beside the heads takes a third less memory (the table is most
    /// of the reprint finder's, ~50 MB at 100 MB of input).
    private var heads: [Int32]
    /// A place with its window hash and the link to the next place of the same hash (-1 at
    /// the end), side by side: following a chain costs one cache miss per place, not two.
    private struct Slot {
        var hash: UInt64
        var place: Place
        var next: Int32
    }

    private var slots: [Slot] = []
    private var used = 0
    private var mask: Int
    let limit: Int

    init(limit: Int, capacity: Int = 1 << 16) {
        var size = 1
        while size < max(16, capacity * 2) { size <<= 1 }
        heads = [Int32](repeating: -1, count: size)
        mask = size - 1
        self.limit = limit
        // At most one place per window added: no doubling (and its transient copy) on growth.
        slots.reserveCapacity(capacity)
    }

    @inline(__always)
    private func bucket(_ h: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: ((h ^ (h >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while heads[i] >= 0 && slots[Int(heads[i])].hash != h { i = (i + 1) & mask }
        return i
    }

    /// The first place seen with hash `h` (a link to follow with `after`), or -1.
    @inline(__always)
    func first(_ h: UInt64) -> Int32 { heads[bucket(h)] }

    /// The place a link stands for.
    @inline(__always)
    func place(_ link: Int32) -> Place { slots[Int(link)].place }

    /// The next place of the same hash, or -1.
    @inline(__always)
    func after(_ link: Int32) -> Int32 { slots[Int(link)].next }

    /// Adds a place for `h` unless it already has `limit` of them.
    mutating func add(_ h: UInt64, _ place: Place) {
        let b = bucket(h)
        let index = Int32(slots.count)
        if heads[b] < 0 {
            heads[b] = index
            used += 1
        } else {
            var p = Int(heads[b]), n = 1
            while slots[p].next >= 0 { p = Int(slots[p].next); n += 1 }
            guard n < limit else { return }
            slots[p].next = index
        }
        slots.append(Slot(hash: h, place: place, next: -1))
        if used * 4 > heads.count * 3 { grow() }
    }

    private mutating func grow() {
        let oldHeads = heads
        heads = [Int32](repeating: -1, count: oldHeads.count * 2)
        mask = heads.count - 1
        for head in oldHeads where head >= 0 {
            heads[bucket(slots[Int(head)].hash)] = head
        }
    }
}

/// A map from 64-bit integer keys to dense indices 0, 1, 2… in the order keys were first
/// inserted, for the matchers' hot loops: open addressing over flat arrays and one multiply
/// per probe, where a `Dictionary` or `Set` of integers hashes every lookup with SipHash.
///
/// Keys are spread by a multiplicative hash, so they need not be hashes themselves.
struct IntegerTable: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]   // index of the key, -1: empty
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func bucket(_ key: UInt64) -> Int {
        var b = Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[b] >= 0 && keys[b] != key { b = (b + 1) & mask }
        return b
    }

    /// The index of `key`, or nil.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        let s = slots[bucket(key)]
        return s >= 0 ? Int(s) : nil
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { slots[bucket(key)] >= 0 }

    /// The index of `key`, inserting it (as the next index) if new.
    @discardableResult
    mutating func insert(_ key: UInt64) -> Int {
        let b = bucket(key)
        if slots[b] >= 0 { return Int(slots[b]) }
        keys[b] = key
        slots[b] = Int32(count)
        count += 1
        if count * 4 > keys.count * 3 { grow() }
        return count - 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        slots = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldSlots[i] >= 0 {
            let b = bucket(oldKeys[i])
            keys[b] = oldKeys[i]
            slots[b] = oldSlots[i]
        }
    }
}

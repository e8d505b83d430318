/// The tight loops of `KWICIndex`, in one place: building the postings, scanning,
/// intersecting and verifying. Safe wrappers over unsafe buffer access.
enum KWICPostings {
    /// Two scalars (21 bits each) packed into one key.
    @inline(__always)
    static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 {
        (UInt64(a & 0x1FFFFF) << 21) | UInt64(b & 0x1FFFFF)
    }

    /// Slot table and compressed-row postings for every bigram of `text` that contains no
    /// separator (0). Two passes: assign slots and count, then fill in ascending order.
    static func build(_ text: [UInt32]) -> (slots: [UInt64: Int32], offsets: [UInt32], positions: [UInt32]) {
        var slots: [UInt64: Int32] = [:]
        var counts: [UInt32] = []
        var slotAt = [Int32](repeating: -1, count: max(0, text.count))
        text.withUnsafeBufferPointer { t in
            slotAt.withUnsafeMutableBufferPointer { at in
                guard t.count >= 2 else { return }
                for i in 0..<(t.count - 1) where t[i] != 0 && t[i + 1] != 0 {
                    let key = bigram(t[i], t[i + 1])
                    let slot: Int32
                    if let s = slots[key] {
                        slot = s
                        counts[Int(s)] += 1
                    } else {
                        slot = Int32(counts.count)
                        slots[key] = slot
                        counts.append(1)
                    }
                    at[i] = slot
                }
            }
        }
        var offsets = [UInt32](repeating: 0, count: counts.count + 1)
        for k in counts.indices { offsets[k + 1] = offsets[k] + counts[k] }
        var fill = offsets
        var positions = [UInt32](repeating: 0, count: Int(offsets.last ?? 0))
        slotAt.withUnsafeBufferPointer { at in
            positions.withUnsafeMutableBufferPointer { p in
                for i in 0..<at.count where at[i] >= 0 {
                    let s = Int(at[i])
                    p[Int(fill[s])] = UInt32(i)
                    fill[s] += 1
                }
            }
        }
        return (slots, offsets, positions)
    }

    /// Every offset of `text` holding `scalar`.
    static func scan(_ text: [UInt32], for scalar: UInt32) -> [Int] {
        var out: [Int] = []
        text.withUnsafeBufferPointer { t in
            for i in 0..<t.count where t[i] == scalar { out.append(i) }
        }
        return out
    }

    /// Candidates `c` (ascending) for which `c + shift` is in `postings` (ascending).
    static func intersect(_ candidates: [Int], _ postings: ArraySlice<UInt32>, shift: Int) -> [Int] {
        var out: [Int] = []
        var j = postings.startIndex
        for c in candidates {
            let want = c + shift
            while j < postings.endIndex, Int(postings[j]) < want { j += 1 }
            if j == postings.endIndex { break }
            if Int(postings[j]) == want { out.append(c) }
        }
        return out
    }

    /// True when `q` is at offset `at` of `text`.
    @inline(__always)
    static func matches(_ text: [UInt32], at: Int, _ q: [UInt32]) -> Bool {
        guard at >= 0, at + q.count <= text.count else { return false }
        return text.withUnsafeBufferPointer { t in
            for k in 0..<q.count where t[at + k] != q[k] { return false }
            return true
        }
    }
}

extension Array {
    /// Reorders the elements in place so that element `i` is the one that was at
    /// `positions[i]`; `positions` holds every index once. Elements are swapped along the
    /// permutation's cycles, never copied: for arrays of large values, where a reordered
    /// copy would retain (and the original then release) everything each value holds.
    mutating func permute(taking positions: [Int]) {
        precondition(positions.count == count, "a position for every element")
        var placed = [Bool](repeating: false, count: count)
        // Through the buffer: its `swapAt` moves the two values, where the array's may copy them.
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !placed[start] {
                // Along the cycle through `start`: each swap brings the element wanted at `j`,
                // and moves the one that was at `start` on to the next place that wants it.
                var j = start
                placed[j] = true
                while positions[j] != start {
                    let k = positions[j]
                    precondition(k >= 0 && k < elements.count && !placed[k], "positions hold every index once")
                    elements.swapAt(j, k)
                    placed[k] = true
                    j = k
                }
            }
        }
    }
}

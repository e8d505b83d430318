import Dispatch

extension Array where Element: Sendable {
    /// `map` across all cores, results in input order, so output stays deterministic.
    ///
    /// The one unsafe spot of the engine: each worker writes only its own indices of a
    /// preallocated buffer, and the buffer is read only after every worker has finished.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let items = self
        DispatchQueue.concurrentPerform(iterations: count) { i in
            slots[i] = transform(items[i])
        }
        return results.map { $0! }
    }
}

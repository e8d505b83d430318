import Dispatch

extension Array where Element: Sendable {
    /// `map` across all cores, results in input order, so output stays deterministic.
    ///
    /// The one unsafe spot of the engine: each worker initializes only its own slot of
    /// the result's storage, and the array takes the slots over (and with them the
    /// duty to release them) only after every worker has finished. `transform` cannot
    /// throw, so every slot is initialized when `concurrentPerform` returns.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let items = self
        return [T](unsafeUninitializedCapacity: count) { storage, initialized in
            nonisolated(unsafe) let slots = storage.baseAddress!
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                (slots + i).initialize(to: transform(items[i]))
            }
            initialized = items.count
        }
    }
}

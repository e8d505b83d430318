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

    /// `map` across all cores in runs of `chunk` consecutive elements, results in input
    /// order: for many small transforms, where a task per element would cost more than the
    /// work. One run (no more than `chunk` elements) is mapped on the calling thread. Each
    /// run initializes its own slots of the result, as `parallelMap` does: gathering runs
    /// and joining them would hold the results twice.
    func parallelMap<T: Sendable>(chunk: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        precondition(chunk > 0, "a run holds at least one element")
        guard count > chunk else { return map(transform) }
        let items = self
        let runs = (count + chunk - 1) / chunk
        return [T](unsafeUninitializedCapacity: count) { storage, initialized in
            nonisolated(unsafe) let slots = storage.baseAddress!
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for i in (run * chunk)..<Swift.min(run * chunk + chunk, items.count) {
                    (slots + i).initialize(to: transform(items[i]))
                }
            }
            initialized = items.count
        }
    }
}

import Synchronization
import Testing
@testable import CiteTrace

@Suite struct ParallelMapTests {
    private final class LiveCount: Sendable {
        let count = Atomic(0)
        var value: Int { count.load(ordering: .relaxed) }
    }

    /// Counts how many of its instances are alive.
    private final class Tracked: Sendable {
        let value: Int
        let live: LiveCount
        init(_ value: Int, live: LiveCount) {
            self.value = value
            self.live = live
            live.count.add(1, ordering: .relaxed)
        }
        deinit { live.count.subtract(1, ordering: .relaxed) }
    }

    @Test("results come back in input order and equal a plain map")
    func order() {
        let input = Array(0..<10_000)
        #expect(input.parallelMap { $0 * 3 + 1 } == input.map { $0 * 3 + 1 })
        #expect([7].parallelMap { $0 + 1 } == [8])
        #expect([Int]().parallelMap { $0 } == [])
    }

    // The first version kept each result in an Optional buffer that it freed without
    // deinitializing, so every object a transform returned outlived the result array.
    @Test("objects the transform returns are released with the result array")
    func releasesResults() {
        let live = LiveCount()
        do {
            let results = Array(0..<1_000).parallelMap { Tracked($0, live: live) }
            #expect(results.map { $0.value } == Array(0..<1_000))
            #expect(live.value == 1_000)
        }
        #expect(live.value == 0)
    }
}

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

    @Test("in runs: input order for every run length, the last run short, one run on the calling thread")
    func runs() {
        for n in [0, 1, 63, 64, 65, 1_000, 4_097] {
            let input = Array(0..<n)
            for chunk in [1, 7, 64, 5_000] {
                #expect(input.parallelMap(chunk: chunk) { $0 * 3 + 1 } == input.map { $0 * 3 + 1 }, "n \(n), chunk \(chunk)")
            }
        }
    }

    @Test("by document: a document with a large share of the corpus is done alone, results in corpus order")
    func byDocument() {
        let big = CorpusAnalysis.aloneFrom
        // Two large documents among small ones, and a corpus of small ones only.
        let lengths = [10, big * 2, 5, 7, big, 3]
        let aloneSeen = Mutex<[Int]>([])
        let results = CorpusAnalysis.byDocument(Array(lengths.indices), length: { lengths[$0] }) { i -> String in
            if lengths[i] >= big { aloneSeen.withLock { $0.append(i) } }
            return "doc\(i)"
        }
        #expect(results == lengths.indices.map { "doc\($0)" })
        #expect(aloneSeen.withLock { $0 } == [1, 4])
        let small = [3, 1, 4, 1, 5]
        #expect(CorpusAnalysis.byDocument(small, length: { $0 }) { $0 * 2 } == [6, 2, 8, 2, 10])
    }
}

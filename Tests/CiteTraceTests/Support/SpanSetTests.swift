import Testing
@testable import CiteTrace

@Suite struct SpanSetTests {
    @Test("overlaps answers as a scan of every range would, for nested, overlapping, empty and disjoint ranges")
    func agreesWithScan() {
        var random = SeededRandom(seed: 7)
        for round in 0..<400 {
            let count = Int.random(in: 0...(round % 3 == 0 ? 3 : 40), using: &random)
            let ranges = (0..<count).map { _ -> Range<Int> in
                let lo = Int.random(in: 0...100, using: &random)
                return lo..<(lo + Int.random(in: 0...(round % 2 == 0 ? 5 : 60), using: &random))
            }
            let set = SpanSet(ranges.shuffled(using: &random))
            for lo in 0...110 {
                for length in [0, 1, 2, 7, 30] {
                    let probe = lo..<(lo + length)
                    #expect(set.overlaps(probe) == ranges.contains { $0.overlaps(probe) }, "\(ranges) \(probe)")
                }
            }
        }
    }

    @Test("a long range early on is seen past the short ones after it")
    func reachCarriesForward() {
        let set = SpanSet([0..<100, 10..<11, 20..<21])
        #expect(set.overlaps(50..<60))
        #expect(!set.overlaps(100..<120))
        #expect(!SpanSet([]).overlaps(0..<10))
    }

    @Test("partitioningIndex finds the first element of the satisfying part, in arrays and slices of every length")
    func partitioning() {
        var random = SeededRandom(seed: 3)
        for count in 0..<40 {
            let sorted = (0..<count).map { _ in Int(random.next() % 20) }.sorted()
            for pivot in -1...21 {
                #expect(sorted.partitioningIndex { $0 >= pivot } == (sorted.firstIndex { $0 >= pivot } ?? sorted.count))
                let slice = sorted.dropFirst(count / 3)
                #expect(slice.partitioningIndex { $0 > pivot } == (slice.firstIndex { $0 > pivot } ?? slice.endIndex))
            }
        }
    }
}

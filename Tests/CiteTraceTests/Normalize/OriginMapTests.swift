import Testing
@testable import CiteTrace

/// `NormalizedText` keeps its origin map compressed (runs of consecutive origins, ends
/// only where they differ from start + 1); it must answer exactly like the full arrays.
@Suite("Compressed origin map")
struct OriginMapTests {
    /// Random strictly increasing origins with gaps (dropped characters) and long
    /// origins (folded runs), as the normalizer makes them.
    static func randomMap(count: Int, seed: UInt64) -> (starts: [Int32], ends: [Int32], original: Int) {
        var rng = SynthRandom(seed: seed)
        var starts: [Int32] = [], ends: [Int32] = []
        var at: Int32 = Int32(rng.next() % 3)
        for _ in 0..<count {
            let roll = rng.next() % 10
            let gap: Int32 = roll == 0 ? Int32(1 + rng.next() % 4) : 0
            let length: Int32 = roll == 1 ? Int32(2 + rng.next() % 3) : 1
            at += gap
            starts.append(at)
            ends.append(at + length)
            at += length
        }
        return (starts, ends, Int(at) + Int(rng.next() % 3))
    }

    @Test("starts, ends and the original → normalized search agree with the uncompressed arrays", arguments: [0, 1, 2, 57, 4_000])
    func agreesWithArrays(count: Int) {
        for seed in 1...5 as ClosedRange<UInt64> {
            let m = Self.randomMap(count: count, seed: seed)
            let n = NormalizedText(scalars: Array(repeating: "字", count: count), originStart: m.starts, originEnd: m.ends, originalCount: m.original)
            #expect(Array(n.originStart) == m.starts)
            #expect(Array(n.originEnd) == m.ends)
            for offset in 0...(m.original + 1) {
                let expected = m.starts.firstIndex { Int($0) >= offset } ?? count
                #expect(n.normalizedIndex(atOrAfterOriginal: offset) == expected, "offset \(offset), seed \(seed)")
            }
        }
    }

    @Test("appending a range one to one is appending each of its origins in turn")
    func oneToOneRuns() {
        for seed in 1...20 as ClosedRange<UInt64> {
            var rng = SynthRandom(seed: seed)
            var bulk = OriginMapBuilder(), single = OriginMapBuilder()
            var at = Int(rng.next() % 3)
            for _ in 0..<60 {
                // A run right after the last origin, after a gap, empty, or a folded run.
                let roll = rng.next() % 4
                at += roll == 1 ? Int(1 + rng.next() % 3) : 0
                if roll == 3 {
                    let length = Int(2 + rng.next() % 3)
                    bulk.append(at..<(at + length))
                    single.append(at..<(at + length))
                    at += length
                    continue
                }
                let run = at..<(at + (roll == 2 ? 0 : Int(1 + rng.next() % 6)))
                bulk.append(oneToOne: run)
                for k in run { single.append(k..<(k + 1)) }
                at = run.upperBound
            }
            #expect(bulk.count == single.count)
            #expect(bulk.starts == single.starts, "seed \(seed)")
            #expect(Array(bulk.ends) == Array(single.ends), "seed \(seed)")
            // A later append continues (or breaks) the run the same way.
            bulk.append(at..<(at + 1))
            single.append(at..<(at + 1))
            #expect(bulk.starts == single.starts, "seed \(seed)")
        }
    }

    @Test("a seed document needs far fewer runs than characters")
    func compact() {
        let a = Seeds.analysis("000")
        let n = a.normalized
        let runs = (0..<n.count).filter { $0 == 0 || n.originStart[$0] != n.originStart[$0 - 1] + 1 }.count
        #expect(runs * 10 < n.count, "\(runs) runs for \(n.count) characters")
    }
}

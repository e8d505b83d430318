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

    @Test("a seed document needs far fewer runs than characters")
    func compact() {
        let a = Seeds.analysis("000")
        let n = a.normalized
        let runs = (0..<n.count).filter { $0 == 0 || n.originStart[$0] != n.originStart[$0 - 1] + 1 }.count
        #expect(runs * 10 < n.count, "\(runs) runs for \(n.count) characters")
    }
}

import Testing
@testable import CiteTrace

@Suite struct RunSetTests {
    @Test("a key sharing a run of the length with any key is let through, and one sharing none almost never is")
    func sharedRuns() {
        var random = SeededRandom(seed: 3)
        // A small alphabet, so that runs are shared often, and real CJK code points.
        func key(_ n: Int) -> [UInt32] { (0..<n).map { _ in 0x4E00 + UInt32.random(in: 0..<6, using: &random) } }
        for length in [1, 2, 5, 8, 10] {
            let keys = (0..<20).map { _ in key(Int.random(in: 0...40, using: &random)) }
            let set = RunSet(length: length, of: keys)
            var runs = Set<[UInt32]>()
            for k in keys where k.count >= length {
                for i in 0...(k.count - length) { runs.insert(Array(k[i..<(i + length)])) }
            }
            var shared = 0, falseHits = 0
            for _ in 0..<400 {
                var probe = key(Int.random(in: 0...30, using: &random))
                // Half the probes copy a stretch of a key into random text.
                if Bool.random(using: &random), let k = keys.filter({ $0.count >= length }).randomElement(using: &random) {
                    let at = Int.random(in: 0...(k.count - length), using: &random)
                    probe.insert(contentsOf: k[at..<(at + length)], at: Int.random(in: 0...probe.count, using: &random))
                }
                let shares = probe.count >= length && (0...(probe.count - length)).contains { runs.contains(Array(probe[$0..<($0 + length)])) }
                if shares {
                    shared += 1
                    // Never dropped: a collision may only let a key through.
                    #expect(set.mayShareRun(probe), "length \(length): \(probe)")
                } else if set.mayShareRun(probe) {
                    falseHits += 1
                }
            }
            #expect(shared > 20, "length \(length): \(shared) probes share a run")
            #expect(falseHits == 0, "length \(length): \(falseHits) hash collisions")
        }
        #expect(RunSet(length: 0, of: [[1, 2]]).mayShareRun([]))
        #expect(!RunSet(length: 3, of: [[1, 2, 3]]).mayShareRun([1, 2]))
        #expect(RunSet(length: 3, of: [[9, 1, 2, 3]]).mayShareRun([7, 7, 1, 2, 3]))
    }
}

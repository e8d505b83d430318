import Testing
@testable import CiteTrace

@Suite struct ArrayPermuteTests {
    @Test("permuting in place gives what mapping the positions gives, on fixed and random permutations")
    func matchesMap() {
        var generator = SeededRandom(seed: 7)
        var cases: [[Int]] = [[], [0], [1, 0], [0, 1, 2], [2, 0, 1], [1, 2, 0], [3, 2, 1, 0], [1, 0, 3, 2, 4]]
        for n in [5, 17, 64, 300] {
            for _ in 0..<25 { cases.append(Array(0..<n).shuffled(using: &generator)) }
        }
        for positions in cases {
            // Strings, so that a value lost or copied twice shows.
            let original = positions.indices.map { "value \($0) " + String(repeating: "長", count: $0 % 7) }
            var permuted = original
            permuted.permute(taking: positions)
            #expect(permuted == positions.map { original[$0] }, "\(positions)")
        }
    }
}

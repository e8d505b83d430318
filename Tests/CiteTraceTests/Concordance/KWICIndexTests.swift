import Testing
@testable import CiteTrace

@Suite struct KWICIndexTests {
    /// Every start of `q` in `t`, by brute force.
    func naive(_ t: [Unicode.Scalar], _ q: [Unicode.Scalar]) -> [Int] {
        guard !q.isEmpty, q.count <= t.count else { return [] }
        return (0...(t.count - q.count)).filter { Array(t[$0..<($0 + q.count)]) == q }
    }

    @Test("occurrences equal a brute-force search, overlapping ones included, on random texts")
    func agreesWithBruteForce() {
        var random = SeededRandom(seed: 42)
        let alphabet: [Unicode.Scalar] = ["一", "体", "化", "发", "展", "𠀀", "a"]
        for _ in 0..<60 {
            let texts = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 0...80, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            }
            let index = KWICIndex(texts: texts.map { CompactScalars($0) })
            for _ in 0..<20 {
                let q = (0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
                let expected = texts.enumerated().flatMap { d, t in naive(t, q).map { KWICIndex.Occurrence(document: d, range: $0..<($0 + q.count)) } }
                #expect(index.occurrences(of: q) == expected, "\(q)")
                #expect(index.count(of: q) == expected.count)
            }
        }
    }

    @Test("no occurrence crosses a document boundary; an empty or missing term finds nothing")
    func boundaries() {
        let index = KWICIndex(texts: [CompactScalars(scalarsOf: "长三角一"), CompactScalars(scalarsOf: "体化发展"), CompactScalars(scalarsOf: "")])
        #expect(index.occurrences(of: Array("一体".unicodeScalars)).isEmpty)
        #expect(index.occurrences(of: Array("体化".unicodeScalars)) == [.init(document: 1, range: 0..<2)])
        #expect(index.occurrences(of: []).isEmpty)
        #expect(index.occurrences(of: Array("西部".unicodeScalars)).isEmpty)
        #expect(index.documentCount == 3)
    }

    @Test("UTF-16 ranges map back to scalar ranges across characters outside the BMP")
    func utf16Map() {
        let scalars = CompactScalars(scalarsOf: "𠀀a𠀁bc")
        let map = UTF16ScalarMap(scalars)
        #expect(map.scalarRange(0..<2) == 0..<1)
        #expect(map.scalarRange(2..<3) == 1..<2)
        #expect(map.scalarRange(3..<6) == 2..<4)
        #expect(map.scalarRange(6..<7) == 4..<5)
    }
}

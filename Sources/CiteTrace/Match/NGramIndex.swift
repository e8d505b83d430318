/// Character trigram index over texts' content keys, for finding candidate regions.
///
/// A posting list longer than `maxPostings` is dropped when the index is frozen, so
/// boilerplate n-grams do not flood candidates; rare n-grams decide.
struct NGramIndex {
    struct Posting: Hashable {
        var text: Int32
        var position: Int32
    }

    struct Candidate: Comparable {
        var text: Int
        /// Source position minus query position of the hits (the alignment diagonal).
        var diagonal: Int
        var hits: Int
        static func < (a: Candidate, b: Candidate) -> Bool { (a.hits, -a.text, -a.diagonal) < (b.hits, -b.text, -b.diagonal) }
    }

    let n: Int
    private(set) var postings: [UInt64: [Posting]] = [:]

    init(n: Int = 3) {
        precondition(n >= 1 && n <= 3, "n-grams of up to three 21-bit scalars fit a UInt64")
        self.n = n
    }

    @inline(__always)
    static func gram(_ k: [UInt32], _ i: Int, _ n: Int) -> UInt64 {
        var g: UInt64 = 0
        for j in 0..<n { g = (g << 21) | UInt64(k[i + j] & 0x1FFFFF) }
        return g
    }

    mutating func add(text: Int, keys: [UInt32]) {
        guard keys.count >= n else { return }
        for i in 0...(keys.count - n) {
            postings[Self.gram(keys, i, n), default: []].append(Posting(text: Int32(text), position: Int32(i)))
        }
    }

    mutating func freeze(maxPostings: Int) {
        postings = postings.filter { $0.value.count <= maxPostings }
    }

    /// The best regions for `query[range]`, restricted to `texts` when given.
    func candidates(_ query: [UInt32], range: Range<Int>, texts: Set<Int>? = nil, limit: Int) -> [Candidate] {
        guard range.count >= n else { return [] }
        var bands: [Int64: Int] = [:]
        for i in range.lowerBound...(range.upperBound - n) {
            guard let list = postings[Self.gram(query, i, n)] else { continue }
            for p in list {
                if let t = texts, !t.contains(Int(p.text)) { continue }
                let diag = Int(p.position) - i
                let key = (Int64(p.text) << 32) | Int64(UInt32(bitPattern: Int32((diag + (1 << 20)) >> 4)))
                bands[key, default: 0] += 1
            }
        }
        var result: [Candidate] = []
        for (key, hits) in bands where hits >= 2 {
            let text = Int(key >> 32)
            let band = Int(UInt32(truncatingIfNeeded: key)) 
            let neighbours = (bands[(key & ~0xFFFF_FFFF) | Int64(UInt32(truncatingIfNeeded: band - 1))] ?? 0)
                + (bands[(key & ~0xFFFF_FFFF) | Int64(UInt32(truncatingIfNeeded: band + 1))] ?? 0)
            result.append(Candidate(text: text, diagonal: (band << 4) - (1 << 20), hits: hits + neighbours))
        }
        result.sort(by: >)
        // Keep one candidate per text and neighbourhood.
        var kept: [Candidate] = []
        for c in result where !kept.contains(where: { $0.text == c.text && abs($0.diagonal - c.diagonal) < 48 }) {
            kept.append(c)
            if kept.count == limit { break }
        }
        return kept
    }
}

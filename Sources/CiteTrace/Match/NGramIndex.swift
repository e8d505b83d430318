/// Character trigram index over texts' content keys, for finding candidate regions.
///
/// A posting list longer than `maxPostings` is dropped when the index is frozen, so
/// boilerplate n-grams do not flood candidates; rare n-grams decide.
///
/// Stored flat: every posting in one array grouped by n-gram (texts, then positions, in
/// the order added), and an `IntegerTable` from n-gram to its group.
struct NGramIndex: Sendable {
    struct Posting: Hashable, Sendable {
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
    /// Before `freeze`: every n-gram occurrence, in the order added.
    private var pending: [(gram: UInt64, posting: Posting)] = []
    private var grams = IntegerTable()
    /// Group g's postings are `postings[starts[g]..<starts[g + 1]]`.
    private var starts: [Int32] = [0]
    private var postings: [Posting] = []

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
            pending.append((Self.gram(keys, i, n), Posting(text: Int32(text), position: Int32(i))))
        }
    }

    mutating func freeze(maxPostings: Int) {
        // Candidates only count postings, so their order inside a group does not matter.
        pending.sort { ($0.gram, $0.posting.text, $0.posting.position) < ($1.gram, $1.posting.text, $1.posting.position) }
        grams = IntegerTable(capacity: pending.count / 4)
        starts = [0]
        postings = []
        postings.reserveCapacity(pending.count)
        var i = 0
        while i < pending.count {
            let g = pending[i].gram
            var j = i
            while j < pending.count, pending[j].gram == g { j += 1 }
            if j - i <= maxPostings {
                grams.insert(g)
                for o in i..<j { postings.append(pending[o].posting) }
                starts.append(Int32(postings.count))
            }
            i = j
        }
        pending = []
    }

    /// The best regions for `query[range]`, restricted to the texts in `texts` when given.
    func candidates(_ query: [UInt32], range: Range<Int>, texts: Range<Int>? = nil, limit: Int) -> [Candidate] {
        guard range.count >= n else { return [] }
        // The query's groups first, so the hits' array is made once at its full size: grown
        // append by append, its copies were a quarter of the candidate search.
        var groups: [Range<Int>] = []
        groups.reserveCapacity(range.count - n + 1)
        var total = 0
        for i in range.lowerBound...(range.upperBound - n) {
            guard let g = grams.index(of: Self.gram(query, i, n)) else { groups.append(0..<0); continue }
            let group = Int(starts[g])..<Int(starts[g + 1])
            groups.append(group)
            total += group.count
        }
        // Hits as (text, diagonal band) keys; sorted, equal keys are adjacent and a band's
        // neighbours are the keys just before and after it.
        var bands: [Int64] = []
        bands.reserveCapacity(total)
        postings.withUnsafeBufferPointer { postings in
            for (offset, group) in groups.enumerated() {
                let i = range.lowerBound + offset
                for p in postings[group] {
                    if let t = texts, !t.contains(Int(p.text)) { continue }
                    let diag = Int(p.position) - i
                    bands.append((Int64(p.text) << 32) | Int64(UInt32(bitPattern: Int32((diag + (1 << 20)) >> 4))))
                }
            }
        }
        guard !bands.isEmpty else { return [] }
        bands.sort()
        var keys: [Int64] = [], counts: [Int] = []
        keys.reserveCapacity(bands.count)
        counts.reserveCapacity(bands.count)
        for b in bands {
            if keys.last == b { counts[counts.count - 1] += 1 } else { keys.append(b); counts.append(1) }
        }
        var result: [Candidate] = []
        for (u, key) in keys.enumerated() where counts[u] >= 2 {
            let neighbours = (u > 0 && keys[u - 1] == key - 1 ? counts[u - 1] : 0)
                + (u + 1 < keys.count && keys[u + 1] == key + 1 ? counts[u + 1] : 0)
            let band = Int(UInt32(truncatingIfNeeded: key))
            result.append(Candidate(text: Int(key >> 32), diagonal: (band << 4) - (1 << 20), hits: counts[u] + neighbours))
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

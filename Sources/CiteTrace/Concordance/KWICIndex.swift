/// An in-memory bigram postings index over the normalized text of a corpus, for finding
/// every occurrence of a term (keyword in context).
///
/// Layout: the normalized scalars of all documents are concatenated into one `text`
/// array, each document followed by a separator (U+0000, which the normalizer never
/// emits), so no bigram and no match crosses a document boundary. Every adjacent pair of
/// scalars (a bigram, packed into a `UInt64`) gets a slot; the postings of all slots live
/// in one flat `positions` array in compressed-row form — slot `k` owns
/// `positions[offsets[k]..<offsets[k + 1]]`, ascending. Memory: 4 bytes per scalar for
/// `text` plus 4 per scalar for `positions`, plus one dictionary entry per distinct bigram.
///
/// Query: a term of one scalar is a linear scan of `text`; a longer term looks up all its
/// bigrams (any missing: no match), intersects the postings of the two rarest at their
/// offsets in the term, and verifies each remaining candidate against `text`. Results are
/// in corpus order and include overlapping occurrences.
public struct KWICIndex: Sendable {
    /// One occurrence: a document (index into the indexed texts) and a normalized range.
    public struct Occurrence: Sendable, Equatable {
        public var document: Int
        public var range: Range<Int>
    }

    let text: [UInt32]
    /// Offset of each document's first scalar in `text`, plus `text.count` at the end.
    let documentStarts: [Int]
    let slots: [UInt64: Int32]
    let offsets: [UInt32]
    let positions: [UInt32]

    /// Indexes `texts` (each one document's normalized scalars).
    public init(texts: [CompactScalars]) {
        var text: [UInt32] = []
        text.reserveCapacity(texts.reduce(0) { $0 + $1.count + 1 })
        var starts: [Int] = []
        for t in texts {
            starts.append(text.count)
            text.append(contentsOf: t.lazy.map(\.value))
            text.append(0)
        }
        starts.append(text.count)
        precondition(text.count < Int(UInt32.max), "KWICIndex holds at most 2^32 - 1 scalars")
        self.text = text
        self.documentStarts = starts
        (self.slots, self.offsets, self.positions) = KWICPostings.build(text)
    }

    /// Number of indexed documents.
    public var documentCount: Int { documentStarts.count - 1 }

    /// Scalars indexed, separators included.
    public var scalarCount: Int { text.count }

    /// Approximate bytes held by the index (text, postings, slot table).
    public var byteCount: Int { text.count * 4 + positions.count * 4 + offsets.count * 4 + slots.count * 24 }

    /// Every occurrence of `term` (normalized scalars), in corpus order.
    public func occurrences(of term: [Unicode.Scalar]) -> [Occurrence] {
        starts(of: term.map(\.value)).map { at in
            let d = document(at: at)
            let lo = at - documentStarts[d]
            return Occurrence(document: d, range: lo..<(lo + term.count))
        }
    }

    /// Number of occurrences of `term`, without building results.
    public func count(of term: [Unicode.Scalar]) -> Int {
        starts(of: term.map(\.value)).count
    }

    /// Start offsets in `text` of every occurrence of `q`.
    func starts(of q: [UInt32]) -> [Int] {
        guard !q.isEmpty, !q.contains(0) else { return [] }
        if q.count == 1 { return KWICPostings.scan(text, for: q[0]) }
        var lists: [(offset: Int, slot: Int)] = []
        for i in 0..<(q.count - 1) {
            guard let slot = slots[KWICPostings.bigram(q[i], q[i + 1])] else { return [] }
            lists.append((i, Int(slot)))
        }
        lists.sort { (count($0.slot), $0.offset) < (count($1.slot), $1.offset) }
        let first = lists[0]
        var candidates = postings(first.slot).map { Int($0) - first.offset }
        if lists.count > 1 {
            let second = lists[1]
            candidates = KWICPostings.intersect(candidates, postings(second.slot), shift: second.offset)
        }
        return candidates.filter { KWICPostings.matches(text, at: $0, q) }
    }

    private func count(_ slot: Int) -> Int { Int(offsets[slot + 1] - offsets[slot]) }

    private func postings(_ slot: Int) -> ArraySlice<UInt32> { positions[Int(offsets[slot])..<Int(offsets[slot + 1])] }

    /// The document holding `text` offset `at`.
    private func document(at: Int) -> Int {
        var lo = 0, hi = documentStarts.count - 1
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if documentStarts[mid] <= at { lo = mid } else { hi = mid }
        }
        return lo
    }
}

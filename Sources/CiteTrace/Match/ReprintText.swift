/// One document as `ReprintFinder` compares it: its content key, which key positions may
/// take part in a reprint, and the sampled windows it is probed and stored by.
///
/// Built per document (so on all cores); only the key values are kept, not their normalized
/// positions: the reprints' ends are located again with `normalizedIndices`, in one walk
/// per document over all of them.
struct ReprintText: Sendable {
    /// A sampled window: the hash of `window` key values starting at `position`.
    struct Sample: Sendable {
        var hash: UInt64
        var position: Int32
    }

    /// A sampled window once its hash is numbered in `ReprintFinder`'s `WindowTable`: half
    /// a `Sample`'s 16 bytes, and every document's are held at once until the walk.
    struct Probe: Sendable {
        var position: Int32
        var number: Int32
    }

    /// The key values (scalar values, so they pack like scalars): two bytes each for nearly
    /// every Chinese text, as the whole corpus's keys are held at once; in the corpus's
    /// spill arena when it has one.
    private let key: CompactScalars
    /// Bit k set: key position k is in no searched article, or inside a quote linked to a speech.
    private let excluded: [UInt64]
    /// Sampled windows in position order, only those starting at an included position;
    /// emptied by `number(in:)`, which makes them `probes`.
    private(set) var samples: [Sample]
    /// The samples by their hashes' numbers, in the same order; emptied by
    /// `ReprintFinder` once the document has been searched.
    var probes: [Probe] = []

    /// `linked`: normalized ranges of the document's linked quotes, sorted by lower bound.
    init(_ d: DocumentAnalysis, skipping witnesses: Set<String>, linked: [Range<Int>], window: Int, minLength: Int, spill: SpillArena? = nil) {
        // One walk over the normalized text decides each key position, and the key is
        // packed straight from the text: neither the key's normalized positions nor a
        // 4-byte key value per character are held (a long document needed both at once).
        // Both walks read the stored code units: through the subscript, every scalar read
        // would test the storage's width again.
        let norm = d.normalized, n = norm.count
        let articles = d.articles.map(\.normalizedRange)
        let searched = d.articles.map { !witnesses.contains($0.id) }
        let walk = norm.scalars.withCodeUnits(
            narrow: { Self.exclusions($0, n, articles: articles, searched: searched, linked: linked) },
            wide: { Self.exclusions($0, n, articles: articles, searched: searched, linked: linked) })
        // A key value is a normalized scalar's value, or a capital's lower-case: a scalar.
        let packed = CompactScalars(count: walk.count, wide: walk.wide,
            narrow: { out in norm.scalars.withCodeUnits(narrow: { Self.packKeys($0, n, into: out) }, wide: { Self.packKeys($0, n, into: out) }) },
            wide: { out in norm.scalars.withCodeUnits(narrow: { Self.packKeys($0, n, into: out) }, wide: { Self.packKeys($0, n, into: out) }) })
        let excluded = walk.excluded
        let sampler = WindowSampler(window: window, span: minLength)
        let chosen = packed.withCodeUnits(
            narrow: { sampler.sample(units: UnsafeBufferPointer(start: $0, count: packed.count)) },
            wide: { sampler.sample(units: UnsafeBufferPointer(start: $0, count: packed.count)) })
        // Sized exactly: a batch's samples are all held until they are numbered, and
        // `filter` grows its result by doubling (about 40 % more room than it fills).
        func kept(_ s: Sample) -> Bool { excluded[Int(s.position) >> 6] & (1 << UInt64(s.position & 63)) == 0 }
        var samples: [Sample] = []
        samples.reserveCapacity(chosen.reduce(0) { $0 + (kept($1) ? 1 : 0) })
        for s in chosen where kept(s) { samples.append(s) }
        self.samples = samples
        self.excluded = excluded
        // When the spill folder has no room left, the keys stay on the heap: the stage can
        // still finish, with more memory, and the texts themselves are already spilled.
        self.key = spill.flatMap { try? packed.spilled(to: $0) } ?? packed
    }

    /// Which key positions of the `n` normalized scalars `units` are excluded (bit k set), how
    /// many key positions there are, and whether a key value is above U+FFFF. Articles are in
    /// text order and the linked spans sorted, so each is passed once.
    private static func exclusions<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafePointer<Unit>, _ n: Int, articles: [Range<Int>], searched: [Bool], linked: [Range<Int>]
    ) -> (excluded: [UInt64], count: Int, wide: Bool) {
        var excluded: [UInt64] = []
        excluded.reserveCapacity(n / 64 + 1)
        var k = 0, ai = 0, si = 0, wide = false
        for p in 0..<n {
            guard let key = ContentKey.key(unit: units[p]) else { continue }
            if k & 63 == 0 { excluded.append(0) }
            wide = wide || key > 0xFFFF
            while ai < articles.count, articles[ai].upperBound <= p { ai += 1 }
            var included = ai < articles.count && articles[ai].contains(p) && searched[ai]
            // Quoted speech is the speech's, not the article's: a walk over the sorted spans.
            if included {
                while si < linked.count, linked[si].upperBound <= p { si += 1 }
                var j = si
                while j < linked.count, linked[j].lowerBound <= p {
                    if linked[j].contains(p) { included = false; break }
                    j += 1
                }
            }
            if !included { excluded[k >> 6] |= 1 << UInt64(k & 63) }
            k += 1
        }
        return (excluded, k, wide)
    }

    /// Writes the key value of each content scalar of the `n` normalized scalars `units`, in
    /// order, into `out` (as wide as the keys need: `exclusions` said); how many it wrote.
    private static func packKeys<Unit: FixedWidthInteger & UnsignedInteger, Out: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafePointer<Unit>, _ n: Int, into out: UnsafeMutablePointer<Out>
    ) -> Int {
        var k = 0
        for p in 0..<n {
            guard let key = ContentKey.key(unit: units[p]) else { continue }
            out[k] = Out(truncatingIfNeeded: key)
            k += 1
        }
        return k
    }

    /// Numbers the samples' hashes in `table`, in order, and keeps only those numbers.
    mutating func number(in table: inout WindowTable) {
        probes = samples.map { Probe(position: $0.position, number: table.register($0.hash)) }
        samples = []
    }

    var count: Int { key.count }

    /// The key value at content position `k`.
    @inline(__always)
    subscript(k: Int) -> UInt32 { key[k].value }

    @inline(__always)
    func isIncluded(_ k: Int) -> Bool { excluded[k >> 6] & (1 << UInt64(k & 63)) == 0 }

    /// The normalized indices of content positions `ks` (ascending) of `norm`, whose content
    /// key this text was built from. The walk stops at the last one asked for: a document
    /// with no reprint is not read at all.
    static func normalizedIndices(_ norm: NormalizedText, of ks: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(ks.count)
        var k = 0, next = 0, i = 0
        while next < ks.count, i < norm.count {
            if CharacterClass.isContent(norm.scalars[i]) {
                while next < ks.count, ks[next] == k { result.append(i); next += 1 }
                k += 1
            }
            i += 1
        }
        precondition(result.count == ks.count, "content positions outside the text")
        return result
    }
}

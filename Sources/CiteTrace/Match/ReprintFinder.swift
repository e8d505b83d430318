/// Finds passages printed twice: the same text in two articles, or a paragraph the
/// extraction duplicated inside one. Compares content keys (so script, width and
/// punctuation do not hide a reprint) by sampled windows of `window` characters
/// (`WindowSampler`), then extends each hit both ways to the full identical run. Text inside
/// quotes linked to a speech is left out: two articles quoting the same sentence of a speech
/// have not reprinted each other.
///
/// Documents are read in order and each passage is reported once, against the earlier
/// printing it shares the longest run with (`a`; the later one is `b`), and the later
/// one's run is neither probed again nor stored (a third printing pairs with an earlier one).
public struct ReprintFinder: Sendable {
    public var minLength: Int
    public var window = 16
    /// Places stored per window hash. A window of boilerplate (a byline, a stock phrase)
    /// recurs everywhere and keeps only its first places; sampling leaves a run only a few
    /// windows to be found by, so this is more than the four an every-window scan needs.
    public var placesPerWindow = 64
    /// Normalized scalars sampled at a time (`batches`): enough to keep every core busy,
    /// few enough that the batch's window hashes are a small part of the stage's memory.
    var batchScalars = 1 << 22

    public init(minLength: Int = 50) {
        self.minLength = minLength
    }

    /// A reprint in key positions: `a` the earlier printing, `b` the later one.
    private struct Hit {
        var a: (doc: Int, pos: Int)
        var b: (doc: Int, pos: Int)
        var length: Int
    }

    /// `spill`: where to keep the documents' content keys (the stage's largest part) when
    /// the corpus's texts are spilled.
    public func find(_ docs: [DocumentAnalysis], skipping witnesses: Set<String>, quoted: [MatchedQuote] = [], spill: SpillArena? = nil) -> [Reprint] {
        find(docs, skipping: witnesses, linked: Self.linkedRanges(quoted), spill: spill)
    }

    /// The normalized ranges of the quotes linked to a speech, by document, sorted by start:
    /// what `find` leaves out. Read by index: a copy of each quote would retain and release
    /// every one of its strings.
    static func linkedRanges(_ quoted: [MatchedQuote]) -> [String: [Range<Int>]] {
        var linked: [String: [Range<Int>]] = [:]
        for i in quoted.indices where quoted[i].source != nil {
            linked[quoted[i].quote.document, default: []].append(quoted[i].quote.normalizedRange)
        }
        return linked.mapValues { $0.sorted { $0.lowerBound < $1.lowerBound } }
    }

    /// `find` with the linked quotes' ranges made already (`linkedRanges`).
    func find(_ docs: [DocumentAnalysis], skipping witnesses: Set<String>, linked: [String: [Range<Int>]], spill: SpillArena?) -> [Reprint] {
        let window = self.window, span = max(minLength, window)
        // Keys, masks and samples are per document, on all cores, a batch of documents at a
        // time. Each batch's windows are numbered (in document order, as one pass would)
        // before the next batch is sampled: a window's 8-byte hash is then held for one
        // batch, not for the whole corpus at the stage's peak, when the numbering is done.
        var texts: [ReprintText] = []
        texts.reserveCapacity(docs.count)
        var table = WindowTable(limit: placesPerWindow)
        for batch in Self.batches(docs.map(\.normalized.count), scalars: batchScalars) {
            var made = Array(docs[batch]).parallelMap { d in
                ReprintText(d, skipping: witnesses, linked: linked[d.document.id] ?? [], window: window, minLength: span, spill: spill)
            }
            for i in made.indices { made[i].number(in: &table) }
            texts += made
        }
        table.seal()
        // Per document, the later printings found in it: their windows were never stored.
        var reported: [[Range<Int>]] = Array(repeating: [], count: texts.count)
        var hits: [Hit] = []
        // By index, not `enumerated()`: the iterator would keep the array, and with it every
        // document's probes, alive while they are dropped below.
        for di in texts.indices {
            let text = texts[di]
            var resume = 0
            // A window no other window shares is neither probed nor stored: it can find
            // nothing, and nothing will look for it.
            for s in text.probes where Int(s.position) >= resume && table.isShared(s.number) {
                let i = Int(s.position)
                if let hit = probe(texts, table, s.number, (di, i), resume: resume, reported: reported) {
                    hits.append(hit)
                    resume = hit.b.pos + hit.length
                    reported[di].append(hit.b.pos..<resume)
                    continue
                }
                table.add(s.number, WindowTable.Place(doc: Int32(di), pos: s.position, check: fingerprint(text, i)))
            }
            // A document's probes are done with once it has been probed and stored: the
            // table's places grow as the probes shrink, instead of both being held whole.
            texts[di].probes = []
        }
        return makeReprints(docs, hits)
    }

    /// Consecutive runs of documents of `lengths` (normalized scalars) holding at least
    /// `scalars` each (the last may hold fewer), covering every document in order.
    static func batches(_ lengths: [Int], scalars: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = [], start = 0, held = 0
        for (i, length) in lengths.enumerated() {
            held += length
            if held >= scalars {
                runs.append(start..<(i + 1))
                start = i + 1
                held = 0
            }
        }
        if start < lengths.count { runs.append(start..<lengths.count) }
        return runs
    }

    /// The stored place of `hash` with the longest identical run through `at` (the first
    /// stored on a tie), as a hit with the run's start on both sides; nil when no run is
    /// `minLength` long. The longest, not the first: a passage printed many times pairs with
    /// the printing it shares the most with.
    private func probe(_ texts: [ReprintText], _ table: WindowTable, _ number: Int32, _ at: (doc: Int, pos: Int),
                       resume: Int, reported: [[Range<Int>]]) -> Hit? {
        let text = texts[at.doc], i = at.pos
        let h = (minLength - window) / 2, lo = i - h, hi = i - h + minLength
        let mine = fingerprint(text, i)
        var best: Hit?
        for slot in table.places(number) {
            let place = table[slot]
            let pd = Int(place.doc), pp = Int(place.pos)
            let same = pd == at.doc
            if same && pp + window > i { continue }
            // A run of minLength through the window holds position i - h or i - h + minLength
            // (h: half the slack): boilerplate shared only around the window fails both. The
            // fingerprints rule out most places first, where their halves differ: equal
            // keys have equal halves, so no place that passes the test is ruled out.
            guard (lo >= 0 && (mine ^ place.check) >> 16 == 0) || (hi < text.count && (mine ^ place.check) & 0xFFFF == 0) else { continue }
            let other = texts[pd], d = pp - i
            guard (lo >= 0 && lo + d >= 0 && text[lo] == other[lo + d]) || (hi < text.count && hi + d < other.count && text[hi] == other[hi + d]) else { continue }
            // Backward to the run's start: not into this document's last reported printing…
            var back = 0
            while i - back - 1 >= resume, pp - back - 1 >= 0, text[i - back - 1] == other[pp - back - 1],
                  text.isIncluded(i - back - 1), other.isIncluded(pp - back - 1) {
                back += 1
            }
            // …and not starting inside a printing reported in the other document, whose
            // windows were never stored: the run starts where that printing ends.
            var start = (a: pp - back, b: i - back)
            if let r = Self.last(in: reported[pd], startingBy: start.a), r.contains(start.a) {
                let shift = r.upperBound - start.a
                start = (start.a + shift, start.b + shift)
            }
            // Forward to its end; in one document, the earlier copy ends before the later begins.
            var len = 0
            while start.b + len < text.count, start.a + len < other.count, text[start.b + len] == other[start.a + len],
                  text.isIncluded(start.b + len), other.isIncluded(start.a + len),
                  !(same && start.a + len >= start.b) {
                len += 1
            }
            if len >= max(minLength, (best?.length ?? 0) + 1) { best = Hit(a: (pd, start.a), b: (at.doc, start.b), length: len) }
        }
        return best
    }

    /// The hits as reprints, numbered in order. Each printing's ends are located in normalized
    /// indices by one walk per document over all its ends (a walk per reprint from the
    /// document's start made a document with many reprints quadratic).
    private func makeReprints(_ docs: [DocumentAnalysis], _ hits: [Hit]) -> [Reprint] {
        var wanted = [[Int]](repeating: [], count: docs.count)
        for h in hits {
            for p in [h.a, h.b] { wanted[p.doc] += [p.pos, p.pos + h.length - 1] }
        }
        let located: [[Int: Int]] = Array(zip(docs.indices, wanted)).parallelMap { di, ends in
            let ks = Array(Set(ends)).sorted()
            return Dictionary(uniqueKeysWithValues: zip(ks, ReprintText.normalizedIndices(docs[di].normalized, of: ks)))
        }
        func span(_ p: (doc: Int, pos: Int), _ length: Int) -> ReprintSpan {
            let d = docs[p.doc]
            let lo = located[p.doc][p.pos]!, hi = located[p.doc][p.pos + length - 1]! + 1
            // The article the run starts in: the first ending after it (articles are in text order).
            let article = d.articles[d.articles.partitioningIndex { $0.normalizedRange.upperBound > lo }]
            let r = d.normalized.originalRange(lo..<hi)
            return ReprintSpan(document: d.document.id, article: article.id, start: r.lowerBound, end: r.upperBound)
        }
        return hits.enumerated().map { idx, h in
            Reprint(id: "R\(idx + 1)", a: span(h.a, h.length), b: span(h.b, h.length), length: h.length)
        }
    }

    /// The last of `ranges` (ascending, as a document's reported printings are) that starts
    /// at or before `position`.
    static func last(in ranges: [Range<Int>], startingBy position: Int) -> Range<Int>? {
        let after = ranges.partitioningIndex { $0.lowerBound > position }
        return after > 0 ? ranges[after - 1] : nil
    }

    /// The key values `h` before position `i` and `minLength - h` after that (h: half the
    /// slack of a window in a run), their low 16 bits side by side; 0 for a side outside the text.
    @inline(__always)
    private func fingerprint(_ text: ReprintText, _ i: Int) -> UInt32 {
        let h = (minLength - window) / 2, lo = i - h, hi = i - h + minLength
        let low = lo >= 0 ? text[lo] & 0xFFFF : 0
        let high = hi < text.count ? text[hi] & 0xFFFF : 0
        return low << 16 | high
    }

    /// FNV-1a of `n` key values from `i` (the reference algorithm in the tests hashes with it).
    static func hash(_ k: [UInt32], _ i: Int, _ n: Int) -> UInt64 {
        var h: UInt64 = 1469598103934665603
        for j in i..<(i + n) { h = (h ^ UInt64(k[j])) &* 1099511628211 }
        return h
    }
}

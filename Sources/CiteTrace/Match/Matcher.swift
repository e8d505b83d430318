/// Links quotes to the speech witnesses they come from.
///
/// Candidates come from a trigram index over every witness's content key; each candidate
/// region is aligned locally (`LocalAligner`); the best alignment is the first segment,
/// and quote parts it leaves uncovered are searched again within the same speech, so a
/// quote spliced from several places becomes several segments in quote order.
public struct Matcher: Sendable {
    public let settings: MatchSettings
    let speeches: [Speech]
    let witnesses: [WitnessText]
    let index: NGramIndex
    /// The witnesses of speech `i` are `witnesses[speechWitnesses[i]]` (added speech by speech).
    let speechWitnesses: [Range<Int>]
    private(set) var documents: [String: DocumentAnalysis]

    struct WitnessText: Sendable {
        var speech: Int
        var witness: Witness
        var document: String
        var normalizedRange: Range<Int>
        var key: ContentKey
    }

    struct Segment {
        var witness: Int
        var alignment: Alignment
        var matched: Int
    }

    public init(catalog: SpeechCatalog, documents: [DocumentAnalysis], settings: MatchSettings = MatchSettings()) {
        self.settings = settings
        self.speeches = catalog.speeches
        var docs: [String: DocumentAnalysis] = [:]
        for d in documents { docs[d.document.id] = d }
        self.documents = docs
        var texts: [WitnessText] = []
        var ranges: [Range<Int>] = []
        for (si, speech) in catalog.speeches.enumerated() {
            let start = texts.count
            defer { ranges.append(start..<texts.count) }
            for w in speech.witnesses {
                guard let d = docs[w.document] else { continue }
                let range = d.normalized.normalizedRange(forOriginal: w.start..<w.end)
                texts.append(WitnessText(speech: si, witness: w, document: w.document, normalizedRange: range, key: ContentKey(d.normalized, range)))
            }
        }
        var index = NGramIndex(n: settings.ngram)
        for (i, t) in texts.enumerated() { index.add(text: i, keys: t.key.keys) }
        index.freeze(maxPostings: settings.maxPostings)
        self.witnesses = texts
        self.speechWitnesses = ranges
        self.index = index
    }

    /// The same matcher, also able to match quotes of `more` documents. The catalog,
    /// its witnesses and the n-gram index are kept as they are, so this is cheap:
    /// matching many small corpora against one large catalog builds the index once.
    /// A document whose id the matcher already knows is ignored (witness offsets
    /// refer to the known one).
    public func including(_ more: [DocumentAnalysis]) -> Matcher {
        var copy = self
        for d in more where copy.documents[d.document.id] == nil { copy.documents[d.document.id] = d }
        return copy
    }

    /// Matches one extracted quote. Quotes of speakers who are not in the catalog
    /// (officials, interviewees) are never linked.
    public func match(_ extracted: QuoteExtractor.Extracted) -> MatchedQuote {
        let quote = extracted.quote
        guard let doc = documents[quote.document] else { return Self.unresolved(quote) }
        if quote.speaker != nil && !extracted.isLeader { return Self.unresolved(quote) }
        var result = judge(quote, in: doc)
        if !quote.marked, quote.cue != nil, extracted.extent > quote.normalizedRange.upperBound {
            let extended = extend(quote, to: extracted.extent, in: doc)
            if extended.end != quote.end {
                // The longer quote stands only if it still links.
                let longer = judge(extended, in: doc)
                if longer.verdict != .unresolved || result.verdict == .unresolved { result = longer }
            }
        }
        if result.quote.speaker == nil, let link = result.source, [.verbatim, .normalized, .variant, .composite].contains(result.verdict),
           let speech = speeches.first(where: { $0.id == link.speech }) {
            // The quote's source tells who said it.
            result.quote.speaker = speech.speaker
        }
        return result
    }

    func judge(_ quote: Quote, in doc: DocumentAnalysis) -> MatchedQuote {
        let key = ContentKey(doc.normalized, quote.normalizedRange)
        return judge(quote, key: key, segments: findSegments(key.keys), doc: doc, reuse: false)
    }

    /// An unmarked quote goes on over the following sentences while the source does: a
    /// sentence joins when the alignment of the paragraph matches most of it
    /// (`extendMinShare` of its characters, at least `segmentMinMatched`), so a character
    /// that happens to align past the sentence end does not drag the next one in.
    func extend(_ quote: Quote, to extent: Int, in doc: DocumentAnalysis) -> Quote {
        let full = ContentKey(doc.normalized, quote.normalizedRange.lowerBound..<extent)
        let first = ContentKey(doc.normalized, quote.normalizedRange)
        guard full.count > first.count, let seg = firstSegment(full.keys),
              seg.alignment.quoteRange.lowerBound < max(1, first.count / 2),
              seg.alignment.quoteRange.upperBound > first.count else { return quote }
        let source = witnesses[seg.witness].key.keys
        var equalAt = Set<Int>()
        for c in seg.alignment.columns where c.q >= 0 && c.s >= 0 && full.keys[Int(c.q)] == source[Int(c.s)] {
            equalAt.insert(Int(full.positions[Int(c.q)]))
        }
        let s = doc.normalized.scalars
        var end = quote.normalizedRange.upperBound
        while end < extent {
            var next = end
            while next < extent, s[next] == "。" || s[next] == "!" || s[next] == "?" { next += 1 }
            var stop = next
            while stop < extent, !(s[stop] == "。" || s[stop] == "!" || s[stop] == "?") { stop += 1 }
            let content = (next..<stop).filter { CharacterClass.isContent(s[$0]) }
            let matched = content.filter(equalAt.contains).count
            guard !content.isEmpty, matched >= settings.segmentMinMatched,
                  Double(matched) >= settings.extendMinShare * Double(content.count) else { break }
            end = stop
        }
        guard end > quote.normalizedRange.upperBound else { return quote }
        var q = quote
        q.normalizedRange = quote.normalizedRange.lowerBound..<end
        let original = doc.normalized.originalRange(q.normalizedRange)
        q.end = original.upperBound
        q.text = doc.document.slice(original)
        q.normalized = doc.normalized.string(q.normalizedRange)
        q.id = "\(doc.document.id).q\(q.start)-\(q.end)"
        return q
    }

    /// The segments a quote key is made of, in quote order (empty: no source).
    func findSegments(_ q: [UInt32]) -> [Segment] {
        guard let first = bestSegment(q, 0..<q.count, among: nil, minMatched: settings.minMatched) else { return [] }
        return segments(q, after: first)
    }

    /// `findSegments(q).first`, without searching the gaps after the best segment when
    /// none can come before it: the gap before it is too short to be searched.
    func firstSegment(_ q: [UInt32]) -> Segment? {
        guard let first = bestSegment(q, 0..<q.count, among: nil, minMatched: settings.minMatched) else { return nil }
        if first.alignment.quoteRange.lowerBound < settings.segmentMinMatched { return first }
        return segments(q, after: first).first
    }

    /// The best segment `first` and those found in the gaps it leaves, in quote order.
    private func segments(_ q: [UInt32], after first: Segment) -> [Segment] {
        var segments = [first]
        let sameSpeech = speechWitnesses[witnesses[first.witness].speech]
        var tried: Set<Range<Int>> = []
        while segments.count < settings.maxSegments {
            let gaps = uncovered(q.count, segments).filter { $0.count >= settings.segmentMinMatched && !tried.contains($0) }
            guard let gap = gaps.max(by: { $0.count < $1.count }) else { break }
            tried.insert(gap)
            if let seg = bestSegment(q, gap, among: sameSpeech, minMatched: settings.segmentMinMatched) {
                let identity = Double(seg.matched) / Double(max(1, seg.alignment.quoteRange.count))
                if identity >= settings.segmentMinIdentity { segments.append(seg) }
            }
        }
        return segments.sorted { $0.alignment.quoteRange.lowerBound < $1.alignment.quoteRange.lowerBound }
    }

    func uncovered(_ n: Int, _ segments: [Segment]) -> [Range<Int>] {
        var covered = segments.map(\.alignment.quoteRange).sorted { $0.lowerBound < $1.lowerBound }
        covered.append(n..<n)
        var result: [Range<Int>] = []
        var at = 0
        for c in covered {
            if c.lowerBound > at { result.append(at..<c.lowerBound) }
            at = max(at, c.upperBound)
        }
        return result
    }

    func bestSegment(_ q: [UInt32], _ range: Range<Int>, among: Range<Int>?, minMatched: Int) -> Segment? {
        let candidates = index.candidates(q, range: range, texts: among, limit: settings.candidates)
        var best: Segment?
        for c in candidates {
            // No alignment of `range` scores above a match on every character; once the best
            // has that score, only an equal score from a lower witness index could replace it.
            if let b = best, b.alignment.score >= settings.matchScore * Int32(range.count), c.text >= b.witness { continue }
            let w = witnesses[c.text].key.keys
            let lo = max(0, c.diagonal + range.lowerBound - 32)
            let hi = min(w.count, c.diagonal + range.upperBound + 32)
            // The hits' diagonals are bucketed by 16 (`NGramIndex`): the band is centred on the bucket.
            let band = range.count > settings.bandFrom ? AlignmentBand(diagonal: c.diagonal + 8, radius: settings.alignmentRadius) : nil
            guard lo < hi else { continue }
            // Most candidates after the first are other places the quote's common words occur:
            // a ceiling on their alignment rules them out without filling a matrix.
            // An equal score wins only from a lower witness index.
            let atLeast = best.map { c.text < $0.witness ? $0.alignment.score : $0.alignment.score + 1 } ?? 1
            let matchable = AlignmentBound.matchable(q, range, w, lo..<hi)
            guard matchable >= minMatched else { continue }
            if let ceiling = AlignmentBound.maxScore(matchable: matchable, settings: settings), ceiling < atLeast { continue }
            guard let a = LocalAligner.align(q, range, w, lo..<hi, band: band, settings: settings, atLeast: atLeast) else { continue }
            let matched = a.matched(q, w)
            guard matched >= minMatched, a.longestRun(q, w) >= settings.minRun else { continue }
            let seg = Segment(witness: c.text, alignment: a, matched: matched)
            if best == nil || (a.score, -c.text) > (best!.alignment.score, -best!.witness) { best = seg }
        }
        // The winner only: extending its ends does not change which candidate is best.
        guard let best else { return nil }
        let w = witnesses[best.witness].key.keys
        let extended = AlignmentEnds.extend(best.alignment, q, range, w)
        return Segment(witness: best.witness, alignment: extended, matched: extended.matched(q, w))
    }

    static func unresolved(_ quote: Quote) -> MatchedQuote {
        MatchedQuote(quote: quote, source: nil, verdict: .unresolved, score: 0, edits: [], script: [])
    }
}

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
        let key = ContentKey(doc.normalized, quote.normalizedRange)
        let segments = findSegments(key.keys)
        var result = judge(quote, key: key, segments: segments, doc: doc, reuse: false)
        if !quote.marked, quote.cue != nil, extracted.extent > quote.normalizedRange.upperBound {
            // A linked quote goes on where its source does; one that links to nothing is
            // looked for again with the next sentence.
            let extended: Quote
            if result.verdict != .unresolved,
               let last = segments.max(by: { $0.alignment.quoteRange.upperBound < $1.alignment.quoteRange.upperBound }) {
                extended = extend(quote, to: extracted.extent, in: doc, following: last, keyCount: key.count)
            } else {
                extended = extend(quote, to: extracted.extent, in: doc)
            }
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

    /// An unmarked quote that links to nothing alone may still be the start of a passage that
    /// does: it is looked for again together with the next sentence, which joins when that
    /// alignment starts in the quote's first half and matches most of the sentence
    /// (`extendMinShare` of its characters, at least `segmentMinMatched`), so a character
    /// that happens to align past the sentence end does not drag the next one in. From there
    /// the quote goes on along that alignment's source, as a linked quote does.
    func extend(_ quote: Quote, to extent: Int, in doc: DocumentAnalysis) -> Quote {
        let next = Self.sentence(after: quote.normalizedRange.upperBound, to: extent, in: doc)
        let pair = ContentKey(doc.normalized, quote.normalizedRange.lowerBound..<next.upperBound)
        let first = ContentKey(doc.normalized, quote.normalizedRange)
        guard pair.count > first.count, let seg = firstSegment(pair.keys),
              seg.alignment.quoteRange.lowerBound < max(1, first.count / 2),
              seg.alignment.quoteRange.upperBound > first.count else { return quote }
        let source = witnesses[seg.witness].key.keys
        var equalAt = Set<Int>()
        for c in seg.alignment.columns where c.q >= 0 && c.s >= 0 && pair.keys[Int(c.q)] == source[Int(c.s)] {
            equalAt.insert(Int(pair.positions[Int(c.q)]))
        }
        let content = next.filter { CharacterClass.isContent(doc.normalized.scalars[$0]) }
        let matched = content.filter(equalAt.contains).count
        guard !content.isEmpty, matched >= settings.segmentMinMatched,
              Double(matched) >= settings.extendMinShare * Double(content.count) else { return quote }
        return extend(extended(quote, to: next.upperBound, in: doc), to: extent, in: doc, following: seg, keyCount: pair.count)
    }

    /// A linked unmarked quote goes on over the following sentences while its source does:
    /// each sentence is aligned with the source text right after the part the one before
    /// matched (`following`: the quote's segment reaching furthest into it), and joins when
    /// it matches `extendMinShare` of its characters, at least `segmentMinMatched`, having
    /// left out no more of the source than its own length (as a gap costs what a match
    /// gains). One short alignment per sentence tried: the paragraph is not searched again.
    func extend(_ quote: Quote, to extent: Int, in doc: DocumentAnalysis, following seg: Segment, keyCount: Int) -> Quote {
        // The quote's end must be in its source (give or take a particle) for the source
        // to say how it goes on.
        guard keyCount - seg.alignment.quoteRange.upperBound <= settings.segmentMinMatched / 2 else { return quote }
        let source = witnesses[seg.witness].key.keys
        var sourceEnd = seg.alignment.sourceRange.upperBound
        let end = Self.sentences(after: quote, to: extent, in: doc) { sentence in
            let key = ContentKey(doc.normalized, sentence)
            let count = key.count
            // Room for the sentence, for as much of the source left out before it, and gaps.
            let window = sourceEnd..<min(source.count, sourceEnd + 3 * count)
            func enough(_ matched: Int) -> Bool {
                matched >= settings.segmentMinMatched && Double(matched) >= settings.extendMinShare * Double(count)
            }
            // Most sentences after a quote are the article's own: too few of their
            // characters occur in the window at all, which is far cheaper to count than to align.
            guard count >= settings.segmentMinMatched, !window.isEmpty,
                  enough(AlignmentBound.matchable(key.keys, 0..<count, source, window)),
                  let a = LocalAligner.align(key.keys, 0..<count, source, window, settings: settings) else { return false }
            guard enough(a.matched(key.keys, source)), a.sourceRange.lowerBound - sourceEnd <= count else { return false }
            sourceEnd = a.sourceRange.upperBound
            return true
        }
        return extended(quote, to: end, in: doc)
    }

    /// The end of the last of the sentences after `quote` (up to `extent`) that `joins`
    /// accepts, taken in order until one is not; the quote's own end when none is.
    private static func sentences(after quote: Quote, to extent: Int, in doc: DocumentAnalysis,
                                  joins: (Range<Int>) -> Bool) -> Int {
        var end = quote.normalizedRange.upperBound
        while end < extent {
            let next = sentence(after: end, to: extent, in: doc)
            guard joins(next) else { break }
            end = next.upperBound
        }
        return end
    }

    /// The sentence (normalized) after `end`, up to `extent`: from past the stops at `end`
    /// to the next stop.
    private static func sentence(after end: Int, to extent: Int, in doc: DocumentAnalysis) -> Range<Int> {
        let s = doc.normalized.scalars
        func isStop(_ c: Unicode.Scalar) -> Bool { c == "。" || c == "!" || c == "?" }
        var next = end
        while next < extent, isStop(s[next]) { next += 1 }
        var stop = next
        while stop < extent, !isStop(s[stop]) { stop += 1 }
        return next..<stop
    }

    /// `quote` running on to `end` (normalized), or `quote` itself when `end` is its end.
    private func extended(_ quote: Quote, to end: Int, in doc: DocumentAnalysis) -> Quote {
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

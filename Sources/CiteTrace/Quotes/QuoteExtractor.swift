/// Finds every passage an article presents as someone's words.
///
/// - Marked quotes: every span between quote marks (`QuoteMarks`), nested ones included,
///   with `trivial` set for short scare-quoted terms (at most `trivialLength` characters
///   and no punctuation inside: `“一体化”`, `“千帆星座”`).
/// - Unmarked speech: a speaker and a cue verb followed by `，` or `：` and no quote mark
///   (`习近平总书记指出，…`, `他强调，…`); the quote runs to the end of the sentence.
///   The matcher may extend it over the following sentences of the paragraph
///   (`extent`) when the source goes on with them.
/// - Attribution from the cue before the quote or the one right after it (`”相伟说。`);
///   titles (`总书记`) resolve to the leader the document names with them, `他`/`她` to the
///   previous speaker in the article. Quotes inside witness articles are not extracted: a
///   witness's words are the source.
public struct QuoteExtractor: Sendable {
    /// The catalog's speakers: quotes attributed to them are leaders' quotes.
    public var leaders: [String]
    /// Longest scare quote (in content characters) that counts as trivial.
    public var trivialLength: Int

    public init(leaders: [String], trivialLength: Int = 8) {
        self.leaders = leaders
        self.trivialLength = trivialLength
    }

    /// A quote with the furthest it may extend (the rest of its paragraph or enclosing quote).
    public struct Extracted: Sendable {
        public var quote: Quote
        /// Normalized end the quote may grow to when the source continues.
        public var extent: Int
        public var isLeader: Bool
    }

    public func extract(_ a: DocumentAnalysis, skipping witnesses: Set<String> = []) -> [Extracted] {
        // Widened once per document: the scanners index it many times per character.
        let s = a.normalized.scalars.array
        let resolver = SpeakerResolver(leaders: leaders, text: s)
        let marked = QuoteMarks.spans(s).filter { span in
            span.content.contains { CharacterClass.isContent(s[$0]) }
        }
        let cues = CueScanner.scan(s)
        let breaks = Self.lineBreaks(s)
        var openerOfClose: [Int: Int] = [:]
        for span in marked where !span.unclosed { openerOfClose[span.close] = span.open }
        var drafts: [Draft] = []
        // Marked quotes.
        for span in marked {
            var d = Draft(range: span.content, marked: true, unclosed: span.unclosed, extent: span.content.upperBound)
            d.trivial = isTrivial(s, span.content)
            d.attributionCue = CueScanner.before(span, cues: cues, openerOfClose: openerOfClose, s) ?? CueScanner.after(span, cues: cues, s)
            drafts.append(d)
        }
        // Unmarked speech.
        for cue in cues where cue.introducesUnmarked(s) {
            let start = cue.speechStart(s)
            guard start < s.count, !CharacterClass.isOpeningQuote(s[start]), s[start] != "\"" else { continue }
            let limit = enclosingEnd(start, marked: marked, breaks: breaks, count: s.count)
            let end = sentenceEnd(s, from: start, limit: limit, marked: marked)
            // A marked quote right after the cue that runs to the sentence end carries the
            // attribution instead (`指出，“…”。`, `指出，我国“…”。`).
            if Self.carriesAttribution(marked, from: start, to: end) { continue }
            let content = (start..<end).filter { CharacterClass.isContent(s[$0]) }.count
            guard content >= 6 else { continue }
            var d = Draft(range: start..<end, marked: false, unclosed: false, extent: limit)
            d.attributionCue = cue
            drafts.append(d)
        }
        drafts.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        // Attribute in text order so pronouns resolve to the speaker before them.
        var out: [Extracted] = []
        var lastSpeaker: [String: String] = [:]
        var open: [(range: Range<Int>, id: String)] = []
        var emitted = Set<String>()
        for d in drafts {
            guard let article = a.article(containingNormalized: d.range.lowerBound), !witnesses.contains(article.id) else { continue }
            var attribution = Attribution(speaker: nil, cue: nil, claimed: nil, isLeader: false)
            if d.trivial, let cue = d.attributionCue, d.range.lowerBound - cue.range.upperBound > 2 {
                // A scare-quoted term a few words after a cue is not what the cue reports.
            } else if let cue = d.attributionCue, let who = resolver.resolve(subject: cue.subject(s), previous: lastSpeaker[article.id]) {
                attribution = Attribution(speaker: who.name, cue: cue.verb, claimed: who.isLeader ? claim(s, cue) : nil, isLeader: who.isLeader)
                lastSpeaker[article.id] = who.name
            }
            if !d.marked && attribution.speaker == nil { continue }
            let original = a.normalized.originalRange(d.range)
            let id = "\(a.document.id).q\(original.lowerBound)-\(original.upperBound)"
            while let top = open.last, top.range.upperBound < d.range.upperBound || top.range == d.range { open.removeLast() }
            let parent = open.last { $0.range.lowerBound <= d.range.lowerBound && d.range.upperBound <= $0.range.upperBound }?.id
            let q = Quote(
                id: id, document: a.document.id, article: article.id, start: original.lowerBound, end: original.upperBound,
                text: a.document.slice(original), normalized: a.normalized.string(d.range), marked: d.marked,
                trivial: d.trivial, unclosed: d.unclosed, speaker: attribution.speaker,
                cue: attribution.cue, claimed: attribution.claimed, parent: parent, normalizedRange: d.range)
            if !emitted.insert(id).inserted { continue }
            out.append(Extracted(quote: q, extent: d.extent, isLeader: attribution.isLeader))
            open.append((d.range, id))
        }
        return out
    }

    struct Draft {
        var range: Range<Int>
        var marked: Bool
        var unclosed: Bool
        var extent: Int
        var trivial = false
        var attributionCue: CueScanner.Cue?
    }

    func isTrivial(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var content = 0
        for i in r {
            if CharacterClass.isContent(s[i]) { content += 1 } else if CharacterClass.isClauseEnd(s[i]) { return false }
        }
        return content <= trivialLength
    }

    /// The end of the marked quote enclosing `i`, or of its paragraph. `marked` is sorted
    /// by opening index; only the nearest spans before `i` can enclose it (nesting is bounded).
    func enclosingEnd(_ i: Int, marked: [MarkedSpan], breaks: [Int32], count: Int) -> Int {
        var end = Self.paragraphEnd(i, breaks: breaks, count: count)
        var lo = 0, hi = marked.count
        while lo < hi { let mid = (lo + hi) / 2; if marked[mid].open < i { lo = mid + 1 } else { hi = mid } }
        var k = lo - 1
        var looked = 0
        while k >= 0, looked < 64 {
            let span = marked[k]
            if span.close > i && span.close < end { end = span.close }
            k -= 1
            looked += 1
        }
        return end
    }

    /// A marked span opens within `CueScanner.maxLeadIn` of `start` and closes at most three
    /// scalars before `end`. `marked` is sorted by opening index, so only the spans opening
    /// in that short stretch are looked at (a scan of all of them per cue was quadratic in
    /// a long document).
    static func carriesAttribution(_ marked: [MarkedSpan], from start: Int, to end: Int) -> Bool {
        var k = marked.partitioningIndex { $0.open >= start }
        while k < marked.count, marked[k].open <= start + CueScanner.maxLeadIn {
            if marked[k].close + 3 >= end && marked[k].close <= end { return true }
            k += 1
        }
        return false
    }

    /// The indices of a text's line breaks (paragraph breaks, once normalized), ascending:
    /// 4 bytes a paragraph, where an entry per character cost 4 bytes a character.
    static func lineBreaks(_ s: [Unicode.Scalar]) -> [Int32] {
        var breaks: [Int32] = []
        for i in s.indices where s[i] == "\n" { breaks.append(Int32(i)) }
        return breaks
    }

    /// The index of the first paragraph break at or after `i`, or `count` (the text's end).
    static func paragraphEnd(_ i: Int, breaks: [Int32], count: Int) -> Int {
        let k = breaks.partitioningIndex { Int($0) >= i }
        return k < breaks.count ? Int(breaks[k]) : count
    }

    /// The end of the sentence starting at `from` (after its `。!?`), not counting
    /// sentence ends inside nested quote marks.
    func sentenceEnd(_ s: [Unicode.Scalar], from: Int, limit: Int, marked: [MarkedSpan]) -> Int {
        var depth = 0
        var i = from
        while i < limit {
            let c = s[i]
            if c == "“" || c == "‘" { depth += 1 } else if (c == "”" || c == "’"), depth > 0 { depth -= 1 } else if depth == 0, c == "。" || c == "!" || c == "?" {
                return i
            }
            i += 1
        }
        return limit
    }

    /// The occasion the sentence claims for a leader's words: a date and an event before the cue.
    func claim(_ s: [Unicode.Scalar], _ cue: CueScanner.Cue) -> Claim? {
        var lo = cue.range.lowerBound
        while lo > 0, !(s[lo - 1] == "。" || s[lo - 1] == "\n" || s[lo - 1] == "!" || s[lo - 1] == "?") { lo -= 1 }
        let sentence = String(scalars: s[lo..<cue.range.lowerBound])
        let date = ChineseDateScanner.scan(sentence).last { $0.year != nil && $0.month != nil }
        let event = Occasion.parse(sentence).event
        if date == nil && event == nil { return nil }
        return Claim(date: date?.iso, event: event)
    }
}

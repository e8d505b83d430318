/// Finds sentences that repeat a speech without quote marks or cue: a copy or a
/// paraphrase inside an article. They become quotes with `marked: false` and no cue.
///
/// A sentence counts when it shares an identical run of `reuseMinRun` characters and
/// `reuseMinMatched` characters in all with a witness, so slogans of a few words do not.
public struct ReuseFinder: Sendable {
    let matcher: Matcher
    /// Every `reuseMinRun`-character run of the witnesses' content keys. A sentence sharing
    /// none of them cannot have a segment with an identical run that long, so it is skipped
    /// before any alignment: most sentences of a corpus are.
    let runs: RunSet

    public init(matcher: Matcher) {
        self.matcher = matcher
        self.runs = RunSet(length: matcher.settings.reuseMinRun, of: matcher.witnesses.lazy.map(\.key.keys))
    }

    public func find(in doc: DocumentAnalysis, skipping witnesses: Set<String>, existing: [Quote]) -> [MatchedQuote] {
        find(in: doc, articles: doc.articles.indices, taken: Self.taken(by: existing, in: doc), skipping: witnesses)
    }

    /// The spans of `existing` quotes of `doc`, which reuse is not looked for in.
    static func taken(by existing: [Quote], in doc: DocumentAnalysis) -> SpanSet {
        SpanSet(existing.lazy.filter { $0.document == doc.document.id }.map(\.normalizedRange))
    }

    /// Reuse in `doc.articles[articles]`: each article is looked at alone.
    func find(in doc: DocumentAnalysis, articles: Range<Int>, taken: SpanSet, skipping witnesses: Set<String>) -> [MatchedQuote] {
        SentenceScan(reuse: self, echo: nil).scan(doc, articles: articles, taken: taken, skipping: witnesses).reuse
    }

    /// The reuse `sentence` of `article` is, if it is one; `keys` are its content key values.
    /// `title` is the article's normalized title, worked out on first need (most articles
    /// never need it) and kept by the caller for the article's other sentences.
    func reuse(_ sentence: Range<Int>, keys: [UInt32], of article: Article, in doc: DocumentAnalysis, title: inout String??) -> MatchedQuote? {
        guard keys.count >= matcher.settings.reuseMinMatched, runs.mayShareRun(keys) else { return nil }
        let key = ContentKey(doc.normalized, sentence)
        // A headline that echoes the speech is not a reuse of it.
        if title == nil { title = .some(article.title.map { Normalizer().normalize($0).string }) }
        if let t = title!, t.contains(doc.normalized.string(sentence)) { return nil }
        let segments = matcher.findSegments(key.keys).filter { seg in
            seg.alignment.longestRun(key.keys, matcher.witnesses[seg.witness].key.keys) >= matcher.settings.reuseMinRun
        }
        guard segments.reduce(0, { $0 + $1.matched }) >= matcher.settings.reuseMinMatched else { return nil }
        var matched = matcher.judge(.unmarked(sentence, of: article, in: doc), key: key, segments: segments, doc: doc, reuse: true)
        guard matched.verdict != .unresolved, let link = matched.source else { return nil }
        matched.quote.speaker = matcher.speeches.first { $0.id == link.speech }?.speaker
        return matched
    }

    /// Sentences of a range, without their final punctuation and surrounding quote marks.
    /// Read from the stored code units: the reuse stage cuts every article of the corpus.
    static func sentences(_ s: CompactScalars, _ range: Range<Int>) -> [Range<Int>] {
        precondition(range.lowerBound >= 0 && range.upperBound <= s.count, "a range of the text")
        return s.withCodeUnits(narrow: { sentences($0, range) }, wide: { sentences($0, range) })
    }

    private static func sentences<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafePointer<Unit>, _ range: Range<Int>) -> [Range<Int>] {
        func isContent(_ i: Int) -> Bool { CharacterClass.isContent(Unicode.Scalar(UInt32(units[i]))!) }
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range {
            let c = UInt32(units[i])
            let isStop = c == 0x3002 || c == 0x0A  // 。 and the line break: left out at the end too
            if isStop || c == 0x21 || c == 0x3F || c == 0x3B || i == range.upperBound - 1 {  // ! ? ;
                var lo = start, hi = (i == range.upperBound - 1 && !isStop) ? i + 1 : i
                while lo < hi, !isContent(lo) { lo += 1 }
                while hi > lo, !isContent(hi - 1) { hi -= 1 }
                if hi > lo { result.append(lo..<hi) }
                start = i + 1
            }
        }
        return result
    }
}

/// Finds sentences that repeat a speech without quote marks or cue: a copy or a
/// paraphrase inside an article. They become quotes with `marked: false` and no cue.
///
/// A sentence counts when it shares an identical run of `reuseMinRun` characters and
/// `reuseMinMatched` characters in all with a witness, so slogans of a few words do not.
public struct ReuseFinder: Sendable {
    let matcher: Matcher
    /// Hashes of every `reuseMinRun`-character run of the witnesses' content keys. A
    /// sentence sharing none of them cannot have a segment with an identical run that
    /// long, so it is skipped before any alignment: most sentences of a corpus are.
    let runs: Set<UInt64>

    public init(matcher: Matcher) {
        self.matcher = matcher
        var runs = Set<UInt64>()
        let n = matcher.settings.reuseMinRun
        for w in matcher.witnesses where w.key.count >= n {
            for i in 0...(w.key.count - n) { runs.insert(Self.runHash(w.key.keys, i, n)) }
        }
        self.runs = runs
    }

    static func runHash(_ k: [UInt32], _ i: Int, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for j in i..<(i + n) { h = (h ^ UInt64(k[j])) &* 0x100_0000_01B3 }
        return h
    }

    /// The key shares a run of `reuseMinRun` characters with a witness (or a hash collides).
    func mayShareRun(_ k: [UInt32]) -> Bool {
        let n = matcher.settings.reuseMinRun
        guard n > 0, k.count >= n else { return n <= 0 }
        for i in 0...(k.count - n) where runs.contains(Self.runHash(k, i, n)) { return true }
        return false
    }

    public func find(in doc: DocumentAnalysis, skipping witnesses: Set<String>, existing: [Quote]) -> [MatchedQuote] {
        let s = doc.normalized.scalars
        let taken = existing.filter { $0.document == doc.document.id }.map(\.normalizedRange).sorted { $0.lowerBound < $1.lowerBound }
        var result: [MatchedQuote] = []
        for article in doc.articles where !witnesses.contains(article.id) {
            let title = article.title.map { Normalizer().normalize($0).string }
            for sentence in Self.sentences(s, article.normalizedRange) {
                if taken.contains(where: { $0.overlaps(sentence) }) { continue }
                // A headline that echoes the speech is not a reuse of it.
                if let t = title, t.contains(doc.normalized.string(sentence)) { continue }
                let key = ContentKey(doc.normalized, sentence)
                guard key.count >= matcher.settings.reuseMinMatched, mayShareRun(key.keys) else { continue }
                let segments = matcher.findSegments(key.keys).filter { seg in
                    seg.alignment.longestRun(key.keys, matcher.witnesses[seg.witness].key.keys) >= matcher.settings.reuseMinRun
                }
                guard segments.reduce(0, { $0 + $1.matched }) >= matcher.settings.reuseMinMatched else { continue }
                let original = doc.normalized.originalRange(sentence)
                let quote = Quote(
                    id: "\(doc.document.id).q\(original.lowerBound)-\(original.upperBound)", document: doc.document.id, article: article.id,
                    start: original.lowerBound, end: original.upperBound, text: doc.document.slice(original),
                    normalized: doc.normalized.string(sentence), marked: false, trivial: false, unclosed: false,
                    speaker: nil, cue: nil, claimed: nil, parent: nil, normalizedRange: sentence)
                var matched = matcher.judge(quote, key: key, segments: segments, doc: doc, reuse: true)
                guard matched.verdict != .unresolved, let link = matched.source else { continue }
                matched.quote.speaker = matcher.speeches.first { $0.id == link.speech }?.speaker
                result.append(matched)
            }
        }
        return result
    }

    /// Sentences of a range, without their final punctuation and surrounding quote marks.
    static func sentences(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range {
            let c = s[i]
            if c == "。" || c == "!" || c == "?" || c == ";" || c == "\n" || i == range.upperBound - 1 {
                var lo = start, hi = (i == range.upperBound - 1 && !(c == "。" || c == "\n")) ? i + 1 : i
                while lo < hi, !CharacterClass.isContent(s[lo]) { lo += 1 }
                while hi > lo, !CharacterClass.isContent(s[hi - 1]) { hi -= 1 }
                if hi > lo { result.append(lo..<hi) }
                start = i + 1
            }
        }
        return result
    }
}

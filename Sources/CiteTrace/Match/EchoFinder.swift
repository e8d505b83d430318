/// Finds unmarked repetitions of quotes that have no source in the corpus: an article that
/// writes `坚定不移走生态优先、绿色发展之路` without marks where another quoted
/// `“坚定不移走生态优先、绿色发展的现代化道路”`. Each echo becomes an unresolved quote
/// (`marked: false`, no cue) so the clusterer can group it with the quote it repeats.
///
/// Probes are the unresolved quotes the clusterer would take (not trivial, a leader's or
/// unattributed, at least `clusterMinContent` characters). A sentence of an article echoes a
/// probe when a local alignment with an identical run of `echoMinRun` shares either
/// `echoMinMatched` characters and `echoMinShare` of the probe, or `echoShortShare` of a
/// short probe; the echo is the aligned part of the sentence. Sentences that hold a quote
/// already (a reuse found in them included), and witness articles, are skipped. The
/// sentences are walked by `SentenceScan`, once for this finder and `ReuseFinder`.
public struct EchoFinder: Sendable {
    public var settings: MatchSettings

    public init(settings: MatchSettings = MatchSettings()) {
        self.settings = settings
    }

    /// The unresolved quotes an echo may repeat, indexed for the search.
    struct Probes: Sendable {
        /// Each probe's content key values.
        var keys: [[UInt32]]
        var index: NGramIndex
        /// Every probe is at least `clusterMinContent` long, so an echo's identical run is
        /// at least this long: a sentence sharing no such run with any probe is no echo.
        var runs: RunSet
    }

    /// The probes among `quotes`: unresolved, not trivial, a leader's or unattributed, at
    /// least `clusterMinContent` content characters. Nil when there is none.
    func probes(_ quotes: [MatchedQuote], documents: [DocumentAnalysis], speakers: Set<String>) -> Probes? {
        let docs = Dictionary(documents.map { ($0.document.id, $0) }, uniquingKeysWith: { first, _ in first })
        var keys: [[UInt32]] = []
        for m in quotes where m.verdict == .unresolved && !m.quote.trivial && (m.quote.speaker.map(speakers.contains) ?? true) {
            guard let doc = docs[m.quote.document] else { continue }
            let key = ContentKey(doc.normalized, m.quote.normalizedRange).keys
            if key.count >= settings.clusterMinContent { keys.append(key) }
        }
        guard !keys.isEmpty else { return nil }
        var index = NGramIndex(n: settings.ngram)
        for (i, k) in keys.enumerated() { index.add(text: i, keys: k) }
        index.freeze(maxPostings: settings.maxPostings)
        return Probes(keys: keys, index: index, runs: RunSet(length: min(settings.echoMinRun, settings.clusterMinContent), of: keys))
    }

    /// The echoes in `sentence` of `article` (no quote of its own; `keys` are its content
    /// key values): one per probe it repeats, each a part of the sentence not overlapping
    /// another.
    func echoes(in sentence: Range<Int>, keys: [UInt32], of article: Article, in doc: DocumentAnalysis, probes: Probes) -> [MatchedQuote] {
        guard keys.count >= settings.clusterMinContent, probes.runs.mayShareRun(keys) else { return [] }
        let key = ContentKey(doc.normalized, sentence)
        var found: [MatchedQuote] = []
        var spans: [Range<Int>] = []
        for c in probes.index.candidates(key.keys, range: 0..<key.count, limit: 8) {
            let probe = probes.keys[c.text]
            // The sentence is the "source" side: its aligned part is the echo.
            guard let a = LocalAligner.align(probe, 0..<probe.count, key.keys, 0..<key.count, settings: settings) else { continue }
            let matched = a.matched(probe, key.keys)
            let share = Double(matched) / Double(probe.count)
            let long = matched >= settings.echoMinMatched && share >= settings.echoMinShare
            let short = matched >= settings.clusterMinContent && share >= settings.echoShortShare
            guard long || short, a.longestRun(probe, key.keys) >= min(settings.echoMinRun, probe.count) else { continue }
            let r = a.sourceRange
            let span = Int(key.positions[r.lowerBound])..<(Int(key.positions[r.upperBound - 1]) + 1)
            // One sentence may echo several quotes, each once.
            if spans.contains(where: { $0.overlaps(span) }) { continue }
            spans.append(span)
            found.append(Matcher.unresolved(.unmarked(span, of: article, in: doc)))
        }
        return found
    }
}

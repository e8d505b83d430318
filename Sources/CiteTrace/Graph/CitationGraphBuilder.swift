import Foundation

/// Builds the citation graph from an analysed corpus: quotes are extracted and matched,
/// unmarked reuse and reprints are found, each article's citations are counted, and
/// unresolved leader quotes that repeat each other are clustered.
public struct CitationGraphBuilder: Sendable {
    public var settings: MatchSettings

    public init(settings: MatchSettings = MatchSettings()) {
        self.settings = settings
    }

    /// The graph of `analysis`; with a `clock`, each stage is timed (`quotes`, `index`,
    /// `match`, `reuse`, `reprints`, `graph`). `reprints` includes the graph's ordering,
    /// citation counts and clusters, which run beside the reprint search; `graph` only
    /// puts the parts together.
    public func build(_ analysis: CorpusAnalysis, clock: StageClock? = nil) -> CitationGraph {
        build(analysis, clock: clock) { _, _ in }
    }

    /// `build`, with `meanwhile` run beside the end of the reprint search, on this thread:
    /// the search ends in a walk over the corpus on one core, and the other core can start
    /// on what needs no reprint (`ReportWriter.renderAhead`). `meanwhile` gets the graph
    /// with every part but its reprints (`reprints` empty; the graph returned is that graph
    /// with its reprints), and `searching`, true until the search is done: work still left
    /// then is better left to after the build, when both cores are free again. Its time is
    /// part of the `reprints` stage.
    public func build(_ analysis: CorpusAnalysis, clock: StageClock? = nil,
                      meanwhile: (_ draft: CitationGraph, _ searching: () -> Bool) throws -> Void) rethrows -> CitationGraph {
        let witnesses = analysis.witnessArticles
        let speakers = Set(analysis.catalog.speakers)
        let extracted = clock.measure("quotes") { analysis.extractQuotes() }
        let matcher = clock.measure("index") { Matcher(catalog: analysis.catalog, documents: analysis.documents, settings: settings) }
        var quotes = clock.measure("match") { extracted.parallelMap(matcher.match) }
        clock.measure("reuse") {
            let reuse = ReuseFinder(matcher: matcher)
            let documents = analysis.documents, matched = quotes
            // Unmarked repetitions of quotes with no source too, so their clusters are complete.
            // Their probes are indexed on one core (one index, built serially) while the
            // spans already quoted are marked on the other.
            let echo = EchoFinder(settings: settings)
            let (probes, taken) = concurrently({ echo.probes(matched, documents: documents, speakers: speakers) }) {
                // Each document's own quotes only: the finder looks at no other.
                let existing = Dictionary(grouping: matched.map(\.quote), by: \.document)
                return documents.parallelMap { ReuseFinder.taken(by: existing[$0.document.id] ?? [], in: $0) }
            }
            let scan = SentenceScan(reuse: reuse, echo: probes.map { (echo, $0) })
            // By batches of articles, not documents, so one long file also uses every core.
            let found = ArticleBatch.batches(documents).parallelMap { batch in
                scan.scan(documents[batch.document], articles: batch.articles, taken: taken[batch.document], skipping: witnesses)
            }
            quotes += found.flatMap(\.reuse)
            quotes += found.flatMap(\.echoes)
        }
        // The reprint search ends in a serial walk over the corpus, and the graph's own work
        // (ordering, counting, clustering) needs no reprint: it runs meanwhile.
        let finder = ReprintFinder(minLength: settings.reprintMinLength)
        let documents = analysis.documents, spill = analysis.spill
        // Only the ranges go to the search, so that the ordering below holds the quotes alone
        // and can put them in order where they are.
        let linked = ReprintFinder.linkedRanges(quotes)
        let search = SearchState()
        let (reprints, draft) = try clock.measure("reprints") {
            try concurrently({
                defer { search.end() }
                return finder.find(documents, skipping: witnesses, linked: linked, spill: spill)
            }) {
                let ordered = Self.ordered(quotes, documents: documents)
                let byArticle = Dictionary(grouping: ordered, by: \.quote.article)
                // Per document on all cores: counting every article's citations was a serial
                // stretch of the stage.
                let nodes = documents.parallelMap { doc in
                    DocumentNode(document: doc.document, articles: doc.articles.map { art in
                        ArticleNode(article: art, cites: Self.citations(of: art.id, byArticle[art.id] ?? []))
                    })
                }
                let dates = Dictionary(documents.flatMap { $0.articles.compactMap { a in a.date.map { (a.id, $0) } } }, uniquingKeysWith: { first, _ in first })
                let clusters = QuoteClusterer(settings: settings).clusters(ordered, documents: documents, speakers: speakers, articleDates: dates)
                let draft = CitationGraph(documents: nodes, speeches: analysis.catalog.speeches, quotes: ordered, reprints: [], clusters: clusters)
                try meanwhile(draft) { search.isRunning }
                return draft
            }
        }
        return clock.measure("graph") {
            var graph = draft
            graph.reprints = reprints
            return graph
        }
    }

    /// Whether the reprint search is still running, set by the thread that runs it.
    /// `@unchecked Sendable`: `running` is only touched under `lock`.
    private final class SearchState: @unchecked Sendable {
        private let lock = NSLock()
        private var running = true

        var isRunning: Bool { lock.withLock { running } }
        func end() { lock.withLock { running = false } }
    }

    /// Quotes in document order (then by start, longest first), one per id, with `parent`
    /// recomputed from the final spans (matching may have extended a quote).
    static func ordered(_ quotes: consuming [MatchedQuote], documents: [DocumentAnalysis]) -> [MatchedQuote] {
        var quotes = quotes
        let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.document.id, $0) })
        // Sort positions, not the quotes themselves: each comparison would otherwise look the
        // documents up by name, and each move copy a whole quote with its edit script.
        // The sort keys, read out once: a comparison that read them from the quotes copied
        // two whole quotes (a retain and release of each of their strings) every time.
        // The longest first at a start: the end is negated. Ids are read only on a tie.
        let keys = quotes.map { (rank: order[$0.quote.document] ?? 0, start: $0.quote.start, negatedEnd: -$0.quote.end) }
        let positions = quotes.indices.sorted { a, b in
            let x = keys[a], y = keys[b]
            return x != y ? x < y : quotes[a].quote.id < quotes[b].quote.id
        }
        // Moved into order in place: a sorted copy retained (and the original released)
        // every string and array of a quarter of a million quotes at 100 MB.
        quotes.permute(taking: positions)
        var seen = Set<String>(minimumCapacity: quotes.count)
        quotes.removeAll { !seen.insert($0.quote.id).inserted }
        // Indices of the quotes still open at the one being placed, innermost last.
        var stack: [Int] = []
        for i in quotes.indices {
            let end = quotes[i].quote.end
            while let top = stack.last, quotes[top].quote.document != quotes[i].quote.document || quotes[top].quote.end < end {
                stack.removeLast()
            }
            quotes[i].quote.parent = stack.last.map { quotes[$0].quote.id }
            stack.append(i)
        }
        return quotes
    }

    static func citations(of article: String, _ quotes: [MatchedQuote]) -> [Citation] {
        var bySpeech: [String: [String: Int]] = [:]
        for q in quotes where q.quote.article == article {
            guard let s = q.source?.speech else { continue }
            bySpeech[s, default: [:]][q.verdict.rawValue, default: 0] += 1
        }
        return bySpeech.keys.sorted().map { s in
            Citation(speech: s, count: bySpeech[s]!.values.reduce(0, +), verdicts: bySpeech[s]!)
        }
    }
}

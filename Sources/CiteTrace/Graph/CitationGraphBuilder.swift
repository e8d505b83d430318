/// Builds the citation graph from an analysed corpus: quotes are extracted and matched,
/// unmarked reuse and reprints are found, and each article's citations are counted.
public struct CitationGraphBuilder: Sendable {
    public var settings: MatchSettings

    public init(settings: MatchSettings = MatchSettings()) {
        self.settings = settings
    }

    public func build(_ analysis: CorpusAnalysis) -> CitationGraph {
        let witnesses = analysis.catalog.witnessArticles
        let matcher = Matcher(catalog: analysis.catalog, documents: analysis.documents, settings: settings)
        var quotes = analysis.extractQuotes().map(matcher.match)
        let reuse = ReuseFinder(matcher: matcher)
        // Each document's own quotes only: the finder looks at no other (a corpus-wide list per document is quadratic).
        let existing = Dictionary(grouping: quotes.map(\.quote), by: \.document)
        for doc in analysis.documents {
            quotes += reuse.find(in: doc, skipping: witnesses, existing: existing[doc.document.id] ?? [])
        }
        quotes = Self.ordered(quotes, documents: analysis.documents)
        let reprints = ReprintFinder(minLength: settings.reprintMinLength).find(analysis.documents, skipping: witnesses)
        let byArticle = Dictionary(grouping: quotes, by: \.quote.article)
        let nodes = analysis.documents.map { doc in
            DocumentNode(document: doc.document, articles: doc.articles.map { art in
                ArticleNode(article: art, cites: Self.citations(of: art.id, byArticle[art.id] ?? []))
            })
        }
        return CitationGraph(documents: nodes, speeches: analysis.catalog.speeches, quotes: quotes, reprints: reprints)
    }

    /// Quotes in document order (then by start, longest first), one per id, with `parent`
    /// recomputed from the final spans (matching may have extended a quote).
    static func ordered(_ quotes: [MatchedQuote], documents: [DocumentAnalysis]) -> [MatchedQuote] {
        let order = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.document.id, $0) })
        var sorted = quotes.sorted {
            (order[$0.quote.document] ?? 0, $0.quote.start, -$0.quote.end, $0.quote.id) < (order[$1.quote.document] ?? 0, $1.quote.start, -$1.quote.end, $1.quote.id)
        }
        var seen = Set<String>()
        sorted.removeAll { !seen.insert($0.quote.id).inserted }
        var stack: [(document: String, end: Int, id: String)] = []
        for i in sorted.indices {
            let q = sorted[i].quote
            while let top = stack.last, top.document != q.document || top.end < q.end { stack.removeLast() }
            sorted[i].quote.parent = stack.last?.id
            stack.append((q.document, q.end, q.id))
        }
        return sorted
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

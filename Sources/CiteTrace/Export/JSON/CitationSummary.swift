/// Counts over a `CitationGraph`: quotes by verdict, by speech and by article.
///
/// Invariants: `byVerdict` has every `Verdict` raw value (0 when absent); the nested
/// maps have only verdicts that occur; `bySpeech` counts quotes with a source, keyed by
/// `SourceLink.speech`; `byArticle` counts every quote, keyed by `Quote.article`.
public struct CitationSummary: Sendable, Equatable {
    public var quotes: Int
    /// Verdict raw value → number of quotes.
    public var byVerdict: [String: Int]
    /// Speech id → verdict raw value → number of quotes.
    public var bySpeech: [String: [String: Int]]
    /// Article id → verdict raw value → number of quotes.
    public var byArticle: [String: [String: Int]]
    public var documents: Int
    public var articles: Int
    public var speeches: Int

    public init(_ graph: CitationGraph) {
        var byVerdict = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, 0) })
        var bySpeech: [String: [String: Int]] = [:]
        var byArticle: [String: [String: Int]] = [:]
        for matched in graph.quotes {
            let verdict = matched.verdict.rawValue
            byVerdict[verdict, default: 0] += 1
            if let speech = matched.source?.speech {
                bySpeech[speech, default: [:]][verdict, default: 0] += 1
            }
            byArticle[matched.quote.article, default: [:]][verdict, default: 0] += 1
        }
        self.quotes = graph.quotes.count
        self.byVerdict = byVerdict
        self.bySpeech = bySpeech
        self.byArticle = byArticle
        self.documents = graph.documents.count
        self.articles = graph.documents.reduce(0) { $0 + $1.articles.count }
        self.speeches = graph.speeches.count
    }
}

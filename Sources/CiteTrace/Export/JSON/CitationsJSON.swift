/// The shape of `citations.json` (version 1), as `Encodable` wrappers over the graph.
///
/// Described by `schema/citations.schema.json`. Every wrapper writes its keys
/// explicitly, so optional values appear as JSON `null` instead of being left out,
/// and model fields that are not part of the format (normalized ranges, the full edit
/// script) never leak into it. Offsets are Unicode-scalar offsets into `Document.text`.
enum CitationsJSON {
    /// The format version written as `"version"`.
    static let version = 1

    struct File: Encodable {
        var documents: [DocumentEntry]
        var speeches: [SpeechEntry]
        var quotes: [QuoteEntry]
        var reprints: [ReprintEntry]
        var clusters: [ClusterEntry]
        var summary: SummaryEntry

        init(_ graph: CitationGraph) {
            documents = graph.documents.map(DocumentEntry.init)
            speeches = graph.speeches.map(SpeechEntry.init)
            quotes = graph.quotes.map(QuoteEntry.init)
            reprints = graph.reprints.map(ReprintEntry.init)
            clusters = graph.clusters.map(ClusterEntry.init)
            summary = SummaryEntry(CitationSummary(graph))
        }

        enum CodingKeys: String, CodingKey { case version, documents, speeches, quotes, reprints, clusters, summary }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(CitationsJSON.version, forKey: .version)
            try c.encode(documents, forKey: .documents)
            try c.encode(speeches, forKey: .speeches)
            try c.encode(quotes, forKey: .quotes)
            try c.encode(reprints, forKey: .reprints)
            try c.encode(clusters, forKey: .clusters)
            try c.encode(summary, forKey: .summary)
        }
    }

    struct SummaryEntry: Encodable {
        var summary: CitationSummary

        init(_ summary: CitationSummary) { self.summary = summary }

        enum CodingKeys: String, CodingKey { case quotes, byVerdict, bySpeech, byArticle, documents, articles, speeches }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(summary.quotes, forKey: .quotes)
            try c.encode(summary.byVerdict, forKey: .byVerdict)
            try c.encode(summary.bySpeech, forKey: .bySpeech)
            try c.encode(summary.byArticle, forKey: .byArticle)
            try c.encode(summary.documents, forKey: .documents)
            try c.encode(summary.articles, forKey: .articles)
            try c.encode(summary.speeches, forKey: .speeches)
        }
    }
}

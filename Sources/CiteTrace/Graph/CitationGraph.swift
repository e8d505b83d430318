/// The whole result of a run: speech → witness texts → articles → quotes.
///
/// Built once by `CitationGraphBuilder`; every exporter only reads it.
/// All arrays are sorted by id (documents by path; clusters by their first member's
/// place) so output is deterministic.
public struct CitationGraph: Sendable {
    public var documents: [DocumentNode]
    public var speeches: [Speech]
    public var quotes: [MatchedQuote]
    public var reprints: [Reprint]
    /// Unresolved leader quotes grouped by repeated words (`QuoteClusterer`), in the graph
    /// order of their first member.
    public var clusters: [QuoteCluster]

    public init(documents: [DocumentNode], speeches: [Speech], quotes: [MatchedQuote], reprints: [Reprint], clusters: [QuoteCluster] = []) {
        self.documents = documents
        self.speeches = speeches
        self.quotes = quotes
        self.reprints = reprints
        self.clusters = clusters
    }
}

/// A document with its articles and the text exporters print.
public struct DocumentNode: Sendable {
    public var document: Document
    public var articles: [ArticleNode]

    public init(document: Document, articles: [ArticleNode]) {
        self.document = document
        self.articles = articles
    }
}

/// An article with the speeches it cites.
public struct ArticleNode: Sendable {
    public var article: Article
    public var cites: [Citation]

    public init(article: Article, cites: [Citation]) {
        self.article = article
        self.cites = cites
    }
}

/// "This article quotes that speech n times", with counts by verdict.
public struct Citation: Sendable, Codable, Equatable {
    public var speech: String
    public var count: Int
    /// Verdict raw value → count; only verdicts that occur.
    public var verdicts: [String: Int]

    public init(speech: String, count: Int, verdicts: [String: Int]) {
        self.speech = speech
        self.count = count
        self.verdicts = verdicts
    }
}

/// Two articles (or two places of one article) that print the same long passage.
public struct Reprint: Sendable, Codable, Equatable {
    public var id: String
    public var a: ReprintSpan
    public var b: ReprintSpan
    /// Number of shared normalized characters.
    public var length: Int

    public init(id: String, a: ReprintSpan, b: ReprintSpan, length: Int) {
        self.id = id
        self.a = a
        self.b = b
        self.length = length
    }
}

public struct ReprintSpan: Sendable, Codable, Equatable {
    public var document: String
    public var article: String
    public var start: Int
    public var end: Int

    public init(document: String, article: String, start: Int, end: Int) {
        self.document = document
        self.article = article
        self.start = start
        self.end = end
    }
}

/// A static, self-contained HTML report of a `CitationGraph`.
///
/// `render` is a pure function: the same graph gives byte-identical files (no
/// timestamps, every list in a fixed order). The report uses no external
/// resources: one stylesheet, one small script that only filters the table of
/// every quote (everything is visible without it), inline SVG for timelines and
/// a system CJK font stack.
///
/// Pages (paths relative to the report root):
/// - `index.html`: corpus summary, speeches, clusters, documents → articles
/// - `quotes.html`: every quote in one table, with filters
/// - `speeches/<speech>.html`: metadata, witnesses, quotes by verdict, timeline, diffs
/// - `concordance/<speech>.html`: the speech sentence by sentence, shaded by citations,
///   each sentence opening onto its citing quotes; citations per month
/// - `articles/<article>.html`: metadata, the text with every quote marked, notes, diffs
/// - `timeline.html`: every citation over time, one row per speech
/// - `unresolved.html`: quotes with no source, grouped by normalized text
/// - `clusters.html`: unresolved leader quotes grouped by repeated words
/// - `report.css`, `report.js`
public enum HTMLReport {
    /// One output file: a `/`-separated path relative to the report root and its UTF-8 text.
    public typealias File = (path: String, contents: String)

    /// One page before it is rendered, from the lookup tables it is given; `write` may
    /// run on any thread.
    struct Page: Sendable {
        var path: String
        var write: @Sendable (HTMLCorpus, ByteSink) -> Void
        /// See `ReportFile.growsWithCorpus`: false for an article's page.
        var growsWithCorpus = true
        /// The page shows the graph's reprints. Every other page reads the same bytes from
        /// the graph before its reprints are found (`ReportWriter.renderAhead`), so it may
        /// be rendered then.
        var needsReprints = false

        /// A page small enough to render as one string.
        init(path: String, render: @escaping @Sendable (HTMLCorpus) -> String) {
            self.path = path
            self.write = { $1.write(render($0)) }
        }

        /// A page that writes itself piece by piece.
        init(path: String, writing write: @escaping @Sendable (HTMLCorpus, ByteSink) -> Void) {
            self.path = path
            self.write = write
        }

        func render(_ corpus: HTMLCorpus) -> String {
            String(decoding: ByteSink.collect { write(corpus, $0) }, as: UTF8.self)
        }
    }

    /// Every file of the report, sorted by path.
    public static func render(_ graph: CitationGraph) -> [File] {
        let corpus = HTMLCorpus(graph)
        let pages = pages(corpus)
        return zip(pages, pages.parallelMap { $0.render(corpus) }).map { ($0.path, $1) }
    }

    /// Every page of the report over the lookup tables `corpus` (built once and shared by
    /// the pages), sorted by path, not rendered yet.
    static func pages(_ corpus: HTMLCorpus) -> [Page] {
        let graph = corpus.graph
        var index = Page(path: "index.html", writing: { HTMLIndexPage(corpus: $0).write(to: $1) })
        index.needsReprints = true
        var pages: [Page] = [
            Page(path: "report.css") { _ in HTMLAssets.css },
            Page(path: "report.js") { _ in HTMLAssets.js },
            index,
            Page(path: "quotes.html", writing: { HTMLQuotesPage(corpus: $0).write(to: $1) }),
            Page(path: "timeline.html") { HTMLTimelinePage(corpus: $0).render() },
            Page(path: "unresolved.html", writing: { HTMLUnresolvedPage(corpus: $0).write(to: $1) }),
            Page(path: "clusters.html", writing: { HTMLClustersPage(corpus: $0).write(to: $1) }),
        ]
        for speech in graph.speeches {
            pages.append(Page(path: HTMLCorpus.speechPath(speech.id), writing: { HTMLSpeechPage(corpus: $0, speech: speech).write(to: $1) }))
        }
        for concordance in corpus.concordances.values {
            pages.append(Page(path: HTMLCorpus.concordancePath(concordance.speech), writing: {
                HTMLConcordancePage(corpus: $0, concordance: concordance).write(to: $1)
            }))
        }
        for node in graph.documents {
            for article in node.articles {
                let document = node.document, article = article.article
                var page = Page(path: HTMLCorpus.articlePath(article.id), writing: {
                    HTMLArticlePage(corpus: $0, document: document, article: article).write(to: $1)
                })
                page.growsWithCorpus = false
                pages.append(page)
            }
        }
        // Ids are unique in a well-formed graph; if two map to one path, keep the first.
        var seen = Set<String>()
        pages = pages.filter { seen.insert($0.path).inserted }
        return pages.sorted { $0.path < $1.path }
    }
}

/// Lookup tables over a graph, built once per render; pages only read it.
struct HTMLCorpus: Sendable {
    private(set) var graph: CitationGraph
    let documents: [String: Document]
    let articles: [String: Article]
    let speeches: [String: Speech]
    /// Quotes of each article, by start offset then id.
    private let quotesByArticle: [String: QuoteSelection]
    /// Quotes sourced to each speech, in graph order (by id).
    private let quotesBySpeech: [String: QuoteSelection]
    /// Position in `graph.quotes` of every quote id (the first, if an id repeats).
    private let quotesByID: [String: Int]
    /// The concordance of each speech that has a witness in the graph.
    let concordances: [String: SpeechConcordance]

    /// `concordances`: shared with the TEI writer when both are written; built here when nil.
    init(_ graph: CitationGraph, concordances: ReportConcordances? = nil) {
        self.graph = graph
        var documents = [String: Document]()
        var articles = [String: Article]()
        for node in graph.documents {
            if documents[node.document.id] == nil { documents[node.document.id] = node.document }
            for a in node.articles where articles[a.article.id] == nil { articles[a.article.id] = a.article }
        }
        var speeches = [String: Speech]()
        for s in graph.speeches where speeches[s.id] == nil { speeches[s.id] = s }
        let quotes = graph.quotes
        var byArticle = [String: [Int]]()
        var bySpeech = [String: [Int]]()
        var byID = [String: Int]()
        for (i, q) in quotes.enumerated() {
            byArticle[q.quote.article, default: []].append(i)
            if let s = q.source?.speech { bySpeech[s, default: []].append(i) }
            if byID[q.quote.id] == nil { byID[q.quote.id] = i }
        }
        self.documents = documents
        self.articles = articles
        self.speeches = speeches
        self.quotesByArticle = byArticle.mapValues { positions in
            let sorted = positions.sorted {
                (quotes[$0].quote.start, quotes[$0].quote.id) < (quotes[$1].quote.start, quotes[$1].quote.id)
            }
            return QuoteSelection(all: quotes, positions: sorted)
        }
        self.quotesBySpeech = bySpeech.mapValues { QuoteSelection(all: quotes, positions: $0) }
        self.quotesByID = byID
        self.concordances = (concordances ?? ReportConcordances(graph)).bySpeech
    }

    /// The same tables over `graph`, the graph these were built from with its reprints
    /// found since: no table reads the reprints, so none is built again.
    func completed(with graph: CitationGraph) -> HTMLCorpus {
        var corpus = self
        corpus.graph = graph
        return corpus
    }

    /// The quotes of an article, by start offset then id.
    func quotes(article id: String) -> QuoteSelection {
        quotesByArticle[id] ?? QuoteSelection(all: graph.quotes, positions: [])
    }

    /// True when the article has a quote.
    func hasQuotes(article id: String) -> Bool { quotesByArticle[id] != nil }

    /// The quotes sourced to a speech, in graph order.
    func quotes(speech id: String) -> QuoteSelection {
        quotesBySpeech[id] ?? QuoteSelection(all: graph.quotes, positions: [])
    }

    /// The quote with this id (the first, if an id repeats).
    func quote(id: String) -> MatchedQuote? {
        quotesByID[id].map { graph.quotes[$0] }
    }

    static func speechPath(_ id: String) -> String { "speeches/\(HTML.fileName(id)).html" }
    static func articlePath(_ id: String) -> String { "articles/\(HTML.fileName(id)).html" }
    static func concordancePath(_ id: String) -> String { "concordance/\(HTML.fileName(id)).html" }

    /// A link to a speech's concordance page, or nil when it has none.
    func concordanceLink(_ id: String, root: String, label: String = "逐句引用索引") -> String? {
        guard concordances[id] != nil else { return nil }
        return "<a href=\"\(root)\(HTMLCorpus.concordancePath(id))\">\(HTML.text(label))</a>"
    }

    /// A link to a speech page, or the escaped id when the speech is not in the graph.
    func speechLink(_ id: String, root: String, label: String? = nil) -> String {
        var link = HTMLBuilder(capacity: 256)
        appendSpeechLink(id, root: root, label: label, to: &link)
        return link.string()
    }

    /// `speechLink`, appended to `markup`.
    func appendSpeechLink(_ id: String, root: String, label: String? = nil, to markup: inout HTMLBuilder) {
        guard let s = speeches[id] else { return Self.appendMissing(id, to: &markup) }
        markup.raw("<a href=\"")
        markup.raw(root)
        markup.raw(HTMLCorpus.speechPath(id))
        markup.raw("\">")
        markup.text(label ?? s.title)
        markup.raw("</a>")
    }

    /// A link to an article page (optionally to a quote's mark), or the escaped id.
    func articleLink(_ id: String, root: String, quote: String? = nil, label: String? = nil) -> String {
        var link = HTMLBuilder(capacity: 256)
        appendArticleLink(id, root: root, quote: quote, label: label, to: &link)
        return link.string()
    }

    /// `articleLink`, appended to `markup`.
    func appendArticleLink(_ id: String, root: String, quote: String? = nil, label: String? = nil, to markup: inout HTMLBuilder) {
        guard let a = articles[id] else { return Self.appendMissing(id, to: &markup) }
        markup.raw("<a href=\"")
        markup.raw(root)
        markup.raw(HTMLCorpus.articlePath(id))
        if let quote {
            markup.raw("#")
            markup.token(quote)
        }
        markup.raw("\">")
        markup.text(label ?? HTMLCorpus.title(a))
        markup.raw("</a>")
    }

    /// What a link to something not in the graph shows instead: its id.
    private static func appendMissing(_ id: String, to markup: inout HTMLBuilder) {
        markup.raw("<span class=\"missing\">")
        markup.text(id)
        markup.raw("</span>")
    }

    /// The article's title, or a placeholder naming its id.
    static func title(_ a: Article) -> String {
        if let t = a.title, !t.isEmpty { return t }
        return "（无标题 \(a.id)）"
    }

    /// The article's ISO date, or `未注明日期`.
    static func date(_ a: Article?) -> String {
        a?.date ?? "未注明日期"
    }

    /// The first `limit` characters of a document span (clamped), for excerpts.
    func excerpt(document id: String, _ range: Range<Int>, limit: Int = 200) -> String? {
        guard let d = documents[id], range.lowerBound <= range.upperBound else { return nil }
        return HTML.shorten(d.slice(range), to: limit)
    }
}

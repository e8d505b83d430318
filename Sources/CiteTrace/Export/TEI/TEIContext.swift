/// Everything the TEI writers share for one export: the graph, every `xml:id`, the
/// layout of each document, and which witness each quote's source lies in.
///
/// Identifiers are allocated once, in a fixed order (taxonomy, documents, articles,
/// speeches and their witnesses, quotes, reprints, anchors of anchored quotes, then
/// concordance sentences), so
/// every pointer written anywhere refers to the same unique NCName.
struct TEIContext {
    let graph: CitationGraph
    let witnesses: SourceWitnesses
    /// Parallel to `graph.documents`.
    let layouts: [TEIDocumentLayout]
    /// Quotes whose document is not in the graph: written as `standOff` spans without
    /// `@from`/`@to`, so pointers to them still resolve.
    let unplacedQuotes: [Int]
    /// Concordances of the graph's speeches, in speech order (`SpeechConcordanceBuilder`).
    let concordances: [SpeechConcordance]

    private(set) var verdictIDs: [Verdict: String] = [:]
    private(set) var taxonomyID = ""
    /// Parallel to `graph.documents`.
    private(set) var documentIDs: [String] = []
    /// Document id → `xml:id` of its (first) `div`.
    private(set) var documentPointers: [String: String] = [:]
    private(set) var articleIDs: [String: String] = [:]
    private(set) var speechIDs: [String: String] = [:]
    private(set) var witnessIDs: [SourceWitnesses.Key: String] = [:]
    /// Parallel to `graph.quotes`.
    private(set) var quoteIDs: [String] = []
    /// Parallel to `graph.reprints`.
    private(set) var reprintIDs: [String] = []
    private(set) var anchorIDs: [TEIAnchorKey: String] = [:]
    /// Concordance sentence id (`S….s12`) → `xml:id` of its `<s>`.
    private(set) var sentenceIDs: [String: String] = [:]
    /// Quote id → index into `graph.quotes` (the first, if an id repeats).
    private(set) var quoteIndex: [String: Int] = [:]
    /// Article id → article, for dates of relations and titles of references.
    private(set) var articles: [String: Article] = [:]
    /// Document id → path as given.
    private(set) var documentPaths: [String: String] = [:]

    /// `concordances`: shared with the HTML report when both are written; built here when nil.
    init(_ graph: CitationGraph, concordances: ReportConcordances? = nil) {
        self.graph = graph
        self.witnesses = SourceWitnesses(graph)
        let depths = Self.depths(graph.quotes.map(\.quote))
        var byDocument: [String: [Int]] = [:]
        for (index, matched) in graph.quotes.enumerated() {
            byDocument[matched.quote.document, default: []].append(index)
        }
        var laidOut: Set<String> = []
        self.layouts = graph.documents.map { node in
            // A document id listed twice gets its quotes only once, so quote ids stay unique.
            let quotes = laidOut.insert(node.document.id).inserted ? byDocument[node.document.id] ?? [] : []
            return TEIDocumentLayout(node: node, graph: graph, quotes: quotes, depth: { depths[$0] })
        }
        self.unplacedQuotes = graph.quotes.indices.filter { !laidOut.contains(graph.quotes[$0].quote.document) }
        self.concordances = (concordances ?? ReportConcordances(graph)).firstOfEachSpeech
        allocateIdentifiers()
    }

    /// `#id` for a pointer attribute.
    static func pointer(_ id: String) -> String { "#" + id }

    /// The pointer to a speech, known to the graph or not.
    func speechPointer(_ speech: String) -> String {
        Self.pointer(speechIDs[speech] ?? XMLIDAllocator.sanitize(speech))
    }

    /// The pointer to a document's `div`.
    func documentPointer(_ document: String) -> String {
        Self.pointer(documentPointers[document] ?? XMLIDAllocator.sanitize(document))
    }

    /// The pointer to an article's `bibl`.
    func articlePointer(_ article: String) -> String {
        Self.pointer(articleIDs[article] ?? XMLIDAllocator.sanitize(article))
    }

    /// Pointers to the witnesses a quote's source lies in; the speech when none is known.
    func sourcePointers(_ source: SourceLink) -> String {
        let keys = witnesses.witnesses(of: source)
        guard !keys.isEmpty else { return speechPointer(source.speech) }
        return keys.map { Self.pointer(witnessIDs[$0]!) }.joined(separator: " ")
    }

    /// The pointer to a quote's `cit` or `span`, nil when the graph has no such quote.
    func quotePointer(_ id: String) -> String? {
        quoteIndex[id].map { Self.pointer(quoteIDs[$0]) }
    }

    /// The pointer to the witness a concordance was read from, nil when it is not one of
    /// the speech's witnesses.
    func speechWitnessPointer(_ concordance: SpeechConcordance) -> String? {
        guard let speech = witnesses.speech(concordance.speech),
              let index = speech.witnesses.firstIndex(of: concordance.witness),
              let id = witnessIDs[.init(speech: speech.id, index: index)] else { return nil }
        return Self.pointer(id)
    }

    private mutating func allocateIdentifiers() {
        // Tables sized up front: a quarter of a million ids at 100 MB, each table otherwise
        // rehashed every time it doubles.
        let articleCount = graph.documents.reduce(0) { $0 + $1.articles.count }
        let anchorCount = layouts.reduce(0) { $0 + 2 * $1.anchoredQuotes.count }
        let sentenceCount = concordances.reduce(0) { $0 + $1.sentences.count }
        let speechAndWitnessCount = graph.speeches.reduce(0) { $0 + 1 + $1.witnesses.count }
        var ids = XMLIDAllocator(capacity: 1 + Verdict.allCases.count + graph.documents.count + articleCount + speechAndWitnessCount
                                     + graph.quotes.count + graph.reprints.count + anchorCount + sentenceCount)
        documentIDs.reserveCapacity(graph.documents.count)
        documentPointers.reserveCapacity(graph.documents.count)
        documentPaths.reserveCapacity(graph.documents.count)
        articleIDs.reserveCapacity(articleCount)
        articles.reserveCapacity(articleCount)
        anchorIDs.reserveCapacity(anchorCount)
        sentenceIDs.reserveCapacity(sentenceCount)
        quoteIndex.reserveCapacity(graph.quotes.count)
        taxonomyID = ids.claim("verdicts")
        for verdict in Verdict.allCases { verdictIDs[verdict] = ids.claim("verdict-" + verdict.rawValue) }
        for node in graph.documents {
            let id = ids.claim(node.document.id)
            documentIDs.append(id)
            if documentPointers[node.document.id] == nil {
                documentPointers[node.document.id] = id
                documentPaths[node.document.id] = node.document.path
            }
            for article in node.articles.map(\.article) where articleIDs[article.id] == nil {
                articleIDs[article.id] = ids.claim(article.id)
                articles[article.id] = article
            }
        }
        for speech in graph.speeches where speechIDs[speech.id] == nil {
            speechIDs[speech.id] = ids.claim(speech.id)
            for index in speech.witnesses.indices {
                witnessIDs[.init(speech: speech.id, index: index)] = ids.claim(SourceWitnesses.name(speech: speech.id, index: index))
            }
        }
        quoteIDs = graph.quotes.map { ids.claim($0.quote.id) }
        reprintIDs = graph.reprints.map { ids.claim($0.id) }
        for layout in layouts {
            for quote in layout.anchoredQuotes {
                anchorIDs[TEIAnchorKey(quote: quote, edge: .start)] = ids.claim(quoteIDs[quote] + ".start")
                anchorIDs[TEIAnchorKey(quote: quote, edge: .end)] = ids.claim(quoteIDs[quote] + ".end")
            }
        }
        // Allocated last, so the ids above do not depend on the concordances.
        for concordance in concordances {
            for sentence in concordance.sentences where sentenceIDs[sentence.id] == nil {
                sentenceIDs[sentence.id] = ids.claim(sentence.id)
            }
        }
        for (index, matched) in graph.quotes.enumerated() where quoteIndex[matched.quote.id] == nil {
            quoteIndex[matched.quote.id] = index
        }
    }

    /// Nesting depth of each quote along `parent` links (cycles and unknown parents stop).
    private static func depths(_ quotes: [Quote]) -> [Int] {
        guard quotes.contains(where: { $0.parent != nil }) else { return [Int](repeating: 0, count: quotes.count) }
        let parents = Dictionary(quotes.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        return quotes.map { quote in
            // Most quotes are not inside another: no walk, no set.
            guard quote.parent != nil else { return 0 }
            var depth = 0
            var seen: Set<String> = [quote.id]
            var next = quote.parent
            while let id = next, !seen.contains(id), let parent = parents[id] {
                seen.insert(id)
                depth += 1
                next = parent
            }
            return depth
        }
    }
}

/// Identifies the start or end anchor of an anchored quote.
struct TEIAnchorKey: Hashable {
    var quote: Int
    var edge: TEIDocumentLayout.Anchor.Edge
}

import Foundation

/// A corpus carried through the stages that need every document at once: the speech
/// catalog, quote extraction and matching.
public struct CorpusAnalysis: Sendable {
    public let documents: [DocumentAnalysis]
    public let catalog: SpeechCatalog
    /// Where the texts are spilled, when they are (see `TextStorage`).
    public let spill: SpillArena?

    public init(corpus: Corpus, supplied: SuppliedCatalog? = nil, clock: StageClock? = nil) throws {
        let all = corpus.documents + (supplied?.entries.map(\.document) ?? [])
        // Normalizing and segmenting are per document: all cores, results in corpus order.
        let spill = corpus.spill
        let normalized = try clock.measure("normalize") {
            try Self.byDocument(all, length: { $0.scalars.count }) { doc in
                Result { () throws(SpillError) in
                    let text = Normalizer().normalize(doc.scalars)
                    return try spill.map { arena throws(SpillError) in try text.spilled(to: arena) } ?? text
                }
            }.map { try $0.get() }
        }
        let docs = clock.measure("segment") {
            let docs = Self.byDocument(Array(zip(all, normalized)), length: { $0.0.scalars.count }) { doc, norm in
                DocumentAnalysis(document: doc, normalized: norm, articles: Segmenter().segment(doc, norm))
            }
            // The paragraphs, a copy of each document's text made on every core, are gone;
            // the allocator keeps their pages otherwise, and the stages to come add to them.
            ProcessMemory.returnFreedMemory()
            return docs
        }
        self.documents = docs
        self.spill = spill
        self.catalog = clock.measure("catalog") { SpeechCatalog.build(from: docs, supplied: supplied?.entries.map(\.speech) ?? []) }
    }
}

extension CorpusAnalysis {
    /// `transform` of every document, results in corpus order, for a transform that shares
    /// one document's work among the cores itself (normalizing, segmenting). A parallel map
    /// nested in another runs on one thread, so a document holding a large share of the
    /// corpus (a year of a paper in one file) is done alone, all cores on it, and the others
    /// a document per task.
    static func byDocument<Item: Sendable, T: Sendable>(_ items: [Item], length: (Item) -> Int,
                                                       _ transform: @Sendable (Item) -> T) -> [T] {
        let lengths = items.map(length)
        let total = lengths.reduce(0, +)
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let alone = Set(items.indices.filter { lengths[$0] >= Self.aloneFrom && lengths[$0] * 2 * cores > total })
        guard !alone.isEmpty else { return items.parallelMap(transform) }
        var results = [T?](repeating: nil, count: items.count)
        for i in alone.sorted() { results[i] = transform(items[i]) }
        let rest = items.indices.filter { !alone.contains($0) }
        for (i, result) in zip(rest, rest.map { items[$0] }.parallelMap(transform)) { results[i] = result }
        return results.map { $0! }
    }

    /// Scalars from which a document large against the rest of the corpus is done alone.
    static let aloneFrom = 1 << 20
}

extension CorpusAnalysis {
    /// Ids of the articles whose words are a speech's source, not citations of it: the
    /// catalog's witness articles, and every article of a document that is a witness as a
    /// whole (a text supplied with `--sources`, whose witness names no article).
    public var witnessArticles: Set<String> {
        var ids = catalog.witnessArticles
        let wholeDocuments = Set(catalog.speeches.flatMap { $0.witnesses.filter { $0.article == nil }.map(\.document) })
        for d in documents where wholeDocuments.contains(d.document.id) {
            ids.formUnion(d.articles.map(\.id))
        }
        return ids
    }

    /// Quotes of every document except inside witness articles, in document order.
    public func extractQuotes(trivialLength: Int = 8) -> [QuoteExtractor.Extracted] {
        let extractor = QuoteExtractor(leaders: catalog.speakers, trivialLength: trivialLength)
        let witnesses = witnessArticles
        return documents.parallelMap { extractor.extract($0, skipping: witnesses) }.flatMap { $0 }
    }
}

extension CorpusAnalysis {
    /// Every quote matched against the catalog.
    public func matchQuotes(settings: MatchSettings = MatchSettings()) -> [MatchedQuote] {
        let matcher = Matcher(catalog: catalog, documents: documents, settings: settings)
        return extractQuotes().parallelMap(matcher.match)
    }
}

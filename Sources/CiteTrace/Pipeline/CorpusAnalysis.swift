/// A corpus carried through the stages that need every document at once: the speech
/// catalog, quote extraction and matching.
public struct CorpusAnalysis: Sendable {
    public let documents: [DocumentAnalysis]
    public let catalog: SpeechCatalog

    public init(corpus: Corpus, supplied: SuppliedCatalog? = nil) throws {
        // Normalizing and segmenting are per document: all cores, results in corpus order.
        var docs = corpus.documents.parallelMap { DocumentAnalysis(document: $0) }
        var speeches: [SuppliedSpeech] = []
        if let s = supplied {
            for entry in s.entries {
                docs.append(DocumentAnalysis(document: entry.document))
                speeches.append(entry.speech)
            }
        }
        self.documents = docs
        self.catalog = SpeechCatalog.build(from: docs, supplied: speeches)
    }
}

extension CorpusAnalysis {
    /// Quotes of every document except inside witness articles, in document order.
    public func extractQuotes(trivialLength: Int = 8) -> [QuoteExtractor.Extracted] {
        let extractor = QuoteExtractor(leaders: catalog.speakers, trivialLength: trivialLength)
        let witnesses = catalog.witnessArticles
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

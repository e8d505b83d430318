@testable import CiteTrace

/// The seed corpus carried through the corpus-wide stages, built once per process.
enum SeedCorpus {
    static let analysis: CorpusAnalysis = try! CorpusAnalysis(corpus: Seeds.corpus)
    static let graph: CitationGraph = CitationGraphBuilder().build(analysis)
    static let matcher = Matcher(catalog: analysis.catalog, documents: analysis.documents)

    static func quotes(in prefix: String) -> [MatchedQuote] {
        graph.quotes.filter { $0.quote.document.hasPrefix("D" + prefix) }
    }

    static func quote(_ text: String) -> MatchedQuote? {
        graph.quotes.first { $0.quote.normalized == Normalizer().normalize(text).string }
    }
}

/// A one-document corpus made of `text`, with the seed speeches available for matching.
func analyse(_ text: String, id: String = "Dtest") -> DocumentAnalysis {
    DocumentAnalysis(document: Document(id: id, path: id + ".txt", format: .text, encoding: .utf8, sha256: "", text: text))
}

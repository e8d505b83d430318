import Testing
@testable import CiteTrace

@Suite struct SuppliedWitnessTests {
    static let speech = TemporarySources.Speech(
        speaker: "习近平", date: "2019-09-18", title: "在黄河流域生态保护和高质量发展座谈会上的讲话", venue: "郑州",
        event: "黄河流域生态保护和高质量发展座谈会",
        text: "在黄河流域生态保护和高质量发展座谈会上的讲话\n\n习近平\n\n黄河流域生态保护和高质量发展，要坚定不移走生态优先、绿色发展的现代化道路。要让每一条河流都成为造福人民的幸福河，守护好子孙后代的生命之源。\n")

    @Test("a text supplied with --sources is the speech's source, never a citation of itself")
    func suppliedTextIsNotACitation() throws {
        let sources = try TemporarySources([Self.speech])
        defer { sources.remove() }
        let analysis = try CorpusAnalysis(corpus: Seeds.corpus, supplied: sources.load())
        let supplied = try #require(analysis.catalog.speeches.first { $0.id == "S2019-09-18" })
        let document = try #require(supplied.witnesses.first?.document)
        let articles = Set(try #require(analysis.documents.first { $0.document.id == document }).articles.map(\.id))
        #expect(!articles.isEmpty)
        #expect(articles.isSubset(of: analysis.witnessArticles))
        let graph = CitationGraphBuilder().build(analysis)
        #expect(!graph.quotes.contains { $0.quote.document == document })
        // The seed article's quote of those words now has its source.
        let quote = try #require(graph.quotes.first { $0.quote.normalized.hasPrefix("坚定不移走生态优先、绿色发展的现代化道路") })
        #expect(quote.source?.speech == "S2019-09-18")
    }
}

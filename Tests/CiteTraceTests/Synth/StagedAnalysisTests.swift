import Testing
@testable import CiteTrace

@Suite("The benchmark's staged run")
struct StagedAnalysisTests {
    @Test("stage by stage, the seeds give the graph CorpusAnalysis and CitationGraphBuilder give")
    func sameGraph() throws {
        var staged = StagedAnalysis()
        let graph = try staged.run(paths: [Seeds.directory], output: nil)
        let reference = SeedCorpus.graph
        #expect(graph.quotes == reference.quotes)
        #expect(graph.speeches == reference.speeches)
        #expect(graph.reprints == reference.reprints)
        #expect(graph.documents.flatMap { $0.articles.map(\.cites) } == reference.documents.flatMap { $0.articles.map(\.cites) })
        #expect(staged.timings.map(\.stage) == ["ingest", "normalize", "segment", "catalog", "quotes", "index", "match", "reuse", "reprints", "graph"])
    }
}

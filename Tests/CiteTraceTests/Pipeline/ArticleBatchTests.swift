import Testing
@testable import CiteTrace

@Suite struct ArticleBatchTests {
    @Test("batches cover every article once, in document then article order, at most `size` each")
    func coverEveryArticleInOrder() {
        let documents = SeedCorpus.analysis.documents
        for size in [1, 2, 5, 32, 1000] {
            let batches = ArticleBatch.batches(documents, size: size)
            #expect(batches.allSatisfy { !$0.articles.isEmpty && $0.articles.count <= size })
            let flat = batches.flatMap { b in b.articles.map { documents[b.document].articles[$0].id } }
            #expect(flat == documents.flatMap { $0.articles.map(\.id) }, "size \(size)")
        }
        #expect(ArticleBatch.batches(documents, size: 1000).count == documents.filter { !$0.articles.isEmpty }.count)
    }

    @Test("reuse found batch by batch, one article at a time, is the reuse found per document, in the same order")
    func reuseByBatchesIsReusePerDocument() {
        let analysis = SeedCorpus.analysis
        let graph = SeedCorpus.graph
        let witnesses = analysis.witnessArticles
        let reuse = ReuseFinder(matcher: SeedCorpus.matcher)
        // The marked and cued quotes the reuse pass starts from.
        let existing = graph.quotes.filter { $0.quote.marked || $0.quote.cue != nil }.map(\.quote)
        let perDocument = analysis.documents.flatMap { reuse.find(in: $0, skipping: witnesses, existing: existing) }
        let byBatch = ArticleBatch.batches(analysis.documents, size: 1).flatMap { b in
            let doc = analysis.documents[b.document]
            return reuse.find(in: doc, articles: b.articles, taken: ReuseFinder.taken(by: existing, in: doc), skipping: witnesses)
        }
        #expect(!perDocument.isEmpty)
        #expect(byBatch.map(\.quote.id) == perDocument.map(\.quote.id))
    }
}

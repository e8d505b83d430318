import Testing
@testable import CiteTrace

@Suite struct SentenceScanTests {
    @Test("one walk finds the reuse the reuse finder finds alone, and the echoes a walk after it finds with the reuse taken")
    func oneWalkIsTwoPasses() throws {
        let analysis = SeedCorpus.analysis
        let witnesses = analysis.witnessArticles
        let matcher = SeedCorpus.matcher
        let reuse = ReuseFinder(matcher: matcher)
        let echo = EchoFinder()
        // The matched quotes the pass starts from, as the graph builder has them.
        let matched = analysis.extractQuotes().map(matcher.match)
        // Probes: the unresolved quotes, and every reuse taken as one, so that each reused
        // sentence also echoes a probe (itself) and only its being taken keeps it out.
        let allReuse = analysis.documents.flatMap { reuse.find(in: $0, skipping: witnesses, existing: matched.map(\.quote)) }
        let probes = try #require(echo.probes(matched + allReuse.map { Matcher.unresolved($0.quote) },
                                              documents: analysis.documents, speakers: Set(analysis.catalog.speakers)))
        let scan = SentenceScan(reuse: reuse, echo: (echo, probes))
        var reuseCount = 0, echoCount = 0
        for doc in analysis.documents {
            let taken = ReuseFinder.taken(by: matched.map(\.quote), in: doc)
            let found = scan.scan(doc, articles: doc.articles.indices, taken: taken, skipping: witnesses)
            // Reference: reuse alone, then every sentence again with the reuse taken too.
            let reused = reuse.find(in: doc, articles: doc.articles.indices, taken: taken, skipping: witnesses)
            let takenAfter = SpanSet((matched.map(\.quote) + reused.map(\.quote)).filter { $0.document == doc.document.id }.map(\.normalizedRange))
            var echoes: [MatchedQuote] = []
            for article in doc.articles where !witnesses.contains(article.id) {
                for sentence in ReuseFinder.sentences(doc.normalized.scalars, article.normalizedRange) where !takenAfter.overlaps(sentence) {
                    echoes += echo.echoes(in: sentence, keys: ContentKey(doc.normalized, sentence).keys, of: article, in: doc, probes: probes)
                }
            }
            #expect(found.reuse.map(\.quote.id) == reused.map(\.quote.id), "\(doc.document.id)")
            #expect(found.echoes.map(\.quote.id) == echoes.map(\.quote.id), "\(doc.document.id)")
            reuseCount += reused.count
            echoCount += echoes.count
        }
        #expect(reuseCount > 0 && echoCount > 0, "reuse \(reuseCount), echoes \(echoCount)")
    }
}

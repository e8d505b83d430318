import Testing
@testable import CiteTrace

@Suite("Quotes put in document order")
struct QuoteOrderTests {
    /// A quote of `document` at `start..<end`, with `parent` as the extractor left it.
    func quote(_ id: String, _ document: String, _ start: Int, _ end: Int, parent: String? = nil) -> MatchedQuote {
        var m = HTMLReportFixture.graph.quotes[0]
        (m.quote.id, m.quote.document, m.quote.start, m.quote.end, m.quote.parent) = (id, document, start, end, parent)
        return m
    }

    @Test("document order, then start, longest first; one per id; parents from the final spans")
    func orderAndParents() {
        let docs = Array(Seeds.analyses.prefix(2))
        let (first, second) = (docs[0].document.id, docs[1].document.id)
        let quotes = [
            quote("b-outer", second, 10, 90),
            quote("a-inner", first, 20, 30, parent: "stale"),      // matching moved it out of "stale"
            quote("a-outer", first, 5, 60),
            quote("b-inner", second, 40, 50),                      // nested, but left without a parent
            quote("a-after", first, 70, 80, parent: "a-outer"),    // after a-outer's end: no parent
            quote("a-outer", first, 5, 60),                        // the same quote twice
        ]
        let ordered = CitationGraphBuilder.ordered(quotes, documents: docs)
        #expect(ordered.map(\.quote.id) == ["a-outer", "a-inner", "a-after", "b-outer", "b-inner"])
        #expect(ordered.map(\.quote.parent) == [nil, "a-outer", nil, nil, "b-outer"])
    }
}

import Testing
@testable import CiteTrace

@Suite struct MatcherIncludingTests {
    static let citing = "本报讯 习近平总书记强调，“深入推进长三角一体化发展，进一步提升创新能力、产业竞争力、发展能级。”\n"

    @Test("a matcher including a new document matches its quotes as one built with it")
    func sameVerdicts() throws {
        let analysis = analyse(Self.citing, id: "Dnew")
        let quotes = QuoteExtractor(leaders: SeedCorpus.analysis.catalog.speakers).extract(analysis)
        #expect(!quotes.isEmpty)
        let rebuilt = Matcher(catalog: SeedCorpus.analysis.catalog, documents: SeedCorpus.analysis.documents + [analysis])
        let included = SeedCorpus.matcher.including([analysis])
        for q in quotes {
            let a = rebuilt.match(q), b = included.match(q)
            #expect(a.verdict == b.verdict && a.source == b.source && a.score == b.score)
        }
        #expect(quotes.contains { included.match($0).source != nil })
        // Without the document the quotes cannot be matched at all.
        #expect(quotes.allSatisfy { SeedCorpus.matcher.match($0).source == nil })
    }

    @Test("a document with a known id does not replace the witness text the index was built from")
    func knownIDIgnored() {
        let witness = SeedCorpus.analysis.documents[0]
        let impostor = analyse("完全不同的文字。", id: witness.document.id)
        let included = SeedCorpus.matcher.including([impostor])
        let quote = QuoteExtractor(leaders: []).extract(analyse("他说：“完全不同的文字。”", id: "Dx"))
        #expect(included.documents[witness.document.id]?.document.text == witness.document.text)
        #expect(quote.allSatisfy { included.match($0).source == nil })
    }
}

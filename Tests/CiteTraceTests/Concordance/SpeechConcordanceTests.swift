import Testing
@testable import CiteTrace

@Suite struct SpeechConcordanceTests {
    static let concordances = SpeechConcordanceBuilder(graph: SeedCorpus.graph).build(SeedCorpus.graph.speeches)

    func concordance(_ id: String) throws -> SpeechConcordance {
        try #require(Self.concordances.first { $0.speech == id })
    }

    func normalized(_ s: String) -> String { Normalizer().normalize(s).string }

    @Test("S2019-08-26: the sentence with 不平衡是普遍的 lists every article that quotes it, with dates")
    func imbalanceSentence() throws {
        let c = try concordance("S2019-08-26")
        let sentence = try #require(c.sentences.first { normalized($0.text).contains("不平衡是普遍的") })
        // Independently: the linked quotes of this speech whose words hold the phrase.
        let quoting = SeedCorpus.graph.quotes.filter { $0.source?.speech == "S2019-08-26" && $0.quote.normalized.contains("不平衡是普遍的") }
        #expect(!quoting.isEmpty)
        #expect(Set(sentence.articles) == Set(quoting.map(\.quote.article)))
        #expect(Set(sentence.citations.map(\.quote)).isSuperset(of: quoting.map(\.quote.id)))
        #expect(sentence.articles.contains("D000_95e4592cef5ce677.a4"))
        #expect(sentence.firstCited == "2024-12" && sentence.lastCited == "2024-12")
        #expect(sentence.quoteCount == sentence.citations.count && sentence.undatedArticles == 0)
    }

    @Test("a sentence lists dated citations first, by date (a month before its days), then by article and quote; undated last")
    func citationOrder() {
        func c(_ quote: String, _ article: String, _ date: String?) -> ConcordanceCitation {
            ConcordanceCitation(quote: quote, article: article, date: date, verdict: .verbatim, aligned: false)
        }
        let given = [c("q2", "b", "2021-03-01"), c("q1", "a", nil), c("q9", "z", "2020-12-31"), c("q5", "a", "2021-03-01"),
                     c("q3", "a", "2021-03-01"), c("q0", "a", nil), c("q1", "c", "2021-03"), c("q4", "y", nil)]
        let expected = ["q9", "q1", "q3", "q5", "q2", "q0", "q1", "q4"]
        let expectedArticles = ["z", "c", "a", "b", "y"]
        // Every rotation and its reverse: the order must not depend on the order given.
        for k in given.indices {
            for input in [Array(given[k...] + given[..<k]), Array((given[k...] + given[..<k]).reversed())] {
                let sentence = ConcordanceSentence(id: "S.s1", index: 1, paragraph: 1, start: 0, end: 1, text: "x", citations: input)
                #expect(sentence.citations.map(\.quote) == expected)
                #expect(sentence.citations.map(\.article) == ["z", "c", "a", "a", "b", "a", "a", "y"])
                #expect(sentence.articles == expectedArticles)
                #expect(sentence.firstCited == "2020-12-31" && sentence.lastCited == "2021-03-01")
                #expect(sentence.undatedArticles == 2)
            }
        }
    }

    @Test("every sentence of the witness is listed in order, quoted or not, with its original characters")
    func everySentence() throws {
        for c in Self.concordances {
            let doc = try #require(Seeds.corpus.documents.first { $0.id == c.witness.document })
            #expect(c.sentences.map(\.index) == Array(1...c.sentences.count))
            #expect(c.sentences.contains { $0.citations.isEmpty })
            var last = c.witness.start
            for s in c.sentences {
                #expect(s.start >= last && s.end <= c.witness.end && s.start < s.end)
                #expect(s.text == doc.slice(s.start..<s.end))
                #expect(s.id == "\(c.speech).s\(s.index)")
                last = s.end
            }
        }
    }

    @Test("the published text is preferred; a speech with only a report reads the report")
    func witnessChoice() throws {
        #expect(try concordance("S2023-11-30").witness.kind == .text)
        #expect(try concordance("S2020-08-20").witness.kind == .report)
    }

    @Test("a quote matched to the report lands, by alignment, on the right sentences of the published text")
    func throughAnotherWitness() throws {
        let c = try concordance("S2023-11-30")
        let quote = try #require(SeedCorpus.graph.quotes.first {
            $0.source?.speech == "S2023-11-30" && $0.quote.normalized.hasPrefix("统筹科技创新和产业升级")
        })
        // Its source is in the report (seed 003), not in the published text (seed 000).
        let parts = quote.source!.segments?.map(\.document) ?? [quote.source!.document]
        #expect(!parts.contains(c.witness.document))
        let citing = c.sentences.filter { $0.citations.contains { $0.quote == quote.quote.id } }
        let texts = citing.map { normalized($0.text) }
        #expect(texts.contains { $0.contains("统筹龙头带动和各扬所长") })
        #expect(texts.contains { $0.contains("统筹硬件联通和机制协同") })
        #expect(citing.allSatisfy { s in s.citations.first { $0.quote == quote.quote.id }!.aligned })
        #expect(!c.unplaced.contains { $0.quote == quote.quote.id })
    }

    @Test("every linked quote of a speech is placed on a sentence or listed as unplaced")
    func everyQuoteAccounted() {
        for c in Self.concordances {
            let linked = Set(SeedCorpus.graph.quotes.filter { $0.source?.speech == c.speech }.map(\.quote.id))
            let placed = c.placedQuotes
            let unplaced = Set(c.unplaced.map(\.quote))
            #expect(placed.isDisjoint(with: unplaced))
            #expect(placed.union(unplaced) == linked)
        }
    }

    @Test("the builder is pure: the same graph gives the same concordance")
    func deterministic() {
        #expect(SpeechConcordanceBuilder(graph: SeedCorpus.graph).build(SeedCorpus.graph.speeches) == Self.concordances)
    }
}

import Testing
@testable import CiteTrace

@Suite("Scoring links against a truth")
struct QuoteScorerTests {
    @Test("a truth file scored against itself has precision = recall = 1 and a diagonal confusion table")
    func selfScore() {
        let truth = SynthFixture.small.truth.quotes
        let r = QuoteScorer.score(truth: truth, predicted: truth)
        #expect(r.overall.precision == 1 && r.overall.recall == 1)
        #expect(r.overall.truthLinks == truth.filter { $0.source != nil }.count)
        for (planted, row) in r.confusion { #expect(row.keys.allSatisfy { $0 == planted }) }
        #expect(r.spurious.isEmpty)
    }

    func q(_ doc: String, _ start: Int, _ end: Int, _ speech: String?, _ verdict: Verdict) -> ScoredQuote {
        ScoredQuote(id: "\(doc).q\(start)-\(end)", document: doc, start: start, end: end, text: "", speaker: nil,
                    source: speech.map(ScoredQuote.Link.init), verdict: verdict)
    }

    @Test("half the planted span answers it; a link on words without a source, or to another speech, is wrong")
    func overlap() {
        let truth = [q("D1", 0, 10, "S1", .verbatim), q("D1", 20, 30, nil, .unresolved), q("D2", 0, 10, "S2", .variant)]
        let found = [
            q("D1", 5, 12, "S1", .normalized),   // covers 5 of 10: answers, right speech
            q("D1", 20, 30, "S1", .paraphrase),  // an official's words linked: wrong
            q("D2", 0, 4, "S2", .variant),       // covers 4 of 10: answers nothing
            q("D3", 0, 4, "S2", .verbatim),      // nothing planted there: spurious
        ]
        let r = QuoteScorer.score(truth: truth, predicted: found)
        #expect(r.overall.predictedLinks == 4 && r.overall.correct == 1)
        #expect(r.overall.truthLinks == 2 && r.overall.recalled == 1)
        #expect(r.confusion["verbatim"]?["normalized"] == 1)
        #expect(r.confusion["variant"]?[ScoreReport.missed] == 1)
        #expect(r.spurious == ["verbatim": 1, "variant": 1])
    }
}

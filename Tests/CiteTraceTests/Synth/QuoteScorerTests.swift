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

    @Test("the overlap index finds what a scan of the document finds, in the given order, for nested, empty and repeated spans")
    func overlapIndexAgreesWithScan() {
        var random = SeededRandom(seed: 5)
        for round in 0..<300 {
            let count = Int.random(in: 0...(round % 4 == 0 ? 3 : 50), using: &random)
            let quotes = (0..<count).map { i -> ScoredQuote in
                let start = Int.random(in: 0...200, using: &random)
                let length = Int.random(in: 0...(round % 2 == 0 ? 8 : 120), using: &random)
                return q("D", start, start + length, nil, .unresolved)
            }
            let index = QuoteScorer.OverlapIndex(quotes)
            for _ in 0..<40 {
                let lo = Int.random(in: -5...330, using: &random)
                let span = lo..<(lo + Int.random(in: 0...60, using: &random))
                let scanned = quotes.filter { $0.start < $0.end && $0.start < span.upperBound && $0.end > span.lowerBound }
                #expect(index.overlapping(span).map(\.id) == scanned.map(\.id), "\(span)")
            }
        }
    }

    @Test("one document of many quotes is scored as the same quotes spread over many documents are")
    func longDocumentScoresLikeMany() {
        let spread = SynthFixture.small.truth.quotes
        // Each document's quotes moved into one archive, after the previous document's.
        var shift: [String: Int] = [:], next = 0
        for (document, quotes) in Dictionary(grouping: spread, by: \.document).sorted(by: { $0.key < $1.key }) {
            shift[document] = next
            next += (quotes.map(\.end).max() ?? 0) + 1
        }
        let archived = spread.map { quote -> ScoredQuote in
            var q = quote
            q.document = "archive"
            q.start += shift[quote.document]!
            q.end += shift[quote.document]!
            return q
        }
        // Every third found quote covers less than half of its planted span: it answers nothing.
        func found(_ quotes: [ScoredQuote]) -> [ScoredQuote] {
            quotes.enumerated().map { i, quote in
                var q = quote
                if i % 3 == 0 { q.end = q.start + (q.end - q.start) / 3 }
                return q
            }
        }
        let one = QuoteScorer.score(truth: archived, predicted: found(archived))
        let many = QuoteScorer.score(truth: spread, predicted: found(spread))
        #expect(one.overall == many.overall)
        #expect(one.confusion == many.confusion)
        #expect(many.overall.recalled < many.overall.truthLinks)
    }
}

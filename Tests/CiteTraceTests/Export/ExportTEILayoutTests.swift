import Testing
@testable import CiteTrace

@Suite struct ExportTEILayoutTests {
    private func layout(_ text: String, articles: [Range<Int>], quotes: [(Range<Int>, String?)]) -> (TEIDocumentLayout, CitationGraph) {
        let document = Document(id: "D", path: "d.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        let nodes = articles.enumerated().map { index, span in
            ArticleNode(article: Article(id: "D.a\(index + 1)", document: "D", kind: .article, title: nil, authors: [], publication: nil, date: nil, dateText: nil, start: span.lowerBound, end: span.upperBound, normalizedRange: span), cites: [])
        }
        let matched = quotes.enumerated().map { index, entry in
            MatchedQuote(quote: Quote(id: "D.q\(index)", document: "D", article: "D.a1", start: entry.0.lowerBound, end: entry.0.upperBound, text: "", normalized: "", marked: true, trivial: false, unclosed: false, speaker: nil, cue: nil, claimed: nil, parent: entry.1, normalizedRange: entry.0), source: nil, verdict: .unresolved, score: 0, edits: [], script: [])
        }
        let node = DocumentNode(document: document, articles: nodes)
        let graph = CitationGraph(documents: [node], speeches: [], quotes: matched, reprints: [])
        let context = TEIContext(graph)
        return (context.layouts[0], graph)
    }

    @Test("paragraphs are split at blank lines; single line breaks stay inside")
    func paragraphs() {
        let text = "一行\n二行\n\n  \n三段\n"
        let scalars = Array(text.unicodeScalars)
        #expect(TEIParagraphs.split(scalars, in: 0..<scalars.count) == [0..<5, 10..<12])
        #expect(TEIParagraphs.split(scalars, in: 5..<10).isEmpty)
    }

    @Test("a stored text splits as its scalars do, narrow or wide, over any span")
    func paragraphsOfStoredText() {
        var random = SeededRandom(seed: 21)
        let alphabet: [Unicode.Scalar] = ["\n", "\n", " ", "\u{3000}", "\t", "一", "。", "a", "\u{1F600}", "\u{85}"]
        for _ in 0..<3_000 {
            let text = random.text(from: alphabet, maxLength: 14)
            let scalars = Array(text.unicodeScalars), stored = CompactScalars(scalarsOf: text)
            let lo = Int.random(in: 0...scalars.count, using: &random), hi = Int.random(in: lo...scalars.count, using: &random)
            #expect(TEIParagraphs.split(stored, in: lo..<hi) == TEIParagraphs.split(scalars, in: lo..<hi), "\(scalars.map(\.value)) \(lo)..<\(hi)")
        }
    }

    @Test("text outside every article becomes its own region; overlapping articles are clipped")
    func regions() {
        let (layout, _) = layout("前言\n\n正文一\n\n正文二\n\n後記", articles: [4..<9, 7..<14], quotes: [])
        #expect(layout.regions.map(\.article) == [nil, 0, 1, nil])
        #expect(layout.paragraphs.map(\.span) == [0..<2, 4..<7, 9..<12, 14..<16])
    }

    @Test("nested quotes stay inline; a crossing quote and one across paragraphs are anchored")
    func nesting() {
        // 甲乙丙丁戊己庚辛壬癸 are 0–9, the blank line 10–11, 子丑 12–13.
        let (layout, _) = layout("甲乙丙丁戊己庚辛壬癸\n\n子丑", articles: [0..<14], quotes: [
            (1..<8, nil), (2..<4, "D.q0"), (6..<9, nil), (8..<13, nil), (3..<3, nil), (2..<4, nil),
        ])
        // Equal spans open shallower first: q5 (top level) holds q1 (a child of q0).
        #expect(layout.paragraphs[0].quotes == [0, 5, 1, 4])
        #expect(layout.anchoredQuotes == [2, 3])
        #expect(layout.paragraphs[0].anchors.map(\.offset) == [6, 8, 9])
        #expect(layout.paragraphs[1].anchors.map(\.offset) == [13])
    }

    @Test("an anchor in a gap between paragraphs moves to the next paragraph")
    func anchorsInGaps() {
        let (layout, _) = layout("甲乙\n\n丙丁", articles: [0..<6], quotes: [(3..<5, nil)])
        #expect(layout.anchoredQuotes == [0])
        #expect(layout.paragraphs[0].anchors.isEmpty)
        #expect(layout.paragraphs[1].anchors.map(\.offset) == [4, 5])
    }

    @Test("offsets beyond the text are clamped")
    func clamped() {
        let (layout, _) = layout("甲乙", articles: [0..<9], quotes: [(1..<40, nil), (50..<60, nil)])
        #expect(layout.paragraphs.map(\.span) == [0..<2])
        #expect(layout.paragraphs[0].quotes == [0, 1])
    }
}

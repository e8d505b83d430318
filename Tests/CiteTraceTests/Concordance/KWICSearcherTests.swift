import Testing
@testable import CiteTrace

@Suite struct KWICSearcherTests {
    static let searcher = KWICSearcher(documents: SeedCorpus.analysis.documents, quotes: SeedCorpus.graph.quotes)

    @Test("一体化 finds seed 000's traditional-script speech text and shows its original 一體化")
    func traditionalScript() throws {
        let hits = Self.searcher.search("一体化", width: 8)
        let speech = try #require(SeedCorpus.graph.speeches.first { $0.id == "S2023-11-30" })
        let text = try #require(speech.witnesses.first { $0.kind == .text })
        #expect(text.document.hasPrefix("D000"))
        let inside = hits.filter { $0.document == text.document && text.start <= $0.start && $0.end <= text.end }
        #expect(inside.contains { $0.text == "一體化" })
        #expect(inside.allSatisfy { $0.article?.id == text.article })
        let doc = Seeds.analysis("000").document
        for h in inside {
            #expect(doc.slice(h.start..<h.end) == h.text)
            #expect(h.left == doc.slice((h.start - 8)..<h.start) && h.right == doc.slice(h.end..<(h.end + 8)))
        }
        // The traditional form of the query finds the same hits.
        #expect(Self.searcher.search("一體化").map(\.start) == hits.map(\.start))
    }

    @Test("a hit inside a linked quote names the quote and its speech")
    func insideQuote() throws {
        let hits = Self.searcher.search("不平衡是普遍的")
        let quoted = try #require(hits.first { $0.quote != nil })
        #expect(quoted.quote?.speech == "S2019-08-26")
        let quote = try #require(SeedCorpus.graph.quotes.first { $0.quote.id == quoted.quote?.id })
        #expect(quote.quote.start <= quoted.start && quoted.end <= quote.quote.end)
        #expect(quoted.article?.date == "2024-12")
        // The speech text itself is not a quote.
        #expect(hits.contains { $0.quote == nil })
    }

    @Test("full and half width match, and a term broken across a line or page break is found")
    func widthAndBreaks() throws {
        let text = "测试ＧＤＰ增长和GDP总量，长三角一体\n化发展取得新突破。\n\n"
            + "长三角区域要加快完善一体化发展体制机制，推进跨区域共建共享，有序推动产业跨区域转移和生产要素合理配置，使长三角真正成为区域发展共同\n\n- 12 -\n\n"
            + "体。要增强一体化意识，坚持一盘棋思想，加大制度和体制机制创新力度。\n"
        let doc = analyse(text, id: "Dwidth")
        let searcher = KWICSearcher(documents: [doc])
        #expect(searcher.search("GDP").map(\.text) == ["ＧＤＰ", "GDP"])
        #expect(searcher.search("ＧＤＰ").count == 2)
        let line = searcher.search("一体化")
        #expect(line.first?.text == "一体\n化")
        let page = try #require(searcher.search("共同体").first)
        #expect(page.text == "共同\n\n- 12 -\n\n体")
    }

    @Test("a regular expression runs on the normalized text; offsets stay right after characters outside the BMP")
    func regex() throws {
        let doc = analyse("𠀀𠀁長三角區域一體化發展，长三角一体化。", id: "Dregex")
        let searcher = KWICSearcher(documents: [doc])
        let hits = try searcher.search(regex: "长三角.{0,2}一体化")
        #expect(hits.map(\.text) == ["長三角區域一體化", "长三角一体化"])
        #expect(hits[0].start == 2 && hits[0].end == 10)
        #expect(hits[0].left.isEmpty == false)
        #expect(throws: KWICError.self) { try searcher.search(regex: "(unclosed") }
    }
}

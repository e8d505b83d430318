import Testing
@testable import CiteTrace

@Suite("How far an unmarked quote runs")
struct UnmarkedExtentTests {
    static let text = """
    标题文章

    习近平总书记强调，长三角区域要加强科技创新和产业创新跨区域协同。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式。记者注意到，各地正在行动。

    习近平总书记指出，要跨区域、跨部门整合科技创新力量和优势资源，实现强强联合，打造科技创新策源地。要更好服务国家安全发展，提升能力水平。

    习近平总书记提出，长三角区域要加强科技创新和产业创新跨区域协同。要跨区域、跨部门整合科技创新力量和优势资源，实现强强联合。

    习近平总书记要求，长三角区域要加强科技创新和产业创新跨区域协同。催生新产业新业态新模式，拓展发展新空间，培育发展新动能，更好联动长江经济带、辐射全国。

    习近平总书记说，跨区域协同发展。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式。拓展发展新空间，培育发展新动能，更好联动长江经济带、辐射全国。记者注意到，各地正在行动。
    """

    static let graph: CitationGraph = {
        let doc = Document(id: "Dextent", path: "extent.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        let corpus = Corpus(documents: Seeds.corpus.documents + [doc], warnings: [])
        return CitationGraphBuilder().build(try! CorpusAnalysis(corpus: corpus))
    }()

    static func quotes() -> [MatchedQuote] {
        graph.quotes.filter { $0.quote.document == "Dextent" && $0.quote.cue != nil }
    }

    @Test("it takes in the next sentence when the speech goes on with it, and stops at the article's own words")
    func extendsWithTheSource() throws {
        let q = try #require(Self.quotes().first)
        #expect(q.quote.text == "长三角区域要加强科技创新和产业创新跨区域协同。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式")
        #expect(q.source?.speech == "S2023-11-30")
        #expect(q.verdict == .normalized || q.verdict == .verbatim)
    }

    /// The cued quote of the paragraph whose cue is `cue`.
    static func quote(cue: String) throws -> MatchedQuote {
        let paragraph = try #require(text.range(of: cue))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: paragraph.upperBound)
        return try #require(quotes().first { $0.quote.start >= start && $0.quote.start <= start + 1 })
    }

    @Test("a sentence the speech says elsewhere, not right after the quote, does not join it")
    func notFromElsewhere() throws {
        let q = try Self.quote(cue: "习近平总书记提出，")
        #expect(q.quote.text == "长三角区域要加强科技创新和产业创新跨区域协同")
        #expect(q.source?.speech == "S2023-11-30")
    }

    @Test("a sentence joins across a clause of the speech the article leaves out, no longer than itself")
    func acrossAnOmission() throws {
        let q = try Self.quote(cue: "习近平总书记要求，")
        #expect(q.quote.text == "长三角区域要加强科技创新和产业创新跨区域协同。催生新产业新业态新模式，拓展发展新空间，培育发展新动能，更好联动长江经济带、辐射全国")
        #expect(q.source?.speech == "S2023-11-30")
        #expect(q.verdict == .variant || q.verdict == .composite)
    }

    @Test("a first clause that links to nothing alone is looked for again with the next sentence, then goes on with its source")
    func shortFirstClause() throws {
        let q = try Self.quote(cue: "习近平总书记说，")
        #expect(q.quote.text == "跨区域协同发展。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式。拓展发展新空间，培育发展新动能，更好联动长江经济带、辐射全国")
        #expect(q.source?.speech == "S2023-11-30")
    }

    @Test("a character that happens to align past the sentence end does not drag the next sentence in")
    func noSpill() throws {
        let q = try #require(Self.quotes().dropFirst().first)
        #expect(q.quote.text == "要跨区域、跨部门整合科技创新力量和优势资源，实现强强联合，打造科技创新策源地")
        #expect(q.source?.speech == "S2023-11-30")
    }
}

import Testing
@testable import CiteTrace

@Suite("How far an unmarked quote runs")
struct UnmarkedExtentTests {
    static let text = """
    标题文章

    习近平总书记强调，长三角区域要加强科技创新和产业创新跨区域协同。大力推进科技创新，加强科技创新和产业创新深度融合，催生新产业新业态新模式。记者注意到，各地正在行动。

    习近平总书记指出，要跨区域、跨部门整合科技创新力量和优势资源，实现强强联合，打造科技创新策源地。要更好服务国家安全发展，提升能力水平。
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

    @Test("a character that happens to align past the sentence end does not drag the next sentence in")
    func noSpill() throws {
        let q = try #require(Self.quotes().dropFirst().first)
        #expect(q.quote.text == "要跨区域、跨部门整合科技创新力量和优势资源，实现强强联合，打造科技创新策源地")
        #expect(q.source?.speech == "S2023-11-30")
    }
}

import Foundation
import Testing
@testable import CiteTrace

@Suite("End to end on a document the tool has never seen")
struct EndToEndTests {
    static let page = """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>测试</title><script>var x = "<b>";</script></head>
    <body><h1>长三角数字经济加速发展</h1><p class="byline">本报记者 王小明</p>
    <p>2020年8月，习近平总书记在扎实推进长三角一体化发展座谈会上强调：“要发挥数字经济优势，加快产业数字化、智能化转型，提高产业链供应链稳定性和竞争力。”</p>
    <p>2019年3月，习近平总书记在一次会议上指出：“三省一市要集合科技力量，聚焦集成电路、生物医药、人工智能等重点领域和关键环节，尽早取得突破。”记者了解到，各地正在落实。</p>
    <p>（来源：《测试日报》2024年3月5日）</p></body></html>
    """

    @Test("an HTML page: article metadata, a faithful quote, and a quote with the wrong date")
    func htmlPage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citetrace-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("page.html")
        try Data(Self.page.utf8).write(to: file)
        let corpus = try Ingestor().load(paths: [file.path, Seeds.directory])
        let graph = CitationGraphBuilder().build(try CorpusAnalysis(corpus: corpus))
        let doc = try #require(graph.documents.first { $0.document.format == .html })
        let article = try #require(doc.articles.first?.article)
        #expect(article.title == "长三角数字经济加速发展")
        #expect(article.authors == ["王小明"])
        #expect(article.publication == "测试日报")
        #expect(article.date == "2024-03-05")
        let quotes = graph.quotes.filter { $0.quote.document == doc.document.id }
        #expect(quotes.map(\.verdict) == [.normalized, .misattributed])
        #expect(quotes.map { $0.source?.speech } == ["S2020-08-20", "S2020-08-20"])
        #expect(quotes[1].quote.claimed?.date == "2019-03")
        // The script in <head> is not text.
        #expect(!doc.document.text.contains("var x"))
    }
}

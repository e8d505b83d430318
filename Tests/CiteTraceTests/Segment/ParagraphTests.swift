import Testing
@testable import CiteTrace

@Suite struct ParagraphTests {
    func paragraphs(_ text: String) -> [Paragraph] {
        let document = Document(id: "Dp", path: "p.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        return Paragraph.split(Normalizer().normalize(text), document: document)
    }

    @Test("a paragraph's text is its normalized scalars without heading marks, kept or made when asked")
    func text() {
        let long = String(repeating: "推动长三角一体化发展,", count: 12) // width-folded already
        let ps = paragraphs("## 标题\n短句。\n\(long)\n")
        #expect(ps.map(\.text) == ["标题", "短句。", long])
        #expect(ps.map(\.count) == [2, 3, long.unicodeScalars.count])
        #expect(ps[2].count > Paragraph.keptText)
        #expect(ps[0].headingLevel == 2)
    }

    @Test("end markers: footnotes, credits, bracketed sources and datelines, found on short and long lines")
    func endMarkers() {
        let long = String(repeating: "要深入学习贯彻讲话精神，", count: 10)
        let ps = paragraphs("""
        ※本文为讲话节选
        本版责编：王小明
        责任编辑 李华
        正文里提到本版责编的一句话。
        \(long)（来源：《光明日报》）
        新华社北京11月30日电
        （作者：张三）
        \(long)
        """)
        let markers = ps.map(EndMarker.find)
        #expect(markers.map { $0?.kind } == [.footnote, .credits, .credits, nil, .source, .dateline, .source, nil])
        #expect(markers[0]?.text == "※本文为讲话节选")
        #expect(markers[4]?.text == "来源:《光明日报》")
        #expect(markers[4]?.publication == "光明日报")
        #expect(EndMarker.bracketedTail(Array("讲话〔摘自《求是》〕".unicodeScalars)) == "摘自《求是》")
        #expect(EndMarker.bracketedTail(Array("没有括号".unicodeScalars)) == nil)
        #expect(EndMarker.bracketedTail(Array("不成对)".unicodeScalars)) == nil)
    }
}

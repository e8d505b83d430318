import Foundation
import Testing
@testable import CiteTrace

@Suite struct IngestMarkupTests {
    private func load(_ name: String, _ bytes: [UInt8]) throws -> Document {
        let dir = try TempDirectory()
        defer { dir.remove() }
        return try Ingestor().readOne(try dir.write(name, bytes))
    }

    private func load(_ name: String, _ text: String) throws -> Document {
        try load(name, Array(text.utf8))
    }

    @Test("HTML: only visible text; entities decoded; br is a line break, p a paragraph, h2 a '## ' heading")
    func html() throws {
        let html = """
        <!DOCTYPE html>
        <html><head><title>页面标题</title><style>p { color: red }</style>
        <script>var hidden = "脚本内容";</script></head>
        <body>
        <h2>第一章  总则</h2>
        <p>甲&amp;乙说:“团结
           奋斗”。</p>
        <p>第一行<br>第二行</p>
        <div>  多余   的   空白 <b>加粗</b>  文字 </div>
        <noscript>无脚本提示</noscript><template><p>模板</p></template>
        <ul><li>一</li><li>二</li></ul>
        <script>document.write("<p>写入</p>")</script>
        </body></html>
        """
        let doc = try load("page.html", html)
        #expect(doc.format == .html)
        #expect(doc.text == "## 第一章 总则\n\n甲&乙说:“团结奋斗”。\n\n第一行\n第二行\n\n多余 的 空白 加粗 文字\n\n一\n\n二")
        for hidden in ["页面标题", "color", "脚本内容", "无脚本提示", "模板", "写入"] {
            #expect(!doc.text.contains(hidden), "\(hidden) should not be visible")
        }
    }

    @Test("HTML in GB18030 with a meta charset is decoded once, by CiteTrace")
    func htmlGB18030() throws {
        let html = "<html><head><meta charset=\"gbk\"></head><body><h1>标题</h1><p>正文内容</p><pre>  缩进\n保留</pre></body></html>"
        let doc = try load("page.htm", Fixture.iconvEncode(html, to: "GB18030"))
        #expect(doc.encoding == .gb18030)
        #expect(doc.text == "# 标题\n\n正文内容\n\n  缩进\n保留")
    }

    @Test("TEI: the header is dropped, head becomes a heading, notes follow the text")
    func tei() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title>元数据标题</title></titleStmt></fileDesc></teiHeader>
          <text>
            <body>
              <div>
                <head>一、总体要求</head>
                <p>第一段<note place="foot">注释一</note>文字。</p>
                <p>第二段<lb/>续行,<choice><sic>错字</sic><corr>正字</corr></choice>。</p>
                <lg><l>床前明月光</l><l>疑是地上霜</l></lg>
                <div><head>(一)细则</head><p>第三段</p></div>
              </div>
            </body>
          </text>
        </TEI>
        """
        let doc = try load("speech.xml", xml)
        #expect(doc.format == .tei)
        #expect(doc.text == "# 一、总体要求\n\n第一段文字。\n\n第二段续行,正字。\n\n床前明月光\n疑是地上霜\n\n## (一)细则\n\n第三段\n\n注释一")
        #expect(!doc.text.contains("元数据标题"))
    }

    @Test("an XML encoding declaration does not re-decode text CiteTrace already decoded")
    func xmlEncodingDeclaration() throws {
        let body = "<TEI><text><body><p>简体中文</p></body></text></TEI>"
        let gb = try load("gb.xml", Fixture.iconvEncode("<?xml version=\"1.0\" encoding=\"GB2312\"?>" + body, to: "GB18030"))
        #expect(gb.encoding == .gb18030)
        #expect(gb.format == .tei)
        #expect(gb.text == "简体中文")
        let utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body
        let le = try load("le.xml", [0xFF, 0xFE] + Fixture.utf16(utf16, littleEndian: true))
        #expect(le.encoding == .utf16LE)
        #expect(le.text == "简体中文")
    }

    @Test("XML that is not TEI: element-only containers give paragraphs, inline markup flows")
    func genericXML() throws {
        let xml = "<doc>\n  <title>标题</title>\n  <para>你好 <b>加粗</b> 世界</para>\n  <para>第二</para>\n</doc>"
        let doc = try load("data.xml", xml)
        #expect(doc.format == .xml)
        #expect(doc.text == "标题\n\n你好 加粗 世界\n\n第二")
    }

    @Test("XML: internal entities expand, external ones are never fetched")
    func entities() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE r [
          <!ENTITY co "公司">
          <!ENTITY secret SYSTEM "file:///etc/hostname">
        ]>
        <r>甲&co;乙&secret;丙</r>
        """
        let doc = try load("e.xml", xml)
        #expect(doc.text == "甲公司乙丙")
    }

    @Test("malformed XML is an error with libxml2's message and line")
    func malformedXML() throws {
        let error = ingestError { _ = try load("bad.xml", "<root>\n<p>text</q>\n</root>\n") }
        guard case .malformed(let path, let detail)? = error else {
            Issue.record("expected malformed, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix("bad.xml"))
        #expect(detail.hasPrefix("line 2"))
        #expect(detail.contains("mismatch"))
    }

    @Test("HTML whose visible text is empty is an empty document")
    func emptyHTML() throws {
        let error = ingestError { _ = try load("blank.html", "<html><head><title>只有标题</title></head><body> <script>x()</script> </body></html>") }
        guard case .empty? = error else {
            Issue.record("expected empty, got \(String(describing: error))")
            return
        }
    }
}

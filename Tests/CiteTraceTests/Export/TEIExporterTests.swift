import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import CiteTrace

@Suite struct TEIExporterTests {
    let data = try! TEIExporter().export(ExportFixture.graph)

    private func probe() throws -> XMLProbe { try XMLProbe(data) }

    @Test("the export is valid TEI P5 (tei_all.rng)", .enabled(if: TEISchema.available))
    func validAgainstTEIAll() throws {
        let validator = try #require(TEISchema.validator)
        for graph in [ExportFixture.graph, ExportFixture.empty] {
            let issues = validator.validate(try TEIExporter().export(graph))
            #expect(issues.isEmpty, "\(issues.prefix(10).map(\.description).joined(separator: "\n"))")
        }
    }

    @Test("xmllint accepts the export against tei_all.rng", .enabled(if: TEISchema.available && ExportTools.hasXmllint))
    func xmllintAgrees() throws {
        let file = try ExportTools.temporaryFile(data, name: "citations.tei.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try #require(ExportTools.run(["xmllint", "--noout", "--relaxng", ExportTools.teiSchema.path, file.path]))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        #expect(try TEIExporter().export(ExportFixture.graph) == data)
    }

    @Test("every xml:id is unique")
    func uniqueIDs() throws {
        let ids = try probe().nodes("//@*[local-name()='id']").compactMap(\.stringValue)
        #expect(ids.count == Set(ids).count)
        #expect(ids.contains("S2020-08-20.w1"))
    }

    @Test("markup, ampersands, ]]> and control characters in the text survive as text")
    func hostileText() throws {
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(!text.contains("CDATA"))
        #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1 || $0.value == 0xB || $0.value == 0xFFFE })
        let paragraphs = try probe().elements("p").map(\.stringValue!)
        #expect(paragraphs.contains("標題 <script>alert(1)</script> & ]]> 測試\u{FFFD}控制\u{FFFD}字符\u{FFFD}"))
    }

    @Test("a quote inside one paragraph is a cit with its quote, source pointer and verdict")
    func inlineQuote() throws {
        let cit = try #require(try probe().nodes("//*[local-name()='cit'][@*[local-name()='id']='D001_68375046d53efcdf.q1']").first as? XMLElement)
        #expect(XMLProbe.attribute(cit, "ana") == "#verdict-normalized")
        #expect(XMLProbe.attribute(cit, "cert") == "0.9877")
        let quote = try #require(XMLProbe.children(cit, "quote").first)
        #expect(XMLProbe.attribute(quote, "source") == "#S2020-08-20")
        #expect(quote.stringValue == ExportFixture.q1)
        let ptr = try #require(XMLProbe.children(cit, "ptr").first)
        #expect(XMLProbe.attribute(ptr, "target") == "#S2020-08-20.w1")
    }

    @Test("a nested quote is a cit inside its parent's quote")
    func nestedQuote() throws {
        let nested = try probe().nodes("//*[local-name()='cit'][@*[local-name()='id']='D001_68375046d53efcdf.q2']/*[local-name()='quote']/*[local-name()='cit']")
        #expect(nested.count == 1)
        #expect((nested.first as? XMLElement).flatMap { XMLProbe.attribute($0, "id") } == "D001_68375046d53efcdf.q3")
    }

    @Test("quotes across a blank line or crossing another quote become anchors and a standOff span")
    func anchoredQuotes() throws {
        let probe = try probe()
        let spans = try probe.elements("span")
        #expect(spans.compactMap { XMLProbe.attribute($0, "id") } == ["D001_68375046d53efcdf.q4", "D001_68375046d53efcdf.q6"])
        #expect(XMLProbe.attribute(spans[0], "from") == "#D001_68375046d53efcdf.q4.start")
        #expect(XMLProbe.attribute(spans[0], "to") == "#D001_68375046d53efcdf.q4.end")
        let anchors = try probe.elements("anchor").compactMap { XMLProbe.attribute($0, "id") }
        #expect(Set(anchors) == ["D001_68375046d53efcdf.q4.start", "D001_68375046d53efcdf.q4.end", "D001_68375046d53efcdf.q6.start", "D001_68375046d53efcdf.q6.end"])
    }

    @Test("each non-equal edit is an app with the quote's lem and the source's rdg")
    func apparatus() throws {
        let apps = try probe().nodes("//*[local-name()='span'][@*[local-name()='id']='D001_68375046d53efcdf.q4']//*[local-name()='app']").compactMap { $0 as? XMLElement }
        #expect(apps.count == 2)
        let lem = try #require(XMLProbe.children(apps.first, "lem").first)
        let rdg = try #require(XMLProbe.children(apps.first, "rdg").first)
        #expect(lem.stringValue == "先行者" && XMLProbe.attribute(lem, "wit") == "#D001_68375046d53efcdf.q4")
        #expect(rdg.stringValue == "开路先锋" && XMLProbe.attribute(rdg, "wit") == "#S2020-08-20.w1")
    }

    @Test("relations: cites, derivesFrom per resolved quote, reprints; @when only for valid dates")
    func relations() throws {
        let relations = try probe().elements("relation")
        let names = relations.compactMap { XMLProbe.attribute($0, "name") }
        #expect(names.filter { $0 == "cites" }.count == 1)
        #expect(names.filter { $0 == "derivesFrom" }.count == 5)
        #expect(names.filter { $0 == "reprints" }.count == 1)
        let cites = try #require(relations.first { XMLProbe.attribute($0, "name") == "cites" })
        #expect(XMLProbe.attribute(cites, "active") == "#D001_68375046d53efcdf.a1")
        #expect(XMLProbe.attribute(cites, "passive") == "#S2020-08-20")
        #expect(XMLProbe.attribute(cites, "when") == "2020-08-22")
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("when=\"2021-02-30\"") && !text.contains("when=\"2020-13-45\""))
    }

    @Test("the header lists speeches with witnesses, and articles with publication and date")
    func header() throws {
        let probe = try probe()
        let witness = try #require(try probe.nodes("//*[local-name()='bibl'][@*[local-name()='id']='S2020-08-20']/*[local-name()='relatedItem']/*[local-name()='bibl']").first as? XMLElement)
        #expect(XMLProbe.attribute(witness, "id") == "S2020-08-20.w1")
        let article = try #require(try probe.nodes("//*[local-name()='bibl'][@*[local-name()='id']='D001_68375046d53efcdf.a1']").first as? XMLElement)
        #expect(XMLProbe.children(article, "title").map(\.stringValue!) == ["緊扣一體化和高質量抓好重點工作", "人民日報"])
        #expect(XMLProbe.children(article, "date").first.flatMap { XMLProbe.attribute($0, "when") } == "2020-08-22")
        #expect(XMLProbe.children(article, "ref").first.flatMap { XMLProbe.attribute($0, "target") } == "#D001_68375046d53efcdf")
    }
}

import Foundation
import Testing
@testable import CiteTrace

/// The concordance and the clusters in the exports of the seed graph.
@Suite struct ConcordanceExportTests {
    static let files = HTMLReport.render(SeedCorpus.graph)

    func page(_ path: String) throws -> String {
        try #require(Self.files.first { $0.path == path }).contents
    }

    @Test("each speech has a concordance page, linked from its speech page and the index")
    func pagesAndLinks() throws {
        for speech in SeedCorpus.graph.speeches {
            let path = "concordance/\(speech.id).html"
            #expect(Self.files.contains { $0.path == path })
            #expect(try page("speeches/\(speech.id).html").contains("href=\"../\(path)\""))
            #expect(try page("index.html").contains("href=\"\(path)\""))
        }
        #expect(try page("index.html").contains("href=\"clusters.html\""))
    }

    @Test("a quoted sentence is shaded, carries its count and opens onto its quotes' diffs")
    func shadedSentences() throws {
        let html = try page("concordance/S2019-08-26.html")
        let concordance = try #require(SpeechConcordanceBuilder(graph: SeedCorpus.graph).build(SeedCorpus.graph.speeches[0]))
        let sentence = try #require(concordance.sentences.first { Normalizer().normalize($0.text).string.contains("不平衡是普遍的") })
        let level = HTMLConcordancePage.level(sentence.quoteCount)
        #expect(html.contains("<details class=\"sent heat-\(level)\" id=\"s\(sentence.index)\">"))
        #expect(html.contains("<span class=\"heat heat-\(level)\" title=\"1 篇文章、\(sentence.quoteCount) 处引文（2024-12）\">\(sentence.quoteCount)</span>"))
        for cite in sentence.citations {
            #expect(html.contains("id=\"s\(sentence.index)-\(HTML.token(cite.quote))\""))
        }
        // Sentences nobody quotes are listed too, unshaded.
        #expect(html.contains("<p class=\"sent heat-0\""))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("heat-legend"))
    }

    @Test("the concordance and cluster pages are valid HTML5", .enabled(if: HTMLValidator.path != nil))
    func validHTML() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citetrace-conc-html-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        for file in Self.files where file.path.hasPrefix("concordance/") || ["clusters.html", "index.html", "report.css"].contains(file.path)
            || file.path.hasPrefix("speeches/") {
            let url = dir.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
        }
        let (status, output) = try HTMLValidator.run(["--root", dir.path, "--also-check-css"])
        #expect(status == 0, "\(output)")
    }

    @Test("clusters.html lists every cluster with its members")
    func clustersPage() throws {
        let html = try page("clusters.html")
        for cluster in SeedCorpus.graph.clusters {
            #expect(html.contains("id=\"\(HTML.token(cluster.id))\""))
        }
        #expect(html.contains(HTML.text("坚定不移走生态优先、绿色发展的现代化道路")))
    }

    @Test("TEI: every sentence is an <s>, each citation a link from the sentence to the quote, and the file is valid", .enabled(if: ExportTools.hasXmllint && ExportTools.hasTEISchema))
    func tei() throws {
        let data = try TEIExporter().export(SeedCorpus.graph)
        let xml = String(decoding: data, as: UTF8.self)
        let concordances = SpeechConcordanceBuilder(graph: SeedCorpus.graph).build(SeedCorpus.graph.speeches)
        for c in concordances {
            #expect(xml.contains("<seg type=\"concordance\" corresp=\"#\(c.speech) #\(c.speech).w"))
            for s in c.sentences {
                #expect(xml.contains("<s xml:id=\"\(c.speech).s\(s.index)\" n=\"\(s.index)\">"))
                for cite in s.citations {
                    #expect(xml.contains("<link type=\"cites\" target=\"#\(c.speech).s\(s.index) #\(cite.quote)\"/>"))
                }
            }
        }
        let file = try ExportTools.temporaryFile(data, name: "seeds.tei.xml")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try #require(ExportTools.run(["xmllint", "--noout", "--relaxng", ExportTools.teiSchema.path, file.path]))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("JSON: clusters are exported with id, text, members, claimed and earliest, and validate", .enabled(if: ExportTools.hasJSONSchemaValidator))
    func json() throws {
        let data = try JSONExporter().export(SeedCorpus.graph)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        #expect(clusters.count == SeedCorpus.graph.clusters.count)
        #expect(Set(clusters.first?.keys.map { $0 } ?? []) == ["id", "text", "members", "claimed", "earliest"])
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
        for e in errors: print(e.json_path, e.message)
        sys.exit(1 if errors else 0)
        """
        let result = try #require(ExportTools.run(["python3", "-c", script, ExportTools.jsonSchema.path], input: data))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}

import Foundation
import Testing
@testable import CiteTrace

@Suite struct JSONExporterTests {
    let data = try! JSONExporter().export(ExportFixture.graph)

    private var object: [String: Any] {
        try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    private func quote(_ suffix: String) -> [String: Any] {
        let quotes = object["quotes"] as! [[String: Any]]
        return quotes.first { ($0["id"] as! String).hasSuffix("." + suffix) }!
    }

    @Test("the same graph gives the same bytes, with keys sorted")
    func deterministic() throws {
        #expect(try JSONExporter().export(ExportFixture.graph) == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"clusters\""))
        #expect(text.firstRange(of: "\"clusters\"")!.lowerBound < text.firstRange(of: "\"documents\"")!.lowerBound)
        #expect(text.firstRange(of: "\"quotes\"")!.lowerBound < text.firstRange(of: "\"reprints\"")!.lowerBound)
    }

    @Test("missing values are written as null, not left out")
    func nullsArePresent() {
        let unresolved = quote("q5")
        #expect(unresolved["source"] is NSNull)
        #expect(unresolved["claimed"] is NSNull)
        #expect(unresolved["speaker"] is NSNull)
        #expect(unresolved["parent"] is NSNull)
        let speeches = object["speeches"] as! [[String: Any]]
        #expect(speeches[0]["venue"] is NSNull)
        let plain = (quote("q1")["source"] as! [String: Any])
        #expect(plain["segments"] is NSNull)
        let claim = quote("q4")["claimed"] as! [String: Any]
        #expect(claim["event"] is NSNull)
        let speech = speeches[1]["witnesses"] as! [[String: Any]]
        #expect(speech[1]["article"] is NSNull)
    }

    @Test("scores are rounded to 4 decimals; a NaN score becomes 0")
    func scoresRounded() {
        #expect(quote("q1")["score"] as! Double == 0.9877)
        #expect(quote("q4")["score"] as! Double == 0.8123)
        #expect(quote("q7")["score"] as! Double == 0)
        #expect(String(decoding: data, as: UTF8.self).contains("\"score\" : 0.9877,"))
    }

    @Test("paths are written exactly as Document.path, slashes unescaped")
    func paths() {
        let documents = object["documents"] as! [[String: Any]]
        #expect(documents.map { $0["path"] as! String } == ExportFixture.graph.documents.map(\.document.path))
        #expect(String(decoding: data, as: UTF8.self).contains("corpus/報紙/2020-08-22.txt"))
    }

    @Test("composites list their segments; edits keep op, quote and source")
    func sourcesAndEdits() throws {
        let composite = quote("q6")["source"] as! [String: Any]
        #expect((composite["segments"] as! [Any]).count == 2)
        let edits = quote("q4")["edits"] as! [[String: Any]]
        let first = edits.first ?? [:]
        #expect(first["op"] as? String == "replace" && first["quote"] as? String == "先行者" && first["source"] as? String == "开路先锋")
        // Words in context are null when the edit does not carry them.
        #expect(first["quoteWord"] is NSNull && first["sourceWord"] is NSNull)
    }

    @Test("the summary counts quotes by verdict, speech and article")
    func summary() {
        let summary = object["summary"] as! [String: Any]
        #expect(summary["quotes"] as! Int == 7)
        let byVerdict = summary["byVerdict"] as! [String: Int]
        #expect(byVerdict.count == Verdict.allCases.count)
        #expect(byVerdict["unresolved"] == 2 && byVerdict["paraphrase"] == 0)
        let bySpeech = summary["bySpeech"] as! [String: [String: Int]]
        #expect(bySpeech["S2020-08-20"] == ["normalized": 2, "verbatim": 1, "variant": 1, "composite": 1])
        let byArticle = summary["byArticle"] as! [String: [String: Int]]
        #expect(byArticle["D002_6ab91b46e2dce4c7.a1"] == ["unresolved": 1])
        #expect(summary["documents"] as! Int == 3 && summary["articles"] as! Int == 3 && summary["speeches"] as! Int == 2)
    }

    @Test("the output validates against schema/citations.schema.json", .enabled(if: ExportTools.hasJSONSchemaValidator))
    func validatesAgainstSchema() throws {
        for graph in [ExportFixture.graph, ExportFixture.empty] {
            let json = try JSONExporter().export(graph)
            let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
            for e in errors: print(e.json_path, e.message)
            sys.exit(1 if errors else 0)
            """
            let result = try #require(ExportTools.run(["python3", "-c", script, ExportTools.jsonSchema.path], input: json))
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }
}

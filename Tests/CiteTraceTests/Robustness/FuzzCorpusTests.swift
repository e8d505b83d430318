import CiteTraceFuzzing
import Foundation
import Testing
@testable import CiteTrace

/// Every committed fuzz input (`Tests/Fuzz/corpus/<target>/`) through the code the fuzz
/// targets run (`FuzzChecks`): no crash, no broken promise, and TEI valid against `tei_all`.
@Suite struct FuzzCorpusTests {
    static let corpus = Fixture.repositoryRoot + "/Tests/Fuzz/corpus"

    /// `ingest/…` and `export/…`, sorted; both targets' inputs go through both checks.
    static let inputs: [String] = ["ingest", "export"].flatMap { target in
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus + "/" + target)) ?? []).sorted().map { target + "/" + $0 }
    }

    static let catalog = FuzzCatalog(seeds: Fixture.repositoryRoot + "/seeds")

    static func bytes(_ input: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus + "/" + input)))
    }

    @Test("the committed corpus is there: at least a dozen inputs for each target, under 1 MB")
    func corpusIsCommitted() throws {
        #expect(Self.inputs.filter { $0.hasPrefix("ingest/") }.count >= 12)
        #expect(Self.inputs.filter { $0.hasPrefix("export/") }.count >= 12)
        let total = try Self.inputs.reduce(0) { $0 + (try Self.bytes($1)).count }
        #expect(total < 1_000_000)
        #expect(Self.catalog != nil, "seeds/ should hold at least one speech witness")
    }

    @Test("ingest: read as .txt, .html and .xml, normalized, segmented, quotes extracted and matched", arguments: inputs)
    func ingest(_ input: String) throws {
        let problems = FuzzChecks.ingest(try Self.bytes(input), catalog: Self.catalog)
        #expect(problems.isEmpty, "\(input): \(problems.prefix(5).joined(separator: "\n"))")
    }

    @Test("export: every report format; TEI valid, no live script in the HTML", arguments: inputs)
    func export(_ input: String) throws {
        let files = try FuzzChecks.report(try Self.bytes(input))
        let problems = FuzzChecks.check(reportFiles: files)
        #expect(problems.isEmpty, "\(input): \(problems.prefix(5).joined(separator: "\n"))")
        guard let validator = TEISchema.validator else { return }
        let tei = try #require(files.first { $0.path == "citations.tei.xml" })
        let issues = validator.validate(tei.data)
        #expect(issues.isEmpty, "\(input): \(issues.prefix(5).map(\.description).joined(separator: "\n"))")
    }

    @Test("the HTML script check finds a script the report did not write")
    func liveScriptCheck() {
        #expect(FuzzChecks.liveScript(in: "<head><script src=\"report.js\" defer></script></head>") == nil)
        #expect(FuzzChecks.liveScript(in: "<script src=\"../report.js\" defer></script>") == nil)
        #expect(FuzzChecks.liveScript(in: "<p>&lt;script&gt;</p>") == nil)
        #expect(FuzzChecks.liveScript(in: "<p><SCRIPT>alert(1)</SCRIPT></p>") == "<SCRIPT")
        #expect(FuzzChecks.liveScript(in: "<script src=\"evil.js/report.js\" defer>") != nil)
        #expect(FuzzChecks.liveScript(in: "<script src=\"report.js\" defer></script><script >x") == "<script ")
    }
}

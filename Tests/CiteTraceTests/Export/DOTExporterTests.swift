import Foundation
import Testing
@testable import CiteTrace

@Suite struct DOTExporterTests {
    @Test("quotes, backslashes, line breaks and control characters cannot break a DOT string")
    func escaping() {
        #expect(DOTExporter.quoted("他說\"好\"\\n\n下行\u{0001}\u{FFFE}") == "\"他說\\\"好\\\"\\\\n\\n下行\"")
    }

    @Test("every node and edge is written, labels truncated")
    func content() throws {
        let dot = DOTExporter(labelLimit: 10).render(ExportFixture.graph)
        #expect(dot.hasPrefix("digraph citations {"))
        #expect(dot.hasSuffix("}\n"))
        #expect(dot.components(separatedBy: " -> ").count - 1 == 16)
        #expect(dot.contains("[label=\"要緊扣一體化和高質…\""))
        #expect(dot.contains("\"article:D001_68375046d53efcdf.a1\" -> \"speech:S2020-08-20\" [label=\"cites\", weight=\"5\"];"))
    }

    @Test("Graphviz parses the output", .enabled(if: ExportTools.hasDot))
    func graphvizParses() throws {
        let result = try #require(ExportTools.run(["dot", "-Tcanon"], input: try DOTExporter().export(ExportFixture.graph)))
        #expect(result.status == 0, "\(result.stderr)")
    }
}

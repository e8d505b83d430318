import Foundation
import Testing
@testable import CiteTrace

@Suite struct DOTExporterTests {
    @Test("quotes, backslashes, line breaks and control characters cannot break a DOT string")
    func escaping() {
        #expect(DOTExporter.quoted("他說\"好\"\\n\n下行\u{0001}\u{FFFE}") == "\"他說\\\"好\\\"\\\\n\\n下行\"")
    }

    @Test("a DOT string keeps every scalar but the escaped and dropped ones, for any text", arguments: [UInt64(5), 6, 7])
    func escapingAnyText(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("a\\\"\n\t\r 汉字\u{7F}\u{85}\u{9F}\u{A0}😀".unicodeScalars) + scalars([0x1, 0x1F, 0xFFFD, 0xFFFE, 0xFFFF])
        for _ in 0..<500 {
            let text = random.scalars(from: alphabet, maxLength: 40)
            var expected = "\""
            for scalar in text {
                switch scalar {
                case "\\": expected += "\\\\"
                case "\"": expected += "\\\""
                case "\n": expected += "\\n"
                case "\t": expected += " "
                case _ where scalar.properties.generalCategory == .control || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
                default: expected.unicodeScalars.append(scalar)
                }
            }
            expected += "\""
            #expect(DOTExporter.quoted(String(String.UnicodeScalarView(text))) == expected)
        }
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

    @Test("labels are cut by characters, not bytes or scalars, at exactly the limit")
    func shortenedByCharacters() {
        let flag = "🇨🇳", accented = "e\u{301}"   // one character each, of 8 and 3 bytes
        for limit in [0, 1, 2, 3, 5] {
            for text in ["", "中", "中文", "中文标点", "abcde", flag + flag + flag, String(repeating: accented, count: 4), "a" + flag + "中"] {
                let expected = text.count > limit ? String(text.prefix(max(limit - 1, 0))) + "…" : text
                #expect(DOTExporter.shortened(text, to: limit) == expected, "\(text) \(limit)")
            }
        }
    }

    @Test("Graphviz parses the output", .enabled(if: ExportTools.hasDot))
    func graphvizParses() throws {
        let result = try #require(ExportTools.run(["dot", "-Tcanon"], input: try DOTExporter().export(ExportFixture.graph)))
        #expect(result.status == 0, "\(result.stderr)")
    }
}

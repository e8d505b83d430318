import Foundation
import Testing
@testable import CiteTrace

/// Random but reproducible graphs: any spans, any text — the TEI must stay valid.
@Suite(.enabled(if: TEISchema.available)) struct ExportTEIRandomGraphTests {
    /// SplitMix64, so every run sees the same graphs.
    struct Random {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }

    static let alphabet = Array("長三角一体化發展，。「」“”\n\n  <>&]]>\u{0001}\u{000B}\u{FFFE}\u{FFFF}\u{0000}\u{007F}\u{D7FF}😀\t\r".unicodeScalars)

    static func graph(seed: UInt64) -> CitationGraph {
        var random = Random(state: seed)
        var documents: [DocumentNode] = []
        var quotes: [MatchedQuote] = []
        for d in 0..<(1 + random.next(3)) {
            var view = String.UnicodeScalarView()
            for _ in 0..<random.next(120) { view.append(alphabet[random.next(alphabet.count)]) }
            let document = Document(id: "D\(d)", path: "dir/\(d) <&>.txt", format: .text, encoding: .utf8, sha256: "", text: String(view))
            let count = document.scalars.count
            var articles: [ArticleNode] = []
            for a in 0..<random.next(4) {
                let start = random.next(count + 2), end = start + random.next(count + 2) - 3
                let article = Article(id: "D\(d).a\(a)", document: document.id, kind: .report, title: a == 0 ? nil : "題\u{0001}<\(a)>", authors: ["甲", "乙"], publication: "報&刊", date: ["2020-02-30", "2020-02", nil][random.next(3)], dateText: "二月", start: start, end: end, normalizedRange: 0..<0)
                articles.append(ArticleNode(article: article, cites: [Citation(speech: "S1", count: 1 + random.next(3), verdicts: ["verbatim": 1])]))
            }
            for q in 0..<random.next(14) {
                let start = random.next(count + 3) - 1, end = start + random.next(count + 3) - 1
                let parent = q > 0 && random.next(2) == 0 ? "D\(d).q\(random.next(q))" : nil
                let quote = Quote(id: "D\(d).q\(q)", document: document.id, article: "D\(d).a0", start: start, end: end, text: "", normalized: "", marked: random.next(2) == 0, trivial: random.next(3) == 0, unclosed: false, speaker: random.next(2) == 0 ? "講者\u{FFFE}" : nil, cue: nil, claimed: Claim(date: "2020-01-01", event: "會\u{0001}"), parent: parent, normalizedRange: 0..<0)
                let resolved = random.next(3) > 0
                let source = resolved ? SourceLink(speech: ["S1", "S9"][random.next(2)], document: "D0", start: 0, end: 5, segments: random.next(2) == 0 ? [SourceSegment(document: "D0", start: 0, end: 2), SourceSegment(document: "Dx", start: 0, end: 1)] : nil) : nil
                let verdict = resolved ? Verdict.allCases[random.next(6)] : .unresolved
                quotes.append(MatchedQuote(quote: quote, source: source, verdict: verdict, score: Double(random.next(1000)) / 999, edits: [Edit(op: .replace, quote: "<甲>\u{0001}", source: "&乙]]>"), Edit(op: .equal, quote: "x", source: "x")], script: []))
            }
            documents.append(DocumentNode(document: document, articles: articles))
        }
        // A quote whose document is not in the graph must not break anything either.
        quotes.append(MatchedQuote(quote: Quote(id: "Dmissing.q1", document: "Dmissing", article: "Dmissing.a1", start: 0, end: 3, text: "", normalized: "", marked: true, trivial: false, unclosed: false, speaker: nil, cue: nil, claimed: nil, parent: nil, normalizedRange: 0..<0), source: nil, verdict: .unresolved, score: 0, edits: [], script: []))
        let speech = Speech(id: "S1", speaker: "習", title: "<講話>", venue: nil, date: "2020-01-01", witnesses: [
            Witness(document: "D0", article: nil, start: 0, end: 4, kind: .text),
            Witness(document: "Dnowhere", article: "Dnowhere.a1", start: 2, end: 9, kind: .report),
        ])
        let reprint = Reprint(id: "R 1", a: ReprintSpan(document: "D0", article: "D0.a0", start: 0, end: 3), b: ReprintSpan(document: "D0", article: "D0.a1", start: 4, end: 8), length: 3)
        return CitationGraph(documents: documents, speeches: [speech], quotes: quotes, reprints: [reprint])
    }

    @Test("random graphs with crossing, empty and out-of-range spans export valid TEI", arguments: 0..<40)
    func valid(seed: Int) throws {
        let validator = try #require(TEISchema.validator)
        let data = try TEIExporter().export(Self.graph(seed: UInt64(seed)))
        let issues = validator.validate(data)
        #expect(issues.isEmpty, "seed \(seed): \(issues.prefix(5).map(\.description).joined(separator: "\n"))")
        #expect(String(decoding: data, as: UTF8.self).contains("<span xml:id=\"Dmissing.q1\""))
    }

    @Test("random graphs load in networkx", .enabled(if: ExportTools.hasNetworkX))
    func graphML() throws {
        for seed in 0..<5 {
            let graph = Self.graph(seed: UInt64(seed))
            let network = CitationNetwork(graph)
            let result = try #require(ExportTools.run(["python3", "-c", GraphMLExporterTests.loader], input: try GraphMLExporter().export(graph)))
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(network.nodes.count) \(network.edges.count)")
        }
    }
}

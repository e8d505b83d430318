import CiteTrace
import Foundation

/// What the libFuzzer targets (`scripts/fuzz.sh`) and the corpus regression test
/// (`Tests/CiteTraceTests/Robustness/FuzzCorpusTests.swift`) run on one input.
///
/// Each check returns the broken promises it found, as sentences; an empty list means
/// the input went through. A crash inside the engine is a crash here too: that is
/// what the fuzzer looks for. The fuzz entry points turn a non-empty list into a
/// crash as well, so libFuzzer keeps the input.
public enum FuzzChecks {
    /// The file names each ingest input is read under: one per text reader.
    public static let ingestNames = ["fuzz.txt", "fuzz.html", "fuzz.xml"]

    /// Reads `bytes` with the engine's decoder as `.txt`, `.html` and `.xml`, then
    /// normalizes, segments and extracts quotes, and matches them against `catalog`
    /// (when given). Checks every offset promise of `Document`, `NormalizedText`,
    /// `Article` and `Quote`, and that an ingest error names the file.
    public static func ingest(_ bytes: [UInt8], catalog: FuzzCatalog? = nil) -> [String] {
        var problems: [String] = []
        var analysed = Set<String>()
        for name in ingestNames {
            let document: Document
            do {
                document = try Ingestor().document(bytes: bytes, path: name, relativePath: name)
            } catch {
                if !error.description.hasPrefix(name + ": ") { problems.append("\(name): an ingest error that does not name the file: \(error)") }
                continue
            }
            // Plain text often reads the same through the HTML reader: analyse each text once.
            guard analysed.insert(document.text).inserted else { continue }
            let analysis = DocumentAnalysis(document: document)
            problems += check(analysis).map { "\(name): \($0)" }
            let leaders = catalog?.catalog.speakers ?? []
            let extracted = QuoteExtractor(leaders: leaders).extract(analysis)
            problems += extracted.flatMap { check($0.quote, in: analysis) }.map { "\(name): \($0)" }
            if let catalog {
                let matcher = catalog.matcher.including([analysis])
                for quote in extracted {
                    let matched = matcher.match(quote)
                    if !(0...1).contains(matched.score) { problems.append("\(name): quote \(matched.quote.id) has score \(matched.score)") }
                }
            }
        }
        return problems
    }

    /// A one-document corpus of `bytes` decoded leniently (invalid UTF-8 replaced, control
    /// characters kept), through the whole pipeline into every report format. Checks
    /// that each file was produced, that the TEI and GraphML are well-formed XML, that
    /// the JSON parses, and that no HTML page holds a `<script` other than the report's own.
    public static func export(_ bytes: [UInt8]) -> [String] {
        do {
            return check(reportFiles: try report(bytes))
        } catch {
            return ["export failed: \(error)"]
        }
    }

    /// Every report file for the one-document corpus of `bytes` (see `export`).
    public static func report(_ bytes: [UInt8]) throws -> [(path: String, data: Data)] {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(id: "Dfuzz", path: "fuzz <&>.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        let analysis = try CorpusAnalysis(corpus: Corpus(documents: [document], warnings: []))
        return try ReportFormat.files(CitationGraphBuilder().build(analysis), formats: Set(ReportFormat.allCases))
    }

    /// The promises of a finished report: see `export`.
    public static func check(reportFiles files: [(path: String, data: Data)]) -> [String] {
        var problems: [String] = []
        let paths = Set(files.map(\.path))
        for required in ["citations.json", "citations.tei.xml", "citations.graphml", "citations.dot", "index.html"] where !paths.contains(required) {
            problems.append("\(required) is missing from the report")
        }
        for file in files {
            if file.path.hasSuffix(".xml") || file.path.hasSuffix(".graphml"), let issue = TEIValidator.wellFormednessIssue(file.data) {
                problems.append("\(file.path) is not well-formed: \(issue)")
            }
            if file.path.hasSuffix(".json"), (try? JSONSerialization.jsonObject(with: file.data)) == nil {
                problems.append("\(file.path) is not valid JSON")
            }
            if file.path.hasSuffix(".html") {
                let html = String(decoding: file.data, as: UTF8.self)
                if let live = liveScript(in: html) { problems.append("\(file.path) has a script the report did not write: \(live)") }
            }
        }
        return problems
    }

    /// The first `<script` (any case) that is not the report's own
    /// `<script src="report.js" defer>` (`../report.js` in a sub-folder), cut to 80 bytes.
    /// Scans the UTF-8 bytes: `<script` is ASCII, and a byte scan is fast enough for a fuzzer.
    public static func liveScript(in html: String) -> String? {
        let bytes = Array(html.utf8)
        let open = Array("<script".utf8)
        let prefix = Array("<script src=\"".utf8), suffix = Array("report.js\" defer".utf8), up = Array("../".utf8)
        var i = 0
        while i + open.count <= bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "<"), zip(bytes[i..<(i + open.count)], open).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else { continue }
            let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            let tag = bytes[i..<close]
            var own = false
            if tag.starts(with: prefix), tag.count >= prefix.count + suffix.count, tag.suffix(suffix.count).elementsEqual(suffix) {
                var root = tag.dropFirst(prefix.count).dropLast(suffix.count)
                while root.starts(with: up) { root = root.dropFirst(up.count) }
                own = root.isEmpty
            }
            if !own { return String(decoding: tag.prefix(80), as: UTF8.self) }
        }
        return nil
    }

    // MARK: - Promises of the stages

    /// `Document`, `NormalizedText` and `Article` offsets.
    public static func check(_ a: DocumentAnalysis) -> [String] {
        var problems: [String] = []
        let n = a.normalized, count = a.document.scalars.count
        if n.originalCount != count { problems.append("normalized originalCount \(n.originalCount) ≠ \(count) scalars") }
        if n.originStart.count != n.count || n.originEnd.count != n.count { problems.append("normalized origin arrays differ in length from the text") }
        var previous = -1
        for i in 0..<min(n.count, n.originStart.count, n.originEnd.count) {
            let start = Int(n.originStart[i]), end = Int(n.originEnd[i])
            if !(start <= end && end <= count) || start <= previous {
                problems.append("normalized scalar \(i) has origin \(start)..<\(end) after \(previous) in \(count) scalars")
                break
            }
            previous = start
        }
        for article in a.articles {
            if !(0 <= article.start && article.start <= article.end && article.end <= count) {
                problems.append("article \(article.id) spans \(article.start)..<\(article.end) of \(count) scalars")
            }
            if article.normalizedRange.upperBound > n.count || article.normalizedRange.lowerBound < 0 {
                problems.append("article \(article.id) normalized range \(article.normalizedRange) of \(n.count)")
            }
        }
        return problems
    }

    /// `Quote`: offsets inside the texts, `text` and `normalized` equal to what they point at.
    public static func check(_ q: Quote, in a: DocumentAnalysis) -> [String] {
        let count = a.document.scalars.count, n = a.normalized
        guard 0 <= q.start, q.start <= q.end, q.end <= count else { return ["quote \(q.id) spans \(q.start)..<\(q.end) of \(count) scalars"] }
        guard 0 <= q.normalizedRange.lowerBound, q.normalizedRange.upperBound <= n.count else {
            return ["quote \(q.id) normalized range \(q.normalizedRange) of \(n.count)"]
        }
        var problems: [String] = []
        if q.text != a.document.slice(q.start..<q.end) { problems.append("quote \(q.id) text is not the document's slice") }
        if q.normalized != n.string(q.normalizedRange) { problems.append("quote \(q.id) normalized text is not the normalized slice") }
        return problems
    }
}

/// A fixed speech catalog to match fuzzed quotes against, built once from seed documents.
public struct FuzzCatalog: Sendable {
    public let catalog: SpeechCatalog
    /// A matcher over the catalog, its index built once.
    public let matcher: Matcher

    /// Reads the `.txt` files of `directory` (the repository's `seeds/`), keeping only the
    /// documents that hold a speech witness so each match stays cheap; nil when none do.
    public init?(seeds directory: String) {
        guard let corpus = try? Ingestor().load(paths: [directory]) else { return nil }
        let all = corpus.documents.map { DocumentAnalysis(document: $0) }
        let full = SpeechCatalog.build(from: all)
        let witnessDocuments = Set(full.speeches.flatMap { $0.witnesses.map(\.document) })
        let documents = all.filter { witnessDocuments.contains($0.document.id) }
        guard !documents.isEmpty else { return nil }
        catalog = SpeechCatalog.build(from: documents)
        matcher = Matcher(catalog: catalog, documents: documents)
    }
}

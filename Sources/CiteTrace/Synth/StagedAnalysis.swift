import Foundation

/// How long one stage of a run took.
public struct StageTiming: Codable, Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// The process's peak resident set (`VmHWM`) when the stage ended, in bytes.
    public var peakResident: Int?

    public init(stage: String, seconds: Double, peakResident: Int? = nil) {
        self.stage = stage
        self.seconds = seconds
        self.peakResident = peakResident
    }
}

/// What `analyze` does — `Ingestor`, `CorpusAnalysis`, `CitationGraphBuilder`, the
/// exporters — run one stage at a time with a clock around each, so a benchmark can tell
/// where the time goes. It calls the same stage functions in the same order as those
/// types (a test checks that the graph is the same), so it measures their code; when
/// `CorpusAnalysis` or `CitationGraphBuilder` change how they compose the stages, this
/// must follow.
///
/// Stages: `ingest`, `normalize`, `segment`, `catalog`, `quotes` (extraction), `index`
/// (the matcher's n-gram index), `match` (aligning extracted quotes), `reuse` (unmarked
/// reuse), `reprints`, `graph` (ordering and citation counts), `export` (every format
/// rendered in memory), `write` (the files written to disk).
public struct StagedAnalysis {
    public private(set) var timings: [StageTiming] = []
    public var settings = MatchSettings()

    public init() {}

    private mutating func time<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let d = clock.now - start
        timings.append(StageTiming(stage: stage, seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18,
                                   peakResident: ProcessMemory.peakResident()))
        return result
    }

    /// Reads `paths`, builds the graph, and writes every report format into `output`
    /// (skipped when nil). Returns the graph.
    public mutating func run(paths: [String], output: String?) throws -> CitationGraph {
        let settings = self.settings
        let corpus = try time("ingest") { try Ingestor().load(paths: paths) }
        let normalized = time("normalize") { corpus.documents.map { Normalizer().normalize($0.scalars) } }
        let documents = time("segment") {
            zip(corpus.documents, normalized).map { doc, norm in
                DocumentAnalysis(document: doc, normalized: norm, articles: Segmenter().segment(doc, norm))
            }
        }
        let catalog = time("catalog") { SpeechCatalog.build(from: documents) }
        let witnesses = catalog.witnessArticles
        let extracted = time("quotes") {
            let extractor = QuoteExtractor(leaders: catalog.speakers)
            return documents.flatMap { extractor.extract($0, skipping: witnesses) }
        }
        let matcher = time("index") { Matcher(catalog: catalog, documents: documents, settings: settings) }
        var quotes = time("match") { extracted.map(matcher.match) }
        time("reuse") {
            let reuse = ReuseFinder(matcher: matcher)
            let existing = Dictionary(grouping: quotes.map(\.quote), by: \.document)
            for doc in documents {
                quotes += reuse.find(in: doc, skipping: witnesses, existing: existing[doc.document.id] ?? [])
            }
        }
        let reprints = time("reprints") { ReprintFinder(minLength: settings.reprintMinLength).find(documents, skipping: witnesses) }
        let graph = time("graph") { () -> CitationGraph in
            let ordered = CitationGraphBuilder.ordered(quotes, documents: documents)
            let byArticle = Dictionary(grouping: ordered, by: \.quote.article)
            let nodes = documents.map { doc in
                DocumentNode(document: doc.document, articles: doc.articles.map { art in
                    ArticleNode(article: art, cites: CitationGraphBuilder.citations(of: art.id, byArticle[art.id] ?? []))
                })
            }
            return CitationGraph(documents: nodes, speeches: catalog.speeches, quotes: ordered, reprints: reprints)
        }
        if let output {
            var out = OutputDirectory(path: output)
            try time("export") {
                for file in try ReportFormat.files(graph, formats: Set(ReportFormat.allCases)) { out.stage(file.path, file.data) }
            }
            _ = try time("write") { try out.commit() }
        }
        return graph
    }
}

/// The process's memory as Linux reports it in `/proc/self/status`.
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, or nil where there is no `/proc`.
    /// Process-wide and never reset: to measure one run, run it in a process of its own.
    public static func peakResident() -> Int? { field("VmHWM") }

    /// Current resident set size (`VmRSS`) in bytes.
    public static func resident() -> Int? { field("VmRSS") }

    static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
            return kb.map { $0 * 1024 }
        }
        return nil
    }
}

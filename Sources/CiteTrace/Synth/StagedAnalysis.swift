import Foundation

/// How long one stage of a run took.
public struct StageTiming: Codable, Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    /// The process's peak resident set (`VmHWM`) when the stage ended, in bytes.
    public var peakResident: Int?
    /// The process's resident anonymous memory (`RssAnon`) when the stage ended, in bytes:
    /// the resident set less mapped files, such as spilled texts, that the kernel may drop.
    public var anonymousResident: Int?
    /// Processor time (user and system, all threads) the process spent in the stage, in
    /// seconds: divided by `seconds`, how many cores the stage kept busy.
    public var processorSeconds: Double?

    public init(stage: String, seconds: Double, peakResident: Int? = nil, anonymousResident: Int? = nil,
                processorSeconds: Double? = nil) {
        self.stage = stage
        self.seconds = seconds
        self.peakResident = peakResident
        self.anonymousResident = anonymousResident
        self.processorSeconds = processorSeconds
    }
}

/// What `analyze` does — `Ingestor`, `CorpusAnalysis`, `CitationGraphBuilder`, the
/// exporters — with a `StageClock` around each stage, so a benchmark can tell where the
/// time goes. It runs the very same code as `analyze` (the stages time themselves when
/// given a clock), in parallel where `analyze` is.
///
/// Stages: `ingest`, `normalize`, `segment`, `catalog`, `quotes` (extraction), `index`
/// (the matcher's n-gram index), `match` (aligning extracted quotes), `reuse` (unmarked
/// reuse and echoes), `reprints` (with, beside it, the graph's ordering, citation counts
/// and clusters, then the report's tables and as many article pages as the search leaves
/// time for), `graph` (the parts put together), `export` (every other file rendered and
/// written, file by file, into the staging folder), `write` (the staged files moved into
/// place).
public struct StagedAnalysis {
    public var timings: [StageTiming] { clock.timings }
    public var settings = MatchSettings()
    /// Where the texts are kept, as `analyze --spill` chooses.
    public var storage = TextStorage.memory
    private let clock = StageClock()

    public init() {}

    /// Reads `paths`, builds the graph, and writes every report format into `output`
    /// (skipped when nil). Returns the graph.
    public mutating func run(paths: [String], output: String?) throws -> CitationGraph {
        let corpus = try clock.measure("ingest") { try Ingestor(options: IngestOptions(storage: storage)).load(paths: paths) }
        let analysis = try CorpusAnalysis(corpus: corpus, clock: clock)
        // As in `analyze`: the pages are started while the reprints are searched for (in
        // the `reprints` stage), and the normalized texts are freed before the rest.
        let staging = try output.map { try OutputDirectory(path: $0).begin() }
        let writer = staging.map { ReportWriter(formats: Set(ReportFormat.allCases), staging: $0) }
        let graph = CitationGraphBuilder(settings: settings).build(consume analysis, clock: clock) { draft, searching in
            writer?.renderAhead(draft, while: searching)
        }
        ProcessMemory.returnFreedMemory()
        if let writer, let staging {
            try clock.measure("export") { try writer.finish(graph) }
            _ = try clock.measure("write") { try staging.commit() }
        }
        return graph
    }
}

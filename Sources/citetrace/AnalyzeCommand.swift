import ArgumentParser
import CiteTrace
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run the whole pipeline and write the reports.",
        discussion: """
        Writes citations.json, citations.tei.xml, citations.graphml, citations.dot and an HTML \
        report (index.html, speeches/, articles/, timeline.html, unresolved.html) into --out. \
        Each file is written to a staging folder as soon as it is rendered, and the files are \
        moved into place only when all of them were written, so a failed run leaves the previous reports as they were.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(name: .customLong("out"), help: "The output directory (created if missing).") var out: String
    @Option(name: .customLong("format"), parsing: .upToNextOption,
            help: "Formats to write: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: all).")
    var formats: [String] = []
    @Flag(help: "Print nothing but errors.") var quiet = false

    func run() throws {
        var chosen = Set(ReportFormat.allCases)
        if !formats.isEmpty {
            chosen = []
            for f in formats.flatMap({ $0.split(separator: ",") }) {
                guard let format = ReportFormat(rawValue: f.lowercased()) else {
                    throw ValidationError("unknown format '\(f)'; use \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                chosen.insert(format)
            }
        }
        var progress = Progress(quiet: quiet)
        progress.stage("reading \(input.paths.joined(separator: " "))")
        let corpus = try input.loadCorpus()
        let spill = corpus.spill
        // Counted only for a progress line that is shown: it walks every text.
        let bytes = progress.enabled ? corpus.documents.reduce(0) { $0 + $1.utf8Count } : nil
        progress.stage("normalizing and segmenting \(corpus.documents.count) documents", bytes: bytes)
        let analysis = try CorpusAnalysis(corpus: corpus, supplied: catalog.load())
        progress.stage("extracting and matching quotes against \(analysis.catalog.speeches.count) speeches", bytes: bytes)
        let staging = try OutputDirectory(path: out).begin()
        let writer = ReportWriter(formats: chosen, staging: staging)
        // `consume`: the normalized texts are not needed for writing, and they are a
        // fifth of the peak memory; the graph keeps only the original texts. The pages
        // are started while the reprints are searched for.
        let graph = CitationGraphBuilder().build(consume analysis) { writer.renderAhead($0, while: $1) }
        ProcessMemory.returnFreedMemory()
        progress.stage("writing reports", bytes: bytes)
        try writer.finish(graph)
        // Made before the graph goes, and only when it is printed.
        let summary = quiet ? nil : Self.summary(graph)
        let written = try staging.commit()
        // The writer's tables hold the graph too: both go together, without a wait.
        releaseInBackground((consume graph, consume writer))
        progress.stage("done", bytes: bytes)
        if !quiet {
            if let summary { Output.info(summary) }
            Output.info("wrote \(written.count) files to \(out)")
            if let spill {
                Output.info(String(format: "kept %.1f MB of texts in spill files in %@ (deleted on exit)", Double(spill.bytesStored) / 1e6, spill.directory))
            }
        }
    }

    /// The line saying what the graph holds.
    private static func summary(_ graph: CitationGraph) -> String {
        let linked = graph.quotes.filter { $0.source != nil }.count
        let articles = graph.documents.reduce(0) { $0 + $1.articles.count }
        return "\(graph.documents.count) documents, \(articles) articles, \(graph.speeches.count) speeches, \(graph.quotes.count) quotes (\(linked) linked to a speech), \(graph.reprints.count) reprinted passages"
    }
}

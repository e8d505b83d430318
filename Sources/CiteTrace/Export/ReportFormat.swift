import Foundation

/// The files `analyze` can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `citations.json`, the full graph (see `schema/citations.schema.json`).
    case json
    /// `citations.tei.xml`, TEI P5.
    case tei
    /// `index.html` and one page per speech and article, with `report.css` and `report.js`.
    case html
    /// `citations.graphml`, for Gephi and NetworkX.
    case graphml
    /// `citations.dot`, for Graphviz.
    case dot

    /// Renders every file of the chosen formats on all cores, each streamed into
    /// `staging` as it is rendered (see `ReportWriter`, which can also start on the pages
    /// before the graph's reprints are found). On failure the error of the first failing
    /// file in path order is thrown (an `ExportError` or an `OutputError`), and nothing
    /// is committed.
    public static func write(_ graph: CitationGraph, formats: Set<ReportFormat>, to staging: OutputDirectory.Staging) throws {
        try ReportWriter(formats: formats, staging: staging).finish(graph)
    }

    /// The order cores take files in as they come free: the longest first, so that no
    /// core is left rendering a large file alone at the end: the single-file formats (at
    /// 100 MB the TEI takes seconds), then the pages of the whole corpus (a speech's page
    /// is tens of MB), then the article pages.
    ///
    /// Each single-file format is a file of its own, not one lane of them in turn: in
    /// one lane they were half the export's processor time, so on more than two cores
    /// that lane alone set the export's length. Their tables are small beside the
    /// analysis they are built from: rendered at once, the peak memory of a 100 MB run
    /// did not move (429–430 MB either way).
    static func renderOrder(_ files: [ReportFile]) -> [ReportFile] {
        let pages = files.filter { !$0.ownsTables }
        return files.filter(\.ownsTables) + pages.filter(\.growsWithCorpus) + pages.filter { !$0.growsWithCorpus }
    }

    /// Every file of the chosen formats, relative path → bytes, sorted by path: the whole
    /// report in memory, for checks that read it back (tests, fuzzing). `write` streams.
    public static func files(_ graph: CitationGraph, formats: Set<ReportFormat>) throws -> [(path: String, data: Data)] {
        let files = plan(graph, formats: formats)
        let rendered = files.parallelMap { file in Result { try ByteSink.collect(file.render) } }
        return try zip(files, rendered).map { ($0.path, try $1.get()) }.sorted { $0.path < $1.path }
    }

    /// Every file of the chosen formats, the single-file formats first. Paths are unique.
    static func plan(_ graph: CitationGraph, formats: Set<ReportFormat>) -> [ReportFile] {
        standalone(graph, formats: formats) + shared(graph, formats: formats)
    }

    /// The files drawn from the graph alone, each exporter building its own tables: GraphML
    /// (the largest of them) first, then JSON and DOT.
    static func standalone(_ graph: CitationGraph, formats: Set<ReportFormat>) -> [ReportFile] {
        let exporters: [(ReportFormat, String, @Sendable (ByteSink) throws -> Void)] = [
            (.graphml, GraphMLExporter().fileName, { try GraphMLExporter().write(graph, to: $0) }),
            (.json, JSONExporter().fileName, { try JSONExporter().write(graph, to: $0) }),
            (.dot, DOTExporter().fileName, { try DOTExporter().write(graph, to: $0) }),
        ]
        return exporters.filter { formats.contains($0.0) }.map { ReportFile(path: $0.1, ownsTables: true, render: $0.2) }
    }

    /// The TEI file and the HTML pages, which share each speech's concordance and the
    /// pages' lookup tables (`SharedTables`).
    static func shared(_ graph: CitationGraph, formats: Set<ReportFormat>) -> [ReportFile] {
        SharedTables(graph, formats: formats).files(graph)
    }
}

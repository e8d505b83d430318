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
    /// `staging` as it is rendered, so only a chunk of each file being rendered is in
    /// memory at a time. The single-file formats are rendered one after another, while
    /// the other cores render the HTML pages: each builds lookup tables as large as the
    /// graph, and two at once would double that. The bytes do not depend on the order
    /// files are rendered in. On failure the error of the first failing file in path
    /// order is thrown (an `ExportError` or an `OutputError`), and nothing is committed.
    public static func write(_ graph: CitationGraph, formats: Set<ReportFormat>, to staging: OutputDirectory.Staging) throws {
        let files = plan(graph, formats: formats)
        let single = files.filter(\.ownsTables)
        // Cores take lanes in order as they come free, so the lanes that may take long go
        // first: with a page of the whole corpus last, one core could be rendering it
        // alone at the end (at 100 MB, a speech's page is tens of MB).
        let pages = files.filter { !$0.ownsTables }
        let lanes = (single.isEmpty ? [] : [single])
            + (pages.filter(\.growsWithCorpus) + pages.filter { !$0.growsWithCorpus }).map { [$0] }
        let failures = lanes.parallelMap { lane -> [(path: String, error: any Error)] in
            lane.compactMap { file in
                do {
                    try staging.write(file.path, streaming: file.render)
                    return nil
                } catch {
                    return (file.path, error)
                }
            }
        }
        if let first = failures.joined().min(by: { $0.path < $1.path }) { throw first.error }
    }

    /// Every file of the chosen formats, relative path → bytes, sorted by path: the whole
    /// report in memory, for checks that read it back (tests, fuzzing). `write` streams.
    public static func files(_ graph: CitationGraph, formats: Set<ReportFormat>) throws -> [(path: String, data: Data)] {
        let files = plan(graph, formats: formats)
        let rendered = files.parallelMap { file in Result { try ByteSink.collect(file.render) } }
        return try zip(files, rendered).map { ($0.path, try $1.get()) }.sorted { $0.path < $1.path }
    }

    /// The files to render, the large single-file formats first so that they start while
    /// the HTML pages fill the other cores. Paths are unique.
    static func plan(_ graph: CitationGraph, formats: Set<ReportFormat>) -> [ReportFile] {
        var files: [ReportFile] = []
        let concordances = formats.contains(.tei) || formats.contains(.html) ? ReportConcordances(graph) : nil
        let tei = TEIExporter()
        let exporters: [(ReportFormat, String, @Sendable (ByteSink) throws -> Void)] = [
            (.json, JSONExporter().fileName, { try JSONExporter().write(graph, to: $0) }),
            (.tei, tei.fileName, { try tei.write(graph, concordances: concordances, to: $0) }),
            (.graphml, GraphMLExporter().fileName, { try GraphMLExporter().write(graph, to: $0) }),
            (.dot, DOTExporter().fileName, { try DOTExporter().write(graph, to: $0) }),
        ]
        for (format, path, render) in exporters where formats.contains(format) {
            files.append(ReportFile(path: path, ownsTables: true, render: render))
        }
        if formats.contains(.html) {
            for page in HTMLReport.pages(graph, concordances: concordances) {
                files.append(ReportFile(path: page.path, ownsTables: false, growsWithCorpus: page.growsWithCorpus, render: page.write))
            }
        }
        return files
    }
}

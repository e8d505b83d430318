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

    /// Every file of the chosen formats, relative path → bytes, sorted by path.
    public static func files(_ graph: CitationGraph, formats: Set<ReportFormat>) throws -> [(path: String, data: Data)] {
        var out: [(path: String, data: Data)] = []
        let exporters: [(ReportFormat, any GraphExporter)] = [
            (.json, JSONExporter()), (.tei, TEIExporter()), (.graphml, GraphMLExporter()), (.dot, DOTExporter()),
        ]
        for (format, exporter) in exporters where formats.contains(format) {
            out.append((exporter.fileName, try exporter.export(graph)))
        }
        if formats.contains(.html) {
            for file in HTMLReport.render(graph) { out.append((file.path, Data(file.contents.utf8))) }
        }
        return out.sorted { $0.path < $1.path }
    }
}

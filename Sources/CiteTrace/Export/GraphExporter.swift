import Foundation

/// Something that turns a finished `CitationGraph` into the bytes of one output file.
///
/// Exporters are pure: they only read the graph, never touch the file system, and
/// return the same bytes for the same graph (no timestamps, dictionaries sorted by key,
/// arrays in the graph's order). Writing the bytes is the caller's job.
public protocol GraphExporter: Sendable {
    /// The conventional file name of the output, e.g. `citations.json`.
    var fileName: String { get }
    /// The file's bytes for `graph`.
    func export(_ graph: CitationGraph) throws -> Data
}

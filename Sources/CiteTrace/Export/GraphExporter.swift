import Foundation

/// Something that turns a finished `CitationGraph` into the bytes of one output file.
///
/// Exporters are pure: they only read the graph, never touch the file system, and
/// write the same bytes for the same graph (no timestamps, dictionaries sorted by key,
/// arrays in the graph's order). Where the bytes go is the caller's choice.
public protocol GraphExporter: Sendable {
    /// The conventional file name of the output, e.g. `citations.json`.
    var fileName: String { get }
    /// Writes the file's bytes for `graph` into `output`, in order, as they are made.
    func write(_ graph: CitationGraph, to output: ByteSink) throws
}

extension GraphExporter {
    /// The file's bytes for `graph`, in memory.
    public func export(_ graph: CitationGraph) throws -> Data {
        try ByteSink.collect { try write(graph, to: $0) }
    }
}

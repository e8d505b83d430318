import Foundation

/// Writes `citations.json`: documents with their articles, speeches with their witnesses,
/// every quote with its source and verdict, reprints, clusters of unresolved leader quotes
/// and a summary.
///
/// The format is described by `schema/citations.schema.json` (`"version": 1`).
/// Output is deterministic: keys sorted, arrays in the graph's order, scores rounded to
/// 4 decimals, optional values written as `null`, slashes not escaped — the bytes
/// Foundation's `JSONEncoder` wrote before `PrettyJSONWriter` replaced it.
public struct JSONExporter: GraphExporter {
    public var fileName: String { "citations.json" }

    public init() {}

    public func write(_ graph: CitationGraph, to output: ByteSink) throws {
        let writer = PrettyJSONWriter(output: output)
        CitationsJSON.write(graph, to: writer)
        writer.flush()
        output.write([0x0A])
    }
}

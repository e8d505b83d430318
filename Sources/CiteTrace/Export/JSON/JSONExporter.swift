import Foundation

/// Writes `citations.json`: documents with their articles, speeches with their witnesses,
/// every quote with its source and verdict, reprints, clusters of unresolved leader quotes
/// and a summary.
///
/// The format is described by `schema/citations.schema.json` (`"version": 1`).
/// Output is deterministic: keys sorted, arrays in the graph's order, scores rounded to
/// 4 decimals, optional values written as `null`, slashes not escaped.
public struct JSONExporter: GraphExporter {
    public var fileName: String { "citations.json" }

    public init() {}

    public func export(_ graph: CitationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(CitationsJSON.File(graph))
            data.append(0x0A)
            return data
        } catch let EncodingError.invalidValue(_, context) {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw ExportError.json(path: path, reason: context.debugDescription)
        }
    }
}

import Foundation

/// Writes `citations.graphml`: the `CitationNetwork` as a directed GraphML graph that
/// networkx, Gephi and yEd load.
///
/// Node data keys: `kind` (speech, witness, article, quote), `label`, `subtype` (article
/// or witness kind), `date`, `speaker`, `venue`, `document`, `start`, `end` (int,
/// Unicode-scalar offsets), `verdict`, `score` (double). Edge data keys: `relation`
/// (witnesses, cites, contains, derives, reprints) and `weight` (int: citation count or
/// reprint length). A `data` element is written only when the value exists. Written through
/// `XMLStreamWriter` (libxml2 escapes and buffers); deterministic.
public struct GraphMLExporter: GraphExporter {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    public var fileName: String { "citations.graphml" }

    public init() {}

    private static let nodeKeys: [(name: String, type: String)] = [
        ("kind", "string"), ("label", "string"), ("subtype", "string"), ("date", "string"),
        ("speaker", "string"), ("venue", "string"), ("document", "string"),
        ("start", "int"), ("end", "int"), ("verdict", "string"), ("score", "double"),
    ]
    private static let nodeDataKeys = nodeKeys.map { "node-" + $0.name }
    private static let edgeKeys: [(name: String, type: String)] = [("relation", "string"), ("weight", "int")]

    public func write(_ graph: CitationGraph, to output: ByteSink) throws {
        let network = CitationNetwork(graph)
        let writer = XMLStreamWriter(format: "GraphML", output: output)
        writer.start("graphml", ["xmlns": Self.namespace])
        for (scope, keys) in [("node", Self.nodeKeys), ("edge", Self.edgeKeys)] {
            for key in keys {
                writer.element("key", ["id": "\(scope)-\(key.name)", "for": scope, "attr.name": key.name, "attr.type": key.type])
            }
        }
        writer.start("graph", ["id": "citations", "edgedefault": "directed"])
        network.forEachNode { node in
            writer.start("node", ["id": node.id])
            // In `nodeKeys` order.
            let values: [String?] = [
                node.kind, node.label, node.subtype, node.date, node.speaker, node.venue, node.document,
                node.start.map(String.init), node.end.map(String.init), node.verdict, node.score.map { String($0) },
            ]
            for (key, value) in zip(Self.nodeDataKeys, values) {
                if let value { writer.element("data", ["key": key], text: value) }
            }
            writer.end()
        }
        network.forEachEdge { edge in
            writer.start("edge", ["id": edge.id, "source": edge.source, "target": edge.target])
            writer.element("data", ["key": "edge-relation"], text: edge.relation)
            if let weight = edge.weight { writer.element("data", ["key": "edge-weight"], text: String(weight)) }
            writer.end()
        }
        writer.end()
        writer.end()
        try writer.finish()
    }
}

import Foundation

/// Writes `citations.graphml`: the `CitationNetwork` as a directed GraphML graph that
/// networkx, Gephi and yEd load.
///
/// Node data keys: `kind` (speech, witness, article, quote), `label`, `subtype` (article
/// or witness kind), `date`, `speaker`, `venue`, `document`, `start`, `end` (int,
/// Unicode-scalar offsets), `verdict`, `score` (double). Edge data keys: `relation`
/// (witnesses, cites, contains, derives, reprints) and `weight` (int: citation count or
/// reprint length). A `data` element is written only when the value exists. Written with
/// libxml2's `xmlTextWriter`; deterministic.
public struct GraphMLExporter: GraphExporter {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"

    public var fileName: String { "citations.graphml" }

    public init() {}

    private static let nodeKeys: [(name: String, type: String)] = [
        ("kind", "string"), ("label", "string"), ("subtype", "string"), ("date", "string"),
        ("speaker", "string"), ("venue", "string"), ("document", "string"),
        ("start", "int"), ("end", "int"), ("verdict", "string"), ("score", "double"),
    ]
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
            let values: [String: String?] = [
                "kind": node.kind, "label": node.label, "subtype": node.subtype, "date": node.date,
                "speaker": node.speaker, "venue": node.venue, "document": node.document,
                "start": node.start.map(String.init), "end": node.end.map(String.init),
                "verdict": node.verdict, "score": node.score.map { String($0) },
            ]
            for key in Self.nodeKeys {
                if let value = values[key.name] ?? nil { writer.element("data", ["key": "node-\(key.name)"], text: value) }
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

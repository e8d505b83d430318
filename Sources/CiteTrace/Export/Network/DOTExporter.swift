import Foundation

/// Writes `citations.dot`: the `CitationNetwork` as a Graphviz digraph.
///
/// Speeches are boxes, witnesses notes, articles folders, quotes ellipses coloured by
/// verdict; labels are at most `labelLimit` characters (longer ones end in `…`). Every id
/// and label is a double-quoted DOT string with `\` and `"` escaped, line breaks written as
/// `\n` and other control characters dropped, so no input can break the syntax.
public struct DOTExporter: GraphExporter {
    /// Longest label, in characters, before truncation.
    public var labelLimit: Int

    public var fileName: String { "citations.dot" }

    public init(labelLimit: Int = 40) {
        self.labelLimit = labelLimit
    }

    public func write(_ graph: CitationGraph, to output: ByteSink) throws {
        let network = CitationNetwork(graph)
        output.write("digraph citations {\n  graph [charset=\"UTF-8\", rankdir=\"LR\"];\n  node [fontname=\"Noto Sans CJK SC\"];\n")
        for node in network.nodes {
            var attributes = [("label", label(node)), ("shape", Self.shapes[node.kind] ?? "ellipse")]
            if let verdict = node.verdict {
                attributes += [("style", "filled"), ("fillcolor", Self.colors[verdict] ?? "white")]
            }
            output.write("  \(Self.quoted(node.id)) [\(Self.attributeList(attributes))];\n")
        }
        for edge in network.edges {
            var attributes = [("label", edge.relation)]
            if let weight = edge.weight, edge.relation == "cites" { attributes.append(("weight", String(weight))) }
            output.write("  \(Self.quoted(edge.source)) -> \(Self.quoted(edge.target)) [\(Self.attributeList(attributes))];\n")
        }
        output.write("}\n")
    }

    /// The DOT text for `graph`.
    public func render(_ graph: CitationGraph) -> String {
        String(decoding: (try? export(graph)) ?? Data(), as: UTF8.self)
    }

    private func label(_ node: CitationNetwork.Node) -> String {
        let text = node.label
        guard text.count > labelLimit else { return text }
        return String(text.prefix(max(labelLimit - 1, 0))) + "…"
    }

    /// `text` as a DOT double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            case "\t": out += " "
            default:
                // General category Cc is exactly U+0000…U+001F and U+007F…U+009F; a range
                // test instead of a Unicode property lookup per scalar.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || !XMLOutputText.isAllowed(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ")
    }

    private static let shapes = ["speech": "box", "witness": "note", "article": "folder", "quote": "ellipse"]
    private static let colors = [
        "verbatim": "palegreen", "normalized": "lightblue", "variant": "gold", "composite": "plum",
        "paraphrase": "lightsalmon", "misattributed": "tomato", "unresolved": "lightgrey",
    ]
}

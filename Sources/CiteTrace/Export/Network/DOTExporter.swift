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
        // Each statement is assembled in one reused byte buffer.
        var line: [UInt8] = []
        network.forEachNode { node in
            line.removeAll(keepingCapacity: true)
            line += "  ".utf8
            Self.appendQuoted(node.id, to: &line)
            line += " [label=".utf8
            Self.appendQuoted(label(node), to: &line)
            line += ", shape=".utf8
            Self.appendQuoted(Self.shapes[node.kind] ?? "ellipse", to: &line)
            if let verdict = node.verdict {
                line += ", style=\"filled\", fillcolor=".utf8
                Self.appendQuoted(Self.colors[verdict] ?? "white", to: &line)
            }
            line += "];\n".utf8
            output.write(line)
        }
        network.forEachEdge { edge in
            line.removeAll(keepingCapacity: true)
            line += "  ".utf8
            Self.appendQuoted(edge.source, to: &line)
            line += " -> ".utf8
            Self.appendQuoted(edge.target, to: &line)
            line += " [label=".utf8
            Self.appendQuoted(edge.relation, to: &line)
            if let weight = edge.weight, edge.relation == "cites" {
                line += ", weight=".utf8
                Self.appendQuoted(String(weight), to: &line)
            }
            line += "];\n".utf8
            output.write(line)
        }
        output.write("}\n")
    }

    /// The DOT text for `graph`.
    public func render(_ graph: CitationGraph) -> String {
        String(decoding: (try? export(graph)) ?? Data(), as: UTF8.self)
    }

    private func label(_ node: CitationNetwork.Node) -> String {
        Self.shortened(node.label, to: labelLimit)
    }

    /// `text` when it has at most `limit` characters, else its first `limit - 1` and `…`.
    static func shortened(_ text: String, to limit: Int) -> String {
        // Counted only as far as the limit: a label may be a whole quote.
        guard text.characterPrefixEnd(limit) != nil else { return text }
        // More than `limit` characters: so at least `limit - 1`.
        return String(text[..<text.characterPrefixEnd(limit - 1)!]) + "…"
    }

    /// `text` as a DOT double-quoted string.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a DOT double-quoted string. Works on UTF-8 bytes: general category
    /// Cc is exactly U+0000…U+001F (one byte) and U+007F…U+009F (`7F`, `C2 80`…`C2 9F`),
    /// and the other XML-illegal scalars are U+FFFE/U+FFFF (`EF BF BE`/`EF BF BF`). Runs of
    /// bytes kept as they are (nearly all of an id or a label) are appended whole.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        text.withUTF8Bytes { b in
            var i = 0, kept = 0
            // Appends the kept run before `i`, then `replacement`, and skips `skipped` bytes.
            func replace(_ replacement: [UInt8], skipping skipped: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[kept..<i]))
                out.append(contentsOf: replacement)
                i += skipped
                kept = i
            }
            while i < b.count {
                let c = b[i]
                switch c {
                case UInt8(ascii: "\\"): replace([UInt8(ascii: "\\"), UInt8(ascii: "\\")], skipping: 1)
                case UInt8(ascii: "\""): replace([UInt8(ascii: "\\"), UInt8(ascii: "\"")], skipping: 1)
                case 0x0A: replace([UInt8(ascii: "\\"), UInt8(ascii: "n")], skipping: 1)
                case 0x09: replace([0x20], skipping: 1)
                case 0..<0x20, 0x7F: replace([], skipping: 1)
                case 0xC2 where i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]): replace([], skipping: 2)
                case 0xEF where i + 2 < b.count && b[i + 1] == 0xBF && b[i + 2] >= 0xBE: replace([], skipping: 3)
                default: i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[kept..<i]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let shapes = ["speech": "box", "witness": "note", "article": "folder", "quote": "ellipse"]
    private static let colors = [
        "verbatim": "palegreen", "normalized": "lightblue", "variant": "gold", "composite": "plum",
        "paraphrase": "lightsalmon", "misattributed": "tomato", "unresolved": "lightgrey",
    ]
}

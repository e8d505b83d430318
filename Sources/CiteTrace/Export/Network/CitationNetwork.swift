/// The citation graph as plain nodes and edges, shared by the GraphML and DOT exporters.
///
/// Nodes, in order: each speech followed by its witnesses, then every article (documents
/// in graph order), then every quote. Edges, in order: `witnesses` (witness → speech),
/// `cites` (article → speech, weight = count), `contains` (article → quote), `derives`
/// (quote → each witness its source lies in, or → the speech when none does), `reprints`
/// (article a → article b). Invariants: node ids are unique (`speech:…`, `witness:…`,
/// `article:…`, `quote:…`); an edge is only made when both ends are nodes; edge ids are
/// `e1`, `e2`… in order.
struct CitationNetwork {
    /// A node and its attributes (nil: not applicable or unknown).
    struct Node: Equatable {
        var id: String
        var kind: String
        var label: String
        var subtype: String? = nil
        var date: String? = nil
        var speaker: String? = nil
        var venue: String? = nil
        var document: String? = nil
        var start: Int? = nil
        var end: Int? = nil
        var verdict: String? = nil
        var score: Double? = nil
    }

    /// A directed edge.
    struct Edge: Equatable {
        var id: String
        var source: String
        var target: String
        var relation: String
        var weight: Int? = nil
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private var known: Set<String> = []

    init(_ graph: CitationGraph) {
        let witnesses = SourceWitnesses(graph)
        for speech in graph.speeches {
            addNode(Node(id: Self.speechNode(speech.id), kind: "speech", label: speech.title, date: speech.date, speaker: speech.speaker, venue: speech.venue))
            for (index, witness) in speech.witnesses.enumerated() {
                let name = SourceWitnesses.name(speech: speech.id, index: index)
                addNode(Node(id: "witness:" + name, kind: "witness", label: name, subtype: witness.kind.rawValue, document: witness.document, start: witness.start, end: witness.end))
            }
        }
        for node in graph.documents {
            for article in node.articles.map(\.article) {
                addNode(Node(id: Self.articleNode(article.id), kind: "article", label: article.title ?? article.id, subtype: article.kind.rawValue, date: article.date, document: article.document, start: article.start, end: article.end))
            }
        }
        for matched in graph.quotes {
            let quote = matched.quote
            addNode(Node(id: Self.quoteNode(quote.id), kind: "quote", label: quote.text, date: quote.claimed?.date, speaker: quote.speaker, document: quote.document, start: quote.start, end: quote.end, verdict: matched.verdict.rawValue, score: ExportScore.rounded(matched.score)))
        }

        for speech in graph.speeches {
            for index in speech.witnesses.indices {
                addEdge("witness:" + SourceWitnesses.name(speech: speech.id, index: index), Self.speechNode(speech.id), "witnesses")
            }
        }
        for node in graph.documents {
            for article in node.articles {
                for citation in article.cites {
                    addEdge(Self.articleNode(article.article.id), Self.speechNode(citation.speech), "cites", weight: citation.count)
                }
            }
        }
        for matched in graph.quotes {
            addEdge(Self.articleNode(matched.quote.article), Self.quoteNode(matched.quote.id), "contains")
        }
        for matched in graph.quotes {
            guard let source = matched.source else { continue }
            let keys = witnesses.witnesses(of: source)
            let targets = keys.isEmpty
                ? [Self.speechNode(source.speech)]
                : keys.map { "witness:" + SourceWitnesses.name(speech: $0.speech, index: $0.index) }
            for target in targets { addEdge(Self.quoteNode(matched.quote.id), target, "derives") }
        }
        for reprint in graph.reprints {
            addEdge(Self.articleNode(reprint.a.article), Self.articleNode(reprint.b.article), "reprints", weight: reprint.length)
        }
    }

    static func speechNode(_ id: String) -> String { "speech:" + id }
    static func articleNode(_ id: String) -> String { "article:" + id }
    static func quoteNode(_ id: String) -> String { "quote:" + id }

    private mutating func addNode(_ node: Node) {
        guard known.insert(node.id).inserted else { return }
        nodes.append(node)
    }

    private mutating func addEdge(_ source: String, _ target: String, _ relation: String, weight: Int? = nil) {
        guard known.contains(source), known.contains(target) else { return }
        edges.append(Edge(id: "e\(edges.count + 1)", source: source, target: target, relation: relation, weight: weight))
    }
}

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

    private let graph: CitationGraph
    private let witnesses: SourceWitnesses
    /// The speech and article ids the graph has nodes for, so that an edge is only made
    /// when both its ends are nodes. Witness and quote nodes are made for every witness
    /// and quote, and each edge's other end is tested by its own kind: an edge costs at most
    /// a lookup of one id, not of two node ids made first by prefixing.
    private let speechIDs: Set<String>
    private let articleIDs: Set<String>
    /// Ordinals (in `visitNodes` order) of nodes whose id an earlier node already has.
    private let repeated: Set<Int>

    /// Only the node ids are kept: nodes and edges are made again, one at a time, on each
    /// `forEachNode`/`forEachEdge`, so that writing a network of a large corpus does not
    /// hold it whole (it was the largest table of an export, several times the quotes).
    init(_ graph: CitationGraph) {
        self.graph = graph
        self.witnesses = SourceWitnesses(graph)
        // Node ids are unique across kinds (each kind has its prefix): ids are told apart
        // within a kind, without the prefix. A set per kind, sized up front: a quarter of a
        // million ids at 100 MB, rehashed at every doubling otherwise.
        let articleCount = graph.documents.reduce(0) { $0 + $1.articles.count }
        let witnessCount = graph.speeches.reduce(0) { $0 + $1.witnesses.count }
        var speeches = Set<String>(minimumCapacity: graph.speeches.count), witnesses = Set<String>(minimumCapacity: witnessCount)
        var articles = Set<String>(minimumCapacity: articleCount), quotes = Set<String>(minimumCapacity: graph.quotes.count)
        var others: [String: Set<String>] = [:], repeated = Set<Int>(), ordinal = 0
        Self.visitNodes(graph, attributes: false) { node in
            let inserted: Bool
            switch node.kind {
            case "speech": inserted = speeches.insert(node.id).inserted
            case "witness": inserted = witnesses.insert(node.id).inserted
            case "article": inserted = articles.insert(node.id).inserted
            case "quote": inserted = quotes.insert(node.id).inserted
            default: inserted = others[node.kind, default: []].insert(node.id).inserted
            }
            if !inserted { repeated.insert(ordinal) }
            ordinal += 1
        }
        self.speechIDs = speeches
        self.articleIDs = articles
        self.repeated = repeated
    }

    /// Calls `body` with each node, in order, each id once.
    func forEachNode(_ body: (Node) throws -> Void) rethrows {
        var ordinal = 0
        try Self.visitNodes(graph) { node in
            defer { ordinal += 1 }
            if repeated.isEmpty || !repeated.contains(ordinal) { try body(node) }
        }
    }

    /// Calls `body` with each edge whose ends are both nodes, in order, numbered from `e1`.
    func forEachEdge(_ body: (Edge) throws -> Void) rethrows {
        var count = 0
        try visitEdges { source, target, relation, weight in
            count += 1
            try body(Edge(id: "e\(count)", source: source, target: target, relation: relation, weight: weight))
        }
    }

    /// Every node, gathered (for tests and small graphs).
    var nodes: [Node] {
        var all: [Node] = []
        forEachNode { all.append($0) }
        return all
    }

    /// Every edge, gathered (for tests and small graphs).
    var edges: [Edge] {
        var all: [Edge] = []
        forEachEdge { all.append($0) }
        return all
    }

    /// The nodes in order, repeated ids included; with `attributes: false`, only their kinds
    /// and ids without the kind's prefix (what `init` needs, without copying every
    /// quote's text or prefixing every id).
    private static func visitNodes(_ graph: CitationGraph, attributes: Bool = true, _ body: (Node) throws -> Void) rethrows {
        for speech in graph.speeches {
            try body(attributes
                ? Node(id: Self.speechNode(speech.id), kind: "speech", label: speech.title, date: speech.date, speaker: speech.speaker, venue: speech.venue)
                : Node(id: speech.id, kind: "speech", label: ""))
            for (index, witness) in speech.witnesses.enumerated() {
                let name = SourceWitnesses.name(speech: speech.id, index: index)
                try body(attributes
                    ? Node(id: "witness:" + name, kind: "witness", label: name, subtype: witness.kind.rawValue, document: witness.document, start: witness.start, end: witness.end)
                    : Node(id: name, kind: "witness", label: ""))
            }
        }
        for node in graph.documents {
            for article in node.articles {
                let article = article.article
                try body(attributes
                    ? Node(id: Self.articleNode(article.id), kind: "article", label: article.title ?? article.id, subtype: article.kind.rawValue, date: article.date, document: article.document, start: article.start, end: article.end)
                    : Node(id: article.id, kind: "article", label: ""))
            }
        }
        for matched in graph.quotes {
            try body(attributes
                ? Node(id: Self.quoteNode(matched.quote.id), kind: "quote", label: matched.quote.text, date: matched.quote.claimed?.date,
                       speaker: matched.quote.speaker, document: matched.quote.document, start: matched.quote.start, end: matched.quote.end,
                       verdict: matched.verdict.rawValue, score: ExportScore.rounded(matched.score))
                : Node(id: matched.quote.id, kind: "quote", label: ""))
        }
    }

    /// The edges whose ends are both nodes, in order: (source, target, relation, weight).
    /// Every speech, witness, article and quote of the graph is a node; a cited speech, a
    /// quote's article or source speech, and a reprint's articles may not be.
    private func visitEdges(_ body: (String, String, String, Int?) throws -> Void) rethrows {
        for speech in graph.speeches {
            for index in speech.witnesses.indices {
                try body("witness:" + SourceWitnesses.name(speech: speech.id, index: index), Self.speechNode(speech.id), "witnesses", nil)
            }
        }
        for node in graph.documents {
            for article in node.articles {
                for citation in article.cites where speechIDs.contains(citation.speech) {
                    try body(Self.articleNode(article.article.id), Self.speechNode(citation.speech), "cites", citation.count)
                }
            }
        }
        for matched in graph.quotes where articleIDs.contains(matched.quote.article) {
            try body(Self.articleNode(matched.quote.article), Self.quoteNode(matched.quote.id), "contains", nil)
        }
        for matched in graph.quotes {
            guard let source = matched.source else { continue }
            // A witness of a quote's source is one of its speech's witnesses: a node.
            let keys = witnesses.witnesses(of: source)
            if keys.isEmpty {
                guard speechIDs.contains(source.speech) else { continue }
                try body(Self.quoteNode(matched.quote.id), Self.speechNode(source.speech), "derives", nil)
            }
            for key in keys {
                try body(Self.quoteNode(matched.quote.id), "witness:" + SourceWitnesses.name(speech: key.speech, index: key.index), "derives", nil)
            }
        }
        for reprint in graph.reprints where articleIDs.contains(reprint.a.article) && articleIDs.contains(reprint.b.article) {
            try body(Self.articleNode(reprint.a.article), Self.articleNode(reprint.b.article), "reprints", reprint.length)
        }
    }

    static func speechNode(_ id: String) -> String { "speech:" + id }
    static func articleNode(_ id: String) -> String { "article:" + id }
    static func quoteNode(_ id: String) -> String { "quote:" + id }
}

/// How faithfully a quote reproduces its source.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    /// Identical to the source after nothing but whitespace.
    case verbatim
    /// Differs only in script, width, punctuation or line breaks.
    case normalized
    /// Words differ: a misquote. `edits` lists each changed word.
    case variant
    /// Spliced from several places of one speech; `source.segments` lists them in order.
    case composite
    /// The same content, substantially rewritten.
    case paraphrase
    /// The words match one speech, but the article claims another date or occasion.
    case misattributed
    /// No source in the corpus. Nothing is linked.
    case unresolved

    public static func < (a: Verdict, b: Verdict) -> Bool {
        a.ordinal < b.ordinal
    }

    /// The verdict's position in `allCases`: sorting and counting quotes by verdict ask
    /// it for every quote, and `allCases` makes a new array on each use.
    var ordinal: Int {
        switch self {
        case .verbatim: 0
        case .normalized: 1
        case .variant: 2
        case .composite: 3
        case .paraphrase: 4
        case .misattributed: 5
        case .unresolved: 6
        }
    }
}

/// One run of an edit script between a quote and its source, on original characters.
public struct Edit: Sendable, Codable, Equatable {
    public var op: EditOp
    /// The quote's characters in this run (empty for `delete`).
    public var quote: String
    /// The source's characters in this run (empty for `insert`).
    public var source: String
    /// For a change: the changed word as quoted, with up to two characters of context
    /// on each side (`产业升级`); nil for `equal` runs.
    public var quoteWord: String?
    /// The same word in the source (`产业创新`).
    public var sourceWord: String?

    public init(op: EditOp, quote: String, source: String, quoteWord: String? = nil, sourceWord: String? = nil) {
        self.op = op
        self.quote = quote
        self.source = source
        self.quoteWord = quoteWord
        self.sourceWord = sourceWord
    }
}

public enum EditOp: String, Sendable, Codable {
    case equal, replace, insert, delete
}

/// Where a quote comes from.
public struct SourceLink: Sendable, Codable, Equatable {
    public var speech: String
    /// The witness document and span that matched best.
    public var document: String
    public var start: Int
    public var end: Int
    /// For composites: every source segment in quote order; otherwise nil.
    public var segments: [SourceSegment]?
    /// The witness article that matched (nil for a user-supplied text).
    public var article: String?

    public init(speech: String, document: String, start: Int, end: Int, segments: [SourceSegment]?, article: String? = nil) {
        self.speech = speech
        self.document = document
        self.start = start
        self.end = end
        self.segments = segments
        self.article = article
    }
}

public struct SourceSegment: Sendable, Codable, Equatable {
    public var document: String
    public var start: Int
    public var end: Int

    public init(document: String, start: Int, end: Int) {
        self.document = document
        self.start = start
        self.end = end
    }
}

/// A quote with what the matcher found for it.
///
/// The fields are kept in `SharedValues`: the graph builder and every exporter copy
/// matched quotes (loop variables, closures, lookups).
public struct MatchedQuote: Sendable, Equatable {
    private struct Values: Sendable, Equatable {
        var quote: Quote
        var source: SourceLink?
        var verdict: Verdict
        var score: Double
        var edits: [Edit]
        var script: [Edit]
    }

    private var fields: SharedValues<Values>

    public var quote: Quote { _read { yield fields.values.quote } set { fields[\.quote] = newValue } }
    public var source: SourceLink? { _read { yield fields.values.source } set { fields[\.source] = newValue } }
    public var verdict: Verdict { get { fields.values.verdict } set { fields[\.verdict] = newValue } }
    /// Similarity of quote and source in [0, 1]; 0 for unresolved.
    public var score: Double { get { fields.values.score } set { fields[\.score] = newValue } }
    /// Every non-equal run of the edit script (empty for verbatim).
    public var edits: [Edit] { _read { yield fields.values.edits } set { fields[\.edits] = newValue } }
    /// The full edit script including `equal` runs, for diffs in reports.
    public var script: [Edit] { _read { yield fields.values.script } set { fields[\.script] = newValue } }

    public init(quote: Quote, source: SourceLink?, verdict: Verdict, score: Double, edits: [Edit], script: [Edit]) {
        fields = SharedValues(Values(quote: quote, source: source, verdict: verdict, score: score, edits: edits, script: script))
    }
}

extension MatchedQuote: Codable {
    private enum CodingKeys: String, CodingKey {
        case quote, source, verdict, score, edits, script
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(quote: try c.decode(Quote.self, forKey: .quote), source: try c.decodeIfPresent(SourceLink.self, forKey: .source),
                  verdict: try c.decode(Verdict.self, forKey: .verdict), score: try c.decode(Double.self, forKey: .score),
                  edits: try c.decode([Edit].self, forKey: .edits), script: try c.decode([Edit].self, forKey: .script))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quote, forKey: .quote)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(score, forKey: .score)
        try c.encode(edits, forKey: .edits)
        try c.encode(script, forKey: .script)
    }
}

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
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
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
/// A value with the fields of a struct, kept in one immutable box: the exporters and
/// the graph builder copy matched quotes all the time (loop variables, closures,
/// lookups), and a copy of a dozen strings and arrays used to retain each of them, a
/// tenth of an export's time. Now a copy retains the box; setting a field makes a new
/// box, which happens a few times per quote while the graph is built.
public struct MatchedQuote: Sendable, Equatable {
    private final class Fields: Sendable {
        let quote: Quote
        let source: SourceLink?
        let verdict: Verdict
        let score: Double
        let edits: [Edit]
        let script: [Edit]

        init(quote: Quote, source: SourceLink?, verdict: Verdict, score: Double, edits: [Edit], script: [Edit]) {
            self.quote = quote
            self.source = source
            self.verdict = verdict
            self.score = score
            self.edits = edits
            self.script = script
        }
    }

    private var fields: Fields

    public var quote: Quote {
        _read { yield fields.quote }
        set { fields = Fields(quote: newValue, source: source, verdict: verdict, score: score, edits: edits, script: script) }
    }
    public var source: SourceLink? {
        _read { yield fields.source }
        set { fields = Fields(quote: quote, source: newValue, verdict: verdict, score: score, edits: edits, script: script) }
    }
    public var verdict: Verdict {
        get { fields.verdict }
        set { fields = Fields(quote: quote, source: source, verdict: newValue, score: score, edits: edits, script: script) }
    }
    /// Similarity of quote and source in [0, 1]; 0 for unresolved.
    public var score: Double {
        get { fields.score }
        set { fields = Fields(quote: quote, source: source, verdict: verdict, score: newValue, edits: edits, script: script) }
    }
    /// Every non-equal run of the edit script (empty for verbatim).
    public var edits: [Edit] {
        _read { yield fields.edits }
        set { fields = Fields(quote: quote, source: source, verdict: verdict, score: score, edits: newValue, script: script) }
    }
    /// The full edit script including `equal` runs, for diffs in reports.
    public var script: [Edit] {
        _read { yield fields.script }
        set { fields = Fields(quote: quote, source: source, verdict: verdict, score: score, edits: edits, script: newValue) }
    }

    public init(quote: Quote, source: SourceLink?, verdict: Verdict, score: Double, edits: [Edit], script: [Edit]) {
        fields = Fields(quote: quote, source: source, verdict: verdict, score: score, edits: edits, script: script)
    }

    public static func == (a: MatchedQuote, b: MatchedQuote) -> Bool {
        a.fields === b.fields || (a.quote == b.quote && a.source == b.source && a.verdict == b.verdict
            && a.score == b.score && a.edits == b.edits && a.script == b.script)
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

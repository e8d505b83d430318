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
public struct MatchedQuote: Sendable, Codable, Equatable {
    public var quote: Quote
    public var source: SourceLink?
    public var verdict: Verdict
    /// Similarity of quote and source in [0, 1]; 0 for unresolved.
    public var score: Double
    /// Every non-equal run of the edit script (empty for verbatim).
    public var edits: [Edit]
    /// The full edit script including `equal` runs, for diffs in reports.
    public var script: [Edit]

    public init(quote: Quote, source: SourceLink?, verdict: Verdict, score: Double, edits: [Edit], script: [Edit]) {
        self.quote = quote
        self.source = source
        self.verdict = verdict
        self.score = score
        self.edits = edits
        self.script = script
    }
}

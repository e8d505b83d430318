/// A passage an article presents as someone's words.
///
/// `start`/`end` are Unicode-scalar offsets into the original `Document.text`
/// covering the quoted words without the quote marks; `text` is exactly
/// `document.slice(start..<end)`.
public struct Quote: Sendable, Codable, Equatable {
    public var id: String
    public var document: String
    public var article: String
    public var start: Int
    public var end: Int
    public var text: String
    public var normalized: String
    /// True for quote marks (“”「」『』‘’ and ASCII quotes); false for attributed speech
    /// without marks and for reuse found by the matcher.
    public var marked: Bool
    /// A short scare-quoted term (`“一体化”`), kept but filtered by reports.
    public var trivial: Bool
    /// A quote mark that was never closed; the quote ends at the paragraph end.
    public var unclosed: Bool
    public var speaker: String?
    public var cue: String?
    public var claimed: Claim?
    /// The id of the quote this one is nested in, if any.
    public var parent: String?
    /// The span in the document's `NormalizedText`.
    public var normalizedRange: Range<Int>

    public init(id: String, document: String, article: String, start: Int, end: Int, text: String, normalized: String, marked: Bool, trivial: Bool, unclosed: Bool, speaker: String?, cue: String?, claimed: Claim?, parent: String?, normalizedRange: Range<Int>) {
        self.id = id
        self.document = document
        self.article = article
        self.start = start
        self.end = end
        self.text = text
        self.normalized = normalized
        self.marked = marked
        self.trivial = trivial
        self.unclosed = unclosed
        self.speaker = speaker
        self.cue = cue
        self.claimed = claimed
        self.parent = parent
        self.normalizedRange = normalizedRange
    }

    enum CodingKeys: String, CodingKey {
        case id, document, article, start, end, text, normalized, marked, trivial, unclosed, speaker, cue, claimed, parent
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        document = try c.decode(String.self, forKey: .document)
        article = try c.decode(String.self, forKey: .article)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        normalized = try c.decode(String.self, forKey: .normalized)
        marked = try c.decode(Bool.self, forKey: .marked)
        trivial = try c.decode(Bool.self, forKey: .trivial)
        unclosed = try c.decodeIfPresent(Bool.self, forKey: .unclosed) ?? false
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        cue = try c.decodeIfPresent(String.self, forKey: .cue)
        claimed = try c.decodeIfPresent(Claim.self, forKey: .claimed)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        normalizedRange = 0..<0
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(article, forKey: .article)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(normalized, forKey: .normalized)
        try c.encode(marked, forKey: .marked)
        try c.encode(trivial, forKey: .trivial)
        try c.encode(unclosed, forKey: .unclosed)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
        try c.encode(claimed, forKey: .claimed)
        try c.encode(parent, forKey: .parent)
    }
}

/// The occasion an article claims for a quote (`在2020年8月20日…座谈会上强调`).
public struct Claim: Sendable, Codable, Equatable {
    /// ISO date (`YYYY-MM-DD` or `YYYY-MM`) or nil.
    public var date: String?
    /// The event as named in the text (`扎实推进长三角一体化发展座谈会`) or nil.
    public var event: String?

    public init(date: String?, event: String?) {
        self.date = date
        self.event = event
    }
}

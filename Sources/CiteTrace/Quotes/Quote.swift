/// A passage an article presents as someone's words.
///
/// `start`/`end` are Unicode-scalar offsets into the original `Document.text`
/// covering the quoted words without the quote marks; `text` is exactly
/// `document.slice(start..<end)`.
///
/// The fields are kept in `SharedValues`: every stage after extraction copies quotes.
public struct Quote: Sendable, Equatable {
    private struct Values: Sendable, Equatable {
        var id: String
        var document: String
        var article: String
        var start: Int
        var end: Int
        var text: String
        var normalized: String
        var marked: Bool
        var trivial: Bool
        var unclosed: Bool
        var speaker: String?
        var cue: String?
        var claimed: Claim?
        var parent: String?
        var normalizedRange: Range<Int>
    }

    private var fields: SharedValues<Values>

    public var id: String { _read { yield fields.values.id } set { fields[\.id] = newValue } }
    public var document: String { _read { yield fields.values.document } set { fields[\.document] = newValue } }
    public var article: String { _read { yield fields.values.article } set { fields[\.article] = newValue } }
    public var start: Int { get { fields.values.start } set { fields[\.start] = newValue } }
    public var end: Int { get { fields.values.end } set { fields[\.end] = newValue } }
    public var text: String { _read { yield fields.values.text } set { fields[\.text] = newValue } }
    public var normalized: String { _read { yield fields.values.normalized } set { fields[\.normalized] = newValue } }
    /// True for quote marks (“”「」『』‘’ and ASCII quotes); false for attributed speech
    /// without marks and for reuse found by the matcher.
    public var marked: Bool { get { fields.values.marked } set { fields[\.marked] = newValue } }
    /// A short scare-quoted term (`“一体化”`), kept but filtered by reports.
    public var trivial: Bool { get { fields.values.trivial } set { fields[\.trivial] = newValue } }
    /// A quote mark that was never closed; the quote ends at the paragraph end.
    public var unclosed: Bool { get { fields.values.unclosed } set { fields[\.unclosed] = newValue } }
    public var speaker: String? { _read { yield fields.values.speaker } set { fields[\.speaker] = newValue } }
    public var cue: String? { _read { yield fields.values.cue } set { fields[\.cue] = newValue } }
    public var claimed: Claim? { _read { yield fields.values.claimed } set { fields[\.claimed] = newValue } }
    /// The id of the quote this one is nested in, if any.
    public var parent: String? { _read { yield fields.values.parent } set { fields[\.parent] = newValue } }
    /// The span in the document's `NormalizedText`.
    public var normalizedRange: Range<Int> { get { fields.values.normalizedRange } set { fields[\.normalizedRange] = newValue } }

    public init(id: String, document: String, article: String, start: Int, end: Int, text: String, normalized: String, marked: Bool, trivial: Bool, unclosed: Bool, speaker: String?, cue: String?, claimed: Claim?, parent: String?, normalizedRange: Range<Int>) {
        fields = SharedValues(Values(id: id, document: document, article: article, start: start, end: end, text: text, normalized: normalized,
                         marked: marked, trivial: trivial, unclosed: unclosed, speaker: speaker, cue: cue, claimed: claimed,
                         parent: parent, normalizedRange: normalizedRange))
    }

}

/// `normalizedRange` is not encoded: it only means something next to the document's
/// normalized text; a decoded quote has `0..<0`.
extension Quote: Codable {
    enum CodingKeys: String, CodingKey {
        case id, document, article, start, end, text, normalized, marked, trivial, unclosed, speaker, cue, claimed, parent
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), document: try c.decode(String.self, forKey: .document),
                  article: try c.decode(String.self, forKey: .article),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  text: try c.decode(String.self, forKey: .text), normalized: try c.decode(String.self, forKey: .normalized),
                  marked: try c.decode(Bool.self, forKey: .marked), trivial: try c.decode(Bool.self, forKey: .trivial),
                  unclosed: try c.decodeIfPresent(Bool.self, forKey: .unclosed) ?? false,
                  speaker: try c.decodeIfPresent(String.self, forKey: .speaker), cue: try c.decodeIfPresent(String.self, forKey: .cue),
                  claimed: try c.decodeIfPresent(Claim.self, forKey: .claimed), parent: try c.decodeIfPresent(String.self, forKey: .parent),
                  normalizedRange: 0..<0)
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

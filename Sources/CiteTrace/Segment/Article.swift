/// A piece of a document with its own title and byline: an article, a speech text,
/// a news report, an editor's note.
///
/// `start`/`end` are Unicode-scalar offsets into `Document.text`; `normalizedRange`
/// is the same span in the document's `NormalizedText`.
///
/// The fields are kept in `SharedValues`: reports copy an article for every quote.
public struct Article: Sendable, Equatable {
    private struct Values: Sendable, Equatable {
        var id: String
        var document: String
        var kind: ArticleKind
        var title: String?
        var authors: [String]
        var publication: String?
        var date: String?
        var dateText: String?
        var start: Int
        var end: Int
        var normalizedRange: Range<Int>
    }

    private var fields: SharedValues<Values>

    public var id: String { _read { yield fields.values.id } set { fields[\.id] = newValue } }
    public var document: String { _read { yield fields.values.document } set { fields[\.document] = newValue } }
    public var kind: ArticleKind { get { fields.values.kind } set { fields[\.kind] = newValue } }
    public var title: String? { _read { yield fields.values.title } set { fields[\.title] = newValue } }
    public var authors: [String] { _read { yield fields.values.authors } set { fields[\.authors] = newValue } }
    public var publication: String? { _read { yield fields.values.publication } set { fields[\.publication] = newValue } }
    /// ISO `YYYY-MM-DD`, `YYYY-MM`, or nil when the text gives no date with a year.
    public var date: String? { _read { yield fields.values.date } set { fields[\.date] = newValue } }
    /// The date as the text writes it (`6月4日`, `2020 年 8 月 22 日电`), when one was found.
    public var dateText: String? { _read { yield fields.values.dateText } set { fields[\.dateText] = newValue } }
    public var start: Int { get { fields.values.start } set { fields[\.start] = newValue } }
    public var end: Int { get { fields.values.end } set { fields[\.end] = newValue } }
    public var normalizedRange: Range<Int> { get { fields.values.normalizedRange } set { fields[\.normalizedRange] = newValue } }

    public init(id: String, document: String, kind: ArticleKind, title: String?, authors: [String], publication: String?, date: String?, dateText: String?, start: Int, end: Int, normalizedRange: Range<Int>) {
        fields = SharedValues(Values(id: id, document: document, kind: kind, title: title, authors: authors, publication: publication,
                         date: date, dateText: dateText, start: start, end: end, normalizedRange: normalizedRange))
    }

}

/// `normalizedRange` is not encoded: it only means something next to the document's
/// normalized text, which is not stored; a decoded article has `0..<0`.
extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case id, document, kind, title, authors, publication, date, dateText, start, end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), document: try c.decode(String.self, forKey: .document),
                  kind: try c.decode(ArticleKind.self, forKey: .kind), title: try c.decodeIfPresent(String.self, forKey: .title),
                  authors: try c.decode([String].self, forKey: .authors),
                  publication: try c.decodeIfPresent(String.self, forKey: .publication),
                  date: try c.decodeIfPresent(String.self, forKey: .date), dateText: try c.decodeIfPresent(String.self, forKey: .dateText),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end), normalizedRange: 0..<0)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encodeIfPresent(publication, forKey: .publication)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(dateText, forKey: .dateText)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
    }
}

/// What kind of piece an `Article` is.
public enum ArticleKind: String, Sendable, Codable {
    /// An ordinary article, commentary or story.
    case article
    /// The text of a speech, as published (`※这是…讲话的一部分`).
    case speech
    /// An official news report of a speech (`新华社…电` with `发表重要讲话`).
    case report
    /// An editor's note (`编者按`).
    case editorsNote = "editors-note"
}

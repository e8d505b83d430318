/// A piece of a document with its own title and byline: an article, a speech text,
/// a news report, an editor's note.
///
/// `start`/`end` are Unicode-scalar offsets into `Document.text`; `normalizedRange`
/// is the same span in the document's `NormalizedText`.
///
/// A value kept in one immutable box, like `MatchedQuote`: reports look articles up
/// and copy them for every quote, and a copy of the plain struct retained each of its
/// strings. Setting a field makes a new box.
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

    private final class Box: Sendable {
        let values: Values
        init(_ values: Values) { self.values = values }
    }

    private var box: Box

    private subscript<T>(_ field: WritableKeyPath<Values, T>) -> T {
        get { box.values[keyPath: field] }
        set {
            var values = box.values
            values[keyPath: field] = newValue
            box = Box(values)
        }
    }

    public var id: String { _read { yield box.values.id } set { self[\.id] = newValue } }
    public var document: String { _read { yield box.values.document } set { self[\.document] = newValue } }
    public var kind: ArticleKind { get { box.values.kind } set { self[\.kind] = newValue } }
    public var title: String? { _read { yield box.values.title } set { self[\.title] = newValue } }
    public var authors: [String] { _read { yield box.values.authors } set { self[\.authors] = newValue } }
    public var publication: String? { _read { yield box.values.publication } set { self[\.publication] = newValue } }
    /// ISO `YYYY-MM-DD`, `YYYY-MM`, or nil when the text gives no date with a year.
    public var date: String? { _read { yield box.values.date } set { self[\.date] = newValue } }
    /// The date as the text writes it (`6月4日`, `2020 年 8 月 22 日电`), when one was found.
    public var dateText: String? { _read { yield box.values.dateText } set { self[\.dateText] = newValue } }
    public var start: Int { get { box.values.start } set { self[\.start] = newValue } }
    public var end: Int { get { box.values.end } set { self[\.end] = newValue } }
    public var normalizedRange: Range<Int> { get { box.values.normalizedRange } set { self[\.normalizedRange] = newValue } }

    public init(id: String, document: String, kind: ArticleKind, title: String?, authors: [String], publication: String?, date: String?, dateText: String?, start: Int, end: Int, normalizedRange: Range<Int>) {
        box = Box(Values(id: id, document: document, kind: kind, title: title, authors: authors, publication: publication,
                         date: date, dateText: dateText, start: start, end: end, normalizedRange: normalizedRange))
    }

    public static func == (a: Article, b: Article) -> Bool {
        a.box === b.box || a.box.values == b.box.values
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

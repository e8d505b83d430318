/// A piece of a document with its own title and byline: an article, a speech text,
/// a news report, an editor's note.
///
/// `start`/`end` are Unicode-scalar offsets into `Document.text`; `normalizedRange`
/// is the same span in the document's `NormalizedText`.
public struct Article: Sendable, Codable, Equatable {
    public var id: String
    public var document: String
    public var kind: ArticleKind
    public var title: String?
    public var authors: [String]
    public var publication: String?
    /// ISO `YYYY-MM-DD`, `YYYY-MM`, or nil when the text gives no date with a year.
    public var date: String?
    /// The date as the text writes it (`6月4日`, `2020 年 8 月 22 日电`), when one was found.
    public var dateText: String?
    public var start: Int
    public var end: Int
    public var normalizedRange: Range<Int>

    public init(id: String, document: String, kind: ArticleKind, title: String?, authors: [String], publication: String?, date: String?, dateText: String?, start: Int, end: Int, normalizedRange: Range<Int>) {
        self.id = id
        self.document = document
        self.kind = kind
        self.title = title
        self.authors = authors
        self.publication = publication
        self.date = date
        self.dateText = dateText
        self.start = start
        self.end = end
        self.normalizedRange = normalizedRange
    }

    enum CodingKeys: String, CodingKey {
        case id, document, kind, title, authors, publication, date, dateText, start, end
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        document = try c.decode(String.self, forKey: .document)
        kind = try c.decode(ArticleKind.self, forKey: .kind)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        authors = try c.decode([String].self, forKey: .authors)
        publication = try c.decodeIfPresent(String.self, forKey: .publication)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        dateText = try c.decodeIfPresent(String.self, forKey: .dateText)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        normalizedRange = 0..<0
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

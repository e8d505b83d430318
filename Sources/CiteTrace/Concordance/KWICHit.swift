/// One occurrence of a term in the corpus, with its context (keyword in context).
///
/// `start..<end` are Unicode-scalar offsets into the document's original text and
/// `text` is exactly those characters (so a hit found on the normalized text shows the
/// original script: a search for 一体化 shows 一體化 where the document prints that).
/// `left` and `right` are up to `width` original characters on each side, within the
/// document. `article` is the article whose span holds the hit, `quote` the innermost
/// quote whose span holds it.
public struct KWICHit: Sendable, Codable, Equatable {
    /// The article around a hit.
    public struct ArticleRef: Sendable, Codable, Equatable {
        public var id: String
        public var title: String?
        public var date: String?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
        }
    }

    /// The quote around a hit, and the speech it is linked to (nil: unresolved).
    public struct QuoteRef: Sendable, Codable, Equatable {
        public var id: String
        public var speech: String?
        public var verdict: Verdict

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(speech, forKey: .speech)
            try c.encode(verdict, forKey: .verdict)
        }
    }

    public var document: String
    public var article: ArticleRef?
    public var start: Int
    public var end: Int
    public var text: String
    public var left: String
    public var right: String
    public var quote: QuoteRef?

    enum CodingKeys: String, CodingKey { case document, article, start, end, text, left, right, quote }

    /// Writes every key; a hit outside any article or quote has `null` there.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(article, forKey: .article)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(left, forKey: .left)
        try c.encode(right, forKey: .right)
        try c.encode(quote, forKey: .quote)
    }
}

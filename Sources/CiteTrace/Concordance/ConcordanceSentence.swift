/// One sentence (or clause of a long sentence) of a speech's concordance witness, with
/// the quotes that cite it.
///
/// Invariants: `start..<end` is a Unicode-scalar range of the witness document's original
/// text and `text` is exactly those characters; `citations` hold one entry per quote, in
/// `ConcordanceCitation.precedes` order; `articles` are the distinct citing articles in
/// that order; `firstCited`/`lastCited` are the least and greatest article dates (nil
/// when no citing article is dated); `undatedArticles` counts citing articles without a date.
public struct ConcordanceSentence: Sendable, Codable, Equatable {
    /// `<speech>.s<index>`, e.g. `S2019-08-26.s12`.
    public var id: String
    /// 1-based position in the witness.
    public var index: Int
    /// 1-based paragraph of the witness the sentence belongs to.
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var citations: [ConcordanceCitation]
    public var articles: [String]
    public var firstCited: String?
    public var lastCited: String?
    public var undatedArticles: Int

    public init(id: String, index: Int, paragraph: Int, start: Int, end: Int, text: String, citations: [ConcordanceCitation]) {
        self.id = id
        self.index = index
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        // Positions are sorted, not the citations: a sort moves each element several times,
        // and a citation's three strings were a reference count taken and dropped each time.
        let sorted = citations.indices.sorted { ConcordanceCitation.precedes(citations[$0], citations[$1]) }.map { citations[$0] }
        self.citations = sorted
        var seen = Set<String>()
        self.articles = sorted.map(\.article).filter { seen.insert($0).inserted }
        let dates = sorted.compactMap(\.date)
        self.firstCited = dates.min()
        self.lastCited = dates.max()
        var undated = Set<String>()
        for c in sorted where c.date == nil { undated.insert(c.article) }
        self.undatedArticles = undated.count
    }

    /// Number of quotes citing the sentence.
    public var quoteCount: Int { citations.count }

    enum CodingKeys: String, CodingKey {
        case id, index, paragraph, start, end, text, citations, articles, quoteCount, firstCited, lastCited, undatedArticles
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), index: try c.decode(Int.self, forKey: .index),
                  paragraph: try c.decode(Int.self, forKey: .paragraph), start: try c.decode(Int.self, forKey: .start),
                  end: try c.decode(Int.self, forKey: .end), text: try c.decode(String.self, forKey: .text),
                  citations: try c.decode([ConcordanceCitation].self, forKey: .citations))
    }

    /// Writes every key (`firstCited`/`lastCited` as `null` when no citing article is
    /// dated) and the derived `quoteCount`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(index, forKey: .index)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(citations, forKey: .citations)
        try c.encode(articles, forKey: .articles)
        try c.encode(quoteCount, forKey: .quoteCount)
        try c.encode(firstCited, forKey: .firstCited)
        try c.encode(lastCited, forKey: .lastCited)
        try c.encode(undatedArticles, forKey: .undatedArticles)
    }
}

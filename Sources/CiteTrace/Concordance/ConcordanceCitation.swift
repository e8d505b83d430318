/// One quote citing one sentence of a speech.
///
/// `date` is the citing article's date as `Article.date` gives it (ISO `YYYY-MM-DD` or
/// `YYYY-MM`), nil when the article is undated. `aligned` is true when the quote's source
/// lies in another witness of the speech and was placed on this sentence by aligning that
/// witness's words with the concordance witness.
public struct ConcordanceCitation: Sendable, Codable, Equatable {
    public var quote: String
    public var article: String
    public var date: String?
    public var verdict: Verdict
    public var aligned: Bool

    public init(quote: String, article: String, date: String?, verdict: Verdict, aligned: Bool) {
        self.quote = quote
        self.article = article
        self.date = date
        self.verdict = verdict
        self.aligned = aligned
    }

    /// Writes every key; `date` is `null` for an undated article.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(quote, forKey: .quote)
        try c.encode(article, forKey: .article)
        try c.encode(date, forKey: .date)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(aligned, forKey: .aligned)
    }

    /// Dated citations first, by date, then by article and quote id. Field by field, not
    /// as a tuple: building the tuples copied four strings for every comparison.
    static func precedes(_ a: ConcordanceCitation, _ b: ConcordanceCitation) -> Bool {
        switch (a.date, b.date) {
        case (nil, _?): return false
        case (_?, nil): return true
        case let (x?, y?) where x != y: return x < y
        default: break
        }
        return a.article != b.article ? a.article < b.article : a.quote < b.quote
    }
}

/// Unresolved quotes of a leader that repeat the same words: one saying, quoted in
/// several articles (or several times in one document), whose source is not in the corpus.
///
/// Every eligible unresolved quote (see `QuoteClusterer`) belongs to exactly one cluster;
/// a cluster of one member is a saying quoted once so far. Invariants: `members` are quote
/// ids in graph order (non-empty); `id` is `C` + the first member's id; `text` is the
/// original text of the representative member (the one aligned with the most others;
/// ties: the first); `claimed` are the distinct occasions and dates the articles claim,
/// in member order; `earliest` is the member in the earliest dated article, or the first
/// member when no article is dated.
public struct QuoteCluster: Sendable, Codable, Equatable {
    /// The first appearance of a cluster's words.
    public struct Appearance: Sendable, Codable, Equatable {
        public var quote: String
        public var article: String
        /// The article's date (ISO), nil when undated.
        public var date: String?

        public init(quote: String, article: String, date: String?) {
            self.quote = quote
            self.article = article
            self.date = date
        }
    }

    public var id: String
    public var text: String
    public var members: [String]
    public var claimed: [Claim]
    public var earliest: Appearance

    public init(id: String, text: String, members: [String], claimed: [Claim], earliest: Appearance) {
        self.id = id
        self.text = text
        self.members = members
        self.claimed = claimed
        self.earliest = earliest
    }

    /// True when the words were quoted more than once.
    public var isRepeated: Bool { members.count > 1 }
}

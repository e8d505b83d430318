/// Every constant that tunes matching, with its default. Overridable from the CLI.
public struct MatchSettings: Sendable, Equatable {
    /// Length of the character n-grams of the candidate index (3: trigrams of content characters).
    public var ngram = 3
    /// N-grams with more postings than this are boilerplate (`高质量发展`) and give no candidates.
    public var maxPostings = 200
    /// Candidate regions aligned per quote.
    public var candidates = 4
    /// A link needs at least this many content characters in common…
    public var minMatched = 6
    /// …and an identical run at least this long.
    public var minRun = 5
    /// Score at or above which a one-segment match with word changes is a `variant`;
    /// below it, down to `paraphraseScore`, a `paraphrase`; below that, `unresolved`.
    public var variantScore = 0.75
    public var paraphraseScore = 0.5
    /// A variant's alignment covers at least this share of the quote; the rest would be words
    /// the source does not have at all, which makes it another text, not a misquote.
    public var variantCoverage = 0.85
    /// A paraphrase shares at least this part of the quote's characters with the source.
    public var paraphraseMinShare = 0.6
    /// A paraphrase needs at least this many characters in common (short quotes can't be paraphrases).
    public var paraphraseMinMatched = 12
    /// A segment of a composite covers at least this many quote characters with at least this identity…
    public var segmentMinMatched = 8
    public var segmentMinIdentity = 0.8
    /// …and its longest segment at least this many: stock phrases (`推动高质量发展`) alone make no composite.
    public var compositeMainMatched = 12
    /// A composite's segments must cover at least this share of the quote.
    public var compositeCoverage = 0.7
    /// Segments taken out of order from one stretch of a witness no longer than this many
    /// times the quote are the quote's own clauses rearranged (a `paraphrase`), not a splice
    /// of several places (a `composite`).
    public var reorderedSpan = 1.5
    /// An unmarked quote takes in the next sentence of its paragraph when the source goes on
    /// with at least this share of that sentence's characters.
    public var extendMinShare = 0.6
    /// Most segments one quote is spliced from.
    public var maxSegments = 6
    /// Unmarked reuse (no quote marks, no cue): the identical run and common characters needed.
    public var reuseMinRun = 10
    public var reuseMinMatched = 12
    /// Unmarked reuse is often framed by the article's own words (`总书记也指出了…`): a
    /// retelling needs this share of the sentence (instead of `paraphraseMinShare`).
    public var reuseMinShare = 0.5
    /// Reprints: shared passages of at least this many content characters.
    public var reprintMinLength = 50
    /// Clusters of unresolved quotes: two quotes repeat each other when they share at least
    /// this share of the shorter one's content characters…
    public var clusterMinShared = 0.8
    /// …and a quote needs this many content characters to be clustered at all.
    public var clusterMinContent = 8
    /// An unmarked echo of an unresolved quote shares this many characters with it, with an
    /// identical run this long, covering this share of the quote (`EchoFinder`)…
    public var echoMinMatched = 12
    public var echoMinRun = 8
    public var echoMinShare = 0.6
    /// …or, for a short quote (`绿水青山就是金山银山`), repeats nearly all of it.
    public var echoShortShare = 0.9
    /// Candidate partners aligned per quote when clustering.
    public var clusterCandidates = 16
    /// A candidate region for a passage longer than `bandFrom` content characters (a paragraph
    /// an unmarked quote may run on into) is aligned only along the diagonals within
    /// `alignmentRadius` of its n-gram hits' diagonal: the alignment with its source drifts
    /// from it only by its gaps. A shorter quote is aligned over the whole region, where a
    /// better alignment off the hits' diagonal can still win (a 25-character quote did, at 100 MB).
    public var bandFrom = 64
    public var alignmentRadius = 24
    /// Alignment scores.
    public var matchScore: Int32 = 2
    public var mismatchScore: Int32 = -2
    public var gapScore: Int32 = -2

    public init() {}
}

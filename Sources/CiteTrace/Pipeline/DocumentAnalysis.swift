/// One document carried through the per-document stages: normalized and segmented.
public struct DocumentAnalysis: Sendable {
    public let document: Document
    public let normalized: NormalizedText
    /// In text order and not overlapping, as `Segmenter` makes them.
    public let articles: [Article]

    public init(document: Document, normalizer: Normalizer = Normalizer(), segmenter: Segmenter = Segmenter()) {
        self.document = document
        self.normalized = normalizer.normalize(document.scalars)
        self.articles = segmenter.segment(document, normalized)
    }

    /// A document whose stages were run one by one (the benchmark times each stage).
    /// `normalized` must be `document`'s normalized text and `articles` its segmentation.
    public init(document: Document, normalized: NormalizedText, articles: [Article]) {
        self.document = document
        self.normalized = normalized
        self.articles = articles
    }

    /// The article containing normalized offset `i` (nil between articles). Articles are in
    /// text order and do not overlap, so this is a binary search: it is asked once per quote.
    public func article(containingNormalized i: Int) -> Article? {
        let k = articles.partitioningIndex { $0.normalizedRange.upperBound > i }
        return k < articles.count && articles[k].normalizedRange.contains(i) ? articles[k] : nil
    }
}

/// A share of the per-article work of a corpus: some consecutive articles of one document.
struct ArticleBatch: Sendable {
    /// The document's index in the corpus.
    var document: Int
    /// Indices into its `articles`.
    var articles: Range<Int>

    /// Batches of at most `size` articles, in document then article order, so results
    /// joined in batch order come in the order a pass per document gives. Stages that look
    /// at each article alone (reuse, echoes) run batches on all cores: one per document
    /// would leave a corpus of one long file on one core. The default keeps a corpus of
    /// article-sized files at one batch per document.
    static func batches(_ documents: [DocumentAnalysis], size: Int = 32) -> [ArticleBatch] {
        precondition(size > 0, "a batch holds at least one article")
        var result: [ArticleBatch] = []
        for (d, doc) in documents.enumerated() {
            for start in stride(from: 0, to: doc.articles.count, by: size) {
                result.append(ArticleBatch(document: d, articles: start..<min(start + size, doc.articles.count)))
            }
        }
        return result
    }
}

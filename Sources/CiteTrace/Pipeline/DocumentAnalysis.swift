/// One document carried through the per-document stages: normalized and segmented.
///
/// A class, though immutable: every later stage passes documents around (by id in the
/// matcher, in tuples and closures across cores), and a copy of a struct of a document, its
/// normalized text and its articles retained a dozen references where this retains one.
public final class DocumentAnalysis: Sendable {
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

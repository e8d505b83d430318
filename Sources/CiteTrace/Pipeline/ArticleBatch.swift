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

extension Quote {
    /// The quote an unmarked finder makes of normalized `span` of `article` (a reuse of a
    /// speech, an echo of another quote): no marks, no cue, no speaker or claim yet.
    static func unmarked(_ span: Range<Int>, of article: Article, in doc: DocumentAnalysis) -> Quote {
        let original = doc.normalized.originalRange(span)
        return Quote(
            id: "\(doc.document.id).q\(original.lowerBound)-\(original.upperBound)", document: doc.document.id, article: article.id,
            start: original.lowerBound, end: original.upperBound, text: doc.document.slice(original),
            normalized: doc.normalized.string(span), marked: false, trivial: false, unclosed: false,
            speaker: nil, cue: nil, claimed: nil, parent: nil, normalizedRange: span)
    }
}

extension Matcher {
    /// Matches a passage typed by a user (an editor checking a quote) against the catalog.
    /// The passage stands alone: its offsets refer to `text` itself.
    public func verify(_ text: String, claimed: Claim? = nil) -> MatchedQuote {
        let document = Document(id: "Dverify", path: "<quote>", format: .text, encoding: .utf8, sha256: "", text: text)
        let doc = DocumentAnalysis(document: document)
        let range = 0..<doc.normalized.count
        let original = doc.normalized.originalRange(range)
        let quote = Quote(
            id: "Dverify.q\(original.lowerBound)-\(original.upperBound)", document: document.id, article: "Dverify.a1",
            start: original.lowerBound, end: original.upperBound, text: document.slice(original),
            normalized: doc.normalized.string(range), marked: true, trivial: false, unclosed: false,
            speaker: nil, cue: nil, claimed: claimed, parent: nil, normalizedRange: range)
        let key = ContentKey(doc.normalized, range)
        var result = judge(quote, key: key, segments: findSegments(key.keys), doc: doc, reuse: false)
        if let link = result.source { result.quote.speaker = speeches.first { $0.id == link.speech }?.speaker }
        return result
    }

    /// The speech a link points to.
    public func speech(_ id: String) -> Speech? { speeches.first { $0.id == id } }
}

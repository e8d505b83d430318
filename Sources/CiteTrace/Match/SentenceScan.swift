/// One walk over the sentences of some articles for both finders of unmarked quotes: each
/// sentence is split out and keyed once, tried for reuse of a speech (`ReuseFinder`) and,
/// when it is none, for an echo of an unresolved quote (`EchoFinder`). Walked once per
/// finder, splitting and keying every sentence of the corpus twice was a fifth of the two.
///
/// The echoes are those a pass after the reuse pass finds: a sentence that holds a quote
/// is skipped by both, and a reuse is a whole sentence, so the only sentences it takes
/// from the echo search are its own (sentences do not overlap).
struct SentenceScan {
    let reuse: ReuseFinder
    /// The echo finder and its probes; nil: reuse only.
    let echo: (finder: EchoFinder, probes: EchoFinder.Probes)?

    /// The reuse and the echoes found in `doc.articles[articles]`, in text order each;
    /// `taken` are the spans of the quotes found before (neither finder looks inside them).
    func scan(_ doc: DocumentAnalysis, articles: Range<Int>, taken: SpanSet, skipping witnesses: Set<String>) -> (reuse: [MatchedQuote], echoes: [MatchedQuote]) {
        var reused: [MatchedQuote] = []
        var echoes: [MatchedQuote] = []
        var keys: [UInt32] = []
        for article in doc.articles[articles] where !witnesses.contains(article.id) {
            var title: String??
            for sentence in ReuseFinder.sentences(doc.normalized.scalars, article.normalizedRange) {
                if taken.overlaps(sentence) { continue }
                ContentKey.keys(doc.normalized, sentence, into: &keys)
                if let found = reuse.reuse(sentence, keys: keys, of: article, in: doc, title: &title) {
                    reused.append(found)
                } else if let echo {
                    echoes += echo.finder.echoes(in: sentence, keys: keys, of: article, in: doc, probes: echo.probes)
                }
            }
        }
        return (reused, echoes)
    }
}

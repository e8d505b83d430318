/// Builds the concordance of a speech from a citation graph: the witness split into
/// sentences (`SentenceSplitter`), and every quote of the speech placed on the sentences
/// its source overlaps.
///
/// The sentences are those of the whole witness article (title and byline lines
/// included), except a closing editor's note (a paragraph starting with `※`).
///
/// A quote's source spans are its `source.segments`, or `source.start..<end` when it has
/// none. A span in the concordance witness's document lands on the sentences it overlaps
/// by at least `minOverlap` content characters (or all of a shorter sentence). A span in
/// another witness (a report of the speech, when the concordance witness is its text) is
/// first aligned with the concordance witness by the matcher's own machinery — trigram
/// candidates over the witness's `ContentKey` and local alignment (`Matcher.findSegments`)
/// — and lands where the aligned words are. A quote that lands nowhere is `unplaced`.
///
/// Pure: reads the graph only, and gives the same concordance for the same graph.
public struct SpeechConcordanceBuilder: Sendable {
    public var splitter = SentenceSplitter()
    public var settings: MatchSettings
    /// Content characters a source span must share with a sentence to cite it.
    public var minOverlap = 2

    let normalizer: Normalizer
    let documents: [String: Document]
    let articles: [String: Article]
    let quotesBySpeech: [String: [MatchedQuote]]

    public init(graph: CitationGraph, settings: MatchSettings = MatchSettings(), normalizer: Normalizer = Normalizer()) {
        self.settings = settings
        self.normalizer = normalizer
        var documents: [String: Document] = [:]
        var articles: [String: Article] = [:]
        for node in graph.documents {
            if documents[node.document.id] == nil { documents[node.document.id] = node.document }
            for a in node.articles where articles[a.article.id] == nil { articles[a.article.id] = a.article }
        }
        var bySpeech: [String: [MatchedQuote]] = [:]
        for q in graph.quotes {
            if let s = q.source?.speech { bySpeech[s, default: []].append(q) }
        }
        self.documents = documents
        self.articles = articles
        self.quotesBySpeech = bySpeech
    }

    /// The witness a speech's concordance is read from: its longest `text` witness, else its
    /// longest report (ties: the earlier witness); only witnesses whose document is known.
    public static func witness(of speech: Speech, known: (String) -> Bool) -> Witness? {
        let usable = speech.witnesses.filter { known($0.document) && $0.end > $0.start }
        let texts = usable.filter { $0.kind == .text }
        let pool = texts.isEmpty ? usable : texts
        return pool.enumerated().max { a, b in
            (a.element.end - a.element.start, -a.offset) < (b.element.end - b.element.start, -b.offset)
        }?.element
    }

    /// Concordances of every speech with a usable witness, in the order given.
    public func build(_ speeches: [Speech]) -> [SpeechConcordance] {
        speeches.compactMap(build)
    }

    /// The concordance of one speech; nil when none of its witnesses is in the graph.
    public func build(_ speech: Speech) -> SpeechConcordance? {
        guard let witness = Self.witness(of: speech, known: { documents[$0] != nil }),
              let document = documents[witness.document] else { return nil }
        let analysis = DocumentAnalysis(document: document, normalizer: normalizer)
        let norm = analysis.normalized
        // The editor's `※` note after a published text is about the speech, not part of it.
        var pieces = splitter.split(norm, in: norm.normalizedRange(forOriginal: witness.start..<witness.end))
        let notes = Set(pieces.filter { norm.scalars[$0.normalized.lowerBound] == "※" }.map(\.paragraph))
        pieces.removeAll { notes.contains($0.paragraph) }
        let spans = pieces.map { norm.originalRange($0.normalized) }
        let placer = SentencePlacer(document: document, sentences: spans, minOverlap: minOverlap)
        let aligner = WitnessAligner(speech: speech, witness: witness, analysis: analysis, settings: settings, normalizer: normalizer)

        var bySentence = [[ConcordanceCitation]](repeating: [], count: spans.count)
        var unplaced: [ConcordanceCitation] = []
        var otherTexts: [String: NormalizedText] = [:]
        for matched in quotesBySpeech[speech.id] ?? [] {
            guard let source = matched.source else { continue }
            let parts = source.segments.map { $0.map { ($0.document, $0.start..<max($0.start, $0.end)) } }
                ?? [(source.document, source.start..<max(source.start, source.end))]
            var hits: [Int: Bool] = [:] // sentence → placed through alignment only
            for (doc, range) in parts {
                if doc == witness.document, range.overlaps(witness.start..<witness.end) {
                    for s in placer.sentences(overlapping: range) { hits[s] = false }
                    continue
                }
                guard let other = documents[doc] else { continue }
                if otherTexts[doc] == nil { otherTexts[doc] = normalizer.normalize(other.scalars) }
                for aligned in aligner.locate(range, in: otherTexts[doc]!) {
                    for s in placer.sentences(overlapping: aligned) where hits[s] == nil { hits[s] = true }
                }
            }
            let q = matched.quote
            let make = { (aligned: Bool) in
                ConcordanceCitation(quote: q.id, article: q.article, date: articles[q.article]?.date, verdict: matched.verdict, aligned: aligned)
            }
            if hits.isEmpty { unplaced.append(make(false)) }
            for (s, aligned) in hits { bySentence[s].append(make(aligned)) }
        }
        let sentences = pieces.indices.map { i in
            ConcordanceSentence(id: "\(speech.id).s\(i + 1)", index: i + 1, paragraph: pieces[i].paragraph + 1,
                                start: spans[i].lowerBound, end: spans[i].upperBound,
                                text: document.slice(spans[i]), citations: bySentence[i])
        }
        return SpeechConcordance(speech: speech, witness: witness, sentences: sentences, unplaced: unplaced)
    }
}

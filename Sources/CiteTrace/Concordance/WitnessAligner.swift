/// Carries a span of one witness of a speech over to the concordance witness by
/// aligning their words, with the matcher's candidate index and local aligner.
///
/// Built on a `Matcher` whose catalog holds only the concordance witness, so
/// `Matcher.findSegments` returns the places of that witness the span's content key
/// aligns with (one per spliced part, each meeting the matcher's `minMatched`/`minRun`
/// and segment identity thresholds). Results are original ranges of the concordance
/// witness's document.
struct WitnessAligner {
    let matcher: Matcher
    let analysis: DocumentAnalysis

    init(speech: Speech, witness: Witness, analysis: DocumentAnalysis, settings: MatchSettings, normalizer: Normalizer) {
        var only = speech
        only.witnesses = [witness]
        self.matcher = Matcher(catalog: SpeechCatalog(speeches: [only]), documents: [analysis], settings: settings)
        self.analysis = analysis
    }

    /// Original ranges of the concordance witness holding the words of `span` (an original
    /// range of the document normalized as `text`), in the span's order.
    func locate(_ span: Range<Int>, in text: NormalizedText) -> [Range<Int>] {
        guard let target = matcher.witnesses.first else { return [] }
        let key = ContentKey(text, text.normalizedRange(forOriginal: span))
        guard key.count >= matcher.settings.minMatched else { return [] }
        let norm = analysis.normalized
        return matcher.findSegments(key.keys).map { seg in
            let r = seg.alignment.sourceRange
            let lo = Int(norm.originStart[Int(target.key.positions[r.lowerBound])])
            let hi = Int(norm.originEnd[Int(target.key.positions[r.upperBound - 1])])
            return lo..<hi
        }
    }
}

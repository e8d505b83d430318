/// Finds the sentences of a witness a source span overlaps.
///
/// `sentences` are original ranges of one document in text order, non-overlapping. A span
/// overlaps a sentence when they share at least `minOverlap` content characters of the
/// original text, or every content character of a sentence shorter than that.
struct SentencePlacer {
    let document: Document
    let sentences: [Range<Int>]
    let minOverlap: Int

    /// Indices into `sentences`, ascending.
    func sentences(overlapping span: Range<Int>) -> [Int] {
        guard !span.isEmpty else { return [] }
        // First sentence ending after the span's start (sentences are sorted).
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var result: [Int] = []
        var i = lo
        while i < sentences.count, sentences[i].lowerBound < span.upperBound {
            let s = sentences[i]
            let shared = content(max(s.lowerBound, span.lowerBound)..<min(s.upperBound, span.upperBound))
            if shared >= min(minOverlap, content(s)), shared > 0 { result.append(i) }
            i += 1
        }
        return result
    }

    private func content(_ r: Range<Int>) -> Int {
        guard !r.isEmpty else { return 0 }
        let lo = max(0, r.lowerBound), hi = min(document.scalars.count, r.upperBound)
        guard lo < hi else { return 0 }
        var n = 0
        for i in lo..<hi where CharacterClass.isContent(document.scalars[i]) { n += 1 }
        return n
    }
}

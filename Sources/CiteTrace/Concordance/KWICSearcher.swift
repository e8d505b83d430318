import Foundation

/// Keyword-in-context search over an analysed corpus: every occurrence of a term (through
/// `KWICIndex`) or of a regular expression, reported with document, article, original
/// offsets and characters, context, and the quote it falls in.
///
/// Terms are normalized with the corpus's `Normalizer`, so a search matches across
/// script (一体化 finds 一體化), width (ＡＢ finds AB), punctuation classes, and line or
/// page breaks the normalizer joined. Regular expressions run with `NSRegularExpression`
/// over each document's normalized string; the pattern's characters are folded like the
/// text's (width, quote class, traditional → simplified) but the pattern is not otherwise
/// normalized, so its syntax survives. Hits are in corpus order (documents in the order
/// given, then by offset).
public struct KWICSearcher: Sendable {
    public let documents: [DocumentAnalysis]
    public let index: KWICIndex
    let normalizer: Normalizer
    /// Per document id: quotes by start offset, with their link.
    let quotes: [String: [MatchedQuote]]

    public init(documents: [DocumentAnalysis], quotes: [MatchedQuote] = [], normalizer: Normalizer = Normalizer()) {
        self.documents = documents
        self.index = KWICIndex(texts: documents.map(\.normalized.scalars))
        self.normalizer = normalizer
        var byDocument: [String: [MatchedQuote]] = [:]
        for q in quotes { byDocument[q.quote.document, default: []].append(q) }
        self.quotes = byDocument
    }

    /// The normalized form of a search term: what `search` looks for.
    public func normalizedTerm(_ term: String) -> [Unicode.Scalar] {
        let scalars = normalizer.normalize(term).scalars
        var lo = 0, hi = scalars.count
        while lo < hi, scalars[lo] == "\n" || CharacterClass.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo, scalars[hi - 1] == "\n" || CharacterClass.isSpace(scalars[hi - 1]) { hi -= 1 }
        return scalars[lo..<hi].filter { $0 != "\n" }
    }

    /// Every occurrence of `term`, at most `limit`.
    public func search(_ term: String, width: Int = 10, limit: Int? = nil) -> [KWICHit] {
        var found = index.occurrences(of: normalizedTerm(term))
        if let limit, found.count > limit { found.removeLast(found.count - limit) }
        return found.map { hit(document: $0.document, normalized: $0.range, width: width) }
    }

    /// Number of occurrences of `term`.
    public func count(_ term: String) -> Int {
        index.count(of: normalizedTerm(term))
    }

    /// Every non-empty match of a regular expression over the normalized text, at most `limit`.
    public func search(regex pattern: String, width: Int = 10, limit: Int? = nil) throws -> [KWICHit] {
        let folded = String(scalars: pattern.unicodeScalars.map { normalizer.table.simplified(Emitter.fold($0)) })
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: folded)
        } catch {
            throw KWICError.badPattern(pattern, reason: "\(error)")
        }
        var hits: [KWICHit] = []
        for (d, doc) in documents.enumerated() {
            let map = UTF16ScalarMap(doc.normalized.scalars)
            let string = doc.normalized.string
            let ns = string as NSString
            for match in regex.matches(in: string, range: NSRange(location: 0, length: ns.length)) where match.range.length > 0 {
                let range = map.scalarRange(match.range.location..<(match.range.location + match.range.length))
                guard !range.isEmpty else { continue }
                hits.append(hit(document: d, normalized: range, width: width))
                if let limit, hits.count >= limit { return hits }
            }
        }
        return hits
    }

    /// The report of one occurrence: original span, context, article and quote.
    func hit(document d: Int, normalized range: Range<Int>, width: Int) -> KWICHit {
        let analysis = documents[d]
        let doc = analysis.document
        let original = analysis.normalized.originalRange(range)
        let w = max(0, width)
        let article = analysis.article(containingNormalized: range.lowerBound).map {
            KWICHit.ArticleRef(id: $0.id, title: $0.title, date: $0.date)
        }
        let quote = (quotes[doc.id] ?? [])
            .filter { $0.quote.start <= original.lowerBound && original.upperBound <= $0.quote.end }
            .min { ($0.quote.end - $0.quote.start, $0.quote.id) < ($1.quote.end - $1.quote.start, $1.quote.id) }
            .map { KWICHit.QuoteRef(id: $0.quote.id, speech: $0.source?.speech, verdict: $0.verdict) }
        return KWICHit(
            document: doc.id, article: article, start: original.lowerBound, end: original.upperBound,
            text: doc.slice(original),
            left: doc.slice(max(0, original.lowerBound - w)..<original.lowerBound),
            right: doc.slice(original.upperBound..<min(doc.scalars.count, original.upperBound + w)),
            quote: quote)
    }
}

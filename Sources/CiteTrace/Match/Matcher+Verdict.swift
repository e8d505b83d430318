/// The verdict and the link for a quote's segments.
extension Matcher {
    func judge(_ quote: Quote, key: ContentKey, segments: [Segment], doc: DocumentAnalysis, reuse: Bool) -> MatchedQuote {
        guard !segments.isEmpty else { return Self.unresolved(quote) }
        let m = key.count
        let matched = segments.reduce(0) { $0 + $1.matched }
        let sourceLength = segments.reduce(0) { $0 + $1.alignment.sourceRange.count }
        let score = 2.0 * Double(matched) / Double(max(1, m + sourceLength))
        let coverage = Double(segments.reduce(0) { $0 + $1.alignment.quoteRange.count }) / Double(max(1, m))

        var used = segments
        var verdict: Verdict
        if segments.count >= 2 && coverage >= settings.compositeCoverage && segments.map(\.matched).max()! >= settings.compositeMainMatched {
            verdict = isReordering(segments, quoteLength: m) ? .paraphrase : .composite
        } else {
            // Without enough coverage the spliced parts do not count: judge the main segment.
            used = [segments.max { $0.matched < $1.matched }!]
            let mMatched = used[0].matched
            let mScore = 2.0 * Double(mMatched) / Double(max(1, m + used[0].alignment.sourceRange.count))
            let mCoverage = Double(used[0].alignment.quoteRange.count) / Double(max(1, m))
            if mMatched == m && used[0].alignment.sourceRange.count == m && used[0].alignment.columns.count == m {
                verdict = .normalized
            } else if mScore >= settings.variantScore && mCoverage >= settings.variantCoverage {
                verdict = .variant
            } else if mScore >= settings.paraphraseScore && mMatched >= max(settings.paraphraseMinMatched, Int((Double(m) * (reuse ? settings.reuseMinShare : settings.paraphraseMinShare)).rounded(.up))) {
                verdict = .paraphrase
            } else {
                return Self.unresolved(quote)
            }
        }
        let builder = EditScriptBuilder(
            quoteDoc: doc, quoteKey: key, quoteOriginal: quote.start..<quote.end,
            witnessDoc: { documents[witnesses[$0].document]! }, witnessKey: { witnesses[$0].key })
        let script = builder.build(used)
        if verdict == .normalized && isVerbatim(script) { verdict = .verbatim }
        if reuse && (verdict == .variant) { verdict = .paraphrase }

        let main = used[0]
        let speech = speeches[witnesses[main.witness].speech]
        let ranges = used.map { seg -> SourceSegment in
            let w = witnesses[seg.witness]
            let norm = documents[w.document]!.normalized
            let r = seg.alignment.sourceRange
            let lo = Int(norm.originStart[Int(w.key.positions[r.lowerBound])])
            let hi = Int(norm.originEnd[Int(w.key.positions[r.upperBound - 1])])
            return SourceSegment(document: w.document, start: lo, end: hi)
        }
        let link = SourceLink(
            speech: speech.id, document: ranges[0].document,
            start: ranges.filter { $0.document == ranges[0].document }.map(\.start).min()!,
            end: ranges.filter { $0.document == ranges[0].document }.map(\.end).max()!,
            segments: verdict == .composite ? ranges : nil,
            article: witnesses[main.witness].witness.article)
        if !reuse, verdict != .paraphrase, let claim = quote.claimed, contradicts(claim, speech) {
            verdict = .misattributed
        }
        let finalScore = verdict == .composite ? score : 2.0 * Double(main.matched) / Double(max(1, m + main.alignment.sourceRange.count))
        return MatchedQuote(quote: quote, source: link, verdict: verdict, score: (finalScore * 10_000).rounded() / 10_000,
                            edits: script.filter { $0.op != .equal }, script: script)
    }

    /// Identical but for white space (line and page breaks).
    func isVerbatim(_ script: [Edit]) -> Bool {
        script.allSatisfy { e in
            e.op == .equal && (Self.sameScalarsIgnoringSpace(e.quote, e.source)
                || !(Self.isCanonicallyInert(e.quote) && Self.isCanonicallyInert(e.source)) && strip(e.quote) == strip(e.source))
        }
    }

    /// Whether every scalar of `s` is one Unicode normalization leaves alone in any
    /// context: no canonical decomposition, combining class 0, and never the second of a
    /// composed pair. ASCII and the scalars that break alone as characters (CJK
    /// ideographs and punctuation, general punctuation's dashes and quotes, full-width
    /// forms) are. Two such strings are canonically equivalent only when their scalars are
    /// equal, so a run written in another script (traditional for simplified, the usual
    /// reason for unequal scalars) needs no comparison of stripped strings.
    static func isCanonicallyInert(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { $0.value < 0x80 || String.breaksAlone($0.value) }
    }

    /// Whether `a` and `b` hold the same scalars once spaces and line breaks are left
    /// out. Then their stripped strings are equal, without making them; when the scalars
    /// differ, the strings may still be canonically equivalent, which only comparing
    /// the strings decides.
    static func sameScalarsIgnoringSpace(_ a: String, _ b: String) -> Bool {
        func isGap(_ c: Unicode.Scalar) -> Bool { CharacterClass.isSpace(c) || CharacterClass.isNewline(c) }
        var i = a.unicodeScalars.makeIterator(), j = b.unicodeScalars.makeIterator()
        while true {
            var x = i.next()
            while let c = x, isGap(c) { x = i.next() }
            var y = j.next()
            while let c = y, isGap(c) { y = j.next() }
            guard x == y else { return false }
            if x == nil { return true }
        }
    }

    func strip(_ s: String) -> String {
        String(scalars: s.unicodeScalars.filter { !CharacterClass.isSpace($0) && !CharacterClass.isNewline($0) })
    }

    /// The article claims a date or occasion the speech does not have.
    func contradicts(_ claim: Claim, _ speech: Speech) -> Bool {
        if let d = claim.date, !speech.date.hasPrefix(d) && !d.hasPrefix(speech.date) { return true }
        if let e = claim.event, let se = speech.event ?? Optional(speech.title), Self.isSpecific(e) {
            return Self.similarity(e, se) < 0.5
        }
        return false
    }

    /// `此次座谈会`, `这次会议` refer back and name nothing.
    static func isSpecific(_ event: String) -> Bool {
        let vague = ["此次", "这次", "本次", "该", "会上", "一次"]
        return !vague.contains { event.hasPrefix($0) } && event.unicodeScalars.count >= 5
    }

    /// Share of the shorter name's character bigrams found in the longer.
    static func similarity(_ a: String, _ b: String) -> Double {
        func share<T>(_ x: Set<T>, _ y: Set<T>) -> Double {
            Double(x.intersection(y).count) / Double(max(1, min(x.count, y.count)))
        }
        if let x = scalarBigrams(a), let y = scalarBigrams(b) { return share(x, y) }
        func bigrams(_ s: String) -> Set<String> {
            let c = Array(s)
            guard c.count >= 2 else { return [s] }
            return Set((0..<(c.count - 1)).map { String(c[$0...($0 + 1)]) })
        }
        return share(bigrams(a), bigrams(b))
    }

    /// The character bigrams of `s` as pairs of scalar values, when each of its scalars is
    /// a character by itself, equal to another only when the scalars are (`breaksAlone`):
    /// names are nearly always such text, and strings of two characters cost a hundred
    /// times more to make and hash. A name of one character or none is itself, as in
    /// `similarity`: its scalar value (below every bigram's, whose first scalar is at
    /// least a space), or all ones.
    private static func scalarBigrams(_ s: String) -> Set<UInt64>? {
        let v = s.unicodeScalars.map(\.value)
        guard v.allSatisfy(String.breaksAlone) else { return nil }
        guard v.count >= 2 else { return [v.first.map(UInt64.init) ?? .max] }
        return Set((0..<(v.count - 1)).map { UInt64(v[$0]) << 32 | UInt64(v[$0 + 1]) })
    }

    /// The segments come from one witness, within a stretch not much longer than the
    /// quote, in another order than the quote's: clauses moved around, not a splice.
    func isReordering(_ segments: [Segment], quoteLength m: Int) -> Bool {
        guard let witness = segments.first?.witness, segments.allSatisfy({ $0.witness == witness }) else { return false }
        let lo = segments.map(\.alignment.sourceRange.lowerBound).min()!
        let hi = segments.map(\.alignment.sourceRange.upperBound).max()!
        guard Double(hi - lo) <= settings.reorderedSpan * Double(m) else { return false }
        let inQuoteOrder = segments.sorted { $0.alignment.quoteRange.lowerBound < $1.alignment.quoteRange.lowerBound }
        return zip(inQuoteOrder, inQuoteOrder.dropFirst()).contains { $0.alignment.sourceRange.lowerBound > $1.alignment.sourceRange.lowerBound }
    }
}

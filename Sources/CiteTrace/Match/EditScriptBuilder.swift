/// Turns alignment segments (on content keys) into an edit script on original characters.
///
/// Every run carries the quote's and the source's own characters, so an `equal` run may
/// differ in punctuation, width or script (that is what makes a quote `normalized`);
/// punctuation between two content characters belongs to the run after it.
struct EditScriptBuilder {
    let quoteDoc: DocumentAnalysis
    let quoteKey: ContentKey
    let quoteOriginal: Range<Int>
    let witnessDoc: (Int) -> DocumentAnalysis
    let witnessKey: (Int) -> ContentKey

    private struct Column {
        var q: Int32
        var s: Int32
        /// Index into the segments; -1 for a quote character no segment covers.
        var segment: Int
    }

    /// A segment's witness text, looked up once per segment: a lookup copies a whole
    /// document analysis, and the columns of a segment all ask for the same one.
    private struct Source {
        var key: ContentKey
        var doc: DocumentAnalysis
    }

    func build(_ segments: [Matcher.Segment]) -> [Edit] {
        let qk = quoteKey.keys
        let sources = segments.map { Source(key: witnessKey($0.witness), doc: witnessDoc($0.witness)) }
        // Columns in quote order, with uncovered quote characters as insertions.
        var columns: [Column] = []
        var at = 0
        for (si, seg) in segments.enumerated() {
            let r = seg.alignment.quoteRange
            while at < r.lowerBound { columns.append(Column(q: Int32(at), s: -1, segment: -1)); at += 1 }
            for c in seg.alignment.columns { columns.append(Column(q: c.q, s: c.s, segment: si)) }
            at = max(at, r.upperBound)
        }
        while at < qk.count { columns.append(Column(q: Int32(at), s: -1, segment: -1)); at += 1 }
        if columns.isEmpty { return [] }

        let ops = columns.map { c -> EditOp in
            if c.q >= 0 && c.s >= 0 {
                return qk[Int(c.q)] == sources[c.segment].key.keys[Int(c.s)] ? .equal : .replace
            }
            return c.q >= 0 ? .insert : .delete
        }
        // Group into runs.
        var runs: [(op: EditOp, cols: ArraySlice<Column>)] = []
        var start = 0
        for i in 1...columns.count where i == columns.count || ops[i] != ops[start] || columns[i].segment != columns[start].segment {
            runs.append((ops[start], columns[start..<i]))
            start = i
        }
        // Each run owns the characters up to its last content character; punctuation
        // before a run belongs to it, and the last run of each side takes the rest.
        let quoteEnds: [Int?] = runs.map { run in run.cols.last(where: { $0.q >= 0 }).map { qOriginEnd(Int($0.q)) } }
        let lastQuoteRun = quoteEnds.lastIndex { $0 != nil }
        // Counted on the document's scalars (clamped as `slice` clamps), not on a copy of the quote.
        let quoteScalars = quoteDoc.document.scalars
        let quoteEnd = max(0, min(quoteOriginal.upperBound, quoteScalars.count))
        var punctuationStart = quoteEnd
        while punctuationStart > max(0, quoteOriginal.lowerBound) {
            let c = quoteScalars[punctuationStart - 1]
            guard !CharacterClass.isContent(c), !CharacterClass.isSpace(c), !CharacterClass.isNewline(c) else { break }
            punctuationStart -= 1
        }
        let trailingPunctuation = quoteEnd - punctuationStart
        var quoteCursor = quoteOriginal.lowerBound
        var sourceCursor: [Int: Int] = [:] // segment → end of its last emitted source run
        var edits: [Edit] = []
        for (k, run) in runs.enumerated() {
            var quoteText = ""
            if let e = quoteEnds[k] {
                let hi = k == lastQuoteRun ? quoteOriginal.upperBound : e
                quoteText = quoteDoc.document.slice(quoteCursor..<hi)
                quoteCursor = hi
            }
            var sourceText = ""
            if let first = run.cols.first(where: { $0.s >= 0 }), let last = run.cols.last(where: { $0.s >= 0 }) {
                let source = sources[first.segment]
                let lo = sourceCursor[first.segment] ?? Self.origin(source, Int(first.s)).lowerBound
                var hi = Self.origin(source, Int(last.s)).upperBound
                if k == runs.count - 1 {
                    // The quote's closing punctuation (`…走在前列。`) is compared with the source's.
                    hi = Self.extendOverPunctuation(source.doc.document.scalars, from: hi, count: trailingPunctuation)
                }
                sourceText = source.doc.document.slice(lo..<hi)
                sourceCursor[first.segment] = hi
            }
            edits.append(Edit(op: run.op, quote: quoteText, source: sourceText))
        }
        return Self.withWords(Self.punctuationToEqualRuns(edits))
    }

    /// Punctuation before a change belongs to the unchanged text before it, so a change
    /// reads `升级` for `创新`, not `，升级` for `，创新`.
    static func punctuationToEqualRuns(_ edits: [Edit]) -> [Edit] {
        var result = edits
        for k in result.indices.dropFirst() where result[k].op != .equal && result[k - 1].op == .equal {
            let q = Self.leadingNonContent(result[k].quote)
            let s = Self.leadingNonContent(result[k].source)
            result[k - 1].quote += q
            result[k - 1].source += s
            result[k].quote.removeFirst(q.count)
            result[k].source.removeFirst(s.count)
        }
        return result
    }

    static func leadingNonContent(_ s: String) -> String {
        String(s.prefix { ch in ch.unicodeScalars.allSatisfy { !CharacterClass.isContent($0) } })
    }

    /// Gives each change the word around it (`产业升级` for `产业创新`): up to two content
    /// characters of the equal runs on each side, within the clause.
    static func withWords(_ edits: [Edit]) -> [Edit] {
        func tail(_ s: String) -> String {
            var out: [Unicode.Scalar] = []
            for c in s.unicodeScalars.reversed() {
                guard CharacterClass.isContent(c), out.count < 2 else { break }
                out.insert(c, at: 0)
            }
            return String(scalars: out)
        }
        func head(_ s: String) -> String {
            var out: [Unicode.Scalar] = []
            for c in s.unicodeScalars {
                guard CharacterClass.isContent(c), out.count < 2 else { break }
                out.append(c)
            }
            return String(scalars: out)
        }
        var result = edits
        for k in edits.indices where edits[k].op != .equal {
            let before = k > 0 && edits[k - 1].op == .equal ? edits[k - 1] : nil
            let after = k + 1 < edits.count && edits[k + 1].op == .equal ? edits[k + 1] : nil
            result[k].quoteWord = tail(before?.quote ?? "") + edits[k].quote.trimmingPunctuation + head(after?.quote ?? "")
            result[k].sourceWord = tail(before?.source ?? "") + edits[k].source.trimmingPunctuation + head(after?.source ?? "")
        }
        return result
    }

    /// `end` moved over up to `count` punctuation characters of the witness, never over a
    /// letter, a digit or a line break.
    private static func extendOverPunctuation(_ scalars: CompactScalars, from end: Int, count: Int) -> Int {
        var hi = end
        while hi < scalars.count, hi - end < count, !CharacterClass.isContent(scalars[hi]), !CharacterClass.isNewline(scalars[hi]), !CharacterClass.isSpace(scalars[hi]) {
            hi += 1
        }
        return hi
    }

    func qOriginEnd(_ k: Int) -> Int {
        Int(quoteDoc.normalized.originEnd[Int(quoteKey.positions[k])])
    }

    /// The original characters of the source's content character `k`.
    private static func origin(_ source: Source, _ k: Int) -> Range<Int> {
        let n = Int(source.key.positions[k])
        return Int(source.doc.normalized.originStart[n])..<Int(source.doc.normalized.originEnd[n])
    }
}

extension String {
    /// Without leading or trailing punctuation and white space.
    var trimmingPunctuation: String {
        let u = Array(unicodeScalars)
        var lo = 0, hi = u.count
        while lo < hi, !CharacterClass.isContent(u[lo]) { lo += 1 }
        while hi > lo, !CharacterClass.isContent(u[hi - 1]) { hi -= 1 }
        return String(scalars: u[lo..<hi])
    }
}

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
        var segment: Int
        var witness: Int
    }

    func build(_ segments: [Matcher.Segment]) -> [Edit] {
        let qk = quoteKey.keys
        // Columns in quote order, with uncovered quote characters as insertions.
        var columns: [Column] = []
        var at = 0
        for (si, seg) in segments.enumerated() {
            let r = seg.alignment.quoteRange
            while at < r.lowerBound { columns.append(Column(q: Int32(at), s: -1, segment: -1, witness: -1)); at += 1 }
            for c in seg.alignment.columns { columns.append(Column(q: c.q, s: c.s, segment: si, witness: seg.witness)) }
            at = max(at, r.upperBound)
        }
        while at < qk.count { columns.append(Column(q: Int32(at), s: -1, segment: -1, witness: -1)); at += 1 }

        func op(_ c: Column) -> EditOp {
            if c.q >= 0 && c.s >= 0 {
                return qk[Int(c.q)] == witnessKey(c.witness).keys[Int(c.s)] ? .equal : .replace
            }
            return c.q >= 0 ? .insert : .delete
        }
        // Group into runs.
        var runs: [(op: EditOp, cols: ArraySlice<Column>)] = []
        var start = 0
        for i in 1...max(1, columns.count) where i == columns.count || op(columns[i]) != op(columns[start]) || columns[i].segment != columns[start].segment {
            runs.append((op(columns[start]), columns[start..<i]))
            start = i
        }
        if columns.isEmpty { return [] }
        // Each run owns the characters up to its last content character; punctuation
        // before a run belongs to it, and the last run of each side takes the rest.
        let quoteEnds: [Int?] = runs.map { run in run.cols.last(where: { $0.q >= 0 }).map { qOriginEnd(Int($0.q)) } }
        let lastQuoteRun = quoteEnds.lastIndex { $0 != nil }
        let trailingPunctuation = quoteDoc.document.slice(quoteOriginal).unicodeScalars.reversed()
            .prefix { !CharacterClass.isContent($0) && !CharacterClass.isSpace($0) && !CharacterClass.isNewline($0) }.count
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
                let w = first.witness
                let lo = sourceCursor[first.segment] ?? sOrigin(w, Int(first.s)).lowerBound
                var hi = sOrigin(w, Int(last.s)).upperBound
                if k == runs.count - 1 {
                    // The quote's closing punctuation (`…走在前列。`) is compared with the source's.
                    hi = extendOverPunctuation(w, from: hi, count: trailingPunctuation)
                }
                sourceText = witnessDoc(w).document.slice(lo..<hi)
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
            return String(String.UnicodeScalarView(out))
        }
        func head(_ s: String) -> String {
            var out: [Unicode.Scalar] = []
            for c in s.unicodeScalars {
                guard CharacterClass.isContent(c), out.count < 2 else { break }
                out.append(c)
            }
            return String(String.UnicodeScalarView(out))
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
    func extendOverPunctuation(_ w: Int, from end: Int, count: Int) -> Int {
        let scalars = witnessDoc(w).document.scalars
        var hi = end
        while hi < scalars.count, hi - end < count, !CharacterClass.isContent(scalars[hi]), !CharacterClass.isNewline(scalars[hi]), !CharacterClass.isSpace(scalars[hi]) {
            hi += 1
        }
        return hi
    }

    func qOriginEnd(_ k: Int) -> Int {
        Int(quoteDoc.normalized.originEnd[Int(quoteKey.positions[k])])
    }

    func qOrigin(_ k: Int) -> Int {
        Int(quoteDoc.normalized.originStart[Int(quoteKey.positions[k])])
    }

    func sOrigin(_ w: Int, _ k: Int) -> Range<Int> {
        let n = Int(witnessKey(w).positions[k])
        let norm = witnessDoc(w).normalized
        return Int(norm.originStart[n])..<Int(norm.originEnd[n])
    }
}

extension String {
    /// Without leading or trailing punctuation and white space.
    var trimmingPunctuation: String {
        let u = Array(unicodeScalars)
        var lo = 0, hi = u.count
        while lo < hi, !CharacterClass.isContent(u[lo]) { lo += 1 }
        while hi > lo, !CharacterClass.isContent(u[hi - 1]) { hi -= 1 }
        return String(String.UnicodeScalarView(u[lo..<hi]))
    }
}

/// Turns alignment segments (on content keys) into an edit script on original characters.
///
/// Every run carries the quote's and the source's own characters, so an `equal` run may
/// differ in punctuation, width or script (that is what makes a quote `normalized`);
/// punctuation between two content characters belongs to the run before it.
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
        // Quote side: from the run's first quote character to the next run's first one.
        let quoteStarts: [Int?] = runs.map { run in run.cols.first(where: { $0.q >= 0 }).map { qOrigin(Int($0.q)) } }
        var edits: [Edit] = []
        for (k, run) in runs.enumerated() {
            var quoteText = ""
            if var lo = quoteStarts[k] {
                if !quoteStarts[..<k].contains(where: { $0 != nil }) { lo = quoteOriginal.lowerBound }
                let hi = quoteStarts[(k + 1)...].lazy.compactMap { $0 }.first ?? quoteOriginal.upperBound
                quoteText = quoteDoc.document.slice(lo..<hi)
            }
            var sourceText = ""
            if let first = run.cols.first(where: { $0.s >= 0 }) {
                let w = first.witness
                let lo = sOrigin(w, Int(first.s)).lowerBound
                // Up to the next run of the same segment with a source character, else the end of this one.
                let next = runs[(k + 1)...].lazy.filter { $0.cols.first?.segment == first.segment }.compactMap { $0.cols.first(where: { $0.s >= 0 }) }.first
                let hi = next.map { sOrigin(w, Int($0.s)).lowerBound } ?? sOrigin(w, Int(run.cols.last(where: { $0.s >= 0 })!.s)).upperBound
                sourceText = witnessDoc(w).document.slice(lo..<hi)
            }
            edits.append(Edit(op: run.op, quote: quoteText, source: sourceText))
        }
        return edits
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

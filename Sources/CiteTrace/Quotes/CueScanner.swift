/// Finds cue verbs in normalized text and the subject phrase before each.
enum CueScanner {
    /// Most characters between a cue and a quote that runs to the end of its sentence
    /// (`指出，黄河流域生态保护和高质量发展要“…”`).
    static let maxLeadIn = 20

    struct Cue {
        var range: Range<Int>
        var verb: String
        /// Start of the subject clause (after the previous clause mark).
        var subjectStart: Int

        func subject(_ s: [Unicode.Scalar]) -> String {
            String(scalars: s[subjectStart..<range.lowerBound])
        }

        /// `…指出，` / `…强调：` with the speech itself after the mark.
        func introducesUnmarked(_ s: [Unicode.Scalar]) -> Bool {
            guard !Cues.isAttributive(verb) || verb.hasPrefix("所"), range.upperBound < s.count else { return false }
            let next = s[range.upperBound]
            return (next == "," || next == ":") && range.upperBound - subjectStart <= 40
        }

        func speechStart(_ s: [Unicode.Scalar]) -> Int {
            var i = range.upperBound
            while i < s.count, s[i] == "," || s[i] == ":" || s[i] == " " { i += 1 }
            return i
        }
    }

    static func scan(_ s: [Unicode.Scalar]) -> [Cue] {
        var cues: [Cue] = []
        var i = 0
        while i < s.count {
            guard Cues.firstScalars.contains(s[i]), let candidates = Cues.byFirstScalar[s[i]] else { i += 1; continue }
            var matched: [Unicode.Scalar]?
            for c in candidates where i + c.count <= s.count {
                var ok = true
                for k in 1..<max(1, c.count) where s[i + k] != c[k] { ok = false; break }
                if ok { matched = c; break }
            }
            guard let verb = matched else { i += 1; continue }
            let end = i + verb.count
            // `…的要求，` is a noun, not a verb.
            if i > 0, s[i - 1] == "的" { i = end; continue }
            var start = i
            while start > 0, !isClauseBoundary(s[start - 1]), i - start < 60 { start -= 1 }
            if start < i {
                cues.append(Cue(range: i..<end, verb: String(scalars: verb), subjectStart: start))
            }
            i = end
        }
        return cues
    }

    static func isClauseBoundary(_ c: Unicode.Scalar) -> Bool {
        c == "," || c == "。" || c == ";" || c == ":" || c == "!" || c == "?" || c == "\n" || c == "“" || c == "”" || c == "‘" || c == "’" || c == "、" || c == "\"" || c == "(" || c == ")" || c == "—" || c == "…"
    }

    /// The cue that introduces a marked quote: in the same sentence before it, either
    /// right before the mark (`指出：“`, `提出的“`) or a few characters before
    /// (`指出，我国“…”`), possibly across a chain of quotes (`指出，“A”“B”`).
    static func before(_ span: MarkedSpan, cues: [Cue], openerOfClose: [Int: Int], _ s: [Unicode.Scalar]) -> Cue? {
        var start = span.open
        // Walk back over a chain of quotes separated only by punctuation.
        var steps = 0
        while start > 0, steps < 16 {
            var j = start - 1
            while j > 0, s[j] == "、" || s[j] == "," || s[j] == " " { j -= 1 }
            guard s[j] == "”" || s[j] == "’", let prev = openerOfClose[j], prev < start else { break }
            start = prev
            steps += 1
        }
        // The nearest cue before `start` in the same sentence, with at most 12 scalars between.
        var best: Cue?
        var lo = 0, hi = cues.count
        while lo < hi { let mid = (lo + hi) / 2; if cues[mid].range.upperBound <= start { lo = mid + 1 } else { hi = mid } }
        if lo > 0 { best = cues[lo - 1] }
        guard let cue = best else { return nil }
        let gap = start - cue.range.upperBound
        guard gap >= 0, gap <= maxLeadIn else { return nil }
        // Farther than `指出，我国“` the quote must run to the end of the sentence: otherwise
        // it is a term inside reported speech (`强调，宁波舟山港在共建“一带一路”…`).
        if gap > 4 {
            var k = span.close + 1
            while k < s.count, s[k] == "”" || s[k] == "’" { k += 1 }
            guard k >= s.count || s[k] == "。" || s[k] == "\n" || s[k] == "!" || s[k] == "?" else { return nil }
        }
        for k in cue.range.upperBound..<start where s[k] == "。" || s[k] == "\n" || s[k] == "!" || s[k] == "?" { return nil }
        if gap > 2 && Cues.isAttributive(cue.verb) { return nil }
        return cue
    }

    /// A cue right after the closing mark: `”相伟说。`, `”习近平总书记一语中的。`.
    static func after(_ span: MarkedSpan, cues: [Cue], _ s: [Unicode.Scalar]) -> Cue? {
        guard !span.unclosed else { return nil }
        let from = span.close + 1
        var lo = 0, hi = cues.count
        while lo < hi { let mid = (lo + hi) / 2; if cues[mid].range.lowerBound < from { lo = mid + 1 } else { hi = mid } }
        guard lo < cues.count else { return nil }
        let cue = cues[lo]
        guard Cues.closing.contains(cue.verb), cue.range.lowerBound - from <= 40 else { return nil }
        // The subject may hold quoted names and enumerations (`三门县冲锋衣“共富工坊”负责人`, `副院长、…主任王振`).
        for k in from..<cue.range.lowerBound {
            let c = s[k]
            if c == "," || c == "。" || c == ";" || c == ":" || c == "!" || c == "?" || c == "\n" { return nil }
        }
        let next: Unicode.Scalar = cue.range.upperBound < s.count ? s[cue.range.upperBound] : "。"
        guard next == "。" || next == "," || next == "\n" || next == ":" || next == "!" else { return nil }
        var attached = cue
        attached.subjectStart = from
        return attached
    }
}

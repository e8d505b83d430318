/// Character-level side-by-side diff of a quote and its source, from `MatchedQuote.script`.
///
/// Two columns, "quoted" and "source". `equal` runs are plain text; a `replace`
/// is boxed in both columns (`span.d-rep`); a `delete` (source only) is an
/// `<del>`, struck through in the source column; an `insert` (quote only) is an
/// `<ins>`, underlined in the quoted column; the other column gets a caret
/// (`span.d-gap`) at the same place. Each run type differs in shape as
/// well as colour, so the diff reads in grey-scale print.
enum HTMLDiff {
    /// The legend explaining the diff marks.
    static func legend() -> String {
        "<p class=\"diff-legend\"><span class=\"d-rep\">替换</span> 两栏用词不同 · "
            + "<ins>增添</ins> 仅见于引文 · <del>删略</del> 仅见于原文 · <span class=\"d-gap\"></span> 另一栏此处有增删 · 其余文字两者一致</p>\n"
    }

    /// The diff of one quote, as a `<figure>` with id `diff-<quote>` (or `id`, for pages
    /// that show one quote's diff in several places), or nil when there is nothing to
    /// compare (no source, or an empty script).
    static func figure(_ q: MatchedQuote, corpus: HTMLCorpus, root: String, heading: String, id: String? = nil) -> String? {
        guard let source = q.source, !q.script.isEmpty else { return nil }
        let (quoted, original) = columns(q.script)
        // Piece by piece into storage reserved once: an interpolation would build each
        // line in a string of its own first, and there is a figure for most quotes.
        var s = ""
        s.reserveCapacity(1024 + heading.utf8.count + quoted.utf8.count + original.utf8.count)
        s += "<figure class=\"diff\" id=\""
        s += id ?? "diff-" + HTML.token(q.quote.id)
        s += "\">\n<figcaption>"
        s += heading
        s += " "
        s += HTMLVerdict.badge(q.verdict)
        s += " <span class=\"score\">相似度 "
        s += HTML.score(q.score)
        s += "</span></figcaption>\n<div class=\"diff-cols\"><div class=\"diff-col\"><h4>引文 <span class=\"en\">quoted</span></h4><p class=\"diff-text quoted\">"
        s += quoted
        s += "</p></div><div class=\"diff-col\"><h4>原文 <span class=\"en\">source</span> · "
        s += corpus.speechLink(source.speech, root: root)
        s += "</h4><p class=\"diff-text source\">"
        s += original
        s += "</p></div></div>\n"
        if let segments = source.segments, segments.count > 1 {
            s += "<ol class=\"segments\" aria-label=\"拼接来源\">"
            for seg in segments {
                let text = corpus.excerpt(document: seg.document, seg.start..<max(seg.start, seg.end), limit: 80) ?? ""
                s += "<li><code>\(HTML.text(seg.document)) [\(seg.start)–\(seg.end))</code> \(HTML.text(text))</li>"
            }
            s += "</ol>\n"
        }
        s += "</figure>\n"
        return s
    }

    /// The two columns' inner HTML: (quoted, source).
    static func columns(_ script: [Edit]) -> (quoted: String, source: String) {
        var quoted = "", source = ""
        // The texts and room for the marks: each column is built in one allocation.
        let room = script.reduce(256) { $0 + 64 + max($1.quote.utf8.count, $1.source.utf8.count) }
        quoted.reserveCapacity(room)
        source.reserveCapacity(room)
        for e in script {
            let q = HTML.text(e.quote), o = HTML.text(e.source)
            switch e.op {
            case .equal:
                quoted += q
                source += o
            case .replace:
                if !q.isEmpty { quoted += "<span class=\"d-rep\">"; quoted += q; quoted += "</span>" }
                if !o.isEmpty { source += "<span class=\"d-rep\">"; source += o; source += "</span>" }
            case .insert:
                if !q.isEmpty {
                    quoted += "<ins>"; quoted += q; quoted += "</ins>"
                    source += insertedGap
                }
            case .delete:
                if !o.isEmpty {
                    source += "<del>"; source += o; source += "</del>"
                    quoted += deletedGap
                }
            }
        }
        return (quoted, source)
    }

    /// Carets (drawn by CSS, so they are not copied with the text) where the other column has extra text.
    private static let insertedGap = "<span class=\"d-gap\" title=\"引文在此处增添了文字\"></span>"
    private static let deletedGap = "<span class=\"d-gap\" title=\"引文在此处删略了原文\"></span>"
}

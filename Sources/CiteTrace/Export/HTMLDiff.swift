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

    /// Whether the quote has a diff to show: a source and a non-empty script.
    static func hasFigure(_ q: MatchedQuote) -> Bool {
        q.source != nil && !q.script.isEmpty
    }

    /// The diff of one quote, appended as a `<figure>` with id `diff-<quote>` (or `id`, for
    /// pages that show one quote's diff in several places); nothing when there is nothing
    /// to compare (`hasFigure`: no source, or an empty script).
    static func appendFigure(_ q: MatchedQuote, corpus: HTMLCorpus, root: String, heading: String, id: String? = nil, to s: inout HTMLBuilder) {
        guard let source = q.source, !q.script.isEmpty else { return }
        s.raw("<figure class=\"diff\" id=\"")
        if let id { s.raw(id) } else { s.raw("diff-"); s.token(q.quote.id) }
        s.raw("\">\n<figcaption>")
        s.raw(heading)
        s.raw(" ")
        s.raw(HTMLVerdict.badge(q.verdict))
        s.raw(" <span class=\"score\">相似度 ")
        s.score(q.score)
        s.raw("</span></figcaption>\n<div class=\"diff-cols\"><div class=\"diff-col\"><h4>引文 <span class=\"en\">quoted</span></h4><p class=\"diff-text quoted\">")
        appendColumn(q.script, quoted: true, to: &s)
        s.raw("</p></div><div class=\"diff-col\"><h4>原文 <span class=\"en\">source</span> · ")
        corpus.appendSpeechLink(source.speech, root: root, to: &s)
        s.raw("</h4><p class=\"diff-text source\">")
        appendColumn(q.script, quoted: false, to: &s)
        s.raw("</p></div></div>\n")
        if let segments = source.segments, segments.count > 1 {
            s.raw("<ol class=\"segments\" aria-label=\"拼接来源\">")
            for seg in segments {
                let text = corpus.excerpt(document: seg.document, seg.start..<max(seg.start, seg.end), limit: 80) ?? ""
                s.raw("<li><code>")
                s.text(seg.document)
                s.raw(" [")
                s.int(seg.start)
                s.raw("–")
                s.int(seg.end)
                s.raw(")</code> ")
                s.text(text)
                s.raw("</li>")
            }
            s.raw("</ol>\n")
        }
        s.raw("</figure>\n")
    }

    /// One column's inner HTML: the quote's side of each run (`quoted`) or the source's.
    /// A run whose text escapes to nothing (only characters HTML cannot hold) is not marked.
    private static func appendColumn(_ script: [Edit], quoted: Bool, to s: inout HTMLBuilder) {
        // By index, reading only the side shown: a copy of each edit would retain and
        // release its four strings, for every diff on three pages.
        for i in script.indices {
            let text = quoted ? script[i].quote : script[i].source
            switch script[i].op {
            case .equal:
                s.text(text)
            case .replace:
                if shows(text) { s.raw("<span class=\"d-rep\">"); s.text(text); s.raw("</span>") }
            case .insert:
                if !shows(script[i].quote) { continue }
                if quoted { s.raw("<ins>"); s.text(text); s.raw("</ins>") } else { s.raw(insertedGap) }
            case .delete:
                if !shows(script[i].source) { continue }
                if quoted { s.raw(deletedGap) } else { s.raw("<del>"); s.text(text); s.raw("</del>") }
            }
        }
    }

    /// Whether `HTML.text(text)` is not empty.
    static func shows(_ text: String) -> Bool {
        !text.isEmpty && (HTML.needsNoEscaping(text) || text.unicodeScalars.contains(where: HTML.isAllowed))
    }

    /// Carets (drawn by CSS, so they are not copied with the text) where the other column has extra text.
    private static let insertedGap = "<span class=\"d-gap\" title=\"引文在此处增添了文字\"></span>"
    private static let deletedGap = "<span class=\"d-gap\" title=\"引文在此处删略了原文\"></span>"
}

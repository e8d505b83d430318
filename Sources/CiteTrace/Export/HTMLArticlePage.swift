/// `articles/<article>.html`: an article's metadata, its text with every quote
/// marked, a note per quote (speaker, cue, verdict, score, source), and a diff
/// for every quote that is not verbatim.
struct HTMLArticlePage {
    let corpus: HTMLCorpus
    let document: Document
    let article: Article

    private let root = "../"

    /// Whether the document's text writes headings as Markdown lines: text extracted from
    /// HTML or XML, and Markdown files.
    static func writesMarkdownHeadings(_ document: Document) -> Bool {
        document.format != .text || document.path.lowercased().hasSuffix(".md")
    }

    /// Writes the page piece by piece: the text, each note and each diff as it is made.
    func write(to output: ByteSink) {
        HTMLPage(title: HTMLCorpus.title(article), section: .article, root: root, body: "").write(to: output) { output in
            writeBody(to: output)
        }
    }

    private func writeBody(to output: ByteSink) {
        let quotes = corpus.quotes(article: article.id)
        let numbered = quotes.enumerated().map { (quote: $0.element, note: $0.offset + 1) }
        let range = article.start..<max(article.start, article.end)

        var b = HTMLBuilder(capacity: 4096)
        b.raw("<article class=\"doc\">\n<p class=\"kicker\">"); b.text(kindLabel)
        b.raw(" · <code>"); b.text(article.id); b.raw("</code></p>\n")
        b.raw("<h1>"); b.text(HTMLCorpus.title(article)); b.raw("</h1>\n")
        HTMLBlocks.appendMetadata([
            ("作者", article.authors.isEmpty ? nil : HTML.text(article.authors.joined(separator: "、"))),
            ("刊载", article.publication.map(HTML.text)),
            ("日期", HTML.text(dateText)),
            ("文档", "<code>\(HTML.text(document.path))</code>"),
            ("位置", "标量偏移 [\(article.start), \(article.end))"),
            ("引文", quotes.isEmpty ? "无" : "\(quotes.count) 处 " + HTMLVerdict.countBadges(quotes)),
        ], to: &b)
        b.raw("<section aria-labelledby=\"h-text\"><h2 id=\"h-text\">正文</h2>\n")
        if !quotes.isEmpty { b.raw(HTMLVerdict.legend()) }
        b.raw("<div class=\"article-text\">\n")
        b.flush(to: output)

        let text = HTMLMarkup.write(
            document,
            range: range,
            spans: HTMLMarkup.spans(numbered, in: range),
            headings: Self.writesMarkdownHeadings(document),
            to: output,
            markClass: { span in
                "v-\(span.quote.verdict.rawValue)" + (span.quote.quote.trivial ? " trivial" : "")
            },
            markTitle: { span in markTitle(span.quote) },
            noteRef: { span in
                "<sup class=\"ref\"><a href=\"#n-\(HTML.token(span.quote.quote.id))\">[\(span.note)]</a></sup>"
            }
        )
        if !text.wroteText { output.write(HTMLBlocks.empty("（正文为空）")) }
        output.write("</div></section>\n")

        var markup = HTMLBuilder(capacity: HTMLBuilder.piece)
        if !quotes.isEmpty {
            markup.raw("<section aria-labelledby=\"h-notes\"><h2 id=\"h-notes\">引文注释</h2>\n<ol class=\"notes\">\n")
            for (q, n) in numbered {
                appendNote(q, number: n, drawn: text.drawn.contains(q.quote.id), to: &markup)
                markup.flushIfFull(to: output)
            }
            markup.raw("</ol></section>\n")
        }

        var diffsOpen = false
        for q in quotes where q.verdict != .verbatim && HTMLDiff.hasFigure(q) {
            if !diffsOpen {
                markup.raw("<section aria-labelledby=\"h-diffs\"><h2 id=\"h-diffs\">引文与原文对照</h2>\n")
                markup.raw(HTMLDiff.legend())
                diffsOpen = true
            }
            let heading = "<a href=\"#\(HTML.token(q.quote.id))\">\(HTML.text(q.quote.id))</a>"
            HTMLDiff.appendFigure(q, corpus: corpus, root: root, heading: heading, to: &markup)
            markup.flushIfFull(to: output)
        }
        if diffsOpen { markup.raw("</section>\n") }
        markup.raw("</article>\n")
        markup.flush(to: output)
    }

    private var dateText: String {
        switch (article.date, article.dateText) {
        case let (d?, t?) where t != d: return "\(d)（原文：\(t)）"
        case let (d?, _): return d
        case let (nil, t?): return "未注明年份（原文：\(t)）"
        case (nil, nil): return "未注明日期"
        }
    }

    private var kindLabel: String {
        switch article.kind {
        case .article: return "文章"
        case .speech: return "讲话文本"
        case .report: return "新闻报道"
        case .editorsNote: return "编者按"
        }
    }

    private func markTitle(_ q: MatchedQuote) -> String {
        var parts = [HTMLVerdict.label(q.verdict)]
        if let s = q.source, let speech = corpus.speeches[s.speech] {
            parts.append("出自 \(speech.speaker)《\(speech.title)》\(speech.date)")
        }
        if q.source != nil { parts.append("相似度 \(HTML.score(q.score))") }
        return parts.joined(separator: " · ")
    }

    private func appendNote(_ q: MatchedQuote, number: Int, drawn: Bool, to s: inout HTMLBuilder) {
        let quote = q.quote
        // The note carries the quote's own id when its text could not be marked.
        s.raw("<li id=\"")
        if drawn { s.raw("n-") }
        s.token(quote.id)
        s.raw("\" value=\"")
        s.int(number)
        s.raw("\">")
        if drawn {
            s.raw("<a class=\"back\" href=\"#")
            s.token(quote.id)
            s.raw("\" title=\"回到正文\">↑</a> ")
        }
        s.raw("<code>")
        s.text(quote.id)
        s.raw("</code> ")
        s.raw(HTMLVerdict.badge(q.verdict))
        if quote.trivial { s.raw(" <span class=\"tag\">短语</span>") }
        if quote.unclosed { s.raw(" <span class=\"tag\">引号未闭合</span>") }
        s.raw("<br>“")
        s.text(HTML.shorten(quote.text, to: 160))
        s.raw("”<br><span class=\"facts\">")
        // The facts, separated by ` · `.
        var separate = false
        func fact(_ s: inout HTMLBuilder) {
            if separate { s.raw(" · ") }
            separate = true
        }
        if let sp = quote.speaker { fact(&s); s.raw("说话人："); s.text(sp) }
        if let cue = quote.cue { fact(&s); s.raw("引语标志："); s.text(cue) }
        if let c = quote.claimed {
            let claim = [c.date, c.event].compactMap { $0 }.joined(separator: " ")
            if !claim.isEmpty { fact(&s); s.raw("文中所称出处："); s.text(claim) }
        }
        if let p = quote.parent {
            fact(&s)
            s.raw("内嵌于 <a href=\"#")
            s.token(p)
            s.raw("\">")
            s.text(p)
            s.raw("</a>")
        }
        if let src = q.source {
            fact(&s)
            s.raw("相似度 ")
            s.score(q.score)
            fact(&s)
            s.raw("来源：")
            corpus.appendSpeechLink(src.speech, root: root, to: &s)
            if let sp = corpus.speeches[src.speech] {
                s.raw("（")
                s.text(sp.speaker)
                s.raw("，")
                s.text(sp.date)
                s.raw("）")
            }
        } else {
            fact(&s)
            s.raw("来源：语料中未找到")
        }
        if q.verdict != .verbatim, q.source != nil, !q.script.isEmpty {
            fact(&s)
            s.raw("<a href=\"#diff-")
            s.token(quote.id)
            s.raw("\">对照</a>")
        }
        s.raw("</span></li>\n")
    }
}

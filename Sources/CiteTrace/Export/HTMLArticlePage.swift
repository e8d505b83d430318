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

        var b = "<article class=\"doc\">\n"
        b += "<p class=\"kicker\">\(HTML.text(kindLabel)) · <code>\(HTML.text(article.id))</code></p>\n"
        b += "<h1>\(HTML.text(HTMLCorpus.title(article)))</h1>\n"
        b += HTMLBlocks.metadata([
            ("作者", article.authors.isEmpty ? nil : HTML.text(article.authors.joined(separator: "、"))),
            ("刊载", article.publication.map(HTML.text)),
            ("日期", HTML.text(dateText)),
            ("文档", "<code>\(HTML.text(document.path))</code>"),
            ("位置", "标量偏移 [\(article.start), \(article.end))"),
            ("引文", quotes.isEmpty ? "无" : "\(quotes.count) 处 " + HTMLVerdict.countBadges(quotes)),
        ])
        b += "<section aria-labelledby=\"h-text\"><h2 id=\"h-text\">正文</h2>\n"
        if !quotes.isEmpty { b += HTMLVerdict.legend() }
        b += "<div class=\"article-text\">\n"
        output.write(b)

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

        if !quotes.isEmpty {
            output.write("<section aria-labelledby=\"h-notes\"><h2 id=\"h-notes\">引文注释</h2>\n<ol class=\"notes\">\n")
            for (q, n) in numbered {
                output.write(note(q, number: n, drawn: text.drawn.contains(q.quote.id)))
            }
            output.write("</ol></section>\n")
        }

        var diffsOpen = false
        for q in quotes where q.verdict != .verbatim {
            let heading = "<a href=\"#\(HTML.token(q.quote.id))\">\(HTML.text(q.quote.id))</a>"
            guard let figure = HTMLDiff.figure(q, corpus: corpus, root: root, heading: heading) else { continue }
            if !diffsOpen {
                output.write("<section aria-labelledby=\"h-diffs\"><h2 id=\"h-diffs\">引文与原文对照</h2>\n")
                output.write(HTMLDiff.legend())
                diffsOpen = true
            }
            output.write(figure)
        }
        if diffsOpen { output.write("</section>\n") }
        output.write("</article>\n")
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

    private func note(_ q: MatchedQuote, number: Int, drawn: Bool) -> String {
        let quote = q.quote
        // The note carries the quote's own id when its text could not be marked.
        let id = drawn ? "n-\(HTML.token(quote.id))" : HTML.token(quote.id)
        // Piece by piece into storage reserved once (an interpolation builds each piece in
        // a string of its own): there is a note for every quote of the corpus.
        var s = ""
        s.reserveCapacity(1536)
        s += "<li id=\""
        s += id
        s += "\" value=\""
        s += String(number)
        s += "\">"
        if drawn {
            s += "<a class=\"back\" href=\"#"
            s += HTML.token(quote.id)
            s += "\" title=\"回到正文\">↑</a> "
        }
        s += "<code>"
        s += HTML.text(quote.id)
        s += "</code> "
        s += HTMLVerdict.badge(q.verdict)
        if quote.trivial { s += " <span class=\"tag\">短语</span>" }
        if quote.unclosed { s += " <span class=\"tag\">引号未闭合</span>" }
        s += "<br>“"
        s += HTML.text(HTML.shorten(quote.text, to: 160))
        s += "”"
        var facts: [String] = []
        if let sp = quote.speaker { facts.append("说话人：\(HTML.text(sp))") }
        if let cue = quote.cue { facts.append("引语标志：\(HTML.text(cue))") }
        if let c = quote.claimed {
            let claim = [c.date, c.event].compactMap { $0 }.joined(separator: " ")
            if !claim.isEmpty { facts.append("文中所称出处：\(HTML.text(claim))") }
        }
        if let p = quote.parent { facts.append("内嵌于 <a href=\"#\(HTML.token(p))\">\(HTML.text(p))</a>") }
        if let src = q.source {
            facts.append("相似度 \(HTML.score(q.score))")
            var link = "来源：" + corpus.speechLink(src.speech, root: root)
            if let sp = corpus.speeches[src.speech] { link += "（\(HTML.text(sp.speaker))，\(HTML.text(sp.date))）" }
            facts.append(link)
        } else {
            facts.append("来源：语料中未找到")
        }
        if q.verdict != .verbatim, q.source != nil, !q.script.isEmpty {
            facts.append("<a href=\"#diff-\(HTML.token(quote.id))\">对照</a>")
        }
        s += "<br><span class=\"facts\">" + facts.joined(separator: " · ") + "</span>"
        return s + "</li>\n"
    }
}

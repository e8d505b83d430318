/// `quotes.html`: every quote in one table, with a filter form (verdict, speech,
/// article, short phrases) that starts `hidden`; `report.js` reveals it, so without
/// JavaScript every row is simply shown.
struct HTMLQuotesPage {
    let corpus: HTMLCorpus

    private let root = ""

    /// Writes the page row by row: at 100 MB of input the table is tens of MB.
    func write(to output: ByteSink) {
        HTMLPage(title: "全部引文", section: .quotes, root: root, body: "", usesScript: true).write(to: output) { output in
            output.write("<h1>全部引文</h1>\n")
            quotes(to: output)
        }
    }

    private func quotes(to output: ByteSink) {
        let quotes = corpus.graph.quotes
        if quotes.isEmpty { return output.write(HTMLBlocks.empty("没有引文。")) }

        var f = "<form id=\"filters\" class=\"filters\" hidden aria-label=\"筛选引文\">\n"
        f += "<fieldset><legend>判定</legend>"
        for v in Verdict.allCases {
            f += "<label><input type=\"checkbox\" name=\"verdict\" value=\"\(v.rawValue)\" checked> \(HTMLVerdict.badge(v))</label>"
        }
        f += "</fieldset>\n<fieldset><legend>范围</legend>"
        f += "<label>讲话 <select name=\"speech\"><option value=\"\">全部讲话</option><option value=\"-\">无出处</option>"
        for s in corpus.graph.speeches {
            f += "<option value=\"\(HTML.attr(s.id))\">\(HTML.text(s.date)) \(HTML.text(HTML.shorten(s.title, to: 24)))</option>"
        }
        f += "</select></label> <label>文章 <select name=\"article\"><option value=\"\">全部文章</option>"
        for node in corpus.graph.documents {
            for an in node.articles where corpus.hasQuotes(article: an.article.id) {
                let a = an.article
                f += "<option value=\"\(HTML.attr(a.id))\">\(HTML.text(HTML.shorten(HTMLCorpus.title(a), to: 24))) · \(HTML.text(HTMLCorpus.date(a)))</option>"
            }
        }
        f += "</select></label> <label><input type=\"checkbox\" name=\"trivial\" checked> 隐藏短语式引号</label>"
        f += " <output name=\"shown\" class=\"shown\"></output>"
        f += "</fieldset>\n</form>\n"

        output.write(f)
        let head = ["编号", "文章", "引文", "说话人", "出处", "判定", "相似度"]
        HTMLBlocks.table(id: "quotes", head: head, rows: quotes.indices, to: output) { i, tr in
            let q = quotes[i], quote = q.quote
            let speech = q.source?.speech
            let a = corpus.articles[quote.article]
            tr.raw("<tr data-verdict=\"")
            tr.raw(q.verdict.rawValue)
            tr.raw("\" data-speech=\"")
            tr.text(speech ?? "-")
            tr.raw("\" data-article=\"")
            tr.text(quote.article)
            tr.raw(quote.trivial ? "\" data-trivial=\"true\"><td class=\"id\"><code>" : "\" data-trivial=\"false\"><td class=\"id\"><code>")
            tr.text(quote.id)
            tr.raw("</code></td><td>")
            corpus.appendArticleLink(quote.article, root: root, quote: quote.id, to: &tr)
            tr.raw("<br><span class=\"sub\">")
            tr.text(HTMLCorpus.date(a))
            tr.raw("</span></td><td class=\"quote\">“")
            tr.text(HTML.shorten(quote.text, to: 120))
            tr.raw("”")
            if quote.trivial { tr.raw(" <span class=\"tag\">短语</span>") }
            tr.raw("</td><td>")
            tr.text(quote.speaker ?? "–")
            tr.raw("</td><td>")
            if let speech {
                corpus.appendSpeechLink(speech, root: root, label: HTML.shorten(corpus.speeches[speech]?.title ?? speech, to: 20), to: &tr)
            } else {
                tr.raw("–")
            }
            tr.raw("</td><td>")
            tr.raw(HTMLVerdict.badge(q.verdict))
            tr.raw("</td><td class=\"num\">")
            if q.source == nil { tr.raw("–") } else { tr.score(q.score) }
            tr.raw("</td></tr>")
        }
    }
}

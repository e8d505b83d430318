/// `speeches/<speech>.html`: a speech's metadata, its witnesses, a timeline of the
/// articles citing it, every quote of it grouped by verdict, and a diff for every
/// quote that is not verbatim.
struct HTMLSpeechPage {
    let corpus: HTMLCorpus
    let speech: Speech

    private let root = "../"

    /// An article citing this speech, with its quotes of it.
    struct Citing {
        var articleId: String
        var article: Article?
        var quotes: QuoteSelection
        /// The least faithful verdict among `quotes`, for the dot's colour.
        var worst: Verdict { quotes.lazy.map(\.verdict).max() ?? .verbatim }
    }

    /// Citing articles, dated ones by date, then by title and id.
    static func citing(_ quotes: QuoteSelection, corpus: HTMLCorpus) -> [Citing] {
        // Articles in order of their first quote, each with its quotes' indices: one lookup
        // of the article's id per quote (a much-quoted speech has tens of thousands).
        var order: [String] = []
        var groups: [[Int]] = []
        var slot: [String: Int] = [:]
        slot.reserveCapacity(quotes.count)
        for (i, q) in quotes.enumerated() {
            if let k = slot[q.quote.article] {
                groups[k].append(i)
            } else {
                slot[q.quote.article] = groups.count
                order.append(q.quote.article)
                groups.append([i])
            }
        }
        let list = zip(order, groups).map { Citing(articleId: $0, article: corpus.articles[$0], quotes: quotes.picking($1)) }
        // Sort keys computed once per article, not once per comparison; indices are
        // sorted, so the citings themselves are not moved about.
        let days = list.map { HTMLTimeline.day($0.article?.date) ?? Int.max }
        let titles = list.map { c in c.article.map(HTMLCorpus.title) ?? c.articleId }
        return list.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] < days[b] }
            return (titles[a], list[a].articleId) < (titles[b], list[b].articleId)
        }.map { list[$0] }
    }

    /// Writes the page into `output` table by table and diff by diff: a much-quoted
    /// speech's page runs to tens of MB at 100 MB of input.
    func write(to output: ByteSink) {
        HTMLPage(title: speech.title, section: .speech, root: root, body: "").write(to: output) { writeBody(to: $0) }
    }

    private func writeBody(to output: ByteSink) {
        let quotes = corpus.quotes(speech: speech.id)
        let citing = Self.citing(quotes, corpus: corpus)
        let ordered = order(quotes)

        var b = "<p class=\"kicker\">讲话 · <code>\(HTML.text(speech.id))</code></p>\n"
        b += "<h1>\(HTML.text(speech.title))</h1>\n"
        b += HTMLBlocks.metadata([
            ("讲话人", HTML.text(speech.speaker)),
            ("日期", HTML.text(speech.date)),
            ("地点", speech.venue.map(HTML.text)),
            ("场合", speech.event.map(HTML.text)),
            ("引用文章", "\(citing.count) 篇"),
            ("逐句索引", corpus.concordanceLink(speech.id, root: root, label: "逐句查看讲话被引用的情况")),
            ("引文", quotes.isEmpty ? "0 处" : "\(quotes.count) 处 " + HTMLVerdict.countBadges(quotes)),
        ])

        b += "<section aria-labelledby=\"h-witnesses\"><h2 id=\"h-witnesses\">文本来源</h2>\n"
        b += witnesses()
        b += "</section>\n"

        b += "<section aria-labelledby=\"h-timeline\"><h2 id=\"h-timeline\">引用时间线</h2>\n"
        b += timeline(citing)
        b += "</section>\n"

        b += "<section aria-labelledby=\"h-quotes\"><h2 id=\"h-quotes\">各处引文（按判定分组）</h2>\n"
        if quotes.isEmpty {
            b += HTMLBlocks.empty("语料中没有引用这篇讲话的文字。")
        } else {
            b += HTMLVerdict.legend()
            for (verdict, count) in HTMLVerdict.counts(quotes) {
                b += "<h3 id=\"v-\(verdict.rawValue)\">\(HTMLVerdict.badge(verdict)) <span class=\"count\">\(count) 处</span></h3>\n"
                output.write(b)
                b = ""
                HTMLBlocks.table(className: "grid byverdict", head: ["文章", "日期", "引文", "相似度"],
                                 rows: ordered.lazy.filter { quotes[$0].verdict == verdict }, to: output) { appendQuoteRow(quotes[$0], to: &$1) }
            }
        }
        b += "</section>\n"
        output.write(b)

        // Diffs in the order of the tables above: by verdict, then date, then id.
        var diffs = 0
        var markup = HTMLBuilder(capacity: HTMLBuilder.piece)
        for i in ordered where quotes[i].verdict != .verbatim && HTMLDiff.hasFigure(quotes[i]) {
            let q = quotes[i]
            let a = corpus.articles[q.quote.article]
            let heading = corpus.articleLink(q.quote.article, root: root, quote: q.quote.id)
                + " <span class=\"date\">\(HTML.text(HTMLCorpus.date(a)))</span>"
            if diffs == 0 {
                markup.raw("<section aria-labelledby=\"h-diffs\"><h2 id=\"h-diffs\">引文与原文逐字对照</h2>\n")
                markup.raw(HTMLDiff.legend())
            }
            HTMLDiff.appendFigure(q, corpus: corpus, root: root, heading: heading, to: &markup)
            markup.flushIfFull(to: output)
            diffs += 1
        }
        if diffs > 0 { markup.raw("</section>\n") }
        markup.flush(to: output)
    }

    /// Indices of `quotes` by verdict, then article date (undated last), then id: the
    /// order of the tables and diffs. Indices, with each date looked up once, because
    /// sorting the quotes themselves copies them (edit scripts and all) many times over.
    private func order(_ quotes: QuoteSelection) -> [Int] {
        let days = quotes.map { HTMLTimeline.day(corpus.articles[$0.quote.article]?.date) ?? Int.max }
        return quotes.indices.sorted { i, j in
            if quotes[i].verdict != quotes[j].verdict { return quotes[i].verdict < quotes[j].verdict }
            if days[i] != days[j] { return days[i] < days[j] }
            return quotes[i].quote.id < quotes[j].quote.id
        }
    }

    private func witnesses() -> String {
        if speech.witnesses.isEmpty { return HTMLBlocks.empty("没有记录文本来源（由用户提供）。") }
        let rows = speech.witnesses.map { w -> String in
            let path = corpus.documents[w.document]?.path ?? w.document
            let article = w.article.map { corpus.articleLink($0, root: root) } ?? "–"
            let kind = w.kind == .text ? "讲话全文" : "新闻报道"
            let excerpt = corpus.excerpt(document: w.document, w.start..<max(w.start, w.end)) ?? "（文档不在语料中）"
            return "<tr><td><code>\(HTML.text(path))</code></td><td>\(article)</td><td>\(kind)</td>"
                + "<td class=\"num\">[\(w.start), \(w.end))</td><td class=\"excerpt\">\(HTML.text(excerpt))</td></tr>"
        }
        return HTMLBlocks.table(head: ["文档", "文章", "类型", "位置", "摘录"], rows: rows)
    }

    private func timeline(_ citing: [Citing]) -> String {
        var rows: [HTMLTimeline.Row] = []
        var undated: [Citing] = []
        for c in citing {
            guard let day = HTMLTimeline.day(c.article?.date) else { undated.append(c); continue }
            let title = c.article.map(HTMLCorpus.title) ?? c.articleId
            let mark = HTMLTimeline.Mark(
                day: day,
                label: HTML.shorten(title, to: 16),
                tooltip: "\(title)（\(c.article?.date ?? "")）· \(c.quotes.count) 处引文",
                href: root + HTMLCorpus.articlePath(c.articleId),
                cssClass: "v-\(c.worst.rawValue)")
            rows.append(.init(label: nil, labelHref: nil, anchor: nil, marks: [mark]))
        }
        var s = ""
        let reference = HTMLTimeline.day(speech.date).map { (day: $0, label: "讲话 \(speech.date)") }
        let caption = "引用《\(speech.title)》的文章，按发表日期排列；竖线为讲话日期，圆点颜色为该文引文中最不忠实的判定。"
        if let svg = HTMLTimeline.svg(rows: rows, labelWidth: 0, caption: caption, reference: reference) {
            s += svg
        } else if undated.isEmpty {
            s += HTMLBlocks.empty("没有文章引用这篇讲话。")
        }
        if !undated.isEmpty {
            s += "<h3 class=\"undated\">未注明日期</h3><ul class=\"undated\">"
            for c in undated {
                s += "<li>\(corpus.articleLink(c.articleId, root: root)) · \(c.quotes.count) 处引文</li>"
            }
            s += "</ul>\n"
        }
        return s
    }

    private func appendQuoteRow(_ q: MatchedQuote, to s: inout HTMLBuilder) {
        let a = corpus.articles[q.quote.article]
        s.raw("<tr><td>")
        corpus.appendArticleLink(q.quote.article, root: root, quote: q.quote.id, to: &s)
        s.raw("</td><td class=\"date\">")
        s.text(HTMLCorpus.date(a))
        s.raw("</td><td class=\"quote\">“")
        s.text(q.quote.text)
        s.raw("”")
        if let c = q.quote.claimed {
            let claim = [c.date, c.event].compactMap { $0 }.joined(separator: " ")
            if !claim.isEmpty {
                s.raw("<br><span class=\"claim\">文中所称：")
                s.text(claim)
                s.raw("</span>")
            }
        }
        if q.quote.trivial { s.raw(" <span class=\"tag\">短语</span>") }
        s.raw("</td><td class=\"num\">")
        s.score(q.score)
        s.raw("</td></tr>")
    }
}

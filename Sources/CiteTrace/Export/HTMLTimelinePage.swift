/// `timeline.html`: every citation over time, one row per speech, one dot per
/// citing article at its date, with undated citing articles listed below.
struct HTMLTimelinePage {
    let corpus: HTMLCorpus

    private let root = ""

    func render() -> String {
        var b = "<h1>引用时间线</h1>\n"
        b += "<p class=\"lead\">每行一篇讲话（◆ 为讲话日期），每个圆点是一篇引用它的文章，位于其发表日期；圆点颜色为该文引文中最不忠实的判定。悬停可见标题，点击进入文章。</p>\n"
        b += HTMLVerdict.legend()

        var rows: [HTMLTimeline.Row] = []
        var undated: [(speech: Speech, citing: HTMLSpeechPage.Citing)] = []
        for speech in corpus.graph.speeches {
            let citing = HTMLSpeechPage.citing(corpus.quotes(speech: speech.id), corpus: corpus)
            var marks: [HTMLTimeline.Mark] = []
            for c in citing {
                guard let day = HTMLTimeline.day(c.article?.date) else { undated.append((speech, c)); continue }
                let title = c.article.map(HTMLCorpus.title) ?? c.articleId
                marks.append(.init(
                    day: day, label: nil,
                    tooltip: "\(title)（\(c.article?.date ?? "")）· \(c.quotes.count) 处引文 · \(HTMLVerdict.label(c.worst))",
                    href: HTMLCorpus.articlePath(c.articleId),
                    cssClass: "v-\(c.worst.rawValue)"))
            }
            rows.append(.init(
                label: "\(speech.date) \(HTML.shorten(speech.title, to: 12))",
                labelHref: HTMLCorpus.speechPath(speech.id),
                anchor: HTMLTimeline.day(speech.date),
                marks: marks))
        }
        if let svg = HTMLTimeline.svg(rows: rows, labelWidth: 250, caption: "全部引用，按讲话分行、按发表日期排列") {
            b += svg
        } else {
            b += HTMLBlocks.empty("没有带日期的引用。")
        }
        if !undated.isEmpty {
            b += "<h2>未注明日期的引用</h2>\n"
            let rows = undated.map { item in
                "<tr><td>\(corpus.speechLink(item.speech.id, root: root))</td><td>\(corpus.articleLink(item.citing.articleId, root: root))</td>"
                    + "<td class=\"num\">\(item.citing.quotes.count)</td><td>\(HTMLVerdict.countBadges(item.citing.quotes))</td></tr>"
            }
            b += HTMLBlocks.table(head: ["讲话", "文章", "引文", "判定"], rows: rows)
        }
        return HTMLPage(title: "引用时间线", section: .timeline, root: root, body: b).render()
    }
}

/// `unresolved.html`: quotes with no source in the corpus, grouped by normalized
/// text (the same words quoted in several places form one group), the most
/// frequent first.
struct HTMLUnresolvedPage {
    let corpus: HTMLCorpus

    private let root = ""

    /// Writes the page group by group and row by row: a corpus quoting much that is not
    /// in it makes this page as large as the quotes page.
    func write(to output: ByteSink) {
        HTMLPage(title: "未溯源引文", section: .unresolved, root: root, body: "").write(to: output) { output in
            writeBody(to: output)
        }
    }

    private func writeBody(to output: ByteSink) {
        var groups: [String: [MatchedQuote]] = [:]
        for q in corpus.graph.quotes where q.source == nil {
            groups[q.quote.normalized, default: []].append(q)
        }
        let ordered = groups.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
        }
        let total = ordered.reduce(0) { $0 + $1.value.count }

        var b = "<h1>未溯源引文</h1>\n"
        b += "<p class=\"lead\">语料中找不到出处的引文 \(total) 处，按规范化文字归为 \(ordered.count) 组。出处可能在语料之外，也可能是误引或杜撰，需人工核对。</p>\n"
        if ordered.isEmpty { b += HTMLBlocks.empty("所有引文都找到了出处。") }
        output.write(b)
        for (i, group) in ordered.enumerated() {
            let trivial = group.value.allSatisfy(\.quote.trivial)
            var heading = "<section class=\"group\" aria-labelledby=\"g\(i + 1)\">"
            heading += "<h2 id=\"g\(i + 1)\" class=\"group-text\">“\(HTML.text(HTML.shorten(group.key, to: 200)))”"
            heading += " <span class=\"count\">\(group.value.count) 处</span>\(trivial ? " <span class=\"tag\">短语</span>" : "")</h2>\n"
            output.write(heading)
            let head = ["文章", "日期", "说话人", "引语标志", "文中所称出处", "原文字样"]
            HTMLBlocks.table(head: head, rows: group.value, to: output) { q -> String in
                let quote = q.quote
                let a = corpus.articles[quote.article]
                var claim = "–"
                if let c = quote.claimed {
                    let text = [c.date, c.event].compactMap { $0 }.joined(separator: " ")
                    if !text.isEmpty { claim = HTML.text(text) }
                }
                return "<tr><td>\(corpus.articleLink(quote.article, root: root, quote: quote.id))<br><span class=\"sub\"><code>\(HTML.text(quote.id))</code></span></td>"
                    + "<td class=\"date\">\(HTML.text(HTMLCorpus.date(a)))</td>"
                    + "<td>\(HTML.text(quote.speaker ?? "–"))</td><td>\(HTML.text(quote.cue ?? "–"))</td><td>\(claim)</td>"
                    + "<td class=\"quote\">“\(HTML.text(HTML.shorten(quote.text, to: 160)))”</td></tr>"
            }
            output.write("</section>\n")
        }
    }
}

/// `clusters.html`: unresolved quotes of leaders grouped by repeated words
/// (`CitationGraph.clusters`). Sayings quoted more than once come first, largest first,
/// each with its members, the occasions the articles claim and its earliest appearance;
/// sayings quoted once follow in one table.
struct HTMLClustersPage {
    let corpus: HTMLCorpus

    private let root = ""

    /// Writes the page cluster by cluster and row by row.
    func write(to output: ByteSink) {
        HTMLPage(title: "未溯源引文聚类", section: .clusters, root: root, body: "").write(to: output) { output in
            writeBody(to: output)
        }
    }

    private func writeBody(to output: ByteSink) {
        let clusters = corpus.graph.clusters
        let repeated = clusters.filter(\.isRepeated).enumerated().sorted { a, b in
            (-a.element.members.count, a.offset) < (-b.element.members.count, b.offset)
        }.map(\.element)
        let single = clusters.filter { !$0.isRepeated }

        var b = "<h1>未溯源引文聚类</h1>\n"
        b += "<p class=\"lead\">语料中找不到出处、归于讲话人（或未注明说话人）的引文，按文字重合归组：两处引文在局部对齐下共有较短一方 80% 以上的文字即归为一组。"
        b += "共 \(clusters.count) 组，其中 \(repeated.count) 组在不同文章或同一文档中重复出现。补充出处（<code>--sources</code>）后，组内引文会自动溯源。</p>\n"
        if clusters.isEmpty { b += HTMLBlocks.empty("没有未溯源的讲话人引文。") }

        output.write(b)
        if !repeated.isEmpty {
            output.write("<section aria-labelledby=\"h-repeated\"><h2 id=\"h-repeated\">重复出现的引文</h2>\n")
            for cluster in repeated { output.write(section(cluster)) }
            output.write("</section>\n")
        }
        if !single.isEmpty {
            output.write("<section aria-labelledby=\"h-single\"><h2 id=\"h-single\">仅出现一次的引文</h2>\n")
            let head = ["引文", "文章", "日期", "说话人", "文中所称出处"]
            HTMLBlocks.table(head: head, rows: single, to: output) { cluster -> String in
                let q = corpus.quote(id: cluster.members[0])
                return "<tr id=\"\(HTML.token(cluster.id))\"><td class=\"quote\">“\(HTML.text(HTML.shorten(cluster.text, to: 160)))”</td>"
                    + "<td>\(q.map { corpus.articleLink($0.quote.article, root: root, quote: $0.quote.id) } ?? HTML.text(cluster.members[0]))</td>"
                    + "<td class=\"date\">\(HTML.text(cluster.earliest.date ?? "未注明日期"))</td>"
                    + "<td>\(HTML.text(q?.quote.speaker ?? "–"))</td><td>\(claims(cluster))</td></tr>"
            }
            output.write("</section>\n")
        }
    }

    private func section(_ cluster: QuoteCluster) -> String {
        let token = HTML.token(cluster.id)
        var s = "<section class=\"group\" id=\"\(token)\" aria-labelledby=\"h-\(token)\">"
        s += "<h3 id=\"h-\(token)\" class=\"group-text\">“\(HTML.text(HTML.shorten(cluster.text, to: 200)))”"
        s += " <span class=\"count\">\(cluster.members.count) 处</span></h3>\n"
        let first = corpus.articleLink(cluster.earliest.article, root: root, quote: cluster.earliest.quote)
        s += HTMLBlocks.metadata([
            ("编号", "<code>\(HTML.text(cluster.id))</code>"),
            ("最早出现", "\(first) <span class=\"date\">\(HTML.text(cluster.earliest.date ?? "未注明日期（按文档顺序）"))</span>"),
            ("文中所称出处", claims(cluster)),
        ])
        let rows = cluster.members.compactMap { corpus.quote(id: $0) }.map { q -> String in
            let a = corpus.articles[q.quote.article]
            return "<tr><td>\(corpus.articleLink(q.quote.article, root: root, quote: q.quote.id))<br><span class=\"sub\"><code>\(HTML.text(q.quote.id))</code></span></td>"
                + "<td class=\"date\">\(HTML.text(HTMLCorpus.date(a)))</td><td>\(HTML.text(q.quote.speaker ?? "–"))</td>"
                + "<td>\(q.quote.claimed.map(claimText) ?? "–")</td><td class=\"quote\">“\(HTML.text(HTML.shorten(q.quote.text, to: 160)))”</td></tr>"
        }
        s += HTMLBlocks.table(head: ["文章", "日期", "说话人", "文中所称出处", "原文字样"], rows: rows)
        return s + "</section>\n"
    }

    private func claims(_ cluster: QuoteCluster) -> String {
        cluster.claimed.isEmpty ? "–" : cluster.claimed.map(claimText).joined(separator: "<br>")
    }

    private func claimText(_ c: Claim) -> String {
        let text = [c.date, c.event].compactMap { $0 }.joined(separator: " ")
        return text.isEmpty ? "–" : HTML.text(text)
    }
}

/// `index.html`: corpus summary, speeches, clusters, documents → articles, and a link
/// to the table of every quote (`quotes.html`), which is kept off this page so the
/// overview of a large corpus stays small enough for a browser.
struct HTMLIndexPage {
    let corpus: HTMLCorpus

    private let root = ""

    /// Writes the page into `output` section by section and row by row: at 100 MB of
    /// input the list of documents and articles alone is MBs long.
    func write(to output: ByteSink) {
        HTMLPage(title: "总览", section: .index, root: root, body: "").write(to: output) { output in
            output.write(summary())
            output.write("<section aria-labelledby=\"h-documents\"><h2 id=\"h-documents\">文档与文章</h2>\n")
            documents(to: output)
            output.write("</section>\n")
        }
    }

    /// The sections before the documents: summary, speeches, clusters.
    private func summary() -> String {
        let graph = corpus.graph
        let articleCount = graph.documents.reduce(0) { $0 + $1.articles.count }

        var b = "<h1>引文溯源总览</h1>\n"
        b += "<section aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">语料概况</h2>\n<div class=\"summary\">"
        b += HTMLBlocks.table(className: "grid compact", head: ["项目", "数量"], rows: [
            "<tr><th scope=\"row\">文档</th><td class=\"num\">\(graph.documents.count)</td></tr>",
            "<tr><th scope=\"row\">文章</th><td class=\"num\">\(articleCount)</td></tr>",
            "<tr><th scope=\"row\">讲话</th><td class=\"num\">\(graph.speeches.count)</td></tr>",
            "<tr><th scope=\"row\">引文</th><td class=\"num\">\(graph.quotes.count)</td></tr>",
            "<tr><th scope=\"row\">转载</th><td class=\"num\">\(graph.reprints.count)</td></tr>",
        ])
        let counts = Dictionary(uniqueKeysWithValues: HTMLVerdict.counts(graph.quotes).map { ($0.verdict, $0.count) })
        b += HTMLBlocks.table(className: "grid compact", head: ["判定", "含义", "引文数"], rows: Verdict.allCases.map { v in
            "<tr><td>\(HTMLVerdict.badge(v))</td><td>\(HTML.text(HTMLVerdict.explanation(v)))</td><td class=\"num\">\(counts[v] ?? 0)</td></tr>"
        })
        b += "</div>\n<p><a href=\"quotes.html\">全部引文（\(graph.quotes.count) 处）</a>：一张表列出每处引文，可按判定、讲话、文章筛选。</p>\n</section>\n"

        b += "<section aria-labelledby=\"h-speeches\"><h2 id=\"h-speeches\">讲话</h2>\n"
        b += speeches()
        b += "</section>\n"

        let repeated = graph.clusters.filter(\.isRepeated).count
        b += "<section aria-labelledby=\"h-clusters\"><h2 id=\"h-clusters\">未溯源引文聚类</h2>\n"
        b += "<p>找不到出处的讲话人引文 \(graph.clusters.reduce(0) { $0 + $1.members.count }) 处，按文字重合归为 \(graph.clusters.count) 组，"
        b += "其中 \(repeated) 组重复出现。<a href=\"clusters.html\">查看聚类</a></p>\n</section>\n"

        return b
    }

    private func speeches() -> String {
        if corpus.graph.speeches.isEmpty { return HTMLBlocks.empty("语料中没有识别出讲话。") }
        let rows = corpus.graph.speeches.map { s -> String in
            let quotes = corpus.quotes(speech: s.id)
            let articles = Set(quotes.map(\.quote.article)).count
            return "<tr><td class=\"date\">\(HTML.text(s.date))</td><td>\(corpus.speechLink(s.id, root: root))<br><span class=\"sub\">\(HTML.text(s.speaker))</span></td>"
                + "<td>\(HTML.text(s.venue ?? "–"))</td><td class=\"num\">\(articles)</td><td class=\"num\">\(quotes.count)</td>"
                + "<td>\(HTMLVerdict.countBadges(quotes))</td><td>\(corpus.concordanceLink(s.id, root: root) ?? "–")</td></tr>"
        }
        return HTMLBlocks.table(head: ["日期", "讲话", "地点", "引用文章", "引文", "判定", "逐句索引"], rows: rows)
    }

    private func documents(to output: ByteSink) {
        if corpus.graph.documents.isEmpty { return output.write(HTMLBlocks.empty("语料为空。")) }
        for node in corpus.graph.documents {
            var s = ""
            let d = node.document
            s += "<h3 class=\"doc-path\" id=\"doc-\(HTML.token(d.id))\"><code>\(HTML.text(d.path))</code> <span class=\"sub\">\(HTML.text(d.format.rawValue)) · \(HTML.text(d.encoding.rawValue)) · \(d.scalars.count) 字符</span></h3>\n"
            if node.articles.isEmpty { output.write(s + HTMLBlocks.empty("未切分出文章。")); continue }
            let rows = node.articles.map { an -> String in
                let a = an.article
                let quotes = corpus.quotes(article: a.id)
                return "<tr><td>\(corpus.articleLink(a.id, root: root))</td><td class=\"date\">\(HTML.text(HTMLCorpus.date(a)))</td>"
                    + "<td>\(HTML.text(a.authors.isEmpty ? "–" : a.authors.joined(separator: "、")))</td>"
                    + "<td class=\"num\">\(quotes.count)</td><td>\(HTMLVerdict.countBadges(quotes))</td></tr>"
            }
            output.write(s + HTMLBlocks.table(head: ["标题", "日期", "作者", "引文", "判定"], rows: rows))
        }
    }
}

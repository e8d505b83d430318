/// `concordance/<speech>.html`: the speech read sentence by sentence, each sentence
/// shaded by how many quotes cite it (and carrying that number as a badge, so the page
/// reads in grey-scale print), each quoted sentence a `<details>` that opens onto its
/// citing quotes with their diffs; a chart of citations per month above the text.
///
/// Sentence elements have ids `s<index>`; a quote's diff under a sentence has id
/// `s<index>-<quote>` (a quote spanning two sentences is shown under both).
struct HTMLConcordancePage {
    let corpus: HTMLCorpus
    let concordance: SpeechConcordance

    private let root = "../"

    /// Shade levels: 0 not quoted, 1 once, 2 two or three times, 3 four to seven, 4 eight or more.
    static func level(_ quotes: Int) -> Int {
        switch quotes {
        case 0: return 0
        case 1: return 1
        case 2...3: return 2
        case 4...7: return 3
        default: return 4
        }
    }

    static let levelLabels = ["未被引用", "引用 1 次", "引用 2–3 次", "引用 4–7 次", "引用 8 次以上"]

    /// Writes the page into `output` sentence by sentence: a much-quoted speech's page
    /// carries a diff for every citation and runs to tens of MB at 100 MB of input.
    func write(to output: ByteSink) {
        HTMLPage(title: "逐句引用索引 · \(concordance.title)", section: .concordance, root: root, body: "").write(to: output) {
            writeBody(to: $0)
        }
    }

    private func writeBody(to output: ByteSink) {
        let c = concordance
        let quoted = c.quotedSentences
        var b = "<p class=\"kicker\">讲话逐句引用索引 · <code>\(HTML.text(c.speech))</code></p>\n"
        b += "<h1>\(HTML.text(c.title))</h1>\n"
        let witness = c.witness.article.map { corpus.articleLink($0, root: root) } ?? "<code>\(HTML.text(c.witness.document))</code>"
        b += HTMLBlocks.metadata([
            ("讲话人", HTML.text(c.speaker)),
            ("日期", HTML.text(c.date)),
            ("讲话页", corpus.speechLink(c.speech, root: root)),
            ("所据文本", "\(witness)（\(c.witness.kind == .text ? "讲话全文" : "新闻报道")，标量偏移 [\(c.witness.start), \(c.witness.end))）"),
            ("句子", "\(c.sentences.count) 句，其中 \(quoted.count) 句被引用"),
            ("引文", "\(c.placedQuotes.count) 处落在句上" + (c.unplaced.isEmpty ? "" : "，\(c.unplaced.count) 处未能定位")),
        ])

        b += "<section aria-labelledby=\"h-months\"><h2 id=\"h-months\">每月引用次数</h2>\n"
        b += HTMLConcordanceChart.svg(concordance: c) ?? HTMLBlocks.empty("没有注明日期的引用。")
        let undated = Set(c.sentences.flatMap { $0.citations.filter { $0.date == nil }.map(\.quote) })
        if !undated.isEmpty { b += "<p class=\"sub\">另有 \(undated.count) 处引文所在文章未注明日期，未计入图中。</p>\n" }
        b += "</section>\n"

        b += "<section aria-labelledby=\"h-text\"><h2 id=\"h-text\">讲话全文（逐句）</h2>\n"
        b += legend()
        b += "<p class=\"sub\">点击被引用的句子，展开引用它的文章与逐字对照。</p>\n"
        b += "<div class=\"concordance\">\n"
        output.write(b)
        b = ""
        var markup = HTMLBuilder(capacity: HTMLBuilder.piece)
        var paragraph: Int?
        for sentence in c.sentences {
            if paragraph != sentence.paragraph {
                if paragraph != nil { markup.raw("</div>\n") }
                markup.raw("<div class=\"conc-para\">\n")
                paragraph = sentence.paragraph
            }
            render(sentence, to: &markup)
            markup.flushIfFull(to: output)
        }
        markup.flush(to: output)
        if paragraph != nil { b += "</div>\n" }
        b += "</div></section>\n"

        if !c.unplaced.isEmpty {
            b += "<section aria-labelledby=\"h-unplaced\"><h2 id=\"h-unplaced\">未能定位到句子的引文</h2>\n"
            b += "<p class=\"lead\">这些引文与讲话的另一文本相符，但其文字在本文本中找不到对应的句子。</p>\n<ul class=\"cites\">"
            for cite in c.unplaced { b += "<li>\(citationLine(cite))</li>" }
            b += "</ul></section>\n"
        }
        output.write(b)
    }

    private func legend() -> String {
        var s = "<ul class=\"legend heat-legend\" aria-label=\"引用频次图例\">"
        for (level, label) in Self.levelLabels.enumerated() {
            s += "<li><span class=\"heat heat-\(level)\">\(level == 0 ? "0" : ["", "1", "2–3", "4–7", "8+"][level])</span> \(HTML.text(label))</li>"
        }
        return s + "</ul>\n"
    }

    private func render(_ sentence: ConcordanceSentence, to s: inout HTMLBuilder) {
        let n = sentence.quoteCount
        let level = Self.level(n)
        let number = "<span class=\"sn\">\(sentence.index)</span>"
        guard n > 0 else {
            s.raw("<p class=\"sent heat-0\" id=\"s\(sentence.index)\">")
            s.raw(number)
            s.text(sentence.text)
            s.raw("</p>\n")
            return
        }
        var dates = ""
        if let first = sentence.firstCited, let last = sentence.lastCited { dates = first == last ? first : "\(first) 至 \(last)" }
        if sentence.undatedArticles > 0 { dates += (dates.isEmpty ? "" : "；") + "\(sentence.undatedArticles) 篇未注明日期" }
        let title = "\(sentence.articles.count) 篇文章、\(n) 处引文" + (dates.isEmpty ? "" : "（\(dates)）")
        s.raw("<details class=\"sent heat-\(level)\" id=\"s\(sentence.index)\"><summary>")
        s.raw(number)
        s.raw("<span class=\"sent-text\">")
        s.text(sentence.text)
        s.raw("</span><span class=\"heat heat-\(level)\" title=\"")
        s.text(title)
        s.raw("\">\(n)</span></summary>\n<div class=\"cites\"><p class=\"cites-head\">")
        s.text(title)
        s.raw("</p><ul class=\"cites\">")
        for cite in sentence.citations {
            s.raw("<li>")
            let q = corpus.quote(id: cite.quote)
            if let q, HTMLDiff.hasFigure(q) {
                HTMLDiff.appendFigure(q, corpus: corpus, root: root, heading: citationLine(cite, badge: false),
                                      id: "s\(sentence.index)-\(HTML.token(q.quote.id))", to: &s)
            } else {
                s.raw(citationLine(cite))
                if let q {
                    s.raw("<blockquote class=\"quote\">“")
                    s.text(q.quote.text)
                    s.raw("”</blockquote>")
                }
            }
            s.raw("</li>\n")
        }
        s.raw("</ul></div></details>\n")
    }

    /// Article link, date, verdict badge, and a note when placed through another witness.
    private func citationLine(_ cite: ConcordanceCitation, badge: Bool = true) -> String {
        var s = corpus.articleLink(cite.article, root: root, quote: cite.quote)
        s += " <span class=\"date\">\(HTML.text(cite.date ?? "未注明日期"))</span>"
        if badge { s += " " + HTMLVerdict.badge(cite.verdict) }
        if cite.aligned { s += " <span class=\"tag\" title=\"引文出自讲话的另一文本，按文字对齐定位到此句\">据另一文本对齐</span>" }
        return s
    }
}

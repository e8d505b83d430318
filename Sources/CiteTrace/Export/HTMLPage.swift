/// The frame every report page shares: head, navigation, footer, and the small
/// pieces of markup several pages use (verdict badges, the legend, tables of metadata).
///
/// Pages live at depth 0 (`index.html`) or 1 (`speeches/…`, `concordance/…`, `articles/…`);
/// `root` is the relative prefix back to the report root, so the report works
/// from `file://` and from any directory it is copied to.
struct HTMLPage {
    /// Which navigation entry is the current page.
    enum Section: String {
        case index, quotes, timeline, unresolved, clusters, speech, concordance, article
    }

    var title: String
    var section: Section
    /// `""` for top-level pages, `"../"` for pages in a sub-folder.
    var root: String
    var body: String
    var usesScript = false

    /// The complete HTML5 document.
    func render() -> String {
        var b = HTMLBuilder(capacity: 2048 + body.utf8.count)
        appendHead(to: &b)
        b.raw(body)
        appendFoot(to: &b)
        return b.string()
    }

    /// The document with a body written by `writeBody` straight into `output`, for a
    /// page that may be too large to hold whole (index, quotes, articles, speeches…); `body`
    /// is not used.
    func write(to output: ByteSink, body writeBody: (ByteSink) -> Void) {
        var b = HTMLBuilder(capacity: 2048)
        appendHead(to: &b)
        b.flush(to: output)
        writeBody(output)
        appendFoot(to: &b)
        b.flush(to: output)
    }

    /// Everything before the body: head, navigation, `<main>`. Built as bytes: every
    /// article has a page, and in string pieces the frame cost as much as a short article.
    private func appendHead(to b: inout HTMLBuilder) {
        b.raw("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        b.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        b.raw("<meta name=\"generator\" content=\"CiteTrace\">\n")
        b.raw("<title>"); b.text(title); b.raw(" · CiteTrace</title>\n")
        b.raw("<link rel=\"stylesheet\" href=\""); b.raw(root); b.raw("report.css\">\n")
        if usesScript { b.raw("<script src=\""); b.raw(root); b.raw("report.js\" defer></script>\n") }
        b.raw("</head>\n<body>\n")
        b.raw("<header class=\"site\"><nav aria-label=\"报告导航\">")
        b.raw("<a class=\"brand\" href=\""); b.raw(root); b.raw("index.html\">CiteTrace 引文溯源报告</a>")
        appendNavLink("总览", "index.html", .index, to: &b)
        appendNavLink("全部引文", "quotes.html", .quotes, to: &b)
        appendNavLink("时间线", "timeline.html", .timeline, to: &b)
        appendNavLink("未溯源引文", "unresolved.html", .unresolved, to: &b)
        appendNavLink("未溯源聚类", "clusters.html", .clusters, to: &b)
        b.raw("</nav></header>\n<main>\n")
    }

    /// Everything after the body.
    private func appendFoot(to b: inout HTMLBuilder) {
        b.raw("</main>\n<footer class=\"site\">CiteTrace "); b.text(CiteTraceVersion.string)
        b.raw(" · 偏移量均为文档原文的 Unicode 标量偏移</footer>\n</body>\n</html>\n")
    }

    private func appendNavLink(_ label: String, _ href: String, _ target: Section, to b: inout HTMLBuilder) {
        b.raw("<a href=\""); b.raw(root); b.raw(href); b.raw("\"")
        if target == section { b.raw(" aria-current=\"page\"") }
        b.raw(">"); b.raw(label); b.raw("</a>")
    }
}

/// How each verdict is named and drawn. Colours live in `report.css` under `.v-<verdict>`;
/// each verdict also has its own underline style so marks differ in grey-scale print.
enum HTMLVerdict {
    static func label(_ v: Verdict) -> String {
        switch v {
        case .verbatim: return "原文照录"
        case .normalized: return "仅字形标点差异"
        case .variant: return "异文"
        case .composite: return "拼接"
        case .paraphrase: return "转述"
        case .misattributed: return "出处误标"
        case .unresolved: return "未溯源"
        }
    }

    static func explanation(_ v: Verdict) -> String {
        switch v {
        case .verbatim: return "与原文一致（仅空白不同）"
        case .normalized: return "仅繁简、全半角、标点或换行不同"
        case .variant: return "字词有改动：误引"
        case .composite: return "由同一讲话的几处拼接而成"
        case .paraphrase: return "内容相同，措辞大幅改写"
        case .misattributed: return "文字出自某讲话，但文章所称时间或场合不符"
        case .unresolved: return "语料中找不到出处"
        }
    }

    /// A small coloured label: `原文照录 verbatim`.
    static func badge(_ v: Verdict, count: Int? = nil) -> String {
        // Every quote row, note and diff has one: made once per verdict.
        let badge = badges[v.ordinal]
        guard let count else { return badge.plain }
        return badge.opening + " <b>\(count)</b></span>"
    }

    /// Each verdict's badge (in `Verdict.allCases` order), whole and without its `</span>`.
    private static let badges: [(plain: String, opening: String)] = Verdict.allCases.map { v in
        let opening = "<span class=\"badge v-\(v.rawValue)\" title=\"\(HTML.attr(explanation(v)))\">\(label(v))"
        return (opening + "</span>", opening)
    }

    /// The legend of verdict colours and underline styles.
    static func legend() -> String { legendMarkup }

    private static let legendMarkup: String = {
        var s = "<ul class=\"legend\" aria-label=\"判定图例\">"
        for v in Verdict.allCases {
            s += "<li><mark class=\"v-\(v.rawValue)\">\(label(v))</mark> <span class=\"en\">\(v.rawValue)</span> — \(HTML.text(explanation(v)))</li>"
        }
        return s + "</ul>\n"
    }()

    /// Counts of `quotes` per verdict, in `Verdict.allCases` order, verdicts that occur only.
    static func counts(_ quotes: some Collection<MatchedQuote>) -> [(verdict: Verdict, count: Int)] {
        var n = [Int](repeating: 0, count: Verdict.allCases.count)
        for i in quotes.indices { n[quotes[i].verdict.ordinal] += 1 }
        return Verdict.allCases.compactMap { v in n[v.ordinal] > 0 ? (v, n[v.ordinal]) : nil }
    }

    /// Badges for every verdict that occurs in `quotes`, or a dash.
    static func countBadges(_ quotes: some Collection<MatchedQuote>) -> String {
        let c = counts(quotes)
        return c.isEmpty ? "–" : c.map { badge($0.verdict, count: $0.count) }.joined(separator: " ")
    }
}

/// Small markup helpers shared by the pages.
enum HTMLBlocks {
    /// A `<dl>` of label/value pairs; values are already HTML, nil values are left out.
    static func metadata(_ rows: [(String, String?)]) -> String {
        var b = HTMLBuilder(capacity: 512)
        appendMetadata(rows, to: &b)
        return b.string()
    }

    /// `metadata`, appended to `b`.
    static func appendMetadata(_ rows: [(String, String?)], to b: inout HTMLBuilder) {
        b.raw("<dl class=\"meta\">")
        for (label, value) in rows {
            guard let value else { continue }
            b.raw("<dt>"); b.text(label); b.raw("</dt><dd>"); b.raw(value); b.raw("</dd>")
        }
        b.raw("</dl>\n")
    }

    /// A table wrapped so that it scrolls sideways on narrow screens.
    static func table(id: String? = nil, className: String = "grid", caption: String? = nil, head: [String], rows: [String]) -> String {
        tableStart(id: id, className: className, caption: caption, head: head) + rows.joined(separator: "\n") + tableEnd
    }

    /// A `table` written row by row into `output`, for tables too large to hold whole.
    static func table<Rows: Sequence>(id: String? = nil, className: String = "grid", caption: String? = nil, head: [String],
                                      rows: Rows, to output: ByteSink, row: (Rows.Element) -> String) {
        output.write(tableStart(id: id, className: className, caption: caption, head: head))
        var first = true
        for element in rows {
            if !first { output.write("\n") }
            first = false
            output.write(row(element))
        }
        output.write(tableEnd)
    }

    /// A `table` whose rows are appended to a builder, written into `output` a few tens
    /// of kB at a time: for tables with a row for every quote of the corpus.
    static func table<Rows: Sequence>(id: String? = nil, className: String = "grid", caption: String? = nil, head: [String],
                                      rows: Rows, to output: ByteSink, row: (Rows.Element, inout HTMLBuilder) -> Void) {
        output.write(tableStart(id: id, className: className, caption: caption, head: head))
        var markup = HTMLBuilder(capacity: HTMLBuilder.piece)
        var first = true
        for element in rows {
            if !first { markup.raw("\n") }
            first = false
            row(element, &markup)
            markup.flushIfFull(to: output)
        }
        markup.flush(to: output)
        output.write(tableEnd)
    }

    /// A table's markup up to its first row.
    private static func tableStart(id: String?, className: String, caption: String?, head: [String]) -> String {
        let idAttr = id.map { " id=\"\($0)\"" } ?? ""
        var s = "<div class=\"table-wrap\"><table\(idAttr) class=\"\(className)\">"
        if let caption { s += "<caption>\(caption)</caption>" }
        return s + "<thead><tr>" + head.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    }

    private static let tableEnd = "\n</tbody></table></div>\n"

    /// `<p class="empty">` for sections with nothing to show.
    static func empty(_ message: String) -> String {
        "<p class=\"empty\">\(HTML.text(message))</p>\n"
    }
}

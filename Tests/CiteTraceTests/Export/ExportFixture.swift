import CiteTrace

/// A small hand-built `CitationGraph` exercising what the exporters must survive:
/// simplified and traditional Chinese, a nested quote, a variant with edits, a composite,
/// an unresolved quote, a quote across a blank line and one crossing another, a reprint,
/// and a document full of markup, `&`, `]]>` and XML-illegal control characters.
enum ExportFixture {
    static let speechText = """
    扎实推进长三角一体化发展

    习近平

    （2020年8月20日）

    长三角一体化发展具有极大的区域带动和示范作用，要紧扣一体化和高质量两个关键，带动整个长江经济带和华东地区发展，形成高质量发展的区域集群。

    要深化科技体制改革，把长三角建设成为科技和产业创新的开路先锋。
    """

    static let newsText = """
    緊扣一體化和高質量抓好重點工作

    人民日報記者 王小明

    2020年8月22日

    習近平總書記強調：「要緊扣一體化和高質量兩個關鍵，帶動整個長江經濟帶和華東地區發展。」他說：「形成高質量發展的『區域集群』。」

    會議指出，要“深化科技體制改革，把長三角建設成為科技和產業創新的先行者。

    這是一項長期任務”。

    專家認為“創新是第一動力”。
    """

    static let nastyText = "標題 <script>alert(1)</script> & ]]> 測試\u{0001}控制\u{000B}字符\u{FFFE}\n\n他說“<b>危險</b> & ]]>\u{0001}文字”。\n"

    static let speechDocument = Document(id: "D000_95e4592cef5ce677", path: "corpus/speech 2020-08-20.txt", format: .text, encoding: .utf8, sha256: String(repeating: "a", count: 64), text: speechText)
    static let newsDocument = Document(id: "D001_68375046d53efcdf", path: "corpus/報紙/2020-08-22.txt", format: .text, encoding: .gb18030, sha256: String(repeating: "b", count: 64), text: newsText)
    static let nastyDocument = Document(id: "D002_6ab91b46e2dce4c7", path: "web/page&<x>\"1\".html", format: .html, encoding: .utf8BOM, sha256: String(repeating: "c", count: 64), text: nastyText)

    /// Scalar offsets of the `occurrence`-th `needle` in `document.text`.
    static func span(_ needle: String, in document: Document, occurrence: Int = 1) -> Range<Int> {
        let hay = document.scalars
        let pin = Array(needle.unicodeScalars)
        var seen = 0
        for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
            seen += 1
            if seen == occurrence { return start..<start + pin.count }
        }
        fatalError("\(needle) not in \(document.id)")
    }

    static func article(_ id: String, _ document: Document, kind: ArticleKind = .article, title: String?, authors: [String] = [], publication: String? = nil, date: String? = nil, dateText: String? = nil, span: Range<Int>? = nil) -> Article {
        let span = span ?? 0..<document.scalars.count
        return Article(id: id, document: document.id, kind: kind, title: title, authors: authors, publication: publication, date: date, dateText: dateText, start: span.lowerBound, end: span.upperBound, normalizedRange: span)
    }

    static func quote(_ suffix: String, _ text: String, in document: Document, article: String, occurrence: Int = 1, marked: Bool = true, trivial: Bool = false, speaker: String? = nil, cue: String? = nil, claimed: Claim? = nil, parent: String? = nil) -> Quote {
        let range = span(text, in: document, occurrence: occurrence)
        return Quote(id: "\(document.id).\(suffix)", document: document.id, article: article, start: range.lowerBound, end: range.upperBound, text: document.slice(range), normalized: text, marked: marked, trivial: trivial, unclosed: false, speaker: speaker, cue: cue, claimed: claimed, parent: parent, normalizedRange: range)
    }

    static func source(_ text: String, speech: String = "S2020-08-20", segments: [String]? = nil) -> SourceLink {
        let range = span(text, in: speechDocument)
        let parts = segments?.map { piece -> SourceSegment in
            let r = span(piece, in: speechDocument)
            return SourceSegment(document: speechDocument.id, start: r.lowerBound, end: r.upperBound)
        }
        return SourceLink(speech: speech, document: speechDocument.id, start: range.lowerBound, end: range.upperBound, segments: parts)
    }

    static var speechArticle: Article { article("\(speechDocument.id).a1", speechDocument, kind: .speech, title: "扎实推进长三角一体化发展", authors: ["习近平"]) }
    static var newsArticle: Article { article("\(newsDocument.id).a1", newsDocument, title: "緊扣一體化和高質量抓好重點工作", authors: ["王小明"], publication: "人民日報", date: "2020-08-22", dateText: "2020年8月22日") }
    static var nastyArticle: Article { article("\(nastyDocument.id).a1", nastyDocument, title: "標題 <script>alert(1)</script> & ]]> 測試\u{0001}控制", publication: "A&B <Daily>", date: "2021-02-30", dateText: "2月30日") }

    static let q1 = "要緊扣一體化和高質量兩個關鍵，帶動整個長江經濟帶和華東地區發展。"
    static let q2 = "形成高質量發展的『區域集群』。"
    static let q3 = "區域集群"
    static let q4 = "深化科技體制改革，把長三角建設成為科技和產業創新的先行者。\n\n這是一項長期任務"
    static let q5 = "創新是第一動力"
    static let q6 = "帶動整個長江經濟帶和華東地區發展。」他說"
    static let q7 = "<b>危險</b> & ]]>\u{0001}文字"

    static var graph: CitationGraph {
        let news = newsArticle.id
        let quotes: [MatchedQuote] = [
            MatchedQuote(quote: quote("q1", q1, in: newsDocument, article: news, speaker: "習近平", cue: "強調"), source: source("要紧扣一体化和高质量两个关键，带动整个长江经济带和华东地区发展"), verdict: .normalized, score: 0.987654321, edits: [], script: []),
            MatchedQuote(quote: quote("q2", q2, in: newsDocument, article: news, speaker: "習近平", cue: "說", claimed: Claim(date: "2020-08-20", event: "扎實推進長三角一體化發展座談會")), source: source("形成高质量发展的区域集群。"), verdict: .verbatim, score: 1, edits: [], script: []),
            MatchedQuote(quote: quote("q3", q3, in: newsDocument, article: news, trivial: true, parent: "\(newsDocument.id).q2"), source: source("区域集群"), verdict: .normalized, score: 1, edits: [], script: []),
            MatchedQuote(quote: quote("q4", q4, in: newsDocument, article: news, claimed: Claim(date: "2020-13-45", event: nil)), source: source("深化科技体制改革，把长三角建设成为科技和产业创新的开路先锋。"), verdict: .variant, score: 0.8123456, edits: [Edit(op: .replace, quote: "先行者", source: "开路先锋"), Edit(op: .insert, quote: "\n\n這是一項長期任務", source: "")], script: []),
            MatchedQuote(quote: quote("q5", q5, in: newsDocument, article: news), source: nil, verdict: .unresolved, score: 0, edits: [], script: []),
            MatchedQuote(quote: quote("q6", q6, in: newsDocument, article: news, marked: false), source: source("带动整个长江经济带和华东地区发展", segments: ["带动整个长江经济带", "和华东地区发展"]), verdict: .composite, score: 0.5, edits: [Edit(op: .delete, quote: "", source: "]]> & <")], script: []),
            MatchedQuote(quote: quote("q7", q7, in: nastyDocument, article: nastyArticle.id, speaker: "某人\u{0001}<&>", cue: "說"), source: nil, verdict: .unresolved, score: .nan, edits: [], script: []),
        ]
        let speechBody = span("长三角一体化发展具有", in: speechDocument).lowerBound..<speechDocument.scalars.count
        let speech = Speech(id: "S2020-08-20", speaker: "习近平", title: "在扎实推进长三角一体化发展座谈会上的讲话", venue: "合肥", date: "2020-08-20", witnesses: [
            Witness(document: speechDocument.id, article: speechArticle.id, start: speechBody.lowerBound, end: speechBody.upperBound, kind: .text),
            Witness(document: newsDocument.id, article: nil, start: 0, end: 10, kind: .report),
        ])
        let other = Speech(id: "S2019-01-01", speaker: "某人", title: "新年贺词 & <致辞>", venue: nil, date: "2019-01-01", witnesses: [])
        let reprintA = span("要紧扣一体化和高质量两个关键", in: speechDocument)
        let reprintB = span("要緊扣一體化和高質量兩個關鍵", in: newsDocument)
        return CitationGraph(
            documents: [
                DocumentNode(document: speechDocument, articles: [ArticleNode(article: speechArticle, cites: [])]),
                DocumentNode(document: newsDocument, articles: [ArticleNode(article: newsArticle, cites: [
                    Citation(speech: "S2020-08-20", count: 5, verdicts: ["verbatim": 1, "normalized": 2, "variant": 1, "composite": 1]),
                ])]),
                DocumentNode(document: nastyDocument, articles: [ArticleNode(article: nastyArticle, cites: [])]),
            ],
            speeches: [other, speech],
            quotes: quotes,
            reprints: [Reprint(id: "R1", a: ReprintSpan(document: speechDocument.id, article: speechArticle.id, start: reprintA.lowerBound, end: reprintA.upperBound), b: ReprintSpan(document: newsDocument.id, article: newsArticle.id, start: reprintB.lowerBound, end: reprintB.upperBound), length: 14)]
        )
    }

    static let empty = CitationGraph(documents: [], speeches: [], quotes: [], reprints: [])
}

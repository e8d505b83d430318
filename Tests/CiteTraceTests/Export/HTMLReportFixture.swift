@testable import CiteTrace

/// A hand-built citation graph for the HTML report tests: one speech with two
/// witnesses (its published text and a traditional-script report), a newspaper
/// with two articles (one undated), a hostile document, and one quote of each
/// kind the report draws differently.
enum HTMLReportFixture {
    static let speechText = """
    在深入推进长三角一体化发展座谈会上的讲话
    （2023年11月30日）

    长三角区域要加快产业升级，推动高质量发展。要坚持创新驱动，把科技自立自强作为战略支撑。要让一体化发展成果更多更公平惠及人民群众。
    """

    static let reportText = """
    新華社上海11月30日電

    總書記在座談會上發表重要講話。他強調，要堅持創新驅動，把科技自立自強作為戰略支撐。
    """

    static let paperText = """
    长三角奋力谱写新篇章
    本报记者 张三 李四

    　　总书记强调：“要坚持创新驱动，把科技自立自强作为战略支撑。”这为我们指明了方向。
    　　文章指出，“长三角区域要加快产业创新，推动高质量发展。”
    　　他说：“加快产业升级，让一体化发展成果更多更公平惠及人民群众。”
    　　有学者指出：“推进‘一体化’不是搞平均主义。”

    编者按
    　　本版转载时重申：“要坚持创新驱动，把科技自立自强作为战略支撑。”
    """

    static let evilText = "<script>alert(1)</script> & \"x\" 'y' ]]> \u{01}\u{07}\u{0B}\u{7F}\u{85}\u{FFFE}\u{FFFF}控制字符\n新闻：“<b>加粗</b> & ]]>”\n"

    static let speechDoc = document("d-speech", "texts/speech-2023-11-30.txt", speechText)
    static let reportDoc = document("d-report", "texts/xinhua-report.txt", reportText)
    static let paperDoc = document("d-paper", "papers/rmrb-2023-12-05.txt", paperText)
    static let evilDoc = document("d-evil", "papers/<evil>&.txt", evilText)

    static func document(_ id: String, _ path: String, _ text: String) -> Document {
        Document(id: id, path: path, format: .text, encoding: .utf8, sha256: String(repeating: "0", count: 64), text: text)
    }

    /// The scalar range of the `occurrence`-th (0-based) `needle` in `doc`.
    static func span(_ doc: Document, _ needle: String, occurrence: Int = 0) -> Range<Int> {
        let n = Array(needle.unicodeScalars)
        var seen = 0
        for i in 0...(doc.scalars.count - n.count) where Array(doc.scalars[i..<(i + n.count)]) == n {
            if seen == occurrence { return i..<(i + n.count) }
            seen += 1
        }
        fatalError("\(needle) not in \(doc.id)")
    }

    static func article(_ id: String, _ doc: Document, kind: ArticleKind = .article, title: String?, authors: [String] = [],
                        date: String?, from: String, to: String? = nil) -> Article {
        let start = span(doc, from).lowerBound
        let end = to.map { span(doc, $0).upperBound } ?? doc.scalars.count
        return Article(id: id, document: doc.id, kind: kind, title: title, authors: authors, publication: "人民日报",
                       date: date, dateText: nil, start: start, end: end, normalizedRange: 0..<0)
    }

    static func quote(_ id: String, _ doc: Document, _ article: String, _ text: String, occurrence: Int = 0,
                      verdict: Verdict, score: Double, source: SourceLink?, script: [Edit],
                      trivial: Bool = false, parent: String? = nil, speaker: String? = "习近平") -> MatchedQuote {
        let r = span(doc, text, occurrence: occurrence)
        let q = Quote(id: id, document: doc.id, article: article, start: r.lowerBound, end: r.upperBound,
                      text: doc.slice(r), normalized: text, marked: true, trivial: trivial, unclosed: false,
                      speaker: speaker, cue: speaker == nil ? nil : "强调", claimed: nil, parent: parent, normalizedRange: 0..<0)
        return MatchedQuote(quote: q, source: source, verdict: verdict, score: score,
                            edits: script.filter { $0.op != .equal }, script: script)
    }

    static func link(_ text: String, segments: [String]? = nil) -> SourceLink {
        let r = span(speechDoc, text)
        return SourceLink(speech: "S2023-11-30", document: speechDoc.id, start: r.lowerBound, end: r.upperBound,
                          segments: segments.map { $0.map { s in
                              let r = span(speechDoc, s)
                              return SourceSegment(document: speechDoc.id, start: r.lowerBound, end: r.upperBound)
                          } })
    }

    static let innovation = "要坚持创新驱动，把科技自立自强作为战略支撑。"

    static var graph: CitationGraph {
        let speechArticle = article("d-speech.a1", speechDoc, kind: .speech, title: "在深入推进长三角一体化发展座谈会上的讲话",
                                    date: "2023-11-30", from: "在深入")
        let reportArticle = article("d-report.a1", reportDoc, kind: .report, title: "習近平主持召開座談會",
                                    date: "2023-11-30", from: "新華社")
        let paperArticle = article("d-paper.a1", paperDoc, title: "长三角奋力谱写新篇章", authors: ["张三", "李四"],
                                   date: "2023-12-05", from: "长三角奋力", to: "不是搞平均主义。”")
        let noteArticle = article("d-paper.a2", paperDoc, kind: .editorsNote, title: "编者按", date: nil, from: "编者按")
        let evilArticle = article("d-evil.a1", evilDoc, title: "<script>alert(1)</script>", authors: ["\"O'Hara\" & co"],
                                  date: "2024-01", from: "<script>")

        let speechWitnessText = span(speechDoc, "长三角区域要加快")
        let speech = Speech(
            id: "S2023-11-30", speaker: "习近平", title: "在深入推进长三角一体化发展座谈会上的讲话", venue: "上海",
            date: "2023-11-30",
            witnesses: [
                Witness(document: speechDoc.id, article: speechArticle.id, start: speechWitnessText.lowerBound,
                        end: speechDoc.scalars.count, kind: .text),
                Witness(document: reportDoc.id, article: reportArticle.id, start: span(reportDoc, "要堅持").lowerBound,
                        end: span(reportDoc, "戰略支撐。").upperBound, kind: .report),
            ])

        let quotes: [MatchedQuote] = [
            quote("q-verbatim", paperDoc, paperArticle.id, innovation, verdict: .verbatim, score: 1,
                  source: link(innovation), script: [Edit(op: .equal, quote: innovation, source: innovation)]),
            quote("q-variant", paperDoc, paperArticle.id, "长三角区域要加快产业创新，推动高质量发展。", verdict: .variant, score: 0.9,
                  source: link("长三角区域要加快产业升级，推动高质量发展。"),
                  script: [
                      Edit(op: .equal, quote: "长三角区域要加快", source: "长三角区域要加快"),
                      Edit(op: .replace, quote: "产业创新", source: "产业升级"),
                      Edit(op: .equal, quote: "，推动高质量发展。", source: "，推动高质量发展。"),
                  ]),
            quote("q-composite", paperDoc, paperArticle.id, "加快产业升级，让一体化发展成果更多更公平惠及人民群众。",
                  verdict: .composite, score: 0.82,
                  source: link("加快产业升级，推动高质量发展。要坚持创新驱动，把科技自立自强作为战略支撑。要让一体化发展成果更多更公平惠及人民群众。",
                               segments: ["加快产业升级，", "让一体化发展成果更多更公平惠及人民群众。"]),
                  script: [
                      Edit(op: .equal, quote: "加快产业升级，", source: "加快产业升级，"),
                      Edit(op: .delete, quote: "", source: "推动高质量发展。要坚持创新驱动，把科技自立自强作为战略支撑。要"),
                      Edit(op: .equal, quote: "让一体化发展成果更多更公平惠及人民群众。", source: "让一体化发展成果更多更公平惠及人民群众。"),
                  ]),
            quote("q-outer", paperDoc, paperArticle.id, "推进‘一体化’不是搞平均主义。", verdict: .unresolved, score: 0,
                  source: nil, script: [], speaker: "学者"),
            quote("q-inner", paperDoc, paperArticle.id, "一体化", occurrence: 1, verdict: .unresolved, score: 0,
                  source: nil, script: [], trivial: true, parent: "q-outer", speaker: nil),
            quote("q-note", paperDoc, noteArticle.id, innovation, occurrence: 1, verdict: .verbatim, score: 1,
                  source: link(innovation), script: [Edit(op: .equal, quote: innovation, source: innovation)]),
            quote("q-evil", evilDoc, evilArticle.id, "<b>加粗</b> & ]]>", verdict: .unresolved, score: 0,
                  source: nil, script: [], speaker: "<script>alert(2)</script>"),
        ].sorted { $0.quote.id < $1.quote.id }

        return CitationGraph(
            documents: [
                DocumentNode(document: evilDoc, articles: [ArticleNode(article: evilArticle, cites: [])]),
                DocumentNode(document: paperDoc, articles: [
                    ArticleNode(article: paperArticle, cites: [Citation(speech: speech.id, count: 3, verdicts: ["verbatim": 1, "variant": 1, "composite": 1])]),
                    ArticleNode(article: noteArticle, cites: [Citation(speech: speech.id, count: 1, verdicts: ["verbatim": 1])]),
                ]),
                DocumentNode(document: reportDoc, articles: [ArticleNode(article: reportArticle, cites: [])]),
                DocumentNode(document: speechDoc, articles: [ArticleNode(article: speechArticle, cites: [])]),
            ],
            speeches: [speech],
            quotes: quotes,
            reprints: [])
    }
}

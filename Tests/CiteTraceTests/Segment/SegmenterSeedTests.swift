import Testing
@testable import CiteTrace

@Suite("Segmenting the seed documents")
struct SegmenterSeedTests {
    struct Expected {
        var kind: ArticleKind
        var date: String?
        var title: String
        var authors: [String]
        var publication: String?
    }

    @Test("a document split among the cores in small runs gives the articles of one pass")
    func runsGiveOnePass() {
        var small = Segmenter()
        (small.paragraphsPerTask, small.piecesPerTask) = (3, 1)
        var whole = Segmenter()
        (whole.paragraphsPerTask, whole.piecesPerTask) = (.max, .max)
        var articles = 0
        for a in Seeds.analyses {
            let expected = whole.segment(a.document, a.normalized)
            articles += expected.count
            #expect(small.segment(a.document, a.normalized) == expected, "\(a.document.id)")
            #expect(Segmenter().segment(a.document, a.normalized) == expected, "\(a.document.id)")
        }
        #expect(articles >= 10)
    }

    func check(_ prefix: String, _ expected: [Expected]) {
        let a = Seeds.analysis(prefix)
        #expect(a.articles.count == expected.count)
        for (got, want) in zip(a.articles, expected) {
            #expect(got.kind == want.kind, "\(got.id)")
            #expect(got.date == want.date, "\(got.id)")
            #expect(got.title == want.title, "\(got.id)")
            #expect(got.authors == want.authors, "\(got.id)")
            #expect(got.publication == want.publication, "\(got.id)")
            // The title is the original text at the article's start.
            let text = a.document.slice(got.start..<got.end)
            let head = text.drop(while: { $0 == "#" || $0.isWhitespace })
            let firstWord = String(want.title.split(separator: " ").first!)
            #expect(head.hasPrefix(firstWord) || text.hasSuffix(want.authors.last ?? "-"), "\(got.id): \(head.prefix(30))")
        }
    }

    @Test("seed 000: two speech texts, a report and four articles, with dates and authors")
    func compilation() {
        check("000", [
            .init(kind: .speech, date: "2019-08-26", title: "新形势下促进区域协调发展的思路和举措", authors: ["习近平"], publication: "习近平经济文选"),
            .init(kind: .speech, date: "2023-11-30", title: "深入推進長三角一體化發展", authors: ["习近平"], publication: "习近平经济文选"),
            .init(kind: .report, date: "2020-08-22", title: "习近平在扎实推进长三角一体化发展座谈会上强调 紧扣一体化和高质量抓好重点工作 推动长三角一体化发展不断取得成效", authors: [], publication: "新华社"),
            .init(kind: .article, date: "2024-12", title: "习近平总书记关于区域协调发展重要论述的丰富内涵、实践路径与时代价值", authors: ["丁任重", "李溪铭"], publication: "习近平经济思想研究"),
            .init(kind: .article, date: "2024-05-30", title: "长三角一体化发展的“第二个五年”", authors: ["浙江大学长三角一体化发展研究中心课题组"], publication: "光明日报"),
            .init(kind: .article, date: "2025-03-17", title: "打通一体化高质量发展的“创新廊道”", authors: ["兰文飞", "李鸿渊", "宋薇萍"], publication: "学习时报"),
            .init(kind: .article, date: "2024-11-12", title: "深入推進長三角一體化發展 在中國式現代化中走在前列", authors: ["王振"], publication: "解放日报"),
        ])
    }

    @Test("seed 001: an editor's note and four articles; the last one's title and author follow its body")
    func newspaperPage() {
        check("001", [
            .init(kind: .editorsNote, date: nil, title: "编者按", authors: [], publication: "安徽日报"),
            .init(kind: .article, date: nil, title: "长三角要积极培育和发展新质生产力", authors: ["韩建雨", "葛汉琪"], publication: "安徽日报"),
            .init(kind: .article, date: nil, title: "共绘长三角民生福祉“同心圆”", authors: ["张超"], publication: "安徽日报"),
            .init(kind: .article, date: nil, title: "着力促进区域协调发展", authors: ["安徽省中国特色社会主义理论体系研究中心省社科联研究基地", "郝宜金", "房金环", "陈颖"], publication: "安徽日报"),
            .init(kind: .article, date: nil, title: "加强与长三角自贸区联动发展", authors: ["杨莲娜"], publication: "安徽日报"),
        ])
        let a = Seeds.analysis("001")
        // A date without a year keeps its text and gets no ISO date.
        #expect(a.articles[3].dateText == "6月4日")
        // The trailing title and author are inside the last article's span.
        let last = a.articles[4]
        #expect(a.document.slice(last.start..<last.end).hasSuffix("杨莲娜"))
        #expect(a.document.slice(last.start..<last.end).hasPrefix("当前，长三角一体化"))
    }

    @Test("seed 003: a report of the 2023-11-30 symposium dated from the document's cover")
    func studyMaterial() {
        let a = Seeds.analysis("003")
        #expect(a.articles.count == 1)
        #expect(a.articles[0].kind == .report)
        #expect(a.articles[0].title == "习近平主持召开深入推进长三角一体化发展座谈会")
    }

    @Test("seed 004: a talk and four case stories with their narrators and editors")
    func storyPage() {
        let a = Seeds.analysis("004")
        let titles = a.articles.prefix(5).map(\.title)
        #expect(titles == ["相得益彰，下好区域协调发展“一盘棋”", "破解跨地“扎根”的民生问题", "守护江豚的“微笑”", "“经济洼地”在都市圈中蜕变", "以数据为纽带，助力高质量发展"])
        #expect(a.articles[0].authors == ["侯永志", "栗翘楚"])
        #expect(a.articles[1].authors == ["刘佳", "刘硕豪", "李雪晴"])
    }
}

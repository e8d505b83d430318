import Testing
@testable import CiteTrace

@Suite("Speech catalog")
struct SpeechCatalogTests {
    @Test("the seeds hold three speeches with their dates, venues and every witness")
    func seedSpeeches() {
        let speeches = SeedCorpus.analysis.catalog.speeches
        #expect(speeches.map(\.id) == ["S2019-08-26", "S2020-08-20", "S2023-11-30"])
        #expect(speeches.map(\.speaker) == ["习近平", "习近平", "习近平"])
        #expect(speeches[0].event == "中央财经委员会第五次会议")
        #expect(speeches[1].venue == "合肥")
        #expect(speeches[1].event == "扎实推进长三角一体化发展座谈会")
        #expect(speeches[2].venue == "上海")
        #expect(speeches[2].event == "深入推进长三角一体化发展座谈会")
        // 2019: the text; 2020: the Xinhua report dated the 22nd; 2023: the traditional text and the report in seed 003.
        #expect(speeches[0].witnesses.map(\.kind) == [.text])
        #expect(speeches[1].witnesses.map(\.kind) == [.report])
        #expect(speeches[1].witnesses[0].article == "D000_95e4592cef5ce677.a3")
        #expect(speeches[2].witnesses.map(\.kind) == [.text, .report])
        #expect(speeches[2].witnesses.map(\.document) == ["D000_95e4592cef5ce677", "D003_5e4c44550d65cc13"])
    }

    @Test("a report's witness ends where another official's remarks begin: their words never link to the speech")
    func officialsRemarksAreNotTheSpeech() throws {
        let speeches = SeedCorpus.analysis.catalog.speeches
        let docs = Dictionary(uniqueKeysWithValues: SeedCorpus.analysis.documents.map { ($0.document.id, $0.document) })
        for (speech, official) in [(1, "韩正在讲话中表示"), (2, "李强在讲话中表示")] {
            let report = try #require(speeches[speech].witnesses.first { $0.kind == .report })
            let text = try #require(docs[report.document]).slice(report.start..<report.end)
            #expect(!text.contains(official), "\(speeches[speech].id)")
            #expect(text.contains("他强调"), "the leader's part stays: \(speeches[speech].id)")
        }
        // 韩正's words from the 2020 report, quoted as if they were the speech's.
        let r = SeedCorpus.matcher.verify("要着力推进高质量创新，集中突破一批关键核心技术，协同推进原始创新、技术创新和产业创新，形成科技创新和制造业研发高地")
        #expect(r.source == nil)
        #expect(OtherSpeakers.speakerOfRemarks(CompactScalars(scalarsOf: "李强在总结讲话中指出,要…")[...]) == "李强")
        #expect(OtherSpeakers.speakerOfRemarks(CompactScalars(scalarsOf: "习近平在讲话中强调,…")[...]) == "习近平")
        #expect(OtherSpeakers.speakerOfRemarks(CompactScalars(scalarsOf: "座谈会上,上海市委书记李强发言")[...]) == nil)
    }

    @Test("articles that discuss a speech are not witnesses")
    func discussionIsNotWitness() {
        let witnesses = SeedCorpus.analysis.catalog.witnessArticles
        #expect(witnesses == ["D000_95e4592cef5ce677.a1", "D000_95e4592cef5ce677.a2", "D000_95e4592cef5ce677.a3", "D003_5e4c44550d65cc13.a1"])
        // The Xinhua story on reactions opens with 发表重要讲话 but reports no speech.
        #expect(!witnesses.contains("D002_6ab91b46e2dce4c7.a1"))
    }

    @Test("a report's lead gives speaker, place, occasion and the delivery day before the dateline")
    func reportLead() throws {
        let text = """
        某地座谈会报道

        中共中央总书记、国家主席习近平28日在杭州主持召开某某工作座谈会并发表重要讲话。他强调，要把工作做好。这是很长的一段报道，内容很多。

        （来源：新华社杭州2021年5月1日电）
        """
        let a = analyse(text)
        let catalog = SpeechCatalog.build(from: [a])
        let s = try #require(catalog.speeches.first)
        #expect(s.date == "2021-04-28")
        #expect(s.speaker == "习近平")
        #expect(s.venue == "杭州")
        #expect(s.event == "某某工作座谈会")
    }

    @Test("a report whose event has its own sentence, with the dateline inline and the verb also in the title")
    func reportWithEventSentence() throws {
        let text = """
        习近平在中央城市工作会议上发表重要讲话

        新华社北京2015年12月22日电 中央城市工作会议20日至21日在北京举行。中共中央总书记、国家主席习近平出席会议并发表重要讲话。他强调，城市是我国经济、政治、文化、社会等方面活动的中心，在党和国家工作全局中具有举足轻重的地位。
        """
        let a = analyse(text)
        #expect(a.articles.first?.kind == .report)
        let s = try #require(SpeechCatalog.build(from: [a]).speeches.first)
        #expect(s.date == "2015-12-20")
        #expect(s.speaker == "习近平")
        #expect(s.venue == "北京")
        #expect(s.event == "中央城市工作会议")
    }
}

import Foundation
import Testing
@testable import CiteTrace

@Suite struct QuoteClusterTests {
    /// Two newspaper articles quoting the same unsourced words of the leader: one twice
    /// (within one document), one with a word dropped and a claimed occasion.
    static let paperA = MemoryDocuments.make("Dpaper-a", """
    人民日报 2024年5月6日

    绿色转型的新路径

    本报记者 王明

    习近平总书记强调：“要让每一条河流都成为造福人民的幸福河，守护好子孙后代的生命之源。”这一重要论述为流域治理指明了方向。

    各地认真落实。习近平总书记指出：“要让每一条河流都成为造福人民的幸福河，守护好子孙后代的生命之源。”
    """)
    static let paperB = MemoryDocuments.make("Dpaper-b", """
    光明日报 2024年7月8日

    幸福河的时代意义

    本报评论员

    2019年9月，习近平总书记在黄河流域生态保护和高质量发展座谈会上强调：“要让每一条河流都成为造福人民的幸福河，守护子孙后代的生命之源。”我们要深刻领会。
    """)

    static let graph = CitationGraphBuilder().build(try! CorpusAnalysis(corpus: MemoryDocuments.seedsPlus([paperA, paperB])))

    static func eligible(_ graph: CitationGraph) -> [MatchedQuote] {
        let speakers = Set(graph.speeches.map(\.speaker))
        return graph.quotes.filter {
            $0.verdict == .unresolved && !$0.quote.trivial && ($0.quote.speaker.map(speakers.contains) ?? true)
                && $0.quote.normalized.unicodeScalars.filter(CharacterClass.isContent).count >= 8
        }
    }

    @Test("seeds: 坚定不移走生态优先、绿色发展的现代化道路 forms a cluster with every quote of those words")
    func seedCluster() throws {
        let graph = SeedCorpus.graph
        let words = Normalizer().normalize("坚定不移走生态优先、绿色发展的现代化道路").string
        let quotes = graph.quotes.filter { $0.quote.normalized.contains(words) }
        #expect(!quotes.isEmpty && quotes.allSatisfy { $0.verdict == .unresolved })
        let cluster = try #require(graph.clusters.first { $0.members.contains(quotes[0].quote.id) })
        #expect(Set(cluster.members).isSuperset(of: quotes.map(\.quote.id)))
        #expect(cluster.id == "C" + cluster.members[0])
        #expect(Normalizer().normalize(cluster.text).string.contains(words))
        #expect(cluster.earliest.date == "2024-12" && cluster.earliest.article == "D000_95e4592cef5ce677.a4")
        // Seed 001 repeats the words without quote marks (`坚定不移走生态优先、绿色发展之路`): an echo in the same cluster.
        let echo = try #require(graph.quotes.first { $0.quote.id == cluster.members.last })
        #expect(echo.quote.document == "D001_68375046d53efcdf")
        #expect(echo.quote.text == "坚定不移走生态优先、绿色发展")
        #expect(!echo.quote.marked && echo.quote.cue == nil)
    }

    @Test("seeds: 绿水青山就是金山银山, quoted in seed 004 and repeated unmarked in seeds 000 and 001, is one cluster")
    func seedShortQuoteCluster() throws {
        let cluster = try #require(SeedCorpus.graph.clusters.first { $0.text == "绿水青山就是金山银山" })
        #expect(cluster.members.map { String($0.prefix(4)) } == ["D000", "D001", "D004"])
    }

    @Test("every eligible unresolved quote is in exactly one cluster, and nothing else is")
    func partition() {
        for graph in [SeedCorpus.graph, Self.graph] {
            let members = graph.clusters.flatMap(\.members)
            #expect(members.count == Set(members).count)
            #expect(Set(members) == Set(Self.eligible(graph).map(\.quote.id)))
            let order = Dictionary(uniqueKeysWithValues: graph.quotes.enumerated().map { ($1.quote.id, $0) })
            for c in graph.clusters { #expect(c.members.map { order[$0]! } == c.members.map { order[$0]! }.sorted()) }
            #expect(graph.clusters.map { order[$0.members[0]]! } == graph.clusters.map { order[$0.members[0]]! }.sorted())
        }
    }

    @Test("words repeated across articles and within one document form one cluster, with claims and the earliest date")
    func repeatedWords() throws {
        let cluster = try #require(Self.graph.clusters.first { $0.members.contains { $0.hasPrefix("Dpaper-b.") } })
        #expect(cluster.members.count == 3)
        #expect(cluster.members.filter { $0.hasPrefix("Dpaper-a.") }.count == 2)
        #expect(cluster.id == "C" + cluster.members[0])
        #expect(cluster.claimed == [Claim(date: "2019-09", event: "黄河流域生态保护和高质量发展座谈会")])
        #expect(cluster.earliest.article == "Dpaper-a.a1" && cluster.earliest.date == "2024-05-06")
        #expect(cluster.text.hasPrefix("要让每一条河流都成为造福人民的幸福河"))
        #expect(cluster.isRepeated)
    }

    @Test("once the source is supplied with --sources, the members link to it and the cluster is gone")
    func linkedOnceSupplied() throws {
        let sources = try TemporarySources([SuppliedWitnessTests.speech])
        defer { sources.remove() }
        let before = try #require(Self.graph.clusters.first { $0.members.contains { $0.hasPrefix("Dpaper-b.") } })
        let analysis = try CorpusAnalysis(corpus: MemoryDocuments.seedsPlus([Self.paperA, Self.paperB]), supplied: sources.load())
        let graph = CitationGraphBuilder().build(analysis)
        for id in before.members {
            let q = try #require(graph.quotes.first { $0.quote.id == id })
            #expect(q.source?.speech == "S2019-09-18", "\(id)")
            #expect(q.verdict != .unresolved)
        }
        #expect(!graph.clusters.contains { !Set($0.members).isDisjoint(with: before.members) })
        #expect(!graph.clusters.flatMap(\.members).contains("D000_95e4592cef5ce677.q14405-14425"))
    }

    @Test("a nested quote and its parent are the same place, not a repetition")
    func samePlace() {
        let clusterer = QuoteClusterer()
        let a = Quote(id: "D.q0-20", document: "D", article: "D.a1", start: 0, end: 20, text: "", normalized: "", marked: true, trivial: false, unclosed: false, speaker: nil, cue: nil, claimed: nil, parent: nil, normalizedRange: 0..<20)
        var b = a
        b.id = "D.q5-15"; b.start = 5; b.end = 15
        var c = a
        c.id = "E.q5-15"; c.document = "E"
        #expect(clusterer.samePlace(a, b))
        #expect(!clusterer.samePlace(a, c))
    }
}

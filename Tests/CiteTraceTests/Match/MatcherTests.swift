import Testing
@testable import CiteTrace

@Suite("Matcher")
struct MatcherTests {
    let matcher = SeedCorpus.matcher
    let gen = MutationGenerator()

    /// Real sentences of the three seed speeches (from their witness texts).
    static let sentences: [(speech: String, text: String)] = [
        ("S2019-08-26", "我国幅员辽阔、人口众多,各地区自然资源禀赋差别之大在世界上是少有的,统筹区域发展从来都是一个重大问题。"),
        ("S2019-08-26", "要健全区际利益补偿机制,形成受益者付费、保护者得到合理补偿的良性局面。"),
        ("S2020-08-20", "要发挥数字经济优势,加快产业数字化、智能化转型,提高产业链供应链稳定性和竞争力。"),
        ("S2020-08-20", "三省一市要集合科技力量,聚焦集成电路、生物医药、人工智能等重点领域和关键环节,尽早取得突破。"),
        ("S2023-11-30", "要以更加开放的思维和举措参与国际科技合作,营造更具全球竞争力的创新生态。"),
        ("S2023-11-30", "要加强各类交通网络基础设施标准跨区域衔接,提升基础设施互联互通水平。"),
    ]

    @Test("an exact sentence is verbatim or normalized, with no edit", arguments: sentences)
    func exact(_ s: (speech: String, text: String)) {
        let r = matcher.verify(s.text)
        #expect(r.source?.speech == s.speech)
        #expect(r.verdict == .verbatim || r.verdict == .normalized)
        #expect(r.edits.isEmpty)
        #expect(r.score == 1)
    }

    @Test("script and width only: normalized, with no edit", arguments: sentences)
    func normalized(_ s: (speech: String, text: String)) {
        for variant in [gen.traditional(s.text), gen.widthChanged(s.text)] where variant != s.text {
            let r = matcher.verify(variant)
            #expect(r.source?.speech == s.speech, "\(variant)")
            #expect(r.verdict == .normalized, "\(variant)")
            #expect(r.edits.isEmpty)
        }
    }

    @Test("line and page breaks are white space: verbatim", arguments: sentences)
    func lineBreaks(_ s: (speech: String, text: String)) {
        let r = matcher.verify(gen.broken(s.text))
        #expect(r.source?.speech == s.speech)
        #expect(r.verdict == .verbatim)
        #expect(r.edits.isEmpty)
    }

    @Test("one substituted character: variant with exactly that replacement", arguments: sentences)
    func substitution(_ s: (speech: String, text: String)) throws {
        let chars = Array(s.text)
        var i = chars.count / 2
        while !CharacterClass.isHan(chars[i].unicodeScalars.first!) { i += 1 }
        let original = chars[i]
        let replacement: Character = original == "甲" ? "乙" : "甲"
        let r = matcher.verify(gen.substituted(s.text, at: i, with: replacement))
        #expect(r.source?.speech == s.speech)
        #expect(r.verdict == .variant)
        let e = try #require(r.edits.first)
        #expect(r.edits.count == 1)
        #expect(e.op == .replace)
        #expect(e.quote == String(replacement))
        #expect(e.source == String(original))
        #expect(e.quoteWord?.contains(String(replacement)) == true)
    }

    @Test("one deleted character: variant with a delete of exactly that character", arguments: sentences)
    func deletion(_ s: (speech: String, text: String)) throws {
        let chars = Array(s.text)
        var i = chars.count / 3
        while !CharacterClass.isHan(chars[i].unicodeScalars.first!) { i += 1 }
        let r = matcher.verify(gen.deleted(s.text, at: i))
        #expect(r.verdict == .variant)
        let e = try #require(r.edits.first)
        #expect(r.edits.count == 1)
        #expect(e.op == .delete)
        #expect(e.source == String(chars[i]))
        #expect(e.quote.isEmpty)
    }

    @Test("two sentences of one speech spliced: composite with both segments in quote order")
    func splice() throws {
        let a = "要健全区际利益补偿机制,形成受益者付费、保护者得到合理补偿的良性局面"
        let b = "统筹区域发展从来都是一个重大问题"
        let r = matcher.verify(a + "，" + b)
        #expect(r.verdict == .composite)
        #expect(r.source?.speech == "S2019-08-26")
        let segments = try #require(r.source?.segments)
        #expect(segments.count == 2)
        let doc = Seeds.analysis("000").document
        #expect(doc.slice(segments[0].start..<segments[0].end).hasPrefix("要健全区际利益补偿机制"))
        #expect(doc.slice(segments[1].start..<segments[1].end) == b)
    }

    @Test("clauses of one sentence moved around: paraphrase of that sentence, not a composite")
    func reorderedClauses() throws {
        // 要发挥数字经济优势,加快产业数字化、智能化转型,提高产业链供应链稳定性和竞争力。 with its last clause first.
        let r = matcher.verify("提高产业链供应链稳定性和竞争力,要发挥数字经济优势,加快产业数字化、智能化转型")
        #expect(r.verdict == .paraphrase)
        #expect(r.source?.speech == "S2020-08-20")
        #expect(r.source?.segments == nil)
        // The link covers the whole sentence the clauses come from.
        let link = try #require(r.source)
        let witness = try #require(SeedCorpus.analysis.documents.first { $0.document.id == link.document })
        let linked = witness.document.slice(link.start..<link.end)
        #expect(linked.hasPrefix("要发挥数字经济优势") && linked.hasSuffix("稳定性和竞争力"))
    }

    @Test("a sentence of a speech not in the corpus is never linked, even when it shares phrases")
    func unrelated() {
        for text in ["坚定不移走生态优先、绿色发展的现代化道路",
                     "要进一步形成西部地区大保护、大开放、高质量发展新格局，提升区域整体实力和可持续发展能力",
                     "长三角一体化发展取得实质性进展",
                     "推动高质量发展，建设现代化产业体系，促进区域协调发展"] {
            let r = matcher.verify(text)
            #expect(r.verdict == .unresolved, "\(text)")
            #expect(r.source == nil)
        }
    }

    @Test("a claimed date or occasion that is not the speech's makes a strong match misattributed")
    func misattributed() {
        let text = "要发挥数字经济优势，加快产业数字化、智能化转型，提高产业链供应链稳定性和竞争力"
        #expect(matcher.verify(text, claimed: Claim(date: "2020-08", event: nil)).verdict == .normalized)
        let wrong = matcher.verify(text, claimed: Claim(date: "2019-03", event: nil))
        #expect(wrong.verdict == .misattributed)
        #expect(wrong.source?.speech == "S2020-08-20")
        let wrongEvent = matcher.verify(text, claimed: Claim(date: nil, event: "中央财经委员会第五次会议"))
        #expect(wrongEvent.verdict == .misattributed)
        // An anaphoric occasion names nothing and contradicts nothing.
        #expect(matcher.verify(text, claimed: Claim(date: nil, event: "此次座谈会")).verdict == .normalized)
    }

    @Test("the variant and paraphrase thresholds are inclusive at their boundaries")
    func thresholds() {
        let quote = "统筹科技创新和产业升级，统筹龙头带动和各扬所长，统筹硬件联通和机制协同，统筹生态环保和经济发展"
        let score = matcher.verify(quote).score
        #expect(matcher.verify(quote).verdict == .variant)
        func verdict(_ change: (inout MatchSettings) -> Void) -> Verdict {
            var s = MatchSettings()
            change(&s)
            return Matcher(catalog: SeedCorpus.analysis.catalog, documents: SeedCorpus.analysis.documents, settings: s).verify(quote).verdict
        }
        #expect(verdict { $0.variantScore = score } == .variant)
        #expect(verdict { $0.variantScore = score + 0.001 } == .paraphrase)
        #expect(verdict { $0.variantScore = score + 0.001; $0.paraphraseScore = score } == .paraphrase)
        #expect(verdict { $0.variantScore = score + 0.001; $0.paraphraseScore = score + 0.001 } == .unresolved)
    }

    @Test("seed 002's misquotes are variants with the exact differing words")
    func seedMisquotes() throws {
        let upgrade = try #require(SeedCorpus.quote("统筹科技创新和产业升级，统筹龙头带动和各扬所长，统筹硬件联通和机制协同，统筹生态环保和经济发展"))
        #expect(upgrade.verdict == .variant)
        #expect(upgrade.source?.speech == "S2023-11-30")
        #expect(upgrade.edits.map(\.op) == [.replace])
        #expect(upgrade.edits.first?.quoteWord == "产业升级")
        #expect(upgrade.edits.first?.sourceWord == "产业创新")
        let firm = try #require(SeedCorpus.quote("要支持一批中小微科技企业创新发展"))
        #expect(firm.verdict == .variant)
        #expect(firm.source?.speech == "S2020-08-20")
        #expect(firm.edits.map(\.op) == [.delete])
        #expect(firm.edits.first?.quoteWord == "科技企业")
        #expect(firm.edits.first?.sourceWord == "科技型企业")
    }

    @Test("seed 004's story retells the 2019-08-26 speech: paraphrase")
    func seedParaphrase() throws {
        let quotes = SeedCorpus.quotes(in: "004").filter { $0.source != nil }
        #expect(!quotes.isEmpty)
        #expect(quotes.allSatisfy { $0.source?.speech == "S2019-08-26" })
        let first = try #require(quotes.first { $0.quote.text.hasPrefix("我国幅员辽阔") })
        #expect(first.verdict == .paraphrase)
        #expect(first.quote.marked == false && first.quote.cue == nil)
    }

    @Test("seed leaders' quotes whose speech is in the corpus are linked to the right speech")
    func seedLinks() {
        let expected: [(String, String)] = [
            ("区域经济发展分化态势明显", "S2019-08-26"),
            ("不平衡是普遍的，要在发展中促进相对平衡", "S2019-08-26"),
            ("实施长三角一体化发展战略要紧扣一体化和高质量两个关键词,以一体化的思路和举措打破行政壁垒、提高政策协同,让要素在更大范围畅通流动", "S2020-08-20"),
            ("长三角区域要加快完善一体化发展体制机制，推进跨区域共建共享，有序推动产业跨区域转移和生产要素合理配置，使长三角真正成为区域发展共同体", "S2023-11-30"),
            ("三省一市和有关部门要按照党中央决策部署，勇于担当，主动作为，大胆突破。", "S2020-08-20"),
            ("创新主动权、发展主动权必须牢牢掌握在自己手中", "S2020-08-20"),
            ("长三角一体化发展不是一日之功，我们既要有历史耐心，又要有只争朝夕的紧迫感，既谋划长远，又干在当下。", "S2020-08-20"),
        ]
        for (text, speech) in expected {
            let q = SeedCorpus.quote(text)
            #expect(q?.source?.speech == speech, "\(text)")
            #expect(q?.quote.speaker == "习近平", "\(text)")
        }
    }

    @Test("a duplicated paragraph in seed 001 is reported as a reprint")
    func seedReprint() throws {
        let r = try #require(SeedCorpus.graph.reprints.first)
        #expect(r.a.article == "D001_68375046d53efcdf.a4" && r.b.article == r.a.article)
        let doc = Seeds.analysis("001").document
        #expect(doc.slice(r.a.start..<r.a.end) == doc.slice(r.b.start..<r.b.end))
        #expect(r.length >= 100)
    }
}

@Suite("Reprints")
struct ReprintTests {
    @Test("two articles quoting the same long sentence of a speech have not reprinted each other")
    func quotingIsNotReprinting() {
        let sentence = "长三角区域要加快完善一体化发展体制机制。必须从体制机制上打破地区分割和行政壁垒，为一体化发展提供制度保障。"
        func doc(_ id: String, _ title: String) -> Document {
            Document(id: id, path: id + ".txt", format: .text, encoding: .utf8, sha256: "",
                     text: "\(title)\n\n张三\n\n习近平总书记指出：“\(sentence)”各地积极落实，成效明显。\n\n（来源：《某报》2024年1月\(id.count)日）")
        }
        let corpus = Corpus(documents: Seeds.corpus.documents + [doc("Da", "甲文章标题"), doc("Dbb", "乙文章标题")], warnings: [])
        let graph = CitationGraphBuilder().build(try! CorpusAnalysis(corpus: corpus))
        #expect(graph.quotes.filter { ["Da", "Dbb"].contains($0.quote.document) && $0.source != nil }.count == 2)
        #expect(!graph.reprints.contains { ["Da", "Dbb"].contains($0.a.document) || ["Da", "Dbb"].contains($0.b.document) })
    }
}

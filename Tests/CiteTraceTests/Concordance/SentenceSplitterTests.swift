import Testing
@testable import CiteTrace

@Suite struct SentenceSplitterTests {
    func pieces(_ text: String, _ splitter: SentenceSplitter = SentenceSplitter()) -> [(text: String, paragraph: Int)] {
        let norm = Normalizer().normalize(text)
        return splitter.split(norm, in: 0..<norm.count).map { (norm.string($0.normalized), $0.paragraph) }
    }

    @Test("sentences end at 。！？；, keep closing quote marks, and line breaks start a new paragraph")
    func sentences() {
        let got = pieces("在座谈会上的讲话\n\n习近平\n\n要坚持稳中求进。他说：“要干在当下！”是吗？第一；第二。\n\n新的一段。")
        #expect(got.map(\.text) == ["在座谈会上的讲话", "习近平", "要坚持稳中求进。", "他说:“要干在当下!”", "是吗?", "第一;", "第二。", "新的一段。"])
        #expect(got.map(\.paragraph) == [0, 1, 2, 2, 2, 2, 2, 3])
    }

    @Test("a long sentence is cut after commas into clauses of a minimum length")
    func clauses() {
        var splitter = SentenceSplitter()
        splitter.maxLength = 20
        splitter.minClause = 8
        let got = pieces("长三角区域要加快完善一体化发展体制机制，推进跨区域共建共享，有序推动产业转移，使长三角真正成为区域发展共同体。", splitter)
        #expect(got.map(\.text) == ["长三角区域要加快完善一体化发展体制机制,", "推进跨区域共建共享,", "有序推动产业转移,", "使长三角真正成为区域发展共同体。"])
    }

    @Test("pieces are in order, disjoint, inside the range, trimmed and hold content, on random text")
    func invariants() {
        var random = SeededRandom(seed: 8)
        let alphabet = Array("发展改革开放一体化，。！？；“”\n 　ab1")
        for _ in 0..<300 {
            let text = String((0..<Int.random(in: 0...60, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let norm = Normalizer().normalize(text)
            let lo = norm.count == 0 ? 0 : Int.random(in: 0..<norm.count, using: &random)
            let range = lo..<norm.count
            var splitter = SentenceSplitter()
            splitter.maxLength = 10
            splitter.minClause = 4
            var last = range.lowerBound
            for p in splitter.split(norm, in: range) {
                let r = p.normalized
                #expect(!r.isEmpty && r.lowerBound >= last && r.upperBound <= range.upperBound)
                #expect(r.contains { CharacterClass.isContent(norm.scalars[$0]) })
                #expect(!CharacterClass.isSpace(norm.scalars[r.lowerBound]) && norm.scalars[r.lowerBound] != "\n")
                #expect(!CharacterClass.isSpace(norm.scalars[r.upperBound - 1]) && norm.scalars[r.upperBound - 1] != "\n")
                last = r.upperBound
            }
        }
    }
}

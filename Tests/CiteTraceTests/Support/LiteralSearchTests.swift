import Testing
@testable import CiteTrace

@Suite struct LiteralSearchTests {
    /// The definition `find` must agree with: every start where the pattern's bytes follow.
    private func occurrences(_ pattern: [UInt8], in text: [UInt8]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        return (0...(text.count - pattern.count)).filter { Array(text[$0..<($0 + pattern.count)]) == pattern }
    }

    @Test("first and last occurrence equal the plain definition on random texts over a small alphabet")
    func againstDefinition() {
        var random = SeededRandom(seed: 7)
        let alphabet: [UInt8] = [0x61, 0x62, 0xE5, 0x8F, 0x91]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let pattern = (0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let all = occurrences(pattern, in: text)
            text.withUnsafeBufferPointer { buffer in
                pattern.withUnsafeBufferPointer { needle in
                    #expect(LiteralSearch.find(needle, in: buffer, backwards: false) == all.first)
                    #expect(LiteralSearch.find(needle, in: buffer, backwards: true) == all.last)
                }
            }
        }
    }

    @Test("ranges are whole scalars of the string, searched from either end, also in substrings")
    func ranges() {
        let text = "他在会上发表重要讲话。他强调，发表重要讲话要实。"
        let first = text.literalRange(of: "发表重要讲话")!
        let last = text.literalRange(of: "发表重要讲话", backwards: true)!
        #expect(text.distance(from: text.startIndex, to: first.lowerBound) == 4)
        #expect(text.distance(from: text.startIndex, to: last.lowerBound) == 15)
        #expect(String(text[last]) == "发表重要讲话")
        let tail = text[text.index(text.startIndex, offsetBy: 5)...]
        #expect(tail.literalRange(of: "发表重要讲话").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 15)
        #expect(text.literalRange(of: "") == nil)
        #expect(text.literalRange(of: "讲话。他强调，发表重要讲话要实。还有") == nil)
        #expect(!"".containsLiteral("讲"))
        #expect("讲".containsLiteral("讲"))
    }
}

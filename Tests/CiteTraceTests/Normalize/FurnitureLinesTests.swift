import Testing
@testable import CiteTrace

/// Page numbers and running headers are found by the first scalar that rules a line out,
/// and only lines with a digit are spelled out; the answers must be those of reading every
/// line whole, as written out here.
@Suite struct FurnitureLinesTests {
    /// Every scalar counted, then judged.
    static func referenceIsPageNumber(_ text: [Unicode.Scalar]) -> Bool {
        let digits = text.filter { ("0"..."9").contains($0) }.count
        let other = text.filter { s in
            !("0"..."9").contains(s) && !CharacterClass.isSpace(s) && !Emitter.isDash(s) && !["-", "/", "第", "页"].contains(s)
        }.count
        return other == 0 && (1...3).contains(digits)
    }

    /// Lines of page-number, header and prose material, some repeated.
    static func randomLines(_ random: inout SeededRandom) -> [String] {
        let pieces = ["1", "2", "12", "345", "6789", " ", "　", "—", "-", "/", "第", "页", "报", "安徽日报", "2020年8月22日", "，", "a", "\u{200B}"]
        var lines: [String] = []
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if !lines.isEmpty, Int.random(in: 0..<4, using: &random) == 0 {
                // A line seen again, sometimes spaced differently (a header is the same
                // header however the extraction spaced it).
                var again = Array(lines.randomElement(using: &random)!)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: again.removeAll { $0 == " " }
                case 1: again.insert(" ", at: Int.random(in: 0...again.count, using: &random))
                default: break
                }
                lines.append(String(again))
                continue
            }
            let long = Int.random(in: 0..<8, using: &random) == 0
            lines.append((0..<Int.random(in: 0...(long ? 30 : 6), using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        return lines
    }

    @Test("a page number is a line of one to three digits among spaces, dashes, slashes, 第 and 页")
    func pageNumbers() {
        let src = Array("- 12 -\n第3页\n3/40\n1234\n12 报\n——\n".unicodeScalars)
        let lines = LineScanner.lines(src).filter { !$0.isBlank }
        #expect(lines.map { LineJoiner.isPageNumber(src, $0.visible) } == [true, true, true, false, false, false])
        var random = SeededRandom(seed: 5)
        for _ in 0..<300 {
            let text = Array(Self.randomLines(&random).joined().unicodeScalars)
            #expect(LineJoiner.isPageNumber(text, 0..<text.count) == Self.referenceIsPageNumber(text), "\(String(String.UnicodeScalarView(text)))")
        }
    }

    @Test("furniture: page numbers and short lines with a digit seen three times or more, spaces aside")
    func furniture() {
        var random = SeededRandom(seed: 9)
        var found = 0
        for _ in 0..<200 {
            let src = Array(Self.randomLines(&random).joined(separator: "\n").unicodeScalars)
            let lines = LineScanner.lines(src)
            var expected = Set<Int>()
            var byText: [String: [Int]] = [:]
            for (i, line) in lines.enumerated() where !line.isBlank {
                let text = Array(src[line.visible])
                if Self.referenceIsPageNumber(text) { expected.insert(i); continue }
                guard text.count <= 40, text.contains(where: { ("0"..."9").contains($0) }) else { continue }
                byText[String(String.UnicodeScalarView(text.filter { !CharacterClass.isSpace($0) })), default: []].append(i)
            }
            for (_, at) in byText where at.count >= 3 { expected.formUnion(at) }
            #expect(LineJoiner.furnitureLines(lines, src) == expected)
            found += expected.count
        }
        #expect(found > 50, "the random lines hold furniture: \(found)")
    }
}

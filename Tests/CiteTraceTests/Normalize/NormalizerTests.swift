import Testing
@testable import CiteTrace

@Suite("Normalizer")
struct NormalizerTests {
    let normalizer = Normalizer()

    func norm(_ s: String) -> String { normalizer.normalize(s).string }

    @Test("the traditional-script speech in seed 000 reads as simplified, mapped to the traditional original")
    func traditionalSeed() throws {
        let a = Seeds.analysis("000")
        let n = a.normalized
        let target = "长三角一体化发展战略提出并实施五年来"
        let text = n.string
        let r = try #require(text.range(of: target))
        let lo = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound.samePosition(in: text.unicodeScalars)!)
        let original = n.originalRange(lo..<(lo + target.unicodeScalars.count))
        #expect(a.document.slice(original) == "長三角一體化發展戰略提出並實施五年來")
    }

    @Test("a text folded in runs on several cores is the text folded in one pass, origins and all")
    func runsJoinAsOnePass() {
        let extra = "Latin words\n\nand more words 開(kāi)放\n\n開(kāi)放\n\n——\n\n積\n\n積極。\n\n"
        for document in Seeds.corpus.documents.map(\.scalars.array) + [Array(extra.unicodeScalars)] {
            let whole = normalizer.normalize(document, scalarsPerRun: .max)
            for perRun in [1, 40, 3_000] {
                let joined = normalizer.normalize(document, scalarsPerRun: perRun)
                if perRun < 100 {
                    let plan = LineJoiner.plan(lines: LineScanner.lines(document), source: document)
                    #expect(Normalizer.runs(of: plan, scalarsPerRun: perRun).count > 1)
                }
                #expect(joined.string == whole.string)
                #expect(joined.originStart == whole.originStart)
                #expect(joined.originEnd == whole.originEnd)
            }
        }
    }

    @Test("full-width forms fold to ASCII and quote marks to two classes")
    func widthAndQuotes() {
        #expect(norm("，；：Ａ１（）") == ",;:A1()")
        #expect(norm("「甲『乙』丙」") == "“甲“乙”丙”")
        #expect(norm("等等……還有——") == "等等…还有—")
        #expect(norm("目录.....（12）") == "目录…(12)")
    }

    @Test("spaces next to hanzi go, spaces between Latin words stay")
    func spaces() {
        #expect(norm("2020 年 8 月 22 日") == "2020年8月22日")
        #expect(norm("长三角 G60 科创走廊") == "长三角G60科创走廊")
        #expect(norm("AI  chip design") == "AI chip design")
    }

    @Test("a sentence broken across a page break reads as one, and a doubled character is written once")
    func pageBreak() {
        let text = "第四,完善能源消费双控制度。能源消费总量和强度双控制度对节约能源资源、打好污染防治攻坚战发挥了积\n\n积极作用。但是,目前有十多个省份提出难以完成。"
        let n = normalizer.normalize(text)
        #expect(n.string == "第四,完善能源消费双控制度。能源消费总量和强度双控制度对节约能源资源、打好污染防治攻坚战发挥了积极作用。但是,目前有十多个省份提出难以完成。")
        // 积极 maps to the first 积 before the break and 极 after it; the doubled 积 is skipped.
        let scalars = Array(text.unicodeScalars)
        let i = n.scalars.firstIndex(of: "极")! - 1
        let r = n.originalRange(i..<(i + 2))
        #expect(scalars[r.lowerBound] == "积" && scalars[r.upperBound - 1] == "极")
        #expect(r.count == 5) // 积, the blank line, the doubled 积, 极
    }

    @Test("titles and bylines around blank lines stay separate paragraphs")
    func titlesStay() {
        let text = "新形势下促进区域协调发展的思路和举措\n\n习近平\n\n当前我国区域经济发展出现一些新情况新问题，要研究。"
        #expect(norm(text) == "新形势下促进区域协调发展的思路和举措\n习近平\n当前我国区域经济发展出现一些新情况新问题,要研究。")
    }

    @Test("a line wrap inside a sentence is removed")
    func lineWrap() {
        #expect(norm("习近平总书记强调，以科技创新推动产业创新。科技成果转化\n为现实生产力。") == "习近平总书记强调,以科技创新推动产业创新。科技成果转化为现实生产力。")
    }

    @Test("page numbers and repeated running headers are dropped")
    func furniture() {
        let text = "第一段文字很长，这里是正文的内容。\n\n- 12 -\n\n第二段文字。\n中心组学习 2025年第3期\n甲。\n中心组学习 2025年第3期\n乙。\n中心组学习 2025年第3期\n"
        let out = norm(text)
        #expect(!out.contains("12"))
        #expect(!out.contains("中心组学习"))
        #expect(out.contains("第二段文字。"))
    }

    @Test("an inline pinyin gloss after a hanzi is removed")
    func pinyin() {
        #expect(norm("開(kāi)發(fā)區") == "开发区")
        #expect(norm("公司（ABC）成立") == "公司(ABC)成立")
    }

    @Test("property: every normalized range maps back to the original range that produced it")
    func offsetMapProperty() {
        var rng = SeededRandom(seed: 42)
        let alphabet = Array("長三角一體化發展国家战略，。、；：“”「」『』 \n\n\n Ａ１abc……——（）積积學习".unicodeScalars)
        for _ in 0..<300 {
            let n = Int.random(in: 0...200, using: &rng)
            let scalars = (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            let text = String(String.UnicodeScalarView(scalars))
            let nt = normalizer.normalize(text)
            // Origins are strictly increasing and non-empty.
            for i in 0..<nt.count {
                #expect(nt.originStart[i] < nt.originEnd[i])
                if i > 0 { #expect(nt.originEnd[i - 1] <= nt.originStart[i]) }
            }
            guard nt.count > 0 else { continue }
            let a = Int.random(in: 0..<nt.count, using: &rng)
            let b = Int.random(in: (a + 1)...nt.count, using: &rng)
            let original = nt.originalRange(a..<b)
            #expect(original == Int(nt.originStart[a])..<Int(nt.originEnd[b - 1]))
            // The original span holds the normalized letters and digits, in order. Normalized
            // alone it may keep a few more: a character doubled across a page break is written
            // once only when both copies are in view.
            let alone = normalizer.normalize(String(String.UnicodeScalarView(scalars[original])))
            let back = ContentKey(alone, 0..<alone.count).keys
            let fwd = ContentKey(nt, a..<b).keys
            #expect(Self.isSubsequence(fwd, of: back), "\(text.debugDescription) \(a)..<\(b)")
        }
    }

    static func isSubsequence<T: Equatable>(_ small: [T], of big: [T]) -> Bool {
        var j = 0
        for x in big where j < small.count && x == small[j] { j += 1 }
        return j == small.count
    }

    @Test("the bundled table is exactly OpenCC's TSCharacters", .enabled(if: FileManagerCheck.exists("/usr/share/opencc/TSCharacters.ocd2") && FileManagerCheck.exists("/usr/bin/opencc_dict")))
    func tableMatchesOpenCC() throws {
        let out = try ProcessRunner.run("/usr/bin/opencc_dict", ["-i", "/usr/share/opencc/TSCharacters.ocd2", "-o", "/dev/stdout", "-f", "ocd2", "-t", "text"])
        let fresh = ScriptTable(dictionaryText: out)
        #expect(fresh.count == ScriptTable.openCC.count)
        for line in out.split(separator: "\n").prefix(5000) {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let k = parts[0].unicodeScalars.first, parts[0].unicodeScalars.count == 1 else { continue }
            #expect(ScriptTable.openCC.simplified(k) == fresh.simplified(k))
        }
    }
}

import Testing
@testable import CiteTrace

/// Leaders' quotes of the seeds labelled by reading: the speech each comes from, or nil
/// when its speech is not in the corpus. Checked by searching each passage in the three
/// speech texts (seed 000's two texts and its report; seed 003's report).
@Suite("Labelled sample of seed quotes")
struct LabelledSampleTests {
    static let labels: [(prefix: String, speech: String?)] = [
        // seed 000, article by 丁任重 and 李溪铭
        ("促进全体人民共同富裕是一项长期任务", nil),
        ("缩小城乡区域发展差距,不能仅仅", nil),
        ("我国社会主要矛盾是人民日益增长", nil),
        ("东中西部地区都有很好的发展机遇", nil),
        ("区域经济发展分化态势明显", "S2019-08-26"),
        ("发展动力极化现象日益突出", "S2019-08-26"),
        ("部分区域发展面临较大困难", "S2019-08-26"),
        ("经济社会发展,必须全力做好补齐短板", nil),
        ("不平衡是普遍的", "S2019-08-26"),
        ("城乡区域发展和收入分配差距仍然较大", nil),
        ("不能简单要求各地区在经济发展上达到同一水平", "S2019-08-26"),
        ("推动西部大开发形成新格局", nil),
        ("推动好一个庞大集合体的发展", nil),
        ("形成全国统一开放、竞争有序的商品和要素市场", "S2019-08-26"),
        ("行政区划并不必然就是", nil),
        ("建立更加有效的区域协调发展新机制", nil),
        ("要进一步形成西部地区大保护", nil),
        ("中部地区是我国重要粮食生产基地", nil),
        ("东北资源条件较好", nil),
        ("西部地区特别是民族地区", nil),
        ("实施长三角一体化发展战略要紧扣一体化和高质量两个关键词", "S2020-08-20"),
        ("坚定不移走生态优先、绿色发展的现代化道路", nil),
        ("要根据各地区的条件,走合理分工、优化发展的路子,落实主体功能区战略", "S2019-08-26"),
        ("区域协调发展的基本要求是实现基本公共服务均等化", "S2019-08-26"),
        // seed 000, the G60 and 王振 articles
        ("长三角区域要加快完善一体化发展体制机制", "S2023-11-30"),
        ("以科技创新推动产业创新。科技成果转化", nil),
        ("我国拥有数量众多的科技工作者", nil),
        ("深入推进长三角一体化发展,进一步提升创新能力", "S2023-11-30"),
        // seed 002
        ("统筹科技创新和产业升级", "S2023-11-30"),
        ("深入推进长三角一体化发展,必须坚持和加强党的全面领导", "S2023-11-30"),
        ("必须从体制机制上打破地区分割和行政壁垒", "S2023-11-30"),
        ("要使长三角真正成为区域发展共同体", "S2023-11-30"),
        ("推动长三角优势产能、优质装备", "S2023-11-30"),
        ("必须坚持稳中求进,一任接着一任干", "S2023-11-30"),
        ("三省一市和有关部门要按照党中央决策部署", "S2020-08-20"),
        ("大胆试、大胆闯、自主改", nil),
        ("要继续做好上海自由贸易试验区临港新片区建设工作", "S2020-08-20"),
        ("要发挥数字经济优势", "S2020-08-20"),
        ("以一体化的思路和举措打破行政壁垒,提高政策协同", "S2020-08-20"),
        ("加大科技攻关力度", "S2020-08-20"),
        ("创新主动权、发展主动权必须牢牢掌握在自己手中", "S2020-08-20"),
        ("要支持一批中小微科技企业创新发展", "S2020-08-20"),
        ("要进一步夯实创新的基础", nil),
        ("宁波舟山港在共建", nil),
        ("把长三角一体化发展放在国家区域发展总体战略全局中", "S2020-08-20"),
        ("长三角一体化发展不是一日之功", "S2020-08-20"),
        ("紧扣一体化和高质量两个关键词抓好重点工作,真抓实干", "S2020-08-20"),
        ("围绕重点领域和重点区域进行突破", "S2020-08-20"),
    ]

    @Test("precision and recall of quote → speech links on the labelled sample")
    func precisionRecall() {
        var truePositive = 0, falsePositive = 0, falseNegative = 0, missing: [String] = []
        for (prefix, speech) in Self.labels {
            let key = Normalizer().normalize(prefix).string
            guard let q = SeedCorpus.graph.quotes.first(where: { $0.quote.normalized.hasPrefix(key) && !$0.quote.trivial }) else {
                missing.append(prefix)
                if speech != nil { falseNegative += 1 }
                continue
            }
            switch (q.source?.speech, speech) {
            case let (got?, want?) where got == want: truePositive += 1
            case (nil, nil): break
            case (_?, _): falsePositive += 1
            case (nil, _?): falseNegative += 1
            }
        }
        #expect(missing.isEmpty, "not extracted: \(missing)")
        let precision = Double(truePositive) / Double(max(1, truePositive + falsePositive))
        let recall = Double(truePositive) / Double(max(1, truePositive + falseNegative))
        #expect(precision == 1.0)
        #expect(recall == 1.0)
        #expect(truePositive == Self.labels.filter { $0.speech != nil }.count)
    }
}

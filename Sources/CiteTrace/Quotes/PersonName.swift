/// Finds a person's name inside a phrase such as `国家发展改革委区域协调发展司副司长相伟`
/// or `中共中央总书记、国家主席、中央军委主席习近平`: the hanzi after the last office title.
enum PersonName {
    /// Office and role words that precede a name in Chinese news style.
    static let titles: [String] = [
        "总书记", "书记", "主席", "总理", "委员长", "副总理", "国务委员", "部长", "副部长", "司长", "副司长", "局长", "副局长",
        "厅长", "副厅长", "处长", "科长", "主任", "副主任", "院长", "副院长", "所长", "校长", "副校长", "董事长", "副董事长",
        "总经理", "副总经理", "经理", "总裁", "助理", "秘书长", "场长", "市长", "副市长", "省长", "副省长", "县长", "区长",
        "镇长", "村长", "队长", "队员", "组长", "社长", "总编辑", "编辑", "院士", "教授", "研究员", "专家", "工程师", "记者",
        "负责人", "经办人", "讲席教授", "主管", "代表", "委员", "会长", "理事长", "行长", "站长", "馆长", "老师", "医生",
    ]

    /// The name at the end of `phrase`, or nil when none can be told apart.
    static func trailingName(_ phrase: String) -> String? {
        var best: String.Index?
        for t in titles {
            if let r = phrase.literalRange(of: t, backwards: true), best == nil || r.upperBound > best! {
                best = r.upperBound
            }
        }
        guard let cut = best else { return nil }
        let tail = String(phrase[cut...])
        let n = tail.unicodeScalars.count
        guard n >= 2, n <= 4, tail.unicodeScalars.allSatisfy(CharacterClass.isHan) else { return nil }
        return tail
    }
}

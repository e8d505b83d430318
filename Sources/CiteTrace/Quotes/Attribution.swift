/// Who said something, and the occasion the text claims for it, read from the words
/// before or after a quote.
struct Attribution: Equatable {
    var speaker: String?
    var cue: String?
    var claimed: Claim?
    /// The speaker is one of the catalog's speakers (a leader), not an official or interviewee.
    var isLeader: Bool
}

/// Resolves subject phrases to speakers within one document.
struct SpeakerResolver {
    /// Names of leaders (the catalog's speakers).
    let leaders: [String]
    /// Leader title → name, as the document uses them (`习近平总书记` → 总书记: 习近平).
    let titleHolders: [String: String]

    init(leaders: [String], text: [Unicode.Scalar]) {
        self.leaders = leaders.sorted { $0.count > $1.count }
        var holders: [String: String] = [:]
        let counts = Self.titledMentions(of: leaders, in: text)
        for (t, title) in Cues.leaderTitles.enumerated() {
            var best: (String, Int)?
            for (n, name) in leaders.enumerated() where counts[t][n] > 0 && (best == nil || counts[t][n] > best!.1) {
                best = (name, counts[t][n])
            }
            if let b = best { holders[title] = b.0 }
        }
        // `总书记` alone refers to the only leader the document names with any title.
        if holders["总书记"] == nil, Set(holders.values).count == 1 { holders["总书记"] = holders.values.first }
        titleHolders = holders
    }

    /// The speaker a subject phrase names: a leader's name or title, a pronoun (resolved by
    /// `previous`), or an official's name after their office (`…副司长相伟`).
    func resolve(subject raw: String, previous: String?) -> (name: String, isLeader: Bool)? {
        let subject = Self.stripAdverbs(raw)
        guard !subject.isEmpty else { return nil }
        for name in leaders where subject.containsLiteral(name) { return (name, true) }
        for title in Cues.leaderTitles where subject.hasSuffix(title) || subject.hasSuffix(title + "的重要讲话") || subject.containsLiteral(title + "在") {
            if let holder = titleHolders[title] { return (holder, true) }
        }
        if Cues.pronouns.contains(where: { subject == $0 || subject.hasSuffix("," + $0) }), let p = previous {
            return (p, leaders.contains(p))
        }
        // An official: the part before an adverbial `在…时` is the subject.
        var core = subject
        if let r = core.literalRange(of: "在"), r.lowerBound != core.startIndex { core = String(core[..<r.lowerBound]) }
        if let name = PersonName.trailingName(core) { return (name, false) }
        let n = core.unicodeScalars.count
        if n >= 2, n <= 3, core.unicodeScalars.allSatisfy(CharacterClass.isHan), !Self.notNames.contains(core) { return (core, false) }
        return nil
    }

    /// How often each leader stands right before or after each title (`习近平总书记`,
    /// `国家主席习近平`), as `counts[title][leader]` in the order of `Cues.leaderTitles` and
    /// `leaders`: one pass over the text, looking around each title, instead of one pass
    /// per title, name and order.
    static func titledMentions(of leaders: [String], in text: [Unicode.Scalar]) -> [[Int]] {
        let titles = Cues.leaderTitles.map { Array($0.unicodeScalars) }
        let names = leaders.map { Array($0.unicodeScalars) }
        func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
            i >= 0 && i + word.count <= text.count && word.indices.allSatisfy { text[i + $0] == word[$0] }
        }
        var counts = [[Int]](repeating: [Int](repeating: 0, count: leaders.count), count: titles.count)
        for i in text.indices where Cues.titleFirstScalars.contains(text[i]) {
            for (t, title) in titles.enumerated() where matches(title, at: i) {
                for (n, name) in names.enumerated() {
                    let before = matches(name, at: i - name.count) ? 1 : 0
                    let after = matches(name, at: i + title.count) ? 1 : 0
                    counts[t][n] += before + after
                }
            }
        }
        return counts
    }

    /// Short subjects that are not people.
    static let notNames: Set<String> = ["报告", "规划", "纲要", "会议", "文件", "意见", "通知", "决定", "他们", "我们", "大家", "有人", "专家", "记者", "文章", "研究", "数据", "有关", "这"]

    /// `s` without the adverbs it ends in (`总书记也曾` → `总书记`), never emptied.
    ///
    /// Compared scalar for scalar: the subject comes from normalized text and the adverbs
    /// are plain hanzi, so that is what a match means, and `String.hasSuffix` would walk
    /// the subject's characters again for each of the adverbs on every pass.
    static func stripAdverbs(_ s: String) -> String {
        var t = Array(s.unicodeScalars)
        var changed = true
        while changed {
            changed = false
            for a in adverbScalars where t.count > a.count && t.suffix(a.count).elementsEqual(a) {
                t.removeLast(a.count)
                changed = true
            }
        }
        return t.count == s.unicodeScalars.count ? s : String(scalars: t)
    }

    private static let adverbScalars = Cues.adverbs.map { Array($0.unicodeScalars) }
}

import Foundation

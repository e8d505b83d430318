/// What a paragraph looks like, judged from its own characters.
enum ParagraphShape {
    // Switches, not sets: `isBody` runs over every paragraph, and hashing each scalar into
    // a set showed in the segmenter's profile.
    private static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "!", "?", ";", "…": true
        default: false
        }
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", "。", ";", "!", "?", ":", "、": true
        default: false
        }
    }

    /// Running prose: a long paragraph with punctuation, or a complete sentence.
    static func isBody(_ p: Paragraph) -> Bool {
        if p.isHeading || p.count < 8 || isCoverLine(p) { return false }
        let s = p.scalars
        if p.count >= 40 && s.contains(where: isPunctuation) { return true }
        let last = s[s.count - 1]
        if isSentenceEnd(last) { return true }
        if (last == "”" || last == "’"), isSentenceEnd(s[s.count - 2]) { return true }
        return p.count >= 15 && s.dropLast().contains("。")
    }

    /// A subtitle line (`——长三角G60科创走廊的实践探索`).
    static func isSubtitle(_ p: Paragraph) -> Bool {
        p.scalars.first == "—" || p.scalars.first == "-"
    }

    /// Cover and table-of-contents furniture: dates, issue numbers, TOC entries, rules.
    static func isCoverLine(_ p: Paragraph) -> Bool {
        if p.count <= 2 { return true }
        if p.count > 80 { return false }
        let t = p.text
        if t.allSatisfy({ $0 == "-" || $0 == "—" || $0 == "*" || $0 == "_" || $0 == " " }) { return true }
        if t.containsLiteral("…(") || (t.hasSuffix(")") && t.containsLiteral("…")) { return true }
        if let d = ChineseDateScanner.first(in: t), d.text.count >= p.count - 2 { return true }
        if t.hasPrefix("第"), t.hasSuffix("期"), p.count <= 8 { return true }
        if t.hasPrefix("("), t.hasSuffix(")"), t.containsLiteral("期") { return true }
        return false
    }

    /// `编者按`, `【编者按】`, `编者按:…`.
    static func isEditorsNoteLabel(_ p: Paragraph) -> Bool {
        if p.count > 12 { return false }
        let t = p.text.trimmingCharacters(in: ["[", "]", "【", "】", " "])
        return t == "编者按" || t == "编者的话" || t == "按语" || (t.hasPrefix("编者按") && p.count <= 6)
    }

    /// A generic section label rather than a title (`导读`, `【会议概况】`).
    static func isLabel(_ p: Paragraph) -> Bool {
        if p.count > 12 { return false }
        let t = p.text.trimmingCharacters(in: ["[", "]", "【", "】", " ", ":"])
        return t.unicodeScalars.count <= 3 || (p.text.hasPrefix("【") && p.text.hasSuffix("】"))
    }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// A paragraph, or the bracketed tail of one, that closes an article: a source line
/// (`（来源：《光明日报》2024年5月30日）`), an author note (`（作者单位：…）`, `（执笔：…）`),
/// a speech footnote (`※这是…讲话的一部分。`), a news dateline (`新华社北京11月30日电`),
/// a reprint note (`（本版稿件转载自6月4日《安徽日报》）`) or page credits (`本版责编：…`).
struct EndMarker {
    enum Kind {
        case source, footnote, dateline, credits
    }

    var kind: Kind
    /// The marker's original text.
    var original: String
    /// Normalized text of the marker.
    var text: String

    /// Lines of editors' credits start with these.
    private static let creditPrefixes = ["本版责编", "责任编辑", "版式设计", "本版编辑"].map { Array($0.unicodeScalars) }

    /// Words that make a bracketed note an end marker.
    static let noteWords = ["来源", "作者", "执笔", "整理", "转载", "记者", "摘自", "原载", "编辑", "责编"]

    /// The end marker a paragraph is or ends with, if any.
    static func find(_ p: Paragraph) -> EndMarker? {
        if p.isHeading { return nil }
        // Every paragraph is asked, so the words are looked for in its scalars: its text is
        // made only for a marker.
        if p.scalars.starts(with: "※".unicodeScalars) { return EndMarker(kind: .footnote, original: p.original, text: p.text) }
        if creditPrefixes.contains(where: { p.scalars.starts(with: $0) }) {
            return EndMarker(kind: .credits, original: p.original, text: p.text)
        }
        if let tail = bracketedTail(p.scalars), noteWords.contains(where: { tail.containsLiteral($0) }) {
            let isWhole = tail.unicodeScalars.count + 2 >= p.count
            return EndMarker(kind: isWhole || !tail.containsLiteral("作者") ? .source : .source, original: p.original, text: tail)
        }
        if isDateline(p) { return EndMarker(kind: .dateline, original: p.original, text: p.text) }
        return nil
    }

    /// The content of a final `(…)`, `〔…〕` or `[…]` group.
    static func bracketedTail<S: RandomAccessCollection<Unicode.Scalar>>(_ s: S) -> String? where S.Index == Int {
        precondition(s.startIndex == 0, "indexed from 0")
        guard let last = s.last else { return nil }
        let open: Unicode.Scalar
        switch last {
        case ")": open = "("
        case "〕": open = "〔"
        case "]": open = "["
        case "】": open = "【"
        default: return nil
        }
        var depth = 0
        var i = s.count - 1
        while i >= 0 {
            if s[i] == last { depth += 1 }
            if s[i] == open {
                depth -= 1
                if depth == 0 { break }
            }
            i -= 1
        }
        guard i >= 0 else { return nil }
        return String(scalars: s[(i + 1)..<(s.count - 1)])
    }

    /// `新华社北京11月30日电`, `新华社合肥2020年8月22日电(记者 …)`, `本报上海5月3日电`.
    static func isDateline(_ p: Paragraph) -> Bool {
        guard p.count <= 80, let dian = p.text.literalRange(of: "日电") else { return false }
        let head = String(p.text[..<dian.upperBound])
        guard head.unicodeScalars.count <= 30, ChineseDateScanner.first(in: head) != nil else { return false }
        return !head.contains(",") && !head.contains("。")
    }

    /// The publication named by the marker: `《光明日报》`, `新华社`.
    var publication: String? {
        if let open = text.firstIndex(ofCharacter: "《"), let close = text.firstIndex(ofCharacter: "》", from: open) {
            return String(text[text.index(after: open)..<close])
        }
        if kind == .dateline || text.containsLiteral("新华社") {
            for agency in ["新华社", "中新社", "人民网", "本报"] where text.contains(agency) { return agency }
        }
        if let r = text.literalRange(of: "来源:") {
            let rest = text[r.upperBound...].prefix { !$0.isNumber && $0 != "," && $0 != ";" && $0 != ")" }
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }

    /// The first date the marker gives (after `来源` when there is one).
    var date: ChineseDate? {
        if let r = text.literalRange(of: "来源") {
            if let d = ChineseDateScanner.first(in: String(text[r.upperBound...])) { return d }
        }
        return ChineseDateScanner.scan(text).first { $0.month != nil }
    }

    var authors: [String] { Byline.namesInNote(original) }
}

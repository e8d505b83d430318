import Foundation

/// Reads author lines: `丁任重 李溪铭`, `王 振`, `新华社记者`,
/// `浙江大学长三角一体化发展研究中心课题组`, `本期主讲人：…原部长 侯永志`.
enum Byline {
    /// Words that end an institutional author line.
    static let institutionalSuffixes = ["课题组", "研究基地", "研究中心", "编辑部", "评论员", "记者", "写作组", "调研组", "理论组", "研究院"]
    /// Role prefixes before a colon whose name is the last word of the line.
    static let rolePrefixes = ["本期主讲人", "主讲人", "讲述人", "作者", "撰稿", "文", "口述"]

    /// The names on an author line, or nil when the paragraph is not one.
    static func names(_ p: Paragraph) -> [String]? {
        if p.isHeading || p.count == 0 || p.count > 60 { return nil }
        // Most short paragraphs are neither: the cheap tests come first, on bytes and
        // scalars, and only a line that may be a byline is trimmed and split.
        let untrimmed = p.original // sliced from the document on each use
        if untrimmed.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) || untrimmed.containsLiteral("：") {
            let original = untrimmed.trimmingCharacters(in: .whitespacesAndNewlines)
            // A role holds no colon, so a line that starts with one and a colon has its first
            // colon right after it.
            if let colon = original.firstIndex(where: { $0 == ":" || $0 == "：" || $0 == "/" }),
               rolePrefixes.contains(String(original[..<colon])) {
                let rest = original[original.index(after: colon)...]
                let words = rest.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
                if let last = words.last, isName(String(last)) { return [String(last)] }
                return [String(rest).trimmingCharacters(in: .whitespaces)]
            }
        }
        if p.scalars.contains(where: { !CharacterClass.isHan($0) && $0 != "·" }) {
            // Names are hanzi only; an institutional line may hold no punctuation either.
            return nil
        }
        if p.count <= 40, institutionalSuffixes.contains(where: { endsWith(p.text, $0) }) {
            return [p.text]
        }
        var words = Self.words(trimmed(untrimmed))
        // `本报记者 王小明`: the role is not a name.
        if words.count > 1 { words.removeAll { w in roleWords.contains { w.hasSuffix($0) } } }
        guard !words.isEmpty, words.count <= 8 else { return nil }
        if words.allSatisfy({ $0.unicodeScalars.count == 1 }) {
            let joined = words.joined()
            return isName(joined) ? [joined] : nil
        }
        return words.allSatisfy(isName) ? words : nil
    }

    /// Reporting roles written before a name on a byline.
    private static let roleWords = ["记者", "通讯员", "实习生", "特约撰稿人"]
    private static let whitespace = CharacterSet.whitespacesAndNewlines

    /// `line.trimmingCharacters(in: .whitespacesAndNewlines)`, which trims scalars, without
    /// Foundation's copy of a line that has nothing to trim.
    static func trimmed(_ line: String) -> String {
        var scalars = Substring(line).unicodeScalars
        while let first = scalars.first, whitespace.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, whitespace.contains(last) { scalars.removeLast() }
        return scalars.startIndex == line.startIndex && scalars.endIndex == line.endIndex ? line : String(scalars)
    }

    /// The words of a byline: split at characters that are a space, an ideographic space, a
    /// tab or `、` (none of which has another canonical form, so such a character is that
    /// one scalar). A line of nothing but hanzi, middle dots and separators (a byline) is
    /// split by scalars, which there are its characters: none of them joins a neighbour.
    static func words(_ line: String) -> [String] {
        func isSeparator(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" || s == "\t" || s == "、" }
        guard line.unicodeScalars.allSatisfy({ CharacterClass.isHan($0) || $0 == "·" || isSeparator($0) }) else {
            return line.split(whereSeparator: { $0.unicodeScalars.count == 1 && isSeparator($0.unicodeScalars.first!) }).map(String.init)
        }
        return line.unicodeScalars.split(whereSeparator: isSeparator).map { String($0) }
    }

    /// `text.hasSuffix(suffix)` for a text of hanzi and middle dots, compared by
    /// bytes: `hasSuffix` compares characters under canonical equivalence, several times
    /// slower, and among such scalars only the compatibility ideographs have another
    /// canonical form, so only a text holding one is compared as `hasSuffix` does.
    static func endsWith(_ text: String, _ suffix: String) -> Bool {
        if text.utf8.reversed().starts(with: suffix.utf8.reversed()) { return true }
        let decomposable = text.unicodeScalars.contains { (0xF900...0xFAFF).contains($0.value) || (0x2F800...0x2FA1F).contains($0.value) }
        return decomposable && text.hasSuffix(suffix)
    }

    /// Two to four hanzi (a middle dot allowed for transliterated names).
    static func isName(_ w: String) -> Bool {
        var count = 0
        for s in w.unicodeScalars where s != "·" {
            guard CharacterClass.isHan(s), count < 4 else { return false }
            count += 1
        }
        return count >= 2
    }

    /// Names in a trailing note: `执笔：郝宜金 房金环 陈颖`, `人民网记者栗翘楚整理`,
    /// `王星、刘森君整理`, `（记者 齐中熙 何欣荣）`.
    static func namesInNote(_ original: String) -> [String] {
        var result: [String] = []
        let text = String(scalars: original.unicodeScalars.map { s -> Unicode.Scalar in
            switch s {
            case "：": ":"
            case "（": "("
            case "）": ")"
            default: s
            }
        })
        func words(_ s: Substring) -> [String] {
            s.split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "\u{3000}" || $0 == "," || $0 == "，" }).map(String.init).filter(isName)
        }
        if let r = text.literalRange(of: "执笔:") {
            let rest = text[r.upperBound...].prefix { $0 != ")" && $0 != "," && $0 != "，" && $0 != ";" && $0 != "；" && $0 != "〕" }
            result += words(rest)
        }
        if let r = text.literalRange(of: "整理") {
            var head = text[..<r.lowerBound]
            if let open = head.lastIndex(where: { $0 == "(" || $0 == "〔" }) { head = head[head.index(after: open)...] }
            if let k = head.literalRange(of: "记者", backwards: true) { head = head[k.upperBound...] }
            result += words(head)
        }
        if let r = text.literalRange(of: "(记者") {
            let rest = text[r.upperBound...].prefix { $0 != ")" }
            result += words(rest)
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}


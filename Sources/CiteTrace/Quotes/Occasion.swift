/// Reads the occasion of a speech from the words around it: `在上海召开的深入推进…座谈会上`,
/// `在合肥主持召开扎实推进…座谈会并发表重要讲话`, `在中央财经委员会第五次会议上讲话`,
/// `在党的二十大报告中指出`.
public struct Occasion: Sendable, Equatable {
    public var place: String?
    public var event: String?

    /// Words an event name ends with.
    static let eventEndings = ["座谈会", "工作会议", "全体会议", "会议", "大会", "研讨会", "论坛", "峰会", "报告会", "典礼", "仪式", "开幕式", "报告", "讲话", "批示", "贺信", "指示", "演讲", "集体学习", "考察", "调研", "视察"]
    /// `eventEndings` as scalars, compared in place at each position of a text.
    private static let endingScalars = eventEndings.map { Array($0.unicodeScalars) }

    /// Finds place and event in normalized text. Pure; never throws.
    public static func parse(_ text: String) -> Occasion {
        var result = Occasion(place: nil, event: nil)
        let s = Array(text.unicodeScalars)
        // 在<place>主持召开<event>  /  在<place>召开的<event>上
        if let r = text.literalRange(of: "主持召开") {
            let before = String(text[..<r.lowerBound])
            result.place = placeBefore(before)
            result.event = eventPrefix(String(text[r.upperBound...]))
        }
        if result.event == nil, let r = text.literalRange(of: "召开的") {
            result.place = placeBefore(String(text[..<r.lowerBound]))
            result.event = eventPrefix(String(text[r.upperBound...]))
        }
        if result.event == nil {
            // 在<event>上 / 在<event>中 / 在<event>时
            var i = s.count - 1
            while i >= 0 {
                if s[i] == "在" {
                    let rest = String(scalars: s[(i + 1)...])
                    if let e = eventPrefix(rest, requireMarker: true) {
                        result.event = e
                        break
                    }
                }
                i -= 1
            }
        }
        return result
    }

    /// An event named at the start of a sentence: `中央城市工作会议20日至21日在北京举行`.
    static func opening(_ sentence: String) -> Occasion {
        guard let event = eventPrefix(sentence.replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: ""), requireMarker: false, allowDigits: true) else {
            return Occasion(place: nil, event: nil)
        }
        var place: String?
        if let r = sentence.literalRange(of: "在"), let end = ["举行", "召开", "开幕"].lazy.compactMap({ sentence[r.upperBound...].literalRange(of: $0) }).first {
            let p = String(sentence[r.upperBound..<end.lowerBound])
            if (2...6).contains(p.unicodeScalars.count), p.unicodeScalars.allSatisfy(CharacterClass.isHan) { place = p }
        }
        return Occasion(place: place, event: event)
    }

    /// `a` with its missing parts taken from `b`.
    static func merge(_ a: Occasion, _ b: Occasion) -> Occasion {
        Occasion(place: a.place ?? b.place, event: (a.event == nil || a.event == "会议") ? (b.event ?? a.event) : a.event)
    }

    /// The last 2–4 hanzi before `召开`/`主持召开` after `在` (`在合肥` → 合肥, `在安徽合肥` → 安徽合肥).
    static func placeBefore(_ before: String) -> String? {
        guard let r = before.literalRange(of: "在", backwards: true) else { return nil }
        var tail = String(before[r.upperBound...])
        for drop in ["上午", "下午", "晚上"] where tail.hasPrefix(drop) { tail.removeFirst(drop.count) }
        let count = tail.unicodeScalars.count
        guard count >= 2, count <= 6, tail.unicodeScalars.allSatisfy(CharacterClass.isHan) else { return nil }
        return tail
    }

    /// An event name at the start of `text`: the shortest prefix ending in an event word,
    /// followed by `上`/`中`/`时`/`并`/`,` or the end (with `requireMarker`, one of `上中时期间`).
    static func eventPrefix(_ text: String, requireMarker: Bool = false, allowDigits: Bool = false) -> String? {
        let s = Array(text.unicodeScalars.prefix(48))
        var best: Int?
        for e in endingScalars {
            var i = 1
            while i + e.count <= s.count {
                if s[i..<(i + e.count)].elementsEqual(e) {
                    let end = i + e.count
                    let next: Unicode.Scalar? = end < s.count ? s[end] : nil
                    let markerOK: Bool
                    if requireMarker {
                        markerOK = next == "上" || next == "中" || next == "时" || next == "期" || next == "的"
                    } else {
                        markerOK = next == nil || next == "上" || next == "中" || next == "时" || next == "并" || next == "," || next == "。" || next == "的"
                            || (allowDigits && (next.map { (0x30...0x39).contains($0.value) } ?? false))
                    }
                    if markerOK, s[0..<end].allSatisfy({ CharacterClass.isHan($0) || CharacterClass.isASCIIAlnum($0) || $0 == "“" || $0 == "”" || $0 == "《" || $0 == "》" || $0 == "·" }) {
                        if best == nil || end < best! { best = end }
                        break
                    }
                }
                i += 1
            }
        }
        guard let end = best, end >= 3 else { return nil }
        return String(scalars: s[0..<end])
    }
}

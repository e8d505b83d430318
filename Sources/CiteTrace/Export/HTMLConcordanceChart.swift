/// The inline-SVG bar chart of a concordance page: quotes citing the speech per month of
/// their article's date, every month from the first to the last shown (empty months are
/// gaps). Each bar has a `<title>` with its month and count and its count written above
/// it, so the chart reads without colour. Undated citations are left out (the page says
/// how many).
enum HTMLConcordanceChart {
    /// Quotes per `YYYY-MM`, each quote counted once even when it cites several sentences.
    static func months(_ c: SpeechConcordance) -> [(month: String, count: Int)] {
        var seen = Set<String>()
        var counts: [String: Int] = [:]
        for sentence in c.sentences {
            for cite in sentence.citations where seen.insert(cite.quote).inserted {
                guard let d = cite.date, d.count >= 7, HTMLTimeline.day(String(d.prefix(7))) != nil else { continue }
                counts[String(d.prefix(7)), default: 0] += 1
            }
        }
        guard let first = counts.keys.min(), let last = counts.keys.max(),
              var y = Int(first.prefix(4)), var m = Int(first.suffix(2)) else { return [] }
        var out: [(String, Int)] = []
        while true {
            let key = "\(y)-\(HTMLTimeline.pad2(m))"
            out.append((key, counts[key] ?? 0))
            if key >= last || out.count > 1200 { break }
            m += 1
            if m == 13 { m = 1; y += 1 }
        }
        return out
    }

    /// The chart, or nil when no citation is dated.
    static func svg(concordance c: SpeechConcordance) -> String? {
        let data = months(c)
        guard !data.isEmpty, let top = data.map(\.count).max(), top > 0 else { return nil }
        let width = 960.0, height = 180.0, left = 36.0, right = 12.0, base = 140.0, plot = 110.0
        let slot = (width - left - right) / Double(data.count)
        let bar = max(2, min(40, slot * 0.7))
        let every = max(1, Int((56.0 / slot).rounded(.up)))
        let caption = "《\(c.title)》每月被引用次数（按引用文章的发表月份）"
        var s = "<figure class=\"months\"><svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-label=\"\(HTML.attr(caption))\">\n"
        s += "<line class=\"base\" x1=\"\(HTMLTimeline.fmt(left))\" x2=\"\(HTMLTimeline.fmt(width - right))\" y1=\"\(HTMLTimeline.fmt(base))\" y2=\"\(HTMLTimeline.fmt(base))\"/>\n"
        for (i, d) in data.enumerated() {
            let x = left + slot * Double(i) + (slot - bar) / 2
            let h = plot * Double(d.count) / Double(top)
            if d.count > 0 {
                s += "<g class=\"bar\"><title>\(HTML.text(d.month))：\(d.count) 处引文</title>"
                s += "<rect x=\"\(HTMLTimeline.fmt(x))\" y=\"\(HTMLTimeline.fmt(base - h))\" width=\"\(HTMLTimeline.fmt(bar))\" height=\"\(HTMLTimeline.fmt(h))\"/>"
                s += "<text x=\"\(HTMLTimeline.fmt(x + bar / 2))\" y=\"\(HTMLTimeline.fmt(base - h - 4))\" text-anchor=\"middle\">\(d.count)</text></g>\n"
            }
            if i % every == 0 {
                s += "<text class=\"tick\" x=\"\(HTMLTimeline.fmt(x + bar / 2))\" y=\"\(HTMLTimeline.fmt(base + 16))\" text-anchor=\"middle\">\(HTML.text(d.month))</text>\n"
            }
        }
        s += "</svg><figcaption>\(HTML.text(caption))</figcaption></figure>\n"
        return s
    }
}

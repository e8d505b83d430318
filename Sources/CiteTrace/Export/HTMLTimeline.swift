/// Inline SVG timelines: x is the date, one row per speech (timeline page) or per
/// citing article (speech page). Dates are ISO `YYYY-MM-DD`, `YYYY-MM` (drawn at the
/// 15th) or `YYYY` (drawn at 1 July); anything else counts as undated and is listed
/// by the caller under the chart.
enum HTMLTimeline {
    /// A dot: one citing article.
    struct Mark {
        var day: Int
        /// Drawn beside the dot when non-nil (speech page).
        var label: String?
        var tooltip: String
        var href: String
        /// Extra CSS class, e.g. `v-variant` for the dot's fill.
        var cssClass: String
    }

    /// A row: a left-column label (timeline page) or none (speech page), its dots,
    /// and optionally a diamond for the speech's own date.
    struct Row {
        var label: String?
        var labelHref: String?
        var anchor: Int?
        var marks: [Mark]
    }

    /// Days since 1970-01-01 for an ISO date (`2020`, `2020-08`, `2020-08-20`; a missing
    /// month counts as July and a missing day as the 15th or the 1st), or nil when it is
    /// not one: one to three groups of ASCII digits joined by `-`, the first of four.
    /// Read byte by byte, without making substrings: pages ask for every quote's article.
    static func day(_ iso: String?) -> Int? {
        guard let iso else { return nil }
        // Each group's value, or nil when it overflows an Int (then no month or day fits);
        // in three variables, not an array: an allocation was most of the cost.
        var year: Int?, month: Int?, dayOfMonth: Int?
        var groups = 0, value: Int? = 0, digits = 0
        func close() {
            switch groups {
            case 0: year = value
            case 1: month = value
            default: dayOfMonth = value
            }
            groups += 1
        }
        for byte in iso.utf8 {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, groups < 2, groups > 0 || digits == 4 else { return nil }
                close()
                value = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                value = value.flatMap { v in
                    let (times, o1) = v.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                    return o1 || o2 ? nil : sum
                }
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0, groups > 0 || digits == 4 else { return nil }
        close()
        guard let y = year else { return nil }
        let m = groups > 1 ? month ?? 0 : 7
        let d = groups > 2 ? dayOfMonth ?? 0 : (groups > 1 ? 15 : 1)
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        return daysFromCivil(y, m, d)
    }

    /// Howard Hinnant's `days_from_civil`.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// (year, month, day) for a day number: the inverse of `daysFromCivil`.
    static func civil(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static let width = 960

    /// The chart, or nil when there is nothing dated to draw.
    /// `reference` draws a labelled vertical line across all rows (the speech date on a speech page).
    static func svg(rows: [Row], labelWidth: Int, caption: String, reference: (day: Int, label: String)? = nil) -> String? {
        let dated = rows.flatMap { $0.marks.map(\.day) + ($0.anchor.map { [$0] } ?? []) }
        guard !dated.isEmpty else { return nil }
        let days = dated + (reference.map { [$0.day] } ?? [])
        guard var lo = days.min(), var hi = days.max() else { return nil }
        if hi - lo < 30 { lo -= 15; hi += 15 }
        let pad = max(2, (hi - lo) / 20)
        lo -= pad; hi += pad
        let x0 = Double(labelWidth + 12), x1 = Double(width - 16)
        func x(_ day: Int) -> Double { x0 + (x1 - x0) * Double(day - lo) / Double(hi - lo) }

        // Dots on nearly the same x in one row go to separate lanes.
        let laneGap = 9.0
        var layouts: [(row: Row, lanes: [Int], laneCount: Int)] = []
        for row in rows {
            var lanes: [Int] = []
            var laneEnds: [Double] = []
            for m in row.marks {
                let px = x(m.day)
                let lane: Int
                if let free = laneEnds.firstIndex(where: { $0 + 11 <= px }) {
                    lane = free
                } else if laneEnds.count < 5 {
                    lane = laneEnds.count
                    laneEnds.append(px)
                } else {
                    lane = laneEnds.indices.min { laneEnds[$0] < laneEnds[$1] }!
                }
                laneEnds[lane] = px
                lanes.append(lane)
            }
            layouts.append((row, lanes, max(1, laneEnds.count)))
        }
        let inlineLabels = rows.contains { $0.marks.contains { $0.label != nil } }
        let rowHeights = layouts.map { inlineLabels ? 24.0 : max(28.0, Double($0.laneCount) * laneGap + 14) }
        let top = reference == nil ? 10.0 : 26.0
        let plotHeight = rowHeights.reduce(0, +)
        let height = Int(top + plotHeight + 34)

        var s = "<figure class=\"timeline\"><svg class=\"tl\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" aria-label=\"\(HTML.attr(caption))\" preserveAspectRatio=\"xMinYMin meet\">\n"
        // Axis and grid.
        let axisY = top + plotHeight + 6
        s += "<g class=\"axis\">"
        for (tick, label) in ticks(lo, hi) {
            let px = fmt(x(tick))
            s += "<line class=\"grid\" x1=\"\(px)\" x2=\"\(px)\" y1=\"\(fmt(top))\" y2=\"\(fmt(axisY))\"/>"
            s += "<text x=\"\(px)\" y=\"\(fmt(axisY + 16))\" text-anchor=\"middle\">\(HTML.text(label))</text>"
        }
        s += "<line class=\"base\" x1=\"\(fmt(x0))\" x2=\"\(fmt(x1))\" y1=\"\(fmt(axisY))\" y2=\"\(fmt(axisY))\"/></g>\n"

        if let r = reference {
            let px = x(r.day)
            let right = px < x0 + (x1 - x0) * 0.62
            s += "<g class=\"reference\"><line x1=\"\(fmt(px))\" x2=\"\(fmt(px))\" y1=\"\(fmt(top - 6))\" y2=\"\(fmt(axisY))\"/>"
            s += "<text x=\"\(fmt(right ? px + 6 : px - 6))\" y=\"14\" text-anchor=\"\(right ? "start" : "end")\">\(HTML.text(r.label))</text></g>\n"
        }
        var y = top
        for (i, layout) in layouts.enumerated() {
            let h = rowHeights[i]
            let mid = y + h / 2
            let row = layout.row
            if i % 2 == 1 {
                s += "<rect class=\"band\" x=\"0\" y=\"\(fmt(y))\" width=\"\(width)\" height=\"\(fmt(h))\"/>"
            }
            if let label = row.label {
                let text = "<text class=\"row-label\" x=\"\(labelWidth)\" y=\"\(fmt(mid + 4))\" text-anchor=\"end\">\(HTML.text(label))</text>"
                s += row.labelHref.map { "<a href=\"\($0)\">\(text)</a>" } ?? text
            }
            if let a = row.anchor {
                let px = x(a)
                s += "<line class=\"anchor-line\" x1=\"\(fmt(px))\" x2=\"\(fmt(px))\" y1=\"\(fmt(y + 2))\" y2=\"\(fmt(y + h - 2))\"/>"
                s += "<path class=\"anchor\" d=\"M\(fmt(px)) \(fmt(mid - 6))l6 6-6 6-6-6z\"><title>讲话日期</title></path>"
            }
            for (j, m) in row.marks.enumerated() {
                let px = x(m.day)
                let laneOffset = (Double(layout.lanes[j]) - Double(layout.laneCount - 1) / 2) * laneGap
                let cy = mid + laneOffset
                s += "<a href=\"\(m.href)\"><circle class=\"dot \(m.cssClass)\" cx=\"\(fmt(px))\" cy=\"\(fmt(cy))\" r=\"5\"><title>\(HTML.text(m.tooltip))</title></circle>"
                if let label = m.label {
                    let right = px < x0 + (x1 - x0) * 0.62
                    s += "<text class=\"dot-label\" x=\"\(fmt(right ? px + 9 : px - 9))\" y=\"\(fmt(cy + 4))\" text-anchor=\"\(right ? "start" : "end")\">\(HTML.text(label))</text>"
                }
                s += "</a>"
            }
            s += "\n"
            y += h
        }
        s += "</svg><figcaption>\(HTML.text(caption))</figcaption></figure>\n"
        return s
    }

    /// Axis ticks for a day range: days, months or years, at most about 8.
    static func ticks(_ lo: Int, _ hi: Int) -> [(Int, String)] {
        let span = hi - lo
        if span <= 70 {
            let step = [1, 2, 5, 7, 14].first { span / $0 <= 8 } ?? 14
            return stride(from: lo + 1, through: hi, by: 1).filter { ($0 - lo - 1) % step == 0 }.map { d in
                let (y, m, dd) = civil(d)
                return (d, "\(y)-\(pad2(m))-\(pad2(dd))")
            }
        }
        let months = span / 30
        let step = [1, 2, 3, 6, 12, 24, 60, 120, 240].first { months / $0 <= 8 } ?? 240
        var (y, m, _) = civil(lo)
        var out: [(Int, String)] = []
        // First month start after lo, aligned to the step.
        m += 1
        if m > 12 { m = 1; y += 1 }
        while true {
            let index = y * 12 + (m - 1)
            if index % step == 0 {
                let d = daysFromCivil(y, m, 1)
                if d > hi { break }
                out.append((d, step >= 12 ? "\(y)" : "\(y)-\(pad2(m))"))
            } else if daysFromCivil(y, m, 1) > hi { break }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// One decimal, no locale.
    static func fmt(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let a = abs(tenths)
        return a % 10 == 0 ? "\(sign)\(a / 10)" : "\(sign)\(a / 10).\(a % 10)"
    }
}

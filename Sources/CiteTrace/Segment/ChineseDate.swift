/// A calendar date as Chinese text gives it: any of year, month, day may be missing.
public struct ChineseDate: Sendable, Equatable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// The matched text.
    public var text: String
    /// Normalized-scalar range of the match inside the searched text.
    public var range: Range<Int>

    /// `YYYY-MM-DD` or `YYYY-MM` when the year is known, else nil.
    public var iso: String? {
        guard let y = year else { return nil }
        guard let m = month else { return nil }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        guard let d = day else { return "\(y)-\(mm)" }
        return "\(y)-\(mm)-" + (d < 10 ? "0\(d)" : "\(d)")
    }

    /// This date with the year taken from `anchor` when it has none: the anchor's year,
    /// or the year before when the month lies after the anchor's month (a story of
    /// `12月30日` printed in a January issue).
    public func inferringYear(from anchor: ChineseDate?) -> ChineseDate {
        guard year == nil, let a = anchor, let ay = a.year, month != nil else { return self }
        var copy = self
        if let am = a.month, let m = month, m > am { copy.year = ay - 1 } else { copy.year = ay }
        return copy
    }
}

/// Finds dates in normalized text: `2024年5月30日`, `2024年第12期` (monthly issue → month),
/// `2023年12月`, `11月30日`, `二〇一九年八月二十六日`, `2024-05-30`.
public enum ChineseDateScanner {
    public static func scan(_ s: [Unicode.Scalar]) -> [ChineseDate] {
        var out: [ChineseDate] = []
        var i = 0
        while i < s.count {
            // Every date starts with a number (`number`): most positions are ruled out here.
            guard startsNumber(s[i]) else {
                i += 1
                continue
            }
            if let d = match(s, at: i) {
                out.append(d)
                i = d.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    public static func scan(_ text: String) -> [ChineseDate] { scan(Array(text.unicodeScalars)) }

    /// The first date in `text`, if any.
    public static func first(in text: String) -> ChineseDate? { scan(text).first }

    static func match(_ s: [Unicode.Scalar], at start: Int) -> ChineseDate? {
        var i = start
        var year: Int?
        var month: Int?
        var day: Int?
        if let (y, next) = number(s, i, maxDigits: 4), y >= 1900, y <= 2100, next < s.count {
            if s[next] == "年" {
                year = y
                i = next + 1
                if i < s.count, s[i] == "第", let (issue, n2) = number(s, i + 1, maxDigits: 2), n2 < s.count, s[n2] == "期", issue >= 1, issue <= 12 {
                    return make(s, start, n2 + 1, year, issue, nil)
                }
                if i < s.count, s[i] == "度" { return make(s, start, i + 1, year, nil, nil) }
            } else if s[next] == "-" || s[next] == "." || s[next] == "/", let (m, n2) = number(s, next + 1, maxDigits: 2), m >= 1, m <= 12 {
                if n2 < s.count, s[n2] == s[next], let (d, n3) = number(s, n2 + 1, maxDigits: 2), d >= 1, d <= 31 {
                    return make(s, start, n3, y, m, d)
                }
                return make(s, start, n2, y, m, nil)
            } else {
                return nil
            }
        }
        if let (m, next) = number(s, i, maxDigits: 2), m >= 1, m <= 12, next < s.count, s[next] == "月" {
            month = m
            i = next + 1
            if let (d, n2) = number(s, i, maxDigits: 3), d >= 1, d <= 31, n2 < s.count, s[n2] == "日" || s[n2] == "号" {
                day = d
                i = n2 + 1
            }
        } else if year != nil {
            return make(s, start, i, year, nil, nil)
        } else {
            return nil
        }
        return make(s, start, i, year, month, day)
    }

    static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ y: Int?, _ m: Int?, _ d: Int?) -> ChineseDate {
        ChineseDate(year: y, month: m, day: d, text: String(scalars: s[a..<b]), range: a..<b)
    }

    /// Whether `number` can read a number starting with `s`: an ASCII digit, a Chinese
    /// numeral digit or `十`.
    @inline(__always)
    static func startsNumber(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || s == "十" || chineseDigit(s) != nil
    }

    /// The value of a Chinese numeral digit (a switch: the scanner asks at every position).
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// An Arabic or Chinese-numeral number at `i`: `2019`, `二〇一九`, `二十六`, `十二`.
    static func number(_ s: [Unicode.Scalar], _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < s.count, j - i < maxDigits, (0x30...0x39).contains(s[j].value) {
            value = value * 10 + Int(s[j].value - 0x30)
            j += 1
        }
        if j > i {
            if j < s.count, (0x30...0x39).contains(s[j].value) { return nil }
            return (value, j)
        }
        // Chinese numerals: digit strings (二〇一九) or tens (二十六, 十二).
        var digits: [Int] = []
        var sawTen = false
        var tensValue = 0
        while j < s.count, j - i < 5 {
            if let d = chineseDigit(s[j]) {
                digits.append(d)
            } else if s[j] == "十" && !sawTen {
                sawTen = true
                tensValue = (digits.last ?? 1) * 10
                digits = []
            } else {
                break
            }
            j += 1
        }
        guard j > i else { return nil }
        if sawTen { return (tensValue + (digits.last ?? 0), j) }
        guard digits.count <= maxDigits else { return nil }
        return (digits.reduce(0) { $0 * 10 + $1 }, j)
    }
}

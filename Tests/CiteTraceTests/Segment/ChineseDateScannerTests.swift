import Testing
@testable import CiteTrace

@Suite struct ChineseDateScannerTests {
    @Test("each written form of a date is read with its parts and its span")
    func forms() {
        let cases: [(String, Int?, Int?, Int?, String)] = [
            ("记者2024年5月30日报道", 2024, 5, 30, "2024年5月30日"),
            ("《求是》2024年第12期", 2024, 12, nil, "2024年第12期"),
            ("截至2023年12月底", 2023, 12, nil, "2023年12月"),
            ("新华社北京11月30日电", nil, 11, 30, "11月30日"),
            ("二〇一九年八月二十六日下午", 2019, 8, 26, "二〇一九年八月二十六日"),
            ("发布于2024-05-30。", 2024, 5, 30, "2024-05-30"),
            ("本版6月4日号外", nil, 6, 4, "6月4日"),
            ("2022年度报告", 2022, nil, nil, "2022年度"),
            ("于十二月三十日召开", nil, 12, 30, "十二月三十日"),
        ]
        for (text, year, month, day, matched) in cases {
            let date = ChineseDateScanner.first(in: text)
            #expect(date?.year == year && date?.month == month && date?.day == day, "\(text)")
            #expect(date?.text == matched, "\(text)")
            let scalars = Array(text.unicodeScalars)
            if let range = date?.range { #expect(String(String.UnicodeScalarView(scalars[range])) == matched) }
        }
        #expect(ChineseDateScanner.first(in: "第十三届全国人大") == nil)
        #expect(ChineseDateScanner.first(in: "12345年") == nil)
        #expect(ChineseDateScanner.scan("3月1日至3月5日").map(\.day) == [1, 5])
    }

    @Test("the scan finds what trying a match at every position finds", arguments: [UInt64(3), 17, 99])
    func skipsOnlyWhatCannotMatch(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("0123456789〇零一二三四五六七八九十年月日号第期度-./ 的在".unicodeScalars)
        for _ in 0..<2_000 {
            let s = random.scalars(from: alphabet, maxLength: 24)
            var expected: [ChineseDate] = []
            var i = 0
            while i < s.count {
                if let d = ChineseDateScanner.match(s, at: i) {
                    expected.append(d)
                    i = d.range.upperBound
                } else {
                    i += 1
                }
            }
            #expect(ChineseDateScanner.scan(s) == expected)
        }
    }
}

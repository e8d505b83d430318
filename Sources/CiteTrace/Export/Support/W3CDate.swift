/// Checks ISO dates before they go into attributes typed as W3C dates (TEI `@when`).
///
/// Accepts `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a real month and a day that exists
/// in that month (leap years included) — what XML Schema's `gYear`, `gYearMonth` and
/// `date` accept for four-digit years. Anything else is not used as `@when`.
enum W3CDate {
    /// `text` when it is a valid W3C date, else nil.
    static func valid(_ text: String?) -> String? {
        guard let text else { return nil }
        // Byte by byte: a valid date is ASCII, and this runs for every quote of a corpus
        // (splitting it and counting characters took thousands of instructions a date).
        let utf8 = text.utf8
        guard utf8.count == 4 || utf8.count == 7 || utf8.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (i, byte) in utf8.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch i {
            case 0..<4: year = year * 10 + digit
            case 5, 6: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        if utf8.count >= 7 && !(1...12).contains(month) { return nil }
        if utf8.count == 10 && !(1...daysIn(month: month, year: year)).contains(day) { return nil }
        return text
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

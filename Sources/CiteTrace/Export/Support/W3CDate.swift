/// Checks ISO dates before they go into attributes typed as W3C dates (TEI `@when`).
///
/// Accepts `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a real month and a day that exists
/// in that month (leap years included) — what XML Schema's `gYear`, `gYearMonth` and
/// `date` accept for four-digit years. Anything else is not used as `@when`.
enum W3CDate {
    /// `text` when it is a valid W3C date, else nil.
    static func valid(_ text: String?) -> String? {
        guard let text else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        let numbers = parts.map { Int($0)! }
        if numbers.count >= 2 && !(1...12).contains(numbers[1]) { return nil }
        if numbers.count == 3 && !(1...daysIn(month: numbers[1], year: numbers[0])).contains(numbers[2]) { return nil }
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

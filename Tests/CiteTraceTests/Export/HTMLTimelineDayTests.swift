import Foundation
import Testing
@testable import CiteTrace

@Suite struct HTMLTimelineDayTests {
    /// The definition `day` had before it read bytes: split on `-`, every group ASCII digits.
    static func reference(_ iso: String?) -> Int? {
        guard let iso else { return nil }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]) else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) ?? 0 : 7
        let d = parts.count > 2 ? Int(parts[2]) ?? 0 : (parts.count > 1 ? 15 : 1)
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        return HTMLTimeline.daysFromCivil(y, m, d)
    }

    @Test("known dates: full, month only, year only")
    func known() {
        #expect(HTMLTimeline.day("1970-01-01") == 0)
        #expect(HTMLTimeline.day("2020-08-20") == 18_494)
        #expect(HTMLTimeline.day("2020-08") == HTMLTimeline.day("2020-08-15"))
        #expect(HTMLTimeline.day("2020") == HTMLTimeline.day("2020-07-01"))
        for bad in [nil, "", "-", "2020-", "-2020", "202-01-01", "20200-01-01", "2020-13-01", "2020-00-10",
                    "2020-01-32", "2020-01-01-01", "２０２０-01-01", "2020-1a-01", "2020-99999999999999999999-01", "2020/01/01"] {
            #expect(HTMLTimeline.day(bad) == nil, "\(bad ?? "nil")")
        }
    }

    @Test("agrees with the substring definition on random strings of digits, dashes and other characters")
    func agreesWithReference() {
        var random = SeededRandom(seed: 11)
        let alphabet: [Character] = Array("0123456789-0123456789--1２a é")
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...14, using: &random)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            #expect(HTMLTimeline.day(text) == Self.reference(text), "\(text)")
        }
        for y in [1, 999, 1970, 2023, 9999] {
            for m in 0...13 {
                for d in [0, 1, 15, 28, 31, 32] {
                    let text = String(format: "%04d-%02d-%02d", y, m, d)
                    #expect(HTMLTimeline.day(text) == Self.reference(text), "\(text)")
                }
            }
        }
    }
}

import Testing
@testable import CiteTrace

@Suite struct LocalAlignerTests {
    let settings = MatchSettings()

    func keys(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("a quote found whole in the window is aligned by comparison, at its leftmost occurrence in the band")
    func exactShortcut() throws {
        let q = keys("推动高质量发展")
        let s = keys("要坚持推动高质量发展，推动高质量发展")
        let a = try #require(LocalAligner.exactAlignment(q, 0..<q.count, s, 0..<s.count, diagonals: nil, settings: settings))
        #expect(a.sourceRange == 3..<10)
        #expect(a.quoteRange == 0..<7)
        #expect(a.score == 14)
        // The band allows only the second occurrence's diagonal.
        let banded = try #require(LocalAligner.exactAlignment(q, 0..<q.count, s, 0..<s.count, diagonals: 10...12, settings: settings))
        #expect(banded.sourceRange == 11..<18)
        // One character changed: no exact occurrence, the matrix decides.
        #expect(LocalAligner.exactAlignment(keys("推动高质量發展"), 0..<7, s, 0..<s.count, diagonals: nil, settings: settings) == nil)
        // Scores under which a perfect diagonal might tie with another alignment: no shortcut.
        var free = settings
        free.gapScore = 0
        #expect(LocalAligner.exactAlignment(q, 0..<q.count, s, 0..<s.count, diagonals: nil, settings: free) == nil)
    }

    @Test("with the shortcut, every alignment is the one the full matrix gives, banded or not")
    func sameAsMatrix() {
        var random = SeededRandom(seed: 7)
        var shortcuts = 0
        for round in 0..<3000 {
            // A three-letter alphabet makes repeated and overlapping occurrences common.
            let s = (0..<Int.random(in: 20...120, using: &random)).map { _ in UInt32.random(in: 0x4E00...0x4E02, using: &random) }
            let m = Int.random(in: 1...16, using: &random)
            let at = Int.random(in: 0...(s.count - m), using: &random)
            var q = (0..<4).map { _ in UInt32.random(in: 0x4E00...0x4E02, using: &random) } + Array(s[at..<(at + m)])
                + (0..<4).map { _ in UInt32.random(in: 0x4E00...0x4E02, using: &random) }
            if round % 3 == 0 { q[4 + m / 2] = 0x4E03 } // not whole in the source
            let qRange = 4..<(4 + m)
            let lo = Int.random(in: 0...at, using: &random), hi = Int.random(in: (at + m)...s.count, using: &random)
            let band: AlignmentBand? = round % 2 == 0 ? nil : AlignmentBand(diagonal: at - 4 + Int.random(in: -3...3, using: &random), radius: Int.random(in: 1...6, using: &random))
            let fast = LocalAligner.align(q, qRange, s, lo..<hi, band: band, settings: settings)
            let full = LocalAligner.align(q, qRange, s, lo..<hi, band: band, settings: settings, exactFirst: false)
            #expect(fast?.columns.map { [$0.q, $0.s] } == full?.columns.map { [$0.q, $0.s] }, "round \(round)")
            #expect(fast?.score == full?.score, "round \(round)")
            let diagonals: ClosedRange<Int>? = band.flatMap { b in 2 * b.radius + 1 < hi - lo ? (b.diagonal - b.radius)...(b.diagonal + b.radius) : nil }
            if LocalAligner.exactAlignment(q, qRange, s, lo..<hi, diagonals: diagonals, settings: settings) != nil { shortcuts += 1 }
        }
        // The property means something only if both paths were taken often.
        #expect(shortcuts > 1000 && shortcuts < 2500, "\(shortcuts) shortcuts")
    }
}

import Testing
@testable import CiteTrace

/// `LocalAligner` computes four columns at once and carries left gaps only where they can
/// win; these tests hold it to the textbook recurrence, one cell at a time over a whole
/// matrix, and hold `AlignmentBound` to the alignments it bounds.
@Suite struct AlignerReferenceTests {
    /// Smith–Waterman with linear gaps over the full (m+1)×(w+1) matrix; cells outside the
    /// band are zero and have no move. Ties: diagonal, then up, then left, each only when
    /// strictly better than what came before; the best cell is the first in row order.
    static func reference(_ q: [UInt32], _ qRange: Range<Int>, _ s: [UInt32], _ sRange: Range<Int>,
                          band: AlignmentBand?, settings: MatchSettings) -> (columns: [[Int32]], score: Int32)? {
        let m = qRange.count, w = sRange.count
        guard m > 0, w > 0 else { return nil }
        let qb = qRange.lowerBound, sb = sRange.lowerBound
        func inBand(_ i: Int, _ j: Int) -> Bool {
            guard let band, 2 * band.radius + 1 < w else { return true }
            let diagonal = (sb + j - 1) - (qb + i - 1)
            return abs(diagonal - (band.diagonal)) <= band.radius
        }
        var h = [[Int32]](repeating: [Int32](repeating: 0, count: w + 1), count: m + 1)
        var t = [[UInt8]](repeating: [UInt8](repeating: 0, count: w + 1), count: m + 1)
        var best: Int32 = 0, bestCell = (0, 0)
        for i in 1...m {
            for j in 1...w where inBand(i, j) {
                let equal = q[qb + i - 1] == s[sb + j - 1]
                let diag = h[i - 1][j - 1] + (equal ? settings.matchScore : settings.mismatchScore)
                let up = h[i - 1][j] + settings.gapScore
                let left = h[i][j - 1] + settings.gapScore
                var v: Int32 = 0, move: UInt8 = 0
                if diag > v { v = diag; move = 1 }
                if up > v { v = up; move = 2 }
                if left > v { v = left; move = 3 }
                h[i][j] = v
                t[i][j] = move
                if v > best { best = v; bestCell = (i, j) }
            }
        }
        guard best > 0 else { return nil }
        var columns: [[Int32]] = []
        var (i, j) = bestCell
        while i > 0, j > 0, t[i][j] != 0 {
            switch t[i][j] {
            case 1: columns.append([Int32(qb + i - 1), Int32(sb + j - 1)]); i -= 1; j -= 1
            case 2: columns.append([Int32(qb + i - 1), -1]); i -= 1
            default: columns.append([-1, Int32(sb + j - 1)]); j -= 1
            }
        }
        return (columns.reversed(), best)
    }

    @Test("every alignment, banded or not, under several scorings, is the textbook recurrence's")
    func sameAsReference() {
        var random = SeededRandom(seed: 11)
        let scorings: [(Int32, Int32, Int32)] = [(2, -2, -2), (1, -1, -1), (3, -1, -2), (2, -3, -1), (2, 0, -1), (1, -1, 0)]
        var banded = 0, leftMoves = 0
        for round in 0..<2400 {
            var settings = MatchSettings()
            (settings.matchScore, settings.mismatchScore, settings.gapScore) = scorings[round % scorings.count]
            // A small alphabet gives ties, gaps and long runs; sources long enough for the
            // four-column path and its one-column tail.
            let alphabet = UInt32(2 + round % 4)
            let s = (0..<Int.random(in: 1...90, using: &random)).map { _ in 0x4E00 + UInt32.random(in: 0..<alphabet, using: &random) }
            var q = (0..<Int.random(in: 1...40, using: &random)).map { _ in 0x4E00 + UInt32.random(in: 0..<alphabet, using: &random) }
            if round % 5 == 0, s.count > 8 {
                // A copy of a stretch of the source with an insertion and a deletion.
                let at = Int.random(in: 0...(s.count - 8), using: &random)
                q = Array(s[at..<min(s.count, at + 30)])
                q.insert(0x4E10, at: q.count / 3)
                q.remove(at: 2 * q.count / 3)
            }
            let qLo = Int.random(in: 0..<q.count, using: &random), qHi = Int.random(in: (qLo + 1)...q.count, using: &random)
            let sLo = Int.random(in: 0..<s.count, using: &random), sHi = Int.random(in: (sLo + 1)...s.count, using: &random)
            let band: AlignmentBand? = round % 2 == 0 ? nil
                : AlignmentBand(diagonal: sLo - qLo + Int.random(in: -6...6, using: &random), radius: Int.random(in: 0...9, using: &random))
            if let band, 2 * band.radius + 1 < sHi - sLo { banded += 1 }
            let expected = Self.reference(q, qLo..<qHi, s, sLo..<sHi, band: band, settings: settings)
            let got = LocalAligner.align(q, qLo..<qHi, s, sLo..<sHi, band: band, settings: settings, exactFirst: false)
            #expect(got?.columns.map { [$0.q, $0.s] } == expected?.columns, "round \(round)")
            #expect(got?.score == expected?.score, "round \(round)")
            leftMoves += got?.columns.filter { $0.q < 0 }.count ?? 0
            // Asked for a score of at least k: the same alignment when it reaches k, else none.
            if let expected {
                for k in [expected.score - 1, expected.score, expected.score + 1] where k > 0 {
                    for exactFirst in [false, true] {
                        let wanted = LocalAligner.align(q, qLo..<qHi, s, sLo..<sHi, band: band, settings: settings, exactFirst: exactFirst, atLeast: k)
                        #expect(wanted?.columns.map { [$0.q, $0.s] } == (expected.score >= k ? expected.columns : nil), "round \(round), at least \(k)")
                    }
                }
            }
        }
        // Both paths of the band, and left gaps in the tracebacks, or the comparison says little.
        #expect(banded > 400, "\(banded) banded rounds")
        #expect(leftMoves > 200, "\(leftMoves) source-only columns")
    }

    @Test("the ceiling is never below the equal columns of the alignment it bounds")
    func boundHolds() {
        var random = SeededRandom(seed: 5)
        let settings = MatchSettings()
        var overshoot = 0, characters = 0
        for round in 0..<1500 {
            // Real CJK code points, spread like a text's: the filter's hash must not be fooled.
            let pool = (0..<Int.random(in: 3...400, using: &random)).map { _ in UInt32.random(in: 0x4E00...0x9FA5, using: &random) }
            let s = (0..<Int.random(in: 1...200, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let q = (0..<Int.random(in: 1...80, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let window = 0..<s.count
            let matchable = AlignmentBound.matchable(q, 0..<q.count, s, window)
            let exact = Set(s)
            #expect(matchable >= q.filter(exact.contains).count, "round \(round)")
            overshoot += matchable - q.filter(exact.contains).count
            characters += q.count
            if let a = LocalAligner.align(q, 0..<q.count, s, window, settings: settings) {
                #expect(a.matched(q, s) <= matchable, "round \(round)")
                #expect(a.score <= AlignmentBound.maxScore(matchable: matchable, settings: settings)!, "round \(round)")
            }
        }
        // False hits of the filter are rare, or the ceiling would rule nothing out.
        #expect(overshoot * 10 < characters, "\(overshoot) false hits in \(characters) characters")
        var positiveMismatch = settings
        positiveMismatch.mismatchScore = 1
        #expect(AlignmentBound.maxScore(matchable: 10, settings: positiveMismatch) == nil)
        #expect(AlignmentBound.matchable([1, 2, 3], 0..<3, [4, 5], 0..<0) == 0)
    }
}

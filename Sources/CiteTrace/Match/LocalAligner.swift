/// One local alignment of a quote's key against a source's key.
struct Alignment {
    /// A column: a quote key index, a source key index, or both (equal or substituted).
    struct Column {
        var q: Int32
        var s: Int32
    }

    var columns: [Column]
    var score: Int32

    var quoteRange: Range<Int> {
        guard let f = columns.first(where: { $0.q >= 0 }), let l = columns.last(where: { $0.q >= 0 }) else { return 0..<0 }
        return Int(f.q)..<Int(l.q) + 1
    }

    var sourceRange: Range<Int> {
        guard let f = columns.first(where: { $0.s >= 0 }), let l = columns.last(where: { $0.s >= 0 }) else { return 0..<0 }
        return Int(f.s)..<Int(l.s) + 1
    }

    /// Equal columns.
    func matched(_ q: [UInt32], _ s: [UInt32]) -> Int {
        columns.reduce(0) { $0 + (($1.q >= 0 && $1.s >= 0 && q[Int($1.q)] == s[Int($1.s)]) ? 1 : 0) }
    }

    func longestRun(_ q: [UInt32], _ s: [UInt32]) -> Int {
        var best = 0, run = 0
        for c in columns {
            if c.q >= 0, c.s >= 0, q[Int(c.q)] == s[Int(c.s)] { run += 1; best = max(best, run) } else { run = 0 }
        }
        return best
    }
}

/// The cells an alignment may use besides the whole window: the diagonals within `radius`
/// of `diagonal` (a source index minus a quote index). A candidate's n-gram hits say where
/// its diagonal is, so cells far from it are never computed; they count as zero, the score
/// a local alignment may restart from, so a banded score never exceeds the full one.
struct AlignmentBand: Sendable, Equatable {
    var diagonal: Int
    var radius: Int
}

/// Smith–Waterman local alignment with linear gaps, on content keys.
///
/// The tight loop lives here and nowhere else: two rows of scores and a flat matrix of
/// moves, O(m·w) time and one byte per cell for a quote of m characters against a window of
/// w, or O(m·(2r+1)) within a band of radius r.
enum LocalAligner {
    /// Windows are cut so one alignment never fills more than this many cells.
    static let maxCells = 6_000_000

    /// The best local alignment of `q[qRange]` within `s[sRange]` (within `band` when
    /// given), nil when no cell scores above zero. `exactFirst: false` always fills the
    /// matrix, so tests can compare it with `exactAlignment`'s shortcut.
    ///
    /// `atLeast`: only an alignment scoring at least this much is wanted (a candidate must
    /// beat the best one so far); nil when the best scores less. Rows stop being filled once
    /// no later cell can matter: a row's scores rise by at most the match score a row, so
    /// when the best of row i plus `match × (m − i)` cannot pass the best cell so far, nor
    /// reach `atLeast`, the rest of the matrix changes nothing.
    static func align(_ q: [UInt32], _ qRange: Range<Int>, _ s: [UInt32], _ sRange: Range<Int>,
                      band: AlignmentBand? = nil, settings: MatchSettings, exactFirst: Bool = true, atLeast: Int32 = 1) -> Alignment? {
        let m = qRange.count
        var w = sRange.count
        guard m > 0, w > 0 else { return nil }
        precondition(qRange.lowerBound >= 0 && qRange.upperBound <= q.count && sRange.lowerBound >= 0 && sRange.upperBound <= s.count,
                     "alignment ranges outside their keys")
        if m * w > maxCells { w = max(1, maxCells / m) }
        let cols = w + 1
        let qb = qRange.lowerBound, sb = sRange.lowerBound
        // Row i (quote index qb + i - 1) may use columns first + slope·i ..< that + width
        // (column j is source index sb + j - 1), clipped to 1...w: the whole row, or the band.
        let width: Int, first: Int, slope: Int
        if let band, 2 * band.radius + 1 < w {
            width = 2 * band.radius + 1
            first = band.diagonal - band.radius + qb - sb
            slope = 1
        } else {
            width = w
            first = 1
            slope = 0
        }
        // Row i's band holds the diagonals (source minus quote index) from first + sb - qb on.
        let bandDiagonals = slope == 0 ? nil : (first + sb - qb)...(first + sb - qb + width - 1)
        if exactFirst, let exact = exactAlignment(q, qRange, s, sb..<(sb + w), diagonals: bandDiagonals, settings: settings) {
            // The top score any cell can reach: below `atLeast`, no alignment is.
            return exact.score >= atLeast ? exact : nil
        }
        // Scores live in two rows only; the traceback needs just the moves, and a cell
        // scores above zero exactly when it has a move (a move is taken only on a score
        // strictly above the zero start), so the move matrix also says where to stop.
        // A row's band starts one column right of the row above's: the cell above its
        // last column was never written in that buffer row (it is zero), nor is any cell read
        // outside the columns the row above computed, but the one before its first.
        var rows = [Int32](repeating: 0, count: 2 * cols)
        // Moves are stored for the band's cells only, and read only where written.
        var moves = [UInt8](unsafeUninitializedCapacity: (m + 1) * width) { _, count in count = (m + 1) * width }
        var best: Int32 = 0
        var bestRow = 0, bestColumn = 0
        let match = settings.matchScore, mismatch = settings.mismatchScore, gap = settings.gapScore
        // Unchecked access to all four arrays through row pointers, wrapping arithmetic
        // (scores stay far below Int32.max: at most 2 per quote character) and no branch on
        // the characters. The diagonal and upper neighbours come from the row above, so four
        // columns are computed at once (`SIMD4`: one SSE2 register); the left neighbour is
        // then carried along the row, one column at a time, only where it can win: a left
        // gap beats a cell's score (never below zero) only after a cell above `quiet`, rare
        // outside an alignment. Moves and scores are those of the plain one-cell-at-a-time
        // recurrence, ties broken alike: diagonal, then up, then left, each only when
        // strictly better; and the best cell is the first in row order with the top score.
        let substitution = match &- mismatch
        let quiet = max(-1, 0 &- gap)
        // The bound on later rows holds when no move gains more than a match.
        let bounded = match > 0 && gap <= 0 && mismatch <= match
        q.withUnsafeBufferPointer { Q in
            s.withUnsafeBufferPointer { S in
                rows.withUnsafeMutableBufferPointer { H in
                    moves.withUnsafeMutableBufferPointer { T in
                        let source = S.baseAddress! + (sb - 1) // source[j]: column j
                        let mismatch4 = SIMD4<Int32>(repeating: mismatch), match4 = SIMD4<Int32>(repeating: match)
                        let gap4 = SIMD4<Int32>(repeating: gap), zero4 = SIMD4<Int32>.zero
                        let one4 = SIMD4<Int32>(repeating: 1), two4 = SIMD4<Int32>(repeating: 2)
                        let quiet4 = SIMD4<Int32>(repeating: quiet)
                        rows: for i in 1...m {
                            let start = first + slope * i
                            let lo = max(1, start), hi = min(w, start + width - 1)
                            guard lo <= hi else { continue }
                            let qi = Q[qb + i - 1]
                            let here = H.baseAddress! + (i & 1) * cols, above = H.baseAddress! + ((i - 1) & 1) * cols
                            let move = T.baseAddress! + (i * width - start)
                            var left: Int32 = 0 // here[j - 1] when final; outside the band: 0
                            var rowBest: Int32 = 0
                            /// Columns j..<end, their diagonal and up moves already stored: the left gaps.
                            @inline(__always) func carryLeft(_ j: Int, _ end: Int) {
                                for k in j..<end {
                                    let gapLeft = left &+ gap, v = here[k]
                                    if gapLeft > v {
                                        here[k] = gapLeft; move[k] = 3; left = gapLeft
                                    } else {
                                        left = v
                                    }
                                    rowBest = max(rowBest, left)
                                }
                            }
                            var j = lo
                            if hi - lo >= 3 {
                                let q4 = SIMD4<UInt32>(repeating: qi)
                                var rowBest4 = zero4
                                while j + 3 <= hi {
                                    let sourceChars = UnsafeRawPointer(source + j).loadUnaligned(as: SIMD4<UInt32>.self)
                                    let aboveLeft = UnsafeRawPointer(above + (j - 1)).loadUnaligned(as: SIMD4<Int32>.self)
                                    let aboveHere = UnsafeRawPointer(above + j).loadUnaligned(as: SIMD4<Int32>.self)
                                    let diag = aboveLeft &+ mismatch4.replacing(with: match4, where: sourceChars .== q4)
                                    let gapUp = aboveHere &+ gap4
                                    let fromDiagonal = pointwiseMax(diag, zero4)
                                    let v = pointwiseMax(fromDiagonal, gapUp)
                                    UnsafeMutableRawPointer(here + j).storeBytes(of: v, as: SIMD4<Int32>.self)
                                    let t = zero4.replacing(with: one4, where: diag .> zero4).replacing(with: two4, where: gapUp .> fromDiagonal)
                                    UnsafeMutableRawPointer(move + j).storeBytes(of: SIMD4<UInt8>(truncatingIfNeeded: t), as: SIMD4<UInt8>.self)
                                    if left > quiet || any(v .> quiet4) {
                                        carryLeft(j, j + 4)
                                    } else {
                                        rowBest4 = pointwiseMax(rowBest4, v)
                                        left = v[3]
                                    }
                                    j += 4
                                }
                                rowBest = max(rowBest, rowBest4.max())
                            }
                            while j <= hi {
                                // All ones when the characters are equal, else zero.
                                let d = qi ^ source[j]
                                let equal = Int32(bitPattern: ((d | (0 &- d)) >> 31) &- 1)
                                let diag = above[j - 1] &+ mismatch &+ (substitution & equal)
                                let gapUp = above[j] &+ gap
                                let fromDiagonal = max(diag, 0)
                                here[j] = max(fromDiagonal, gapUp)
                                move[j] = gapUp > fromDiagonal ? 2 : (diag > 0 ? 1 : 0)
                                carryLeft(j, j + 1)
                                j += 1
                            }
                            if rowBest > best {
                                best = rowBest
                                bestRow = i
                                bestColumn = lo
                                while here[bestColumn] != rowBest { bestColumn += 1 }
                            }
                            // The next row reads one column further right: outside this band, zero.
                            if hi < w { here[hi + 1] = 0 }
                            if bounded {
                                // In Int: the match score comes from the command line and may be large.
                                let reach = Int(rowBest) + Int(match) * (m - i)
                                if reach <= Int(best) || reach < Int(atLeast) { break rows }
                            }
                        }
                    }
                }
            }
        }
        guard best > 0, best >= atLeast else { return nil }
        /// The move into cell (i, j); 0 (stop) outside the cells computed.
        func move(_ i: Int, _ j: Int) -> UInt8 {
            guard i > 0, j > 0 else { return 0 }
            let start = first + slope * i
            guard j >= max(1, start), j <= min(w, start + width - 1) else { return 0 }
            return moves[i * width - start + j]
        }
        var columns: [Alignment.Column] = []
        var i = bestRow, j = bestColumn
        var t = move(i, j)
        while t != 0 {
            switch t {
            case 1:
                columns.append(.init(q: Int32(qb + i - 1), s: Int32(sb + j - 1)))
                i -= 1; j -= 1
            case 2:
                columns.append(.init(q: Int32(qb + i - 1), s: -1))
                i -= 1
            default:
                columns.append(.init(q: -1, s: Int32(sb + j - 1)))
                j -= 1
            }
            t = move(i, j)
        }
        columns.reverse()
        return Alignment(columns: columns, score: best)
    }

    /// The alignment `align` finds when the quote range occurs whole and unchanged in the
    /// window, found by comparing instead of filling the matrix (most quotes are verbatim
    /// or differ only in what normalization folds).
    ///
    /// It is the same alignment: with a positive match and negative gap and mismatch
    /// scores, only an unbroken diagonal of equal characters scores `match × m`, the most
    /// any cell can; such a diagonal's cells are all reached diagonally (its traceback), and
    /// the first cell in row order with the top score, the one `align` keeps, ends the
    /// leftmost occurrence. `diagonals` (source minus quote index) limits the occurrences
    /// to the band's cells; nil: the whole window.
    static func exactAlignment(_ q: [UInt32], _ qRange: Range<Int>, _ s: [UInt32], _ window: Range<Int>,
                               diagonals: ClosedRange<Int>?, settings: MatchSettings) -> Alignment? {
        let m = qRange.count
        guard settings.matchScore > 0, settings.gapScore < 0, settings.mismatchScore < settings.matchScore,
              m > 0, window.count >= m else { return nil }
        var lo = window.lowerBound, hi = window.upperBound - m
        if let diagonals {
            lo = max(lo, qRange.lowerBound + diagonals.lowerBound)
            hi = min(hi, qRange.lowerBound + diagonals.upperBound)
        }
        guard lo <= hi else { return nil }
        let found: Int? = q.withUnsafeBufferPointer { Q in
            s.withUnsafeBufferPointer { S in
                let quote = Q.baseAddress! + qRange.lowerBound, head = quote[0]
                for o in lo...hi where S[o] == head {
                    var k = 1
                    while k < m, S[o + k] == quote[k] { k += 1 }
                    if k == m { return o }
                }
                return nil
            }
        }
        guard let o = found else { return nil }
        let columns = (0..<m).map { Alignment.Column(q: Int32(qRange.lowerBound + $0), s: Int32(o + $0)) }
        return Alignment(columns: columns, score: settings.matchScore * Int32(m))
    }
}

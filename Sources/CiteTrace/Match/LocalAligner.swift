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

/// Smith–Waterman local alignment with linear gaps, on content keys.
///
/// The tight loop lives here and nowhere else: two rows of scores and a flat matrix of
/// moves, O(m·w) time and one byte per cell for a quote of m characters against a window of w.
enum LocalAligner {
    /// Windows are cut so one alignment never fills more than this many cells.
    static let maxCells = 6_000_000

    static func align(_ q: [UInt32], _ qRange: Range<Int>, _ s: [UInt32], _ sRange: Range<Int>, settings: MatchSettings) -> Alignment? {
        let m = qRange.count
        var w = sRange.count
        guard m > 0, w > 0 else { return nil }
        precondition(qRange.lowerBound >= 0 && qRange.upperBound <= q.count && sRange.lowerBound >= 0 && sRange.upperBound <= s.count,
                     "alignment ranges outside their keys")
        if m * w > maxCells { w = max(1, maxCells / m) }
        let cols = w + 1
        // Scores live in two rows only; the traceback needs just the moves, and a cell
        // scores above zero exactly when it has a move (a move is taken only on a score
        // strictly above the zero start), so the move matrix also says where to stop.
        var rows = [Int32](repeating: 0, count: 2 * cols)
        var trace = [UInt8](repeating: 0, count: (m + 1) * cols) // 0 stop, 1 diag, 2 up (quote only), 3 left (source only)
        var best: Int32 = 0
        var bestCell = 0
        let qb = qRange.lowerBound, sb = sRange.lowerBound
        let match = settings.matchScore, mismatch = settings.mismatchScore, gap = settings.gapScore
        // Unchecked access to all four arrays, and the row's left and diagonal neighbours
        // carried in registers: the same recurrence, in the same order, as the plain loop.
        q.withUnsafeBufferPointer { Q in
            s.withUnsafeBufferPointer { S in
                rows.withUnsafeMutableBufferPointer { H in
                    trace.withUnsafeMutableBufferPointer { T in
                        for i in 1...m {
                            let qi = Q[qb + i - 1]
                            let row = (i & 1) * cols, prev = ((i - 1) & 1) * cols
                            let traceRow = i * cols
                            var leftValue: Int32 = 0      // H[row + j - 1]; column 0 is always 0
                            var diagonalValue: Int32 = 0  // H[prev + j - 1]
                            for j in 1...w {
                                let above = H[prev + j]
                                let diag = diagonalValue + (qi == S[sb + j - 1] ? match : mismatch)
                                let up = above + gap
                                let left = leftValue + gap
                                var v: Int32 = 0
                                var t: UInt8 = 0
                                if diag > v { v = diag; t = 1 }
                                if up > v { v = up; t = 2 }
                                if left > v { v = left; t = 3 }
                                H[row + j] = v
                                T[traceRow + j] = t
                                if v > best { best = v; bestCell = traceRow + j }
                                leftValue = v
                                diagonalValue = above
                            }
                        }
                    }
                }
            }
        }
        guard best > 0 else { return nil }
        var columns: [Alignment.Column] = []
        var i = bestCell / cols, j = bestCell % cols
        while i > 0, j > 0, trace[i * cols + j] != 0 {
            switch trace[i * cols + j] {
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
        }
        columns.reverse()
        return Alignment(columns: columns, score: best)
    }
}

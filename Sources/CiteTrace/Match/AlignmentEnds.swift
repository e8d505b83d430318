/// Carries a local alignment out to the ends of the quote range it was asked to cover when
/// only a few quote characters are left over at an end and they are found just past the
/// alignment's end in the source.
///
/// A local alignment stops where extending costs more than it gains: a quote that drops
/// two characters after its first one (`长区域要…` for `长三角区域要…`) gains one match for
/// two gaps, so the alignment begins at `区` and the report would say the quote added `长`.
/// The editor wants `长[-三角-]区域`. Only short leftovers are tried (`maxLeftover`), and
/// only a nearby source stretch (`maxGap` characters more than the leftover): an end is
/// extended when the best alignment there matches at least half the leftover's characters;
/// otherwise it stays uncovered, an insertion, as before.
enum AlignmentEnds {
    static let maxLeftover = 4
    static let maxGap = 4

    /// `a`, aligned over `q[range]` against `s`, with its ends extended where they can be.
    static func extend(_ a: Alignment, _ q: [UInt32], _ range: Range<Int>, _ s: [UInt32]) -> Alignment {
        let qr = a.quoteRange, sr = a.sourceRange
        guard !qr.isEmpty, !sr.isEmpty else { return a }
        var columns = a.columns
        let headCount = qr.lowerBound - range.lowerBound
        if headCount > 0 && headCount <= maxLeftover {
            // The leftover and the source before the alignment, both read backwards from it.
            let leftover = Array(q[range.lowerBound..<qr.lowerBound].reversed())
            let window = Array(s[max(0, sr.lowerBound - headCount - maxGap)..<sr.lowerBound].reversed())
            if let steps = align(leftover, window) {
                let head = steps.map { step in
                    Alignment.Column(q: step.q >= 0 ? Int32(qr.lowerBound - 1 - step.q) : -1,
                                     s: step.s >= 0 ? Int32(sr.lowerBound - 1 - step.s) : -1)
                }
                columns.insert(contentsOf: head.reversed(), at: 0)
            }
        }
        let tailCount = range.upperBound - qr.upperBound
        if tailCount > 0 && tailCount <= maxLeftover {
            let leftover = Array(q[qr.upperBound..<range.upperBound])
            let window = Array(s[sr.upperBound..<min(s.count, sr.upperBound + tailCount + maxGap)])
            if let steps = align(leftover, window) {
                columns += steps.map { step in
                    Alignment.Column(q: step.q >= 0 ? Int32(qr.upperBound + step.q) : -1,
                                     s: step.s >= 0 ? Int32(sr.upperBound + step.s) : -1)
                }
            }
        }
        return Alignment(columns: columns, score: a.score)
    }

    /// The alignment of all of `leftover` against a prefix of `window` (both starting at the
    /// existing alignment's end) with the most equal characters, then the fewest other
    /// columns; nil when it matches fewer than half of `leftover`. Steps are offsets into the
    /// two arrays, -1 for a gap.
    static func align(_ leftover: [UInt32], _ window: [UInt32]) -> [(q: Int, s: Int)]? {
        let m = leftover.count, n = window.count
        guard m > 0, n > 0 else { return nil }
        // (equal characters, other columns) of the best alignment of leftover[..<i] with
        // window[..<j]; better = more equal, then fewer others. Tiny: at most 5 × 9 cells.
        typealias Cost = (equal: Int, other: Int)
        func better(_ x: Cost, _ y: Cost) -> Bool { x.equal != y.equal ? x.equal > y.equal : x.other < y.other }
        var cost = [[Cost]](repeating: [Cost](repeating: (0, 0), count: n + 1), count: m + 1)
        var move = [[UInt8]](repeating: [UInt8](repeating: 0, count: n + 1), count: m + 1)
        for i in 0...m {
            for j in 0...n where i > 0 || j > 0 {
                var best: Cost? = nil, how: UInt8 = 0
                if i > 0 && j > 0 {
                    let c = cost[i - 1][j - 1], eq = leftover[i - 1] == window[j - 1]
                    best = eq ? (c.equal + 1, c.other) : (c.equal, c.other + 1); how = 1
                }
                if i > 0 {
                    let c = (cost[i - 1][j].equal, cost[i - 1][j].other + 1)
                    if best == nil || better(c, best!) { best = c; how = 2 }
                }
                if j > 0 {
                    let c = (cost[i][j - 1].equal, cost[i][j - 1].other + 1)
                    if best == nil || better(c, best!) { best = c; how = 3 }
                }
                cost[i][j] = best!
                move[i][j] = how
            }
        }
        // The window's far end is free: the best over where the leftover ends in it (the
        // nearest on a tie).
        var end = 0
        for j in 1...n where better(cost[m][j], cost[m][end]) { end = j }
        guard cost[m][end].equal * 2 >= m, cost[m][end].equal > 0 else { return nil }
        var steps: [(q: Int, s: Int)] = []
        var i = m, j = end
        while i > 0 || j > 0 {
            switch move[i][j] {
            case 1: steps.append((i - 1, j - 1)); i -= 1; j -= 1
            case 2: steps.append((i - 1, -1)); i -= 1
            default: steps.append((-1, j - 1)); j -= 1
            }
        }
        return steps.reversed()
    }
}

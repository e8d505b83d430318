/// A cheap ceiling on what a local alignment of a quote range within a source window can
/// reach, so a candidate region that cannot beat the best one so far is never aligned.
///
/// An alignment pairs each quote index with at most one source index, and only a pair of
/// equal characters scores above zero; so its equal columns are at most the quote indices
/// whose character occurs somewhere in the window, and with a match score above zero and
/// mismatch and gap scores at most zero its score is at most that count times the match
/// score. The window's characters go into a 1,024-bit filter: a character hashed to a set
/// bit may be a false hit, which only loosens the ceiling. O(m + w) against the
/// alignment's O(m·w).
enum AlignmentBound {
    /// At least as many as the equal columns of any alignment of `q[qRange]` within
    /// `s[window]` (banded or not).
    static func matchable(_ q: [UInt32], _ qRange: Range<Int>, _ s: [UInt32], _ window: Range<Int>) -> Int {
        guard !qRange.isEmpty, !window.isEmpty else { return 0 }
        var filter = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &filter) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            s.withUnsafeBufferPointer { S in
                for j in window {
                    let h = bucket(S[j])
                    words[h >> 6] |= 1 << UInt64(h & 63)
                }
            }
            var count = 0
            q.withUnsafeBufferPointer { Q in
                for i in qRange {
                    let h = bucket(Q[i])
                    count &+= Int((words[h >> 6] >> UInt64(h & 63)) & 1)
                }
            }
            return count
        }
    }

    /// The most an alignment with `matchable` possible equal columns can score, nil when
    /// the scores allow no such ceiling (a mismatch or gap scoring above zero).
    static func maxScore(matchable: Int, settings: MatchSettings) -> Int32? {
        guard settings.matchScore > 0, settings.mismatchScore <= 0, settings.gapScore <= 0 else { return nil }
        return Int32(clamping: Int(settings.matchScore) * matchable)
    }

    /// Ten bits of a multiplicative hash: content keys are mostly CJK scalars, close
    /// together, which the multiplication spreads over the filter.
    @inline(__always)
    private static func bucket(_ c: UInt32) -> Int {
        Int((c &* 0x9E37_79B1) >> 22)
    }
}

/// A document's text folded for comparison, with an exact map back to the original.
///
/// Invariant: normalized scalar `i` was produced from the original scalars
/// `originStart[i]..<originEnd[i]` (usually one scalar; several for a folded run such
/// as `……` → `…`). Origins are strictly increasing, so any normalized range maps to
/// one contiguous original range with `originalRange(_:)`.
public struct NormalizedText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let originStart: [Int32]
    public let originEnd: OriginEnds
    /// Length of the original text in scalars.
    public let originalCount: Int

    public init(scalars: [Unicode.Scalar], originStart: [Int32], originEnd: [Int32], originalCount: Int) {
        precondition(scalars.count == originStart.count && scalars.count == originEnd.count)
        self.scalars = scalars
        self.originStart = originStart
        self.originEnd = OriginEnds(starts: originStart, ends: originEnd)
        self.originalCount = originalCount
    }

    public var count: Int { scalars.count }

    public var string: String { Self.string(scalars[...]) }

    public func string(_ range: Range<Int>) -> String { Self.string(scalars[range]) }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String { String(scalars: s) }

    /// The original range that produced the normalized `range`. An empty range maps to
    /// an empty original range at the corresponding position.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let p = range.lowerBound < count ? Int(originStart[range.lowerBound])
                : (count == 0 ? 0 : Int(originEnd[count - 1]))
            return p..<p
        }
        return Int(originStart[range.lowerBound])..<Int(originEnd[range.upperBound - 1])
    }

    /// The first normalized index whose origin starts at or after `offset`.
    public func normalizedIndex(atOrAfterOriginal offset: Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(originStart[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The normalized range covering original `range` (normalized scalars whose origin lies inside it).
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
        let lo = normalizedIndex(atOrAfterOriginal: range.lowerBound)
        let hi = normalizedIndex(atOrAfterOriginal: range.upperBound)
        return lo..<max(lo, hi)
    }
}

/// Where each normalized scalar's origin ends: `originStart + 1` for all but folded runs
/// and dropped characters, so only those are stored (a corpus is held in memory whole,
/// and a full array cost 4 bytes per character).
public struct OriginEnds: RandomAccessCollection, Sendable {
    private let starts: [Int32]
    /// Normalized indices whose origin is not one scalar long, ascending, with their ends.
    private let exceptionIndex: [Int32]
    private let exceptionEnd: [Int32]

    init(starts: [Int32], ends: [Int32]) {
        var index: [Int32] = [], end: [Int32] = []
        for i in ends.indices where ends[i] != starts[i] + 1 {
            index.append(Int32(i))
            end.append(ends[i])
        }
        self.starts = starts
        self.exceptionIndex = index
        self.exceptionEnd = end
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(i: Int) -> Int32 {
        var lo = 0, hi = exceptionIndex.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(exceptionIndex[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        if lo < exceptionIndex.count, Int(exceptionIndex[lo]) == i { return exceptionEnd[lo] }
        return starts[i] + 1
    }
}

/// A document's text folded for comparison, with an exact map back to the original.
///
/// Invariant: normalized scalar `i` was produced from the original scalars
/// `originStart[i]..<originEnd[i]` (usually one scalar; several for a folded run such
/// as `……` → `…`). Origins are strictly increasing, so any normalized range maps to
/// one contiguous original range with `originalRange(_:)`.
public struct NormalizedText: Sendable {
    /// Held for the whole run, like the original text: compact (two bytes a scalar for
    /// nearly every Chinese text), on disk when spilled.
    public private(set) var scalars: CompactScalars
    public let originStart: OriginStarts
    public let originEnd: OriginEnds
    /// Length of the original text in scalars.
    public let originalCount: Int

    public init(scalars: [Unicode.Scalar], originStart: [Int32], originEnd: [Int32], originalCount: Int) {
        precondition(scalars.count == originStart.count && scalars.count == originEnd.count)
        var map = OriginMapBuilder()
        for i in originStart.indices { map.append(Int(originStart[i])..<Int(originEnd[i])) }
        self.init(scalars: scalars, origins: map, originalCount: originalCount)
    }

    /// `origins` holds one origin per scalar, built as the scalars were made.
    init(scalars: [Unicode.Scalar], origins: OriginMapBuilder, originalCount: Int) {
        self.init(scalars: CompactScalars(scalars), origins: origins, originalCount: originalCount)
    }

    init(scalars: CompactScalars, origins: OriginMapBuilder, originalCount: Int) {
        precondition(scalars.count == origins.count)
        self.scalars = scalars
        self.originStart = origins.starts
        self.originEnd = origins.ends
        self.originalCount = originalCount
    }

    /// The same text with its scalars moved to `arena` (the origin map stays on the heap:
    /// it is a few runs a paragraph).
    public func spilled(to arena: SpillArena) throws(SpillError) -> NormalizedText {
        var copy = self
        copy.scalars = try scalars.spilled(to: arena)
        return copy
    }

    public var count: Int { scalars.count }

    public var string: String { Self.string(scalars[...]) }

    public func string(_ range: Range<Int>) -> String { Self.string(scalars[range]) }

    static func string(_ s: Slice<CompactScalars>) -> String { String(scalars: s) }

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
        originStart.firstIndex(atOrAfterOrigin: offset)
    }

    /// The normalized range covering original `range` (normalized scalars whose origin lies inside it).
    public func normalizedRange(forOriginal range: Range<Int>) -> Range<Int> {
        let lo = normalizedIndex(atOrAfterOriginal: range.lowerBound)
        let hi = normalizedIndex(atOrAfterOriginal: range.upperBound)
        return lo..<max(lo, hi)
    }
}

/// Where each normalized scalar's origin starts, stored as runs of consecutive origins:
/// between two dropped or folded characters the map is `i + constant`, so a document
/// needs one entry per line break or folded run, not 4 bytes per character (a corpus
/// is held in memory whole). Lookup is a binary search over the runs.
public struct OriginStarts: RandomAccessCollection, Equatable, Sendable {
    public let count: Int
    /// Normalized index where each run begins, ascending; the first is 0.
    private let runIndex: [Int32]
    /// Origin of each run's first scalar, ascending.
    private let runOrigin: [Int32]

    fileprivate init(count: Int, runIndex: [Int32], runOrigin: [Int32]) {
        self.count = count
        self.runIndex = runIndex
        self.runOrigin = runOrigin
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> Int32 {
        precondition(i >= 0 && i < count, "normalized index \(i) out of 0..<\(count)")
        let r = OriginRuns.last(atOrBefore: i, in: runIndex)
        return runOrigin[r] + Int32(i) - runIndex[r]
    }

    /// The first normalized index whose origin is at or after `offset` (`count` if none).
    func firstIndex(atOrAfterOrigin offset: Int) -> Int {
        guard count > 0, Int(runOrigin[0]) < offset else { return 0 }
        // Origins ascend across runs too: the run holding `offset` is the last one starting at or before it.
        let r = OriginRuns.last(atOrBefore: offset, in: runOrigin)
        let length = (r + 1 < runIndex.count ? Int(runIndex[r + 1]) : count) - Int(runIndex[r])
        let within = offset - Int(runOrigin[r])
        if within < length { return Int(runIndex[r]) + within }
        return r + 1 < runIndex.count ? Int(runIndex[r + 1]) : count
    }
}

/// Where each normalized scalar's origin ends: `originStart + 1` for all but folded runs
/// and dropped characters, so only those are stored.
public struct OriginEnds: RandomAccessCollection, Equatable, Sendable {
    private let starts: OriginStarts
    /// Normalized indices whose origin is not one scalar long, ascending, with their ends.
    private let exceptionIndex: [Int32]
    private let exceptionEnd: [Int32]

    fileprivate init(starts: OriginStarts, exceptionIndex: [Int32], exceptionEnd: [Int32]) {
        self.starts = starts
        self.exceptionIndex = exceptionIndex
        self.exceptionEnd = exceptionEnd
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(i: Int) -> Int32 {
        if let r = OriginRuns.index(of: i, in: exceptionIndex) { return exceptionEnd[r] }
        return starts[i] + 1
    }
}

/// Compresses an origin map as it is made, one normalized scalar's origin at a time, so the
/// normalizer never holds the uncompressed map (8 bytes a character: 280 MB for a
/// 100 MB document in one file).
struct OriginMapBuilder {
    private(set) var count = 0
    private var runIndex: [Int32] = [], runOrigin: [Int32] = []
    private var exceptionIndex: [Int32] = [], exceptionEnd: [Int32] = []
    private var lastStart: Int32 = 0

    /// The origin of the next normalized scalar; origins must ascend.
    @inline(__always)
    mutating func append(_ origin: Range<Int>) {
        let start = Int32(origin.lowerBound), end = Int32(origin.upperBound)
        if count == 0 || start != lastStart + 1 {
            runIndex.append(Int32(count))
            runOrigin.append(start)
        }
        if end != start + 1 {
            exceptionIndex.append(Int32(count))
            exceptionEnd.append(end)
        }
        lastStart = start
        count += 1
    }

    /// The origins of `range.count` normalized scalars, each from one source scalar of
    /// `range` in turn: what appending `k..<(k + 1)` for each `k` of `range` does, in one step.
    mutating func append(oneToOne range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = Int32(range.lowerBound)
        if count == 0 || start != lastStart + 1 {
            runIndex.append(Int32(count))
            runOrigin.append(start)
        }
        lastStart = Int32(range.upperBound - 1)
        count += range.count
    }

    /// Appends the origins of `other`, built after this one over a later part of the same
    /// source, as if each had been appended here: its first run continues the last one
    /// here when its first origin follows on.
    mutating func append(contentsOf other: OriginMapBuilder) {
        guard other.count > 0 else { return }
        let offset = Int32(count)
        for k in other.runIndex.indices {
            if k == 0, count > 0, other.runOrigin[0] == lastStart + 1 { continue }
            runIndex.append(other.runIndex[k] + offset)
            runOrigin.append(other.runOrigin[k])
        }
        exceptionIndex += other.exceptionIndex.map { $0 + offset }
        exceptionEnd += other.exceptionEnd
        lastStart = other.lastStart
        count += other.count
    }

    var starts: OriginStarts { OriginStarts(count: count, runIndex: runIndex, runOrigin: runOrigin) }
    var ends: OriginEnds { OriginEnds(starts: starts, exceptionIndex: exceptionIndex, exceptionEnd: exceptionEnd) }
}

/// Binary searches over ascending `Int32` indices.
enum OriginRuns {
    /// The position of the last element ≤ `i` (the list starts at or below `i`, so there is one).
    static func last(atOrBefore i: Int, in sorted: [Int32]) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sorted[mid]) <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// The position of `i`, if listed.
    static func index(of i: Int, in sorted: [Int32]) -> Int? {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(sorted[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && Int(sorted[lo]) == i ? lo : nil
    }
}

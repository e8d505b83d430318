/// A stretch of a `CompactScalars`, indexed from 0, without copying it: a paragraph's
/// characters as the segmenter reads them (an array per paragraph held every document's
/// text again at 4 bytes a character).
struct ScalarRun: RandomAccessCollection, Sendable {
    private let base: CompactScalars
    private let offset: Int
    let count: Int

    init(_ base: CompactScalars, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= base.count, "run \(range) outside 0..<\(base.count)")
        self.base = base
        self.offset = range.lowerBound
        self.count = range.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The scalars at `range` (of this run) as a string.
    func string(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "scalars \(range) outside 0..<\(count)")
        return base.string((offset + range.lowerBound)..<(offset + range.upperBound))
    }

    /// Calls `narrow` or `wide` with the stored code units of `range` (of this run): a
    /// scan over them tests the storage's width once, not at every scalar.
    func withCodeUnits<R>(_ range: Range<Int>, narrow: (UnsafeBufferPointer<UInt16>) -> R, wide: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "scalars \(range) outside 0..<\(count)")
        let start = offset + range.lowerBound
        return base.withCodeUnits(
            narrow: { narrow(UnsafeBufferPointer(start: $0 + start, count: range.count)) },
            wide: { wide(UnsafeBufferPointer(start: $0 + start, count: range.count)) })
    }

    @inline(__always)
    subscript(i: Int) -> Unicode.Scalar {
        precondition(i >= 0 && i < count, "index \(i) out of 0..<\(count)")
        return base[offset + i]
    }
}

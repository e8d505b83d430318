/// A text's Unicode scalars with integer indices, two bytes each when every scalar is in
/// the Basic Multilingual Plane (nearly every Chinese text), four bytes otherwise.
///
/// A corpus's original texts are held from ingest to export; at two bytes a scalar they
/// take half the memory of `[Unicode.Scalar]`. They live on the heap, or in a
/// `SpillArena` (disk-backed, see `spilled(to:)`) when the corpus may not fit in memory.
public struct CompactScalars: RandomAccessCollection, @unchecked Sendable, Hashable {
    /// Owns the code units (or keeps their mapping alive); `base` points into it.
    private let storage: ScalarStorage
    /// Cached from `storage`, so that reading a scalar does not go through the object.
    private let base: UnsafeRawPointer
    public let count: Int
    /// Four bytes a scalar (some scalar is beyond U+FFFF); two otherwise.
    private let isWide: Bool

    private init(storage: ScalarStorage, count: Int, isWide: Bool) {
        self.storage = storage
        self.base = storage.base
        self.count = count
        self.isWide = isWide
    }

    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        self.init(count: scalars.count, wide: !scalars.allSatisfy { $0.value <= 0xFFFF }, scalars)
    }

    /// `count` scalars written in place by `narrow` (two-byte code units, when `wide` is
    /// false) or `wide` (four-byte ones), each returning how many it wrote: for a caller
    /// that already knows how many there are and how wide, and writes them from its own
    /// loop over code units. The writer must stop at `count` (the storage holds no more);
    /// writing fewer traps.
    init(count: Int, wide: Bool, narrow: (UnsafeMutablePointer<UInt16>) -> Int, wide writeWide: (UnsafeMutablePointer<UInt32>) -> Int) {
        let storage = ScalarStorage(byteCount: count * (wide ? 4 : 2))
        let written = wide
            ? writeWide(storage.mutableBase.bindMemory(to: UInt32.self, capacity: count))
            : narrow(storage.mutableBase.bindMemory(to: UInt16.self, capacity: count))
        precondition(written == count, "\(written) scalars written, \(count) announced")
        self.init(storage: storage, count: count, isWide: wide)
    }

    /// The `count` scalars of `scalars`, when the caller already knows how many there are and
    /// whether any is above U+FFFF (`wide`): one pass over them instead of three.
    init<S: Sequence>(count: Int, wide: Bool, _ scalars: S) where S.Element == Unicode.Scalar {
        let storage = ScalarStorage(byteCount: count * (wide ? 4 : 2))
        var i = 0
        for s in scalars {
            precondition(i < count && (wide || s.value <= 0xFFFF), "more scalars, or wider ones, than announced")
            if wide { storage.mutableBase.storeBytes(of: s.value, toByteOffset: i * 4, as: UInt32.self) }
            else { storage.mutableBase.storeBytes(of: UInt16(truncatingIfNeeded: s.value), toByteOffset: i * 2, as: UInt16.self) }
            i += 1
        }
        precondition(i == count, "fewer scalars than announced")
        self.init(storage: storage, count: count, isWide: wide)
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass into storage of exactly
    /// the right size.
    public init(scalarsOf text: String) {
        self = text.withUTF8Bytes { utf8 -> CompactScalars in
            let (count, fitsInBMP) = scalarCount(ofUTF8: utf8)
            let storage = ScalarStorage(byteCount: count * (fitsInBMP ? 2 : 4))
            let target = storage.mutableBase
            if fitsInBMP {
                _ = decodeScalars(utf8) { target.storeBytes(of: UInt16(truncatingIfNeeded: $1.value), toByteOffset: $0 * 2, as: UInt16.self) }
            } else {
                _ = decodeScalars(utf8) { target.storeBytes(of: $1.value, toByteOffset: $0 * 4, as: UInt32.self) }
            }
            return CompactScalars(storage: storage, count: count, isWide: !fitsInBMP)
        }
    }

    /// The same scalars, copied into `arena`; the heap copy goes when `self` does.
    public func spilled(to arena: SpillArena) throws(SpillError) -> CompactScalars {
        guard count > 0 else { return self }
        let bytes = UnsafeRawBufferPointer(start: base, count: count * (isWide ? 4 : 2))
        let region = try arena.store(bytes)
        return CompactScalars(storage: ScalarStorage(mapped: region.base, in: region.segment), count: count, isWide: isWide)
    }

    /// Whether the scalars live in a spill arena rather than on the heap.
    public var isSpilled: Bool { storage.isMapped }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "scalar index \(i) out of 0..<\(count)")
        // A stored code unit came from a scalar, so it is never a surrogate.
        return isWide
            ? Unicode.Scalar(base.load(fromByteOffset: i &* 4, as: UInt32.self)).unsafelyUnwrapped
            : Unicode.Scalar(UInt32(base.load(fromByteOffset: i &* 2, as: UInt16.self))).unsafelyUnwrapped
    }

    /// The scalars as an array, for code that wants one whole: widened straight from the
    /// stored code units (`Array(self)` read each through the subscript, testing the width
    /// every time, and the normalizer and the quote scanners widen every document).
    public var array: [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            // A scalar is its 32-bit value; a stored code unit came from a scalar.
            let out = UnsafeMutableRawPointer(target)
            withCodeUnits(
                narrow: { units in for i in 0..<count { out.storeBytes(of: UInt32(units[i]), toByteOffset: i &* 4, as: UInt32.self) } },
                wide: { units in out.copyMemory(from: units, byteCount: count &* 4) })
            initialized = count
        }
    }

    public static func == (a: CompactScalars, b: CompactScalars) -> Bool {
        a.count == b.count && (a.base == b.base || a.elementsEqual(b))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for s in self { hasher.combine(s.value) }
    }
}

extension CompactScalars {
    /// The scalars at `range` as a string, encoded to UTF-8 straight from the stored code
    /// units: paragraphs, quotes and slices of the normalized text are made this way, and
    /// the generic `String(scalars:)` read each scalar through two layers of collection.
    func string(_ range: Range<Int>) -> String {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "scalars \(range) outside 0..<\(count)")
        guard !range.isEmpty else { return "" }
        return isWide
            ? Self.encode(UnsafeRawPointer(base).assumingMemoryBound(to: UInt32.self) + range.lowerBound, range.count)
            : Self.encode(UnsafeRawPointer(base).assumingMemoryBound(to: UInt16.self) + range.lowerBound, range.count)
    }

    /// Calls `narrow` with the stored code units when they are 16-bit, else `wide` with the
    /// 32-bit ones; either way a unit is a scalar's value and `count` units follow. For
    /// loops that read every scalar of a long text, which the subscript's test of the
    /// width on each read would slow.
    func withCodeUnits<R>(narrow: (UnsafePointer<UInt16>) -> R, wide: (UnsafePointer<UInt32>) -> R) -> R {
        isWide ? wide(base.assumingMemoryBound(to: UInt32.self)) : narrow(base.assumingMemoryBound(to: UInt16.self))
    }

    /// The length of the scalars in UTF-8 bytes, counted from the stored code units.
    var utf8Count: Int {
        withCodeUnits(narrow: { Self.encodedLength($0, count) }, wide: { Self.encodedLength($0, count) })
    }

    @inline(__always)
    private static func encodedLength<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafePointer<Unit>, _ n: Int) -> Int {
        // Without branches, so that the loop runs on vectors: a byte, and one more past
        // each of the three thresholds.
        var length = n
        for k in 0..<n {
            let v = UInt32(truncatingIfNeeded: units[k])
            length &+= Int(truncatingIfNeeded: (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x1_0000 ? 1 : 0) as UInt32)
        }
        return length
    }

    /// Two passes over `n` code units, each a scalar value: the UTF-8 length, then the bytes.
    @inline(__always)
    private static func encode<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafePointer<Unit>, _ n: Int) -> String {
        let length = encodedLength(units, n)
        return String(unsafeUninitializedCapacity: length) { buffer in
            let p = buffer.baseAddress!
            var i = 0
            for k in 0..<n { i &+= writeUTF8(UInt32(truncatingIfNeeded: units[k]), to: p + i) }
            return i
        }
    }
}

/// The memory behind a `CompactScalars`: a heap allocation it owns, or a region of a
/// spill segment it keeps mapped.
final class ScalarStorage: @unchecked Sendable {
    let base: UnsafeRawPointer
    private let segment: MappedSegment?

    /// Uninitialized heap memory of `byteCount` bytes, filled once through `mutableBase`
    /// before the storage is shared.
    init(byteCount: Int) {
        base = UnsafeRawPointer(UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 8))
        segment = nil
    }

    init(mapped base: UnsafeRawPointer, in segment: MappedSegment) {
        self.base = base
        self.segment = segment
    }

    var mutableBase: UnsafeMutableRawPointer { UnsafeMutableRawPointer(mutating: base) }
    var isMapped: Bool { segment != nil }

    deinit {
        if segment == nil { UnsafeMutableRawPointer(mutating: base).deallocate() }
    }
}

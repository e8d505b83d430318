/// Maps UTF-16 offsets of a string (what `NSRegularExpression` reports) back to
/// Unicode-scalar offsets (what CiteTrace reports).
///
/// Invariant: `scalarIndex[u]` is the index of the scalar whose UTF-16 form covers code
/// unit `u`, and `scalarIndex[utf16Count] == scalars.count`; a scalar outside the BMP
/// covers two code units.
struct UTF16ScalarMap {
    private var scalarIndex: [Int32]

    init(_ scalars: CompactScalars) {
        var map: [Int32] = []
        map.reserveCapacity(scalars.count + 1)
        for (i, s) in scalars.enumerated() {
            map.append(Int32(i))
            if s.value > 0xFFFF { map.append(Int32(i)) }
        }
        map.append(Int32(scalars.count))
        scalarIndex = map
    }

    /// The scalar range covering the UTF-16 range `r` (clamped).
    func scalarRange(_ r: Range<Int>) -> Range<Int> {
        let last = scalarIndex.count - 1
        let lo = Int(scalarIndex[min(max(0, r.lowerBound), last)])
        // The end is the scalar after the one holding the range's last code unit.
        let hi = r.isEmpty ? lo : Int(scalarIndex[min(max(0, r.upperBound - 1), last)]) + 1
        return lo..<max(lo, min(hi, Int(scalarIndex[last])))
    }
}

/// The polynomial hash of a run of `n` values, `v₀·baseⁿ⁻¹ + … + vₙ₋₁` wrapping, rolled
/// from one run to the next in O(1): the reprint sampler's windows and the reuse and echo
/// filters' runs.
enum RollingHash {
    static let base: UInt64 = 0x100_0000_01B3

    /// base^(n-1): the weight of the value leaving a run of `n`.
    static func weight(ofFirstOf n: Int) -> UInt64 {
        var top: UInt64 = 1
        for _ in 1..<max(1, n) { top = top &* base }
        return top
    }
}

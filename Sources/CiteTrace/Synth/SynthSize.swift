import Foundation

/// A corpus size as the CLI writes it: `200KB`, `1MB`, `10MB`, `1.5GB`, `4096` (bytes).
/// Decimal units (1 MB = 1,000,000 bytes), the unit of the benchmark's MB/s.
public struct SynthSize: Sendable, Equatable, CustomStringConvertible {
    public var bytes: Int

    public init(bytes: Int) { self.bytes = bytes }

    /// Parses `N`, `NKB`, `NMB`, `NGB` (case-insensitive, `K`/`M`/`G` alone too); nil if malformed or not positive.
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("GB", 1e9), ("MB", 1e6), ("KB", 1e3), ("G", 1e9), ("M", 1e6), ("K", 1e3), ("B", 1)]
        var number = Substring(t)
        var factor = 1.0
        for (suffix, f) in units where t.hasSuffix(suffix) {
            number = t.dropLast(suffix.count)
            factor = f
            break
        }
        guard let v = Double(number), v > 0 else { return nil }
        bytes = Int((v * factor).rounded())
        guard bytes > 0 else { return nil }
    }

    /// `100MB`, `200KB`, `1.5MB`, `512B`.
    public var description: String {
        for (suffix, f) in [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000)] where bytes >= f {
            if bytes % f == 0 { return "\(bytes / f)\(suffix)" }
            let tenths = (bytes * 10 + f / 2) / f
            return "\(tenths / 10).\(tenths % 10)\(suffix)"
        }
        return "\(bytes)B"
    }
}

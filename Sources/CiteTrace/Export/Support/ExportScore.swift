/// Scores as every exporter prints them.
enum ExportScore {
    /// `score` clamped to [0, 1] (non-finite scores become 0) and rounded to 4 decimals,
    /// so output is stable across platforms and runs.
    static func rounded(_ score: Double) -> Double {
        guard score.isFinite else { return 0 }
        return (min(max(score, 0), 1) * 10_000).rounded() / 10_000
    }
}

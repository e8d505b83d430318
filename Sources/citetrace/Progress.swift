import Foundation

/// Stage-by-stage progress on standard error, shown only when standard error is a
/// terminal and `--quiet` is not given, so pipes and CI logs stay clean.
struct Progress {
    let enabled: Bool
    let start = Date()
    private var stageStart = Date()

    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) != 0
    }

    mutating func stage(_ name: String, bytes: Int? = nil) {
        guard enabled else { return }
        let now = Date()
        var line = String(format: "[%6.1fs] %@", now.timeIntervalSince(start), name)
        if let b = bytes {
            let mb = Double(b) / 1_000_000
            let rate = mb / max(0.001, now.timeIntervalSince(start))
            line += String(format: " — %.1f MB, %.1f MB/s so far", mb, rate)
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
        stageStart = now
    }
}

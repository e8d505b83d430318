import Foundation
#if os(Linux)
import CMalloc
#endif

/// The process's memory as Linux reports it in `/proc/self/status`.
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, or nil where there is no `/proc`.
    /// Process-wide and never reset: to measure one run, run it in a process of its own.
    public static func peakResident() -> Int? { field("VmHWM") }

    /// Hands memory the allocator holds free back to the system (glibc's `malloc_trim`), so
    /// what a finished stage freed stops counting as resident; a no-op elsewhere.
    public static func returnFreedMemory() {
        #if os(Linux)
        _ = malloc_trim(0)
        #endif
    }

    /// Current resident set size (`VmRSS`) in bytes.
    public static func resident() -> Int? { field("VmRSS") }

    static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
            return kb.map { $0 * 1024 }
        }
        return nil
    }
}

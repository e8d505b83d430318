import Foundation
#if os(Linux)
import CLibc
#endif

/// The process's memory as Linux reports it in `/proc/self/status`.
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes, or nil where there is no `/proc`.
    /// Process-wide and never reset: to measure one run, run it in a process of its own.
    public static func peakResident() -> Int? { field("VmHWM") }

    /// Hands memory the allocator holds free back to the system, so what a finished stage
    /// freed stops counting as resident: jemalloc's arenas are purged when the process runs
    /// on jemalloc (the `citetrace` executable does on Linux), else glibc's `malloc_trim`
    /// runs; a no-op elsewhere. Returns whether the allocator accepted the request (always
    /// true for `malloc_trim`, whose result only says whether it had anything to give back).
    @discardableResult
    public static func returnFreedMemory() -> Bool {
        #if os(Linux)
        if let mallctl = Allocator.mallctl {
            // MALLCTL_ARENAS_ALL: every arena.
            return mallctl("arena.4096.purge", nil, nil, nil, 0) == 0
        }
        _ = malloc_trim(0)
        return true
        #else
        return true
        #endif
    }

    /// The allocator the process runs on: "jemalloc <version>" when jemalloc's `mallctl`
    /// is linked in, else "system".
    public static var allocator: String {
        #if os(Linux)
        guard let mallctl = Allocator.mallctl else { return "system" }
        var version: UnsafePointer<CChar>?
        var size = MemoryLayout<UnsafePointer<CChar>?>.size
        guard mallctl("version", &version, &size, nil, 0) == 0, let version else { return "jemalloc" }
        return "jemalloc " + String(cString: version)
        #else
        return "system"
        #endif
    }

    /// Current resident set size (`VmRSS`) in bytes.
    public static func resident() -> Int? { field("VmRSS") }

    /// Current resident anonymous memory (`RssAnon`: heap and stacks, not mapped files)
    /// in bytes: what the process holds that the kernel cannot drop and re-read.
    public static func anonymousResident() -> Int? { field("RssAnon") }

    /// Memory this process may still use, in bytes: the system's `MemAvailable`, lowered
    /// to what is left under the process's cgroup limit (v2 `memory.max`, v1
    /// `memory.limit_in_bytes`) when one is set and visible. Nil where there is no `/proc`.
    public static func available() -> Int? {
        guard let system = field("MemAvailable", in: "/proc/meminfo") else { return nil }
        return min(system, cgroupHeadroom() ?? .max)
    }

    static func cgroupHeadroom() -> Int? {
        guard let groups = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
        for line in groups.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let folder: String, limitFile: String, usageFile: String
            if parts[0] == "0" && parts[1].isEmpty {
                (folder, limitFile, usageFile) = ("/sys/fs/cgroup" + parts[2], "memory.max", "memory.current")
            } else if parts[1].split(separator: ",").contains("memory") {
                (folder, limitFile, usageFile) = ("/sys/fs/cgroup/memory" + parts[2], "memory.limit_in_bytes", "memory.usage_in_bytes")
            } else {
                continue
            }
            guard let limit = number(in: folder + "/" + limitFile), limit < Int.max / 2 else { continue }
            return max(0, limit - (number(in: folder + "/" + usageFile) ?? 0))
        }
        return nil
    }

    private static func number(in path: String) -> Int? {
        (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    #if os(Linux)
    /// jemalloc's control entry point, looked up once in the running process: the engine
    /// does not link an allocator, the executable chooses one.
    private enum Allocator {
        typealias Control = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32
        static let mallctl: Control? = dlsym(nil, "mallctl").map { unsafeBitCast($0, to: Control.self) }
    }
    #endif

    static func field(_ name: String, in path: String = "/proc/self/status") -> Int? {
        guard let status = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
            return kb.map { $0 * 1024 }
        }
        return nil
    }
}

import Foundation

/// Times the stages of a run when a benchmark asks for it; the pipeline passes `nil`
/// otherwise. A stage is measured around its whole (parallel) work, on the calling thread.
public final class StageClock {
    public private(set) var timings: [StageTiming] = []

    public init() {}

    public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let startProcessor = Self.processorSeconds()
        let result = try body()
        let d = clock.now - start
        timings.append(StageTiming(stage: stage, seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18,
                                   peakResident: ProcessMemory.peakResident(), anonymousResident: ProcessMemory.anonymousResident(),
                                   processorSeconds: Self.processorSeconds() - startProcessor))
        return result
    }

    /// Processor time the process has used so far, user and system, all threads, in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)   // an enum in Glibc's overlay
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}

extension Optional where Wrapped == StageClock {
    /// Runs `body`, timed when there is a clock.
    func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        switch self {
        case .some(let clock): return try clock.measure(stage, body)
        case .none: return try body()
        }
    }
}

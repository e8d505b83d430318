import Foundation

/// Where a corpus's texts are kept while it is analysed.
public enum TextStorage: Sendable, Equatable {
    /// On the heap: fastest, and the peak memory is about 4.5–5 times the input.
    case memory
    /// In a `SpillArena` of spill files in `directory` (disk-backed, memory-mapped), so
    /// the texts need not fit in memory.
    case disk(directory: String)
    /// On disk when the input files, times `expectedExpansion`, would not fit in the
    /// memory available to the process (see `ProcessMemory.available()`); on the heap
    /// otherwise.
    case automatic(directory: String)

    /// Peak memory of a run held in memory, per byte of input (measured 4.5–4.7× on the
    /// synthetic corpora, rounded up).
    public static let expectedExpansion = 5

    /// `$TMPDIR`, else `/var/tmp`: a folder for large temporary files, on disk where
    /// `/tmp` may be a RAM-backed `tmpfs` (spilling there would save nothing).
    public static var defaultDirectory: String {
        if let t = ProcessInfo.processInfo.environment["TMPDIR"], !t.isEmpty { return t }
        return "/var/tmp"
    }

    /// The arena to spill into for an input of `inputBytes`, or nil to keep texts on the heap.
    /// Both sizes are only asked for by `automatic` (the input's costs a `stat` per file).
    public func arena(inputBytes: @autoclosure () -> Int, available: @autoclosure () -> Int? = ProcessMemory.available()) throws(SpillError) -> SpillArena? {
        switch self {
        case .memory:
            return nil
        case .disk(let directory):
            return try SpillArena(directory: directory)
        case .automatic(let directory):
            guard let available = available() else { return nil }
            // An input so large that the product overflows does not fit either.
            let (needed, overflow) = inputBytes().multipliedReportingOverflow(by: Self.expectedExpansion)
            guard overflow || needed > available else { return nil }
            return try SpillArena(directory: directory)
        }
    }
}

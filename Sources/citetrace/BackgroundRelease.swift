import Dispatch

/// Frees `value` on another thread and returns at once.
///
/// For the end of a command: the citation graph of a large corpus and the report's tables
/// are millions of small blocks, and freeing them took a serial tenth of a second or more
/// after the last file was written. A process that exits meanwhile needs none of it freed
/// (the system takes its memory back whole); one that goes on (a test calling the command)
/// gets it back a moment later. Nothing left to free holds a resource but memory: spill
/// files are unlinked when they are made, and the files are written before this is called.
func releaseInBackground<T>(_ value: consuming T) {
    let box = Handoff(value)
    DispatchQueue.global().async { box.drop() }
}

/// Holds a value until the one thread that is handed the box drops it.
private final class Handoff<T>: @unchecked Sendable {
    // Touched by the creating thread only in `init`, then only by the thread that drops it.
    private var value: T?

    init(_ value: consuming T) { self.value = value }

    func drop() { value = nil }
}

import CiteTrace

/// Frees `value` on another thread while `body` runs, and returns once both are done.
///
/// The citation graph of a large corpus is millions of small blocks: freeing it is a serial
/// tenth of a second or more, which can overlap the serial renaming of the written files.
/// The wait at the end keeps the freeing inside the command (a leak checker sees nothing
/// left behind).
func releasing<T, R>(_ value: consuming T, while body: () throws -> R) rethrows -> R {
    let box = Handoff(value)
    return try concurrently({ box.drop() }, body).1
}

/// Holds a value until the one thread that is handed the box drops it.
private final class Handoff<T>: @unchecked Sendable {
    // Touched by the creating thread only in `init`, then only by the thread that drops it.
    private var value: T?

    init(_ value: consuming T) { self.value = value }

    func drop() { value = nil }
}

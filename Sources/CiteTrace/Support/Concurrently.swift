import Dispatch

/// Runs `background` on another thread while `foreground` runs on this one, and returns
/// both results once both are done: for two stages that do not depend on each other and
/// cannot each keep every core busy on their own.
///
/// Not `concurrentPerform` with two iterations: libdispatch runs an apply nested in another
/// with fewer threads, and both sides here spread their own work over all cores.
func concurrently<A: Sendable, B>(_ background: @escaping @Sendable () -> A, _ foreground: () -> B) -> (A, B) {
    let done = DispatchSemaphore(value: 0)
    // Written by the background thread before it signals, read here only after the wait.
    nonisolated(unsafe) var result: A?
    DispatchQueue.global().async {
        result = background()
        done.signal()
    }
    let other = foreground()
    done.wait()
    return (result!, other)
}

import Dispatch

/// Runs `background` on another thread while `foreground` runs on this one, and returns
/// both results once both are done: for two stages that do not depend on each other and
/// cannot each keep every core busy on their own.
///
/// `package`: the command line frees the graph this way while it moves the files.
///
/// Not `concurrentPerform` with two iterations: libdispatch runs an apply nested in another
/// with fewer threads, and both sides here spread their own work over all cores.
package func concurrently<A: Sendable, B>(_ background: @escaping @Sendable () -> A, _ foreground: () throws -> B) rethrows -> (A, B) {
    let done = DispatchSemaphore(value: 0)
    // Written by the background thread before it signals, read here only after the wait.
    nonisolated(unsafe) var result: A?
    DispatchQueue.global().async {
        result = background()
        done.signal()
    }
    // The background side is waited for even when this side throws: nothing it holds is
    // left running past the call.
    let other: B
    do {
        other = try foreground()
    } catch {
        done.wait()
        throw error
    }
    done.wait()
    return (result!, other)
}

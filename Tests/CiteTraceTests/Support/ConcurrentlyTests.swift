import Dispatch
import Testing
@testable import CiteTrace

@Suite("Two stages at once")
struct ConcurrentlyTests {
    @Test("the background side runs while the foreground side runs, and both results come back")
    func overlaps() {
        let backgroundStarted = DispatchSemaphore(value: 0), foregroundStarted = DispatchSemaphore(value: 0)
        // Each side waits for the other to start: run one after the other, in either order,
        // the first would give up after the timeout and say so.
        let (background, foreground) = concurrently({ () -> (Bool, [Int]) in
            backgroundStarted.signal()
            return (foregroundStarted.wait(timeout: .now() + 30) == .success, (0..<1000).map { $0 * 2 })
        }) { () -> Bool in
            foregroundStarted.signal()
            return backgroundStarted.wait(timeout: .now() + 30) == .success
        }
        #expect(background.0 && foreground)
        #expect(background.1 == (0..<1000).map { $0 * 2 })
    }
}

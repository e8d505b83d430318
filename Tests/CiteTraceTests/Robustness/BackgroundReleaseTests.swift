import Foundation
import Synchronization
import Testing
@testable import citetrace

@Suite("Freeing the graph while the files are moved")
struct BackgroundReleaseTests {
    /// The thread a `Tracked` was freed on, once it was.
    private final class Record: Sendable {
        let thread = Mutex<pthread_t?>(nil)
        var freedOn: pthread_t? { thread.withLock { $0 } }
    }

    private final class Tracked: Sendable {
        let record: Record
        init(_ record: Record) { self.record = record }
        deinit {
            // Slow to free: a call that did not wait for it would return first.
            Thread.sleep(forTimeInterval: 0.05)
            record.thread.withLock { $0 = pthread_self() }
        }
    }

    @Test("the value is freed on another thread, before the call returns, and the body's result comes back")
    func freesElsewhere() {
        let record = Record()
        let result = releasing(Tracked(record)) { () -> Int in
            42
        }
        #expect(result == 42)
        let thread = record.freedOn
        #expect(thread != nil)
        #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } ?? false)
    }

    private struct Failure: Error {}

    @Test("a body that throws still waits for the value to be freed")
    func throwingBody() {
        let record = Record()
        #expect(throws: Failure.self) { try releasing(Tracked(record)) { throw Failure() } }
        #expect(record.freedOn != nil)
    }
}

import Foundation
import Synchronization
import Testing
@testable import citetrace

@Suite("Freeing the graph after the files are written")
struct BackgroundReleaseTests {
    /// What a `Tracked` saw when it was freed.
    private final class Record: Sendable {
        let state = Mutex<(thread: pthread_t?, callHadReturned: Bool)>((nil, false))
        let returned = DispatchSemaphore(value: 0)
        let freed = DispatchSemaphore(value: 0)
    }

    private final class Tracked: Sendable {
        let record: Record
        init(_ record: Record) { self.record = record }
        deinit {
            // Waits for the caller to say the call returned: a call that waited for this
            // deinit would keep it waiting until the timeout, and the record would say so.
            let returned = record.returned.wait(timeout: .now() + 5) == .success
            record.state.withLock { $0 = (pthread_self(), returned) }
            record.freed.signal()
        }
    }

    @Test("the value is freed on another thread, after the call has returned")
    func freesElsewhereWithoutWaiting() {
        let record = Record()
        releaseInBackground(Tracked(record))
        record.returned.signal()
        #expect(record.freed.wait(timeout: .now() + 10) == .success)
        let (thread, callHadReturned) = record.state.withLock { $0 }
        #expect(callHadReturned)
        #expect(thread.map { pthread_equal($0, pthread_self()) == 0 } ?? false)
    }
}

/// The mutable state of a writer object, kept in memory of its own.
///
/// A class's stored `var` is checked for exclusive access at run time on every access
/// (`swift_beginAccess`), and a writer's buffer and counters are accessed several times
/// for each byte run it writes: moving the JSON writer's state here halved the
/// instructions of the JSON export. Access through the pointer is not checked. The writer is the only owner
/// and is used from one thread at a time, so no two accesses can overlap.
final class WriterState<State: ~Copyable> {
    let pointer: UnsafeMutablePointer<State>

    init(_ initial: consuming State) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: initial)
    }

    deinit {
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }
}

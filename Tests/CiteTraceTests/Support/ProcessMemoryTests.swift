import Testing
@testable import CiteTrace

@Suite("Process memory and the allocator")
struct ProcessMemoryTests {
    #if os(Linux)
    // The tests link the executable's target, and with it its allocator: they run on what
    // `citetrace` runs on.
    @Test("on Linux the process runs on jemalloc, found at run time, with a version")
    func runsOnJemalloc() {
        #expect(ProcessMemory.allocator.hasPrefix("jemalloc 5."), "\(ProcessMemory.allocator)")
    }
    #endif

    @Test("the allocator accepts being asked to hand freed memory back")
    func returnsFreedMemory() {
        #expect(ProcessMemory.returnFreedMemory())
        #expect(ProcessMemory.resident().map { $0 > 0 } ?? true)
    }
}

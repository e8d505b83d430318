import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One spill file mapped into memory, shared and writable: what is copied into it goes
/// to the page cache, which the kernel writes back to disk and evicts when memory is
/// short, instead of keeping it resident as it must with heap memory.
///
/// The file is unlinked as soon as it is created, so it disappears with the last
/// mapping, whatever way the process ends. Its blocks are reserved up front
/// (`posix_fallocate`): a full disk is then an error here, not a `SIGBUS` on a later
/// write through the mapping.
final class MappedSegment: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let size: Int

    init(directory: String, size: Int) throws(SpillError) {
        var template = Array((directory + "/.citetrace-spill-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .cannotCreate(directory: directory, reason: Self.reason(errno)) }
        defer { close(fd) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let reserved = posix_fallocate(fd, 0, off_t(size))
        guard reserved == 0 else { throw .noSpace(directory: directory, bytes: size, reason: Self.reason(reserved)) }
        guard let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), mapped != MAP_FAILED else {
            throw .cannotMap(directory: directory, reason: Self.reason(errno))
        }
        base = mapped
        self.size = size
    }

    deinit {
        munmap(base, size)
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

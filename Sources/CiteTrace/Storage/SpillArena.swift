import Foundation

/// Disk-backed storage for a corpus's texts, so that a corpus larger than memory can be
/// analysed: each document's original and normalized scalars are copied here as soon
/// as they are made, and the heap copies freed. The engine reads them through the
/// mapping exactly as it reads heap memory; the kernel pages them in when a stage
/// touches a document and may drop them again after.
///
/// Space is handed out from segments of `segmentSize` bytes, each a mapped spill file
/// (`MappedSegment`); a text larger than a quarter of a segment gets one of its own. A region keeps
/// its segment mapped for as long as a text refers to it, and the arena itself holds
/// only the segment being filled. Safe to use from several threads at once.
public final class SpillArena: @unchecked Sendable {
    /// The folder holding the (already unlinked) spill files.
    public let directory: String
    public let segmentSize: Int
    private let lock = NSLock()
    private var current: MappedSegment?
    private var used = 0
    private var stored = 0

    /// Creates the first segment at once, so a folder that cannot hold spill files is
    /// reported before any work is done.
    public init(directory: String, segmentSize: Int = 64 << 20) throws(SpillError) {
        self.directory = directory
        self.segmentSize = max(segmentSize, 1 << 16)
        current = try MappedSegment(directory: directory, size: self.segmentSize)
    }

    /// Bytes copied into the arena so far.
    public var bytesStored: Int {
        lock.withLock { stored }
    }

    /// Copies `bytes` into the arena; the region stays valid while the returned segment lives.
    func store(_ bytes: UnsafeRawBufferPointer) throws(SpillError) -> (segment: MappedSegment, base: UnsafeRawPointer) {
        let (segment, offset) = try reserve(bytes.count)
        let target = segment.base + offset
        if let source = bytes.baseAddress { target.copyMemory(from: source, byteCount: bytes.count) }
        return (segment, UnsafeRawPointer(target))
    }

    /// A region of `count` bytes, 8-byte aligned; only the bump of the offset is locked,
    /// the copy into it is not.
    private func reserve(_ count: Int) throws(SpillError) -> (MappedSegment, Int) {
        if count > segmentSize / 4 {
            // A large text gets a segment of its own rather than wasting a shared one's tail.
            let own = try MappedSegment(directory: directory, size: Self.pageRounded(count))
            lock.withLock { stored += count }
            return (own, 0)
        }
        lock.lock()
        defer { lock.unlock() }
        let aligned = (used + 7) & ~7
        if let segment = current, aligned + count <= segment.size {
            used = aligned + count
            stored += count
            return (segment, aligned)
        }
        let segment = try MappedSegment(directory: directory, size: segmentSize)
        current = segment
        used = count
        stored += count
        return (segment, 0)
    }

    private static func pageRounded(_ n: Int) -> Int {
        let page = 1 << 16
        return max(page, (n + page - 1) / page * page)
    }
}

import Foundation

/// The bytes of one output file, handed on in chunks of about `chunkSize` bytes, so a
/// renderer can write a file of hundreds of MB while holding only one chunk of it.
///
/// The destination is a file in a staging folder (`OutputDirectory.Staging.write(_:streaming:)`)
/// or memory (`ByteSink.collect`). A failing destination does not stop the renderer: its
/// first error is kept, later bytes are dropped, and `finish()` throws it — so renderers
/// need no error paths of their own for writing.
public final class ByteSink {
    /// Takes one chunk; throws when it cannot be stored (disk full).
    public typealias Destination = (UnsafeRawBufferPointer) throws -> Void

    /// Bytes gathered before they are handed to the destination: large enough that a
    /// file write costs little per byte, small enough not to matter for memory.
    static let chunkSize = 1 << 20

    /// Bytes gathered and not yet handed on, outside the object (`WriterState`): renderers
    /// write here many times per line.
    private let gathered = WriterState(OutputBytes(capacity: 1 << 16))
    private var buffer: OutputBytes {
        _read { yield gathered.pointer.pointee }
        _modify { yield &gathered.pointer.pointee }
    }
    private let destination: Destination
    /// The destination's first error; nothing reaches it after one.
    public private(set) var failure: (any Error)?

    public init(_ destination: @escaping Destination) {
        self.destination = destination
    }

    /// The bytes `body` writes, gathered in memory: for tests and checks that read a
    /// report back, through the same renderers that stream to files.
    public static func collect(_ body: (ByteSink) throws -> Void) rethrows -> Data {
        var data = Data()
        let sink = ByteSink { data.append(contentsOf: $0) }
        try body(sink)
        sink.flush()
        return data
    }

    public func write(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(bytes)
        if buffer.count >= Self.chunkSize { flush() }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func write(_ string: String) {
        string.withUTF8Bytes { write(UnsafeRawBufferPointer($0)) }
    }

    /// Hands what is gathered to the destination and throws its first error, if any.
    public func finish() throws {
        flush()
        if let failure { throw failure }
    }

    private func flush() {
        defer { buffer.removeAll() }
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try buffer.withUnsafeBytes { try destination($0) }
        } catch {
            failure = error
        }
    }
}

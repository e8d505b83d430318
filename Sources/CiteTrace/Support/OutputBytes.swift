/// A growable run of output bytes that a renderer owns outright: the buffer of its inner
/// loop, where a `[UInt8]` checks capacity and uniqueness on every byte appended (three
/// times for a Chinese character) and `append(contentsOf:)` of a few bytes is a call.
///
/// Noncopyable, so the memory has one owner and no copy-on-write check is needed; its
/// capacity is checked once per scalar.
struct OutputBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toAtLeast: count + extra) }
    }

    @inline(never)
    private mutating func grow(toAtLeast needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// `count` copies of `byte` (indentation).
    mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        reserve(n)
        (base + count).initialize(repeating: byte, count: n)
        count += n
    }

    /// The UTF-8 encoding of `scalar`.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        reserve(4)
        count += writeUTF8(scalar.value, to: base + count)
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// The UTF-8 of `string`.
    mutating func append(_ string: String) {
        string.withUTF8Bytes { append(UnsafeRawBufferPointer($0)) }
    }

    /// Lets `body` write up to `capacity` bytes at the end in place; it returns how many
    /// it wrote.
    mutating func appendInPlace(capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(capacity)
        let written = body(base + count)
        precondition(written >= 0 && written <= capacity, "wrote \(written) bytes into room for \(capacity)")
        count += written
    }

    /// Forgets the bytes, keeping the memory.
    mutating func removeAll() {
        count = 0
    }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}

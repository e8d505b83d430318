extension String {
    /// Calls `body` with the string's UTF-8 bytes, read in place when the string keeps them
    /// contiguous (every native string does).
    ///
    /// `withUTF8` is `mutating`: called on a copy, it costs an atomic retain and release, and
    /// the exporters read tens of millions of strings this way at 100 MB.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

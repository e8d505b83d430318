/// A set of scalars answered with one bit test, for scanners that ask at every
/// position of a corpus (a `Set` or `Dictionary` lookup hashes each time).
struct ScalarBitmap: Sendable {
    private var words: [UInt64]

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        words = Array(repeating: 0, count: 0x11_0000 / 64)
        for s in scalars { words[Int(s.value) >> 6] |= 1 << (UInt64(s.value) & 63) }
    }

    func contains(_ s: Unicode.Scalar) -> Bool {
        words.withUnsafeBufferPointer { $0[Int(s.value) >> 6] } & (1 << (UInt64(s.value) & 63)) != 0
    }
}

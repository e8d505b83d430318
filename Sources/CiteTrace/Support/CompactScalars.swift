/// A text's Unicode scalars with integer indices, two bytes each when every scalar is in
/// the Basic Multilingual Plane (nearly every Chinese text), four bytes otherwise.
///
/// A corpus's original texts are held in memory whole, from ingest to export; at two
/// bytes a scalar they take half the memory of `[Unicode.Scalar]`.
public struct CompactScalars: RandomAccessCollection, Sendable, Hashable {
    /// The scalars when all fit in 16 bits; empty otherwise.
    private let narrow: [UInt16]
    /// The scalars when one does not fit in 16 bits; empty otherwise.
    private let wide: [Unicode.Scalar]

    public init<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        if scalars.allSatisfy({ $0.value <= 0xFFFF }) {
            narrow = scalars.map { UInt16(truncatingIfNeeded: $0.value) }
            wide = []
        } else {
            narrow = []
            wide = Array(scalars)
        }
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass into storage of exactly
    /// the right size.
    public init(scalarsOf text: String) {
        var utf8Text = text
        (narrow, wide) = utf8Text.withUTF8 { utf8 -> ([UInt16], [Unicode.Scalar]) in
            var count = 0, fitsInBMP = true
            for byte in utf8 where byte & 0xC0 != 0x80 {
                count += 1
                // A four-byte sequence's lead byte: a scalar beyond U+FFFF.
                if byte >= 0xF0 { fitsInBMP = false }
            }
            guard fitsInBMP else { return ([], [Unicode.Scalar](scalarsOf: text)) }
            let narrow = [UInt16](unsafeUninitializedCapacity: count) { buffer, initialized in
                initialized = decodeScalars(utf8) { buffer[$0] = UInt16(truncatingIfNeeded: $1.value) }
            }
            return (narrow, [])
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { wide.isEmpty ? narrow.count : wide.count }

    @inline(__always)
    public subscript(i: Int) -> Unicode.Scalar {
        // A stored UInt16 came from a scalar, so it is never a surrogate.
        wide.isEmpty ? Unicode.Scalar(UInt32(narrow[i])).unsafelyUnwrapped : wide[i]
    }

    /// The scalars as an array, for code that wants one whole.
    public var array: [Unicode.Scalar] { wide.isEmpty ? narrow.map { Unicode.Scalar(UInt32($0)).unsafelyUnwrapped } : wide }
}

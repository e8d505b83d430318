extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` goes through unspecialized generic
    /// code, one scalar at a time; building each paragraph, slice and quote text that way
    /// was most of segmentation's time.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for s in scalars { capacity += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for s in scalars {
                UTF8.encode(s) { buffer[i] = $0; i += 1 }
            }
            return i
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 in one pass into an array of exactly
    /// the right size (`Array(text.unicodeScalars)` counts them first through the generic
    /// collection path, then copies one by one).
    init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { utf8 in
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                initialized = decodeScalars(utf8) { buffer[$0] = $1 }
            }
        }
    }
}

/// Decodes the valid UTF-8 of a Swift string, handing each scalar to `store` with its index;
/// returns how many there were. One loop for every scalar storage built from a string.
@inline(__always)
func decodeScalars(_ utf8: UnsafeBufferPointer<UInt8>, _ store: (Int, Unicode.Scalar) -> Void) -> Int {
    var iterator = utf8.makeIterator()
    var decoder = UTF8()
    var i = 0
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
        store(i, scalar)
        i += 1
    }
    return i
}

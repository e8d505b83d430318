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

extension String {
    /// `String(scalars:)` for the stored kinds of scalars: straight from their code units.
    init(scalars: CompactScalars) { self = scalars.string(0..<scalars.count) }
    init(scalars: Slice<CompactScalars>) { self = scalars.base.string(scalars.startIndex..<scalars.endIndex) }
    init(scalars: ScalarRun) { self = scalars.string(0..<scalars.count) }
    init(scalars: Slice<ScalarRun>) { self = scalars.base.string(scalars.startIndex..<scalars.endIndex) }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 in one pass into an array of exactly
    /// the right size (`Array(text.unicodeScalars)` counts them first through the generic
    /// collection path, then copies one by one).
    init(scalarsOf text: String) {
        self = text.withUTF8Bytes { utf8 in
            let count = scalarCount(ofUTF8: utf8).count
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                initialized = decodeScalars(utf8) { buffer[$0] = $1 }
            }
        }
    }
}

/// How many scalars the valid UTF-8 `utf8` holds (its bytes that do not continue a
/// sequence), and whether all are in the BMP (no four-byte lead). Eight bytes at a time, in
/// a word: the byte-by-byte count was half of building a document's scalars.
func scalarCount(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> (count: Int, fitsInBMP: Bool) {
    let high: UInt64 = 0x8080_8080_8080_8080
    var continuations = 0, fourByteLeads: UInt64 = 0, i = 0
    if let base = utf8.baseAddress {
        while i &+ 8 <= utf8.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Per byte, in its top bit: a continuation byte is 10xxxxxx (bit 7 set, bit 6
            // clear); a four-byte lead 11110xxx and above (bits 7 to 4 set). A shift carries
            // a byte's bit 7 into the next byte's bit 0, which the mask drops.
            continuations &+= (w & ~(w << 1) & high).nonzeroBitCount
            fourByteLeads |= w & (w << 1) & (w << 2) & (w << 3) & high
            i &+= 8
        }
    }
    var count = i - continuations, fitsInBMP = fourByteLeads == 0
    while i < utf8.count {
        let byte = utf8[i]
        if byte & 0xC0 != 0x80 { count &+= 1 }
        if byte >= 0xF0 { fitsInBMP = false }
        i &+= 1
    }
    return (count, fitsInBMP)
}

/// Decodes the valid UTF-8 of a Swift string, handing each scalar to `store` with its index;
/// returns how many there were. One loop for every scalar storage built from a string.
@inline(__always)
func decodeScalars(_ utf8: UnsafeBufferPointer<UInt8>, _ store: (Int, Unicode.Scalar) -> Void) -> Int {
    var i = 0, k = 0
    while let (value, length) = scalarValue(at: i, in: utf8) {
        // Valid UTF-8 encodes no surrogate and nothing above U+10FFFF.
        store(k, Unicode.Scalar(value).unsafelyUnwrapped)
        i &+= length
        k &+= 1
    }
    return k
}

/// Writes the UTF-8 of the scalar value `v` at `p` (room for four bytes); returns how many
/// it wrote. The one encoder of the output buffers and of strings made from stored scalars.
@inline(__always)
func writeUTF8(_ v: UInt32, to p: UnsafeMutablePointer<UInt8>) -> Int {
    if v < 0x80 {
        p[0] = UInt8(truncatingIfNeeded: v)
        return 1
    } else if v < 0x800 {
        p[0] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
        p[1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return 2
    } else if v < 0x1_0000 {
        p[0] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
        p[1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        p[2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return 3
    } else {
        p[0] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
        p[1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
        p[2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
        p[3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
        return 4
    }
}

/// The value of the scalar whose UTF-8 starts at byte `i` of `utf8`, and its length in
/// bytes; nil at the end or when the sequence is cut off there (never in a string).
///
/// A Swift string's UTF-8 is valid, so the sequence is read from its lead byte without the
/// checks of the standard library's decoder, which were most of the time of reading a
/// corpus into scalars.
@inline(__always)
func scalarValue(at i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int)? {
    let n = utf8.count
    guard i < n, let p = utf8.baseAddress else { return nil }
    let lead = UInt32(p[i])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
        guard i + 1 < n else { return nil }
        return ((lead & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
    }
    if lead < 0xF0 {
        guard i + 2 < n else { return nil }
        return ((lead & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
    }
    guard i + 3 < n else { return nil }
    return ((lead & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
}

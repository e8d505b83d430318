/// Building output text as UTF-8 bytes.
///
/// Appending one `Unicode.Scalar` to a `String` costs a call into the string's storage
/// each time; the renderers' inner loops (article text, TEI paragraphs) instead append
/// bytes to a `[UInt8]` and make one `String` at the end.
enum UTF8Output {
    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    /// The string of `bytes`, which are valid UTF-8 by construction.
    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

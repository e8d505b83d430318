/// Hexadecimal text for bytes (digests, byte values in error messages).
enum Hex {
    /// `[0xAB, 0x01]` → `ab01` (or `AB01`). Linear; no `String(format:)`, which is slow on Linux.
    static func string(_ bytes: some Sequence<UInt8>, uppercase: Bool = false) -> String {
        let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

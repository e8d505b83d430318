/// The encodings synthetic files are written in, and their bytes.
enum SynthEncoding: CaseIterable {
    case utf8, utf8BOM, gb18030, utf16LE, utf16BE

    /// Draw weights per 100 files.
    static let weights: [(SynthEncoding, Int)] = [(.utf8, 78), (.utf8BOM, 3), (.gb18030, 10), (.utf16LE, 6), (.utf16BE, 3)]

    /// The bytes of `text`; UTF-16 with its byte-order mark, GB18030 through iconv.
    func bytes(_ text: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .utf16LE, .utf16BE:
            var out: [UInt8] = self == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]
            out.reserveCapacity(2 + text.utf16.count * 2)
            for unit in text.utf16 {
                let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
                if self == .utf16LE { out += [lo, hi] } else { out += [hi, lo] }
            }
            return out
        case .gb18030:
            let utf8 = Array(text.utf8)
            switch utf8.withUnsafeBytes({ Iconv.convertFromUTF8($0, to: "GB18030") }) {
            case .success(let b): return b
            case .failure: return utf8 // iconv without GB18030: the file stays UTF-8, its text the same
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict byte-to-UTF-8 conversion through the C library's iconv.
///
/// This is the one place that touches iconv's pointers; `TextDecoder` uses the safe
/// `convert` API. Conversion stops at the first byte sequence that is invalid in the
/// source charset, so nothing is ever silently replaced.
enum Iconv {
    /// Why a conversion stopped.
    enum Failure: Error, Equatable {
        /// The charset is not known to iconv.
        case unsupportedCharset(String)
        /// An invalid byte sequence starts at this byte offset of the input.
        case invalidSequence(offset: Int)
        /// The input ends in the middle of a multi-byte sequence that starts at this byte offset.
        case truncatedSequence(offset: Int)
    }

    /// Converts `bytes`, encoded in `charset` (an iconv name such as `GB18030` or
    /// `UTF-16LE`), to UTF-8 bytes. Linear in the input size.
    static func convertToUTF8(_ bytes: UnsafeRawBufferPointer, from charset: String) -> Result<[UInt8], Failure> {
        convert(bytes, from: charset, to: "UTF-8")
    }

    /// Converts UTF-8 `bytes` to `charset` (the synthetic corpus writes GB18030 with it).
    static func convertFromUTF8(_ bytes: UnsafeRawBufferPointer, to charset: String) -> Result<[UInt8], Failure> {
        convert(bytes, from: "UTF-8", to: charset)
    }

    /// Converts `bytes` from one iconv charset to another, strictly. GB18030 needs up to
    /// 4 bytes per character (2 for most hanzi, which are 3 in UTF-8): the E2BIG branch
    /// grows the buffer whenever the estimate is short.
    static func convert(_ bytes: UnsafeRawBufferPointer, from charset: String, to target: String) -> Result<[UInt8], Failure> {
        guard let cd = iconv_open(target, charset), Int(bitPattern: cd) != -1 else {
            return .failure(.unsupportedCharset(target == "UTF-8" ? charset : target))
        }
        defer { iconv_close(cd) }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .success([]) }

        // UTF-16 and GB18030 code units never grow by more than 3/2 in UTF-8; the
        // E2BIG branch below grows the buffer anyway, should a charset ever do so.
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 16)
        var produced = 0
        var inPointer = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = bytes.count
        while inLeft > 0 {
            let result: Int = output.withUnsafeMutableBytes { out in
                var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.advanced(by: produced)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = out.count - produced
                var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                let r = iconv(cd, &inOptional, &inLeft, &outPointer, &outLeft)
                let savedErrno = errno
                inPointer = inOptional!
                produced = out.count - outLeft
                return r == -1 ? Int(savedErrno) : 0
            }
            let offset = bytes.count - inLeft
            switch result {
            case 0: break
            case Int(E2BIG): output.append(contentsOf: repeatElement(0, count: max(16, output.count / 2)))
            case Int(EINVAL): return .failure(.truncatedSequence(offset: offset))
            default: return .failure(.invalidSequence(offset: offset))
            }
        }
        output.removeSubrange(produced...)
        return .success(output)
    }
}

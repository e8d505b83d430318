import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import CiteTrace

/// A fresh directory under the system temp dir, removed by `remove()`.
struct TempDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "citetrace-ingest-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` at `relativePath` (creating parent directories); returns the full path.
    @discardableResult
    func write(_ relativePath: String, _ bytes: [UInt8]) throws -> String {
        let full = path + "/" + relativePath
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        try Self.writeFile(full, bytes)
        return full
    }

    /// A plain POSIX write: Foundation's `Data.write` and `createFile` are far slower
    /// on Linux, which matters when a test makes 20,000 files.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    @discardableResult
    func write(_ relativePath: String, text: String) throws -> String {
        try write(relativePath, Array(text.utf8))
    }

    func remove() {
        // Restore permissions a test may have taken away, so removal succeeds.
        if let all = FileManager.default.enumerator(atPath: path) {
            for case let rel as String in all { chmod(path + "/" + rel, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}

enum Fixture {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The first `count` characters of the first seed: real Chinese prose with
    /// digits, ASCII and line breaks.
    static func seedText(_ count: Int = 2000) throws -> String {
        let path = repositoryRoot + "/seeds/000_95e4592cef5ce677.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return String(text.prefix(count))
    }

    /// `text` encoded by glibc's iconv (UTF-8 → `charset`), independently of CiteTrace's decoder.
    static func iconvEncode(_ text: String, to charset: String) -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")!
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count, outLeft = outRaw.count
                precondition(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, "iconv failed")
                return outRaw.count - outLeft
            }
        }
        return Array(output[..<produced])
    }

    /// UTF-16 code units as bytes, little- or big-endian, without BOM.
    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            return littleEndian ? [low, high] : [high, low]
        }
    }

    /// True when the current user can still read a file after `chmod 000` (root can).
    static func canRead(_ path: String) -> Bool { access(path, R_OK) == 0 }
}

extension Ingestor {
    /// Reads one file the way `load` does for a lone file argument.
    func readOne(_ path: String) throws -> Document {
        try read(path: path, relativePath: (path as NSString).lastPathComponent)
    }
}

/// The IngestError thrown by `body`, or nil.
func ingestError(_ body: () throws -> Void) -> IngestError? {
    do { try body() } catch let error as IngestError { return error } catch { return nil }
    return nil
}

/// `7` → `0007` (String(format:) is slow on Linux).
func padded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a set of output files could not be written. Every case names a path.
public enum OutputError: Error, CustomStringConvertible, Equatable {
    /// The output path exists and is not a directory.
    case notADirectory(path: String)
    /// The output directory cannot be created or written to.
    case notWritable(path: String, reason: String)
    /// A staged file name is absolute, empty, or contains `.`/`..` components.
    case invalidName(String)
    /// Writing one file into the staging directory failed; the output directory is untouched.
    case writeFailed(path: String, reason: String)
    /// Moving a staged file into place failed; files before it in `commit()` order were replaced.
    case commitFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .notADirectory(let p): return "\(p): the output path exists and is not a directory"
        case .notWritable(let p, let r): return "\(p): cannot write to the output directory: \(r)"
        case .invalidName(let n): return "\(n): not a valid output file name (relative, without '.' or '..' components)"
        case .writeFailed(let p, let r): return "\(p): cannot write: \(r); the output directory was left as it was"
        case .commitFailed(let p, let r): return "\(p): cannot move into place: \(r)"
        }
    }
}

/// A set of files for one output directory, written all together or not at all.
///
/// `stage` collects relative path → bytes in memory. `commit()` writes every file
/// into a hidden staging directory inside the target (`.citetrace-staging-<pid>-<n>`,
/// on the same file system so renames are atomic), then renames each into place,
/// replacing files of an earlier run, then removes the staging directory. If anything
/// fails before the renames start, the target directory's previous contents are
/// untouched and the error names the file. Files are not fsync'ed.
public struct OutputDirectory: Sendable {
    /// Writes one file's bytes; the default creates or truncates the file.
    /// Inject a failing writer to simulate a full disk.
    public typealias Writer = @Sendable (_ path: String, _ data: Data) throws -> Void

    public let path: String
    /// Staged files in staging order (a file staged again keeps its first place).
    public private(set) var files: [(relativePath: String, data: Data)] = []
    private var positions: [String: Int] = [:]
    private let writer: Writer

    public init(path: String, writer: @escaping Writer = OutputDirectory.writeFile) {
        self.path = path
        self.writer = writer
    }

    /// Adds (or replaces) a file, `relativePath` below the output directory (`a/b.json`).
    public mutating func stage(_ relativePath: String, _ data: Data) {
        if let i = positions[relativePath] {
            files[i].data = data
        } else {
            positions[relativePath] = files.count
            files.append((relativePath, data))
        }
    }

    public mutating func stage(_ relativePath: String, text: String) {
        stage(relativePath, Data(text.utf8))
    }

    /// Writes every staged file, see the type's documentation. Returns the final paths.
    @discardableResult
    public func commit() throws(OutputError) -> [String] {
        for file in files where !Self.isValidName(file.relativePath) { throw .invalidName(file.relativePath) }
        try prepareTarget()

        let staging = try makeStagingDirectory()
        defer { try? FileManager.default.removeItem(atPath: staging) }
        for file in files {
            let staged = Self.join(staging, file.relativePath)
            do {
                try Self.createParent(of: staged)
                try writer(staged, file.data)
            } catch {
                throw .writeFailed(path: Self.join(path, file.relativePath), reason: Self.reason(error))
            }
        }

        for file in files {
            var isDirectory: ObjCBool = false
            let final = Self.join(path, file.relativePath)
            if FileManager.default.fileExists(atPath: final, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .writeFailed(path: final, reason: "a directory of that name is in the way")
            }
        }

        var written: [String] = []
        for file in files {
            let final = Self.join(path, file.relativePath)
            do {
                try Self.createParent(of: final)
            } catch {
                throw .commitFailed(path: final, reason: Self.reason(error))
            }
            guard rename(Self.join(staging, file.relativePath), final) == 0 else {
                throw .commitFailed(path: final, reason: String(cString: strerror(errno)))
            }
            written.append(final)
        }
        return written
    }

    /// The default writer: create or truncate, write everything, close.
    public static func writeFile(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteFailure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    /// A POSIX failure of the default writer, as the `strerror` text.
    public struct WriteFailure: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    // MARK: - Steps

    private func prepareTarget() throws(OutputError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notADirectory(path: path) }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw .notWritable(path: path, reason: Self.reason(error))
            }
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw .notWritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private func makeStagingDirectory() throws(OutputError) -> String {
        var attempt = 0
        while true {
            let staging = Self.join(path, ".citetrace-staging-\(getpid())-\(attempt)")
            if mkdir(staging, 0o755) == 0 { return staging }
            guard errno == EEXIST, attempt < 100 else {
                throw .notWritable(path: path, reason: String(cString: strerror(errno)))
            }
            attempt += 1
        }
    }

    private static func createParent(of file: String) throws {
        let parent = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
    }

    private static func isValidName(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        return !relativePath.hasPrefix("/") && !parts.isEmpty
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError { return error.localizedDescription }
        return String(describing: error)
    }
}

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
    /// Moving a staged file into place failed; the files moved before it were put back.
    case commitFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .notADirectory(let p): return "\(p): the output path exists and is not a directory"
        case .notWritable(let p, let r): return "\(p): cannot write to the output directory: \(r)"
        case .invalidName(let n): return "\(n): not a valid output file name (relative, without '.' or '..' components)"
        case .writeFailed(let p, let r): return "\(p): cannot write: \(r); the output directory was left as it was"
        case .commitFailed(let p, let r): return "\(p): cannot move into place: \(r); the output directory was restored"
        }
    }
}

/// A set of files for one output directory, written all together or not at all.
///
/// `stage` collects relative path → bytes in memory. `commit()` writes every file
/// into a hidden staging directory inside the target (`.citetrace-staging-<pid>-<n>`,
/// on the same file system so renames are atomic), then renames each into place; a
/// file of an earlier run is first set aside in `.citetrace-previous-<pid>-<n>`, so
/// that when a rename fails half-way every file moved so far is put back. Then both
/// hidden directories are removed. Whatever fails, the target keeps its previous files
/// (at most an empty folder a new file needed stays behind) and the error names the
/// file. Files are not fsync'ed.
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

        let staging = try makeHiddenDirectory("staging")
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

        let previous = try makeHiddenDirectory("previous")
        defer { try? FileManager.default.removeItem(atPath: previous) }
        var moved: [(final: String, setAside: String?)] = []
        for file in files {
            let final = Self.join(path, file.relativePath)
            do {
                moved.append(try Self.move(Self.join(staging, file.relativePath), to: final,
                                           settingAsideIn: Self.join(previous, file.relativePath)))
            } catch {
                Self.putBack(moved)
                throw .commitFailed(path: final, reason: Self.reason(error))
            }
        }
        return moved.map(\.final)
    }

    /// Renames `staged` to `final`; an existing `final` is first renamed to `aside`.
    /// Returns where the previous file went, nil when there was none.
    private static func move(_ staged: String, to final: String, settingAsideIn aside: String) throws -> (final: String, setAside: String?) {
        try createParent(of: final)
        var info = stat()
        var setAside: String?
        if lstat(final, &info) == 0 {
            try createParent(of: aside)
            guard rename(final, aside) == 0 else { throw WriteFailure(reason: String(cString: strerror(errno))) }
            setAside = aside
        }
        guard rename(staged, final) == 0 else {
            let reason = String(cString: strerror(errno))
            if let setAside { rename(setAside, final) }
            throw WriteFailure(reason: reason)
        }
        return (final, setAside)
    }

    /// Undoes `move`s, last first: previous files go back, new ones are removed.
    private static func putBack(_ moved: [(final: String, setAside: String?)]) {
        for entry in moved.reversed() {
            if let aside = entry.setAside { rename(aside, entry.final) } else { unlink(entry.final) }
        }
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
                try Self.makeDirectories(path)
            } catch {
                throw .notWritable(path: path, reason: Self.reason(error))
            }
        }
        guard access(path, W_OK | X_OK) == 0 else {
            throw .notWritable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// A new hidden directory `.citetrace-<purpose>-<pid>-<n>` inside the target.
    private func makeHiddenDirectory(_ purpose: String) throws(OutputError) -> String {
        var attempt = 0
        while true {
            let directory = Self.join(path, ".citetrace-\(purpose)-\(getpid())-\(attempt)")
            if mkdir(directory, 0o755) == 0 { return directory }
            guard errno == EEXIST, attempt < 100 else {
                throw .notWritable(path: path, reason: String(cString: strerror(errno)))
            }
            attempt += 1
        }
    }

    private static func createParent(of file: String) throws {
        try makeDirectories((file as NSString).deletingLastPathComponent)
    }

    /// `mkdir -p` with POSIX calls, so a failure says why in `strerror` words
    /// (Foundation's error on Linux says only "The operation could not be completed").
    private static func makeDirectories(_ directory: String) throws {
        var info = stat()
        if stat(directory, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw WriteFailure(reason: "\(directory) is not a directory") }
            return
        }
        let parent = (directory as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != directory { try makeDirectories(parent) }
        guard mkdir(directory, 0o755) == 0 || errno == EEXIST else {
            throw WriteFailure(reason: "cannot create \(directory): \(String(cString: strerror(errno)))")
        }
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

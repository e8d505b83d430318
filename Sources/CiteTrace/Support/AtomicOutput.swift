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

/// An output directory whose files are replaced all together or not at all.
///
/// `begin()` opens a `Staging`: a hidden directory inside the target
/// (`.citetrace-staging-<pid>-<n>`, on the same file system so renames are atomic).
/// Each `Staging.write` puts one file there, whole or streamed chunk by chunk, so a
/// caller can render and write file by file and never hold the whole report in memory.
/// `Staging.commit()` then renames each file into place. A top folder moves whole: in one
/// rename when the target lacks it; in two when the target has it (`FolderSwap`), with what
/// the earlier folder held that the new files do not replace put back. A file of an earlier
/// run is first set aside in `.citetrace-previous-<pid>-<n>`, so that when a rename fails
/// half-way every file and folder moved so far is put back. Then both hidden directories
/// are removed, their files on all cores. A staging that is dropped without a commit (a
/// write or a render failed) removes its directory. Whatever fails, the target keeps its
/// previous files (at most an empty folder a new file needed stays behind) and the error
/// names the file. Files are not fsync'ed.
public struct OutputDirectory: Sendable {
    /// Writes one file's bytes whole. Inject a failing writer to simulate a full disk.
    /// Called from several threads at once when files are written in parallel.
    public typealias Writer = @Sendable (_ path: String, _ data: Data) throws -> Void

    public let path: String
    /// nil: files are created with POSIX calls and streamed files written chunk by chunk.
    /// A custom writer sees each file whole, streamed ones gathered in memory first.
    private let writer: Writer?

    public init(path: String, writer: Writer? = nil) {
        self.path = path
        self.writer = writer
    }

    /// Creates the target if needed, checks it is writable, and opens a staging directory in it.
    public func begin() throws(OutputError) -> Staging {
        try prepareTarget()
        return Staging(target: path, directory: try Self.makeHiddenDirectory("staging", in: path), writer: writer)
    }

    /// Files written for one output directory, not yet in place. See `OutputDirectory`.
    ///
    /// `write` may be called from several threads at once; `commit` once, after every
    /// write has returned.
    ///
    /// `@unchecked Sendable`: the mutable `state` is only touched under `lock`
    /// (`Mutex` would need macOS 15; the package supports macOS 13).
    public final class Staging: @unchecked Sendable {
        public let target: String
        private let directory: String
        private let writer: Writer?
        private let lock = NSLock()
        private var state = State()

        private struct State {
            /// Relative paths written so far, each once.
            var written: Set<String> = []
            /// Folders known to exist below the staging directory, so each is made once.
            var folders: Set<String> = []
            var committed = false
        }

        fileprivate init(target: String, directory: String, writer: Writer?) {
            self.target = target
            self.directory = directory
            self.writer = writer
        }

        deinit {
            if !state.committed { removeTree(directory) }
        }

        /// Writes (or rewrites) `relativePath` (`a/b.json`) into the staging directory.
        public func write(_ relativePath: String, _ data: Data) throws(OutputError) {
            let staged = try prepare(relativePath)
            do {
                try (writer ?? OutputDirectory.writeFile)(staged, data)
            } catch {
                discard(relativePath)
                throw failed(relativePath, error)
            }
            lock.withLock { _ = state.written.insert(relativePath) }
        }

        /// Writes `relativePath` with the bytes `render` hands its sink, chunk by chunk as
        /// they come, so the whole file is never in memory (with the default writer).
        /// Throws `OutputError.writeFailed` when the bytes cannot be stored, else
        /// whatever `render` throws.
        func write(_ relativePath: String, streaming render: (ByteSink) throws -> Void) throws {
            guard writer == nil else {
                try write(relativePath, ByteSink.collect(render))
                return
            }
            let staged = try prepare(relativePath)
            let file: FileDescriptor
            do { file = try FileDescriptor(creating: staged) } catch { throw failed(relativePath, error) }
            defer { file.close() }
            let sink = ByteSink { try file.write($0) }
            do {
                try render(sink)
            } catch {
                discard(relativePath)
                if let failure = sink.failure { throw failed(relativePath, failure) }
                throw error
            }
            do { try sink.finish() } catch {
                discard(relativePath)
                throw failed(relativePath, error)
            }
            lock.withLock { _ = state.written.insert(relativePath) }
        }

        /// Removes what a failed write left of `relativePath`: whatever fails, no part of a
        /// file is committed (a folder the target lacks is moved whole, with all it holds).
        private func discard(_ relativePath: String) {
            unlink(OutputDirectory.join(directory, relativePath))
            lock.withLock { _ = state.written.remove(relativePath) }
        }

        /// Checks the name and makes its folder; returns the staged path.
        private func prepare(_ relativePath: String) throws(OutputError) -> String {
            guard OutputDirectory.isValidName(relativePath) else { throw .invalidName(relativePath) }
            do {
                try makeFolder(of: relativePath)
            } catch {
                throw failed(relativePath, error)
            }
            return OutputDirectory.join(directory, relativePath)
        }

        private func failed(_ relativePath: String, _ error: any Error) -> OutputError {
            .writeFailed(path: OutputDirectory.join(target, relativePath), reason: OutputDirectory.reason(error))
        }

        /// Moves every written file into the target, in path order; see `OutputDirectory`.
        /// Returns the final paths.
        @discardableResult
        public func commit() throws(OutputError) -> [String] {
            let files = lock.withLock {
                state.committed = true
                return state.written.sorted()
            }
            defer { removeTree(directory) }

            // A top folder moves whole: in one rename when the target lacks it, in two when
            // it has one (`FolderSwap`). A report's article pages are tens of thousands of
            // files, and one rename each took a core for most of a second at 100 MB.
            var absent: [String] = [], present: [String] = []
            for folder in Self.topFolders(of: files) {
                var info = stat()
                if lstat(OutputDirectory.join(target, folder), &info) != 0 && errno == ENOENT {
                    absent.append(folder)
                } else {
                    present.append(folder)
                }
            }
            var swaps: [FolderSwap] = []
            if !present.isEmpty {
                let fileSet = Set(files), folderSet = Self.folders(of: files)
                swaps = present.compactMap { FolderSwap.plan($0, in: target, files: fileSet, folders: folderSet) }
            }
            let whole = Set(absent + swaps.map(\.folder))
            // The files outside those folders move one by one. Nothing can be in the way in
            // a folder that moves whole (the swap's plan looked): only these are looked up (one
            // lookup per file was a serial twentieth of a second at 100 MB).
            let loose = files.filter { !whole.contains(Self.topFolder(of: $0) ?? "") }
            for file in loose {
                let final = OutputDirectory.join(target, file)
                var info = stat()
                if lstat(final, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    throw .writeFailed(path: final, reason: "a directory of that name is in the way")
                }
            }

            let previous = try OutputDirectory.makeHiddenDirectory("previous", in: target)
            defer { removeTree(previous) }
            var journal = RenameJournal()
            // The path being put in place, named when a rename fails.
            var current = target
            do {
                for folder in absent {
                    current = OutputDirectory.join(target, folder)
                    try journal.move(OutputDirectory.join(directory, folder), to: current)
                }
                for swap in swaps {
                    let final = OutputDirectory.join(target, swap.folder)
                    current = final
                    try journal.move(final, to: OutputDirectory.join(previous, swap.folder))
                    try journal.move(OutputDirectory.join(directory, swap.folder), to: final)
                    for survivor in swap.survivors {
                        current = OutputDirectory.join(target, survivor)
                        try journal.move(OutputDirectory.join(previous, survivor), to: current)
                    }
                }
                var folders = FolderMaker()
                for file in loose {
                    let final = OutputDirectory.join(target, file)
                    current = final
                    try folders.makeParent(of: final)
                    var info = stat()
                    if lstat(final, &info) == 0 {
                        let aside = OutputDirectory.join(previous, file)
                        try folders.makeParent(of: aside)
                        try journal.move(final, to: aside)
                    }
                    try journal.move(OutputDirectory.join(directory, file), to: final)
                }
            } catch {
                journal.undo()
                throw .commitFailed(path: current, reason: OutputDirectory.reason(error))
            }
            return files.map { OutputDirectory.join(target, $0) }
        }

        /// The first component of a path in a folder (`articles` of `articles/a.html`).
        private static func topFolder(of relativePath: String) -> String? {
            // By bytes, as `makeFolder` splits a path: a folder is what precedes the first `/`.
            relativePath.utf8.firstIndex(of: UInt8(ascii: "/")).map { String(relativePath[..<$0]) }
        }

        /// The distinct top folders of `files`, sorted.
        private static func topFolders(of files: [String]) -> [String] {
            Set(files.compactMap(topFolder)).sorted()
        }

        /// Creates the staging folder `relativePath` goes in, once per folder.
        private func makeFolder(of relativePath: String) throws {
            guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
            let folder = String(relativePath[..<slash])
            try lock.withLock {
                guard !state.folders.contains(folder) else { return }
                try OutputDirectory.makeDirectories(OutputDirectory.join(directory, folder))
                state.folders.insert(folder)
            }
        }

        /// Every folder the files pass through below the target (`a` and `a/b` for `a/b/c.html`).
        private static func folders(of files: [String]) -> Set<String> {
            var folders = Set<String>()
            for file in files {
                var utf8 = Substring(file).utf8
                while let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
                    utf8 = utf8[..<slash]
                    guard folders.insert(String(Substring(utf8))).inserted else { break }
                }
            }
            return folders
        }
    }

    /// The renames a commit made, so that a failure half-way puts everything back.
    private struct RenameJournal {
        private var done: [(from: String, to: String)] = []

        /// Renames `from` to `to`, and notes it.
        mutating func move(_ from: String, to: String) throws {
            guard rename(from, to) == 0 else { throw WriteFailure(reason: String(cString: strerror(errno))) }
            done.append((from, to))
        }

        /// Renames back, last first: new files and folders return to the staging directory,
        /// which is removed after; the earlier run's return to their places.
        func undo() {
            for entry in done.reversed() { rename(entry.to, entry.from) }
        }
    }

    /// `mkdir -p` for the parent folders of many files, each folder made (or checked) once.
    private struct FolderMaker {
        private var known: Set<String> = []

        mutating func makeParent(of file: String) throws {
            let folder = (file as NSString).deletingLastPathComponent
            guard !known.contains(folder) else { return }
            try OutputDirectory.makeDirectories(folder)
            known.insert(folder)
        }
    }

    /// The default writer: create or truncate, write everything, close.
    public static func writeFile(_ path: String, _ data: Data) throws {
        let file = try FileDescriptor(creating: path)
        defer { file.close() }
        try data.withUnsafeBytes { try file.write($0) }
    }

    /// An open file of the default writer.
    private struct FileDescriptor {
        let fd: Int32

        /// Creates or truncates `path` for writing.
        init(creating path: String) throws {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteFailure(reason: String(cString: strerror(errno))) }
        }

        /// Writes all of `bytes`, retrying short and interrupted writes.
        func write(_ bytes: UnsafeRawBufferPointer) throws {
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WriteFailure(reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }

        func close() { _ = Glibc.close(fd) }
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

    /// A new hidden directory `.citetrace-<purpose>-<pid>-<n>` inside `target`.
    private static func makeHiddenDirectory(_ purpose: String, in target: String) throws(OutputError) -> String {
        var attempt = 0
        while true {
            let directory = join(target, ".citetrace-\(purpose)-\(getpid())-\(attempt)")
            if mkdir(directory, 0o755) == 0 { return directory }
            guard errno == EEXIST, attempt < 100 else {
                throw .notWritable(path: target, reason: String(cString: strerror(errno)))
            }
            attempt += 1
        }
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

    /// A relative path of `/`-separated components, none empty, `.` or `..`. Read byte by
    /// byte: it is checked for every file of a report, tens of thousands at 100 MB, and
    /// comparing substrings as strings took thousands of instructions a path.
    static func isValidName(_ relativePath: String) -> Bool {
        var length = 0, onlyDots = true
        func componentIsValid() -> Bool { length > 0 && !(onlyDots && length <= 2) }
        for byte in relativePath.utf8 {
            if byte == UInt8(ascii: "/") {
                guard componentIsValid() else { return false }
                length = 0
                onlyDots = true
            } else {
                length += 1
                onlyDots = onlyDots && byte == UInt8(ascii: ".")
            }
        }
        return componentIsValid()
    }

    /// `out` + `a/b.html` → `out/a/b.html`; `out/` + `a/b.html` → the same.
    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError { return error.localizedDescription }
        return String(describing: error)
    }
}

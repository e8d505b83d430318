#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file to read: where it is, and its name inside the path it was found under.
struct InputFile: Equatable {
    /// The path as given, joined with `relativePath` for files inside a directory.
    var path: String
    /// The file name for a file given directly; the path below the directory otherwise.
    var relativePath: String
    /// The file was named on the command line (not found inside a directory).
    var isDirectArgument: Bool
    /// Its size in bytes when it was listed (what the choice to spill the texts goes by).
    var size: Int
}

/// Lists the files under one command-line path.
///
/// Directories are walked recursively; the result is sorted by relative path in byte
/// order (a deterministic order on every machine and locale). Skipped, with no
/// warning: hidden entries (name starting with `.`). Skipped with a warning: files
/// whose extension says they are not text (`.png`, `.pdf`, `.zip`, …), special files
/// (FIFOs, sockets, devices), broken symbolic links, entries that vanish while being
/// listed, unreadable directories, and directories already visited — symbolic links
/// are followed, but each real directory (device + inode) is read once, so a link to
/// an ancestor cannot loop.
enum InputLister {
    /// Extensions of files that are never plain text, HTML or XML.
    static let nonTextExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "ico", "heic", "svgz", "psd",
        "pdf", "djvu", "epub", "mobi", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
        "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "zst", "lz", "lzma", "z", "jar", "war",
        "mp3", "mp4", "m4a", "wav", "flac", "ogg", "avi", "mov", "mkv", "webm",
        "exe", "dll", "so", "dylib", "o", "a", "class", "pyc", "bin", "iso", "dmg",
        "woff", "woff2", "ttf", "otf", "eot", "sqlite", "db",
    ]

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The files `path` names: itself if it is a file, its contents if a directory.
    static func list(_ path: String) throws(IngestError) -> (files: [InputFile], warnings: [IngestWarning]) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == EACCES { throw .unreadable(path: path, reason: "permission denied") }
            throw .missingPath(path)
        }
        guard isDirectory(info) else {
            return ([InputFile(path: path, relativePath: lastComponent(of: path), isDirectArgument: true, size: Int(info.st_size))], [])
        }
        var files: [InputFile] = []
        var warnings: [IngestWarning] = []
        var visited = Set<DirectoryIdentity>()
        visited.insert(identity(info))
        guard let names = entries(of: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        walk(names: names, directory: path, prefix: "", visited: &visited, files: &files, warnings: &warnings)
        return (files, warnings)
    }

    /// Depth-first, each directory's entries sorted by name with `/` appended to
    /// directory names: that yields the byte order of the full relative paths.
    private static func walk(names: [String], directory: String, prefix: String, visited: inout Set<DirectoryIdentity>,
                             files: inout [InputFile], warnings: inout [IngestWarning]) {
        // Each name is looked up from the directory's descriptor, not from the root again,
        // and on every core when there are many: a corpus folder may hold thousands.
        let directoryFD = open(directory, O_RDONLY | O_DIRECTORY)
        defer { if directoryFD >= 0 { close(directoryFD) } }
        let visible = names.filter { !$0.hasPrefix(".") }
        let looked = visible.parallelMap(chunk: 64) { name -> (info: stat?, broken: Bool) in
            // By the full path when the directory could not be opened.
            let at = directoryFD >= 0 ? directoryFD : AT_FDCWD, path = directoryFD >= 0 ? name : join(directory, name)
            var info = stat()
            if fstatat(at, path, &info, 0) == 0 { return (info, false) }
            var linkInfo = stat()
            return (nil, fstatat(at, path, &linkInfo, AT_SYMLINK_NOFOLLOW) == 0)
        }
        var entries: [(key: [UInt8], name: String, info: stat)] = []
        entries.reserveCapacity(visible.count)
        for (name, result) in zip(visible, looked) {
            guard let info = result.info else {
                let full = join(directory, name)
                let reason = result.broken ? "broken symbolic link" : "vanished while the directory was read"
                warnings.append(IngestWarning(path: full, message: "\(full): skipped: \(reason)"))
                continue
            }
            let key = Array(name.utf8) + (isDirectory(info) ? [0x2F] : [])
            entries.append((key, name, info))
        }
        entries.sort { bytesPrecede($0.key, $1.key) }

        for entry in entries {
            let full = join(directory, entry.name)
            let relative = prefix.isEmpty ? entry.name : prefix + "/" + entry.name
            if isDirectory(entry.info) {
                guard visited.insert(identity(entry.info)).inserted else {
                    warnings.append(IngestWarning(path: full, message:
                        "\(full): skipped: directory already read (a symbolic link to an ancestor or a repeated directory)"))
                    continue
                }
                guard let children = Self.entries(of: full) else {
                    let reason = String(cString: strerror(errno))
                    warnings.append(IngestWarning(path: full, message: "\(full): skipped: cannot read the directory: \(reason)"))
                    continue
                }
                walk(names: children, directory: full, prefix: relative, visited: &visited, files: &files, warnings: &warnings)
            } else if (entry.info.st_mode & S_IFMT) != S_IFREG {
                warnings.append(IngestWarning(path: full, message: "\(full): skipped: not a regular file"))
            } else if let ext = fileExtension(entry.name), nonTextExtensions.contains(ext) {
                warnings.append(IngestWarning(path: full, message: "\(full): skipped: .\(ext) files are not text"))
            } else {
                files.append(InputFile(path: full, relativePath: relative, isDirectArgument: false, size: Int(entry.info.st_size)))
            }
        }
    }

    /// Entry names of a directory (without `.` and `..`), or nil with `errno` set.
    private static func entries(of directory: String) -> [String]? {
        var names: [String] = []
        return DirectoryEntry.forEach(in: directory) { names.append($0.name) } ? names : nil
    }

    /// Lower-cased extension of a file name, nil when there is none (or only a leading dot).
    static func fileExtension(_ name: String) -> String? {
        let base = lastComponent(of: name).utf8
        // `.` is one byte and never part of another scalar's UTF-8.
        guard let dot = base.lastIndex(of: UInt8(ascii: ".")), dot != base.startIndex else { return nil }
        let ext = Substring(base[base.index(after: dot)...])
        return ext.isEmpty ? nil : ext.lowercased()
    }

    /// The part after the last `/`, trailing slashes ignored (`a/b/` → `b`, `/` → `/`).
    /// Works on bytes: `/` is one byte and never part of another scalar's UTF-8.
    static func lastComponent(of path: String) -> String {
        let slash = UInt8(ascii: "/")
        var bytes = Substring(path).utf8
        while bytes.count > 1 && bytes.last == slash { bytes = bytes.dropLast() }
        if let last = bytes.lastIndex(of: slash), bytes.index(after: last) < bytes.endIndex {
            return String(Substring(bytes[bytes.index(after: last)...]))
        }
        return String(Substring(bytes))
    }

    /// `seeds` + `a.txt` → `seeds/a.txt`; `seeds/` + `a.txt` → `seeds/a.txt`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

    private static func identity(_ info: stat) -> DirectoryIdentity {
        DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    private static func bytesPrecede(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let common = min(a.count, b.count)
        guard common > 0 else { return a.count < b.count }
        let order = a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in memcmp(pa.baseAddress!, pb.baseAddress!, common) } }
        return order != 0 ? order < 0 : a.count < b.count
    }
}

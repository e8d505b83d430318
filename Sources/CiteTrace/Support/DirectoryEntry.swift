#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One entry of a directory, as `readdir` gives it.
struct DirectoryEntry {
    /// The entry's name, neither `.` nor `..`.
    var name: String
    /// `d_type`: `DT_DIR`, `DT_REG`, `DT_LNK`…, or `DT_UNKNOWN` on file systems that do not tell.
    var type: UInt8

    /// Calls `body` with each entry of `directory` in the order the file system gives them.
    /// False, with `errno` set, when the directory cannot be opened.
    static func forEach(in directory: String, _ body: (DirectoryEntry) -> Void) -> Bool {
        guard let dir = opendir(directory) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { body(DirectoryEntry(name: name, type: entry.pointee.d_type)) }
        }
        return true
    }

    /// Whether the entry is a directory itself (not a link to one): by `d_type` when the
    /// file system gives it, else by `lstat` of `path`, the entry's full path.
    func isDirectory(at path: String) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

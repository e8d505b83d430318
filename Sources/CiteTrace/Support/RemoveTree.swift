#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes `path` and everything below it, as `rm -rf` does, without its messages: what
/// cannot be removed stays. The files are unlinked on all cores.
///
/// Replacing a report removes the earlier run's files, tens of thousands at 100 MB. Most of
/// an unlink on tmpfs is freeing the file's pages, which the kernel does after it lets go
/// of the directory, so two cores remove a folder's files in much less time than one.
func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
        unlink(path)
        return
    }
    var files: [String] = [], folders: [String] = [path]
    var next = 0
    // Breadth first: every folder comes after its parent, so removing them last first
    // empties each before its parent.
    while next < folders.count {
        let folder = folders[next]
        next += 1
        _ = DirectoryEntry.forEach(in: folder) { entry in
            let full = OutputDirectory.join(folder, entry.name)
            if entry.isDirectory(at: full) { folders.append(full) } else { files.append(full) }
        }
    }
    _ = files.parallelMap(chunk: 256) { unlink($0) }
    for folder in folders.reversed() { rmdir(folder) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A top folder of the target that a commit replaces in two renames instead of one rename
/// per file: the earlier run's folder is set aside, the staged one moves in, and what the
/// earlier folder held that the new files do not replace is put back.
///
/// A report's article pages are tens of thousands of files in one folder. Replacing them
/// one by one (a lookup and two renames each) took a core for most of a second at 100 MB,
/// every time a report was written over the one before. The folder itself is the staged
/// one: it has the permissions a new folder gets, not the earlier folder's.
struct FolderSwap: Equatable {
    /// The top folder, relative to the target (`articles`).
    var folder: String
    /// Entries of the earlier folder the new files neither replace nor need as folders,
    /// relative to the target (`articles/old.html`, or a folder kept with all it holds).
    var survivors: [String]

    /// How `folder` of `target` can be swapped, nil when it cannot: it is not a directory
    /// (a symbolic link to one is written through, file by file), a directory below it cannot
    /// be read, a directory stands where a new file goes, or something other than a directory
    /// stands where new files need a folder. The file-by-file move then does what it always did,
    /// errors included.
    ///
    /// `files` are every new file's path relative to the target; `folders` every folder those
    /// paths pass through (`articles`, `a/b` for `a/b/c.html`).
    static func plan(_ folder: String, in target: String, files: Set<String>, folders: Set<String>) -> FolderSwap? {
        var info = stat()
        guard lstat(OutputDirectory.join(target, folder), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var survivors: [String] = []
        guard collect(folder, in: target, files: files, folders: folders, into: &survivors) else { return nil }
        return FolderSwap(folder: folder, survivors: survivors)
    }

    /// Walks `relative` below `target`, descending only into the folders the new files need.
    /// False when the folder cannot be swapped (see `plan`).
    private static func collect(_ relative: String, in target: String, files: Set<String>, folders: Set<String>,
                                into survivors: inout [String]) -> Bool {
        let directory = OutputDirectory.join(target, relative)
        var swappable = true
        let opened = DirectoryEntry.forEach(in: directory) { entry in
            guard swappable else { return }
            let path = relative + "/" + entry.name
            if files.contains(path) {
                // Replaced, unless it is a directory: the file-by-file move reports that.
                swappable = !entry.isDirectory(at: OutputDirectory.join(directory, entry.name))
            } else if folders.contains(path) {
                swappable = entry.isDirectory(at: OutputDirectory.join(directory, entry.name))
                    && collect(path, in: target, files: files, folders: folders, into: &survivors)
            } else {
                survivors.append(path)
            }
        }
        return opened && swappable
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CiteTrace

/// `OutputDirectory` lives in Support/ but is tested here, next to the other file-system tests.
@Suite struct IngestAtomicOutputTests {
    private struct DiskFull: Error, CustomStringConvertible {
        var description: String { "No space left on device" }
    }

    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// Writes `files` (path, text) through a new staging of `output` and commits.
    @discardableResult
    private func commit(_ output: OutputDirectory, _ files: [(String, String)]) throws(OutputError) -> [String] {
        let staging = try output.begin()
        for (path, text) in files { try staging.write(path, Data(text.utf8)) }
        return try staging.commit()
    }

    @Test("a commit writes every staged file, nested ones too, and leaves no staging directory")
    func commitsEveryFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let written = try commit(OutputDirectory(path: out), [
            ("graph.json", "{}"), ("report/index.html", "<html></html>"), ("graph.json", "{\"v\":1}"),
        ])
        #expect(written == [out + "/graph.json", out + "/report/index.html"])
        #expect(contents(out + "/graph.json") == "{\"v\":1}")
        #expect(contents(out + "/report/index.html") == "<html></html>")
        #expect(entries(out) == ["graph.json", "report"])
    }

    /// Every file and folder below `path`, relative, sorted.
    private func tree(_ path: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("a folder the target lacks arrives whole, nested files too; into one it has, new files join the earlier run's")
    func newFoldersArriveWhole() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [("kept/old.html", "old"), ("a.json", "1")])
        let written = try commit(OutputDirectory(path: out), [
            ("a.json", "2"), ("kept/new.html", "k"), ("fresh/p.html", "p"), ("fresh/deep/q.html", "q"),
        ])
        #expect(written == [out + "/a.json", out + "/fresh/deep/q.html", out + "/fresh/p.html", out + "/kept/new.html"])
        #expect(tree(out) == ["a.json", "fresh", "fresh/deep", "fresh/deep/q.html", "fresh/p.html", "kept", "kept/new.html", "kept/old.html"])
        #expect([contents(out + "/a.json"), contents(out + "/fresh/deep/q.html"), contents(out + "/kept/old.html")] == ["2", "q", "old"])
    }

    /// The inode of `path` itself (a swapped folder is a new one), nil when it does not exist.
    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test("a folder the target has is swapped whole; what the earlier one held and the new files do not replace stays, nested too")
    func existingFolderSwapped() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [
            ("kept/a.html", "old a"), ("kept/old.html", "old"), ("kept/sub/x.html", "old x"),
            ("kept/sub/keep.txt", "keep"), ("kept/olddir/y.txt", "y"),
        ])
        try TempDirectory.writeFile(out + "/kept/user.txt", Array("mine".utf8))
        let before = inode(out + "/kept")
        let new = ["kept/a.html", "kept/new.html", "kept/sub/x.html"]
        #expect(FolderSwap.plan("kept", in: out, files: Set(new), folders: ["kept", "kept/sub"])?.survivors.sorted()
                == ["kept/old.html", "kept/olddir", "kept/sub/keep.txt", "kept/user.txt"])

        try commit(OutputDirectory(path: out), [("kept/a.html", "new a"), ("kept/sub/x.html", "new x"), ("kept/new.html", "n")])
        #expect(inode(out + "/kept") != before, "moved in whole, not file by file")
        #expect(tree(out) == ["kept", "kept/a.html", "kept/new.html", "kept/old.html", "kept/olddir", "kept/olddir/y.txt",
                              "kept/sub", "kept/sub/keep.txt", "kept/sub/x.html", "kept/user.txt"])
        #expect(["a.html", "sub/x.html", "old.html", "sub/keep.txt", "olddir/y.txt", "user.txt"].map { contents(out + "/kept/" + $0) }
                == ["new a", "new x", "old", "keep", "y", "mine"])
    }

    @Test("a symbolic link to a folder is not swapped: the new files are written through it, and it stays a link")
    func linkedFolderWrittenThrough() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out", elsewhere = dir.path + "/elsewhere"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try TempDirectory.writeFile(elsewhere + "/old.html", Array("old".utf8))
        #expect(symlink(elsewhere, out + "/linked") == 0)
        #expect(FolderSwap.plan("linked", in: out, files: ["linked/p.html"], folders: ["linked"]) == nil)

        try commit(OutputDirectory(path: out), [("linked/p.html", "p")])
        var info = stat()
        #expect(lstat(out + "/linked", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
        #expect(entries(elsewhere) == ["old.html", "p.html"])
        #expect(contents(elsewhere + "/p.html") == "p")
    }

    @Test("a commit failing after a folder was swapped puts the earlier folder back as it was")
    func failedCommitUndoesSwap() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [("kept/q.html", "old q"), ("kept/old.html", "old")])
        let before = inode(out + "/kept")
        // A file where the new report needs a folder: its page cannot move in, after `kept` did.
        try TempDirectory.writeFile(out + "/z", Array("old z".utf8))
        let staging = try OutputDirectory(path: out).begin()
        for (path, text) in [("kept/q.html", "new q"), ("kept/new.html", "n"), ("z/page.html", "x")] { try staging.write(path, Data(text.utf8)) }
        #expect(throws: OutputError.self) { try staging.commit() }
        #expect(tree(out) == ["kept", "kept/old.html", "kept/q.html", "z"])
        #expect(inode(out + "/kept") == before)
        #expect([contents(out + "/kept/q.html"), contents(out + "/kept/old.html"), contents(out + "/z")] == ["old q", "old", "old z"])
    }

    @Test("removing a tree removes every file and folder below it, follows no link, and leaves a missing path alone")
    func removesTree() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let root = dir.path + "/tree", outside = dir.path + "/outside"
        for i in 0..<600 {
            let folder = root + "/f\(i % 5)" + (i % 3 == 0 ? "/deep\(i % 2)" : "")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try TempDirectory.writeFile(folder + "/page\(i).html", Array("\(i)".utf8))
        }
        try FileManager.default.createDirectory(atPath: root + "/empty/emptier", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try TempDirectory.writeFile(outside + "/kept.txt", Array("kept".utf8))
        #expect(symlink(outside, root + "/f1/link") == 0)
        #expect(tree(root).count == 600 + 5 + 10 + 2 + 1)

        removeTree(root)
        #expect(inode(root) == nil)
        #expect(entries(outside) == ["kept.txt"])
        try TempDirectory.writeFile(dir.path + "/file", Array("x".utf8))
        removeTree(dir.path + "/file")
        removeTree(dir.path + "/missing")
        #expect(entries(dir.path) == ["outside"])
    }

    @Test("a commit failing after a new folder moved in whole takes that folder back out")
    func failedCommitTakesNewFolderBack() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [("a.json", "old")])
        // A file where the new report needs a folder: its page cannot move in.
        try TempDirectory.writeFile(out + "/b", Array("old b".utf8))
        let staging = try OutputDirectory(path: out).begin()
        for (path, text) in [("a.json", "new"), ("b/page.html", "x"), ("fresh/p.html", "p")] { try staging.write(path, Data(text.utf8)) }
        #expect(throws: OutputError.self) { try staging.commit() }
        #expect(tree(out) == ["a.json", "b"])
        #expect(contents(out + "/a.json") == "old")
    }

    @Test("a directory where a file goes, at the top or in a folder the target has, stops the commit before anything moves")
    func directoryInTheWay() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        for blocked in ["b.json", "kept/p.html"] {
            try? FileManager.default.removeItem(atPath: out)
            try commit(OutputDirectory(path: out), [("a.json", "old"), ("kept/q.html", "old q")])
            try FileManager.default.createDirectory(atPath: out + "/" + blocked, withIntermediateDirectories: true)
            let staging = try OutputDirectory(path: out).begin()
            for (path, text) in [("a.json", "new"), ("b.json", "b"), ("fresh/p.html", "p"), ("kept/p.html", "p"), ("kept/q.html", "new q")] {
                try staging.write(path, Data(text.utf8))
            }
            #expect(throws: OutputError.writeFailed(path: out + "/" + blocked, reason: "a directory of that name is in the way")) {
                try staging.commit()
            }
            #expect(tree(out) == ["a.json", "kept", "kept/q.html", blocked].sorted(), "\(blocked)")
            #expect([contents(out + "/a.json"), contents(out + "/kept/q.html")] == ["old", "old q"])
        }
    }

    @Test("a file whose rendering failed is not committed, not even inside a folder that moves whole")
    func failedWriteLeavesNothing() throws {
        struct Failure: Error {}
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let staging = try OutputDirectory(path: out).begin()
        try staging.write("f/x.html", Data("x".utf8))
        #expect(throws: Failure.self) {
            try staging.write("f/y.html", streaming: { sink in
                sink.write(String(repeating: "partial ", count: 100_000))
                throw Failure()
            })
        }
        #expect(try staging.commit() == [out + "/f/x.html"])
        #expect(tree(out) == ["f", "f/x.html"])
    }

    @Test("a write failing half-way (disk full) leaves the previous run's files intact")
    func failingWriterKeepsPreviousContents() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [("a.json", "old a"), ("b.json", "old b")])

        let second = OutputDirectory(path: out) { path, data in
            if path.hasSuffix("b.json") { throw DiskFull() }
            try OutputDirectory.writeFile(path, data)
        }
        do {
            try commit(second, [("a.json", "new a"), ("b.json", "new b"), ("c.json", "new c")])
            Issue.record("the commit should have failed")
        } catch {
            #expect(error == .writeFailed(path: out + "/b.json", reason: "No space left on device"))
            #expect(error.description.contains("b.json"))
        }
        #expect(contents(out + "/a.json") == "old a")
        #expect(contents(out + "/b.json") == "old b")
        #expect(entries(out) == ["a.json", "b.json"])
    }

    @Test("a staged name is relative, with no empty, '.' or '..' component: every short name checked against a reference")
    func validNames() {
        func reference(_ path: String) -> Bool {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            return !path.hasPrefix("/") && !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        }
        var names = [""]
        var last = [""]
        for _ in 0..<6 {
            last = last.flatMap { name in [".", "/", "a", "é"].map { name + $0 } }
            names += last
        }
        #expect(names.count == 5461)
        for name in names {
            #expect(OutputDirectory.isValidName(name) == reference(name), "\(name)")
        }
        #expect(OutputDirectory.isValidName("articles/a.b.html") && OutputDirectory.isValidName("..."))
        #expect(!OutputDirectory.isValidName("a/../b") && !OutputDirectory.isValidName("a/"))
    }

    @Test("an output path that is a file, a read-only directory, or a bad name is a clear error")
    func badTargets() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("plain.txt", text: "x")
        #expect(throws: OutputError.notADirectory(path: file)) { try commit(OutputDirectory(path: file), [("a.json", "{}")]) }

        #expect(throws: OutputError.invalidName("../escape.json")) {
            try commit(OutputDirectory(path: dir.path + "/out"), [("../escape.json", "{}")])
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/escape.json"))
        #expect(entries(dir.path + "/out").isEmpty)

        let readOnly = dir.path + "/ro"
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        chmod(readOnly, 0o555)
        // Root may write anywhere; the check only means something for other users.
        if access(readOnly, W_OK) != 0 {
            do {
                try commit(OutputDirectory(path: readOnly), [("a.json", "{}")])
                Issue.record("a read-only directory should be refused")
            } catch {
                guard case .notWritable(let path, _) = error else {
                    Issue.record("expected notWritable, got \(error)")
                    return
                }
                #expect(path == readOnly)
            }
        }
    }

    @Test("a staging dropped without a commit removes its files; the target keeps its own")
    func abandonedStaging() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        try commit(OutputDirectory(path: out), [("a.json", "old a")])
        do {
            let staging = try OutputDirectory(path: out).begin()
            try staging.write("a.json", Data("new a".utf8))
            try staging.write("pages/b.html", Data("new b".utf8))
            #expect(entries(out).count == 2)
        }
        #expect(entries(out) == ["a.json"])
        #expect(contents(out + "/a.json") == "old a")
    }

    @Test("files written from several threads at once all arrive, each folder made once")
    func parallelWrites() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let staging = try OutputDirectory(path: out).begin()
        let names = (0..<200).map { "f\($0 % 7)/page\($0).html" }
        let failures = names.parallelMap { name -> OutputError? in
            do throws(OutputError) { try staging.write(name, Data(name.utf8)); return nil } catch { return error }
        }
        #expect(failures.allSatisfy { $0 == nil })
        let written = try staging.commit()
        #expect(written.count == 200)
        for name in names { #expect(contents(out + "/" + name) == name) }
        #expect(entries(out) == (0..<7).map { "f\($0)" })
    }
}

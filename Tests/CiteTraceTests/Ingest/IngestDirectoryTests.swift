import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CiteTrace

@Suite struct IngestDirectoryTests {
    @Test("a directory is read recursively in byte order of relative paths, with unique ids")
    func sortedAndUnique() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        for name in ["z.md", "a_b.txt", "a/b.txt", "B.txt", "a-c.txt", "notes"] {
            try dir.write(name, text: "内容 \(name)")
        }
        let corpus = try Ingestor().load(paths: [dir.path])
        let relative = corpus.documents.map { String($0.path.dropFirst(dir.path.count + 1)) }
        #expect(relative == ["B.txt", "a-c.txt", "a/b.txt", "a_b.txt", "notes", "z.md"])
        #expect(corpus.documents.map(\.id) == ["DB", "Da-c", "Da_b", "Da_b-2", "Dnotes", "Dz"])
        #expect(corpus.documents[2].text == "内容 a/b.txt")
        #expect(corpus.warnings.isEmpty)
    }

    @Test("document paths are the argument joined with the relative path; a lone file is named by its file name")
    func paths() throws {
        let seeds = Fixture.repositoryRoot + "/seeds"
        let corpus = try Ingestor().load(paths: [seeds])
        #expect(corpus.documents.count == 5)
        #expect(corpus.documents[0].path == seeds + "/000_95e4592cef5ce677.txt")
        #expect(corpus.documents[0].id == "D000_95e4592cef5ce677")
        let withSlash = try Ingestor().load(paths: [seeds + "/"])
        #expect(withSlash.documents[0].path == seeds + "/000_95e4592cef5ce677.txt")

        let single = try Ingestor().load(paths: [seeds + "/001_68375046d53efcdf.txt"])
        #expect(single.documents.map(\.id) == ["D001_68375046d53efcdf"])
        #expect(single.documents[0].sha256.count == 64)

        // The same file given twice keeps distinct ids.
        let twice = try Ingestor().load(paths: [seeds + "/001_68375046d53efcdf.txt", seeds + "/001_68375046d53efcdf.txt"])
        #expect(twice.documents.map(\.id) == ["D001_68375046d53efcdf", "D001_68375046d53efcdf-2"])
    }

    @Test("hidden files and directories are skipped silently, non-text extensions with a warning")
    func skipped() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("text.txt", text: "正文")
        try dir.write(".hidden.txt", text: "隐藏")
        try dir.write(".git/config", text: "[core]")
        try dir.write("scan.png", [0x89, 0x50, 0x4E, 0x47])
        try dir.write("book.PDF", Array("%PDF-1.4".utf8))
        let corpus = try Ingestor().load(paths: [dir.path])
        #expect(corpus.documents.map(\.text) == ["正文"])
        #expect(corpus.warnings.count == 2)
        #expect(corpus.warnings.contains { $0.path.hasSuffix("scan.png") && $0.message.contains(".png files are not text") })
        #expect(corpus.warnings.contains { $0.path.hasSuffix("book.PDF") })
        #expect(!corpus.warnings.contains { $0.path.contains(".git") || $0.path.contains(".hidden") })
    }

    @Test("a symbolic link to an ancestor directory is reported, not followed forever; links to files are followed")
    func symlinkLoop() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("a.txt", text: "甲")
        try dir.write("sub/b.txt", text: "乙")
        #expect(symlink(dir.path, dir.path + "/sub/loop") == 0)
        #expect(symlink(dir.path + "/a.txt", dir.path + "/sub/c.txt") == 0)
        #expect(symlink(dir.path + "/missing.txt", dir.path + "/dangling.txt") == 0)
        let corpus = try Ingestor().load(paths: [dir.path])
        #expect(corpus.documents.map(\.text) == ["甲", "乙", "甲"])
        #expect(corpus.warnings.contains { $0.path.hasSuffix("sub/loop") && $0.message.contains("already read") })
        #expect(corpus.warnings.contains { $0.path.hasSuffix("dangling.txt") && $0.message.contains("broken symbolic link") })
    }

    @Test("an unreadable file is a warning among several and an error alone")
    func unreadable() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("ok.txt", text: "可读")
        let locked = try dir.write("locked.txt", text: "不可读")
        chmod(locked, 0)
        // Root reads a chmod 000 file anyway: then there is nothing to check here.
        if !Fixture.canRead(locked) {
            let corpus = try Ingestor().load(paths: [dir.path])
            #expect(corpus.documents.map(\.text) == ["可读"])
            #expect(corpus.warnings.map(\.path) == [locked])
            #expect(corpus.warnings[0].message.contains("cannot read"))
            let error = ingestError { _ = try Ingestor().load(paths: [locked]) }
            #expect(error == .unreadable(path: locked, reason: String(cString: strerror(EACCES))))
        }

        // A FIFO is unreadable for everyone, root included: an error alone, a warning in a directory.
        let fifo = dir.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(ingestError { _ = try Ingestor().load(paths: [fifo]) } == .unreadable(path: fifo, reason: "not a regular file"))
        let corpus = try Ingestor().load(paths: [dir.path])
        #expect(corpus.warnings.contains { $0.path == fifo && $0.message.contains("not a regular file") })
    }

    @Test("the listing gives each file's size in bytes, a file named directly too")
    func sizes() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("a.txt", text: "甲乙丙")
        let direct = try dir.write("sub/b.md", text: "# 丙\n")
        let listing = try Ingestor().list(paths: [dir.path, direct])
        #expect(listing.files.map(\.relativePath) == ["a.txt", "sub/b.md", "b.md"])
        #expect(listing.files.map(\.size) == [9, 6, 6])
    }

    @Test("a file that vanishes between listing and reading is a warning")
    func vanished() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("a.txt", text: "甲")
        let doomed = try dir.write("b.txt", text: "乙")
        let ingestor = Ingestor()
        let listing = try ingestor.list(paths: [dir.path])
        #expect(listing.files.count == 2)
        try FileManager.default.removeItem(atPath: doomed)
        let corpus = try ingestor.read(listing, paths: [dir.path])
        #expect(corpus.documents.map(\.text) == ["甲"])
        #expect(corpus.warnings.map(\.path) == [doomed])
        #expect(corpus.warnings[0].message.contains("vanished"))
    }

    @Test("a missing path, and a directory without any text, are errors")
    func missingAndNoDocuments() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let missing = dir.path + "/nope"
        #expect(ingestError { _ = try Ingestor().load(paths: [missing]) } == .missingPath(missing))
        #expect(ingestError { _ = try Ingestor().load(paths: [dir.path]) } == .noDocuments(paths: [dir.path]))
        try dir.write("empty.txt", [])
        try dir.write("blank.md", text: "  \n")
        try dir.write("photo.jpg", [0xFF, 0xD8, 0xFF])
        #expect(ingestError { _ = try Ingestor().load(paths: [dir.path]) } == .noDocuments(paths: [dir.path]))
        let corpus = try? Ingestor().load(paths: [dir.path, Fixture.repositoryRoot + "/seeds/003_5e4c44550d65cc13.txt"])
        #expect(corpus?.documents.count == 1)
        #expect(corpus?.warnings.count == 3)
    }

    @Test("a 20 MB single line loads whole")
    func bigSingleLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let unit = "坚持以人民为中心的发展思想,推动高质量发展。"  // 22 scalars, 66 bytes
        let repeats = 20_000_000 / unit.utf8.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(repeats * unit.utf8.count)
        for _ in 0..<repeats { bytes.append(contentsOf: unit.utf8) }
        let path = try dir.write("big.txt", bytes)
        let doc = try Ingestor().readOne(path)
        #expect(doc.encoding == .utf8)
        #expect(doc.scalars.count == repeats * unit.unicodeScalars.count)
        #expect(doc.slice(0..<22) == unit)
    }

    @Test("ids stay unique and linear when many paths map to the same id")
    func collidingIDs() {
        let ids = DocumentID.unique(["甲.txt", "乙.txt", "丙.txt", "_-2.txt", "丁.txt"])
        #expect(ids == ["D_", "D_-2", "D_-3", "D_-2-2", "D_-4"])
        #expect(Set(DocumentID.unique((0..<5_000).map { _ in "同名.txt" })).count == 5_000)
    }
}

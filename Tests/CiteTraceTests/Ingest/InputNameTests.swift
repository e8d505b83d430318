import Foundation
import Testing
@testable import CiteTrace

/// File names and ids, worked out on bytes, against the character-based code they replaced.
@Suite struct InputNameTests {
    /// Names a corpus may hold: CJK, spaces, several dots, dotted folders, hidden-looking
    /// names, trailing slashes, emoji and other multi-byte scalars, combining marks.
    static let names = [
        "a.txt", "000_95e4.txt", "a/b c.md", "新华日报/2020-08-22 第1版.TXT", "dir.v2/notes", "dir.v2/notes.html",
        ".hidden", "a/.b", "archive.tar.gz", "x.", "a/b/", "a//", "/", "", "seeds", "文件", "e\u{301}té.md",
        "😀/🎉.xml", "a_b-c.Md", "a.b/c.d/e", "句号。.txt", "tab\tname.txt", "ÉCOLE/Été.HTM", "a/b.c/",
    ]

    @Test("a path's last component is the one the former character-based code found")
    func lastComponent() {
        for name in Self.names {
            #expect(InputLister.lastComponent(of: name) == Self.formerLastComponent(name), "\(name)")
        }
        #expect(InputLister.lastComponent(of: "a/b//") == "b")
        #expect(InputLister.lastComponent(of: "//") == "/")
    }

    @Test("a file's extension is the one the former character-based code found")
    func fileExtension() {
        for name in Self.names {
            #expect(InputLister.fileExtension(name) == Self.formerFileExtension(name), "\(name)")
        }
        #expect(InputLister.fileExtension("a/B.TXT") == "txt")
        #expect(InputLister.fileExtension("a.d/b") == nil)
        #expect(InputLister.fileExtension(".profile") == nil)
    }

    @Test("a document's id is the one the former character-based code made")
    func documentID() {
        for name in Self.names {
            #expect(DocumentID.make(name) == Self.formerID(name), "\(name)")
        }
        #expect(DocumentID.make("新华日报/2020-08-22 第1版.txt") == "D_____2020-08-22__1_")
        #expect(DocumentID.make("a.b/c") == "Da_b_c")
    }

    @Test("a folder of many files is listed in byte order with every size, whatever core looked each up")
    func manyFiles() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let count = 1_500
        for i in (0..<count).reversed() {
            try dir.write(String(format: "f%04d.txt", i), text: String(repeating: "字", count: i % 7))
        }
        try dir.write("sub.d/x.txt", text: "x")
        try dir.write("photo.png", text: "x")
        let listed = try InputLister.list(dir.path)
        #expect(listed.files.map(\.relativePath) == (0..<count).map { String(format: "f%04d.txt", $0) } + ["sub.d/x.txt"])
        #expect(listed.files.prefix(count).map(\.size) == (0..<count).map { 3 * ($0 % 7) })
        #expect(listed.warnings.map(\.message) == ["\(dir.path)/photo.png: skipped: .png files are not text"])
    }

    // The former code, kept as the reference.

    static func formerLastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/"), trimmed.index(after: slash) < trimmed.endIndex {
            return String(trimmed[trimmed.index(after: slash)...])
        }
        return String(trimmed)
    }

    static func formerFileExtension(_ name: String) -> String? {
        let base = formerLastComponent(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return nil }
        let ext = base[base.index(after: dot)...]
        return ext.isEmpty ? nil : ext.lowercased()
    }

    static func formerID(_ relativePath: String) -> String {
        var stem = relativePath
        if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        var out = "D"
        for s in stem.unicodeScalars {
            if CharacterClass.isASCIIAlnum(s) || s == "-" || s == "_" { out.unicodeScalars.append(s) } else { out += "_" }
        }
        return out
    }
}

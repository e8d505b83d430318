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

    @Test("a commit writes every staged file, nested ones too, and leaves no staging directory")
    func commit() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        var output = OutputDirectory(path: out)
        output.stage("graph.json", text: "{}")
        output.stage("report/index.html", text: "<html></html>")
        output.stage("graph.json", text: "{\"v\":1}")
        let written = try output.commit()
        #expect(written == [out + "/graph.json", out + "/report/index.html"])
        #expect(contents(out + "/graph.json") == "{\"v\":1}")
        #expect(contents(out + "/report/index.html") == "<html></html>")
        #expect(entries(out) == ["graph.json", "report"])
    }

    @Test("a write failing half-way (disk full) leaves the previous run's files intact")
    func failingWriterKeepsPreviousContents() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        var first = OutputDirectory(path: out)
        first.stage("a.json", text: "old a")
        first.stage("b.json", text: "old b")
        try first.commit()

        var second = OutputDirectory(path: out) { path, data in
            if path.hasSuffix("b.json") { throw DiskFull() }
            try OutputDirectory.writeFile(path, data)
        }
        second.stage("a.json", text: "new a")
        second.stage("b.json", text: "new b")
        second.stage("c.json", text: "new c")
        do {
            try second.commit()
            Issue.record("the commit should have failed")
        } catch {
            #expect(error == .writeFailed(path: out + "/b.json", reason: "No space left on device"))
            #expect(error.description.contains("b.json"))
        }
        #expect(contents(out + "/a.json") == "old a")
        #expect(contents(out + "/b.json") == "old b")
        #expect(entries(out) == ["a.json", "b.json"])
    }

    @Test("an output path that is a file, a read-only directory, or a bad name is a clear error")
    func badTargets() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("plain.txt", text: "x")
        var onFile = OutputDirectory(path: file)
        onFile.stage("a.json", text: "{}")
        #expect(throws: OutputError.notADirectory(path: file)) { try onFile.commit() }

        var escaping = OutputDirectory(path: dir.path + "/out")
        escaping.stage("../escape.json", text: "{}")
        #expect(throws: OutputError.invalidName("../escape.json")) { try escaping.commit() }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/escape.json"))

        let readOnly = dir.path + "/ro"
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        chmod(readOnly, 0o555)
        // Root may write anywhere; the check only means something for other users.
        if access(readOnly, W_OK) != 0 {
            var output = OutputDirectory(path: readOnly)
            output.stage("a.json", text: "{}")
            do {
                try output.commit()
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
}

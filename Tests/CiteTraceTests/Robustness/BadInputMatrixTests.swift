import CiteTraceFuzzing
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CiteTrace

/// Bad input, row by row, each with the exact expected behaviour: never a crash, never
/// a partial report, always a message naming the file. Rows whose behaviour is the
/// command line's run the built `citetrace` (skipped when it is not built).
///
/// Exit status: 0 ok (warnings name skipped files), 1 user error (`citetrace: <message>`),
/// 2 internal error; see `RunFailure`.
@Suite struct BadInputMatrixTests {
    /// Runs `citetrace analyze PATH --out DIR/out` and expects exit 1 with exactly
    /// `citetrace: <message>` and no output directory at all.
    func expectRefused(_ path: String, in dir: TempDirectory, message: String) throws {
        let out = dir.path + "/out"
        let result = try CLIBinary.run(["analyze", path, "--out", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "citetrace: \(message)\n")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out), "a refused run must not create the output directory")
    }

    // MARK: - Files that are not text

    @Test("an empty file: exit 1, 'the file is empty'", .enabled(if: CLIBinary.available))
    func emptyFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = try dir.write("empty.txt", [])
        try expectRefused(path, in: dir, message: "\(path): the file is empty")
    }

    @Test("a PNG named .txt, and a text with NUL bytes: exit 1, 'looks like a binary file'", .enabled(if: CLIBinary.available))
    func binary() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let png = try dir.write("scan.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
        try expectRefused(png, in: dir, message: "\(png): looks like a binary file, not text")
        let nul = try dir.write("nul.txt", Array("正文".utf8) + [0] + Array("正文".utf8))
        try expectRefused(nul, in: dir, message: "\(nul): looks like a binary file, not text")
    }

    @Test("in a directory, a binary, an empty and a .png file are warnings naming each file; the rest is read")
    func skippedInDirectory() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("ok.txt", text: "习近平总书记强调，“要坚持人民至上。”")
        let empty = try dir.write("empty.txt", [])
        let nul = try dir.write("nul.txt", [0x41, 0, 0x42])
        let png = try dir.write("scan.png", [0x89, 0x50, 0x4E, 0x47])
        let corpus = try Ingestor().load(paths: [dir.path])
        #expect(corpus.documents.map(\.id) == ["Dok"])
        #expect(corpus.warnings.map(\.message).sorted() == [
            "\(empty): the file is empty",
            "\(nul): looks like a binary file, not text",
            "\(png): skipped: .png files are not text",
        ])
    }

    @Test("invalid UTF-8 that is not GB18030 either: exit 1, both byte offsets named", .enabled(if: CLIBinary.available))
    func invalidUTF8() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = try dir.write("bad.txt", [0xE4, 0xB8, 0xAD, 0xFF, 0xFE] + Array(" text".utf8))
        try expectRefused(path, in: dir, message:
            "\(path): cannot decode the text: not UTF-8 (byte 0xFF at byte offset 3), invalid GB18030: byte 0xAD at byte offset 2")
        let cut = try dir.write("cut.txt", [0x81, 0x30])
        try expectRefused(cut, in: dir, message:
            "\(cut): cannot decode the text: not UTF-8 (byte 0x81 at byte offset 0), invalid GB18030: truncated sequence at end of file, byte offset 0")
    }

    // MARK: - Encodings that are text

    static let sample = "习近平总书记强调：“要坚持以人民为中心。”\n第二段 ABC 123。\n"

    @Test("GB18030, UTF-16LE/BE with and without BOM decode to the same text", arguments: [
        ("gb18030", TextEncoding.gb18030), ("utf16le-bom", .utf16LE), ("utf16be-bom", .utf16BE),
        ("utf16le", .utf16LE), ("utf16be", .utf16BE), ("utf8-bom", .utf8BOM),
    ])
    func encodings(_ name: String, _ encoding: TextEncoding) throws {
        let text = Self.sample
        let bytes: [UInt8]
        switch name {
        case "gb18030": bytes = Fixture.iconvEncode(text, to: "GB18030")
        case "utf16le-bom": bytes = [0xFF, 0xFE] + Fixture.utf16(text, littleEndian: true)
        case "utf16be-bom": bytes = [0xFE, 0xFF] + Fixture.utf16(text, littleEndian: false)
        case "utf16le": bytes = Fixture.utf16(text, littleEndian: true)
        case "utf16be": bytes = Fixture.utf16(text, littleEndian: false)
        default: bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        }
        let document = try Ingestor().document(bytes: bytes, path: name + ".txt", relativePath: name + ".txt")
        #expect(document.encoding == encoding)
        #expect(document.text == text)
        let quotes = QuoteExtractor(leaders: ["习近平"]).extract(DocumentAnalysis(document: document))
        #expect(quotes.map(\.quote.text) == ["要坚持以人民为中心。"])
    }

    @Test("the command line prints a UTF-16 file without BOM as normalized text, exit 0", .enabled(if: CLIBinary.available))
    func utf16OnTheCommandLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = try dir.write("le.txt", Fixture.utf16(Self.sample, littleEndian: true))
        let result = try CLIBinary.run(["normalize", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "习近平总书记强调:“要坚持以人民为中心。”\n第二段ABC 123。\n")
        #expect(result.stderr.isEmpty)
    }

    // MARK: - Size

    @Test("a 50 MB single line goes through ingest, normalize, segment and quote extraction")
    func fiftyMegabyteLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let unit = Array("他强调，“坚持以人民为中心的发展思想，推动高质量发展。”".utf8)  // 28 scalars, 82 bytes
        let repeats = 50_000_000 / unit.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(repeats * unit.count)
        for _ in 0..<repeats { bytes.append(contentsOf: unit) }
        let path = try dir.write("line.txt", bytes)
        bytes = []
        let corpus = try Ingestor().load(paths: [path])
        let document = try #require(corpus.documents.first)
        #expect(document.scalars.count == repeats * 28)
        let analysis = DocumentAnalysis(document: document)
        #expect(analysis.normalized.originalCount == document.scalars.count)
        let quotes = QuoteExtractor(leaders: []).extract(analysis)
        for q in quotes.prefix(100) { #expect(FuzzChecks.check(q.quote, in: analysis).isEmpty) }
        #expect(quotes.allSatisfy { $0.quote.end <= document.scalars.count })
    }

    /// The issue's figure: 100,000 files (about 8 s in a debug build on 2 cores, writing them included).
    @Test("100,000 tiny files in 100 folders are all read, in order, with unique ids")
    func manyTinyFiles() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let folders = 100, perFolder = 1_000
        for f in 0..<folders {
            let folder = dir.path + "/" + padded(f, 3)
            #expect(mkdir(folder, 0o755) == 0)
            for i in 0..<perFolder { try TempDirectory.writeFile(folder + "/" + padded(i, 4) + ".txt", Array("第\(i)篇".utf8)) }
        }
        let corpus = try Ingestor().load(paths: [dir.path])
        #expect(corpus.documents.count == folders * perFolder)
        #expect(corpus.warnings.isEmpty)
        #expect(Set(corpus.documents.map(\.id)).count == folders * perFolder)
        #expect(corpus.documents.first?.id == "D000_0000")
        #expect(corpus.documents.last?.id == "D099_0999")
        #expect(corpus.documents.last?.text == "第999篇")
    }

    // MARK: - Hostile text

    /// A one-document corpus of `text` through the whole pipeline: every report file,
    /// checked like the fuzz corpus, and the TEI validated against `tei_all`.
    func expectSoundReport(_ text: String, _ label: String) throws {
        let files = try FuzzChecks.report(Array(text.utf8))
        let problems = FuzzChecks.check(reportFiles: files)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(5).joined(separator: "\n"))")
        if let validator = TEISchema.validator {
            let tei = try #require(files.first { $0.path == "citations.tei.xml" })
            let issues = validator.validate(tei.data)
            #expect(issues.isEmpty, "\(label): \(issues.prefix(5).map(\.description).joined(separator: "\n"))")
        }
        #expect(FuzzChecks.ingest(Array(text.utf8)).isEmpty, "\(label)")
    }

    @Test("unbalanced and deeply nested quote marks: quotes stay inside the text, reports stay valid")
    func quoteMarks() throws {
        let opens = String(repeating: "“「『‘", count: 2_500) + "文字"
        let closes = "文字" + String(repeating: "’』」”", count: 2_500)
        let nested = String(repeating: "“他说「", count: 1_000) + "核心" + String(repeating: "」。”", count: 1_000)
        let crossed = String(repeating: "“甲「乙”丙」", count: 1_000)
        let cases = [
            ("opening only", "他强调，" + opens + "\n\n第二段。"),
            ("closing only", closes + "。他说。"),
            ("nested 1,000 deep", "习近平指出，" + nested),
            ("crossed", crossed),
            ("ASCII quotes", String(repeating: "\"a \"b\" c", count: 2_000)),
        ]
        for (label, text) in cases {
            let document = Document(id: "Dq", path: "q.txt", format: .text, encoding: .utf8, sha256: "", text: text)
            let analysis = DocumentAnalysis(document: document)
            let quotes = QuoteExtractor(leaders: ["习近平"]).extract(analysis)
            for q in quotes { #expect(FuzzChecks.check(q.quote, in: analysis).isEmpty, "\(label): \(q.quote.id)") }
            try expectSoundReport(text, label)
        }
    }

    @Test("<script>, &, ]]> and control characters in the input: valid TEI, no live script in the HTML")
    func markupInText() throws {
        let nonCharacters = String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0].compactMap(Unicode.Scalar.init)))
        let text = """
        # 标题<script>alert(1)</script>

        本报北京2023年11月30日电 习近平总书记强调，“要<script>alert('x')</script> & ]]> 推进\u{0001}\u{0008}\u{000B}\u{001F}\u{007F}\u{0085}\(nonCharacters)高质量发展。”
        他说：“<![CDATA[ x ]]> &amp; &#0; <!-- c --> <?pi?>”
        """
        try expectSoundReport(text, "markup")
    }

    @Test("the same text through the command line writes a report whose pages hold no script but the report's own", .enabled(if: CLIBinary.available))
    func markupOnTheCommandLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let path = try dir.write("evil <&>.txt", text: "# 标题<script>alert(1)</script>\n\n他说：“<script>alert(2)</script> & ]]>\u{0001}”\n")
        let out = dir.path + "/out"
        let result = try CLIBinary.run(["analyze", path, "--out", out, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let files = try FileManager.default.subpathsOfDirectory(atPath: out).sorted()
        #expect(files.contains("citations.tei.xml"))
        let report = try files.map { ($0, try Data(contentsOf: URL(fileURLWithPath: out + "/" + $0))) }.filter { !$0.0.hasSuffix("/") }
        var regular: [(path: String, data: Data)] = []
        for (path, data) in report where !path.contains(".citetrace-") {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: out + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue { regular.append((path, data)) }
        }
        #expect(FuzzChecks.check(reportFiles: regular).isEmpty)
        #expect(!files.contains { $0.hasPrefix(".citetrace-") }, "no staging directory left behind")
    }

    // MARK: - Paths

    @Test("a directory loop through a symbolic link: exit 0, a warning naming the link", .enabled(if: CLIBinary.available))
    func directoryLoop() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("corpus/a.txt", text: "甲文。")
        try dir.write("corpus/sub/b.txt", text: "乙文。")
        #expect(symlink(dir.path + "/corpus", dir.path + "/corpus/sub/loop") == 0)
        let result = try CLIBinary.run(["articles", dir.path + "/corpus"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "warning: \(dir.path)/corpus/sub/loop: skipped: directory already read (a symbolic link to an ancestor or a repeated directory)\n")
        #expect(result.stdout.contains("a.txt") && result.stdout.contains("b.txt"))
    }

    @Test("a file that cannot be read: exit 1 alone, a warning in a directory", .enabled(if: CLIBinary.available && getuid() != 0))
    func unreadableFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("ok.txt", text: "可读。")
        let locked = try dir.write("locked.txt", text: "不可读。")
        chmod(locked, 0)
        try expectRefused(locked, in: dir, message: "\(locked): cannot read: Permission denied")
        let result = try CLIBinary.run(["articles", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: \(locked): cannot read: Permission denied\n")
    }

    @Test("a FIFO where a file should be (unreadable even for root): exit 1, 'not a regular file'", .enabled(if: CLIBinary.available))
    func fifo() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let fifo = dir.path + "/pipe.txt"
        #expect(mkfifo(fifo, 0o644) == 0)
        try expectRefused(fifo, in: dir, message: "\(fifo): cannot read: not a regular file")
    }

    @Test("a path that does not exist: exit 1, 'no such file or directory'", .enabled(if: CLIBinary.available))
    func missingPath() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try expectRefused(dir.path + "/nope", in: dir, message: "\(dir.path)/nope: no such file or directory")
    }

    @Test("an output directory that cannot be written: exit 1 naming it, nothing written", .enabled(if: CLIBinary.available))
    func outputNotWritable() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.txt", text: "正文。")
        let out: String, message: String
        if getuid() != 0 {
            let locked = dir.path + "/locked"
            #expect(mkdir(locked, 0o555) == 0)
            out = locked + "/out"
            message = "\(out): cannot write to the output directory: cannot create \(out): Permission denied"
        } else {
            // Root writes anywhere: a path below a regular file cannot be created by anyone.
            out = input + "/out"
            message = "\(out): cannot write to the output directory: \(input) is not a directory"
        }
        let result = try CLIBinary.run(["analyze", input, "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr == "citetrace: \(message)\n")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a spill folder that does not exist: exit 1 naming it, nothing written", .enabled(if: CLIBinary.available))
    func spillFolderMissing() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.txt", text: "正文。")
        let out = dir.path + "/out", folder = dir.path + "/nope"
        let result = try CLIBinary.run(["analyze", input, "--out", out, "--spill", "always", "--spill-dir", folder])
        #expect(result.status == 1)
        #expect(result.stderr == "citetrace: \(folder): cannot create a spill file for the corpus's texts: No such file or directory; choose another folder with --spill-dir\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        // The same run with the texts on the heap never looks at the folder.
        #expect(try CLIBinary.run(["analyze", input, "--out", out, "--spill", "never", "--spill-dir", folder, "--quiet"]).status == 0)
    }

    @Test("a spill folder with no room (a file size limit stands in for a full disk): exit 1 naming it, nothing written, nothing left", .enabled(if: CLIBinary.available))
    func spillFolderFull() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let input = try dir.write("in.txt", text: "正文。")
        let out = dir.path + "/out", folder = dir.path + "/spill"
        #expect(mkdir(folder, 0o755) == 0)
        // Files may not grow past 8–16 MB (the shell's blocks), so reserving a 64 MB segment
        // fails as on a full disk; SIGXFSZ ignored, the call returns its error instead.
        let result = try CLIBinary.run(["analyze", input, "--out", out, "--spill", "always", "--spill-dir", folder],
                                       setup: "trap '' XFSZ; ulimit -f 16384")
        #expect(result.status == 1)
        #expect(result.stderr == "citetrace: \(folder): no room for 67108864 more bytes of the corpus's texts: File too large; free some space or choose another folder with --spill-dir\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test("unknown options and values: exit 1 with ArgumentParser's message and usage", .enabled(if: CLIBinary.available))
    func usageErrors() throws {
        let bogus = try CLIBinary.run(["analyze", "--bogus"])
        #expect(bogus.status == 1)
        #expect(bogus.stderr.hasPrefix("Error: "))
        #expect(bogus.stderr.contains("Usage: citetrace analyze"))
        let format = try CLIBinary.run(["analyze", Fixture.repositoryRoot + "/seeds/003_5e4c44550d65cc13.txt", "--out", "/nonexistent-dir-ct/out", "--format", "pdf"])
        #expect(format.status == 1)
        #expect(format.stderr.hasPrefix("Error: unknown format 'pdf'; use json, tei, html, graphml, dot"))
        let help = try CLIBinary.run(["analyze", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: citetrace analyze"))
    }

    @Test("verify keeps its own exit codes: 4 for a quotation with no source", .enabled(if: CLIBinary.available))
    func verifyExitCode() throws {
        let result = try CLIBinary.run(["verify", "这句话不在任何讲话里出现过", "--corpus", Fixture.repositoryRoot + "/seeds/003_5e4c44550d65cc13.txt"])
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("verdict: unresolved"))
        #expect(result.stderr.isEmpty)
    }

    // MARK: - Writing

    private struct DiskFull: Error, CustomStringConvertible {
        var description: String { "No space left on device" }
    }

    /// Every regular file below `directory`, relative path → bytes.
    func snapshot(_ directory: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? [] {
            var isDirectory: ObjCBool = false
            let full = directory + "/" + path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    @Test("a disk that fills up half-way through a report: the previous report is intact, the error names the file")
    func diskFull() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let first = try OutputDirectory(path: out).begin()
        try ReportFormat.write(SeedCorpus.graph, formats: Set(ReportFormat.allCases), to: first)
        try first.commit()
        let before = snapshot(out)
        #expect(before["citations.tei.xml"] != nil && before["index.html"] != nil)

        // The report is rendered and written file by file, in parallel: the disk fills up
        // at one file in the middle, with others already written and others still to come.
        let other = CitationGraphBuilder().build(try CorpusAnalysis(corpus: Corpus(documents: [Seeds.corpus.documents[0]], warnings: [])))
        let paths = ReportFormat.plan(other, formats: Set(ReportFormat.allCases)).map(\.path).sorted()
        let fullAt = paths[paths.count / 2]
        let second = OutputDirectory(path: out) { path, data in
            if path.hasSuffix("/" + fullAt) { throw DiskFull() }
            try OutputDirectory.writeFile(path, data)
        }
        #expect(throws: OutputError.writeFailed(path: out + "/" + fullAt, reason: "No space left on device")) {
            try ReportFormat.write(other, formats: Set(ReportFormat.allCases), to: try second.begin())
        }
        #expect(snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).allSatisfy { !$0.hasPrefix(".citetrace-") })
    }

    @Test("a rename that fails half-way puts every file back: no partial report")
    func commitRollsBack() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let first = try OutputDirectory(path: out).begin()
        try first.write("a.json", Data("old a".utf8))
        try first.write("c.json", Data("old c".utf8))
        try first.commit()
        // `b` is a file where the new report needs a folder: the move of b/page.html fails
        // after a.json was replaced.
        try TempDirectory.writeFile(out + "/b", Array("old b".utf8))
        let before = snapshot(out)
        let second = try OutputDirectory(path: out).begin()
        try second.write("a.json", Data("new a".utf8))
        try second.write("b/page.html", Data("new page".utf8))
        try second.write("c.json", Data("new c".utf8))
        do {
            try second.commit()
            Issue.record("the commit should have failed")
        } catch {
            guard case .commitFailed(let path, _) = error else { Issue.record("expected commitFailed, got \(error)"); return }
            #expect(path == out + "/b/page.html")
            #expect(error.description.hasSuffix("the output directory was restored"))
        }
        #expect(snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["a.json", "b", "c.json"])
    }
}

import Foundation

/// Paths and external programs the export tests use; tests needing a missing tool skip.
enum ExportTools {
    /// The package root, from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `<repo>/../shared/tei/tei_all.rng`.
    static let teiSchema = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/tei/tei_all.rng")
    static let jsonSchema = repoRoot.appendingPathComponent("schema/citations.schema.json")

    static let hasTEISchema = FileManager.default.fileExists(atPath: teiSchema.path)
    static let hasJSONSchemaValidator = run(["python3", "-c", "import jsonschema"])?.status == 0
    static let hasNetworkX = run(["python3", "-c", "import networkx"])?.status == 0
    static let hasXmllint = run(["xmllint", "--version"])?.status == 0
    static let hasDot = run(["dot", "-V"])?.status == 0

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arguments` through `/usr/bin/env` with `input` on stdin; nil when it cannot start.
    /// Standard streams go through temporary files, so no pipe can fill up and block.
    static func run(_ arguments: [String], input: Data = Data()) -> Result? {
        guard let inputURL = try? temporaryFile(input, name: "stdin") else { return nil }
        let directory = inputURL.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout"), errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        guard let stdin = try? FileHandle(forReadingFrom: inputURL),
              let stdout = try? FileHandle(forWritingTo: outURL),
              let stderr = try? FileHandle(forWritingTo: errURL) else { return nil }
        defer { try? stdin.close(); try? stdout.close(); try? stderr.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        let out = (try? Data(contentsOf: outURL)) ?? Data()
        let err = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// Writes `data` to a fresh temporary file and returns its URL.
    static func temporaryFile(_ data: Data, name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("citetrace-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}

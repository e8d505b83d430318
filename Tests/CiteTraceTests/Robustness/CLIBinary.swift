import Foundation

/// The built `citetrace` executable, run as a user would run it.
enum CLIBinary {
    /// `citetrace` next to the running test bundle (`.build/<triple>/<config>/`, whatever
    /// the scratch path), else `.build/debug/citetrace` in the repository; nil when neither
    /// exists (tests that need it are then skipped).
    static let path: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [bundle.appendingPathComponent("citetrace").path, Fixture.repositoryRoot + "/.build/debug/citetrace"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var available: Bool { path != nil }

    /// Runs `citetrace arguments…` in `directory`, after the shell commands `setup` (limits,
    /// traps); standard streams go through files.
    static func run(_ arguments: [String], in directory: String? = nil, setup: String? = nil) throws -> ExportTools.Result {
        let binary = try requirePath()
        var command = arguments.map(shellQuoted).joined(separator: " ")
        command = "exec " + shellQuoted(binary) + " " + command
        if let directory { command = "cd " + shellQuoted(directory) + " && " + command }
        if let setup { command = setup + "; " + command }
        guard let result = ExportTools.run(["sh", "-c", command]) else { throw Missing() }
        return result
    }

    struct Missing: Error {}

    private static func requirePath() throws -> String {
        guard let path else { throw Missing() }
        return path
    }

    private static func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

import ArgumentParser
import Foundation
import Testing
@testable import CiteTrace
@testable import citetrace

/// `RunFailure`, the command line's one mapping from errors to exit status and message.
@Suite struct ExitStatusTests {
    @Test("input and output errors are user errors: exit 1, 'citetrace: ' and the message naming the file")
    func userErrors() {
        #expect(RunFailure.report(for: IngestError.empty(path: "a.txt")) == .message(status: 1, text: "citetrace: a.txt: the file is empty"))
        #expect(RunFailure.report(for: IngestError.missingPath("x")) == .message(status: 1, text: "citetrace: x: no such file or directory"))
        #expect(RunFailure.report(for: OutputError.notADirectory(path: "out")) ==
            .message(status: 1, text: "citetrace: out: the output path exists and is not a directory"))
        #expect(RunFailure.report(for: OutputError.writeFailed(path: "out/a.json", reason: "No space left on device")) ==
            .message(status: 1, text: "citetrace: out/a.json: cannot write: No space left on device; the output directory was left as it was"))
        #expect(RunFailure.report(for: SpillError.noSpace(directory: "/var/tmp", bytes: 67108864, reason: "No space left on device")) ==
            .message(status: 1, text: "citetrace: /var/tmp: no room for 67108864 more bytes of the corpus's texts: No space left on device; free some space or choose another folder with --spill-dir"))
    }

    @Test("exporter failures and unknown errors are internal errors: exit 2")
    func internalErrors() {
        struct Surprise: Error {}
        #expect(RunFailure.report(for: ExportError.xmlWriter(format: "TEI", step: "<body>")) ==
            .message(status: 2, text: "citetrace: internal error: TEI export: libxml2 writer failed while writing <body>"))
        guard case .message(2, let text) = RunFailure.report(for: Surprise()) else {
            Issue.record("an unknown error should exit 2")
            return
        }
        #expect(text.hasPrefix("citetrace: internal error: "))
    }

    @Test("ArgumentParser keeps its own errors: usage errors exit 1, help 0, verify's ExitCode passes through")
    func argumentParserErrors() {
        #expect(RunFailure.report(for: ValidationError("unknown format 'x'")) == .argumentParser(status: 1))
        #expect(RunFailure.report(for: CleanExit.helpRequest()) == .argumentParser(status: 0))
        #expect(RunFailure.report(for: ExitCode(3)) == .argumentParser(status: 3))
        #expect(RunFailure.report(for: ExitCode(4)) == .argumentParser(status: 4))
        do {
            _ = try CiteTraceCommand.parseAsRoot(["analyze", "--bogus"])
            Issue.record("parsing should fail")
        } catch {
            #expect(RunFailure.report(for: error) == .argumentParser(status: 1))
        }
    }
}

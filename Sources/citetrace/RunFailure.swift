import ArgumentParser
import CiteTrace
import Foundation

/// The one place the command line turns an error that ended a run into an exit status
/// and a message on standard error.
///
/// Exit status:
/// - 0: success (and `--help`, `--version`);
/// - 1: a user error — input that cannot be read (`IngestError`), an output directory
///   that cannot be written (`OutputError`), bad options or arguments (ArgumentParser's
///   usage errors, printed with the usage as ArgumentParser prints them). Every message
///   names the file, path or option;
/// - 2: an internal error: anything else, a bug in CiteTrace;
/// - 3 and 4: `verify`'s verdicts (it throws `ExitCode`), passed through.
enum RunFailure {
    static let userError: Int32 = 1
    static let internalError: Int32 = 2

    /// What to print and how to exit.
    enum Report: Equatable {
        /// `citetrace: <message>` on standard error, then exit with `status`.
        case message(status: Int32, text: String)
        /// ArgumentParser's own handling (help, version, usage errors, `ExitCode`), with
        /// its usage-error status 64 mapped to 1.
        case argumentParser(status: Int32)
    }

    static func report(for error: any Error) -> Report {
        switch error {
        case let error as IngestError:
            return .message(status: userError, text: "citetrace: \(error)")
        case let error as OutputError:
            return .message(status: userError, text: "citetrace: \(error)")
        case let error as SpillError:
            // A spill folder that fills up mid-run (after ingest): the disk, not the engine.
            return .message(status: userError, text: "citetrace: \(error)")
        case let error as ExportError:
            return .message(status: internalError, text: "citetrace: internal error: \(error)")
        case is ExitCode, is CleanExit:
            return .argumentParser(status: CiteTraceCommand.exitCode(for: error).rawValue)
        default:
            let code = CiteTraceCommand.exitCode(for: error)
            if code == .validationFailure { return .argumentParser(status: userError) }
            // ArgumentParser says EXIT_FAILURE for errors it does not know: ours to report.
            if code == .failure { return .message(status: internalError, text: "citetrace: internal error: \(error)") }
            return .argumentParser(status: code.rawValue)
        }
    }

    /// Prints the report for `error` and exits.
    static func exit(with error: any Error) -> Never {
        switch report(for: error) {
        case .message(let status, let text):
            FileHandle.standardError.write(Data((text + "\n").utf8))
            Foundation.exit(status)
        case .argumentParser(let status):
            let code = CiteTraceCommand.exitCode(for: error).rawValue
            guard status != code else { CiteTraceCommand.exit(withError: error) }
            // A usage error: ArgumentParser's message and usage, our status.
            let text = CiteTraceCommand.fullMessage(for: error)
            if !text.isEmpty { FileHandle.standardError.write(Data((text + "\n").utf8)) }
            Foundation.exit(status)
        }
    }
}

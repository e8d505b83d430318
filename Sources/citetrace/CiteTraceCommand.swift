import ArgumentParser
import CiteTrace
import Foundation

@main
struct CiteTraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citetrace",
        abstract: "Find quotations of speeches in a corpus, link them to their sources, and report.",
        version: CiteTraceVersion.string,
        subcommands: [AnalyzeCommand.self, ArticlesCommand.self, SourcesCommand.self, QuotesCommand.self, CitesCommand.self, VerifyCommand.self, ConcordanceCommand.self, KWICCommand.self, NormalizeCommand.self, SynthCommand.self, ScoreCommand.self, BenchCommand.self, BenchKWICCommand.self]
    )

    /// Parses and runs the command; every error goes through `RunFailure`, which sets the exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            RunFailure.exit(with: error)
        }
    }
}

import ArgumentParser
import CiteTrace

@main
struct CiteTraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citetrace",
        abstract: "Find quotations of speeches in a corpus, link them to their sources, and report.",
        version: CiteTraceVersion.string,
        subcommands: [AnalyzeCommand.self, ArticlesCommand.self, SourcesCommand.self, QuotesCommand.self, CitesCommand.self, VerifyCommand.self, ConcordanceCommand.self, KWICCommand.self, NormalizeCommand.self, SynthCommand.self, ScoreCommand.self, BenchCommand.self, BenchKWICCommand.self]
    )
}

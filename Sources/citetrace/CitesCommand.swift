import ArgumentParser
import CiteTrace

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cites",
        abstract: "Which article cites which speech, how often, with which verdicts."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Flag(help: "List every quote with its verdict under its article.") var quotes = false

    func run() throws {
        let corpus = try input.loadCorpus()
        let analysis = try CorpusAnalysis(corpus: corpus, supplied: catalog.load())
        let matched = analysis.matchQuotes()
        for m in matched where quotes {
            let src = m.source.map { "\($0.speech) @\($0.start)..<\($0.end)" } ?? "-"
            print("\(m.quote.article) \(m.quote.speaker ?? "?") \(m.verdict.rawValue) \(m.score) \(src)\(m.quote.trivial ? " trivial" : "")\(m.quote.marked ? "" : " unmarked")")
            print("    \(m.quote.text.replacingOccurrences(of: "\n", with: "⏎").prefix(80))")
            for e in m.edits { print("      \(e.op.rawValue): 「\(e.quote)」 ← 「\(e.source)」") }
        }
    }
}

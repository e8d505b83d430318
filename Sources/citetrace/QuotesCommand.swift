import ArgumentParser
import CiteTrace

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotes in the corpus with speaker, cue and claimed occasion."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Option(help: "Only quotes attributed to this speaker.") var speaker: String?
    @Flag(help: "Include trivial scare quotes (short quoted terms).") var includeTrivial = false

    func run() throws {
        let corpus = try input.loadCorpus()
        let analysis = try CorpusAnalysis(corpus: corpus, supplied: catalog.load())
        var quotes = analysis.extractQuotes().map(\.quote)
        if !includeTrivial { quotes.removeAll(where: \.trivial) }
        if let s = speaker { quotes.removeAll { $0.speaker != s } }
        switch format {
        case .json:
            try Output.printJSON(quotes)
        case .text:
            for q in quotes {
                let who = q.speaker ?? "?"
                let claim = q.claimed.map { " [claims \($0.date ?? "-") \($0.event ?? "")]" } ?? ""
                let flags = (q.marked ? "" : " unmarked") + (q.unclosed ? " unclosed" : "") + (q.trivial ? " trivial" : "")
                print("\(q.article)  @\(q.start)..<\(q.end)  \(who)\(q.cue.map { "/" + $0 } ?? "")\(flags)\(claim)")
                print("    \(q.text.replacingOccurrences(of: "\n", with: "⏎"))")
            }
            print("\(quotes.count) quotes")
        }
    }
}

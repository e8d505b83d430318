import ArgumentParser
import CiteTrace

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the source speeches found in the corpus (and supplied with --sources), with their witnesses."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        let corpus = try input.loadCorpus()
        let analysis = try CorpusAnalysis(corpus: corpus, supplied: catalog.load())
        switch format {
        case .json:
            try Output.printJSON(analysis.catalog.speeches)
        case .text:
            for s in analysis.catalog.speeches {
                print("\(s.id)  \(s.date)  \(s.speaker)  \(s.title)")
                print("    venue: \(s.venue ?? "-")   event: \(s.event ?? "-")")
                for w in s.witnesses {
                    print("    \(w.kind.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(w.document) \(w.article ?? "-") @\(w.start)..<\(w.end)")
                }
            }
        }
    }
}

import ArgumentParser
import CiteTrace

struct KWICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic",
        abstract: "Every occurrence of a term, in context (keyword in context).",
        discussion: """
        The term is normalized like the texts, so it matches across traditional and simplified \
        script, full and half width, and line or page breaks inside a sentence. Each hit shows the \
        document and article, the original offsets [start, end) and characters, the context, and \
        the quote it falls in (with the speech the quote is linked to, if any). \
        With --regex the term is an NSRegularExpression run over the normalized text.
        """
    )

    @Argument(help: "The term (or, with --regex, the pattern).") var term: String
    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "Characters of original context on each side.") var width = 12
    @Flag(help: "Treat the term as a regular expression over the normalized text.") var regex = false
    @Option(help: "Report at most this many hits.") var limit: Int?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        guard !term.isEmpty else { throw ValidationError("the term is empty") }
        let analysis = try CorpusAnalysis(corpus: input.loadCorpus(), supplied: catalog.load())
        let graph = CitationGraphBuilder().build(analysis)
        let searcher = KWICSearcher(documents: analysis.documents, quotes: graph.quotes)
        let hits = regex ? try searcher.search(regex: term, width: width, limit: limit)
            : searcher.search(term, width: width, limit: limit)
        switch format {
        case .json:
            try Output.printJSON(hits)
        case .text:
            for h in hits {
                let flat = { (s: String) in s.replacingOccurrences(of: "\n", with: "⏎") }
                var line = "\(h.document) @\(h.start)..<\(h.end)"
                if let a = h.article { line += "  \(a.id) \(a.date ?? "undated")" }
                line += "  \(flat(h.left))【\(flat(h.text))】\(flat(h.right))"
                if let q = h.quote { line += "  ∈ \(q.id) \(q.speech.map { "→ \($0) \(q.verdict.rawValue)" } ?? "unresolved")" }
                print(line)
            }
            Output.info("\(hits.count) hits")
        }
    }
}

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
    @Flag(help: "List every linked quote with its verdict and edits under its article.") var quotes = false

    func run() throws {
        let corpus = try input.loadCorpus()
        let analysis = try CorpusAnalysis(corpus: corpus, supplied: catalog.load())
        let graph = CitationGraphBuilder().build(analysis)
        let speeches = Dictionary(uniqueKeysWithValues: graph.speeches.map { ($0.id, $0) })
        if format == .json {
            struct Row: Encodable { var article: String; var title: String?; var date: String?; var cites: [Citation] }
            try Output.printJSON(graph.documents.flatMap { $0.articles }.filter { !$0.cites.isEmpty }.map {
                Row(article: $0.article.id, title: $0.article.title, date: $0.article.date, cites: $0.cites)
            })
            return
        }
        for doc in graph.documents {
            for node in doc.articles where !node.cites.isEmpty {
                let a = node.article
                print("\(a.id)  \(a.date ?? a.dateText ?? "undated")  \(a.title ?? "(untitled)")")
                for c in node.cites {
                    let v = c.verdicts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                    let s = speeches[c.speech]
                    print("    cites \(c.speech) \(s?.title ?? "")  ×\(c.count)  (\(v))")
                }
                guard quotes else { continue }
                for m in graph.quotes where m.quote.article == a.id && m.source != nil {
                    print("      [\(m.verdict.rawValue) \(m.score)] \(m.quote.marked ? "" : "(unmarked) ")\(m.quote.text.replacingOccurrences(of: "\n", with: "").prefix(60))")
                    for e in m.edits { print("          \(e.op.rawValue): 「\(e.quote)」 for 「\(e.source)」") }
                }
            }
        }
        print("\(graph.reprints.count) reprinted passages")
        for r in graph.reprints {
            print("    \(r.id): \(r.a.article) @\(r.a.start)..<\(r.a.end) = \(r.b.article) @\(r.b.start)..<\(r.b.end) (\(r.length) chars)")
        }
    }
}

import ArgumentParser
import CiteTrace
import Foundation

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles found in documents, with title, authors, publication and date."
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        let corpus = try input.loadCorpus()
        let analyses = corpus.documents.map { DocumentAnalysis(document: $0) }
        switch format {
        case .json:
            let articles = analyses.flatMap(\.articles)
            try Output.printJSON(articles)
        case .text:
            for a in analyses {
                print("\(a.document.path)  (\(a.articles.count) articles)")
                for art in a.articles {
                    let authors = art.authors.isEmpty ? "-" : art.authors.joined(separator: " ")
                    print("  \(art.id)  [\(art.kind.rawValue)]  \(art.date ?? art.dateText ?? "undated")  \(art.title ?? "(untitled)")")
                    print("      by \(authors)\(art.publication.map { "  in 《\($0)》" } ?? "")  @\(art.start)..<\(art.end)")
                }
            }
        }
    }
}

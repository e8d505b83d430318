import ArgumentParser
import CiteTrace

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print a file's normalized text (debug view)."
    )

    @Argument(help: "The file to normalize.")
    var file: String

    func run() throws {
        let corpus = try Ingestor().load(paths: [file])
        for doc in corpus.documents {
            print(Normalizer().normalize(doc.scalars).string)
        }
    }
}

import ArgumentParser
import CiteTrace
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Paths and reading options shared by every command that reads a corpus.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or directories to read (directories recursively).")
    var paths: [String]

    @Option(help: "Force the input encoding (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030) instead of detecting it.")
    var encoding: String?

    func loadCorpus() throws -> Corpus {
        var options = IngestOptions()
        if let e = encoding {
            guard let enc = TextEncoding(rawValue: e.lowercased()) else {
                throw ValidationError("unknown encoding '\(e)'; use one of \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.encoding = enc
        }
        let corpus = try Ingestor(options: options).load(paths: paths)
        for w in corpus.warnings { Output.warn(w.description) }
        return corpus
    }
}

enum Output {
    static func printJSON<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(value)
        FileHandle.standardOutput.write(data)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Progress and summaries go to standard error so standard output stays data.
    static func info(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// `--sources FILE`: speeches that are not in the corpus.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("sources"), help: "A YAML or JSON file listing speeches (speaker, date, title, venue, event, text path) to add to the catalog.")
    var sourcesFile: String?

    func load() throws -> SuppliedCatalog? {
        guard let f = sourcesFile else { return nil }
        return try SuppliedCatalog.load(path: f)
    }
}

import ArgumentParser
import CiteTrace
import Foundation

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--spill`: where the corpus's texts are kept (see `TextStorage`).
enum SpillChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Paths and reading options shared by every command that reads a corpus.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or directories to read (directories recursively).")
    var paths: [String]

    @Option(help: "Force the input encoding (utf-8, utf-8-bom, utf-16le, utf-16be, gb18030) instead of detecting it.")
    var encoding: String?

    @Option(help: ArgumentHelp("Keep the texts in disk-backed spill files (always), on the heap (never), or on disk only when the input would not fit in the available memory (auto).", valueName: "auto|always|never"))
    var spill: SpillChoice = .auto

    @Option(name: .customLong("spill-dir"), help: ArgumentHelp("Folder for the spill files (default: $TMPDIR, else /var/tmp); they are deleted as they are created and vanish with the process.", valueName: "dir"))
    var spillDirectory: String?

    var storage: TextStorage {
        let folder = spillDirectory ?? TextStorage.defaultDirectory
        switch spill {
        case .auto: return .automatic(directory: folder)
        case .always: return .disk(directory: folder)
        case .never: return .memory
        }
    }

    func loadCorpus() throws -> Corpus {
        var options = IngestOptions(storage: storage)
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

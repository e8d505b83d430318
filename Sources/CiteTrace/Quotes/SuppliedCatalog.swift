import Foundation
import Yams

/// Speeches the user supplies with `--sources FILE`: a YAML or JSON file
///
/// ```yaml
/// speeches:
///   - speaker: 习近平
///     date: 2024-04-23
///     title: 在新时代推动西部大开发座谈会上的讲话
///     venue: 重庆
///     event: 新时代推动西部大开发座谈会
///     text: texts/west.txt      # relative to the catalog file
/// ```
///
/// Each text is read like any other input and becomes a `text` witness of its speech.
public struct SuppliedCatalog: Sendable {
    public struct Entry: Sendable {
        public var speech: SuppliedSpeech
        public var document: Document
    }

    public var entries: [Entry]

    struct FileFormat: Decodable {
        struct Item: Decodable {
            var speaker: String
            var date: String
            var title: String
            var venue: String?
            var event: String?
            var text: String
        }
        var speeches: [Item]
    }

    /// Reads the catalog and every text it names. Errors name the file and the entry.
    public static func load(path: String, ingestor: Ingestor = Ingestor()) throws -> SuppliedCatalog {
        guard let data = FileManager.default.contents(atPath: path) else { throw IngestError.missingPath(path) }
        guard let text = String(data: data, encoding: .utf8) else { throw IngestError.undecodable(path: path, detail: "a sources file must be UTF-8") }
        let format: FileFormat
        do {
            format = try YAMLDecoder().decode(FileFormat.self, from: text)
        } catch {
            throw IngestError.malformed(path: path, detail: "expected `speeches:` with speaker, date, title and text for each entry (\(error))")
        }
        let base = (path as NSString).deletingLastPathComponent
        var entries: [Entry] = []
        for (i, item) in format.speeches.enumerated() {
            guard let d = ChineseDateScanner.first(in: item.date.replacingOccurrences(of: "-", with: ".")), let iso = d.iso, iso.count == 10 else {
                throw IngestError.malformed(path: path, detail: "entry \(i + 1): date '\(item.date)' is not YYYY-MM-DD")
            }
            let textPath = item.text.hasPrefix("/") ? item.text : (base as NSString).appendingPathComponent(item.text)
            let document = try ingestor.read(path: textPath, relativePath: "sources/" + item.text)
            entries.append(Entry(
                speech: SuppliedSpeech(speaker: item.speaker, date: iso, title: item.title, venue: item.venue, event: item.event,
                                       document: document.id, length: document.scalars.count),
                document: document))
        }
        return SuppliedCatalog(entries: entries)
    }
}

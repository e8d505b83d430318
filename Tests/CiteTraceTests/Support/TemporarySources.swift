import Foundation
@testable import CiteTrace

/// A `--sources` catalog written to a fresh temporary directory: one YAML file and one
/// text file per speech, the text path relative to the YAML file.
struct TemporarySources {
    struct Speech {
        var speaker: String
        var date: String
        var title: String
        var venue: String
        var event: String
        var text: String
    }

    let directory: URL
    var yaml: URL { directory.appendingPathComponent("sources.yaml") }

    init(_ speeches: [Speech]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("citetrace-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("texts"), withIntermediateDirectories: true)
        var lines = ["speeches:"]
        for (i, s) in speeches.enumerated() {
            let name = "texts/speech-\(i + 1).txt"
            try s.text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            lines += ["  - speaker: \(s.speaker)", "    date: \(s.date)", "    title: \(s.title)",
                      "    venue: \(s.venue)", "    event: \(s.event)", "    text: \(name)"]
        }
        try (lines.joined(separator: "\n") + "\n").write(to: yaml, atomically: true, encoding: .utf8)
    }

    /// The catalog as `--sources` loads it.
    func load() throws -> SuppliedCatalog { try SuppliedCatalog.load(path: yaml.path) }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Documents made in memory for corpus-level tests.
enum MemoryDocuments {
    static func make(_ id: String, _ text: String) -> Document {
        Document(id: id, path: id + ".txt", format: .text, encoding: .utf8, sha256: String(repeating: "0", count: 64), text: text)
    }

    /// The seed documents followed by `extra`.
    static func seedsPlus(_ extra: [Document]) -> Corpus {
        Corpus(documents: Seeds.corpus.documents + extra, warnings: [])
    }
}

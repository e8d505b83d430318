import Foundation
@testable import CiteTrace

/// Loads the committed seed documents once per test process.
enum Seeds {
    static let directory: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path
    }()

    static let corpus: Corpus = try! Ingestor().load(paths: [directory])

    static let analyses: [DocumentAnalysis] = corpus.documents.map { DocumentAnalysis(document: $0) }

    static func analysis(_ prefix: String) -> DocumentAnalysis {
        analyses.first { $0.document.id.hasPrefix("D" + prefix) }!
    }
}

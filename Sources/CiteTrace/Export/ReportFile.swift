import Foundation

/// One file of a report before it is rendered: its `/`-separated path below the report
/// root and how to write its bytes.
///
/// Rendering is deferred so that a report's files can be rendered in parallel, and it
/// writes into a `ByteSink` so that a large file streams to disk instead of being held
/// in memory whole.
struct ReportFile: Sendable {
    var path: String
    /// The renderer builds lookup tables of its own over the whole graph (the
    /// single-file exporters), rather than sharing the HTML pages' tables. Such a file
    /// is rendered first (`ReportFormat.renderOrder`).
    var ownsTables: Bool
    /// The file holds something of every article or quote (the index, the quote table, a
    /// speech's page), so it grows with the corpus; an article's page grows only with its
    /// article. Only the order files are rendered in depends on it.
    var growsWithCorpus = true
    var render: @Sendable (ByteSink) throws -> Void
}

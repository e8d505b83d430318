import Foundation

/// One file of a report before it is rendered: its `/`-separated path below the report
/// root and how to make its bytes.
///
/// Rendering is deferred so that a report's files can be rendered in parallel and each
/// written as soon as it is ready, instead of all being held in memory at once.
struct ReportFile: Sendable {
    var path: String
    var render: @Sendable () throws -> Data
}

/// Why a path could not be read. Every case names the file.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case missingPath(String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case undecodable(path: String, detail: String)
    case malformed(path: String, detail: String)
    case noDocuments(paths: [String])
    /// The texts could not be moved to disk (`TextStorage.disk`); names the folder.
    case spill(SpillError)

    public var description: String {
        switch self {
        case .missingPath(let p): return "\(p): no such file or directory"
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .empty(let p): return "\(p): the file is empty"
        case .binary(let p): return "\(p): looks like a binary file, not text"
        case .undecodable(let p, let d): return "\(p): cannot decode the text: \(d)"
        case .malformed(let p, let d): return "\(p): malformed markup: \(d)"
        case .noDocuments(let ps): return "no readable text documents in \(ps.joined(separator: ", "))"
        case .spill(let e): return e.description
        }
    }
}

/// A file that was skipped, with the reason; the run goes on without it.
public struct IngestWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "warning: \(message)" }
}

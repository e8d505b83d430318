/// Why an exporter or the TEI validator could not produce its result.
public enum ExportError: Error, CustomStringConvertible, Equatable {
    /// libxml2's writer refused a call; `step` says what was being written.
    case xmlWriter(format: String, step: String)
    /// The RelaxNG schema at `path` could not be read or compiled.
    case schema(path: String, messages: [String])

    public var description: String {
        switch self {
        case let .xmlWriter(format, step):
            return "\(format) export: libxml2 writer failed while writing \(step)"
        case let .schema(path, messages):
            let detail = messages.isEmpty ? "libxml2 gave no reason" : messages.prefix(5).joined(separator: "; ")
            return "\(path): cannot compile RelaxNG schema: \(detail)"
        }
    }
}

/// Errors of keyword-in-context search.
public enum KWICError: Error, CustomStringConvertible {
    /// The regular expression does not compile.
    case badPattern(String, reason: String)

    public var description: String {
        switch self {
        case .badPattern(let p, let reason): return "invalid regular expression '\(p)': \(reason)"
        }
    }
}

/// Why texts could not be moved to the spill directory. Every case names the directory.
public enum SpillError: Error, CustomStringConvertible, Equatable {
    /// A spill file cannot be created in the directory (missing, not writable).
    case cannotCreate(directory: String, reason: String)
    /// The file system holding the directory has no room for the texts.
    case noSpace(directory: String, bytes: Int, reason: String)
    /// The spill file cannot be mapped into memory.
    case cannotMap(directory: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreate(let d, let r):
            return "\(d): cannot create a spill file for the corpus's texts: \(r); choose another folder with --spill-dir"
        case .noSpace(let d, let n, let r):
            return "\(d): no room for \(n) more bytes of the corpus's texts: \(r); free some space or choose another folder with --spill-dir"
        case .cannotMap(let d, let r):
            return "\(d): cannot map a spill file into memory: \(r)"
        }
    }
}

import Foundation
import Crypto

/// Options for reading a corpus.
public struct IngestOptions: Sendable {
    /// Force one encoding instead of detecting it.
    public var encoding: TextEncoding?

    public init(encoding: TextEncoding? = nil) {
        self.encoding = encoding
    }
}

/// The documents read from a set of paths, and the files skipped on the way.
public struct Corpus: Sendable {
    public var documents: [Document]
    public var warnings: [IngestWarning]

    public init(documents: [Document], warnings: [IngestWarning]) {
        self.documents = documents
        self.warnings = warnings
    }
}

/// Reads files and directories into `Document`s.
public struct Ingestor: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Reads every path; directories recursively, in sorted order. A bad file among
    /// several becomes a warning; a missing path, or no document at all, throws.
    public func load(paths: [String]) throws -> Corpus {
        var documents: [Document] = []
        var warnings: [IngestWarning] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { throw IngestError.missingPath(path) }
            let files: [(String, String)]
            if isDir.boolValue {
                let items = (try? fm.subpathsOfDirectory(atPath: path)) ?? []
                files = items.sorted().compactMap { rel in
                    let full = (path as NSString).appendingPathComponent(rel)
                    var d: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &d), !d.boolValue else { return nil }
                    return (full, rel)
                }
            } else {
                files = [(path, (path as NSString).lastPathComponent)]
            }
            for (full, rel) in files {
                do {
                    documents.append(try read(path: full, relativePath: rel))
                } catch let error as IngestError {
                    if paths.count == 1 && files.count == 1 { throw error }
                    warnings.append(IngestWarning(path: full, message: error.description))
                }
            }
        }
        guard !documents.isEmpty else { throw IngestError.noDocuments(paths: paths) }
        return Corpus(documents: documents, warnings: warnings)
    }

    /// Reads one file.
    public func read(path: String, relativePath: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError.unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard !data.isEmpty else { throw IngestError.empty(path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw IngestError.undecodable(path: path, detail: "not valid UTF-8")
        }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return Document(id: DocumentID.make(relativePath), path: path, format: .text, encoding: .utf8, sha256: digest, text: text)
    }
}

/// Stable document ids.
public enum DocumentID {
    /// `000_95e4.txt` → `D000_95e4`; `a/b c.md` → `Da_b_c`. Only XML-NCName-safe characters.
    public static func make(_ relativePath: String) -> String {
        var stem = relativePath
        if let dot = stem.lastIndex(of: "."), !stem[dot...].contains("/") { stem = String(stem[..<dot]) }
        var out = "D"
        for s in stem.unicodeScalars {
            if CharacterClass.isASCIIAlnum(s) || s == "-" || s == "_" { out.unicodeScalars.append(s) } else { out += "_" }
        }
        return out
    }
}

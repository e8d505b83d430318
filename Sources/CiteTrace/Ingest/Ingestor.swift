import Foundation
import Crypto
#if canImport(Glibc)
import Glibc
#endif

/// Options for reading a corpus.
public struct IngestOptions: Sendable {
    /// Force one encoding instead of detecting it (see `TextDecoder` for detection).
    public var encoding: TextEncoding?
    /// Where the texts are kept (heap by default).
    public var storage: TextStorage

    public init(encoding: TextEncoding? = nil, storage: TextStorage = .memory) {
        self.encoding = encoding
        self.storage = storage
    }
}

/// The documents read from a set of paths, and the files skipped on the way.
public struct Corpus: Sendable {
    public var documents: [Document]
    public var warnings: [IngestWarning]
    /// Where the documents' texts were spilled, when they were; later stages put the
    /// normalized texts there too.
    public var spill: SpillArena?

    public init(documents: [Document], warnings: [IngestWarning], spill: SpillArena? = nil) {
        self.documents = documents
        self.warnings = warnings
        self.spill = spill
    }
}

/// Reads files and directories into `Document`s.
///
/// Per file: read the bytes, refuse binary files, detect (or force) the encoding
/// and decode strictly, then take the text by extension — `.html`/`.htm`/`.xhtml`
/// through `HTMLTextReader`, `.xml`/`.tei` through `XMLTextReader`, anything else as
/// the decoded text itself. A file whose text is empty or only whitespace is `.empty`.
public struct Ingestor: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    /// Reads every path, in the order given; directories recursively, sorted by
    /// relative path in byte order (see `InputLister`). Document ids are unique over
    /// the whole corpus (`DocumentID.unique`).
    ///
    /// A single file given alone that cannot be read throws its error; otherwise a
    /// file that cannot be read becomes a warning and the run goes on. A missing path,
    /// or no document at all, throws.
    public func load(paths: [String]) throws -> Corpus {
        let listing = try list(paths: paths)
        return try read(listing, paths: paths)
    }

    /// The files the paths name, in reading order, and the entries skipped while listing.
    func list(paths: [String]) throws(IngestError) -> (files: [InputFile], warnings: [IngestWarning]) {
        var files: [InputFile] = []
        var warnings: [IngestWarning] = []
        for path in paths {
            let found = try InputLister.list(path)
            files.append(contentsOf: found.files)
            warnings.append(contentsOf: found.warnings)
        }
        return (files, warnings)
    }

    /// Reads listed files (the second half of `load`; a file may vanish in between).
    func read(_ listing: (files: [InputFile], warnings: [IngestWarning]), paths: [String]) throws(IngestError) -> Corpus {
        let files = listing.files
        var warnings = listing.warnings
        let ids = DocumentID.unique(files.map(\.relativePath))
        let alone = paths.count == 1 && files.count == 1 && files[0].isDirectArgument
        let (spill, spillWarning) = try Self.spillArena(options.storage, inputBytes: files.reduce(0) { $0 + $1.size },
                                                        available: ProcessMemory.available())
        if let spillWarning { warnings.append(spillWarning) }
        // Reading and decoding are per file: all cores, results in listing order. A spilled
        // text leaves the heap as soon as it is decoded, so the corpus is never on the heap whole.
        let results = Array(zip(files, ids)).parallelMap { file, id in
            Result { () throws(IngestError) in
                let document = try read(path: file.path, relativePath: file.relativePath, id: id)
                guard let spill else { return document }
                do throws(SpillError) { return try document.spilled(to: spill) } catch { throw .spill(error) }
            }
        }
        var documents: [Document] = []
        documents.reserveCapacity(files.count)
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let document):
                documents.append(document)
            case .failure(.spill(let error)):
                // Not this file's fault: nothing more can be read.
                throw .spill(error)
            case .failure(let error):
                if alone { throw error }
                warnings.append(IngestWarning(path: file.path, message: error.description))
            }
        }
        guard !documents.isEmpty else { throw .noDocuments(paths: paths) }
        return Corpus(documents: documents, warnings: warnings, spill: spill)
    }

    /// Where to spill an input of `inputBytes`. A folder that cannot hold spill files is an
    /// error when spilling was asked for; when it was only chosen (`automatic`), the texts
    /// stay in memory with a warning naming the folder, as the run may still fit.
    static func spillArena(_ storage: TextStorage, inputBytes: @autoclosure () -> Int, available: @autoclosure () -> Int?) throws(IngestError) -> (SpillArena?, IngestWarning?) {
        do throws(SpillError) {
            return (try storage.arena(inputBytes: inputBytes(), available: available()), nil)
        } catch {
            guard case .automatic(let directory) = storage else { throw .spill(error) }
            return (nil, IngestWarning(path: directory, message: "\(error); keeping the texts in memory"))
        }
    }

    /// Reads one file; its id is `DocumentID.make(relativePath)`, its format is chosen
    /// by the extension of `relativePath`.
    public func read(path: String, relativePath: String) throws -> Document {
        try read(path: path, relativePath: relativePath, id: DocumentID.make(relativePath))
    }

    func read(path: String, relativePath: String, id: String) throws(IngestError) -> Document {
        try document(bytes: Self.contents(of: path), path: path, relativePath: relativePath, id: id)
    }

    /// A document from bytes already in memory, exactly as `read(path:relativePath:)`
    /// reads a file holding them (same checks, same errors naming `path`); nothing is
    /// read from disk. Its id is `DocumentID.make(relativePath)`.
    public func document(bytes: [UInt8], path: String, relativePath: String) throws(IngestError) -> Document {
        try document(bytes: bytes, path: path, relativePath: relativePath, id: DocumentID.make(relativePath))
    }

    func document(bytes: [UInt8], path: String, relativePath: String, id: String) throws(IngestError) -> Document {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        let digest = Hex.string(SHA256.hash(data: bytes))

        let decoded: TextDecoder.Decoded
        switch bytes.withUnsafeBytes({ TextDecoder.decode($0, forced: options.encoding) }) {
        case .success(let d): decoded = d
        case .failure(.binary): throw .binary(path: path)
        case .failure(.undecodable(let detail)): throw .undecodable(path: path, detail: detail)
        }

        let format: DocumentFormat
        let text: String
        switch Self.extractText(decoded.text, relativePath: relativePath) {
        case .success(let extracted): (format, text) = extracted
        case .failure(.malformed(let detail)): throw .malformed(path: path, detail: detail)
        }
        guard !Self.isBlank(text) else { throw .empty(path: path) }
        return Document(id: id, path: path, format: format, encoding: decoded.encoding, sha256: digest, text: text)
    }

    /// The document text by file extension (see `DocumentFormat`).
    static func extractText(_ decoded: String, relativePath: String) -> Result<(DocumentFormat, String), MarkupFailure> {
        switch InputLister.fileExtension(relativePath) {
        case "html", "htm", "xhtml":
            return Result { () throws(MarkupFailure) in (.html, try HTMLTextReader.text(of: decoded)) }
        case "xml", "tei":
            return Result { () throws(MarkupFailure) in
                let extracted = try XMLTextReader.text(of: decoded)
                return (extracted.isTEI ? .tei : .xml, extracted.text)
            }
        default:
            return .success((.text, decoded))
        }
    }

    /// True if the text has no visible character (stops at the first one).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            CharacterClass.isSpace($0) || CharacterClass.isNewline($0) || CharacterClass.isIgnorable($0)
        }
    }

    /// The whole file, read with POSIX calls so each failure has its errno. Opens
    /// non-blocking, so a FIFO put where a file was listed cannot hang the run.
    static func contents(of path: String) throws(IngestError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .unreadable(path: path, reason: "the file vanished before it could be read") }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }

        // The size is a hint: the file may grow or shrink while it is read.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(65_536, bytes.count / 2))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}

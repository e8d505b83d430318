/// One decoded input file.
///
/// `text` is the decoded original text (for HTML and TEI input: the visible text
/// the reader extracted, see `DocumentFormat`). Every offset CiteTrace prints is a
/// Unicode-scalar offset into `text`, so `scalars[start..<end]` is the span.
public struct Document: Sendable {
    /// Stable identifier derived from the path relative to the input root
    /// (an XML NCName: letters, digits, `_`, `-`, `.`; never starts with a digit).
    public let id: String
    /// The path as given on the command line, joined with the relative path inside a directory.
    public let path: String
    public let format: DocumentFormat
    public let encoding: TextEncoding
    /// Lower-case hex SHA-256 of the file's bytes as read.
    public let sha256: String
    public let text: String
    /// `text` as Unicode scalars, the unit of every offset.
    public let scalars: [Unicode.Scalar]

    public init(id: String, path: String, format: DocumentFormat, encoding: TextEncoding, sha256: String, text: String) {
        self.id = id
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// The original characters of a scalar range (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }
}

/// How a document's text was obtained.
public enum DocumentFormat: String, Sendable, Codable {
    /// `.txt`, `.md` and files without a known extension: the decoded bytes as they are.
    case text
    /// `.html`/`.htm`: visible text from libxml2's HTML parser, block elements as line breaks.
    case html
    /// `.xml` TEI: the text content of `<text>`.
    case tei
}

/// The character encoding a document was decoded from.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"
}

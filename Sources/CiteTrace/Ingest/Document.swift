/// One decoded input file.
///
/// `text` is the decoded original text without BOM (for HTML and XML input: the text
/// the reader extracted, see `DocumentFormat`). Every offset CiteTrace prints is a
/// Unicode-scalar offset into `text`, so `scalars[start..<end]` is the span.
public struct Document: Sendable {
    /// Stable identifier derived from the path relative to the input root
    /// (an XML NCName: letters, digits, `_`, `-`, `.`; never starts with a digit), unique
    /// within a corpus: a repeated id gets `-2`, `-3`, … in reading order (`DocumentID.unique`).
    public let id: String
    /// The path as given on the command line, joined with the relative path inside a directory.
    public let path: String
    public let format: DocumentFormat
    public let encoding: TextEncoding
    /// Lower-case hex SHA-256 of the file's bytes as read.
    public let sha256: String
    /// `text` as Unicode scalars, the unit of every offset. The only copy of the text
    /// kept: a corpus is held whole, and a second copy as `String` cost a third more;
    /// compact, two bytes a scalar for nearly every Chinese text; on disk when spilled.
    public private(set) var scalars: CompactScalars

    /// The decoded text (built from `scalars` on each call).
    public var text: String { String(scalars: scalars) }

    /// The text's length in UTF-8 bytes, counted without building it.
    public var utf8Count: Int { scalars.utf8Count }

    public init(id: String, path: String, format: DocumentFormat, encoding: TextEncoding, sha256: String, text: String) {
        self.id = id
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.scalars = CompactScalars(scalarsOf: text)
    }

    /// The same document with its text moved to `arena` (see `SpillArena`).
    public func spilled(to arena: SpillArena) throws(SpillError) -> Document {
        var copy = self
        copy.scalars = try scalars.spilled(to: arena)
        return copy
    }

    /// The original characters of a scalar range (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        String(scalars: run(range))
    }

    /// The original characters of a scalar range (clamped to the text), not copied.
    func run(_ range: Range<Int>) -> ScalarRun {
        let lo = max(0, min(range.lowerBound, scalars.count))
        let hi = max(lo, min(range.upperBound, scalars.count))
        return ScalarRun(scalars, lo..<hi)
    }
}

/// How a document's text was obtained. For every format, `Document.text` is the
/// extracted text and all offsets refer to it, not to the file's bytes.
public enum DocumentFormat: String, Sendable, Codable {
    /// `.txt`, `.md`, `.text`, no extension, and any extension not listed below: the
    /// decoded text as it is (BOM removed, line endings untouched).
    case text
    /// `.html`/`.htm`/`.xhtml`: the visible text, read with libxml2's HTML parser;
    /// blocks separated by a blank line, `h1`–`h3` as Markdown headings (`HTMLTextReader`).
    case html
    /// `.xml`/`.tei` with a TEI root: the text of `<text>` only, without the header;
    /// blocks separated by a blank line, `head` as Markdown headings (`XMLTextReader`).
    case tei
    /// `.xml`/`.tei` with any other root: the root's text, element-only containers'
    /// children as paragraphs (`XMLTextReader`).
    case xml
}

/// The character encoding a document was decoded from.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"
}

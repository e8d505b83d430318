import CLibXML2
import Foundation

/// A thin wrapper over libxml2's `xmlTextWriter` that writes one UTF-8 document into a
/// `ByteSink`, through an `xmlOutputBuffer` whose write callback passes libxml2's small
/// chunks on, so the document is never held whole.
///
/// Invariants:
/// - every string (text and attribute values) is passed through `XMLOutputText.clean` before it
///   reaches libxml2, which escapes `&`, `<`, `>` (and quotes in attribute values) — output
///   is always well-formed; no CDATA sections are written;
/// - elements close in LIFO order, `finish()` closes whatever is still open;
/// - line breaks and indentation are written only between the children of `.block`
///   elements, never inside `.inline` (mixed-content) elements, so text is never altered.
/// The first failing libxml2 call is remembered and reported by `finish()`.
final class XMLStreamWriter {
    /// How an element's children are laid out.
    enum Layout {
        /// Element-only content: each child on its own indented line.
        case block
        /// Mixed content or a leaf: nothing is added between the children.
        case inline
    }

    /// Attribute name/value pairs in output order; nil values are left out.
    typealias Attributes = KeyValuePairs<String, String?>

    private struct Open {
        var name: String
        var layout: Layout
        var hasChildren = false
    }

    /// What the writer changes as it goes, held outside the object (`WriterState`): it
    /// is read on every element, attribute and text run.
    private struct State: ~Copyable {
        var writer: xmlTextWriterPtr?
        /// The writer's output buffer, owned by the writer: text is escaped straight into it.
        var buffer: xmlOutputBufferPtr?
        var stack: [Open] = []
        /// Reused by `text(_:)` for scalars, NUL-terminated for libxml2.
        var textBuffer = OutputBytes()
        /// `"\n"` and two spaces per level, by depth, made once per depth.
        var indentations: [String] = []
        var failure: String?
    }

    private let format: String
    /// Kept alive here: libxml2's write callback holds it unretained.
    private let output: ByteSink
    private let storage = WriterState(State())

    /// The state, reached through `storage`'s pointer: not checked at run time.
    private var state: State {
        _read { yield storage.pointer.pointee }
        _modify { yield &storage.pointer.pointee }
    }
    /// `state.writer`, the name most methods bind it to.
    private var writer: xmlTextWriterPtr? {
        get { state.writer }
        set { state.writer = newValue }
    }

    /// A writer for a document in `format` (used in error messages, e.g. "TEI") into `output`.
    init(format: String, output: ByteSink) {
        _ = LibXMLOutput.initialized
        self.format = format
        self.output = output
        let context = Unmanaged.passUnretained(output).toOpaque()
        // The writer takes the buffer over and frees it with itself.
        if let buffer = xmlOutputBufferCreateIO(Self.passOn, nil, context, nil) {
            writer = xmlNewTextWriter(buffer)
            if writer == nil { xmlOutputBufferClose(buffer) } else { state.buffer = buffer }
        }
        check(writer == nil ? -1 : 0, "the writer")
        if let writer {
            check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// libxml2's write callback: `context` is the `ByteSink`. Always takes every byte; a
    /// failing sink keeps its error for whoever finishes it.
    private static let passOn: xmlOutputWriteCallback = { context, bytes, count in
        guard let context, let bytes, count > 0 else { return count }
        let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
        sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(count)))
        return count
    }

    /// Opens `name` with `attributes`.
    func start(_ name: String, _ attributes: Attributes = [:], layout: Layout = .block) {
        // Not mapped to the array form: that would allocate an array for every element.
        guard let writer = startTag(name) else { return }
        for (key, value) in attributes { writeAttribute(key, value, of: name, to: writer) }
        state.stack.append(Open(name: name, layout: layout))
    }

    /// Opens `name` with attributes built at run time, in order; nil values are left out.
    func start(_ name: String, _ attributes: [(String, String?)], layout: Layout = .block) {
        guard let writer = startTag(name) else { return }
        for (key, value) in attributes { writeAttribute(key, value, of: name, to: writer) }
        state.stack.append(Open(name: name, layout: layout))
    }

    /// Starts the tag of `name` on its own line when its parent is a block; nil once a
    /// libxml2 call has failed.
    private func startTag(_ name: String) -> xmlTextWriterPtr? {
        guard let writer else { return nil }
        breakLine(beforeChildOf: state.stack.last)
        if !state.stack.isEmpty { state.stack[state.stack.count - 1].hasChildren = true }
        check(LibXMLOutput.withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "<\(name)>")
        return writer
    }

    /// One attribute of the tag just started; a nil value is left out.
    private func writeAttribute(_ key: String, _ value: String?, of name: String, to writer: xmlTextWriterPtr) {
        guard let value else { return }
        let clean = XMLOutputText.clean(value)
        let rc = LibXMLOutput.withXMLChars(key) { k in
            LibXMLOutput.withXMLChars(clean) { v in xmlTextWriterWriteAttribute(writer, k, v) }
        }
        check(rc, "@\(key) of <\(name)>")
    }

    /// Closes the innermost open element.
    func end() {
        guard let writer, let open = state.stack.popLast() else { return }
        if open.layout == .block && open.hasChildren {
            writeWhitespace(indentation(state.stack.count))
        }
        check(xmlTextWriterEndElement(writer), "</\(open.name)>")
    }

    /// Writes character data (escaped by libxml2, illegal scalars replaced).
    func text(_ string: String) {
        guard !string.isEmpty else { return }
        let clean = XMLOutputText.clean(string)
        LibXMLOutput.withXMLChars(clean) { writeEscaped($0) }
    }

    /// Writes the scalars as character data (escaped by libxml2, illegal scalars
    /// replaced), encoded straight into a reused buffer: document text is most of a TEI
    /// file, and going through a `String` would copy and check it twice more.
    func text(_ scalars: Slice<CompactScalars>) {
        guard !scalars.isEmpty else { return }
        XMLOutputText.clean(scalars, into: &state.textBuffer)
        state.textBuffer.append(0 as UInt8)
        state.textBuffer.withUnsafeBytes { writeEscaped($0.baseAddress!.assumingMemoryBound(to: xmlChar.self)) }
    }

    /// Writes NUL-terminated UTF-8 as character data, escaped by libxml2 straight into the
    /// output buffer (`xmlOutputBufferWriteEscape` with its default, `xmlEscapeContent`:
    /// `<`, `>`, `&` and CR), after an empty raw write that closes a pending start tag.
    /// `xmlTextWriterWriteString` would escape into a new allocation and copy that in.
    private func writeEscaped(_ text: UnsafePointer<xmlChar>) {
        guard let writer, let buffer = state.buffer else { return }
        if !state.stack.isEmpty { state.stack[state.stack.count - 1].hasChildren = true }
        check(xmlTextWriterWriteRawLen(writer, Self.nothing.utf8Start, 0), "text in <\(state.stack.last?.name ?? "")>")
        check(xmlOutputBufferWriteEscape(buffer, text, nil), "text in <\(state.stack.last?.name ?? "")>")
    }

    /// What the raw write before text is given: it writes nothing, but wants a pointer.
    private static let nothing: StaticString = ""

    /// `<name attributes>text</name>`; text nil writes an empty element.
    func element(_ name: String, _ attributes: Attributes = [:], text: String? = nil) {
        start(name, attributes, layout: .inline)
        if let text { self.text(text) }
        end()
    }

    /// `<name attributes>text</name>` with attributes built at run time.
    func element(_ name: String, _ attributes: [(String, String?)], text: String? = nil) {
        start(name, attributes, layout: .inline)
        if let text { self.text(text) }
        end()
    }

    /// Closes every open element, ends the document and hands the rest of it to the sink.
    func finish() throws {
        while !state.stack.isEmpty { end() }
        guard let writer else { throw ExportError.xmlWriter(format: format, step: state.failure ?? "the writer") }
        check(xmlTextWriterEndDocument(writer), "the end of the document")
        check(xmlTextWriterFlush(writer), "the buffer")
        xmlFreeTextWriter(writer)
        self.writer = nil
        state.buffer = nil
        if let failure = state.failure { throw ExportError.xmlWriter(format: format, step: failure) }
    }

    private func breakLine(beforeChildOf parent: Open?) {
        guard let parent, parent.layout == .block else { return }
        writeWhitespace(indentation(state.stack.count))
    }

    private func indentation(_ depth: Int) -> String {
        while state.indentations.count <= depth { state.indentations.append("\n" + String(repeating: "  ", count: state.indentations.count)) }
        return state.indentations[depth]
    }

    /// Writes a line break and indentation as they are: whitespace needs no escaping, and
    /// `xmlTextWriterWriteString` would copy it to escape it before every element.
    private func writeWhitespace(_ whitespace: String) {
        guard let writer else { return }
        check(LibXMLOutput.withXMLChars(whitespace) { xmlTextWriterWriteRaw(writer, $0) }, "whitespace")
    }

    private func check(_ rc: Int32, _ step: @autoclosure () -> String) {
        if rc < 0 && state.failure == nil { state.failure = step() }
    }
}

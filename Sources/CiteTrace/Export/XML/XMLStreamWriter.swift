import CLibXML2
import Foundation

/// Writes one UTF-8 XML document into a `ByteSink` through libxml2's `xmlOutputBuffer`,
/// whose write callback passes libxml2's chunks on, so the document is never held whole.
///
/// libxml2 escapes the text (`xmlOutputBufferWriteEscape`) and every attribute value
/// that holds anything but plain printable ASCII (`xmlAttrSerializeTxtContent`), and
/// buffers the output. Tags, plain attribute values, indentation and short text runs with
/// nothing to escape are gathered in a byte buffer of the writer's own and handed to
/// libxml2 in one write before each escaped run, as libxml2's own serializer writes markup
/// through the output buffer. The output
/// is byte for byte what `xmlTextWriter` wrote (XML declaration, `<empty/>`, `&quot;` in
/// attributes, a final line break) in fewer instructions: the text writer copied every
/// element name, kept the open elements in a linked list allocated entry by entry, and
/// made four to six output-buffer calls for each tag and attribute.
///
/// Invariants:
/// - every string (text and attribute values) is passed through `XMLOutputText.clean` before it
///   is written, and libxml2 escapes `&`, `<`, `>` (and quotes in attribute values) — output
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
        var output: xmlOutputBufferPtr?
        var stack: [Open] = []
        /// Markup not yet handed to libxml2.
        var markup = OutputBytes()
        /// The last start tag still lacks its `>`: it becomes `/>` if the element ends empty.
        var tagOpen = false
        /// Reused by `text(_:)` for scalars, NUL-terminated for libxml2.
        var textBuffer = OutputBytes()
        /// Reused for attribute values libxml2 escapes, and the document they are escaped
        /// for: declared UTF-8, so libxml2 keeps non-ASCII scalars as they are instead of
        /// writing character references. Both made on first use.
        var attributeBuffer: xmlBufferPtr?
        var attributeDocument: xmlDocPtr?
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

    /// Markup gathered before it goes to libxml2 in one write; a long run of elements
    /// without text is handed on at this size.
    private static let markupLimit = 16 * 1024

    /// A writer for a document in `format` (used in error messages, e.g. "TEI") into `output`.
    init(format: String, output: ByteSink) {
        _ = LibXMLOutput.initialized
        self.format = format
        self.output = output
        let context = Unmanaged.passUnretained(output).toOpaque()
        // No encoder: the document is written in UTF-8 as it is.
        state.output = xmlOutputBufferCreateIO(Self.passOn, nil, context, nil)
        check(state.output == nil ? -1 : 0, "the writer")
        state.markup.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    deinit {
        if let buffer = state.output { xmlOutputBufferClose(buffer) }
        if let attributes = state.attributeBuffer { xmlBufferFree(attributes) }
        if let document = state.attributeDocument { xmlFreeDoc(document) }
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
        guard startTag(name) else { return }
        for (key, value) in attributes { writeAttribute(key, value) }
        state.stack.append(Open(name: name, layout: layout))
    }

    /// Opens `name` with attributes built at run time, in order; nil values are left out.
    func start(_ name: String, _ attributes: [(String, String?)], layout: Layout = .block) {
        guard startTag(name) else { return }
        for (key, value) in attributes { writeAttribute(key, value) }
        state.stack.append(Open(name: name, layout: layout))
    }

    /// Starts the tag of `name` on its own line when its parent is a block; false when there
    /// is no output buffer (libxml2 could not make one, or the document is finished).
    private func startTag(_ name: String) -> Bool {
        guard state.output != nil else { return false }
        closeStartTag()
        if let parent = state.stack.last {
            if parent.layout == .block { state.markup.append(indentation(state.stack.count)) }
            state.stack[state.stack.count - 1].hasChildren = true
        }
        if state.markup.count > Self.markupLimit { handOnMarkup() }
        state.markup.append(UInt8(ascii: "<"))
        state.markup.append(name)
        state.tagOpen = true
        return true
    }

    /// Ends a start tag left open for attributes.
    private func closeStartTag() {
        guard state.tagOpen else { return }
        state.markup.append(UInt8(ascii: ">"))
        state.tagOpen = false
    }

    /// One attribute of the tag just started; a nil value is left out.
    private func writeAttribute(_ key: String, _ value: String?) {
        guard let value else { return }
        state.markup.append(UInt8(ascii: " "))
        state.markup.append(key)
        state.markup.append(UInt8(ascii: "="))
        state.markup.append(UInt8(ascii: "\""))
        // Printable ASCII is all allowed in XML: only other values need cleaning.
        let plain = value.withUTF8Bytes { bytes in
            guard !Self.needsEscaping(bytes) else { return false }
            state.markup.append(UnsafeRawBufferPointer(bytes))
            return true
        }
        if !plain {
            handOnMarkup()
            escapeAttribute(XMLOutputText.clean(value), key: key)
        }
        state.markup.append(UInt8(ascii: "\""))
    }

    /// Whether `value` may need cleaning or libxml2's attribute escaping: anything but
    /// printable ASCII other than `<`, `>`, `&` and `"` (libxml2 writes line breaks and
    /// tabs as character references).
    private static func needsEscaping(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        value.contains { byte in
            byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
        }
    }

    /// `value` escaped by libxml2 as an attribute value, written straight after the markup
    /// handed on before it.
    private func escapeAttribute(_ value: String, key: String) {
        guard let output = state.output else { return }
        if state.attributeBuffer == nil {
            state.attributeBuffer = xmlBufferCreate()
            state.attributeDocument = xmlNewDoc(nil)
            state.attributeDocument?.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        }
        guard let escaped = state.attributeBuffer, let document = state.attributeDocument,
              document.pointee.encoding != nil else { return check(-1, "@\(key)") }
        xmlBufferEmpty(escaped)
        LibXMLOutput.withXMLChars(value) { xmlAttrSerializeTxtContent(escaped, document, nil, $0) }
        let count = xmlBufferLength(escaped)
        guard count > 0, let bytes = xmlBufferContent(escaped) else { return }
        check(bytes.withMemoryRebound(to: CChar.self, capacity: Int(count)) { xmlOutputBufferWrite(output, count, $0) }, "@\(key)")
    }

    /// Closes the innermost open element.
    func end() {
        guard state.output != nil, let open = state.stack.popLast() else { return }
        if state.tagOpen {
            state.markup.append(UInt8(ascii: "/"))
            state.markup.append(UInt8(ascii: ">"))
            state.tagOpen = false
            return
        }
        if open.layout == .block && open.hasChildren { state.markup.append(indentation(state.stack.count)) }
        state.markup.append(UInt8(ascii: "<"))
        state.markup.append(UInt8(ascii: "/"))
        state.markup.append(open.name)
        state.markup.append(UInt8(ascii: ">"))
    }

    /// Writes character data (escaped by libxml2, illegal scalars replaced).
    func text(_ string: String) {
        guard !string.isEmpty else { return }
        // A short run with nothing to escape or clean (a GraphML value, a date, a name)
        // joins the markup: handing it to libxml2 costs more than the run itself.
        let plain = string.withUTF8Bytes { bytes in
            guard bytes.count <= Self.plainTextLimit, !Self.textNeedsEscaping(bytes) else { return false }
            closeStartTag()
            if !state.stack.isEmpty { state.stack[state.stack.count - 1].hasChildren = true }
            state.markup.append(UnsafeRawBufferPointer(bytes))
            return true
        }
        guard !plain else { return }
        let clean = XMLOutputText.clean(string)
        LibXMLOutput.withXMLChars(clean) { writeEscaped($0) }
    }

    /// The longest text run `text(_:)` may pass on without libxml2.
    private static let plainTextLimit = 256

    /// Whether UTF-8 `text` may need cleaning or libxml2's escaping as content: a control
    /// character other than tab and line feed (CR is escaped), `<`, `>`, `&`, or the
    /// noncharacters U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`).
    private static func textNeedsEscaping(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, byte) in text.enumerated() {
            switch byte {
            case 0x09, 0x0A: continue
            case 0..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): return true
            case 0xEF where i + 2 < text.count && text[i + 1] == 0xBF && text[i + 2] >= 0xBE: return true
            default: continue
            }
        }
        return false
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
    /// `<`, `>`, `&` and CR), after the markup before it.
    private func writeEscaped(_ text: UnsafePointer<xmlChar>) {
        guard let output = state.output else { return }
        closeStartTag()
        if !state.stack.isEmpty { state.stack[state.stack.count - 1].hasChildren = true }
        handOnMarkup()
        check(xmlOutputBufferWriteEscape(output, text, nil), "text in <\(state.stack.last?.name ?? "")>")
    }

    /// Hands the gathered markup to libxml2's output buffer.
    private func handOnMarkup() {
        guard let output = state.output, !state.markup.isEmpty else { return }
        let rc = state.markup.withUnsafeBytes { bytes in
            xmlOutputBufferWrite(output, Int32(bytes.count), bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
        }
        state.markup.removeAll()
        check(rc, "markup in <\(state.stack.last?.name ?? "")>")
    }

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

    /// Closes every open element, ends the document with a line break and hands the rest
    /// of it to the sink.
    func finish() throws {
        while !state.stack.isEmpty { end() }
        guard let output = state.output else { throw ExportError.xmlWriter(format: format, step: state.failure ?? "the writer") }
        state.markup.append(UInt8(ascii: "\n"))
        handOnMarkup()
        check(xmlOutputBufferFlush(output), "the end of the document")
        state.output = nil
        // Its result is the byte count, an `int` that a document over 2 GiB would
        // overflow; the flush above has reported any failure.
        xmlOutputBufferClose(output)
        if let failure = state.failure { throw ExportError.xmlWriter(format: format, step: failure) }
    }

    private func indentation(_ depth: Int) -> String {
        while state.indentations.count <= depth { state.indentations.append("\n" + String(repeating: "  ", count: state.indentations.count)) }
        return state.indentations[depth]
    }

    private func check(_ rc: Int32, _ step: @autoclosure () -> String) {
        if rc < 0 && state.failure == nil { state.failure = step() }
    }
}

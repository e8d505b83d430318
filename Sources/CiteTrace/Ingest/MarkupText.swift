import CLibXML2

/// What a markup element contributes to the extracted text.
enum MarkupRole: Equatable {
    /// Neither the element nor anything inside it is text (`script`, `teiHeader`).
    case skip
    /// Its text flows with the surrounding text.
    case inline
    /// A paragraph of its own: a blank line before and after.
    case block
    /// A line of its own (TEI `l`): a line break before and after.
    case line
    /// A forced line break (`br`).
    case lineBreak
    /// Inline, but separated from its neighbours by a space (table cells).
    case cell
    /// A paragraph written as a Markdown heading line of this level.
    case heading(level: Int)
    /// A paragraph whose whitespace is kept (`pre`).
    case preformatted
    /// Moved after the rest of the text, as paragraphs of its own (TEI footnotes).
    case deferred
}

/// Where an element sits, as a role classifier sees it.
struct MarkupContext {
    /// Local names of the enclosing elements, outermost first.
    var ancestors: [String]
    /// The parent has element children but no text of its own besides whitespace.
    var parentIsElementOnly: Bool
}

/// Why a markup document gave no text.
enum MarkupFailure: Error, Equatable {
    case malformed(String)
}

typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

/// Walks a libxml2 tree and assembles its text with `TextAssembler`, asking `classify`
/// what each element is. The walk is iterative (no recursion limit on nesting depth)
/// and expands internal entities only, within a budget (no "billion laughs").
struct MarkupTextWalker {
    var classify: (XMLNodePointer, MarkupContext) -> MarkupRole
    /// Compute `MarkupContext.parentIsElementOnly` (costs one pass over each element's children).
    var tracksElementOnlyContent = false
    /// Upper bound on scalars produced and entities expanded.
    var budget: Int

    private struct Frame {
        var role: MarkupRole
        var next: XMLNodePointer?
        var elementOnly: Bool
        var isElement: Bool
    }

    /// The text of the given subtrees, in order, each a block; deferred elements follow.
    mutating func text(of roots: [XMLNodePointer]) throws(MarkupFailure) -> String {
        var assembler = TextAssembler()
        var deferred: [XMLNodePointer] = []
        for root in roots { try walk(root, into: &assembler, deferred: &deferred) }
        var i = 0
        while i < deferred.count {
            try walk(deferred[i], into: &assembler, deferred: &deferred)
            i += 1
        }
        return assembler.finish()
    }

    private mutating func walk(_ root: XMLNodePointer, into a: inout TextAssembler,
                               deferred: inout [XMLNodePointer]) throws(MarkupFailure) {
        var names: [String] = [Self.localName(root)]
        var stack = [Frame(role: .block, next: root.pointee.children, elementOnly: elementOnly(root), isElement: true)]
        Self.open(.block, &a)
        var expansions = 0
        while let top = stack.last {
            guard let node = top.next else {
                Self.close(top.role, &a)
                if top.isElement { names.removeLast() }
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { a.append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let role = classify(node, MarkupContext(ancestors: names, parentIsElementOnly: top.elementOnly))
                switch role {
                case .skip: continue
                case .deferred: deferred.append(node); continue
                default: break
                }
                Self.open(role, &a)
                names.append(Self.localName(node))
                stack.append(Frame(role: role, next: node.pointee.children, elementOnly: elementOnly(node), isElement: true))
            case XML_ENTITY_REF_NODE:
                // Without XML_PARSE_NOENT libxml2 keeps the reference; its child is the
                // declaration, whose children are the parsed replacement (internal entities only).
                expansions += 1
                guard expansions <= budget, a.count <= budget else {
                    throw .malformed("entity expansion exceeds \(budget) characters")
                }
                guard let declaration = node.pointee.children,
                      declaration.pointee.type == XML_ENTITY_DECL else { continue }
                let entity = UnsafeMutableRawPointer(declaration).assumingMemoryBound(to: xmlEntity.self)
                guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY else { continue }
                if let children = entity.pointee.children {
                    stack.append(Frame(role: .inline, next: children, elementOnly: false, isElement: false))
                } else if let content = entity.pointee.content {
                    a.append(String(cString: content))
                }
            default:
                continue  // comments, processing instructions, DTD nodes
            }
        }
    }

    private static func open(_ role: MarkupRole, _ a: inout TextAssembler) {
        switch role {
        case .block: a.paragraphBreak()
        case .line: a.newLine()
        case .lineBreak: a.lineBreak()
        case .cell: a.separate()
        case .heading(let level): a.beginHeading(level: level)
        case .preformatted: a.beginPreformatted()
        case .skip, .inline, .deferred: break
        }
    }

    private static func close(_ role: MarkupRole, _ a: inout TextAssembler) {
        switch role {
        case .block: a.paragraphBreak()
        case .line: a.newLine()
        case .cell: a.separate()
        case .heading: a.endHeading()
        case .preformatted: a.endPreformatted()
        case .skip, .inline, .lineBreak, .deferred: break
        }
    }

    private func elementOnly(_ node: XMLNodePointer) -> Bool {
        guard tracksElementOnlyContent else { return false }
        var hasElement = false
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE: hasElement = true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content, !LibXML.isBlank(content) { return false }
            case XML_ENTITY_REF_NODE: return false
            default: break
            }
            child = c.pointee.next
        }
        return hasElement
    }

    static func localName(_ node: XMLNodePointer) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }
}

/// libxml2 entry points used by the readers: parsing from memory with errors
/// collected instead of printed.
enum LibXML {
    /// The first error libxml2 reported during one parse, formatted with its line.
    final class ErrorLog {
        private(set) var firstError: String?
        private(set) var firstFatal: String?

        fileprivate func record(_ error: xmlError) {
            let message = error.message.map { String(cString: $0) } ?? "unknown error"
            var text = message.trimmingTrailingWhitespace()
            if error.line > 0 { text = "line \(error.line)" + (error.int2 > 0 ? ", column \(error.int2)" : "") + ": " + text }
            if error.level.rawValue >= XML_ERR_FATAL.rawValue, firstFatal == nil { firstFatal = text }
            if error.level.rawValue >= XML_ERR_ERROR.rawValue, firstError == nil { firstError = text }
        }

        var summary: String? { firstFatal ?? firstError }
    }

    /// `xmlInitParser` once per process, before any thread parses.
    private static let initialized: Void = { xmlInitParser() }()

    /// Parses `text` as HTML (recovering like a browser) and hands the document to `body`.
    static func withHTMLDocument<T>(_ text: String, _ body: (xmlDocPtr?, ErrorLog) throws(MarkupFailure) -> T) throws(MarkupFailure) -> T {
        let options = HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
        return try parse(text, body) { buffer, size in
            htmlReadMemory(buffer, size, nil, "UTF-8", Int32(bitPattern: options))
        }
    }

    /// Parses `text` as XML: no network, no external entities or DTDs, no entity
    /// substitution, the encoding declaration ignored (the text is already UTF-8).
    static func withXMLDocument<T>(_ text: String, _ body: (xmlDocPtr?, ErrorLog) throws(MarkupFailure) -> T) throws(MarkupFailure) -> T {
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
        return try parse(text, body) { buffer, size in
            xmlReadMemory(buffer, size, nil, "UTF-8", Int32(bitPattern: options))
        }
    }

    private static func parse<T>(_ text: String, _ body: (xmlDocPtr?, ErrorLog) throws(MarkupFailure) -> T,
                                 reader: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) throws(MarkupFailure) -> T {
        _ = initialized
        var text = text
        let log = ErrorLog()
        let size = text.utf8.count
        guard size < Int(Int32.max) else { throw .malformed("too large for libxml2 (\(size) bytes)") }
        let doc: xmlDocPtr? = text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return nil }
            return withErrorsCollected(into: log) {
                base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { reader($0, Int32(utf8.count)) }
            }
        }
        defer { if let doc { xmlFreeDoc(doc) } }
        return try body(doc, log)
    }

    /// Routes this thread's libxml2 errors to `log` while `body` runs (libxml2 keeps
    /// the handler per thread), so libxml2 prints nothing to stderr.
    private static func withErrorsCollected<T>(into log: ErrorLog, _ body: () -> T) -> T {
        let savedHandler = __xmlStructuredError().pointee
        let savedContext = __xmlStructuredErrorContext().pointee
        let context = Unmanaged.passUnretained(log).toOpaque()
        xmlSetStructuredErrorFunc(context) { context, error in
            guard let context, let error else { return }
            Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(savedContext, savedHandler) }
        return withExtendedLifetime(log) { body() }
    }

    /// The element's namespace URI, if any.
    static func namespaceURI(_ node: XMLNodePointer) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The text value of an attribute without namespace, if present.
    static func attribute(_ node: XMLNodePointer, _ name: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if a.pointee.ns == nil, let attrName = a.pointee.name, String(cString: attrName) == name {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content { value += String(cString: content) }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    static func hasAttribute(_ node: XMLNodePointer, _ name: String) -> Bool {
        attribute(node, name) != nil
    }

    /// True if the C string holds only XML whitespace.
    static func isBlank(_ content: UnsafePointer<xmlChar>) -> Bool {
        var p = content
        while p.pointee != 0 {
            switch p.pointee {
            case 0x20, 0x09, 0x0A, 0x0D: p += 1
            default: return false
            }
        }
        return true
    }
}

private extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = unicodeScalars
        while let last = scalars.last, last == " " || last == "\n" || last == "\r" || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

import CLibXML2

/// The text of an `.xml` file, as `Document.text`.
///
/// The file must be well-formed: any fatal libxml2 error is `IngestError.malformed`
/// with libxml2's message and line. Nothing is fetched: no network, no external DTD
/// or entity; internal entities are expanded, undeclared ones dropped.
///
/// **TEI** (root `TEI` or `teiCorpus`, in the TEI namespace or none): the text is that
/// of the `<text>` elements, never the `teiHeader`. Inside them:
/// - `p`, `ab`, `div`/`div1`–`div7`, `lg`, `sp`, `speaker`, `list`, `item`, `table`,
///   `row`, `figure`, `quote` standing alone, `byline`, `dateline`, `opener`,
///   `closer`, `trailer`, … are paragraphs separated by one blank line;
/// - `head` of a `div`, `body`, `front` or `back` is a Markdown heading whose level is
///   the `div` nesting depth (at least 1); other `head`s are plain paragraphs;
/// - `l` (a verse line) is a line of its own inside its `lg` paragraph; `cell`s are
///   separated by a space; `lb`, `pb`, `cb` add nothing (whitespace around them
///   collapses as in HTML);
/// - `note` (unless `place="inline"`) moves after the running text as its own
///   paragraph, so a footnote never splits a sentence;
/// - `fw` (running heads, page numbers) is dropped; in a `choice`, `sic`, `orig` and
///   `abbr` are dropped in favour of `corr`, `reg` and `expan`.
///
/// **Other XML**: the text content of the root element. The children of an element
/// that holds only elements (no text of its own) are paragraphs; elements inside
/// running text stay inline.
enum XMLTextReader {
    static let teiNamespace = "http://www.tei-c.org/ns/1.0"

    struct Extracted: Equatable {
        var text: String
        var isTEI: Bool
    }

    static func text(of xml: String) throws(MarkupFailure) -> Extracted {
        try LibXML.withXMLDocument(xml) { (doc, log) throws(MarkupFailure) -> Extracted in
            // Without XML_PARSE_RECOVER libxml2 returns no document unless it is well-formed.
            guard let doc, log.firstFatal == nil else {
                throw .malformed(log.summary ?? "libxml2 could not parse the document")
            }
            guard let root = xmlDocGetRootElement(doc) else { throw .malformed("no root element") }
            let budget = max(1 << 20, 4 * xml.utf8.count)
            if isTEI(root) {
                let texts = textElements(under: root)
                guard !texts.isEmpty else { throw .malformed("TEI document without a <text> element") }
                var walker = MarkupTextWalker(classify: teiRole, tracksElementOnlyContent: true, budget: budget)
                return Extracted(text: try walker.text(of: texts), isTEI: true)
            }
            var walker = MarkupTextWalker(classify: genericRole, tracksElementOnlyContent: true, budget: budget)
            return Extracted(text: try walker.text(of: [root]), isTEI: false)
        }
    }

    // MARK: - TEI

    private static func inTEINamespace(_ node: XMLNodePointer) -> Bool {
        let uri = LibXML.namespaceURI(node)
        return uri == nil || uri == teiNamespace
    }

    private static func isTEI(_ root: XMLNodePointer) -> Bool {
        let name = MarkupTextWalker.localName(root)
        return (name == "TEI" || name == "teiCorpus") && inTEINamespace(root)
    }

    /// The outermost `text` elements, in document order, outside any `teiHeader`.
    private static func textElements(under root: XMLNodePointer) -> [XMLNodePointer] {
        var found: [XMLNodePointer] = []
        var stack: [XMLNodePointer] = [root]
        while let node = stack.popLast() {
            if node != root {
                switch MarkupTextWalker.localName(node) {
                case "teiHeader": continue
                case "text": found.append(node); continue
                default: break
                }
            }
            var children: [XMLNodePointer] = []
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE && inTEINamespace(c) { children.append(c) }
                child = c.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return found
    }

    private static let teiBlocks: Set<String> = [
        "p", "ab", "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "lg", "sp", "speaker",
        "stage", "list", "item", "listBibl", "table", "row", "figure", "head", "front", "body", "back",
        "group", "text", "titlePage", "docTitle", "titlePart", "docAuthor", "docDate", "docImprint",
        "byline", "dateline", "opener", "closer", "salute", "signed", "trailer", "epigraph", "argument",
        "postscript", "castList", "castItem", "floatingText", "u",
    ]

    private static let sectionParents: Set<String> = [
        "div", "div1", "div2", "div3", "div4", "div5", "div6", "div7", "body", "front", "back", "group",
    ]

    static func teiRole(of node: XMLNodePointer, in context: MarkupContext) -> MarkupRole {
        guard inTEINamespace(node) else { return .inline }
        let name = MarkupTextWalker.localName(node)
        switch name {
        case "teiHeader", "fw": return .skip
        case "sic", "orig", "abbr": return context.ancestors.last == "choice" ? .skip : .inline
        case "note": return LibXML.attribute(node, "place") == "inline" ? .inline : .deferred
        case "l": return .line
        case "cell": return .cell
        case "head" where sectionParents.contains(context.ancestors.last ?? ""):
            let depth = context.ancestors.filter { $0.hasPrefix("div") }.count
            return .heading(level: max(1, depth))
        case "quote", "q", "cit":
            // Standing alone between paragraphs it is a block quotation; in a sentence it is inline.
            return context.parentIsElementOnly ? .block : .inline
        default:
            return teiBlocks.contains(name) ? .block : .inline
        }
    }

    // MARK: - Other XML

    static func genericRole(of node: XMLNodePointer, in context: MarkupContext) -> MarkupRole {
        context.parentIsElementOnly ? .block : .inline
    }
}

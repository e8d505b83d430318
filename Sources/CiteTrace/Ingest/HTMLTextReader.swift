import CLibXML2

/// The visible text of an HTML page, as `Document.text` for `.html`/`.htm` files.
///
/// libxml2's HTML parser reads the page the forgiving way a browser does (no error
/// is ever fatal; entities such as `&amp;` are decoded). Then:
/// - `head` (with `title`), `script`, `style`, `noscript`, `template` and elements
///   with a `hidden` attribute are dropped;
/// - block elements (`p`, `div`, `li`, `tr`, `blockquote`, `section`, …) are
///   paragraphs, separated by one blank line; `br` is a line break;
/// - `h1`–`h3` become Markdown heading lines (`# `, `## `, `### `), which the
///   segmenter recognises; `h4`–`h6` are plain paragraphs;
/// - inline whitespace collapses to one space, as in a browser, except that a
///   source line break between two Chinese characters disappears; `pre` keeps its
///   whitespace; table cells are separated by a space.
enum HTMLTextReader {
    static func text(of html: String) throws(MarkupFailure) -> String {
        try LibXML.withHTMLDocument(html) { (doc, _) throws(MarkupFailure) -> String in
            guard let doc, let root = xmlDocGetRootElement(doc) else { return "" }
            var walker = MarkupTextWalker(classify: role, budget: max(1 << 20, 4 * html.utf8.count))
            return try walker.text(of: [root])
        }
    }

    private static let skipped: Set<String> = ["head", "script", "style", "noscript", "template"]

    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h4", "h5", "h6",
        "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "section", "summary",
        "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]

    /// libxml2 lower-cases HTML element names.
    static func role(of node: XMLNodePointer, in context: MarkupContext) -> MarkupRole {
        let name = MarkupTextWalker.localName(node)
        if skipped.contains(name) || LibXML.hasAttribute(node, "hidden") { return .skip }
        switch name {
        case "br": return .lineBreak
        case "h1": return .heading(level: 1)
        case "h2": return .heading(level: 2)
        case "h3": return .heading(level: 3)
        case "pre", "listing", "xmp", "plaintext": return .preformatted
        case "td", "th": return .cell
        default: return blocks.contains(name) ? .block : .inline
        }
    }
}

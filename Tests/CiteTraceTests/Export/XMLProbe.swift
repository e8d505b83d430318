import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads exporter output back with Foundation's XML parser to check its structure;
/// XPath uses `local-name()` so the default namespace does not get in the way.
struct XMLProbe {
    let document: XMLDocument

    init(_ data: Data) throws {
        document = try XMLDocument(data: data, options: [.nodePreserveWhitespace])
    }

    /// Elements named `name` anywhere.
    func elements(_ name: String) throws -> [XMLElement] {
        try document.nodes(forXPath: "//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    /// Nodes matching an XPath expression.
    func nodes(_ xpath: String) throws -> [XMLNode] {
        try document.nodes(forXPath: xpath)
    }

    /// The child elements of `element` with local name `name`.
    static func children(_ element: XMLElement?, _ name: String) -> [XMLElement] {
        (element?.children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    /// The value of attribute `name` of `element`, by name or local name (`id` finds `xml:id`).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}

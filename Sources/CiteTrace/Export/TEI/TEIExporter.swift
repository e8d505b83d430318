import Foundation

/// Writes `citations.tei.xml`: a TEI P5 document, valid against `tei_all.rng`, holding the
/// sources (speeches, witnesses, articles, documents) in the header, every document's
/// text with its quotes marked up in the body, and the citation relations in `standOff`.
///
/// Structure: `TEIHeaderWriter` (header), `TEIBodyWriter` (body, laid out by
/// `TEIDocumentLayout`), `TEIQuoteWriter` (`cit`/`quote`/apparatus of one quote),
/// `TEIStandOffWriter` (anchored quotes and relations). Written through `XMLStreamWriter`
/// (libxml2 escapes and buffers); every `xml:id` is a unique NCName; text is escaped by
/// libxml2 with XML-illegal scalars replaced by U+FFFD; output is deterministic.
public struct TEIExporter: GraphExporter {
    /// The TEI namespace.
    public static let namespace = "http://www.tei-c.org/ns/1.0"

    /// The text of `titleStmt/title`.
    public var title: String

    public var fileName: String { "citations.tei.xml" }

    public init(title: String = "CiteTrace citations") {
        self.title = title
    }

    public func write(_ graph: CitationGraph, to output: ByteSink) throws {
        try write(graph, concordances: nil, to: output)
    }

    /// `write`, with the concordances built once for the whole report when given.
    func write(_ graph: CitationGraph, concordances: ReportConcordances?, to output: ByteSink) throws {
        let context = TEIContext(graph, concordances: concordances)
        let writer = XMLStreamWriter(format: "TEI", output: output)
        writer.start("TEI", ["xmlns": Self.namespace, "xml:lang": "zh"])
        TEIHeaderWriter(context: context, title: title).write(to: writer)
        TEIBodyWriter(context: context).write(to: writer)
        TEIStandOffWriter(context: context).write(to: writer)
        writer.end()
        try writer.finish()
    }
}

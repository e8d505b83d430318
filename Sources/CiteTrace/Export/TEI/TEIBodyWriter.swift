/// Writes `<text><body>`: one `<div type="document" xml:id=… n=path>` per document, in it
/// one `<div type="article" subtype=kind corresp="#articleId">` per article (by start
/// offset) with `<head>` and the article's paragraphs, and `<div type="unsegmented">` for
/// text outside every article.
///
/// Paragraph text is the document's original text (XML-illegal scalars replaced by
/// U+FFFD); inline quotes are `<cit>` elements inside it and anchored quotes `<anchor>`s,
/// as `TEIDocumentLayout` decided.
struct TEIBodyWriter {
    let context: TEIContext

    func write(to writer: XMLStreamWriter) {
        writer.start("text")
        writer.start("body")
        if context.graph.documents.isEmpty { writer.element("p") }
        for (index, node) in context.graph.documents.enumerated() {
            writer.start("div", ["type": "document", "xml:id": context.documentIDs[index], "n": node.document.path])
            let layout = context.layouts[index]
            for region in layout.regions {
                if let article = region.article.map({ node.articles[$0].article }) {
                    writer.start("div", ["type": "article", "subtype": article.kind.rawValue, "corresp": context.articlePointer(article.id)])
                    if let title = article.title { writer.element("head", text: title) }
                } else {
                    writer.start("div", ["type": "unsegmented"])
                }
                for paragraph in region.paragraphs {
                    writeParagraph(layout.paragraphs[paragraph], scalars: node.document.scalars, to: writer)
                }
                writer.end()
            }
            writer.end()
        }
        writer.end()
        writer.end()
    }

    /// Writes one `<p>`, opening and closing inline quotes and placing anchors at their
    /// offsets. At each offset: close quotes that end there, write anchors, open quotes
    /// that start there (in layout order), close those that are empty.
    private func writeParagraph(_ paragraph: TEIDocumentLayout.Paragraph, scalars: CompactScalars, to writer: XMLStreamWriter) {
        let quotes = TEIQuoteWriter(context: context)
        let count = scalars.count
        let spans = paragraph.quotes.map { TEIDocumentLayout.span(of: context.graph.quotes[$0].quote, count: count) }
        var stops = Set([paragraph.span.lowerBound, paragraph.span.upperBound])
        spans.forEach { stops.formUnion([$0.lowerBound, $0.upperBound]) }
        paragraph.anchors.forEach { stops.insert($0.offset) }

        writer.start("p", layout: .inline)
        var open: [(quote: Int, end: Int)] = []
        var nextQuote = 0
        var nextAnchor = 0
        var cursor = paragraph.span.lowerBound
        func closeEnded(at offset: Int) {
            while let top = open.last, top.end <= offset {
                quotes.close(top.quote, in: writer)
                open.removeLast()
            }
        }
        for stop in stops.sorted() {
            writer.text(scalars[cursor..<stop])
            cursor = stop
            closeEnded(at: stop)
            while nextAnchor < paragraph.anchors.count && paragraph.anchors[nextAnchor].offset == stop {
                let anchor = paragraph.anchors[nextAnchor]
                let kind = anchor.edge == .start ? "quote-start" : "quote-end"
                writer.element("anchor", ["xml:id": context.anchorIDs[TEIAnchorKey(quote: anchor.quote, edge: anchor.edge)], "type": kind])
                nextAnchor += 1
            }
            while nextQuote < spans.count && spans[nextQuote].lowerBound == stop {
                quotes.open(paragraph.quotes[nextQuote], in: writer)
                open.append((paragraph.quotes[nextQuote], spans[nextQuote].upperBound))
                nextQuote += 1
            }
            closeEnded(at: stop)
        }
        writer.end()
    }
}

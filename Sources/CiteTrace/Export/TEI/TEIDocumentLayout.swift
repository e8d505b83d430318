/// How one document's text is laid out in the TEI body, and where each of its quotes goes.
///
/// The text is cut into regions — one per article (ordered by start offset, clipped so
/// regions never overlap) and one `unsegmented` region for each stretch outside every
/// article that has text — and every region into paragraphs (`TEIParagraphs`). Each
/// document has at least one region, each article region at least one (maybe empty)
/// paragraph.
///
/// A quote is marked up *inline* (as `<cit>`) when its span lies inside one paragraph and
/// nests properly with the other inline quotes there; otherwise it is *anchored*: two
/// `<anchor>`s mark its start and end, and a `<span>` in `standOff` points at them.
/// Nesting is decided greedily in (start ↑, end ↓, nesting depth ↑, graph order) order,
/// the order in which `TEIBodyWriter` opens elements, so the markup is always well-formed.
/// Anchors outside every paragraph move to the start of the next paragraph (or the end
/// of the last one).
struct TEIDocumentLayout {
    /// A `div` of the document body.
    struct Region {
        /// Index into `DocumentNode.articles`; nil for text outside every article.
        var article: Int?
        var paragraphs: [Int]
    }

    /// A `<p>` with the quotes inside it.
    struct Paragraph {
        var span: Range<Int>
        /// Inline quotes (indices into `CitationGraph.quotes`) in opening order.
        var quotes: [Int] = []
        /// Anchors in writing order.
        var anchors: [Anchor] = []
    }

    /// A start or end marker of an anchored quote.
    struct Anchor: Equatable {
        enum Edge: Int { case end = 0, start = 1 }
        var offset: Int
        var quote: Int
        var edge: Edge
    }

    var regions: [Region] = []
    var paragraphs: [Paragraph] = []
    /// Quotes of this document written as anchors plus a `standOff` span, in graph order.
    var anchoredQuotes: [Int] = []

    /// Lays out `node`; `quotes` are the indices into `graph.quotes` of its quotes, in
    /// graph order; `depth` gives each quote's nesting depth (0 for top level).
    init(node: DocumentNode, graph: CitationGraph, quotes: [Int], depth: (Int) -> Int) {
        let scalars = node.document.scalars
        buildRegions(node: node, scalars: scalars)
        placeQuotes(quotes, graph: graph, count: scalars.count, depth: depth)
    }

    /// The clamped span of a quote in a text of `count` scalars.
    static func span(of quote: Quote, count: Int) -> Range<Int> {
        let start = min(max(quote.start, 0), count)
        let end = min(max(quote.end, start), count)
        return start..<end
    }

    private mutating func buildRegions(node: DocumentNode, scalars: CompactScalars) {
        let count = scalars.count
        let order = node.articles.indices.sorted {
            let a = node.articles[$0].article, b = node.articles[$1].article
            return (a.start, a.end, a.id, $0) < (b.start, b.end, b.id, $1)
        }
        var cursor = 0
        for index in order {
            let article = node.articles[index].article
            let start = min(max(article.start, cursor), count)
            let end = min(max(article.end, start), count)
            addRegion(article: nil, span: cursor..<start, scalars: scalars, keepEmpty: false)
            addRegion(article: index, span: start..<end, scalars: scalars, keepEmpty: true)
            cursor = end
        }
        addRegion(article: nil, span: cursor..<count, scalars: scalars, keepEmpty: regions.isEmpty)
    }

    private mutating func addRegion(article: Int?, span: Range<Int>, scalars: CompactScalars, keepEmpty: Bool) {
        var spans = TEIParagraphs.split(scalars, in: span)
        if spans.isEmpty {
            guard keepEmpty else { return }
            spans = [span.lowerBound..<span.lowerBound]
        }
        let first = paragraphs.count
        paragraphs += spans.map { Paragraph(span: $0) }
        regions.append(Region(article: article, paragraphs: Array(first..<paragraphs.count)))
    }

    private mutating func placeQuotes(_ quotes: [Int], graph: CitationGraph, count: Int, depth: (Int) -> Int) {
        let spans = Dictionary(uniqueKeysWithValues: quotes.map { ($0, Self.span(of: graph.quotes[$0].quote, count: count)) })
        var candidates: [Int: [Int]] = [:]
        var anchored: Set<Int> = []
        for quote in quotes {
            if let p = paragraph(containing: spans[quote]!) {
                candidates[p, default: []].append(quote)
            } else {
                anchored.insert(quote)
            }
        }
        for (p, list) in candidates {
            let ordered = list.sorted {
                let a = spans[$0]!, b = spans[$1]!
                return (a.lowerBound, -a.upperBound, depth($0), $0) < (b.lowerBound, -b.upperBound, depth($1), $1)
            }
            var stack: [Range<Int>] = []
            for quote in ordered {
                let span = spans[quote]!
                while let top = stack.last, top.upperBound <= span.lowerBound {
                    stack.removeLast()
                }
                if let top = stack.last, span.upperBound > top.upperBound {
                    anchored.insert(quote)
                } else {
                    stack.append(span)
                    paragraphs[p].quotes.append(quote)
                }
            }
        }
        anchoredQuotes = quotes.filter(anchored.contains)
        for quote in anchoredQuotes {
            let span = spans[quote]!
            addAnchor(Anchor(offset: span.lowerBound, quote: quote, edge: .start))
            addAnchor(Anchor(offset: span.upperBound, quote: quote, edge: .end))
        }
        for p in paragraphs.indices {
            paragraphs[p].anchors.sort { ($0.offset, $0.edge.rawValue, $0.quote) < ($1.offset, $1.edge.rawValue, $1.quote) }
        }
    }

    /// The first paragraph whose span contains `span` (ends inclusive).
    private func paragraph(containing span: Range<Int>) -> Int? {
        // Earlier paragraphs end before the span starts; from here on, only those starting
        // by the span's start can contain it, and starts only grow.
        var p = firstParagraph(endingAtOrAfter: span.lowerBound)
        while p < paragraphs.count, paragraphs[p].span.lowerBound <= span.lowerBound {
            if span.upperBound <= paragraphs[p].span.upperBound { return p }
            p += 1
        }
        return nil
    }

    /// The first paragraph ending at or after `offset` (`paragraphs.count` if none). Paragraphs
    /// are in text order and do not overlap, so their ends ascend: a binary search, as a
    /// scan per quote made a long document with many quotes quadratic.
    private func firstParagraph(endingAtOrAfter offset: Int) -> Int {
        paragraphs.partitioningIndex { $0.span.upperBound >= offset }
    }

    private mutating func addAnchor(_ anchor: Anchor) {
        var anchor = anchor
        let index: Int
        let next = firstParagraph(endingAtOrAfter: anchor.offset)
        if next < paragraphs.count {
            index = next
            anchor.offset = max(anchor.offset, paragraphs[next].span.lowerBound)
        } else {
            index = paragraphs.count - 1
            anchor.offset = paragraphs[index].span.upperBound
        }
        paragraphs[index].anchors.append(anchor)
    }
}

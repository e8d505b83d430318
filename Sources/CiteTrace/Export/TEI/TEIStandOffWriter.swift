/// Writes `<standOff>`: spans for anchored quotes, the speech concordances, and the
/// relations between articles, quotes, witnesses and speeches. Nothing is written when
/// all would be empty.
///
/// - `<spanGrp type="quotes">`: per anchored quote `<span xml:id=quoteId from="#….start"
///   to="#….end" …>` with the quote's parts in `<note type="quotation">` (see
///   `TEIQuoteWriter`); quotes of documents missing from the graph get a span without
///   `@from`/`@to`.
/// - `<listRelation>`:
///   - `<relation name="cites" active="#article" passive="#speech" n=count when=article date>`
///     per `Citation`;
///   - `<relation name="derivesFrom" active="#quote" passive="#witness…" when=article date>`
///     per resolved quote (the speech when no witness holds the source span);
///   - `<relation xml:id=reprintId name="reprints" mutual="#articleA #articleB" n=length
///     when=later article date>` per reprint (a reprint has no direction).
/// - the speech concordances: sentences as `<s>` in a `<seg type="concordance">` per
///   speech and a `<linkGrp type="concordance">` from sentences to quotes
///   (`TEIConcordanceWriter`).
struct TEIStandOffWriter {
    let context: TEIContext

    func write(to writer: XMLStreamWriter) {
        let anchored = context.layouts.flatMap(\.anchoredQuotes) + context.unplacedQuotes
        let hasRelations = hasRelations
        let concordance = TEIConcordanceWriter(context: context)
        guard !anchored.isEmpty || hasRelations || !concordance.isEmpty else { return }
        writer.start("standOff")
        if !anchored.isEmpty {
            let quotes = TEIQuoteWriter(context: context)
            writer.start("spanGrp", ["type": "quotes"])
            for quote in anchored {
                var attributes = quotes.attributes(quote)
                attributes.append(("from", context.anchorIDs[TEIAnchorKey(quote: quote, edge: .start)].map(TEIContext.pointer)))
                attributes.append(("to", context.anchorIDs[TEIAnchorKey(quote: quote, edge: .end)].map(TEIContext.pointer)))
                attributes.append(("corresp", context.graph.quotes[quote].source.map { context.speechPointer($0.speech) }))
                writer.start("span", attributes, layout: .inline)
                writer.start("note", ["type": "quotation"], layout: .inline)
                quotes.writeParts(quote, in: writer)
                writer.end()
                writer.end()
            }
            writer.end()
        }
        if !concordance.isEmpty { concordance.write(to: writer) }
        if hasRelations {
            writer.start("listRelation")
            forEachRelation { writer.element("relation", $0) }
            writer.end()
        }
        writer.end()
    }

    /// Whether `forEachRelation` has anything to give.
    private var hasRelations: Bool {
        !context.graph.reprints.isEmpty || context.graph.quotes.contains { $0.source != nil }
            || context.graph.documents.contains { $0.articles.contains { !$0.cites.isEmpty } }
    }

    /// Each relation's attributes, in order, made one at a time: a corpus's relations are
    /// as many as its linked quotes, and were the TEI export's largest table held whole.
    private func forEachRelation(_ out: ([(String, String?)]) -> Void) {
        for node in context.graph.documents {
            for article in node.articles {
                for citation in article.cites {
                    out([
                        ("name", "cites"),
                        ("active", context.articlePointer(article.article.id)),
                        ("passive", context.speechPointer(citation.speech)),
                        ("n", String(citation.count)),
                        ("when", W3CDate.valid(article.article.date)),
                    ])
                }
            }
        }
        for (index, matched) in context.graph.quotes.enumerated() {
            guard let source = matched.source else { continue }
            out([
                ("name", "derivesFrom"),
                ("active", TEIContext.pointer(context.quoteIDs[index])),
                ("passive", context.sourcePointers(source)),
                ("when", W3CDate.valid(context.articles[matched.quote.article]?.date)),
            ])
        }
        for (index, reprint) in context.graph.reprints.enumerated() {
            let dates = [reprint.a, reprint.b].compactMap { W3CDate.valid(context.articles[$0.article]?.date) }
            out([
                ("xml:id", context.reprintIDs[index]),
                ("name", "reprints"),
                ("mutual", [reprint.a, reprint.b].map { context.articlePointer($0.article) }.joined(separator: " ")),
                ("n", String(reprint.length)),
                ("when", dates.max()),
            ])
        }
    }
}

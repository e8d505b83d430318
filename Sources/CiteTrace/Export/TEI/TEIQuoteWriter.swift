/// Writes what TEI says about one quote besides its words: verdict, score, attribution,
/// source pointer and apparatus.
///
/// Inline quotes become
/// `<cit xml:id="q" type="quotation" ana="#verdict-variant" cert="0.93"><quote source="#S…">words</quote>`
/// followed by the parts below; anchored quotes become a `standOff` `<span>` with the same
/// attributes and the parts wrapped in `<note type="quotation">`. The parts are:
/// - `<bibl type="attribution">`: speaker (`author`), claimed date and event, cue — what
///   the article says about the quote;
/// - `<ptr type="source" target="#S….w1"/>`: the witness(es) the words were found in;
/// - `<note type="apparatus">` with one `<app type="replace|insert|delete">` per
///   non-equal edit: `<lem wit="#q">` holds the quote's words, `<rdg wit="#S….w1">` the
///   source's, the usual TEI critical-apparatus reading of "the quote reads X where the
///   source reads Y". An empty `lem` or `rdg` is an insertion or a deletion.
/// `@type` is `quotation` for marked quotes and `reuse` for unmarked ones, `@subtype`
/// `trivial` for scare-quoted terms; `@cert` is the score in [0, 1], rounded to 4 decimals.
struct TEIQuoteWriter {
    let context: TEIContext

    /// The attributes shared by `cit` and `span`.
    func attributes(_ index: Int) -> [(String, String?)] {
        let matched = context.graph.quotes[index]
        return [
            ("xml:id", context.quoteIDs[index]),
            // Reported speech after a cue is a quotation too; only words repeated without marks or cue are reuse.
            ("type", matched.quote.marked || matched.quote.cue != nil ? "quotation" : "reuse"),
            ("subtype", matched.quote.trivial ? "trivial" : nil),
            ("ana", context.verdictIDs[matched.verdict].map(TEIContext.pointer)),
            ("cert", Self.certainty(matched.score)),
        ]
    }

    /// Opens `<cit …><quote …>`; the caller writes the words, then calls `close`.
    func open(_ index: Int, in writer: XMLStreamWriter) {
        writer.start("cit", attributes(index), layout: .inline)
        let source = context.graph.quotes[index].source.map { context.speechPointer($0.speech) }
        writer.start("quote", ["source": source], layout: .inline)
    }

    /// Closes `</quote>`, writes the parts, closes `</cit>`.
    func close(_ index: Int, in writer: XMLStreamWriter) {
        writer.end()
        writeParts(index, in: writer)
        writer.end()
    }

    /// The attribution, source pointer and apparatus of a quote (nothing for an
    /// unattributed, unresolved quote).
    func writeParts(_ index: Int, in writer: XMLStreamWriter) {
        let matched = context.graph.quotes[index]
        let quote = matched.quote
        if quote.speaker != nil || quote.cue != nil || quote.claimed?.date != nil || quote.claimed?.event != nil {
            writer.start("bibl", ["type": "attribution"], layout: .inline)
            if let speaker = quote.speaker { writer.element("author", text: speaker) }
            if let date = quote.claimed?.date {
                let when = W3CDate.valid(date)
                writer.element("date", ["when": when], text: when == nil ? date : nil)
            }
            if let event = quote.claimed?.event { writer.element("title", ["type": "event"], text: event) }
            if let cue = quote.cue { writer.element("note", ["type": "cue"], text: cue) }
            writer.end()
        }
        guard let source = matched.source else { return }
        let witnesses = context.sourcePointers(source)
        writer.element("ptr", ["type": "source", "target": witnesses])
        let edits = matched.edits.filter { $0.op != .equal }
        guard !edits.isEmpty else { return }
        let lemma = TEIContext.pointer(context.quoteIDs[index])
        writer.start("note", ["type": "apparatus"], layout: .inline)
        for edit in edits {
            writer.start("app", ["type": edit.op.rawValue], layout: .inline)
            writer.element("lem", ["wit": lemma], text: edit.quote)
            writer.element("rdg", ["wit": witnesses], text: edit.source)
            writer.end()
        }
        writer.end()
    }

    /// A score as a TEI probability (`teidata.probability`, an `xsd:double` in [0, 1]).
    static func certainty(_ score: Double) -> String {
        String(ExportScore.rounded(score))
    }
}

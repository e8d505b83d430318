/// Writes the speech concordances into `<standOff>`: the sentences of each speech and
/// links from each sentence to the quotes that cite it.
///
/// - per speech with a concordance, `<seg type="concordance" corresp="#speech #witness">`
///   holding one `<s xml:id=… n=index>` per sentence with the witness's original text
///   (`SpeechConcordance`);
/// - one `<linkGrp type="concordance">` with `<link type="cites" target="#sentence #quote">`
///   per sentence and citing quote, in sentence order, then citation order.
/// Nothing is written for a graph without concordances; the `linkGrp` only when a
/// sentence is cited (TEI requires at least one `link`).
struct TEIConcordanceWriter {
    let context: TEIContext

    /// True when `write` writes anything.
    var isEmpty: Bool { context.concordances.isEmpty }

    func write(to writer: XMLStreamWriter) {
        var links: [(String, String)] = []
        for concordance in context.concordances {
            let witness = context.speechWitnessPointer(concordance)
            writer.start("seg", [("type", "concordance"), ("corresp", ([context.speechPointer(concordance.speech)] + [witness].compactMap { $0 }).joined(separator: " "))])
            for sentence in concordance.sentences {
                guard let id = context.sentenceIDs[sentence.id] else { continue }
                writer.element("s", [("xml:id", id), ("n", String(sentence.index))], text: sentence.text)
                for cite in sentence.citations {
                    guard let quote = context.quotePointer(cite.quote) else { continue }
                    links.append((TEIContext.pointer(id), quote))
                }
            }
            writer.end()
        }
        guard !links.isEmpty else { return }
        writer.start("linkGrp", ["type": "concordance"])
        for (sentence, quote) in links {
            writer.element("link", ["type": "cites", "target": "\(sentence) \(quote)"])
        }
        writer.end()
    }
}

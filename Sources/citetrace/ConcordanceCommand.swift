import ArgumentParser
import CiteTrace

struct ConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance",
        abstract: "A speech sentence by sentence, with the articles and quotes citing each sentence.",
        discussion: """
        The text is the speech's published text when the corpus has one, else its longest report. \
        Quotes matched to another witness of the speech are placed by aligning that witness with it. \
        Each line: sentence number, citing articles and quotes, first and last article date cited \
        (undated articles are counted, not dated), and the sentence.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "Only this speech (its id, e.g. S2019-08-26).") var speech: String?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Flag(help: "Text format: list only sentences that are quoted.") var quotedOnly = false

    func run() throws {
        let analysis = try CorpusAnalysis(corpus: input.loadCorpus(), supplied: catalog.load())
        let graph = CitationGraphBuilder().build(analysis)
        var speeches = graph.speeches
        if let id = speech {
            speeches = speeches.filter { $0.id == id }
            guard !speeches.isEmpty else {
                throw ValidationError("no speech '\(id)'; the corpus has \(graph.speeches.map(\.id).joined(separator: ", "))")
            }
        }
        let concordances = SpeechConcordanceBuilder(graph: graph).build(speeches)
        switch format {
        case .json:
            try Output.printJSON(concordances)
        case .text:
            for c in concordances { print(text(c), terminator: "") }
        }
    }

    func text(_ c: SpeechConcordance) -> String {
        let quoted = c.quotedSentences.count
        var s = "\(c.speech)  \(c.date)  \(c.speaker)  \(c.title)\n"
        s += "    witness: \(c.witness.kind.rawValue) \(c.witness.article ?? c.witness.document) @\(c.witness.start)..<\(c.witness.end)"
        s += "   \(c.sentences.count) sentences, \(quoted) quoted, \(c.placedQuotes.count) quotes placed, \(c.unplaced.count) unplaced\n"
        for sentence in c.sentences where !quotedOnly || !sentence.citations.isEmpty {
            let counts = sentence.citations.isEmpty ? "-" : "\(sentence.articles.count) art \(sentence.quoteCount) q"
            var dates = ""
            if let first = sentence.firstCited, let last = sentence.lastCited { dates = first == last ? first : "\(first)…\(last)" }
            if sentence.undatedArticles > 0 { dates += (dates.isEmpty ? "" : " ") + "+\(sentence.undatedArticles) undated" }
            let line = sentence.text.replacingOccurrences(of: "\n", with: " ")
            s += "  s\(sentence.index)".padding(toLength: 7, withPad: " ", startingAt: 0)
            s += " [\(counts)\(dates.isEmpty ? "" : "  " + dates)]  \(line)\n"
            for cite in sentence.citations {
                s += "         ← \(cite.article)  \(cite.date ?? "undated")  \(cite.verdict.rawValue)\(cite.aligned ? " (via another witness)" : "")  \(cite.quote)\n"
            }
        }
        for cite in c.unplaced {
            s += "  unplaced ← \(cite.article)  \(cite.date ?? "undated")  \(cite.verdict.rawValue)  \(cite.quote)\n"
        }
        return s
    }
}

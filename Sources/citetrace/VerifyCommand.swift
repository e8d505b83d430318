import ArgumentParser
import CiteTrace
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a quotation against the speeches in a corpus.",
        discussion: """
        Prints the best source, its date, the verdict, the score and a character diff: \
        [-text-] is in the source but missing from the quote, {+text+} is in the quote but \
        not in the source, [-old-]{+new+} is a changed word. \
        Exit status: 0 verbatim or normalized; 3 variant, composite, paraphrase or \
        misattributed (the quote needs an editor's look); 4 unresolved (no source in the corpus).
        """
    )

    @Argument(help: "The quotation to check.") var quote: String
    @Option(name: .customLong("corpus"), parsing: .upToNextOption, help: "Files or directories holding the source speeches.")
    var corpus: [String]
    @OptionGroup var catalog: CatalogOptions
    @Option(help: "The date the quoting text claims for the speech (YYYY-MM-DD or YYYY-MM); a different date makes the verdict misattributed.")
    var claimedDate: String?
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        guard !quote.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the quotation is empty")
        }
        let loaded = try Ingestor().load(paths: corpus)
        for w in loaded.warnings { Output.warn(w.description) }
        let analysis = try CorpusAnalysis(corpus: loaded, supplied: catalog.load())
        let matcher = Matcher(catalog: analysis.catalog, documents: analysis.documents)
        let result = matcher.verify(quote, claimed: claimedDate.map { Claim(date: $0, event: nil) })
        let speech = result.source.flatMap { matcher.speech($0.speech) }
        switch format {
        case .json:
            try Output.printJSON(VerifyReport(result: result, speech: speech))
        case .text:
            print(VerifyReport(result: result, speech: speech).text(color: isatty(STDOUT_FILENO) != 0))
        }
        switch result.verdict {
        case .verbatim, .normalized: return
        case .unresolved: throw ExitCode(4)
        default: throw ExitCode(3)
        }
    }
}

/// What `verify` prints.
struct VerifyReport: Encodable {
    var verdict: String
    var score: Double
    var speech: Speech?
    var source: SourceLink?
    var sourceText: String?
    var edits: [Edit]

    init(result: MatchedQuote, speech: Speech?) {
        verdict = result.verdict.rawValue
        score = result.score
        self.speech = speech
        source = result.source
        sourceText = result.script.isEmpty ? nil : result.script.map(\.source).joined()
        edits = result.script
    }

    func text(color: Bool) -> String {
        var lines: [String] = []
        lines.append("verdict: \(verdict)   score: \(score)")
        guard let s = speech, let src = source else {
            lines.append("no source in the corpus")
            return lines.joined(separator: "\n")
        }
        lines.append("source:  \(s.speaker) \(s.date) \(s.title)\(s.venue.map { "（\($0)）" } ?? "")")
        lines.append("witness: \(src.document) @\(src.start)..<\(src.end)")
        let (del, ins, end) = color ? ("\u{1B}[31;9m", "\u{1B}[32;4m", "\u{1B}[0m") : ("", "", "")
        var diff = ""
        for e in edits {
            switch e.op {
            case .equal: diff += e.quote
            case .insert: diff += "\(ins){+\(e.quote)+}\(end)"
            case .delete: diff += "\(del)[-\(e.source)-]\(end)"
            case .replace: diff += "\(del)[-\(e.source)-]\(end)\(ins){+\(e.quote)+}\(end)"
            }
        }
        lines.append("diff:    " + diff.replacingOccurrences(of: "\n", with: " "))
        for e in edits where e.op != .equal {
            lines.append("  \(e.op.rawValue): 「\(e.quoteWord ?? e.quote)」 for 「\(e.sourceWord ?? e.source)」")
        }
        return lines.joined(separator: "\n")
    }
}

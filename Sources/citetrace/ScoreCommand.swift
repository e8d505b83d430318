import ArgumentParser
import CiteTrace
import Foundation

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Precision and recall of quote → speech links against a truth file.",
        discussion: """
        A found quote answers a planted one when it is in the same document and covers at \
        least half of the planted span. Recall: planted quotes with a source whose answer \
        links that speech. Precision: found links that answer a planted quote of the same \
        speech (a link on an official's words or a held-out speech's is wrong). Prints both \
        overall and per verdict, the verdict confusion table (planted × found) and, for a \
        synthetic truth, how each kind of planted change fared.
        """
    )

    @Argument(help: "The truth: truth.json from 'synth', or any citations.json taken as right.") var truth: String
    @Argument(help: "The citations.json to judge.") var citations: String
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text

    func run() throws {
        let report = QuoteScorer.score(truth: try ScoredQuoteFile.load(path: truth), predicted: try ScoredQuoteFile.load(path: citations))
        switch format {
        case .json: try Output.printJSON(report)
        case .text: print(ScoreText.render(report))
        }
    }
}

/// The text form of a `ScoreReport`.
enum ScoreText {
    static func render(_ r: ScoreReport) -> String {
        var lines: [String] = []
        let o = r.overall
        lines.append("\(r.truthQuotes) planted quotes, \(r.predictedQuotes) found")
        lines.append("links: precision \(pct(o.precision)) (\(o.correct)/\(o.predictedLinks))   recall \(pct(o.recall)) (\(o.recalled)/\(o.truthLinks))")
        lines.append("")
        lines.append(row(["verdict", "planted", "recalled", "recall", "found", "correct", "precision"], [14, 8, 9, 8, 7, 8, 9]))
        for v in Verdict.allCases.map(\.rawValue) {
            guard let c = r.byVerdict[v] else { continue }
            lines.append(row([v, "\(c.truthLinks)", "\(c.recalled)", c.truthLinks == 0 ? "-" : pct(c.recall),
                              "\(c.predictedLinks)", "\(c.correct)", c.predictedLinks == 0 ? "-" : pct(c.precision)], [14, 8, 9, 8, 7, 8, 9]))
        }
        let columns = Verdict.allCases.map(\.rawValue) + [ScoreReport.missed]
        lines.append("")
        lines.append("confusion (rows planted, columns found):")
        lines.append(row(["planted \\ found"] + columns.map(short), [16] + columns.map { _ in 7 }))
        for v in Verdict.allCases.map(\.rawValue) {
            guard let cells = r.confusion[v] else { continue }
            lines.append(row([v] + columns.map { cells[$0].map(String.init) ?? "." }, [16] + columns.map { _ in 7 }))
        }
        if !r.spurious.isEmpty {
            lines.append("found links answering no planted quote: " + r.spurious.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !r.byMutation.isEmpty {
            lines.append("")
            lines.append(row(["planted change", "quotes", "linked right", "verdict right"], [20, 8, 14, 14]))
            for m in SynthMutation.allCases.map(\.rawValue) {
                guard let x = r.byMutation[m] else { continue }
                lines.append(row([m, "\(x.planted)", "\(x.linkedRight) \(pct(Double(x.linkedRight) / Double(max(1, x.planted))))",
                                  "\(x.verdictRight) \(pct(Double(x.verdictRight) / Double(max(1, x.planted))))"], [20, 8, 14, 14]))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func pct(_ x: Double) -> String { String(format: "%.3f", x) }

    static func short(_ v: String) -> String { String(v.prefix(6)) }

    static func row(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { c, w in c.count >= w ? c + " " : c + String(repeating: " ", count: w - c.count) }.joined()
    }
}

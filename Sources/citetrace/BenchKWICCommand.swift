import ArgumentParser
import CiteTrace
import Foundation

struct BenchKWICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-kwic",
        abstract: "Measure keyword-in-context search on a large synthetic corpus.",
        discussion: """
        Reads the given documents, repeats them in memory until their original text reaches \
        --megabytes of UTF-8, builds the KWIC index over the normalized text of every copy, then \
        times each term: counting every occurrence through the index (--runs times: min, median, \
        max), and reporting the first 100 hits with context, article and quote. With --regex, one \
        regular-expression search over the whole corpus is timed too. Build with -c release.
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Size of the synthetic corpus, in megabytes of original UTF-8 text.") var megabytes = 100
    @Option(help: "Timed runs per term.") var runs = 7
    @Option(name: .customLong("term"), help: "A term to time (repeatable; default: a common, a rare and a missing term).")
    var terms: [String] = []
    @Option(help: "A regular expression to time once over the whole corpus.") var regex: String?

    func run() throws {
        let clock = ContinuousClock()
        let analyses = try input.loadCorpus().documents.map { DocumentAnalysis(document: $0) }
        let bytes = analyses.reduce(0) { $0 + $1.document.utf8Count }
        guard bytes > 0 else { throw ValidationError("the documents are empty") }
        let copies = max(1, (megabytes * 1_000_000 + bytes - 1) / bytes)
        // Copies share their arrays (copy-on-write); the index holds its own flat copy of all text.
        let documents = (0..<copies).flatMap { _ in analyses }
        var searcher: KWICSearcher?
        let build = clock.measure { searcher = KWICSearcher(documents: documents) }
        let index = searcher!.index
        print("corpus: \(documents.count) documents (\(copies) copies of \(analyses.count)), \(format(Double(bytes * copies) / 1e6)) MB UTF-8, \(index.scalarCount) normalized scalars")
        print("index:  built in \(ms(build)) ms, \(format(Double(index.byteCount) / 1e6)) MB in memory")
        let chosen = terms.isEmpty ? ["一体化", "高质量发展", "長三角一體化", "坚定不移走生态优先", "不存在的词语组合"] : terms
        for term in chosen {
            var times: [Duration] = []
            var hits = 0
            for _ in 0..<max(1, runs) {
                times.append(clock.measure { hits = searcher!.count(term) })
            }
            times.sort()
            var first: [KWICHit] = []
            let report = clock.measure { first = searcher!.search(term, width: 12, limit: 100) }
            print("\(term): \(hits) hits; count min \(ms(times[0])) / median \(ms(times[times.count / 2])) / max \(ms(times[times.count - 1])) ms; first \(first.count) hits with context \(ms(report)) ms")
        }
        if let pattern = regex {
            var found: [KWICHit] = []
            let t = try clock.measure { found = try searcher!.search(regex: pattern, width: 12) }
            print("regex \(pattern): \(found.count) hits in \(ms(t)) ms (no index: NSRegularExpression over every document)")
        }
    }

    private func ms(_ d: Duration) -> String {
        let c = d.components
        return format(Double(c.seconds) * 1000 + Double(c.attoseconds) / 1e15)
    }

    private func format(_ x: Double) -> String { String(format: "%.2f", x) }
}

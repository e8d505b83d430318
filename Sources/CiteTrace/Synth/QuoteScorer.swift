/// Compares the quotes an engine found with the quotes planted in a synthetic corpus.
///
/// A found quote answers a planted one when both are in the same document and the found
/// span covers at least half of the planted span. A planted quote with a source is
/// recalled when a found quote answering it links the same speech; a found link is
/// correct when it answers a planted quote of the same speech. Quotes planted without a
/// source (officials' words, held-out speeches) must draw no link: one that does is a
/// wrong link and costs precision. Pure: no I/O.
public enum QuoteScorer {
    public static func score(truth: [ScoredQuote], predicted: [ScoredQuote]) -> ScoreReport {
        let found = Dictionary(grouping: predicted, by: \.document).mapValues(OverlapIndex.init)
        let planted = Dictionary(grouping: truth, by: \.document).mapValues(OverlapIndex.init)
        var report = ScoreReport()
        report.truthQuotes = truth.count
        report.predictedQuotes = predicted.count

        for t in truth {
            let answers = (found[t.document]?.overlapping(t.start..<t.end) ?? []).filter { Self.answers($0, t) }
            let best = answers.max { rank($0, for: t) < rank($1, for: t) }
            let linkedRight = t.source == nil
                ? !answers.contains { $0.source != nil }
                : answers.contains { $0.source?.speech == t.source?.speech }
            report.confusion[t.verdict.rawValue, default: [:]][best?.verdict.rawValue ?? ScoreReport.missed, default: 0] += 1
            if let m = t.mutation {
                report.byMutation[m.rawValue, default: ScoreReport.MutationRow()].add(linkedRight: linkedRight, verdictRight: best?.verdict == t.verdict)
            }
            guard t.source != nil else { continue }
            report.overall.truthLinks += 1
            report.byVerdict[t.verdict.rawValue, default: ScoreReport.Counts()].truthLinks += 1
            if linkedRight {
                report.overall.recalled += 1
                report.byVerdict[t.verdict.rawValue, default: ScoreReport.Counts()].recalled += 1
            }
        }
        for p in predicted {
            guard let speech = p.source?.speech else { continue }
            report.overall.predictedLinks += 1
            report.byVerdict[p.verdict.rawValue, default: ScoreReport.Counts()].predictedLinks += 1
            let answered = (planted[p.document]?.overlapping(p.start..<p.end) ?? []).filter { Self.answers(p, $0) }
            if answered.contains(where: { $0.source?.speech == speech }) {
                report.overall.correct += 1
                report.byVerdict[p.verdict.rawValue, default: ScoreReport.Counts()].correct += 1
            } else if answered.isEmpty {
                report.spurious[p.verdict.rawValue, default: 0] += 1
            }
        }
        return report
    }

    /// One document's quotes, found by the spans they overlap: a scan of the document's
    /// quotes per quote is quadratic when a corpus is one long file of tens of thousands.
    struct OverlapIndex {
        /// The quotes in their given order.
        let quotes: [ScoredQuote]
        /// Positions in `quotes`, by start.
        let byStart: [Int]
        /// The largest end among `byStart[0...i]`.
        let reach: [Int]

        init(_ quotes: [ScoredQuote]) {
            self.quotes = quotes
            byStart = quotes.indices.sorted { (quotes[$0].start, $0) < (quotes[$1].start, $1) }
            var reach: [Int] = [], far = Int.min
            for i in byStart {
                far = max(far, quotes[i].end)
                reach.append(far)
            }
            self.reach = reach
        }

        /// The quotes sharing at least one offset with `span`, in their given order (which
        /// decides ties among answers). An empty quote overlaps nothing, as in `answers`.
        func overlapping(_ span: Range<Int>) -> [ScoredQuote] {
            var hits: [Int] = []
            var k = byStart.partitioningIndex { quotes[$0].start >= span.upperBound }
            while k > 0, reach[k - 1] > span.lowerBound {
                k -= 1
                let q = quotes[byStart[k]]
                if q.end > span.lowerBound, q.start < q.end { hits.append(byStart[k]) }
            }
            return hits.sorted().map { quotes[$0] }
        }
    }

    /// `p` covers at least half of `t` (same document).
    static func answers(_ p: ScoredQuote, _ t: ScoredQuote) -> Bool {
        guard p.document == t.document, t.end > t.start else { return false }
        let overlap = min(p.end, t.end) - max(p.start, t.start)
        return overlap > 0 && 2 * overlap >= t.end - t.start
    }

    /// Which of several answers stands for a planted quote in the confusion table: one
    /// linking the right speech, then any link, then the largest overlap, then the closest length.
    static func rank(_ p: ScoredQuote, for t: ScoredQuote) -> (Int, Int, Int, Int) {
        let overlap = min(p.end, t.end) - max(p.start, t.start)
        return (p.source != nil && p.source?.speech == t.source?.speech ? 1 : 0, p.source != nil ? 1 : 0, overlap,
                -abs((p.end - p.start) - (t.end - t.start)))
    }
}

/// Precision and recall of quote → speech links, overall and per verdict, a verdict
/// confusion table and, for synthetic truth, how each kind of planted change fared.
public struct ScoreReport: Codable, Sendable, Equatable {
    /// The confusion column of a planted quote no found quote answers.
    public static let missed = "missed"

    public struct Counts: Codable, Sendable, Equatable {
        /// Planted quotes with a source, and those whose source was linked.
        public var truthLinks = 0
        public var recalled = 0
        /// Found quotes with a link, and those linking the planted quote's speech.
        public var predictedLinks = 0
        public var correct = 0

        public var recall: Double { truthLinks == 0 ? 1 : Double(recalled) / Double(truthLinks) }
        public var precision: Double { predictedLinks == 0 ? 1 : Double(correct) / Double(predictedLinks) }

        enum CodingKeys: String, CodingKey { case truthLinks, recalled, predictedLinks, correct, recall, precision }

        public init() {}

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            truthLinks = try c.decode(Int.self, forKey: .truthLinks)
            recalled = try c.decode(Int.self, forKey: .recalled)
            predictedLinks = try c.decode(Int.self, forKey: .predictedLinks)
            correct = try c.decode(Int.self, forKey: .correct)
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truthLinks, forKey: .truthLinks)
            try c.encode(recalled, forKey: .recalled)
            try c.encode(predictedLinks, forKey: .predictedLinks)
            try c.encode(correct, forKey: .correct)
            try c.encode(ExportScore.rounded(recall), forKey: .recall)
            try c.encode(ExportScore.rounded(precision), forKey: .precision)
        }
    }

    /// How the quotes planted with one change fared.
    public struct MutationRow: Codable, Sendable, Equatable {
        public var planted = 0
        /// Linked to the right speech (or, without a source, linked to none).
        public var linkedRight = 0
        /// Given the verdict they deserve.
        public var verdictRight = 0

        mutating func add(linkedRight l: Bool, verdictRight v: Bool) {
            planted += 1
            if l { linkedRight += 1 }
            if v { verdictRight += 1 }
        }
    }

    public var truthQuotes = 0
    public var predictedQuotes = 0
    public var overall = Counts()
    /// Recall by the planted verdict, precision by the found verdict.
    public var byVerdict: [String: Counts] = [:]
    /// Planted verdict → found verdict (or `missed`) → count.
    public var confusion: [String: [String: Int]] = [:]
    /// Found links answering no planted quote at all, by found verdict.
    public var spurious: [String: Int] = [:]
    public var byMutation: [String: MutationRow] = [:]

    public init() {}
}

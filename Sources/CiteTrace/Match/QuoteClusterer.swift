/// Groups unresolved quotes of leaders that repeat the same words, with the matcher's
/// own machinery: a trigram index (`NGramIndex`) over the quotes' content keys gives
/// candidate pairs, and local alignment (`LocalAligner`) decides them.
///
/// Eligible: verdict `unresolved`, not trivial, speaker nil or one of the catalog's
/// speakers, at least `settings.clusterMinContent` content characters. Two eligible quotes
/// are linked when an alignment shares at least `settings.clusterMinShared` of the shorter
/// one's content characters with an identical run of `settings.minRun`, and they are not
/// the same place of one
/// document (a nested quote and its parent overlap, they do not repeat each other).
/// Clusters are the connected groups of links (single linkage), each eligible quote in
/// exactly one, listed in the graph order of their first member.
public struct QuoteClusterer: Sendable {
    public var settings: MatchSettings

    public init(settings: MatchSettings = MatchSettings()) {
        self.settings = settings
    }

    /// Clusters of `quotes` (in graph order) whose documents are in `documents`.
    public func clusters(_ quotes: [MatchedQuote], documents: [DocumentAnalysis], speakers: Set<String>, articleDates: [String: String]) -> [QuoteCluster] {
        let docs = Dictionary(documents.map { ($0.document.id, $0) }, uniquingKeysWith: { first, _ in first })
        var members: [Int] = []
        var keys: [[UInt32]] = []
        for (i, m) in quotes.enumerated() where isEligible(m, speakers) {
            guard let doc = docs[m.quote.document] else { continue }
            let range = m.quote.normalizedRange.isEmpty ? doc.normalized.normalizedRange(forOriginal: m.quote.start..<m.quote.end) : m.quote.normalizedRange
            let key = ContentKey(doc.normalized, range).keys
            guard key.count >= settings.clusterMinContent else { continue }
            members.append(i)
            keys.append(key)
        }
        let links = self.links(keys, quotes: members.map { quotes[$0].quote })
        var sets = DisjointSets(count: members.count)
        for (a, b) in links { sets.union(a, b) }
        var groups: [Int: [Int]] = [:]
        for k in members.indices { groups[sets.find(k), default: []].append(k) }
        let degree = links.reduce(into: [Int: Int]()) { $0[$1.0, default: 0] += 1; $0[$1.1, default: 0] += 1 }
        return groups.values.sorted { $0[0] < $1[0] }.map { group in
            cluster(group.map { quotes[members[$0]] }, degrees: group.map { degree[$0] ?? 0 }, articleDates: articleDates)
        }
    }

    func isEligible(_ m: MatchedQuote, _ speakers: Set<String>) -> Bool {
        m.verdict == .unresolved && !m.quote.trivial && (m.quote.speaker.map(speakers.contains) ?? true)
    }

    /// Pairs (a < b) of key indices that repeat each other.
    ///
    /// A pair links when the alignment from either side passes. On all cores, in two
    /// rounds: each key against its later candidates, then each against its earlier ones
    /// not linked in the first round. Those are the alignments, and the links, of one pass
    /// in key order that skips pairs already linked: such a pass meets every pair from its
    /// earlier key first.
    func links(_ keys: [[UInt32]], quotes: [Quote]) -> [(Int, Int)] {
        var builder = NGramIndex(n: settings.ngram)
        for (i, k) in keys.enumerated() { builder.add(text: i, keys: k) }
        builder.freeze(maxPostings: settings.maxPostings)
        let index = builder, settings = self.settings
        let all = Array(keys.indices)
        let candidates = all.parallelMap { i in
            index.candidates(keys[i], range: 0..<keys[i].count, limit: settings.clusterCandidates)
                .filter { $0.text != i && !samePlace(quotes[i], quotes[$0.text]) }
        }
        let later = all.parallelMap { i in linked(i, candidates[i], keys) { $0 > i } }
        let forward = Set(later.indices.flatMap { i in later[i].map { Pair(i, $0) } })
        let earlier = all.parallelMap { i in linked(i, candidates[i], keys) { $0 < i && !forward.contains(Pair($0, i)) } }
        let pairs = forward.union(earlier.indices.flatMap { i in earlier[i].map { Pair($0, i) } })
        return pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }.map { ($0.a, $0.b) }
    }

    /// The texts among key `i`'s `candidates` (those `eligible`) it repeats, each once: a
    /// text can be a candidate at two diagonals, and the second is not tried once the first links.
    private func linked(_ i: Int, _ candidates: [NGramIndex.Candidate], _ keys: [[UInt32]], eligible: (Int) -> Bool) -> [Int] {
        var texts: [Int] = []
        let q = keys[i]
        for c in candidates where eligible(c.text) && !texts.contains(c.text) {
            let s = keys[c.text]
            let lo = max(0, c.diagonal - 32), hi = min(s.count, c.diagonal + q.count + 32)
            guard lo < hi, let a = LocalAligner.align(q, 0..<q.count, s, lo..<hi, settings: settings) else { continue }
            let shorter = min(q.count, s.count)
            if Double(a.matched(q, s)) >= settings.clusterMinShared * Double(shorter), a.longestRun(q, s) >= settings.minRun {
                texts.append(c.text)
            }
        }
        return texts
    }

    func samePlace(_ a: Quote, _ b: Quote) -> Bool {
        a.document == b.document && a.start < b.end && b.start < a.end
    }

    func cluster(_ members: [MatchedQuote], degrees: [Int], articleDates: [String: String]) -> QuoteCluster {
        let first = members[0].quote
        let representative = members.indices.max { (degrees[$0], -$0) < (degrees[$1], -$1) }!
        var claims: [Claim] = []
        for m in members {
            if let c = m.quote.claimed, c.date != nil || c.event != nil, !claims.contains(c) { claims.append(c) }
        }
        let dated = members.compactMap { m in articleDates[m.quote.article].map { (date: $0, quote: m.quote) } }
        let earliest = dated.min { $0.date < $1.date }
        let appearance = earliest.map { QuoteCluster.Appearance(quote: $0.quote.id, article: $0.quote.article, date: $0.date) }
            ?? QuoteCluster.Appearance(quote: first.id, article: first.article, date: nil)
        return QuoteCluster(id: "C" + first.id, text: members[representative].quote.text, members: members.map(\.quote.id),
                            claimed: claims, earliest: appearance)
    }

    private struct Pair: Hashable, Sendable {
        var a: Int
        var b: Int
        init(_ a: Int, _ b: Int) { self.a = a; self.b = b }
    }
}

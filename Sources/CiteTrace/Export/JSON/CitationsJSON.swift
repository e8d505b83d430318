/// The shape of `citations.json` (version 1), written member by member from the graph.
///
/// Described by `schema/citations.schema.json`. Every member is written explicitly, so
/// optional values appear as JSON `null` instead of being left out, and model fields that
/// are not part of the format (normalized ranges, the full edit script) never leak into
/// it. Offsets are Unicode-scalar offsets into `Document.text`. Keys are listed in sorted
/// (UTF-8 byte) order, the order the file has always had (`PrettyJSONWriter`).
enum CitationsJSON {
    /// The format version written as `"version"`.
    static let version = 1

    /// The whole file, without the final line break.
    static func write(_ graph: CitationGraph, to w: PrettyJSONWriter) {
        w.object {
            w.key("clusters")
            w.array(graph.clusters) { write($0, to: w) }
            w.key("documents")
            w.array(graph.documents) { write($0, to: w) }
            w.key("quotes")
            w.array(graph.quotes) { write($0, to: w) }
            w.key("reprints")
            w.array(graph.reprints) { write($0, to: w) }
            w.key("speeches")
            w.array(graph.speeches) { write($0, to: w) }
            w.field("summary") { write(CitationSummary(graph), to: w) }
            w.field("version", version)
        }
    }

    /// `summary`: `{articles, byArticle, bySpeech, byVerdict, documents, quotes, speeches}`.
    static func write(_ summary: CitationSummary, to w: PrettyJSONWriter) {
        w.field("articles", summary.articles)
        w.key("byArticle")
        w.object { for (id, counts) in sortedByKey(summary.byArticle) { w.field(id, counts: counts) } }
        w.key("bySpeech")
        w.object { for (id, counts) in sortedByKey(summary.bySpeech) { w.field(id, counts: counts) } }
        w.field("byVerdict", counts: summary.byVerdict)
        w.field("documents", summary.documents)
        w.field("quotes", summary.quotes)
        w.field("speeches", summary.speeches)
    }

    private static func sortedByKey<V>(_ map: [String: V]) -> [(key: String, value: V)] {
        map.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}

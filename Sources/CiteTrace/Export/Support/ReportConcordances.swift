/// The concordance of every speech of a graph, built once per export and read by both
/// the TEI writer and the HTML report (building one aligns the speech's witness with
/// every quote of it, the costliest set-up step of either), the speeches on all cores.
struct ReportConcordances: Sendable {
    /// Parallel to `graph.speeches`; nil where none of the speech's witnesses is in the graph.
    private let perSpeech: [SpeechConcordance?]
    private let speeches: [Speech]

    init(_ graph: CitationGraph) {
        let builder = SpeechConcordanceBuilder(graph: graph)
        speeches = graph.speeches
        perSpeech = graph.speeches.parallelMap { builder.build($0) }
    }

    /// In speech order, one for each speech id: that of the first speech with the id
    /// (the TEI writer's list, so `xml:id`s stay unique).
    var firstOfEachSpeech: [SpeechConcordance] {
        var seen: Set<String> = []
        return zip(speeches, perSpeech).compactMap { speech, concordance in
            seen.insert(speech.id).inserted ? concordance : nil
        }
    }

    /// By speech id, the first concordance built for that id (the HTML report's pages).
    var bySpeech: [String: SpeechConcordance] {
        var result: [String: SpeechConcordance] = [:]
        for case let c? in perSpeech where result[c.speech] == nil { result[c.speech] = c }
        return result
    }
}

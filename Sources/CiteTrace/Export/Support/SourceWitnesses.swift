/// Finds which witness of a speech a quote's source span lies in, and names witnesses.
///
/// A witness is identified by its speech and its position in `Speech.witnesses`
/// (`index` 0-based; the exported name is `speechId.w1`, `.w2`…). For each source
/// segment (or the main span when there are none) the witness in the same document that
/// overlaps it most is chosen (ties: the earlier witness); if none overlaps, the first
/// witness in that document. Results are distinct and in segment order.
struct SourceWitnesses {
    /// One witness of one speech.
    struct Key: Hashable {
        var speech: String
        var index: Int
    }

    private let speeches: [String: Speech]

    init(_ graph: CitationGraph) {
        speeches = Dictionary(graph.speeches.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The exported name of a witness before `xml:id` sanitizing: `S2023-11-30.w1`.
    static func name(speech: String, index: Int) -> String {
        "\(speech).w\(index + 1)"
    }

    /// The speech with `id`, if the graph has it.
    func speech(_ id: String) -> Speech? {
        speeches[id]
    }

    /// The witnesses `source` matched, possibly empty (speech unknown or no witness in
    /// the source document).
    func witnesses(of source: SourceLink) -> [Key] {
        guard let speech = speeches[source.speech] else { return [] }
        let spans = source.segments.map { $0.map { ($0.document, $0.start..<max($0.start, $0.end)) } }
            ?? [(source.document, source.start..<max(source.start, source.end))]
        var keys: [Key] = []
        for (document, span) in spans {
            guard let index = bestWitness(in: speech, document: document, span: span) else { continue }
            let key = Key(speech: speech.id, index: index)
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    private func bestWitness(in speech: Speech, document: String, span: Range<Int>) -> Int? {
        var best: (index: Int, overlap: Int)?
        for (index, witness) in speech.witnesses.enumerated() where witness.document == document {
            let overlap = max(0, min(span.upperBound, witness.end) - max(span.lowerBound, witness.start))
            if best == nil || overlap > best!.overlap { best = (index, overlap) }
        }
        return best?.index
    }
}

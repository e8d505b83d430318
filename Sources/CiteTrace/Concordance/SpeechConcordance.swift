/// A speech read sentence by sentence, each sentence with the quotes that cite it.
///
/// The text is the speech's concordance witness (`SpeechConcordanceBuilder.witness(of:)`):
/// its published text when there is one, else its longest report. Every sentence of the
/// witness is listed, quoted or not, in text order. Quotes of the speech whose source
/// could not be placed on any sentence (the words are only in another witness) are in
/// `unplaced`.
public struct SpeechConcordance: Sendable, Codable, Equatable {
    public var speech: String
    public var speaker: String
    public var title: String
    public var date: String
    public var witness: Witness
    public var sentences: [ConcordanceSentence]
    public var unplaced: [ConcordanceCitation]

    public init(speech: Speech, witness: Witness, sentences: [ConcordanceSentence], unplaced: [ConcordanceCitation]) {
        self.speech = speech.id
        self.speaker = speech.speaker
        self.title = speech.title
        self.date = speech.date
        self.witness = witness
        self.sentences = sentences
        self.unplaced = unplaced.sorted(by: ConcordanceCitation.precedes)
    }

    /// Sentences cited at least once.
    public var quotedSentences: [ConcordanceSentence] { sentences.filter { !$0.citations.isEmpty } }

    /// Distinct quotes placed on at least one sentence.
    public var placedQuotes: Set<String> { Set(sentences.flatMap { $0.citations.map(\.quote) }) }
}

/// A source speech: one delivered speech, witnessed by one or more texts in the corpus
/// (a published text of the speech, an official news report of it) or supplied by the user.
public struct Speech: Sendable, Codable, Equatable {
    /// Stable id: `S` + the delivery date, plus `-2`, `-3`… for several speeches on one day.
    public var id: String
    public var speaker: String
    public var title: String
    /// The place it was delivered (`上海`), or the body it was delivered to when no place is given.
    public var venue: String?
    /// The occasion (`深入推进长三角一体化发展座谈会`, `中央财经委员会第五次会议`), when known.
    public var event: String?
    /// The day it was delivered (ISO), not a report's dateline.
    public var date: String
    public var witnesses: [Witness]

    public init(id: String, speaker: String, title: String, venue: String?, date: String, witnesses: [Witness], event: String? = nil) {
        self.id = id
        self.speaker = speaker
        self.title = title
        self.venue = venue
        self.event = event
        self.date = date
        self.witnesses = witnesses
    }
}

/// A span of the corpus that carries a speech's words.
public struct Witness: Sendable, Codable, Equatable {
    public var document: String
    public var article: String?
    public var start: Int
    public var end: Int
    public var kind: WitnessKind

    public init(document: String, article: String?, start: Int, end: Int, kind: WitnessKind) {
        self.document = document
        self.article = article
        self.start = start
        self.end = end
        self.kind = kind
    }
}

public enum WitnessKind: String, Sendable, Codable {
    /// The published text of the speech itself.
    case text
    /// A news report that reproduces parts of the speech in indirect and direct speech.
    case report
}

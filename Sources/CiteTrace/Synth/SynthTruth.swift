import Foundation

/// A quote as the scorer compares them: in `truth.json` as planted, in `citations.json`
/// (its `quotes[]`, whose extra keys are ignored) as found. Offsets are Unicode-scalar
/// offsets into the decoded document text.
public struct ScoredQuote: Codable, Sendable, Equatable {
    public var id: String
    /// The document id the engine gives the file (`DocumentID.make` of its path below the corpus folder).
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    /// The speech the words come from; nil when they come from none in the corpus.
    public var source: Link?
    public var verdict: Verdict
    public var marked: Bool?
    /// Truth only: the file below the corpus folder, and how the quote was made.
    public var path: String?
    public var mutation: SynthMutation?

    public struct Link: Codable, Sendable, Equatable {
        public var speech: String
        public init(speech: String) { self.speech = speech }
    }

    public init(id: String, document: String, start: Int, end: Int, text: String, speaker: String?, source: Link?,
                verdict: Verdict, marked: Bool? = nil, path: String? = nil, mutation: SynthMutation? = nil) {
        self.id = id
        self.document = document
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.source = source
        self.verdict = verdict
        self.marked = marked
        self.path = path
        self.mutation = mutation
    }

    /// A quote the engine found.
    public init(_ m: MatchedQuote) {
        self.init(id: m.quote.id, document: m.quote.document, start: m.quote.start, end: m.quote.end, text: m.quote.text,
                  speaker: m.quote.speaker, source: m.source.map { Link(speech: $0.speech) }, verdict: m.verdict, marked: m.quote.marked)
    }

    enum CodingKeys: String, CodingKey { case id, document, start, end, text, speaker, source, verdict, marked, path, mutation }

    /// `speaker` and `source` are written as `null` when absent, as in `citations.json`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(source, forKey: .source)
        try c.encode(verdict, forKey: .verdict)
        try c.encodeIfPresent(marked, forKey: .marked)
        try c.encodeIfPresent(path, forKey: .path)
        try c.encodeIfPresent(mutation, forKey: .mutation)
    }
}

/// `truth.json`: what a synthetic corpus holds, in the shape of `citations.json`'s quotes.
public struct SynthTruth: Codable, Sendable, Equatable {
    public var version = 1
    /// The generator that wrote it (`SynthCorpus.generator`): a corpus kept from another
    /// generator is not the one this seed gives now.
    public var generator = SynthCorpus.generator
    public var seed: UInt64
    /// The size asked for, and the bytes written (every file of the corpus folder).
    public var size: Int
    public var bytes: Int
    public var files: Int
    /// Speeches whose witnesses are in the corpus, and those whose words are quoted but held out.
    public var speeches: [String]
    public var heldOut: [String]
    /// `one-file` when the articles are all in one archive file (`SynthOptions.oneFile`);
    /// absent for a file per article group.
    public var layout: String?
    public var quotes: [ScoredQuote]

    public init(seed: UInt64, size: Int, bytes: Int, files: Int, speeches: [String], heldOut: [String], quotes: [ScoredQuote]) {
        self.seed = seed
        self.size = size
        self.bytes = bytes
        self.files = files
        self.speeches = speeches
        self.heldOut = heldOut
        self.quotes = quotes
    }

    public func encoded() throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try enc.encode(self)
        data.append(0x0A)
        return data
    }

    public static func load(path: String) throws -> SynthTruth {
        try JSONDecoder().decode(SynthTruth.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// The `quotes` of a `citations.json` or `truth.json`.
public struct ScoredQuoteFile: Decodable, Sendable {
    public var quotes: [ScoredQuote]

    public static func load(path: String) throws -> [ScoredQuote] {
        try JSONDecoder().decode(ScoredQuoteFile.self, from: Data(contentsOf: URL(fileURLWithPath: path))).quotes
    }
}

import Foundation

/// Which speech a synthetic corpus leaves out: its words are quoted, its witnesses are not written.
public enum SynthHoldOut: Sendable, Equatable {
    /// One chosen by the seed, when the material has two speeches or more.
    case auto
    case none
    case speech(String)
}

/// How big a synthetic corpus is and which seed draws it.
public struct SynthOptions: Sendable {
    public var size: SynthSize
    public var seed: UInt64
    public var holdOut: SynthHoldOut
    /// Every article file's text in one UTF-8 file, `articles/archive.txt`, separated by blank
    /// lines: an archive exported as one text, which the engine must split into articles
    /// itself. The articles are the usual layout's, in the same order (same seed, same
    /// draws), with their quotes' offsets moved into the archive; as the size then counts
    /// UTF-8 bytes, the archive may hold a few more or fewer of them. The speech files stay
    /// as they are.
    public var oneFile: Bool

    public init(size: SynthSize, seed: UInt64, holdOut: SynthHoldOut = .auto, oneFile: Bool = false) {
        self.size = size
        self.seed = seed
        self.holdOut = holdOut
        self.oneFile = oneFile
    }
}

/// One file of a synthetic corpus: its path below the corpus folder and its bytes.
public struct SynthFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
}

/// A reproducible corpus for measuring the engine: the real speeches' witnesses, and
/// thousands of article files of shuffled real prose with quotes planted at known
/// offsets under known changes (`SynthMutation`), with `truth.json` saying what each is.
///
/// The same material, size and seed give the same files, byte for byte, and the same
/// truth. Files are dated 2019–2025 after every speech they quote; some are in
/// traditional script, some GB18030 or UTF-16 with a byte-order mark, some with CRLF
/// line ends; some articles are printed twice (reprints), and some files hold several.
public enum SynthCorpus {
    /// Names this generator in `truth.json`; bump it whenever the same seed would give other bytes.
    public static let generator = "citetrace-synth 3"
    /// Files per folder below `articles/`.
    static let filesPerFolder = 500
    static let crlfShare = 0.05
    static let reprintShare = 0.04

    /// Generates the corpus, handing each file to `emit` as it is made (so a large corpus
    /// never sits in memory), and returns its truth.
    public static func generate(_ material: SynthMaterial, _ options: SynthOptions, emit: (SynthFile) throws -> Void) throws -> SynthTruth {
        var rng = SynthRandom(seed: options.seed)
        let held = heldOut(material, options)
        let kept = material.sources.filter { !held.contains($0.id) }
        let writer = ArticleWriter(material: material, sources: kept, heldOut: material.sources.filter { held.contains($0.id) })
        var bytes = 0
        var files = 0
        var truth: [ScoredQuote] = []
        for source in kept {
            for (k, text) in source.witnesses.enumerated() {
                let file = SynthFile(path: "speeches/\(source.id)-\(k + 1).txt", bytes: Array(text.utf8))
                try emit(file)
                bytes += file.bytes.count
                files += 1
            }
        }
        var recent: [SynthArticle] = []
        var index = 0
        // The one-file layout: the archive so far (held whole: it is written as one file).
        let archivePath = "articles/archive.txt"
        var archive: [UInt8] = []
        var archiveScalars = 0
        var articleBytes = 0
        while bytes + articleBytes < options.size.bytes || index == 0 {
            var frng = rng.fork()
            var articles: [SynthArticle] = []
            for _ in 0..<(1 + frng.weighted([6, 3, 1])) {
                if !recent.isEmpty, frng.chance(reprintShare) {
                    articles.append(frng.pick(recent))
                    continue
                }
                let a = writer.write(&frng)
                articles.append(a)
                if recent.count < 64 { recent.append(a) } else { recent[frng.below(recent.count)] = a }
            }
            var text = ""
            var planted: [PlantedQuote] = []
            var offset = 0
            for (i, a) in articles.enumerated() {
                if i > 0 { text += "\n\n"; offset += 2 }
                planted += a.quotes.map { var q = $0; q.start += offset; q.end += offset; return q }
                text += a.text
                offset += a.text.unicodeScalars.count
            }
            if frng.chance(crlfShare) { (text, planted) = crlf(text, planted) }
            let encoding = SynthEncoding.weights[frng.weighted(SynthEncoding.weights.map(\.1))].0
            let scalars = Array(text.unicodeScalars)
            let path: String, shift: Int
            if options.oneFile {
                if !archive.isEmpty {
                    archive += Array("\n\n\n".utf8)
                    archiveScalars += 3
                }
                (path, shift) = (archivePath, archiveScalars)
                archive += Array(text.utf8)
                archiveScalars += scalars.count
                articleBytes = archive.count
            } else {
                (path, shift) = (String(format: "articles/%04d/f%06d.txt", index / filesPerFolder, index), 0)
                let file = SynthFile(path: path, bytes: encoding.bytes(text))
                try emit(file)
                articleBytes += file.bytes.count
                files += 1
            }
            let id = DocumentID.make(path)
            for q in planted {
                truth.append(ScoredQuote(
                    id: "\(id).q\(q.start + shift)-\(q.end + shift)", document: id, start: q.start + shift, end: q.end + shift,
                    text: String(scalars: scalars[q.start..<q.end]), speaker: q.speaker,
                    source: q.speech.map(ScoredQuote.Link.init), verdict: q.verdict, marked: q.marked, path: path, mutation: q.mutation))
            }
            index += 1
        }
        if options.oneFile {
            try emit(SynthFile(path: archivePath, bytes: archive))
            files += 1
        }
        bytes += articleBytes
        var result = SynthTruth(seed: options.seed, size: options.size.bytes, bytes: bytes, files: files,
                                speeches: kept.map(\.id), heldOut: held.sorted(), quotes: truth)
        result.layout = options.oneFile ? "one-file" : nil
        return result
    }

    /// The ids of the speeches left out.
    static func heldOut(_ material: SynthMaterial, _ options: SynthOptions) -> Set<String> {
        switch options.holdOut {
        case .none: return []
        case .speech(let id): return [id]
        case .auto:
            guard material.sources.count >= 2 else { return [] }
            return [material.sources[Int(options.seed % UInt64(material.sources.count))].id]
        }
    }

    /// The text with CRLF line ends, and the quotes' offsets moved by the inserted `\r`s.
    static func crlf(_ text: String, _ quotes: [PlantedQuote]) -> (String, [PlantedQuote]) {
        var view = String.UnicodeScalarView()
        var shift: [Int] = [] // shift[i]: `\r`s inserted before original scalar i
        var inserted = 0
        for s in text.unicodeScalars {
            shift.append(inserted)
            if s == "\n" { view.append("\r"); inserted += 1 }
            view.append(s)
        }
        shift.append(inserted)
        return (String(view), quotes.map { q in
            var q = q
            q.start += shift[q.start]
            q.end += shift[q.end]
            return q
        })
    }

    /// Writes the corpus into `directory/corpus/` and its truth into `directory/truth.json`.
    /// Refuses a `corpus` folder that already exists, so nothing is overwritten or mixed.
    public static func write(_ material: SynthMaterial, _ options: SynthOptions, to directory: String) throws -> SynthTruth {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: directory)
        let corpus = root.appendingPathComponent("corpus")
        if fm.fileExists(atPath: corpus.path) { throw SynthError.exists(path: corpus.path) }
        try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
        var made = Set<String>()
        let truth = try generate(material, options) { file in
            let url = corpus.appendingPathComponent(file.path)
            let folder = url.deletingLastPathComponent().path
            if made.insert(folder).inserted { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            try Data(file.bytes).write(to: url)
        }
        try truth.encoded().write(to: root.appendingPathComponent("truth.json"))
        return truth
    }
}

/// Why a synthetic corpus could not be made.
public enum SynthError: Error, CustomStringConvertible, Equatable {
    /// The corpus folder is already there.
    case exists(path: String)
    /// The real corpus has no speech with quotable sentences.
    case noSpeeches(path: String)
    /// The real corpus has no article prose to fill articles with.
    case noProse(path: String)

    public var description: String {
        switch self {
        case .exists(let p): return "\(p): already exists; remove it or choose another output folder"
        case .noSpeeches(let p): return "\(p): no speech with quotable sentences found (a speech text needs a title, the speaker's byline and a ※这是…讲话 note)"
        case .noProse(let p): return "\(p): no article prose found to fill the synthetic articles with"
        }
    }
}

extension SynthMaterial {
    /// The material of the real corpus under `paths` (usually `seeds/`).
    public static func load(paths: [String]) throws -> SynthMaterial {
        let corpus = try Ingestor().load(paths: paths)
        let material = build(from: try CorpusAnalysis(corpus: corpus))
        let where_ = paths.joined(separator: " ")
        guard !material.sources.isEmpty else { throw SynthError.noSpeeches(path: where_) }
        guard material.clauses.count >= 20 else { throw SynthError.noProse(path: where_) }
        return material
    }
}

import Foundation
import Testing
@testable import CiteTrace

/// The material and a small corpus made from the seeds, once per test process.
enum SynthFixture {
    static let material = SynthMaterial.build(from: SeedCorpus.analysis)

    static func files(size: Int = 200_000, seed: UInt64 = 7, oneFile: Bool = false) -> (files: [SynthFile], truth: SynthTruth) {
        var files: [SynthFile] = []
        let options = SynthOptions(size: SynthSize(bytes: size), seed: seed, oneFile: oneFile)
        let truth = try! SynthCorpus.generate(material, options) { files.append($0) }
        return (files, truth)
    }

    static let small = files()
}

@Suite("Synthetic corpus")
struct SynthCorpusTests {
    @Test("the material holds the seeds' speeches under the catalog's ids, with quotable sentences and filler")
    func material() {
        let m = SynthFixture.material
        #expect(m.sources.map(\.id) == SeedCorpus.analysis.catalog.speeches.map(\.id).filter { id in m.sources.contains { $0.id == id } })
        #expect(m.sources.count >= 2)
        #expect(m.sources.allSatisfy { $0.sentences.count >= 10 && !$0.witnesses.isEmpty })
        #expect(m.clauses.count > 500)
    }

    @Test("a 200 KB corpus is reproducible: same seed, same bytes and truth; another seed, other bytes")
    func reproducible() throws {
        let a = SynthFixture.small, b = SynthFixture.files()
        #expect(a.files.map(\.path) == b.files.map(\.path))
        #expect(a.files.map(\.bytes) == b.files.map(\.bytes))
        #expect(try a.truth.encoded() == b.truth.encoded())
        #expect(a.truth.bytes >= 200_000 && a.truth.bytes < 260_000)
        let c = SynthFixture.files(seed: 8)
        #expect(c.files.map(\.bytes) != a.files.map(\.bytes))
    }

    @Test("truth offsets slice exactly the planted text of the decoded files, in every encoding")
    func offsets() throws {
        let (files, truth) = SynthFixture.small
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("synth-offsets-\(getpid())")
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in files {
            let url = dir.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.bytes).write(to: url)
        }
        let corpus = try Ingestor().load(paths: [dir.path])
        let docs = Dictionary(uniqueKeysWithValues: corpus.documents.map { ($0.id, $0) })
        #expect(Set(corpus.documents.map(\.encoding)).count >= 3)
        #expect(truth.quotes.count > 50)
        for q in truth.quotes {
            let doc = try #require(docs[q.document], "\(q.document)")
            #expect(doc.slice(q.start..<q.end) == q.text, "\(q.id)")
            #expect(q.path.map(DocumentID.make) == q.document)
        }
    }

    @Test("one file: the same articles in one UTF-8 archive, the truth's offsets moved into it, the speech files as they are")
    func oneFile() throws {
        let usual = SynthFixture.small
        let (files, truth) = SynthFixture.files(oneFile: true)
        #expect(truth.layout == "one-file" && usual.truth.layout == nil)
        let articles = files.filter { $0.path.hasPrefix("articles/") }
        #expect(articles.map(\.path) == ["articles/archive.txt"])
        #expect(files.filter { !$0.path.hasPrefix("articles/") }.map(\.bytes) == usual.files.filter { !$0.path.hasPrefix("articles/") }.map(\.bytes))
        #expect(truth.files == files.count && truth.bytes == files.reduce(0) { $0 + $1.bytes.count })
        let archive = try Ingestor().document(bytes: articles[0].bytes, path: "archive.txt", relativePath: articles[0].path)
        #expect(archive.encoding == .utf8)
        // The same planted quotes in the same order, each slicing its text out of the archive.
        #expect(truth.quotes.map(\.text) == Array(usual.truth.quotes.map(\.text).prefix(truth.quotes.count)))
        #expect(truth.quotes.count > 50)
        for q in truth.quotes {
            #expect(q.document == archive.id && q.path == "articles/archive.txt")
            #expect(archive.slice(q.start..<q.end) == q.text, "\(q.id)")
        }
    }

    @Test("every kind of change is planted, and speech ids are the catalog's")
    func kinds() {
        let truth = SynthFixture.files(size: 600_000).truth
        let kinds = Set(truth.quotes.compactMap(\.mutation))
        #expect(kinds == Set(SynthMutation.allCases))
        let ids = Set(truth.quotes.compactMap(\.source?.speech))
        #expect(ids.isSubset(of: Set(truth.speeches)))
        #expect(truth.quotes.filter { $0.mutation == .official || $0.mutation == .heldOut }.allSatisfy { $0.source == nil && $0.verdict == .unresolved })
    }

    @Test("simplified → traditional round-trips through the normalizer")
    func traditional() {
        let text = "长三角一体化发展要紧扣一体化和高质量两个关键词，着力提升区域协调发展水平。"
        let t = TraditionalScript.openCC.convert(text)
        #expect(t != text)
        #expect(t.unicodeScalars.count == text.unicodeScalars.count)
        #expect(Normalizer().normalize(t).string == Normalizer().normalize(text).string)
    }

    @Test("sizes read with decimal units")
    func sizes() {
        #expect(SynthSize("200KB")?.bytes == 200_000)
        #expect(SynthSize("100mb")?.bytes == 100_000_000)
        #expect(SynthSize("1.5MB")?.description == "1.5MB")
        #expect(SynthSize("10MB")?.description == "10MB")
        #expect(SynthSize("abc") == nil && SynthSize("0MB") == nil)
    }
}

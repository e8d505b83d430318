import Foundation
import Testing
@testable import CiteTrace

@Suite("Committed reports")
struct ReportsRegenerationTests {
    static let reports = URL(fileURLWithPath: Seeds.directory).deletingLastPathComponent().appendingPathComponent("reports")

    @Test("regenerating reports/ from seeds/ changes nothing, byte for byte")
    func regenerate() throws {
        // The README's main command runs from the package root with the relative path `seeds`.
        let root = URL(fileURLWithPath: Seeds.directory).deletingLastPathComponent().path
        let cwd = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(root)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        let corpus = try Ingestor().load(paths: ["seeds"])
        let graph = CitationGraphBuilder().build(try CorpusAnalysis(corpus: corpus))
        let files = try ReportFormat.files(graph, formats: Set(ReportFormat.allCases))
        #expect(files.count > 10)
        for file in files {
            let committed = FileManager.default.contents(atPath: Self.reports.appendingPathComponent(file.path).path)
            #expect(committed == file.data, "reports/\(file.path) differs from a fresh run: run `make report`")
        }
    }

    @Test("two runs give identical bytes")
    func deterministic() throws {
        let a = try ReportFormat.files(SeedCorpus.graph, formats: Set(ReportFormat.allCases))
        let b = try ReportFormat.files(CitationGraphBuilder().build(try CorpusAnalysis(corpus: Seeds.corpus)), formats: Set(ReportFormat.allCases))
        #expect(a.map(\.path) == b.map(\.path))
        #expect(a.map(\.data) == b.map(\.data))
    }

    @Test("writing the report file by file, in parallel, gives the files rendered in memory")
    func streamedEqualsInMemory() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let staging = try OutputDirectory(path: dir.path).begin()
        try ReportFormat.write(SeedCorpus.graph, formats: Set(ReportFormat.allCases), to: staging)
        let written = try staging.commit()
        let files = try ReportFormat.files(SeedCorpus.graph, formats: Set(ReportFormat.allCases))
        #expect(written == files.map { dir.path + "/" + $0.path })
        for file in files {
            #expect(FileManager.default.contents(atPath: dir.path + "/" + file.path) == file.data, "\(file.path)")
        }
    }

    @Test("only an article's page is scheduled as a page that grows with its article alone")
    func corpusWidePagesFirst() {
        let files = ReportFormat.plan(SeedCorpus.graph, formats: Set(ReportFormat.allCases))
        let pages = files.filter { !$0.ownsTables }
        #expect(pages.contains { $0.path.hasPrefix("articles/") })
        for page in pages {
            #expect(page.growsWithCorpus == !page.path.hasPrefix("articles/"), "\(page.path)")
        }
        #expect(files.filter(\.ownsTables).map(\.path) == ["citations.graphml", "citations.json", "citations.dot", "citations.tei.xml"])
    }

    @Test("the files drawn from the graph alone are the first round; the TEI and the pages, which share tables, the second")
    func rounds() {
        let all = Set(ReportFormat.allCases)
        let standalone = ReportFormat.standalone(SeedCorpus.graph, formats: all).map(\.path)
        let shared = ReportFormat.shared(SeedCorpus.graph, formats: all).map(\.path)
        #expect(standalone == ["citations.graphml", "citations.json", "citations.dot"])
        #expect(shared.first == "citations.tei.xml" && shared.contains("index.html") && shared.contains { $0.hasPrefix("articles/") })
        #expect(Set(standalone).isDisjoint(with: shared))
        #expect(ReportFormat.plan(SeedCorpus.graph, formats: all).map(\.path) == standalone + shared)
        #expect(ReportFormat.shared(SeedCorpus.graph, formats: [.json, .dot]).isEmpty)
        #expect(ReportFormat.standalone(SeedCorpus.graph, formats: [.tei, .html]).isEmpty)
    }

    @Test("files are rendered longest first: each single-file format, then pages of the whole corpus, then article pages")
    func renderOrder() {
        let files = ReportFormat.plan(SeedCorpus.graph, formats: Set(ReportFormat.allCases))
        let order = ReportFormat.renderOrder(files)
        #expect(Set(order.map(\.path)) == Set(files.map(\.path)) && order.count == files.count)
        let rank = order.map { $0.ownsTables ? 0 : $0.growsWithCorpus ? 1 : 2 }
        #expect(rank == rank.sorted())
        #expect(order.prefix(4).map(\.path) == ["citations.graphml", "citations.json", "citations.dot", "citations.tei.xml"])
        #expect(order.last?.path.hasPrefix("articles/") == true)
    }

    @Test("every quote's offsets slice exactly its text from the original document")
    func offsets() {
        let docs = Dictionary(uniqueKeysWithValues: SeedCorpus.graph.documents.map { ($0.document.id, $0.document) })
        for q in SeedCorpus.graph.quotes {
            #expect(docs[q.quote.document]!.slice(q.quote.start..<q.quote.end) == q.quote.text, "\(q.quote.id)")
            if let s = q.source {
                #expect(docs[s.document] != nil)
                #expect(s.start < s.end)
            }
        }
        for d in SeedCorpus.graph.documents {
            // The decoded text is the file's text: offsets refer to what is on disk.
            let onDisk = try? String(contentsOfFile: Seeds.directory + "/" + (d.document.path as NSString).lastPathComponent, encoding: .utf8)
            #expect(onDisk == d.document.text)
        }
    }
}

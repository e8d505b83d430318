import Foundation
import Testing
@testable import CiteTrace

@Suite("Pages written while the reprints are searched for")
struct ReportWriterTests {
    static let all = Set(ReportFormat.allCases)

    /// The seeds' graph as the builder hands it over before its reprints are found.
    static var draft: CitationGraph {
        var draft = SeedCorpus.graph
        draft.reprints = []
        return draft
    }

    /// Paths a writer was asked to write, with how often, from any thread.
    final class WriteLog: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]

        func record(_ path: String) { lock.withLock { counts[path, default: 0] += 1 } }
        var writes: [String: Int] { lock.withLock { counts } }
    }

    /// A staging folder in `path` whose writes `log` records.
    static func loggedStaging(_ path: String, _ log: WriteLog) throws -> OutputDirectory.Staging {
        try OutputDirectory(path: path) { path, data in
            log.record(path)
            try OutputDirectory.writeFile(path, data)
        }.begin()
    }

    /// Every file of the seeds' report was written once, and `path` holds the bytes of the
    /// report rendered in memory.
    static func expectWholeReport(in path: String, _ log: WriteLog) throws {
        let files = try ReportFormat.files(SeedCorpus.graph, formats: all)
        #expect(log.writes.count == files.count && log.writes.values.allSatisfy { $0 == 1 })
        for file in files {
            #expect(FileManager.default.contents(atPath: path + "/" + file.path) == file.data, "\(file.path)")
        }
    }

    @Test("only the pages marked as showing reprints read differently from the graph without them")
    func pagesMarked() {
        #expect(!SeedCorpus.graph.reprints.isEmpty)
        let full = HTMLCorpus(SeedCorpus.graph), bare = HTMLCorpus(Self.draft)
        let completed = bare.completed(with: SeedCorpus.graph)
        let pages = HTMLReport.pages(full)
        #expect(pages.map(\.path) == HTMLReport.pages(bare).map(\.path))
        #expect(pages.filter(\.needsReprints).map(\.path) == ["index.html"])
        for page in pages {
            let rendered = page.render(full)
            #expect((page.render(bare) == rendered) == !page.needsReprints, "\(page.path)")
            #expect(page.render(completed) == rendered, "\(page.path)")
        }
    }

    @Test("pages rendered ahead are not rendered again, and the files are those of a report written at once",
          arguments: [0, 5, 1_000_000])
    func ahead(pagesAhead: Int) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let log = WriteLog()
        let staging = try Self.loggedStaging(dir.path, log)
        let writer = ReportWriter(formats: Self.all, staging: staging)
        var asked = 0
        writer.renderAhead(Self.draft) {
            asked += 1
            return asked <= pagesAhead
        }
        let articlePages = HTMLReport.pages(HTMLCorpus(Self.draft)).filter { !$0.growsWithCorpus }.count
        #expect(asked == min(pagesAhead + 1, articlePages))
        #expect(log.writes.count == min(pagesAhead, articlePages))
        #expect(log.writes.keys.allSatisfy { $0.contains("/articles/") })
        try writer.finish(SeedCorpus.graph)
        try staging.commit()
        try Self.expectWholeReport(in: dir.path, log)
    }

    @Test("with the texts spilled to disk nothing is rendered ahead, and the report is the same")
    func nothingAheadWhenSpilled() throws {
        let spillDir = try TempDirectory(), out = try TempDirectory()
        defer { spillDir.remove(); out.remove() }
        let corpus = try Ingestor(options: IngestOptions(storage: .disk(directory: spillDir.path))).load(paths: [Seeds.directory])
        let log = WriteLog()
        let staging = try Self.loggedStaging(out.path, log)
        let writer = ReportWriter(formats: Self.all, staging: staging)
        var asked = 0
        let graph = CitationGraphBuilder().build(try CorpusAnalysis(corpus: corpus)) { draft, _ in
            #expect(draft.documents.allSatisfy { $0.document.scalars.isSpilled })
            writer.renderAhead(draft) {
                asked += 1
                return true
            }
        }
        #expect(asked == 0 && log.writes.isEmpty)
        try writer.finish(graph)
        try staging.commit()
        try Self.expectWholeReport(in: out.path, log)
    }

    @Test("a page that fails ahead fails the report, named as when the report is written at once")
    func failureAhead() throws {
        /// The failure's message, with the output folder written `OUT`.
        func attempt(_ write: (OutputDirectory.Staging) throws -> Void) throws -> String? {
            let dir = try TempDirectory()
            defer { dir.remove() }
            let staging = try OutputDirectory(path: dir.path) { path, data in
                if path.contains("/articles/") { throw POSIXError(.ENOSPC) }
                try OutputDirectory.writeFile(path, data)
            }.begin()
            do { try write(staging) } catch let error as OutputError {
                guard case .writeFailed = error else { return "not a write failure: \(error)" }
                return error.description.replacingOccurrences(of: dir.path, with: "OUT")
            }
            return nil
        }
        let ahead = try attempt { staging in
            let writer = ReportWriter(formats: Self.all, staging: staging)
            writer.renderAhead(Self.draft) { true }
            try writer.finish(SeedCorpus.graph)
        }
        let atOnce = try attempt { try ReportFormat.write(SeedCorpus.graph, formats: Self.all, to: $0) }
        #expect(ahead?.hasPrefix("OUT/articles/") == true, "\(String(describing: ahead))")
        #expect(ahead == atOnce)
    }

    @Test("the builder hands the graph without its reprints to the work done meanwhile, and tells it when the search is done")
    func meanwhile() throws {
        var draft: CitationGraph?
        var ended = false
        let graph = CitationGraphBuilder().build(SeedCorpus.analysis) { graph, searching in
            draft = graph
            let deadline = Date().addingTimeInterval(20)
            while searching() && Date() < deadline { usleep(1000) }
            ended = !searching()
        }
        #expect(ended)
        #expect(draft?.reprints.isEmpty == true)
        #expect(!graph.reprints.isEmpty && graph.reprints.map(\.id) == SeedCorpus.graph.reprints.map(\.id))
        #expect(draft?.quotes.map(\.quote.id) == graph.quotes.map(\.quote.id))
        #expect(draft?.documents.map(\.document.id) == graph.documents.map(\.document.id))
        #expect(draft?.clusters.count == graph.clusters.count)
    }
}

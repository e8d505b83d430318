/// Writes the files of a report into a staging folder, on all cores, each streamed as it
/// is rendered, so only a chunk of each file being rendered is in memory at a time.
///
/// `finish` alone renders every file. Before it, `renderAhead` may start on the pages
/// while the graph's reprints are still being searched for
/// (`CitationGraphBuilder.build(_:clock:meanwhile:)`): the search ends in a walk over the
/// corpus on one core, and only the report's index shows reprints. The bytes of every
/// file are the same whichever step renders it.
///
/// Used from one thread at a time: `renderAhead` (at most once), then `finish` (once).
public final class ReportWriter {
    private let formats: Set<ReportFormat>
    private let staging: OutputDirectory.Staging
    /// Left by `renderAhead` for `finish`.
    private var ahead: Ahead?

    private struct Ahead {
        var tables: SharedTables
        /// Parallel to `tables.pages`: the pages already written.
        var rendered: [Bool]
        var failures: [Failure]
    }

    private typealias Failure = (path: String, error: any Error)

    public init(formats: Set<ReportFormat>, staging: OutputDirectory.Staging) {
        self.formats = formats
        self.staging = staging
    }

    /// Builds the tables the TEI file and the pages share from `draft` (a graph whose
    /// reprints are not known yet: none of those tables reads them), then writes article
    /// pages one by one on this thread until `searching()` turns false. Articles' pages
    /// are small, so the search's end is noticed soon; the large pages are left to
    /// `finish`, which starts the longest first. Failures are thrown by `finish`.
    ///
    /// Nothing is done when the texts are spilled to disk: then memory is what is short,
    /// and the tables and pages would be held at the reprint search's peak (under a
    /// 300 MB limit, a 100 MB corpus then paged its texts in and out for minutes).
    public func renderAhead(_ draft: CitationGraph, while searching: () -> Bool) {
        precondition(ahead == nil, "renderAhead runs once")
        guard !draft.documents.contains(where: { $0.document.scalars.isSpilled }) else { return }
        let tables = SharedTables(draft, formats: formats)
        var rendered = [Bool](repeating: false, count: tables.pages.count)
        var failures: [Failure] = []
        if let corpus = tables.corpus {
            for (i, page) in tables.pages.enumerated() where !page.growsWithCorpus && !page.needsReprints {
                guard searching() else { break }
                if let failure = Self.render(SharedTables.file(page, corpus), into: staging) { failures.append(failure) }
                rendered[i] = true
            }
        }
        ahead = Ahead(tables: tables, rendered: rendered, failures: failures)
    }

    /// Renders every file not written yet. `graph`: the graph whole; after `renderAhead`,
    /// its draft with the reprints found. On failure the error of the first failing file
    /// in path order is thrown (an `ExportError` or an `OutputError`).
    public func finish(_ graph: CitationGraph) throws {
        let formats = formats, staging = staging
        let standalone = ReportFormat.renderOrder(ReportFormat.standalone(graph, formats: formats))
        var failures: [Failure]
        if let ahead {
            let rest = ReportFormat.renderOrder(standalone + ahead.tables.files(graph, skipping: ahead.rendered))
            failures = ahead.failures + rest.parallelMap { Self.render($0, into: staging) }.compactMap { $0 }
        } else {
            // In two rounds: the files drawn from the graph alone (JSON, GraphML, DOT) are
            // rendered while the shared tables are built beside them (at 100 MB, half a
            // second on one core that the other core spent waiting); then the TEI and the pages.
            let jobs = [Job.planShared] + standalone.map(Job.render)
            let first = jobs.parallelMap { job -> Outcome in
                switch job {
                case .planShared: return .planned(SharedTables(graph, formats: formats).files(graph))
                case .render(let file): return .rendered(Self.render(file, into: staging))
                }
            }
            failures = first.compactMap(\.failure)
            let rest = first.flatMap(\.planned)
            failures += ReportFormat.renderOrder(rest).parallelMap { Self.render($0, into: staging) }.compactMap { $0 }
        }
        if let first = failures.min(by: { $0.path < $1.path }) { throw first.error }
    }

    private enum Job: Sendable {
        case planShared
        case render(ReportFile)
    }

    private enum Outcome: Sendable {
        case planned([ReportFile])
        case rendered(Failure?)

        var planned: [ReportFile] {
            if case .planned(let files) = self { files } else { [] }
        }
        var failure: Failure? {
            if case .rendered(let failure) = self { failure } else { nil }
        }
    }

    /// Streams `file` into `staging`; the failure, if any, with the file's path.
    private static func render(_ file: ReportFile, into staging: OutputDirectory.Staging) -> Failure? {
        do {
            try staging.write(file.path, streaming: file.render)
            return nil
        } catch {
            return (file.path, error)
        }
    }
}

/// The tables the TEI file and the HTML pages share, built once per report: every
/// speech's concordance (building one aligns the speech's witness with every quote of it)
/// and the pages' lookups. None reads the graph's reprints.
struct SharedTables: Sendable {
    let formats: Set<ReportFormat>
    let concordances: ReportConcordances?
    /// The pages' lookups, when HTML is written.
    let corpus: HTMLCorpus?
    /// Every page, sorted by path; empty without HTML.
    let pages: [HTMLReport.Page]

    init(_ graph: CitationGraph, formats: Set<ReportFormat>) {
        self.formats = formats
        concordances = formats.contains(.tei) || formats.contains(.html) ? ReportConcordances(graph) : nil
        corpus = formats.contains(.html) ? HTMLCorpus(graph, concordances: concordances) : nil
        pages = corpus.map(HTMLReport.pages) ?? []
    }

    /// The TEI file and the pages of `graph` (the graph these tables were built from, its
    /// reprints found or not), but the pages marked in `rendered`.
    func files(_ graph: CitationGraph, skipping rendered: [Bool]? = nil) -> [ReportFile] {
        var files: [ReportFile] = []
        if formats.contains(.tei) {
            let tei = TEIExporter(), concordances = concordances
            files.append(ReportFile(path: tei.fileName, ownsTables: true) { try tei.write(graph, concordances: concordances, to: $0) })
        }
        if let corpus = corpus?.completed(with: graph) {
            for (i, page) in pages.enumerated() where !(rendered?[i] ?? false) {
                files.append(Self.file(page, corpus))
            }
        }
        return files
    }

    /// `page` as a file, rendered from `corpus`.
    static func file(_ page: HTMLReport.Page, _ corpus: HTMLCorpus) -> ReportFile {
        ReportFile(path: page.path, ownsTables: false, growsWithCorpus: page.growsWithCorpus) { page.write(corpus, $0) }
    }
}

import ArgumentParser
import CAllocator
import CiteTrace
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the pipeline stage by stage on synthetic corpora of several sizes.",
        discussion: """
        For each size, generates a synthetic corpus (see 'synth'; reused from --keep when it \
        is already there), then runs the pipeline on it in a child process of its own \
        ('bench --one'), timing each stage, and scores the links against the truth. Peak \
        RSS is the child's VmHWM from /proc/self/status: the high-water mark is per process \
        and cannot be reset, so one process per size gives each size its own peak (it \
        includes the process's fixed cost, about 20 MB). MB are 10^6 bytes of input files. \
        The JSON output also gives each stage's processor seconds (all threads), which, \
        divided by its seconds, say how many cores the stage kept busy.

        Build with -c release before measuring.
        """
    )

    @Option(help: "Comma-separated corpus sizes.") var sizes: String = "1MB,10MB,100MB"
    @Option(help: "Random seed of the corpora.") var seed: UInt64 = 1
    @Option(help: "Keep the corpora in this folder and reuse them on the next run (default: a temporary folder, removed).")
    var keep: String?
    @Option(help: "The real corpus the synthetic material comes from.") var seeds: String = "seeds"
    @Option(help: "Output format: text or json.") var format: OutputFormat = .text
    @Flag(help: "Keep the texts in disk-backed spill files in $TMPDIR or /var/tmp, as `analyze --spill always` does.") var spill = false
    @Flag(help: "Put each corpus's articles in one file, as 'synth --one-file' does: one long document to split.") var oneFile = false
    @Option(help: ArgumentHelp("Run one size in this process on --corpus and print its result as JSON.", visibility: .hidden))
    var one: String?
    @Option(help: ArgumentHelp("The synthetic corpus folder for --one.", visibility: .hidden))
    var corpus: String?

    func run() throws {
        if let one {
            guard let corpus else { throw ValidationError("--one needs --corpus") }
            try Output.printJSON(try BenchRun.one(size: one, folder: corpus, spill: spill))
            return
        }
        let list = try sizes.split(separator: ",").map { text -> SynthSize in
            guard let s = SynthSize(String(text)) else { throw ValidationError("cannot read size '\(text)'") }
            return s
        }
        let fm = FileManager.default
        let base = keep ?? (NSTemporaryDirectory() + "citetrace-bench-\(getpid())")
        try fm.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { if keep == nil { try? fm.removeItem(atPath: base) } }
        var material: SynthMaterial?
        var results: [BenchResult] = []
        for size in list {
            let folder = base + "/synth-\(size)-seed\(seed)" + (oneFile ? "-onefile" : "")
            if !BenchRun.reusable(folder, size: size, seed: seed, oneFile: oneFile) {
                if fm.fileExists(atPath: folder) { try fm.removeItem(atPath: folder) }
                if material == nil { material = try SynthMaterial.load(paths: [seeds]) }
                Output.info("generating \(size) corpus in \(folder)")
                _ = try SynthCorpus.write(material!, SynthOptions(size: size, seed: seed, oneFile: oneFile), to: folder)
            }
            Output.info("running \(size)")
            results.append(try BenchRun.child(size: "\(size)", folder: folder, spill: spill))
            if keep == nil { try? fm.removeItem(atPath: folder) }
        }
        switch format {
        case .json: try Output.printJSON(results)
        case .text: print(BenchRun.table(results))
        }
    }
}

/// One size's measurements.
struct BenchResult: Codable {
    var size: String
    var bytes: Int
    var files: Int
    var cores: Int
    /// The allocator the run was measured on, with its settings (`BenchRun.allocator`).
    var allocator: String?
    var stages: [StageTiming]
    var peakRSS: Int?
    var quotes: Int
    var links: Int
    var score: ScoreReport.Counts

    var seconds: Double { stages.reduce(0) { $0 + $1.seconds } }

    func seconds(_ names: [String]) -> Double { stages.filter { names.contains($0.stage) }.reduce(0) { $0 + $1.seconds } }
}

enum BenchRun {
    /// The coarse stages of the table and the fine stages each adds up.
    static let columns: [(String, [String])] = [
        ("ingest", ["ingest"]), ("normalize", ["normalize"]), ("segment", ["segment"]), ("quotes", ["catalog", "quotes"]),
        ("index", ["index"]), ("match", ["match", "reuse", "reprints", "graph"]), ("export", ["export", "write"]),
    ]

    /// A kept corpus of this size and seed, complete with its truth.
    static func reusable(_ folder: String, size: SynthSize, seed: UInt64, oneFile: Bool) -> Bool {
        guard let truth = try? SynthTruth.load(path: folder + "/truth.json") else { return false }
        return truth.size == size.bytes && truth.seed == seed && truth.generator == SynthCorpus.generator
            && (truth.layout == "one-file") == oneFile
            && FileManager.default.fileExists(atPath: folder + "/corpus")
    }

    /// Runs `bench --one` in a child process and reads its result.
    static func child(size: String, folder: String, spill: Bool) throws -> BenchResult {
        let p = Process()
        // This very executable: /proc/self/exe on Linux, else the path it was started by.
        p.executableURL = FileManager.default.fileExists(atPath: "/proc/self/exe")
            ? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            : Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        p.arguments = ["bench", "--one", size, "--corpus", folder] + (spill ? ["--spill"] : [])
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ValidationError("the run of \(size) failed with status \(p.terminationStatus)") }
        return try JSONDecoder().decode(BenchResult.self, from: data)
    }

    /// The measured run of one corpus folder, in this process.
    static func one(size: String, folder: String, spill: Bool) throws -> BenchResult {
        let out = folder + "/out-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: out) }
        var staged = StagedAnalysis()
        if spill { staged.storage = .disk(directory: TextStorage.defaultDirectory) }
        let graph = try staged.run(paths: [folder + "/corpus"], output: out)
        let peak = ProcessMemory.peakResident()
        // Read only now: the truth of 100 MB is ~45 MB, which `analyze` never holds.
        let truth = try SynthTruth.load(path: folder + "/truth.json")
        let report = QuoteScorer.score(truth: truth.quotes, predicted: graph.quotes.map(ScoredQuote.init))
        for t in staged.timings { Output.info(String(format: "  %@ %-10@ %8.2f s", size, t.stage, t.seconds)) }
        return BenchResult(size: size, bytes: truth.bytes, files: truth.files, cores: ProcessInfo.processInfo.activeProcessorCount,
                           allocator: BenchRun.allocator, stages: staged.timings, peakRSS: peak, quotes: graph.quotes.count,
                           links: graph.quotes.filter { $0.source != nil }.count, score: report.overall)
    }

    /// The allocator and the settings the executable gives it, e.g. "jemalloc 5.3.0-… (dirty_decay_ms:100)".
    static var allocator: String {
        let allocator = ProcessMemory.allocator, settings = String(cString: citetrace_allocator_settings())
        return settings.isEmpty || allocator == "system" ? allocator : "\(allocator) (\(settings))"
    }

    static func table(_ results: [BenchResult]) -> String {
        var lines: [String] = []
        let head = ["size", "files"] + columns.map(\.0) + ["e2e MB/s", "e2e s", "peak RSS", "RSS/input", "precision", "recall", "cores"]
        let widths = [7, 7] + columns.map { _ in 10 } + [10, 8, 10, 10, 10, 8, 6]
        lines.append("MB/s per stage (input MB / stage seconds):")
        lines.append(ScoreText.row(head, widths))
        for r in results {
            let mb = Double(r.bytes) / 1e6
            var cells = [r.size, "\(r.files)"]
            cells += columns.map { String(format: "%.1f", mb / max(1e-9, r.seconds($0.1))) }
            cells += [String(format: "%.1f", mb / max(1e-9, r.seconds)), String(format: "%.1f", r.seconds),
                      r.peakRSS.map { String(format: "%.0f MB", Double($0) / 1e6) } ?? "-",
                      r.peakRSS.map { String(format: "%.1f×", Double($0) / Double(max(1, r.bytes))) } ?? "-",
                      ScoreText.pct(r.score.precision), ScoreText.pct(r.score.recall), "\(r.cores)"]
            lines.append(ScoreText.row(cells, widths))
        }
        lines.append("")
        lines.append("seconds per stage:")
        let fine = results.first?.stages.map(\.stage) ?? []
        lines.append(ScoreText.row(["size"] + fine, [7] + fine.map { _ in 10 }))
        for r in results {
            lines.append(ScoreText.row([r.size] + fine.map { String(format: "%.2f", r.seconds([$0])) }, [7] + fine.map { _ in 10 }))
        }
        lines.append("")
        // Memory per stage: the peak so far, and what is held on the heap (not mapped files).
        let memory: [(String, KeyPath<StageTiming, Int?>)] = [
            ("peak RSS (MB) when each stage ended:", \.peakResident),
            ("anonymous RSS (MB, RssAnon: heap, not mapped files) when each stage ended:", \.anonymousResident),
        ]
        for (title, field) in memory {
            lines.append(title)
            lines.append(ScoreText.row(["size"] + fine, [7] + fine.map { _ in 10 }))
            for r in results {
                let cells = fine.map { name in r.stages.first { $0.stage == name }?[keyPath: field].map { String(format: "%.0f", Double($0) / 1e6) } ?? "-" }
                lines.append(ScoreText.row([r.size] + cells, [7] + fine.map { _ in 10 }))
            }
            lines.append("")
        }
        lines.append("allocator: " + Set(results.map { $0.allocator ?? "-" }).sorted().joined(separator: ", "))
        lines.append("links: " + results.map { "\($0.size) \($0.score.correct)/\($0.score.predictedLinks) correct, \($0.score.recalled)/\($0.score.truthLinks) recalled (\($0.quotes) quotes, \($0.links) linked)" }.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }
}

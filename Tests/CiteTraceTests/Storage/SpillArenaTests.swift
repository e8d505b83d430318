import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CiteTrace

@Suite struct SpillArenaTests {
    @Test("texts spilled across several small segments, and one larger than a segment, read back as they were")
    func roundTrip() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let arena = try SpillArena(directory: dir.path, segmentSize: 1 << 16)
        #expect(arena.segmentSize == 1 << 16)
        let texts = (0..<300).map { i in String(repeating: "長三角一体化\(i)，", count: 1 + i % 40) }
            + [String(repeating: "𠀀高质量发展", count: 5000), String(repeating: "一", count: 40000), ""]
        var bytes = 0
        var spilled: [CompactScalars] = []
        for text in texts {
            let heap = CompactScalars(scalarsOf: text)
            let disk = try heap.spilled(to: arena)
            bytes += heap.isEmpty ? 0 : heap.count * (text.unicodeScalars.allSatisfy { $0.value <= 0xFFFF } ? 2 : 4)
            #expect(disk.isSpilled == !heap.isEmpty)
            #expect(!heap.isSpilled)
            spilled.append(disk)
        }
        // Read back only after every text is stored: later stores must not overwrite earlier ones.
        for (text, disk) in zip(texts, spilled) {
            #expect(String(scalars: disk) == text)
            #expect(disk == CompactScalars(scalarsOf: text))
            #expect(disk.hashValue == CompactScalars(scalarsOf: text).hashValue)
        }
        #expect(arena.bytesStored == bytes)
        // The spill files were unlinked at once: nothing is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("texts spilled from many threads at once each read back as their own")
    func concurrent() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let arena = try SpillArena(directory: dir.path, segmentSize: 1 << 16)
        let texts = (0..<2000).map { "第\($0)篇：" + String(repeating: "推动高质量发展", count: $0 % 23) }
        let spilled = texts.parallelMap { try! CompactScalars(scalarsOf: $0).spilled(to: arena) }
        #expect(zip(texts, spilled).allSatisfy { String(scalars: $1) == $0 })
    }

    @Test("a spill folder that does not exist is refused before any work, naming the folder")
    func missingFolder() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let folder = dir.path + "/nope"
        #expect(throws: SpillError.cannotCreate(directory: folder, reason: "No such file or directory")) {
            try SpillArena(directory: folder)
        }
        try dir.write("a.txt", text: "正文。")
        #expect(throws: IngestError.spill(.cannotCreate(directory: folder, reason: "No such file or directory"))) {
            try Ingestor(options: IngestOptions(storage: .disk(directory: folder))).load(paths: [dir.path])
        }
        #expect("\(SpillError.cannotCreate(directory: folder, reason: "No such file or directory"))".hasPrefix("\(folder): cannot create a spill file"))
    }

    @Test("a spill folder that cannot be used: an error when spilling was asked for, a warning and memory when it was chosen")
    func unusableFolderWhenAutomatic() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let folder = dir.path + "/nope"
        let reason = SpillError.cannotCreate(directory: folder, reason: "No such file or directory")
        #expect(throws: IngestError.spill(reason)) {
            try Ingestor.spillArena(.disk(directory: folder), inputBytes: 10, available: 1 << 40)
        }
        let (arena, warning) = try Ingestor.spillArena(.automatic(directory: folder), inputBytes: 1000, available: 100)
        #expect(arena == nil)
        #expect(warning == IngestWarning(path: folder, message: "\(reason); keeping the texts in memory"))
        // No spilling needed: the folder is never looked at.
        let (none, quiet) = try Ingestor.spillArena(.automatic(directory: folder), inputBytes: 10, available: 1 << 40)
        #expect(none == nil && quiet == nil)
    }

    @Test("automatic storage spills only when five times the input exceeds the available memory")
    func automatic() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        func spills(_ storage: TextStorage, _ input: Int, _ available: Int?) throws -> Bool {
            try storage.arena(inputBytes: input, available: available) != nil
        }
        let automatic = TextStorage.automatic(directory: dir.path)
        #expect(try !spills(automatic, 100, 500))
        #expect(try spills(automatic, 101, 500))
        #expect(try spills(automatic, Int.max, 500))
        // 5 × 2^61 wraps to a negative product: it must still count as not fitting.
        #expect(try spills(automatic, 1 << 61, 500))
        #expect(try !spills(automatic, 1 << 40, nil))
        #expect(try !spills(.memory, 1 << 40, 0))
        #expect(try spills(.disk(directory: dir.path), 0, 1 << 40))
        #expect(ProcessMemory.available().map { $0 > 0 } ?? true)
    }
}

@Suite struct SpilledCorpusTests {
    @Test("the seeds analysed with their texts on disk give the same reports, byte for byte, as on the heap")
    func sameReports() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let corpus = try Ingestor(options: IngestOptions(storage: .disk(directory: dir.path))).load(paths: [Seeds.directory])
        #expect(corpus.spill != nil)
        #expect(corpus.documents.allSatisfy { $0.scalars.isSpilled })
        #expect(corpus.spill!.bytesStored >= corpus.documents.reduce(0) { $0 + 2 * $1.scalars.count })
        let analysis = try CorpusAnalysis(corpus: corpus)
        #expect(analysis.documents.allSatisfy { $0.normalized.scalars.isSpilled })
        let spilled = try ReportFormat.files(CitationGraphBuilder().build(analysis), formats: Set(ReportFormat.allCases))
        let heap = try ReportFormat.files(SeedCorpus.graph, formats: Set(ReportFormat.allCases))
        #expect(spilled.map(\.path) == heap.map(\.path))
        for (a, b) in zip(spilled, heap) { #expect(a.data == b.data, "\(a.path) differs with spilled texts") }
    }
}

import Foundation
import Testing
@testable import CiteTrace

@Suite struct ByteSinkTests {
    private struct DiskFull: Error {}

    @Test("bytes reach the destination in order, in chunks of about a MB, and all of them")
    func chunks() throws {
        var chunks: [Int] = []
        var received = Data()
        let sink = ByteSink { chunks.append($0.count); received.append(contentsOf: $0) }
        var expected = Data()
        for i in 0..<40_000 {
            let line = "line \(i) 长三角一体化\n"
            sink.write(line)
            expected.append(contentsOf: line.utf8)
        }
        try sink.finish()
        #expect(received == expected)
        #expect(chunks.count > 1)
        #expect(chunks.dropLast().allSatisfy { $0 >= ByteSink.chunkSize })
    }

    @Test("a failing destination keeps its first error, drops later bytes, and finish throws it")
    func failure() {
        var calls = 0
        let sink = ByteSink { _ in
            calls += 1
            if calls == 2 { throw DiskFull() }
        }
        let big = [UInt8](repeating: 0x41, count: ByteSink.chunkSize)
        for _ in 0..<4 { sink.write(big) }
        #expect(sink.failure is DiskFull)
        #expect(throws: DiskFull.self) { try sink.finish() }
        #expect(calls == 2)
    }

    @Test("collect gathers what the renderer writes, as export(_:) and ReportFormat.files use it")
    func collect() {
        let data = ByteSink.collect { $0.write("a"); $0.write([0x62]); $0.write("c") }
        #expect(data == Data("abc".utf8))
    }

    @Test("a streamed staged file is written whole; a failing renderer's error comes through and nothing is committed")
    func staging() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.path + "/out"
        let text = String(repeating: "引文溯源 citation trace\n", count: 100_000)
        let staging = try OutputDirectory(path: out).begin()
        try staging.write("big/file.txt") { $0.write(text) }
        struct RenderFailed: Error, Equatable {}
        #expect(throws: RenderFailed()) {
            try staging.write("broken.txt") { sink in
                sink.write("partial")
                throw RenderFailed()
            }
        }
        let written = try staging.commit()
        #expect(written == [out + "/big/file.txt"])
        #expect(FileManager.default.contents(atPath: out + "/big/file.txt") == Data(text.utf8))
    }
}

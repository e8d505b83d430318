import CiteTraceFuzzing
import Foundation

// libFuzzer target: ingest → normalize → segment → quotes → match, on every input read
// as .txt, .html and .xml. Built and run by scripts/fuzz.sh; see FuzzChecks.ingest.

/// The seed speeches to match against, read once from `$CITETRACE_SEEDS` (default `seeds`).
private let catalog = FuzzCatalog(seeds: ProcessInfo.processInfo.environment["CITETRACE_SEEDS"] ?? "seeds")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIngest(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.ingest(bytes, catalog: catalog)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

import CiteTraceFuzzing

// libFuzzer target: a one-document corpus of the input through the whole pipeline into
// JSON, TEI, GraphML, DOT and HTML. Built and run by scripts/fuzz.sh; see FuzzChecks.export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzChecks.export(bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}

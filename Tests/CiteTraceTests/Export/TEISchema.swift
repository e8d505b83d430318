import Foundation
@testable import CiteTrace

/// `tei_all.rng`, compiled once per test run (it takes seconds); nil when the file is
/// missing or does not compile.
enum TEISchema {
    static let validator: TEIValidator? = ExportTools.hasTEISchema ? try? TEIValidator(schema: ExportTools.teiSchema) : nil
    static var available: Bool { ExportTools.hasTEISchema }
}

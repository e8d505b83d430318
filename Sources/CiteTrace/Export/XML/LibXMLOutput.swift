import CLibXML2

/// One-time libxml2 set-up shared by the XML exporters and the validator.
enum LibXMLOutput {
    /// Touch before the first libxml2 call; runs `xmlInitParser` exactly once per process.
    static let initialized: Void = { xmlInitParser() }()

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` pointer. `withCString`
    /// lends a native string's own storage (which keeps a NUL after its bytes) instead of
    /// copying it, as `utf8CString` would for every element, attribute and text run.
    static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        string.withCString { chars in
            chars.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1) { body($0) }
        }
    }

    /// A Swift string from a libxml2 `xmlChar`/`char` pointer (nil stays nil).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}

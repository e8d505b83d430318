import CLibXML2

/// One-time libxml2 set-up shared by the XML exporters and the validator.
enum LibXMLOutput {
    /// Touch before the first libxml2 call; runs `xmlInitParser` exactly once per process.
    static let initialized: Void = { xmlInitParser() }()

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` pointer.
    static func withXMLChars<R>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        let bytes = string.utf8CString
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: xmlChar.self, capacity: buffer.count) { body($0) }
        }
    }

    /// A Swift string from a libxml2 `xmlChar`/`char` pointer (nil stays nil).
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}

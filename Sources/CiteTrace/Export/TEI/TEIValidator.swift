import CLibXML2
import Foundation

/// Validates XML documents against a RelaxNG schema (such as TEI P5 `tei_all.rng`) with
/// libxml2, and returns every problem instead of printing it.
///
/// The schema is compiled once in `init` (a few seconds for `tei_all.rng`); `validate`
/// may then be called any number of times, from any thread (calls are serialized).
/// Errors are collected through a per-call context pointer — no global state.
public final class TEIValidator: @unchecked Sendable {
    /// One problem found in a document.
    public struct Issue: Error, Sendable, Equatable, CustomStringConvertible {
        /// 1-based line in the document, 0 when unknown.
        public var line: Int
        /// The element the problem is on, when libxml2 says.
        public var element: String?
        public var message: String

        public var description: String {
            "line \(line)\(element.map { " <\($0)>" } ?? ""): \(message)"
        }
    }

    /// The schema's path, for messages.
    public let schemaPath: String
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// Reads and compiles the RelaxNG schema at `url`.
    /// - Throws: `ExportError.schema` with libxml2's messages when it cannot.
    public init(schema url: URL) throws {
        _ = LibXMLOutput.initialized
        schemaPath = url.path
        guard let parser = xmlRelaxNGNewParserCtxt(url.path) else {
            throw ExportError.schema(path: url.path, messages: ["cannot create a parser"])
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let collector = IssueCollector()
        let compiled = withExtendedLifetime(collector) { () -> xmlRelaxNGPtr? in
            xmlRelaxNGSetParserStructuredErrors(parser, { context, error in
                IssueCollector.collect(context, error)
            }, Unmanaged.passUnretained(collector).toOpaque())
            return xmlRelaxNGParse(parser)
        }
        guard let compiled else {
            throw ExportError.schema(path: url.path, messages: collector.issues.map(\.description))
        }
        schema = compiled
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Every well-formedness and validity problem of `document`; empty when it is valid.
    public func validate(_ document: Data) -> [Issue] {
        lock.lock()
        defer { lock.unlock() }
        let result = Self.withParsedDocument(document) { parsed -> [Issue] in
            guard let validator = xmlRelaxNGNewValidCtxt(schema) else {
                return [Issue(line: 0, element: nil, message: "cannot create a RelaxNG validation context")]
            }
            defer { xmlRelaxNGFreeValidCtxt(validator) }
            let collector = IssueCollector()
            let rc = withExtendedLifetime(collector) { () -> Int32 in
                xmlRelaxNGSetValidStructuredErrors(validator, { context, error in
                    IssueCollector.collect(context, error)
                }, Unmanaged.passUnretained(collector).toOpaque())
                return xmlRelaxNGValidateDoc(validator, parsed)
            }
            if rc != 0 && collector.issues.isEmpty {
                collector.issues.append(Issue(line: 0, element: nil, message: "invalid (libxml2 returned \(rc) without a message)"))
            }
            return collector.issues
        }
        switch result {
        case .success(let issues): return issues
        case .failure(let notWellFormed): return [notWellFormed]
        }
    }

    /// The reason `document` is not well-formed XML, or nil when libxml2 parses it.
    /// Needs no schema; nothing is fetched from the network.
    public static func wellFormednessIssue(_ document: Data) -> Issue? {
        if case .failure(let issue) = withParsedDocument(document, { _ in () }) { return issue }
        return nil
    }

    /// Parses `document` (no network, errors collected, not printed) and hands the tree to `body`.
    private static func withParsedDocument<T>(_ document: Data, _ body: (xmlDocPtr) -> T) -> Result<T, Issue> {
        _ = LibXMLOutput.initialized
        guard let parser = xmlNewParserCtxt() else { return .failure(Issue(line: 0, element: nil, message: "cannot create an XML parser")) }
        defer { xmlFreeParserCtxt(parser) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = document.withUnsafeBytes { bytes -> xmlDocPtr? in
            let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            return xmlCtxtReadMemory(parser, base, Int32(bytes.count), "document.xml", nil, options)
        }
        guard let parsed else {
            let last = xmlCtxtGetLastError(parser)
            let message = last.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "not well-formed"
            return .failure(Issue(line: Int(last?.pointee.line ?? 0), element: nil, message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { xmlFreeDoc(parsed) }
        return .success(body(parsed))
    }
}

/// Receives libxml2's structured errors for one parse or validation.
private final class IssueCollector {
    var issues: [TEIValidator.Issue] = []

    /// The C callback body: `context` is an unretained `IssueCollector`.
    static func collect(_ context: UnsafeMutableRawPointer?, _ error: UnsafePointer<xmlError>?) {
        guard let context, let error else { return }
        let collector = Unmanaged<IssueCollector>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let node = error.pointee.node?.assumingMemoryBound(to: xmlNode.self)
        let element = node.flatMap { LibXMLOutput.string($0.pointee.name) }
        collector.issues.append(.init(line: Int(error.pointee.line), element: element, message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}

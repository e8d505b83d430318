import Foundation
import Testing
@testable import CiteTrace

@Suite(.enabled(if: TEISchema.available)) struct ExportTEIValidatorTests {
    @Test("an invalid TEI document yields issues with line and element")
    func invalid() throws {
        let validator = try #require(TEISchema.validator)
        let xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<bogus/>\n</TEI>"
        let issues = validator.validate(Data(xml.utf8))
        #expect(!issues.isEmpty)
        #expect(issues.contains { $0.line > 0 })
    }

    @Test("a document that is not well-formed yields one issue, not a crash")
    func notWellFormed() throws {
        let validator = try #require(TEISchema.validator)
        let issues = validator.validate(Data("<TEI><p>&</TEI>".utf8))
        #expect(issues.count == 1)
    }

    @Test("a schema that does not compile is an error naming the file")
    func badSchema() throws {
        let file = try ExportTools.temporaryFile(Data("<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><ref name='nope'/></start></grammar>".utf8), name: "bad.rng")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(throws: ExportError.self) { try TEIValidator(schema: file) }
    }

    @Test("a small schema validates without tei_all")
    func smallSchema() throws {
        let schema = "<element name='a' xmlns='http://relaxng.org/ns/structure/1.0'><text/></element>"
        let file = try ExportTools.temporaryFile(Data(schema.utf8), name: "a.rng")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let validator = try TEIValidator(schema: file)
        #expect(validator.validate(Data("<a>x</a>".utf8)).isEmpty)
        let issues = validator.validate(Data("<b/>".utf8))
        #expect(issues.count >= 1 && issues[0].element == "b")
    }

    @Test("well-formedness is checked without a schema; the issue has libxml2's line")
    func wellFormedness() {
        #expect(TEIValidator.wellFormednessIssue(Data("<a>x<b/></a>".utf8)) == nil)
        let issue = TEIValidator.wellFormednessIssue(Data("<a>\n<b>&</b></a>".utf8))
        #expect(issue?.line == 2)
        #expect(TEIValidator.wellFormednessIssue(Data()) != nil)
    }
}

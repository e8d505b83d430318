import Testing
@testable import CiteTrace

@Suite struct ScriptTableTests {
    @Test("OpenCC's table maps traditional to simplified one scalar to one")
    func mapsCommonCharacters() {
        let t = ScriptTable.openCC
        #expect(t.count > 4000)
        let out = String(String.UnicodeScalarView("長三角一體化發展".unicodeScalars.map(t.simplified)))
        #expect(out == "长三角一体化发展")
    }
}

import Testing
@testable import CiteTrace

@Suite struct SharedValuesTests {
    struct Fields: Sendable, Equatable {
        var name: String
        var count: Int
    }

    @Test("a copy shares the box; setting a field to a new value makes a new box and leaves the copy alone")
    func copyOnSet() {
        var a = SharedValues(Fields(name: "长三角", count: 1))
        let b = a
        #expect(a.sharesBox(with: b))
        a[\.count] = 2
        #expect(!a.sharesBox(with: b))
        #expect(a.values == Fields(name: "长三角", count: 2))
        #expect(b.values == Fields(name: "长三角", count: 1))
    }

    @Test("setting a field to the value it has keeps the box")
    func unchangedKeepsBox() {
        var a = SharedValues(Fields(name: "长三角", count: 1))
        let b = a
        a[\.name] = "长三" + "角"
        a[\.count] = 1
        #expect(a.sharesBox(with: b))
    }
}

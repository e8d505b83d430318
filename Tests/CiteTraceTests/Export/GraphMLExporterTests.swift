import Foundation
import Testing
@testable import CiteTrace

@Suite struct GraphMLExporterTests {
    /// Reads GraphML from stdin and prints "nodes edges".
    static let loader = """
    import io, sys, networkx
    g = networkx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
    print(g.number_of_nodes(), g.number_of_edges())
    """

    @Test("the network has speech, witness, article and quote nodes and the five edge kinds")
    func network() {
        let network = CitationNetwork(ExportFixture.graph)
        #expect(network.nodes.count == 2 + 2 + 3 + 7)
        let relations = Dictionary(grouping: network.edges, by: \.relation).mapValues(\.count)
        #expect(relations == ["witnesses": 2, "cites": 1, "contains": 7, "derives": 5, "reprints": 1])
        #expect(network.edges.first { $0.relation == "cites" }?.weight == 5)
        // The composite's two segments lie in one witness: one derives edge, not two.
        #expect(network.edges.filter { $0.source == "quote:D001_68375046d53efcdf.q6" && $0.relation == "derives" }.map(\.target) == ["witness:S2020-08-20.w1"])
    }

    @Test("a document listed twice gives its nodes once, and the edges still find them")
    func repeatedDocument() {
        var graph = ExportFixture.graph
        let once = CitationNetwork(graph)
        graph.documents.append(graph.documents[0])
        let twice = CitationNetwork(graph)
        #expect(twice.nodes == once.nodes)
        #expect(Set(twice.nodes.map(\.id)).count == twice.nodes.count)
        // Edges from the repeated articles are made again (as before), numbered on.
        #expect(twice.edges.count == once.edges.count + graph.documents[0].articles.reduce(0) { $0 + $1.cites.count })
        #expect(twice.edges.map(\.id) == (1...twice.edges.count).map { "e\($0)" })
        #expect(twice.edges.allSatisfy { e in twice.nodes.contains { $0.id == e.source } && twice.nodes.contains { $0.id == e.target } })
    }

    @Test("networkx loads the GraphML with every node and edge", .enabled(if: ExportTools.hasNetworkX))
    func loadsInNetworkX() throws {
        let data = try GraphMLExporter().export(ExportFixture.graph)
        let result = try #require(ExportTools.run(["python3", "-c", Self.loader], input: data))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "14 16\n")
    }

    @Test("attributes keep their declared types in networkx", .enabled(if: ExportTools.hasNetworkX))
    func typedAttributes() throws {
        let data = try GraphMLExporter().export(ExportFixture.graph)
        let script = """
        import io, sys, networkx
        g = networkx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
        q = g.nodes["quote:D001_68375046d53efcdf.q1"]
        e = g.edges["article:D001_68375046d53efcdf.a1", "speech:S2020-08-20"]
        print(type(q["score"]).__name__, q["score"], type(q["start"]).__name__, q["verdict"], e["relation"], type(e["weight"]).__name__, e["weight"])
        """
        let result = try #require(ExportTools.run(["python3", "-c", script], input: data))
        #expect(result.stdout == "float 0.9877 int normalized cites int 5\n", "\(result.stderr)")
    }

    @Test("the same graph gives the same bytes")
    func deterministic() throws {
        #expect(try GraphMLExporter().export(ExportFixture.graph) == GraphMLExporter().export(ExportFixture.graph))
    }
}

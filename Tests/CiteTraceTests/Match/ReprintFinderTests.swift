import Foundation
import Testing
@testable import CiteTrace

@Suite("Reprint finder")
struct ReprintFinderTests {
    /// The finder as first written (a dictionary of place arrays, every window stored):
    /// the flat table and the first pass must not change what it finds.
    static func reference(_ docs: [DocumentAnalysis], skipping witnesses: Set<String>, minLength: Int = 50, window: Int = 16) -> [Reprint] {
        struct Place { var doc: Int; var pos: Int }
        let finder = ReprintFinder(minLength: minLength)
        var keys: [ContentKey] = []
        var articleAt: [[Int32]] = []
        for d in docs {
            let key = ContentKey(d.normalized, 0..<d.normalized.count)
            var owner = [Int32](repeating: -1, count: key.count)
            var ai = 0
            for k in 0..<key.count {
                let p = Int(key.positions[k])
                while ai < d.articles.count, d.articles[ai].normalizedRange.upperBound <= p { ai += 1 }
                if ai < d.articles.count, d.articles[ai].normalizedRange.contains(p), !witnesses.contains(d.articles[ai].id) { owner[k] = Int32(ai) }
            }
            keys.append(key)
            articleAt.append(owner)
        }
        var seen: [UInt64: [Place]] = [:]
        var found: [Reprint] = []
        for (di, key) in keys.enumerated() {
            let k = key.keys
            guard k.count >= window else { continue }
            var i = 0
            while i + window <= k.count {
                guard articleAt[di][i] >= 0 else { i += 1; continue }
                let h = ReprintFinder.hash(k, i, window)
                var advanced = false
                for p in seen[h] ?? [] {
                    let other = keys[p.doc].keys
                    if p.doc == di && p.pos + window > i { continue }
                    var len = 0
                    while i + len < k.count, p.pos + len < other.count, k[i + len] == other[p.pos + len],
                          articleAt[di][i + len] >= 0, articleAt[p.doc][p.pos + len] >= 0, !(p.doc == di && p.pos + len >= i) {
                        len += 1
                    }
                    if len >= minLength {
                        found.append(finder.makeReprint(docs, keys, (p.doc, p.pos), (di, i), len, articleAt))
                        i += len
                        advanced = true
                        break
                    }
                }
                if advanced { continue }
                if (seen[h]?.count ?? 0) < 4 { seen[h, default: []].append(Place(doc: di, pos: i)) }
                i += 1
            }
        }
        return found.enumerated().map { idx, r in
            var r = r
            r.id = "R\(idx + 1)"
            return r
        }
    }

    @Test("on a synthetic corpus full of repeated prose and reprinted articles, the same reprints as the plain algorithm")
    func sameAsReference() {
        let (files, _) = SynthFixture.files(size: 400_000, seed: 11)
        var docs: [DocumentAnalysis] = []
        for (i, f) in files.enumerated() {
            let bytes = f.bytes
            let decoded = bytes.withUnsafeBytes { TextDecoder.decode($0, forced: nil) }
            guard case .success(let d) = decoded else { continue }
            docs.append(DocumentAnalysis(document: Document(id: "D\(i)", path: f.path, format: .text, encoding: d.encoding, sha256: "", text: d.text)))
        }
        let witnesses = SpeechCatalog.build(from: docs).witnessArticles
        let fast = ReprintFinder().find(docs, skipping: witnesses)
        let plain = Self.reference(docs, skipping: witnesses)
        #expect(fast.count > 20)
        #expect(fast == plain)
    }

    @Test("a window table keeps at most four places per hash, oldest first, through growth")
    func windowTable() {
        var table = WindowTable(limit: 4, capacity: 4)
        for n in 0..<5000 {
            for k in 0..<(n % 7) { table.add(UInt64(n) &* 0x9E37_79B9_7F4A_7C15, .init(doc: Int32(n), pos: Int32(k))) }
        }
        for n in 0..<5000 {
            var got: [Int32] = []
            var link = table.first(UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
            while link >= 0 { got.append(table.place(link).pos); link = table.after(link) }
            #expect(got == Array(0..<Int32(min(4, n % 7))))
        }
    }
}

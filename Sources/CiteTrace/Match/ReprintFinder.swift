/// Finds passages printed twice: the same text in two articles, or a paragraph the
/// extraction duplicated inside one. Compares content keys (so script, width and
/// punctuation do not hide a reprint) with a rolling hash of `window` characters, then
/// extends each hit to the full identical run. Text inside quotes linked to a speech is
/// left out: two articles quoting the same sentence of a speech have not reprinted each other.
public struct ReprintFinder: Sendable {
    public var minLength: Int
    public var window = 16

    public init(minLength: Int = 50) {
        self.minLength = minLength
    }

    public func find(_ docs: [DocumentAnalysis], skipping witnesses: Set<String>, quoted: [MatchedQuote] = []) -> [Reprint] {
        var keys: [ContentKey] = []
        var articleAt: [[Int32]] = [] // per doc, per key position: article index or -1
        let linked = Dictionary(grouping: quoted.filter { $0.source != nil }.map(\.quote), by: \.document)
            .mapValues { $0.map(\.normalizedRange).sorted { $0.lowerBound < $1.lowerBound } }
        for d in docs {
            let key = ContentKey(d.normalized, 0..<d.normalized.count)
            var owner = [Int32](repeating: -1, count: key.count)
            // Articles are in text order: one merge walk assigns every key position.
            var ai = 0
            for k in 0..<key.count {
                let p = Int(key.positions[k])
                while ai < d.articles.count, d.articles[ai].normalizedRange.upperBound <= p { ai += 1 }
                if ai < d.articles.count, d.articles[ai].normalizedRange.contains(p), !witnesses.contains(d.articles[ai].id) { owner[k] = Int32(ai) }
            }
            // Quoted speech is the speech's, not the article's: another walk over the sorted spans.
            if let spans = linked[d.document.id] {
                var si = 0
                for k in 0..<key.count {
                    let p = Int(key.positions[k])
                    while si < spans.count, spans[si].upperBound <= p { si += 1 }
                    var j = si
                    while j < spans.count, spans[j].lowerBound <= p {
                        if spans[j].contains(p) { owner[k] = -1; break }
                        j += 1
                    }
                }
            }
            keys.append(key)
            articleAt.append(owner)
        }
        // First pass: which windows occur twice or more. Only those are worth storing.
        var windows = 0
        for (di, key) in keys.enumerated() where key.count >= window {
            for i in 0...(key.count - window) where articleAt[di][i] >= 0 { windows += 1 }
        }
        var sketch = WindowSketch(windows: windows)
        for (di, key) in keys.enumerated() where key.count >= window {
            let owner = articleAt[di]
            for i in 0...(key.count - window) where owner[i] >= 0 { sketch.note(Self.hash(key.keys, i, window)) }
        }
        var seen = WindowTable(limit: 4)
        var found: [Reprint] = []
        for (di, key) in keys.enumerated() {
            let k = key.keys
            let owner = articleAt[di]
            guard k.count >= window else { continue }
            var i = 0
            while i + window <= k.count {
                guard owner[i] >= 0 else { i += 1; continue }
                let h = Self.hash(k, i, window)
                var advanced = false
                var link = seen.first(h)
                while link >= 0 {
                    let place = seen.place(link)
                    link = seen.after(link)
                    let p = (doc: Int(place.doc), pos: Int(place.pos))
                    if p.doc == di && p.pos + window > i { continue }
                    let other = keys[p.doc].keys
                    let otherOwner = articleAt[p.doc]
                    var len = 0
                    while i + len < k.count, p.pos + len < other.count, k[i + len] == other[p.pos + len],
                          owner[i + len] >= 0, otherOwner[p.pos + len] >= 0,
                          !(p.doc == di && p.pos + len >= i) {
                        len += 1
                    }
                    if len >= minLength {
                        found.append(makeReprint(docs, keys, (p.doc, p.pos), (di, i), len, articleAt))
                        i += len
                        advanced = true
                        break
                    }
                }
                if advanced { continue }
                if sketch.repeated(h) { seen.add(h, WindowTable.Place(doc: Int32(di), pos: Int32(i))) }
                i += 1
            }
        }
        return found.enumerated().map { idx, r in
            var r = r
            r.id = "R\(idx + 1)"
            return r
        }
    }

    func makeReprint(_ docs: [DocumentAnalysis], _ keys: [ContentKey], _ a: (Int, Int), _ b: (Int, Int), _ len: Int, _ owner: [[Int32]]) -> Reprint {
        func span(_ p: (Int, Int)) -> ReprintSpan {
            let d = docs[p.0]
            let key = keys[p.0]
            let lo = Int(key.positions[p.1]), hi = Int(key.positions[p.1 + len - 1]) + 1
            let r = d.normalized.originalRange(lo..<hi)
            return ReprintSpan(document: d.document.id, article: d.articles[Int(owner[p.0][p.1])].id, start: r.lowerBound, end: r.upperBound)
        }
        return Reprint(id: "", a: span(a), b: span(b), length: len)
    }

    static func hash(_ k: [UInt32], _ i: Int, _ n: Int) -> UInt64 {
        var h: UInt64 = 1469598103934665603
        for j in i..<(i + n) { h = (h ^ UInt64(k[j])) &* 1099511628211 }
        return h
    }
}

@testable import CiteTrace

/// Makes quotes from real speech sentences with known changes, for testing verdicts.
struct MutationGenerator {
    /// A simplified → traditional table, the inverse of OpenCC's (first traditional form wins).
    let toTraditional: [Unicode.Scalar: Unicode.Scalar]

    init() {
        var inverse: [Unicode.Scalar: Unicode.Scalar] = [:]
        for line in ScriptTable.openCCTraditionalToSimplified.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2, let t = parts[0].unicodeScalars.first, parts[0].unicodeScalars.count == 1,
                  let s = parts[1].split(separator: " ").first?.unicodeScalars.first else { continue }
            if inverse[s] == nil { inverse[s] = t }
        }
        toTraditional = inverse
    }

    func traditional(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { toTraditional[$0] ?? $0 }))
    }

    /// ASCII punctuation to full width and back: `,` ↔ `，`.
    func widthChanged(_ s: String) -> String {
        let swap: [Character: Character] = ["，": ",", ",": "，", "；": ";", "：": ":"]
        return String(s.map { swap[$0] ?? $0 })
    }

    /// A line break and a page break inside the sentence.
    func broken(_ s: String) -> String {
        var c = Array(s)
        let a = c.count / 3, b = 2 * c.count / 3
        c.insert(contentsOf: "\n\n", at: b)
        c.insert("\n", at: a)
        return String(c)
    }

    /// Replaces the character at `index` with `replacement`.
    func substituted(_ s: String, at index: Int, with replacement: Character) -> String {
        var c = Array(s)
        c[index] = replacement
        return String(c)
    }

    func deleted(_ s: String, at index: Int) -> String {
        var c = Array(s)
        c.remove(at: index)
        return String(c)
    }
}

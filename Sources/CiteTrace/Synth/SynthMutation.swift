/// How a planted quote differs from its source, and the verdict a correct engine gives it.
public enum SynthMutation: String, Sendable, Codable, CaseIterable {
    /// Copied as printed.
    case exact
    /// Copied, with the speech's correct date and occasion claimed before the cue.
    case claimed
    /// The quote alone put in traditional script.
    case script
    /// Full-width punctuation and digits made half-width and the other way round.
    case width
    /// A line break inside the quote (a PDF line wrap).
    case lineBreak = "line-break"
    /// A blank line inside the quote (a PDF page break).
    case pageBreak = "page-break"
    /// A page break whose extraction doubled the character before it (`积\n\n积极`).
    case doubledPageBreak = "page-break-doubled"
    /// One two-character word swapped for another.
    case substitution
    /// Two or three characters left out.
    case deletion
    /// Two sentences of one speech, far apart in it, joined into one quote.
    case splice
    /// Clauses reordered, a word swapped and one put in front.
    case paraphrase
    /// Copied, but claimed for another date and occasion.
    case misattributed
    /// Words of a speech that is not in the corpus.
    case heldOut = "held-out"
    /// An official's words, never a leader's: they must not be linked.
    case official

    /// Draw weights of a leader's quote, per 100.
    static let weights: [(SynthMutation, Int)] = [
        (.exact, 14), (.claimed, 5), (.script, 6), (.width, 6), (.lineBreak, 5), (.pageBreak, 5), (.doubledPageBreak, 4),
        (.substitution, 9), (.deletion, 7), (.splice, 7), (.paraphrase, 7), (.misattributed, 6), (.heldOut, 7), (.official, 12),
    ]
}

/// The text changes of `SynthMutation`, on a sentence without its final `。`. Pure: the
/// same input and random state give the same output; nil when the sentence has no place
/// the change can be made.
enum Mutate {
    static let numerals: Set<Unicode.Scalar> = Set("〇一二三四五六七八九十百千万两第其".unicodeScalars)

    /// Places where a line may break: after a content character or a comma, before a hanzi
    /// that cannot start a list item, at least 4 characters from either end.
    static func breakPoints(_ u: [Unicode.Scalar]) -> [Int] {
        guard u.count >= 10 else { return [] }
        return (4...(u.count - 4)).filter { k in
            let prev = Emitter.fold(u[k - 1]), next = u[k]
            return (CharacterClass.isContent(prev) || prev == "," || prev == "、")
                && CharacterClass.isHan(next) && !numerals.contains(next)
        }
    }

    static func lineBreak(_ core: String, blank: Bool, doubled: Bool, _ rng: inout SynthRandom) -> String? {
        var u = Array(core.unicodeScalars)
        var points = breakPoints(u)
        if doubled { points = points.filter { CharacterClass.isHan(u[$0 - 1]) && !numerals.contains(u[$0 - 1]) } }
        guard !points.isEmpty else { return nil }
        let k = rng.pick(points)
        var insert: [Unicode.Scalar] = blank ? ["\n", "\n"] : ["\n"]
        if doubled { insert.append(u[k - 1]) }
        u.insert(contentsOf: insert, at: k)
        return String(scalars: u)
    }

    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (f, h) in zip("，；：！？（）".unicodeScalars, ",;:!?()".unicodeScalars) { m[f] = h; m[h] = f }
        for d in 0..<10 { m[Unicode.Scalar(0xFF10 + d)!] = Unicode.Scalar(0x30 + d)!; m[Unicode.Scalar(0x30 + d)!] = Unicode.Scalar(0xFF10 + d)! }
        return m
    }()

    /// Every full-width comma, semicolon, colon, bracket and digit made half-width and back.
    static func width(_ core: String) -> String? {
        let out = String(scalars: core.unicodeScalars.map { fullWidth[$0] ?? $0 })
        return out == core ? nil : out
    }

    /// Two adjacent hanzi at least two characters from either end.
    static func wordPositions(_ u: [Unicode.Scalar], length: Int) -> [Int] {
        guard u.count >= length + 6 else { return [] }
        return (3...(u.count - length - 3)).filter { k in (k..<(k + length)).allSatisfy { CharacterClass.isHan(u[$0]) && !numerals.contains(u[$0]) } }
    }

    static func substitution(_ core: String, _ rng: inout SynthRandom) -> String? {
        var u = Array(core.unicodeScalars)
        let places = wordPositions(u, length: 2)
        guard !places.isEmpty else { return nil }
        let k = rng.pick(places)
        let old = String(scalars: u[k..<(k + 2)])
        let choices = SynthVocabulary.substitutes.filter { w in
            w != old && zip(w.unicodeScalars, old.unicodeScalars).allSatisfy { $0 != $1 }
        }
        u.replaceSubrange(k..<(k + 2), with: rng.pick(choices).unicodeScalars)
        return String(scalars: u)
    }

    static func deletion(_ core: String, _ rng: inout SynthRandom) -> String? {
        var u = Array(core.unicodeScalars)
        let length = rng.int(2...3)
        let places = wordPositions(u, length: length)
        guard !places.isEmpty else { return nil }
        let k = rng.pick(places)
        u.removeSubrange(k..<(k + length))
        return String(scalars: u)
    }

    /// The clauses of a sentence (split after `，,；;`), without their separators.
    static func clauses(_ core: String) -> [String] {
        core.split(whereSeparator: { "，,；;".contains($0) }).map(String.init)
    }

    /// Moves the last clause to the front, swaps a word in the longest clause and puts a
    /// lead word (`要`, `必须`…) in front: the content of the sentence, rewritten.
    static func paraphrase(_ core: String, _ rng: inout SynthRandom) -> String? {
        var parts = clauses(core)
        guard parts.count >= 2, parts.allSatisfy({ $0.unicodeScalars.count >= 4 }) else { return nil }
        parts.insert(parts.removeLast(), at: 0)
        let longest = parts.indices.max { parts[$0].unicodeScalars.count < parts[$1].unicodeScalars.count }!
        if let changed = substitution(parts[longest], &rng) { parts[longest] = changed }
        let lead = rng.pick(SynthVocabulary.paraphraseLeads)
        if !parts[0].hasPrefix(lead) { parts[0] = lead + parts[0] }
        return parts.joined(separator: "，")
    }

    /// A sentence without its final `。`/`！`/`？`.
    static func core(_ sentence: String) -> String {
        var u = Array(sentence.unicodeScalars)
        while let last = u.last, "。！？!?.".unicodeScalars.contains(last) { u.removeLast() }
        return String(scalars: u)
    }
}

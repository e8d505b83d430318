/// One synthetic article: its text (LF line breaks, before any file encoding) and the
/// quotes planted in it, with offsets relative to the article's first scalar.
struct SynthArticle: Sendable {
    var text: String
    var quotes: [PlantedQuote]
}

/// A quote as planted: where, whose, from which speech, and the verdict it deserves.
struct PlantedQuote: Sendable {
    var start: Int
    var end: Int
    var speaker: String
    /// The speech the words come from, nil when they come from none in the corpus.
    var speech: String?
    var verdict: Verdict
    var mutation: SynthMutation
    var marked: Bool
}

/// Writes articles in the shape of the real ones: a title, an author line, body
/// paragraphs of filler prose with quotes planted in them, and a source line with the
/// publication and a date after every speech it quotes.
struct ArticleWriter {
    let sources: [SynthMaterial.Source]
    let heldOut: [SynthMaterial.Source]
    let clauses: [String]
    let titles: [String]
    let speechGrams: [String: Set<UInt64>]
    let script: TraditionalScript

    /// Share of articles printed in traditional script.
    static let traditionalShare = 0.12

    init(material: SynthMaterial, sources: [SynthMaterial.Source], heldOut: [SynthMaterial.Source]) {
        self.sources = sources
        self.heldOut = heldOut
        self.clauses = material.clauses
        let titles = material.clauses.filter { c in
            let n = c.unicodeScalars.count
            return n >= 6 && n <= 18 && c.unicodeScalars.allSatisfy(CharacterClass.isHan)
        }
        self.titles = titles.isEmpty ? ["推动区域协调发展"] : titles
        self.speechGrams = material.speechGrams
        self.script = .openCC
    }

    /// A quote sentence under construction: its text, the quote's span in it, and truth.
    struct Draft {
        var text: String
        var span: Range<Int>
        var quote: PlantedQuote
        /// The article must be dated after this day.
        var after: String
    }

    func write(_ rng: inout SynthRandom) -> SynthArticle {
        let traditional = rng.chance(Self.traditionalShare)
        let count = 1 + rng.weighted([20, 30, 25, 15, 10])
        var drafts: [Draft] = []
        for _ in 0..<count {
            let mutation = SynthMutation.weights[rng.weighted(SynthMutation.weights.map(\.1))].0
            if let d = quote(mutation, &rng) ?? quote(.exact, &rng) { drafts.append(d) }
        }
        let paragraphs = max(drafts.count + 2, rng.int(5...10))
        var slots = Array(0..<paragraphs)
        rng.shuffle(&slots)
        let quoteSlots = Array(slots.prefix(drafts.count)).sorted()

        var out = ScalarText()
        var planted: [PlantedQuote] = []
        out.append(rng.pick(titles) + "\n\n" + authors(&rng) + "\n\n")
        var next = 0
        for p in 0..<paragraphs {
            if p > 0 { out.append("\n\n") }
            if next < quoteSlots.count, quoteSlots[next] == p {
                let d = drafts[next]
                next += 1
                for _ in 0..<rng.int(1...2) { out.append(filler(&rng)) }
                let base = out.count
                out.append(d.text)
                var q = d.quote
                q.start = base + d.span.lowerBound
                q.end = base + d.span.upperBound
                planted.append(q)
                for _ in 0..<rng.int(1...2) { out.append(filler(&rng)) }
            } else {
                for _ in 0..<rng.int(2...5) { out.append(filler(&rng)) }
            }
        }
        let floor = drafts.map(\.after).max() ?? "2019-01-01"
        out.append("\n\n（作者单位：\(rng.pick(SynthVocabulary.units))；来源：《\(rng.pick(SynthVocabulary.publications))》\(SynthDate.chinese(SynthDate.after(floor, &rng)))）\n")

        var text = out.string
        if traditional {
            text = script.convert(text)
            let scalars = Array(text.unicodeScalars)
            let plain = Array(out.string.unicodeScalars)
            for i in planted.indices where planted[i].verdict == .verbatim && scalars[planted[i].start..<planted[i].end] != plain[planted[i].start..<planted[i].end] {
                planted[i].verdict = .normalized
            }
        }
        return SynthArticle(text: text, quotes: planted)
    }

    // MARK: - Quotes

    func quote(_ mutation: SynthMutation, _ rng: inout SynthRandom) -> Draft? {
        if mutation == .official { return official(&rng) }
        let pool = mutation == .heldOut ? heldOut : sources
        guard !pool.isEmpty else { return nil }
        let source = rng.pick(pool)
        // A few tries: not every sentence has a place for every change.
        for _ in 0..<8 {
            let sentence = rng.pick(source.sentences)
            guard let mutated = mutate(Mutate.core(sentence.text), sentence, source, mutation, &rng) else { continue }
            let (core, verdict) = mutated
            let marked = [.claimed, .misattributed].contains(mutation) || rng.chance(0.6)
            var intro = rng.pick(SynthVocabulary.leaderSubjects)
            switch mutation {
            case .claimed:
                guard let event = source.event else { return nil }
                intro += "在\(SynthDate.chinese(source.date))\(event)上"
            case .misattributed:
                intro += falseClaim(source, &rng)
            default:
                break
            }
            let q = PlantedQuote(start: 0, end: 0, speaker: source.speaker, speech: mutation == .heldOut ? nil : source.id,
                                 verdict: verdict, mutation: mutation, marked: marked)
            if marked {
                let inside = rng.chance(0.5)
                let head = intro + rng.pick(SynthVocabulary.leaderMarkedCues) + "“"
                let body = core + (inside ? "。" : "")
                let start = head.unicodeScalars.count
                let text = head + body + "”" + (inside ? "" : "。")
                return Draft(text: text, span: start..<(start + body.unicodeScalars.count), quote: q, after: source.date)
            }
            let head = intro + rng.pick(SynthVocabulary.leaderUnmarkedCues)
            let start = head.unicodeScalars.count
            return Draft(text: head + core + "。", span: start..<(start + core.unicodeScalars.count), quote: q, after: source.date)
        }
        return nil
    }

    /// The quote's words and the verdict they deserve, or nil when this sentence cannot take the change.
    func mutate(_ core: String, _ sentence: SynthMaterial.Sentence, _ source: SynthMaterial.Source,
                _ mutation: SynthMutation, _ rng: inout SynthRandom) -> (String, Verdict)? {
        switch mutation {
        case .exact, .claimed: return (core, .verbatim)
        case .misattributed: return (core, .misattributed)
        case .heldOut, .official: return (core, .unresolved)
        case .script:
            let t = script.convert(core)
            return t == core ? nil : (t, .normalized)
        case .width: return Mutate.width(core).map { ($0, .normalized) }
        case .lineBreak: return Mutate.lineBreak(core, blank: false, doubled: false, &rng).map { ($0, .verbatim) }
        case .pageBreak: return Mutate.lineBreak(core, blank: true, doubled: false, &rng).map { ($0, .verbatim) }
        case .doubledPageBreak: return Mutate.lineBreak(core, blank: true, doubled: true, &rng).map { ($0, .normalized) }
        case .substitution: return Mutate.substitution(core, &rng).map { ($0, .variant) }
        case .deletion: return Mutate.deletion(core, &rng).map { ($0, .variant) }
        case .paraphrase: return Mutate.paraphrase(core, &rng).map { ($0, .paraphrase) }
        case .splice:
            let far = source.sentences.filter { $0.witness == sentence.witness && abs($0.order - sentence.order) >= 3 }
            guard !far.isEmpty else { return nil }
            let other = rng.pick(far)
            let (a, b) = sentence.order < other.order ? (sentence, other) : (other, sentence)
            let joined = Mutate.core(a.text) + "，" + Mutate.core(b.text)
            // The junction must not be a run of the speech itself, or it is one quote, not a splice.
            let keys = ContentKey(Normalizer().normalize(joined), 0..<Normalizer().normalize(joined).count).keys
            let own = speechGrams[source.id] ?? []
            guard Grams.of(keys).filter({ !own.contains($0) }).count >= 4 else { return nil }
            return (joined, .composite)
        }
    }

    /// `在2018年3月召开的中央经济工作会议上`: another speech's day and occasion, or one that never was.
    func falseClaim(_ source: SynthMaterial.Source, _ rng: inout SynthRandom) -> String {
        let others = (sources + heldOut).filter { $0.id != source.id && $0.event != nil }
        if !others.isEmpty, rng.chance(0.5) {
            let o = rng.pick(others)
            return "在\(SynthDate.chinese(o.date))召开的\(o.event!)上"
        }
        let year = rng.int(2013...2018)
        return "在\(year)年\(rng.int(1...12))月召开的\(rng.pick(SynthVocabulary.falseEvents))上"
    }

    /// `“…”上海市委书记王伟说。` or `上海市委书记王伟表示，“…”`: filler prose mostly, sometimes a
    /// speech's own words in an official's mouth. Never a leader's quote.
    func official(_ rng: inout SynthRandom) -> Draft? {
        let name = personName(&rng)
        let office = rng.pick(SynthVocabulary.offices)
        var body = filler(&rng)
        var after = "2019-01-01"
        if !sources.isEmpty, rng.chance(0.3) {
            let s = rng.pick(sources)
            body = Mutate.core(rng.pick(s.sentences).text) + "。"
            after = s.date
        }
        let q = PlantedQuote(start: 0, end: 0, speaker: name, speech: nil, verdict: .unresolved, mutation: .official, marked: true)
        let n = body.unicodeScalars.count
        if rng.chance(0.5) {
            return Draft(text: "“" + body + "”" + office + name + "说。", span: 1..<(1 + n), quote: q, after: after)
        }
        let head = office + name + "表示，“"
        let start = head.unicodeScalars.count
        return Draft(text: head + body + "”", span: start..<(start + n), quote: q, after: after)
    }

    // MARK: - Prose

    /// A sentence of 2–4 filler clauses.
    func filler(_ rng: inout SynthRandom) -> String {
        let n = rng.int(2...4)
        var s = ""
        for i in 0..<n {
            if i > 0 { s += (i == n - 1 || !rng.chance(0.15)) ? "，" : "；" }
            s += rng.pick(clauses)
        }
        return s + "。"
    }

    func personName(_ rng: inout SynthRandom) -> String {
        var view = String.UnicodeScalarView([rng.pick(SynthVocabulary.surnames)])
        for _ in 0..<rng.int(1...2) { view.append(rng.pick(SynthVocabulary.givenNames)) }
        return String(view)
    }

    func authors(_ rng: inout SynthRandom) -> String {
        (0..<rng.int(1...3)).map { _ in personName(&rng) }.joined(separator: " ")
    }
}

/// Text built piece by piece with its length in Unicode scalars, the unit of every offset.
struct ScalarText {
    private(set) var view = String.UnicodeScalarView()
    private(set) var count = 0

    mutating func append(_ s: String) {
        view.append(contentsOf: s.unicodeScalars)
        count += s.unicodeScalars.count
    }

    var string: String { String(view) }
}

/// Dates of the synthetic corpus: ISO `YYYY-MM-DD` and the Chinese form articles print.
enum SynthDate {
    /// A day in 2019–2025 after `iso` (days 1–28, so every month has them); the last
    /// possible day when none is left.
    static func after(_ iso: String, _ rng: inout SynthRandom) -> String {
        let lowYear = max(2019, Int(iso.prefix(4)) ?? 2019)
        guard lowYear <= 2025 else { return "2025-12-28" }
        for _ in 0..<64 {
            let y = rng.int(lowYear...2025), m = rng.int(1...12), d = rng.int(1...28)
            let candidate = "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
            if candidate > iso { return candidate }
        }
        return "2025-12-28"
    }

    /// `2024-05-30` → `2024年5月30日`.
    static func chinese(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return iso }
        return "\(parts[0])年\(parts[1])月\(parts[2])日"
    }
}

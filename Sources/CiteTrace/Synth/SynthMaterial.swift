/// What a synthetic corpus is made of, all taken from a real corpus through the engine:
/// the speeches of its catalog (each witness as a stand-alone text, and the sentences
/// that can be quoted from it) and clauses of its ordinary articles as filler prose.
public struct SynthMaterial: Sendable {
    /// One speech of the real corpus's catalog.
    public struct Source: Sendable {
        /// The catalog id (`S` + date) the engine gives it in any corpus holding its witnesses.
        public var id: String
        public var speaker: String
        public var date: String
        public var event: String?
        /// The witnesses as texts that the engine, reading each alone, takes for this speech.
        public var witnesses: [String]
        /// Sentences that can be quoted from it: no line break, no quote mark, no list
        /// heading, 14–110 content characters, sharing no 8-character run with another speech.
        public var sentences: [Sentence]
    }

    /// A quotable sentence, its original characters as printed in the witness (ending in `。`, `！` or `？`).
    public struct Sentence: Sendable, Equatable {
        public var text: String
        /// Witness number and position in it: sentences far apart in one witness splice into a composite.
        public var witness: Int
        public var order: Int
        /// Content-key 8-gram hashes (to keep splice junctions from existing in the speech).
        var grams: [UInt64]
    }

    public var sources: [Source]
    /// Filler clauses (4–30 content characters, no quote mark, cue verb, leader or speech
    /// wording), in the real corpus's order.
    public var clauses: [String]
    /// Per speech id, the 8-gram hashes of all its witnesses.
    var speechGrams: [String: Set<UInt64>]

    /// Takes the material out of an analysed corpus. Deterministic: same corpus, same material.
    public static func build(from analysis: CorpusAnalysis) -> SynthMaterial {
        let docs = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.document.id, $0) })
        var grams: [String: Set<UInt64>] = [:]
        for speech in analysis.catalog.speeches {
            for w in speech.witnesses {
                guard let d = docs[w.document] else { continue }
                let range = d.normalized.normalizedRange(forOriginal: w.start..<w.end)
                grams[speech.id, default: []].formUnion(Grams.of(ContentKey(d.normalized, range).keys))
            }
        }
        var sources: [Source] = []
        for speech in analysis.catalog.speeches {
            var texts: [String] = []
            var sentences: [Sentence] = []
            var seen = Set<[UInt32]>()
            for w in speech.witnesses {
                guard let d = docs[w.document], let text = standaloneWitness(d, w, speech) else { continue }
                texts.append(text)
                for r in quotableSentences(d, w) {
                    let key = ContentKey(d.normalized, r)
                    guard key.count >= 14, key.count <= 110, seen.insert(key.keys).inserted else { continue }
                    let g = Grams.of(key.keys)
                    let elsewhere = grams.contains { id, set in id != speech.id && g.contains(where: set.contains) }
                    guard !elsewhere else { continue }
                    let original = d.document.slice(d.normalized.originalRange(r))
                    guard !original.unicodeScalars.contains(where: { CharacterClass.isNewline($0) || Self.quoteMarks.contains($0) }) else { continue }
                    sentences.append(Sentence(text: original, witness: texts.count - 1, order: sentences.count, grams: g))
                }
            }
            guard !texts.isEmpty, sentences.count >= 4 else { continue }
            sources.append(Source(id: speech.id, speaker: speech.speaker, date: speech.date, event: speech.event, witnesses: texts, sentences: sentences))
        }
        let allGrams = grams.keys.sorted().reduce(into: Set<UInt64>()) { $0.formUnion(grams[$1]!) }
        let witnessArticles = analysis.catalog.witnessArticles
        var clauses: [String] = []
        var seenClauses = Set<String>()
        for d in analysis.documents {
            for art in d.articles where !witnessArticles.contains(art.id) {
                for c in fillerClauses(d, art) where seenClauses.insert(c.text).inserted {
                    guard !Grams.of(c.keys).contains(where: allGrams.contains) else { continue }
                    clauses.append(c.text)
                }
            }
        }
        return SynthMaterial(sources: sources, clauses: clauses, speechGrams: grams)
    }

    static let quoteMarks: Set<Unicode.Scalar> = Set("“”‘’\"「」『』﹁﹂﹃﹄".unicodeScalars)

    // MARK: - Witnesses

    /// The witness's span as a document of its own, if the engine reading that document
    /// alone finds exactly this speech in it and nothing else. A report dated only by its
    /// compilation's cover (`2023年12月`) gets that date line put in front.
    static func standaloneWitness(_ d: DocumentAnalysis, _ w: Witness, _ speech: Speech) -> String? {
        let body = d.document.slice(w.start..<w.end) + "\n"
        var tries = [body]
        if let anchor = Segmenter.anchorDate(Paragraph.split(d.normalized, document: d.document)) {
            tries.append(anchor.text + "\n\n" + body)
        }
        for text in tries where isWitness(text, of: speech) { return text }
        return nil
    }

    static func isWitness(_ text: String, of speech: Speech) -> Bool {
        let doc = Document(id: "Dwitness", path: "witness.txt", format: .text, encoding: .utf8, sha256: "", text: text)
        let a = DocumentAnalysis(document: doc)
        let catalog = SpeechCatalog.build(from: [a])
        guard catalog.speeches.count == 1, let s = catalog.speeches.first else { return false }
        return s.id == speech.id && s.speaker == speech.speaker && a.articles.allSatisfy { catalog.witnessArticles.contains($0.id) }
    }

    // MARK: - Sentences

    /// Normalized ranges of the sentences a witness gives as the speaker's own words: in a
    /// speech text every body sentence; in a report the sentences after `习近平强调，`/`他指出，`
    /// in the same paragraph (the rest is narration and other people's words).
    static func quotableSentences(_ d: DocumentAnalysis, _ w: Witness) -> [Range<Int>] {
        let span = d.normalized.normalizedRange(forOriginal: w.start..<w.end)
        let s = d.normalized.scalars.array
        var result: [Range<Int>] = []
        for p in Paragraph.split(d.normalized, document: d.document)
        where span.contains(p.range.lowerBound) && ParagraphShape.isBody(p) && EndMarker.find(p) == nil {
            var from = p.range.lowerBound
            if w.kind == .report {
                guard let lead = reportCue(s, p.range) else { continue }
                from = lead
            }
            var start = from
            for i in from..<p.range.upperBound where s[i] == "。" || s[i] == "!" || s[i] == "?" {
                var lo = start
                while lo < i, !CharacterClass.isContent(s[lo]) { lo += 1 }
                // A list heading (`第五,全面建立生态补偿制度。`) is a heading, not a sentence to quote.
                if lo < i, !LineJoiner.startsListItem(s, lo..<(i + 1)) { result.append(lo..<(i + 1)) }
                start = i + 1
            }
        }
        return result
    }

    static let reportCues: [[Unicode.Scalar]] = ["习近平强调,", "习近平指出,", "他强调,", "他指出,"].map { Array($0.unicodeScalars) }

    /// The index after the first speaker cue of a report paragraph.
    static func reportCue(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound {
            for cue in reportCues where i + cue.count <= r.upperBound && Array(s[i..<(i + cue.count)]) == cue {
                return i + cue.count
            }
            i += 1
        }
        return nil
    }

    // MARK: - Filler

    /// Words that keep a clause out of the filler: they would make it a quote, a cue, a
    /// date line, a leader's mention or an end marker.
    static let fillerStopWords: [String] = Cues.verbs + Cues.leaderTitles + Cues.pronouns + [
        "习近平", "讲话", "日电", "来源", "作者", "编者", "责编", "记者", "整理", "执笔", "转载", "新华社", "本报", "座谈会", "会议",
    ]
    static let fillerStopScalars: Set<Unicode.Scalar> = quoteMarks.union("()（）[]【】〔〕※#<>《》".unicodeScalars)

    /// Clauses of an article's body paragraphs as clean original text (line breaks the
    /// normalizer joins are left out).
    static func fillerClauses(_ d: DocumentAnalysis, _ art: Article) -> [(text: String, keys: [UInt32])] {
        let s = d.normalized.scalars.array
        var out: [(String, [UInt32])] = []
        for p in Paragraph.split(d.normalized, document: d.document)
        where art.normalizedRange.contains(p.range.lowerBound) && ParagraphShape.isBody(p) && EndMarker.find(p) == nil {
            var start = p.range.lowerBound
            for i in p.range where i == p.range.upperBound - 1 || [",", ";", ":", "。", "!", "?"].contains(s[i]) {
                let end = [",", ";", ":", "。", "!", "?"].contains(s[i]) ? i : i + 1
                defer { start = i + 1 }
                guard end > start else { continue }
                let key = ContentKey(d.normalized, start..<end)
                guard key.count >= 4, key.count <= 30 else { continue }
                var view = String.UnicodeScalarView()
                for k in start..<end { view.append(contentsOf: d.document.scalars[Int(d.normalized.originStart[k])..<Int(d.normalized.originEnd[k])]) }
                let text = String(view)
                // Stop words are checked on the normalized (simplified) clause: a traditional
                // `習近平總書記強調` is a leader's cue all the same.
                let folded = d.normalized.string(start..<end)
                guard let first = text.unicodeScalars.first, CharacterClass.isContent(first),
                      !text.unicodeScalars.contains(where: { fillerStopScalars.contains($0) || CharacterClass.isNewline($0) }),
                      !folded.unicodeScalars.contains(where: fillerStopScalars.contains),
                      !fillerStopWords.contains(where: folded.contains),
                      // A year and month before a leader's cue would read as a claimed date.
                      !ChineseDateScanner.scan(text).contains(where: { $0.year != nil && $0.month != nil }) else { continue }
                out.append((text, key.keys))
            }
        }
        return out
    }
}

/// Hashes of every run of 8 content characters: two texts share a run of 8 or more
/// characters exactly when they share one of these (up to hash collisions).
enum Grams {
    static let length = 8

    static func of(_ k: [UInt32]) -> [UInt64] {
        guard k.count >= length else { return [] }
        return (0...(k.count - length)).map { hash(k, $0) }
    }

    static func hash(_ k: [UInt32], _ i: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for j in i..<(i + length) { h = (h ^ UInt64(k[j])) &* 0x100_0000_01B3 }
        return h
    }
}

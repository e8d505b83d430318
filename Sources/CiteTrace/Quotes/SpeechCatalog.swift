/// The source speeches of a corpus, found in the corpus itself and, optionally, supplied by the user.
///
/// A published speech text (`ArticleKind.speech`: a title, the speaker's byline and a
/// `※这是…讲话…` note) is a `text` witness; an official news report (`ArticleKind.report`:
/// `…主持召开…并发表重要讲话。他强调，…`) is a `report` witness. Witnesses with the same
/// speaker and delivery date are one speech. An article that merely discusses a speech
/// is neither.
public struct SpeechCatalog: Sendable {
    public var speeches: [Speech]

    public init(speeches: [Speech]) {
        self.speeches = speeches
    }

    /// Ids of the articles that are witnesses: their words are the source, not citations.
    public var witnessArticles: Set<String> {
        Set(speeches.flatMap { $0.witnesses.compactMap(\.article) })
    }

    /// Everyone who gave a speech in the catalog: the names the quote extractor treats as leaders.
    public var speakers: [String] {
        Array(Set(speeches.map(\.speaker))).sorted()
    }

    /// Builds the catalog from segmented documents plus user-supplied speeches.
    public static func build(from analyses: [DocumentAnalysis], supplied: [SuppliedSpeech] = []) -> SpeechCatalog {
        struct Found {
            var speaker: String
            var date: String
            var title: String?
            var venue: String?
            var event: String?
            var witness: Witness
            var isText: Bool
        }
        var found: [Found] = []
        for a in analyses {
            for art in a.articles {
                switch art.kind {
                case .speech:
                    guard let date = art.date, date.count == 10, let speaker = art.authors.first else { continue }
                    let note = a.normalized.string(art.normalizedRange)
                    let occasion = footnoteOccasion(note)
                    found.append(Found(speaker: speaker, date: date, title: art.title.map(simplify), venue: occasion.place ?? occasion.event,
                                       event: occasion.event, witness: Witness(document: a.document.id, article: art.id, start: art.start, end: art.end, kind: .text), isText: true))
                case .report:
                    guard let lead = reportLead(a, art) else { continue }
                    let end = OtherSpeakers.remarksStart(in: a, art, speaker: lead.speaker) ?? art.end
                    found.append(Found(speaker: lead.speaker, date: lead.date, title: nil, venue: lead.occasion.place ?? lead.occasion.event,
                                       event: lead.occasion.event, witness: Witness(document: a.document.id, article: art.id, start: art.start, end: end, kind: .report), isText: false))
                default:
                    continue
                }
            }
        }
        for s in supplied {
            found.append(Found(speaker: s.speaker, date: s.date, title: s.title, venue: s.venue, event: s.event,
                               witness: Witness(document: s.document, article: nil, start: 0, end: s.length, kind: .text), isText: true))
        }
        var groups: [String: [Found]] = [:]
        for f in found { groups[f.speaker + "|" + f.date, default: []].append(f) }
        var speeches: [Speech] = []
        var usedIDs: [String: Int] = [:]
        for key in groups.keys.sorted() {
            let members = groups[key]!.sorted { ($0.isText ? 0 : 1, $0.witness.document, $0.witness.start) < ($1.isText ? 0 : 1, $1.witness.document, $1.witness.start) }
            let first = members[0]
            let event = members.lazy.compactMap(\.event).first
            let venue = members.lazy.compactMap { $0.venue == $0.event ? nil : $0.venue }.first ?? event
            let title = members.lazy.compactMap(\.title).first ?? event ?? "\(first.speaker) \(first.date)"
            var id = "S" + first.date
            usedIDs[id, default: 0] += 1
            if usedIDs[id]! > 1 { id += "-\(usedIDs[id]!)" }
            speeches.append(Speech(id: id, speaker: first.speaker, title: title, venue: venue, date: first.date,
                                   witnesses: members.map(\.witness), event: event))
        }
        return SpeechCatalog(speeches: speeches.sorted { $0.id < $1.id })
    }

    static func simplify(_ s: String) -> String {
        let t = ScriptTable.openCC
        return String(scalars: s.unicodeScalars.map(t.simplified))
    }

    /// The occasion named in a speech text's `※` note.
    static func footnoteOccasion(_ text: String) -> Occasion {
        guard let r = text.literalRange(of: "※", backwards: true) else { return Occasion(place: nil, event: nil) }
        return Occasion.parse(String(text[r.upperBound...]))
    }

    /// Speaker, delivery date and occasion from a report's lead:
    /// `中共中央总书记…习近平20日在合肥主持召开…座谈会并发表重要讲话`, or
    /// `中央城市工作会议20日至21日在北京举行。…习近平出席会议并发表重要讲话`.
    static func reportLead(_ a: DocumentAnalysis, _ art: Article) -> (speaker: String, date: String, occasion: Occasion)? {
        let text = a.normalized.string(art.normalizedRange)
        // The lead's verb is the one followed by `他强调` (a title may hold the same words).
        var found: [Range<String.Index>] = []
        for v in ["发表重要讲话", "发表讲话", "作重要讲话"] {
            var from = text.startIndex
            while let r = text[from...].literalRange(of: v) { found.append(r); from = r.upperBound }
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        let leads = found.filter { SpeechReportShape.isReportLead(String(text[$0.lowerBound...].prefix(24))) }
        guard let verb = leads.first ?? found.first else { return nil }
        // The sentence that holds the verb, and the one before it (the event's own sentence).
        let head = text[..<verb.lowerBound]
        let sentenceStart = head.lastIndex(where: { $0 == "。" || $0 == "\n" }).map { head.index(after: $0) } ?? head.startIndex
        let sentence = String(text[sentenceStart..<verb.upperBound])
        let before = text[..<sentenceStart].dropLast()
        let previousStart = before.lastIndex(where: { $0 == "。" || $0 == "\n" }).map { before.index(after: $0) } ?? before.startIndex
        var previous = String(before[previousStart...])
        // A dateline opening the paragraph (`新华社北京12月22日电`) is not the event's date.
        if let dian = previous.literalRange(of: "日电"), previous.distance(from: previous.startIndex, to: dian.upperBound) <= 30 {
            previous = String(previous[dian.upperBound...])
        }
        // The speaker is the name before the first verb, place or date of the sentence.
        let stops = ["在", "主持", "出席", "发表", "视察", "考察", "上午", "下午", "晚上"]
        var cut = sentence.endIndex
        for stop in stops { if let r = sentence.literalRange(of: stop), r.lowerBound < cut { cut = r.lowerBound } }
        var subject = String(sentence[..<cut])
        var dateText = ""
        while let last = subject.unicodeScalars.last, CharacterClass.isASCIIAlnum(last) || last == "日" || last == "月" || last == "年" {
            dateText = String(last) + dateText
            subject.removeLast()
        }
        let n = subject.unicodeScalars.count
        guard let speaker = PersonName.trailingName(subject) ?? (n >= 2 && n <= 4 && subject.unicodeScalars.allSatisfy(CharacterClass.isHan) ? subject : nil) else { return nil }
        var occasion = Occasion.parse(sentence)
        if occasion.event == nil || occasion.event == "会议" { occasion = Occasion.merge(occasion, Occasion.opening(previous)) }
        if occasion.event == nil, let title = art.title { occasion = Occasion.merge(occasion, Occasion.parse(SpeechCatalog.simplify(title))) }
        // The delivery day: in the sentence, else in the event's sentence (`20日至21日`).
        if dateText.isEmpty { dateText = Self.firstDay(in: sentence) ?? Self.firstDay(in: previous) ?? "" }
        let reference = ChineseDateScanner.first(in: (art.date ?? "").replacingOccurrences(of: "-", with: "."))
        var delivered = ChineseDateScanner.first(in: dateText)
        if delivered?.month == nil, let day = Int(dateText.dropLast().drop { !$0.isNumber }), dateText.hasSuffix("日"), let ref = reference, let m = ref.month, let y = ref.year {
            let refDay = ref.day ?? 31
            var month = m, year = y
            if day > refDay { month -= 1; if month == 0 { month = 12; year -= 1 } }
            delivered = ChineseDate(year: year, month: month, day: day, text: dateText, range: 0..<0)
        }
        if let d = delivered, d.year == nil { delivered = d.inferringYear(from: reference) }
        guard let iso = delivered?.iso ?? (art.date?.count == 10 ? art.date : nil), iso.count == 10 else { return nil }
        return (speaker, iso, occasion)
    }

    /// The first `12月20日` or bare `20日` in a sentence.
    static func firstDay(in sentence: String) -> String? {
        if let d = ChineseDateScanner.scan(sentence).first(where: { $0.day != nil }) { return d.text }
        let s = Array(sentence.unicodeScalars)
        for i in s.indices where s[i] == "日" && i > 0 && CharacterClass.isASCIIAlnum(s[i - 1]) {
            var j = i
            while j > 0, (0x30...0x39).contains(s[j - 1].value) { j -= 1 }
            if j < i, i - j <= 2 { return String(scalars: s[j...i]) }
        }
        return nil
    }
}

/// A speech the user supplies with `--sources`, already loaded as a document.
public struct SuppliedSpeech: Sendable {
    public var speaker: String
    public var date: String
    public var title: String
    public var venue: String?
    public var event: String?
    /// The id of the document holding its text.
    public var document: String
    /// Length of that document in scalars.
    public var length: Int

    public init(speaker: String, date: String, title: String, venue: String?, event: String?, document: String, length: Int) {
        self.speaker = speaker
        self.date = date
        self.title = title
        self.venue = venue
        self.event = event
        self.document = document
        self.length = length
    }
}

import Foundation

/// Splits a document into articles and reads their metadata.
///
/// Boundaries, in order of strength:
/// 1. end markers (`EndMarker`): a source line, author note, `※` footnote or dateline
///    closes the article it follows; consecutive markers close the same article;
/// 2. a Markdown heading of level 1 or 2, an `编者按` label, or a title followed by a
///    byline, once the current article already has body text;
/// The run of short paragraphs before an article's first body paragraph is its header:
/// bylines nearest the body, subtitles (`——…`) above them, the title above those. An
/// article whose header is empty takes a title and byline printed after its body (a
/// trailing run of short paragraphs with no body of its own). Short untitled tails
/// (`视频报道请看…`) join the article before them; header-only runs are cover pages,
/// tables of contents and captions, and are not articles.
public struct Segmenter: Sendable {
    /// Paragraphs per task when a long document's are shared among the cores.
    var paragraphsPerTask = 2048
    /// Pieces (and articles) per task when a long document's are shared among the cores:
    /// a document of article size stays one task.
    var piecesPerTask = 64

    public init() {}

    public func segment(_ document: Document, _ norm: NormalizedText) -> [Article] {
        let paragraphs = Paragraph.split(norm, document: document, perTask: paragraphsPerTask)
        guard !paragraphs.isEmpty else { return [] }
        var shapes = Shapes(paragraphs, perTask: paragraphsPerTask)
        let anchor = Self.anchorDate(paragraphs, isBody: shapes.isBody)
        let pieces = Self.pieces(&shapes)
        // Each piece's draft and header on all cores (a long document is thousands of
        // pieces); only the joining below looks from one piece to the one before it.
        let known = shapes
        let made = pieces.parallelMap(chunk: piecesPerTask) { indices -> (draft: Draft, hasSentence: Bool) in
            var draft = Draft(paragraphs: indices.map { known.paragraphs[$0] },
                              bodyStart: indices.firstIndex { known.isBody[$0] },
                              markers: indices.compactMap { known.markers[$0] })
            let hasSentence = draft.paragraphs.contains { $0.scalars.contains("。") || $0.scalars.contains("!") || $0.scalars.contains("?") }
            draft.resolveHeader()
            return (draft, hasSentence)
        }
        var drafts: [Draft] = []
        for (draft, hasSentence) in made {
            let piece = draft.paragraphs
            if draft.bodyStart == nil {
                // No body: a trailing title and byline for an untitled article before it, or furniture.
                if let last = drafts.last, last.title == nil, last.trailingTitle == nil, piece.count <= 3,
                   let t = Self.trailingTitle(piece) {
                    drafts[drafts.count - 1].trailingTitle = t
                    drafts[drafts.count - 1].extraParagraphs += piece
                }
                continue
            }
            if !hasSentence, piece.reduce(0, { $0 + $1.count }) < 500 {
                // No sentence at all: a distribution list, a caption block, a table of contents.
                continue
            }
            // Whatever its header, a piece with almost no body and no end marker is the tail of
            // the article before it.
            if draft.bodyLength < 100, !drafts.isEmpty, draft.markers.isEmpty {
                drafts[drafts.count - 1].extraParagraphs += piece
                continue
            }
            drafts.append(draft)
        }
        // A page note (`本版稿件转载自6月4日《安徽日报》`) speaks for every article of the page.
        let pageNote = drafts.lazy.flatMap(\.markers).first { $0.text.containsLiteral("本版") && $0.publication != nil }
        let finished = drafts
        return Array(finished.indices).parallelMap(chunk: piecesPerTask) { index in
            finished[index].article(id: "\(document.id).a\(index + 1)", document: document, norm: norm, anchor: anchor, pageNote: pageNote)
        }
    }

    /// Splits paragraphs into article-sized pieces at end markers and strong starts.
    static func pieces(_ shapes: inout Shapes) -> [[Int]] {
        let ps = shapes.paragraphs
        var pieces: [[Int]] = []
        var current: [Int] = []
        var currentHasBody = false
        var closing = false
        func flush() {
            if !current.isEmpty { pieces.append(current) }
            current = []
            currentHasBody = false
            closing = false
        }
        var i = 0
        while i < ps.count {
            let p = ps[i]
            let marker = shapes.markers[i]
            if closing && marker == nil { flush() }
            if marker == nil && !closing && currentHasBody {
                if (p.isHeading && p.headingLevel <= 2) || ParagraphShape.isEditorsNoteLabel(p) {
                    flush()
                } else if shapes.startsTitleAndByline(i) {
                    flush()
                }
            }
            current.append(i)
            if shapes.isBody[i] && marker == nil { currentHasBody = true }
            if marker != nil { closing = true }
            i += 1
        }
        flush()
        return pieces
    }

    /// The shapes of a document's paragraphs, each worked out once (on all cores, for a
    /// long document): a header block is looked for at every paragraph and looks ahead up
    /// to six, so asking again would test each paragraph seven times.
    struct Shapes {
        let paragraphs: [Paragraph]
        /// `ParagraphShape.isBody` of each paragraph.
        let isBody: [Bool]
        /// The end marker a paragraph is or ends with, by paragraph index: few have one.
        let markers: [Int: EndMarker]
        /// Whether each paragraph is a byline, once asked.
        private var bylines: [Bool?]

        init(_ paragraphs: [Paragraph], perTask: Int) {
            self.paragraphs = paragraphs
            isBody = paragraphs.parallelMap(chunk: perTask, ParagraphShape.isBody)
            let runs = Array(stride(from: 0, to: paragraphs.count, by: max(perTask, 1)))
            let found = runs.parallelMap { start in
                (start..<min(start + perTask, paragraphs.count)).compactMap { i in EndMarker.find(paragraphs[i]).map { (i, $0) } }
            }
            markers = Dictionary(uniqueKeysWithValues: found.joined())
            bylines = Array(repeating: nil, count: paragraphs.count)
        }

        mutating func isByline(_ i: Int) -> Bool {
            if let known = bylines[i] { return known }
            let answer = Byline.names(paragraphs[i]) != nil
            bylines[i] = answer
            return answer
        }

        /// Whether paragraph `i` begins a header block that ends in a byline right before
        /// body text (kicker, title, subtitles, bylines, body).
        mutating func startsTitleAndByline(_ i: Int) -> Bool {
            guard !isBody[i], !isByline(i) else { return false }
            var j = i
            while j < paragraphs.count, !isBody[j], j - i < 6 { j += 1 }
            guard j < paragraphs.count, isBody[j], j - 1 > i else { return false }
            return isByline(j - 1)
        }
    }

    static func trailingTitle(_ piece: [Paragraph]) -> (title: String, authors: [String])? {
        guard let first = piece.first, !ParagraphShape.isCoverLine(first), Byline.names(first) == nil else { return nil }
        let authors = piece.dropFirst().compactMap(Byline.names).flatMap { $0 }
        return (first.title, authors)
    }

    /// The document's own date (a cover or header date in its first paragraphs), used
    /// to give a year to dates printed without one.
    static func anchorDate(_ ps: [Paragraph]) -> ChineseDate? {
        anchorDate(ps, isBody: ps.prefix(12).map(ParagraphShape.isBody))
    }

    /// `anchorDate`, with `ParagraphShape.isBody` of each paragraph (of the first twelve at
    /// least) already known, as `Shapes` finds it.
    static func anchorDate(_ ps: [Paragraph], isBody: [Bool]) -> ChineseDate? {
        for (p, body) in zip(ps.prefix(12), isBody) where !body {
            if let d = ChineseDateScanner.first(in: p.text), d.year != nil, d.month != nil, d.text.unicodeScalars.count + 4 >= p.count {
                return d
            }
        }
        return nil
    }
}

/// An article being assembled from paragraphs.
struct Draft {
    var paragraphs: [Paragraph]
    var extraParagraphs: [Paragraph] = []
    var bodyStart: Int?
    var title: String?
    var subtitle: String?
    var authors: [String] = []
    var headerStart = 0
    var isEditorsNote = false
    var markers: [EndMarker] = []
    var trailingTitle: (title: String, authors: [String])?

    /// `bodyStart`: the first body paragraph (`ParagraphShape.isBody`); `markers`: the
    /// paragraphs' end markers (`EndMarker.find`), both as the segmenter found them.
    init(paragraphs: [Paragraph], bodyStart: Int?, markers: [EndMarker]) {
        self.paragraphs = paragraphs
        self.bodyStart = bodyStart
        self.markers = markers
    }

    var bodyLength: Int {
        guard let b = bodyStart else { return 0 }
        return paragraphs[b...].reduce(0) { $0 + $1.count }
    }

    /// Title, subtitle and bylines from the header block (paragraphs before the body).
    mutating func resolveHeader() {
        guard let body = bodyStart, body > 0 else { return }
        let header = Array(paragraphs[..<body])
        if let note = header.lastIndex(where: ParagraphShape.isEditorsNoteLabel) {
            isEditorsNote = true
            title = header[note].title
            headerStart = note
            return
        }
        var k = header.count - 1
        var bylines: [[String]] = []
        while k >= 0, let names = Byline.names(header[k]) {
            bylines.insert(names, at: 0)
            k -= 1
        }
        authors = bylines.flatMap { $0 }
        if !bylines.isEmpty {
            while k >= 0, ParagraphShape.isSubtitle(header[k]) {
                subtitle = header[k].title
                k -= 1
            }
            if k >= 0 {
                title = header[k].title
                headerStart = k
                // A kicker just above the title (`案例一`) belongs to the header too.
                if k > 0, !ParagraphShape.isBody(header[k - 1]), !ParagraphShape.isCoverLine(header[k - 1]), header[k - 1].count <= 6 { headerStart = k - 1 }
            }
            return
        }
        let headings = header.enumerated().filter { $0.element.isHeading && !ParagraphShape.isLabel($0.element) }
        if let minLevel = headings.map({ $0.element.headingLevel }).min(),
           let chosen = headings.last(where: { $0.element.headingLevel == minLevel }) {
            title = chosen.element.title
            headerStart = chosen.offset
            return
        }
        if let first = header.firstIndex(where: { !ParagraphShape.isCoverLine($0) && !$0.isHeading }) {
            title = header[first].title
            headerStart = first
        }
    }

    func article(id: String, document: Document, norm: NormalizedText, anchor: ChineseDate?, pageNote: EndMarker?) -> Article {
        let first = paragraphs[min(headerStart, paragraphs.count - 1)]
        let last = (extraParagraphs.last ?? paragraphs.last!)
        let normRange = first.range.lowerBound..<last.range.upperBound
        let original = norm.originalRange(normRange)
        var authors = self.authors
        var title = self.title
        if title == nil, let t = trailingTitle {
            title = t.title
            authors += t.authors
        }
        let allMarkers = markers + extraParagraphs.compactMap(EndMarker.find)
        for m in allMarkers where m.kind != .credits {
            for name in m.authors where !authors.contains(name) { authors.append(name) }
        }
        let publication = allMarkers.lazy.compactMap(\.publication).first ?? pageNote?.publication
        let markerDate = allMarkers.lazy.compactMap(\.date).first ?? pageNote?.date ?? leadDate
        let date = markerDate?.inferringYear(from: anchor) ?? anchor
        return Article(
            id: id, document: document.id, kind: kind, title: title, authors: authors,
            publication: publication, date: date?.iso, dateText: markerDate?.text,
            start: original.lowerBound, end: original.upperBound, normalizedRange: normRange)
    }

    /// A date at the very start of the lead (`11月30日，…`, `新华社北京11月30日电`).
    var leadDate: ChineseDate? {
        guard let b = bodyStart else { return nil }
        return ChineseDateScanner.scan(Array(paragraphs[b].scalars.prefix(24))).first { $0.month != nil && $0.day != nil }
    }

    var kind: ArticleKind {
        if isEditorsNote { return .editorsNote }
        if markers.contains(where: { $0.kind == .footnote && $0.text.containsLiteral("这是") && $0.text.containsLiteral("讲话") }) {
            return .speech
        }
        if let b = bodyStart, paragraphs[b...].prefix(3).contains(where: { SpeechReportShape.isReportLead($0.scalars.prefix(200)) }) {
            return .report
        }
        return .article
    }
}

/// The wording of an official report of a speech.
enum SpeechReportShape {
    /// Verbs of giving a speech.
    static let verbs = ["发表重要讲话", "发表讲话", "作重要讲话", "发表重要指示"]

    /// The last two scalars of each verb, once each (`讲话`, `指示`).
    private static let verbEnds: [(Unicode.Scalar, Unicode.Scalar)] = verbs.reduce(into: []) { ends, verb in
        let end = Array(verb.unicodeScalars.suffix(2))
        if !ends.contains(where: { $0 == (end[0], end[1]) }) { ends.append((end[0], end[1])) }
    }

    /// `isReportLead` of a paragraph's opening scalars, made a string only when it holds
    /// the end of a verb: few leads do, and the string is most of the cost. The scan reads
    /// the stored code units, and looks at the scalar before one only when that one can
    /// end a verb: it runs over the first paragraphs of every article.
    static func isReportLead(_ lead: ScalarRun.SubSequence) -> Bool {
        let range = lead.startIndex..<lead.endIndex
        let endsVerb = lead.base.withCodeUnits(range, narrow: holdsVerbEnd, wide: holdsVerbEnd)
        return endsVerb && isReportLead(String(scalars: lead))
    }

    private static func holdsVerbEnd<Unit: FixedWidthInteger & UnsignedInteger>(_ units: UnsafeBufferPointer<Unit>) -> Bool {
        let ends = verbEnds
        for i in units.indices.dropFirst() {
            let last = UInt32(units[i])
            for end in ends where end.1.value == last && end.0.value == UInt32(units[i - 1]) { return true }
        }
        return false
    }

    /// `…主持召开…座谈会并发表重要讲话。他强调，…`: the lead of a report, not of a story about one.
    static func isReportLead(_ lead: String) -> Bool {
        for verb in verbs {
            guard let r = lead.literalRange(of: verb) else { continue }
            let after = lead[r.upperBound...].prefix(12)
            if after.containsLiteral("他强调") || after.containsLiteral("他指出") || after.containsLiteral("他说") { return true }
        }
        return false
    }
}

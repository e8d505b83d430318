/// An article's text as paragraphs, with every quote wrapped in `<mark>`.
///
/// Works on Unicode-scalar offsets into `Document.scalars`. Quote spans are
/// clamped to the article; spans that nest become nested marks; a span that
/// crosses an earlier one without nesting is clipped to start where the earlier
/// one ends (dropped if nothing is left). Each line of the text is a paragraph
/// (blank lines and leading indentation are skipped); a mark that runs across a
/// line break is closed and reopened as a continuation (`class="… cont"`, no id),
/// so the markup always nests. With `headings`, a line that starts with one to six `#`
/// and a space is a heading paragraph (`class="heading"`) shown without the marks: the
/// text of HTML and TEI input writes headings so, and the offsets must keep them.
struct HTMLMarkup {
    /// One mark to draw, after clamping and clipping.
    struct Span {
        var quote: MatchedQuote
        var start: Int
        var end: Int
        /// 1-based note number, shown after the mark's end.
        var note: Int
    }

    /// The marks actually drawn for `quotes` inside `range`, nested-safe, by start
    /// then longest first. `quotes` must be numbered already (`note`).
    static func spans(_ quotes: [(quote: MatchedQuote, note: Int)], in range: Range<Int>) -> [Span] {
        var raw: [Span] = quotes.map { item in
            let s = min(max(item.quote.quote.start, range.lowerBound), range.upperBound)
            let e = min(max(item.quote.quote.end, s), range.upperBound)
            return Span(quote: item.quote, start: s, end: e, note: item.note)
        }
        raw = raw.filter { $0.start < $0.end }
        // Outer before inner: start ascending, end descending; parents before children on ties.
        raw.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            if a.quote.quote.id == b.quote.quote.parent { return true }
            if b.quote.quote.id == a.quote.quote.parent { return false }
            return a.note < b.note
        }
        var result: [Span] = []
        var open: [Span] = []   // enclosing spans of the current position
        for var span in raw {
            while true {
                while let top = open.last, top.end <= span.start { open.removeLast() }
                guard let top = open.last, top.end < span.end else { break }
                // Crosses `top` without nesting: clip the later span.
                span.start = top.end
                open.removeLast()
            }
            guard span.start < span.end else { continue }
            result.append(span)
            open.append(span)
        }
        // Clipping may have moved starts; restore start order for the renderer.
        return result.sorted { a, b in
            a.start != b.start ? a.start < b.start : a.end > b.end
        }
    }

    /// The paragraphs of `document[range]` with `spans` marked, as one string (tests and
    /// small pages); `write` streams them.
    static func render(
        _ document: Document,
        range: Range<Int>,
        spans: [Span],
        headings: Bool = false,
        markClass: (Span) -> String,
        markTitle: (Span) -> String,
        noteRef: (Span) -> String
    ) -> (html: String, drawn: Set<String>) {
        var drawn = Set<String>()
        let data = ByteSink.collect { sink in
            drawn = write(document, range: range, spans: spans, headings: headings, to: sink,
                          markClass: markClass, markTitle: markTitle, noteRef: noteRef).drawn
        }
        return (String(decoding: data, as: UTF8.self), drawn)
    }

    /// Writes the paragraphs of `document[range]` with `spans` marked into `output`, a
    /// chunk at a time: one long document that was not split into articles is one page
    /// as large as its text, several times over once marked up.
    /// `markClass` and `markTitle` give the class and title of a quote's first `<mark>`,
    /// `noteRef` the markup placed after its end. Returns the ids of the quotes whose
    /// marks were drawn, and whether anything was written.
    @discardableResult
    static func write(
        _ document: Document,
        range: Range<Int>,
        spans: [Span],
        headings: Bool = false,
        to output: ByteSink,
        markClass: (Span) -> String,
        markTitle: (Span) -> String,
        noteRef: (Span) -> String
    ) -> (drawn: Set<String>, wroteText: Bool) {
        struct Open {
            var span: Span
            var emitted = false
        }
        let scalars = document.scalars
        let lo = min(max(range.lowerBound, 0), scalars.count)
        let hi = min(max(range.upperBound, lo), scalars.count)
        // UTF-8 bytes, handed to `output` a chunk at a time: appending scalar by scalar to
        // a String is the slow part of rendering an article.
        let chunk = 1 << 16
        var out = OutputBytes(capacity: min((hi - lo) * 3 + 256, chunk + 4096))
        var wroteText = false
        func flush() {
            guard !out.isEmpty else { return }
            wroteText = true
            out.withUnsafeBytes { output.write($0) }
            out.removeAll()
        }
        var drawn = Set<String>()
        var inParagraph = false
        // Positions before this are a heading's marks, not shown.
        var hiddenUntil = lo
        var stack: [Open] = []
        var next = 0    // index into spans

        func closeEmitted() {
            for i in stack.indices.reversed() where stack[i].emitted {
                out.append("</mark>")
                stack[i].emitted = false
            }
        }
        // Runs at every scalar: test the innermost span's end in place, since `stack.last`
        // would copy the span's whole `MatchedQuote` each time.
        func closeEnding(at pos: Int) {
            while !stack.isEmpty, stack[stack.count - 1].span.end <= pos {
                let top = stack.removeLast()
                if top.emitted { out.append("</mark>") }
                if drawn.contains(top.span.quote.quote.id) { out.append(noteRef(top.span)) }
            }
        }

        // Positions before this were written by the run after the last step.
        var written = lo
        for pos in lo..<hi {
            if pos < written { continue }
            closeEnding(at: pos)
            while next < spans.count, spans[next].start <= pos {
                if spans[next].end > pos { stack.append(Open(span: spans[next])) }
                next += 1
            }
            let c = scalars[pos]
            if isLineBreak(c) {
                if inParagraph {
                    closeEmitted()
                    out.append("</p>\n")
                    inParagraph = false
                }
                continue
            }
            if pos < hiddenUntil { continue }
            if !inParagraph {
                if c.properties.isWhitespace || !HTML.isAllowed(c) { continue }
                if headings, let marks = headingMarks(scalars, at: pos, end: hi) {
                    out.append("<p class=\"heading\">")
                    inParagraph = true
                    hiddenUntil = pos + marks
                    continue
                }
                out.append("<p>")
                inParagraph = true
            }
            for i in stack.indices where !stack[i].emitted {
                let span = stack[i].span
                let id = span.quote.quote.id
                if drawn.contains(id) {
                    out.append("<mark class=\"\(markClass(span)) cont\">")
                } else {
                    out.append("<mark id=\"\(HTML.token(id))\" class=\"\(markClass(span))\" title=\"\(HTML.attr(markTitle(span)))\">")
                    drawn.insert(id)
                }
                stack[i].emitted = true
            }
            HTML.appendEscaped(c, to: &out)
            if out.count >= chunk { flush() }
            // Until the innermost mark ends or the next one starts, the steps above only
            // append each scalar, but at a line break: run through those directly.
            var limit = hi
            if next < spans.count { limit = min(limit, spans[next].start) }
            if !stack.isEmpty { limit = min(limit, stack[stack.count - 1].span.end) }
            var run = pos + 1
            while run < limit {
                let end = min(limit, run + textRun)
                run = appendText(scalars, run..<end, to: &out)
                if out.count >= chunk { flush() }
                if run < end { break }    // at a line break
            }
            written = run
        }
        closeEnding(at: hi)
        closeEmitted()
        // Anything left (spans past the text) is closed above; note refs of marks never drawn are omitted.
        if inParagraph { out.append("</p>\n") }
        flush()
        return (drawn, wroteText)
    }

    /// Scalars escaped at a time by `appendText`, so that the output is flushed in chunks
    /// even inside one long line.
    private static let textRun = 1 << 14

    /// Appends `scalars[range]` escaped as `HTML.appendEscaped` escapes each, up to the first
    /// line break (`isLineBreak`); returns where it stopped (a line break's index, or the end).
    static func appendText(_ scalars: CompactScalars, _ range: Range<Int>, to out: inout OutputBytes) -> Int {
        var stop = range.upperBound
        out.appendInPlace(capacity: range.count * HTML.maxEscapedLength) { p in
            scalars.withCodeUnits(
                narrow: { appendText($0, range, to: p, stop: &stop) },
                wide: { appendText($0, range, to: p, stop: &stop) })
        }
        return stop
    }

    @inline(__always)
    private static func appendText<Unit: FixedWidthInteger & UnsignedInteger>(
        _ units: UnsafePointer<Unit>, _ range: Range<Int>, to p: UnsafeMutablePointer<UInt8>, stop: inout Int
    ) -> Int {
        var n = 0
        for i in range {
            let v = UInt32(truncatingIfNeeded: units[i])
            // Every line break is below U+3000: most of the text skips the test.
            if v < 0x3000, isLineBreak(Unicode.Scalar(v).unsafelyUnwrapped) {
                stop = i
                break
            }
            n += HTML.writeEscaped(v, to: p + n)
        }
        return n
    }

    /// A scalar that ends a paragraph of the rendered text.
    @inline(__always)
    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}"
    }

    /// The length of a Markdown heading's marks (`#`…`#` and one space) at `pos`, when
    /// some text follows them on the line; nil otherwise.
    static func headingMarks(_ scalars: CompactScalars, at pos: Int, end: Int) -> Int? {
        var i = pos
        while i < end, i - pos < 7, scalars[i] == "#" { i += 1 }
        let level = i - pos
        guard (1...6).contains(level), i + 1 < end, scalars[i] == " " else { return nil }
        guard !scalars[i + 1].properties.isWhitespace else { return nil }
        return level + 1
    }
}

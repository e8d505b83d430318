/// Decides, for every line break of a document, whether it ends a paragraph or falls
/// inside a sentence (a PDF line wrap or page break), and which lines are page furniture.
///
/// The rules are about the shape of the text, not about any particular source:
/// - a single line break is removed when the line before ends mid-sentence (with a hanzi,
///   a letter or digit, `，` or `、`), the next line goes on (does not start a heading,
///   a list item such as `一、` `（二）` `第三，`, a note `※`, or a bracket), and the line
///   before is not a short caption (10 visible characters or more, or a comma in it);
/// - a break across blank lines (a page break in PDF-extracted text) is removed on the
///   same conditions when the paragraph before is running prose (20 characters with a
///   comma, or 45 characters) and the next line is too (it ends a sentence, or it has 30
///   characters and a comma): short lines around blank lines are titles and bylines, and
///   stay apart;
/// - Markdown headings and lines with a Markdown hard break are never joined.
enum LineJoiner {
    enum Step {
        case line(Line, skipFirst: Bool)
        case paragraphBreak(at: Int)
    }

    static func plan(lines: [Line], source: [Unicode.Scalar]) -> [Step] {
        let furniture = furnitureLines(lines, source)
        var steps: [Step] = []
        steps.reserveCapacity(lines.count * 2)
        var previous: Line?
        var blanks = 0
        var paragraphLength = 0
        var paragraphHasComma = false
        for (index, line) in lines.enumerated() {
            if line.isBlank || furniture.contains(index) {
                if previous != nil { blanks += 1 }
                continue
            }
            var skipFirst = false
            if let prev = previous {
                let join = shouldJoin(prev, line, blanks: blanks, paragraphLength: paragraphLength, paragraphHasComma: paragraphHasComma, source)
                if join {
                    if blanks > 0, source[prev.visible.upperBound - 1] == source[line.visible.lowerBound],
                       CharacterClass.isHan(source[line.visible.lowerBound]) {
                        skipFirst = true
                    }
                } else {
                    steps.append(.paragraphBreak(at: prev.range.upperBound))
                    paragraphLength = 0
                    paragraphHasComma = false
                }
            }
            steps.append(.line(line, skipFirst: skipFirst))
            paragraphLength += line.visible.count
            if !paragraphHasComma { paragraphHasComma = hasComma(source, line.visible) }
            previous = line
            blanks = 0
        }
        return steps
    }

    static func shouldJoin(_ a: Line, _ b: Line, blanks: Int, paragraphLength: Int, paragraphHasComma: Bool, _ src: [Unicode.Scalar]) -> Bool {
        if a.isHeading || b.isHeading || a.hardBreak { return false }
        guard endsMidSentence(Emitter.fold(src[a.visible.upperBound - 1])) else { return false }
        guard continues(src, b.visible, allowQuote: blanks == 0) else { return false }
        if blanks == 0 {
            return a.visible.count >= 10 || paragraphHasComma
        }
        guard blanks <= 4 else { return false }
        guard (paragraphHasComma && paragraphLength >= 20) || paragraphLength >= 45 else { return false }
        let last = Emitter.fold(src[b.visible.upperBound - 1])
        return CharacterClass.isSentenceEnd(last) || (b.visible.count >= 30 && hasComma(src, b.visible))
    }

    static func endsMidSentence(_ s: Unicode.Scalar) -> Bool {
        CharacterClass.isContent(s) || s == "," || s == "、" || s == "“" || s == "《"
    }

    /// The line can continue the sentence of the line before.
    static func continues(_ src: [Unicode.Scalar], _ r: Range<Int>, allowQuote: Bool) -> Bool {
        let first = Emitter.fold(src[r.lowerBound])
        if first == "“" || first == "‘" { return allowQuote }
        guard CharacterClass.isContent(first) || punctuationContinuation.contains(first) else { return false }
        return !startsListItem(src, r)
    }

    static let punctuationContinuation: Set<Unicode.Scalar> = [",", "、", "。", "”", "’", ";", ":", "!", "?", "…", "》", ")"]

    static let numerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// `一、` `第三，` `12.` `12、` `其一，`.
    static func startsListItem(_ src: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        let end = min(r.upperBound, r.lowerBound + 8)
        if i < end, src[i] == "第" || src[i] == "其" { i += 1 }
        let digitsStart = i
        while i < end, numerals.contains(src[i]) || (0x30...0x39).contains(src[i].value) || (0xFF10...0xFF19).contains(src[i].value) { i += 1 }
        guard i > digitsStart, i < end else { return false }
        let mark = Emitter.fold(src[i])
        return mark == "、" || mark == "," || mark == "." || mark == ":"
    }

    static func hasComma(_ src: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for i in r {
            let s = src[i]
            if s == "，" || s == "," || s == "；" || s == ";" { return true }
        }
        return false
    }

    /// Bare page numbers, and short lines with a digit repeated three times or more
    /// (running headers and footers).
    static func furnitureLines(_ lines: [Line], _ src: [Unicode.Scalar]) -> Set<Int> {
        var result = Set<Int>()
        var counts: [String: [Int]] = [:]
        for (i, line) in lines.enumerated() where !line.isBlank {
            if isPageNumber(src, line.visible) { result.insert(i); continue }
            // Only a line with a digit is spelled out to be counted: most have none.
            guard line.visible.count <= 40, line.visible.contains(where: { (0x30...0x39).contains(src[$0].value) }) else { continue }
            var view = String.UnicodeScalarView()
            for k in line.visible where !CharacterClass.isSpace(src[k]) { view.append(src[k]) }
            counts[String(view), default: []].append(i)
        }
        for (_, where_) in counts where where_.count >= 3 { result.formUnion(where_) }
        return result
    }

    /// `12`, `- 12 -`, `— 3 —`, `第12页`, `3/40`.
    static func isPageNumber(_ src: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        // Decided at the first scalar that rules it out: most lines are prose.
        var digits = 0
        for k in r {
            let s = src[k]
            if (0x30...0x39).contains(s.value) {
                digits += 1
                if digits > 3 { return false }
                continue
            }
            if CharacterClass.isSpace(s) || Emitter.isDash(s) || s == "-" || s == "/" || s == "第" || s == "页" { continue }
            return false
        }
        return digits >= 1
    }
}

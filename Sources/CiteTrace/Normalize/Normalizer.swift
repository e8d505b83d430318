/// Folds a document's text into a `NormalizedText` for extraction and matching.
///
/// What it does, in order of the text:
/// - drops lines that are bare page numbers (`12`, `- 12 -`, `第12页`) and short lines
///   with a digit that repeat three or more times (running headers and footers);
/// - removes a line break inside a sentence so a sentence broken across lines or pages
///   reads as one (`LineJoiner` decides which breaks are inside a sentence); across a
///   page break (a blank line) a character doubled by the extraction (`积\n\n积极`) is
///   written once; every other break becomes one `\n`;
/// - removes white space next to Chinese characters and folds other runs to one space;
/// - removes an inline pinyin gloss after a hanzi (`開(kāi)`);
/// - folds full-width forms to ASCII (`，`→`,` `；`→`;` `Ａ`→`A`), quote marks into two
///   classes (`“「『`→`“`, `”」』`→`”`), runs of dashes to `—` and ellipses to `…`;
/// - maps traditional characters to simplified ones with `ScriptTable`.
public struct Normalizer: Sendable {
    public var table: ScriptTable

    public init(table: ScriptTable = .openCC) {
        self.table = table
    }

    public func normalize(_ text: String) -> NormalizedText {
        normalize(Array(text.unicodeScalars))
    }

    /// A document's text: the scalars are widened to an array for the one pass.
    public func normalize(_ source: CompactScalars) -> NormalizedText {
        normalize(source.array)
    }

    public func normalize(_ source: [Unicode.Scalar]) -> NormalizedText {
        normalize(source, scalarsPerRun: Self.scalarsPerRun)
    }

    func normalize(_ source: [Unicode.Scalar], scalarsPerRun: Int) -> NormalizedText {
        let lines = LineScanner.lines(source)
        let plan = LineJoiner.plan(lines: lines, source: source)
        let runs = Self.runs(of: plan, scalarsPerRun: scalarsPerRun)
        let table = self.table
        // A long document's lines are folded on all cores, a run of the plan each, and the
        // runs' outputs joined in order.
        let parts = runs.parallelMap { run -> Emitter in
            var out = Emitter(capacity: run.scalars, table: table)
            for step in plan[run.steps] {
                switch step {
                case .line(let line, let skipFirst):
                    out.emitLine(source, line.visible, skipFirst: skipFirst)
                case .paragraphBreak(let at):
                    out.append("\n", at..<(at + 1))
                }
            }
            return out
        }
        // Packed straight from the runs' outputs (`runs` gives at least one): joining them
        // into one array first would hold the text's widest copy twice.
        var origins = parts[0].origins
        for part in parts.dropFirst() { origins.append(contentsOf: part.origins) }
        let count = parts.reduce(0) { $0 + $1.scalars.count }
        let wide = parts.contains { !$0.scalars.allSatisfy { $0.value <= 0xFFFF } }
        let scalars = CompactScalars(count: count, wide: wide, parts.lazy.flatMap(\.scalars))
        return NormalizedText(scalars: scalars, origins: origins, originalCount: source.count)
    }

    /// Source scalars per run of the plan when a long document is folded on all cores.
    static let scalarsPerRun = 1 << 20

    /// The plan cut into runs of about `scalarsPerRun` source scalars, each after the
    /// first starting right after a paragraph break. What a line folds to depends on the
    /// character written before it only when that is not a `\n` (a space between two Latin
    /// words, a pinyin gloss after a hanzi), and a run starts with nothing written before
    /// it, which folds alike: the runs joined are the text folded in one pass.
    static func runs(of plan: [LineJoiner.Step], scalarsPerRun: Int) -> [(steps: Range<Int>, scalars: Int)] {
        var runs: [(steps: Range<Int>, scalars: Int)] = []
        var start = 0, scalars = 0
        for (i, step) in plan.enumerated() {
            switch step {
            case .line(let line, _):
                scalars += line.visible.count
            case .paragraphBreak:
                scalars += 1
                if scalars >= scalarsPerRun {
                    runs.append((start..<(i + 1), scalars))
                    start = i + 1
                    scalars = 0
                }
            }
        }
        if start < plan.count || runs.isEmpty { runs.append((start..<plan.count, scalars)) }
        return runs
    }
}

/// The output buffer of `Normalizer` with the per-character folding rules.
struct Emitter {
    var scalars: [Unicode.Scalar] = []
    var origins = OriginMapBuilder()
    let table: ScriptTable

    init(capacity: Int, table: ScriptTable) {
        scalars.reserveCapacity(capacity)
        self.table = table
    }

    @inline(__always)
    mutating func append(_ s: Unicode.Scalar, _ origin: Range<Int>) {
        scalars.append(s)
        origins.append(origin)
    }

    mutating func emitLine(_ src: [Unicode.Scalar], _ range: Range<Int>, skipFirst: Bool) {
        var i = range.lowerBound + (skipFirst ? 1 : 0)
        let end = range.upperBound
        while i < end {
            let s = src[i]
            // Han ideographs (most of the text) are none of the cases below and fold to
            // themselves: only the script table applies.
            if Self.isPlainHan(s) {
                // A run of them at once: most of a text, one origin run and one append.
                var j = i + 1
                while j < end, Self.isPlainHan(src[j]) { j += 1 }
                // Grown by placeholders, then written in place: an append per scalar tests
                // capacity and uniqueness each time, and a lazily mapped append called
                // its closure per scalar.
                let at = scalars.count
                scalars.append(contentsOf: repeatElement(" ", count: j - i))
                scalars.withUnsafeMutableBufferPointer { out in
                    src.withUnsafeBufferPointer { src in
                        for k in i..<j { out[at + k - i] = table.simplified(src[k]) }
                    }
                }
                origins.append(oneToOne: i..<j)
                i = j
                continue
            }
            if CharacterClass.isIgnorable(s) { i += 1; continue }
            if CharacterClass.isSpace(s) {
                var j = i + 1
                while j < end, CharacterClass.isSpace(src[j]) || CharacterClass.isIgnorable(src[j]) { j += 1 }
                // Keep one space only between two non-Han word characters (Latin words, numbers).
                if let prev = scalars.last, prev != "\n", j < end,
                   Self.isWordChar(prev), Self.isWordChar(Self.fold(src[j])) {
                    append(" ", i..<j)
                }
                i = j
                continue
            }
            if (s == "(" || s == "（"), let close = Self.pinyinGlossEnd(src, i, end), let prev = scalars.last, CharacterClass.isHan(prev) {
                i = close
                continue
            }
            if let run = Self.foldedRun(src, i, end) {
                append(run.scalar, i..<run.end)
                i = run.end
                continue
            }
            append(table.simplified(Self.fold(s)), i..<(i + 1))
            i += 1
        }
    }

    /// CJK ideographs of the basic and extension A blocks: none of the folding cases below
    /// applies to them, only the script table.
    @inline(__always)
    static func isPlainHan(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x3400 && s.value < 0xA000
    }

    @inline(__always)
    static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        !CharacterClass.isHan(s) && CharacterClass.isContent(s)
    }

    /// Width, quote-class and bullet folding of a single scalar.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        switch v {
        case 0x201C, 0x300C, 0x300E, 0xFE41, 0xFE43, 0x301D, 0x201E, 0x201F: return "“"
        case 0x201D, 0x300D, 0x300F, 0xFE42, 0xFE44, 0x301E, 0x301F: return "”"
        case 0x2018, 0x201A, 0x201B: return "‘"
        case 0x2019: return "’"
        case 0xFF61: return "。"
        case 0xFF64: return "、"
        case 0x30FB, 0xFF65, 0x2022, 0x2027, 0x2219: return "·"
        default: return s
        }
    }

    /// Dash and ellipsis runs fold to one scalar.
    static func foldedRun(_ src: [Unicode.Scalar], _ i: Int, _ end: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        let s = src[i]
        if isDash(s) {
            var j = i + 1
            while j < end, isDash(src[j]) { j += 1 }
            return ("—", j)
        }
        if s == "…" || s == "⋯" {
            var j = i + 1
            while j < end, src[j] == "…" || src[j] == "⋯" { j += 1 }
            return ("…", j)
        }
        if s == "." || s == "。" || s == "．" || s == "·" {
            var j = i + 1
            while j < end, src[j] == s { j += 1 }
            if j - i >= 3 { return ("…", j) }
        }
        return nil
    }

    @inline(__always)
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2500, 0x2E3A, 0x2E3B: return true
        default: return false
        }
    }

    /// If a parenthesis at `i` holds a pinyin syllable (`(kāi)`, `（fā）`), the index after it.
    static func pinyinGlossEnd(_ src: [Unicode.Scalar], _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        var letters = 0
        var toned = false
        while j < end, letters <= 7 {
            let c = src[j]
            if c == ")" || c == "）" {
                return (letters > 0 && toned) ? j + 1 : nil
            }
            if (0x61...0x7A).contains(c.value) { letters += 1 } else if isTonedVowel(c) { letters += 1; toned = true } else { return nil }
            j += 1
        }
        return nil
    }

    static func isTonedVowel(_ c: Unicode.Scalar) -> Bool {
        "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars.contains(c)
    }
}

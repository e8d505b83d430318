/// A span between quote marks in normalized text.
struct MarkedSpan {
    /// Index of the opening mark.
    var open: Int
    /// Index of the closing mark, or of the paragraph end for an unclosed quote.
    var close: Int
    var unclosed: Bool
    var content: Range<Int> { (open + 1)..<close }
}

/// Pairs quote marks with a stack, in one pass and linear time.
///
/// `“` and `‘` open, `”` and `’` close (full-width `「」『』` were folded into these);
/// an ASCII `"` closes the innermost ASCII `"` or opens one. A closer that does not match
/// the innermost opener closes the nearest matching opener within a few levels (the
/// quotes in between are unclosed); otherwise it is ignored. Quotes still open at a
/// paragraph end are unclosed there.
enum QuoteMarks {
    static let maxRepairDepth = 4
    /// Marks nested deeper than this are text: real prose nests three or four levels, and
    /// emitting every level of a pathological nest would make the output quadratic.
    static let maxDepth = 8

    static func spans(_ s: [Unicode.Scalar]) -> [MarkedSpan] {
        var spans: [MarkedSpan] = []
        var stack: [(index: Int, kind: Unicode.Scalar)] = []
        var overflow = 0
        func closeAll(at i: Int) {
            overflow = 0
            while let top = stack.popLast() {
                spans.append(MarkedSpan(open: top.index, close: i, unclosed: true))
            }
        }
        for i in 0..<s.count {
            let c = s[i]
            switch c {
            case "\n":
                closeAll(at: i)
            case "“", "‘":
                if stack.count >= maxDepth { overflow += 1 } else { stack.append((i, c)) }
            case "”", "’":
                let opener: Unicode.Scalar = c == "”" ? "“" : "‘"
                if overflow > 0 {
                    overflow -= 1
                } else if let top = stack.last, top.kind == opener {
                    stack.removeLast()
                    spans.append(MarkedSpan(open: top.index, close: i, unclosed: false))
                } else if let k = (max(0, stack.count - maxRepairDepth)..<stack.count).reversed().first(where: { stack[$0].kind == opener }) {
                    while stack.count > k + 1 {
                        let t = stack.removeLast()
                        spans.append(MarkedSpan(open: t.index, close: i, unclosed: true))
                    }
                    let t = stack.removeLast()
                    spans.append(MarkedSpan(open: t.index, close: i, unclosed: false))
                } else if c == "’" {
                    continue // an apostrophe
                }
            case "\"":
                if let top = stack.last, top.kind == "\"" {
                    stack.removeLast()
                    spans.append(MarkedSpan(open: top.index, close: i, unclosed: false))
                } else {
                    stack.append((i, c))
                }
            default:
                continue
            }
        }
        closeAll(at: s.count)
        return spans.sorted { ($0.open, $1.close) < ($1.open, $0.close) }
    }
}

/// Exact substring search on UTF-8 bytes.
///
/// With Foundation imported, `String.range(of:)` and `String.contains(_:)` go through
/// `NSString` (UTF-16 conversion, locale-aware folding); on a corpus that made them a
/// sixth of segmentation. The engine only looks for fixed Chinese words and ASCII
/// punctuation in text it has normalized itself, so a byte comparison is what it means:
/// UTF-8 is self-synchronizing, so a match of a whole needle always starts and ends on
/// scalar boundaries.
extension StringProtocol {
    /// The first (or, `backwards`, the last) range where `needle` occurs, scalar for scalar.
    func literalRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return nil }
        let found = utf8.withContiguousStorageIfAvailable { LiteralSearch.find(pattern, in: $0, backwards: backwards) }
            ?? LiteralSearch.find(pattern, in: Array(utf8), backwards: backwards)
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// Whether `needle` occurs, scalar for scalar.
    func containsLiteral(_ needle: String) -> Bool {
        literalRange(of: needle) != nil
    }
}

enum LiteralSearch {
    /// Byte offset of `pattern` in `text`. Needles are a few bytes long, so a first-byte
    /// scan beats anything cleverer.
    static func find<C: RandomAccessCollection>(_ pattern: [UInt8], in text: C, backwards: Bool) -> Int?
    where C.Element == UInt8, C.Index == Int {
        let n = text.count, m = pattern.count
        guard m <= n else { return nil }
        let base = text.startIndex
        func matches(at i: Int) -> Bool {
            guard text[base + i] == pattern[0] else { return false }
            var j = 1
            while j < m, text[base + i + j] == pattern[j] { j += 1 }
            return j == m
        }
        if backwards {
            for i in stride(from: n - m, through: 0, by: -1) where matches(at: i) { return i }
        } else {
            for i in 0...(n - m) where matches(at: i) { return i }
        }
        return nil
    }
}

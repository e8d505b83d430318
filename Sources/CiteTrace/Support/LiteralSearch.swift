import CLibc
#if canImport(Glibc)
import Glibc
#endif

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
        let length = needle.utf8.count
        guard length > 0 else { return nil }
        let found = needle.utf8.withBytes { pattern in
            utf8.withBytes { LiteralSearch.find(pattern, in: $0, backwards: backwards) }
        }
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: length)
    }

    /// Whether `needle` occurs, scalar for scalar.
    func containsLiteral(_ needle: String) -> Bool {
        literalRange(of: needle) != nil
    }
}

extension Collection where Element == UInt8 {
    /// `body` with the bytes side by side: in their own storage when they are (a native
    /// string's, whose needles, literals, would otherwise be copied on every search), else copied.
    fileprivate func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withContiguousStorageIfAvailable(body) ?? Array(self).withUnsafeBufferPointer(body)
    }
}

enum LiteralSearch {
    /// Byte offset of the first (or last) occurrence of `pattern` in `text`.
    ///
    /// The C library's `memmem` and `memrchr` skip through the text with vector
    /// instructions; a plain loop over the bytes made the segmenter's look for a report's
    /// wording (`发表重要讲话`, four needles over three paragraphs of each article) about a
    /// sixth of its time.
    static func find(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, backwards: Bool) -> Int? {
        let n = text.count, m = pattern.count
        guard m > 0, m <= n, let base = text.baseAddress, let needle = pattern.baseAddress else { return nil }
        if !backwards {
            guard let hit = memmem(base, n, needle, m) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
        // The last occurrence: the last byte equal to the pattern's first, at a position
        // where the whole pattern fits, whose following bytes match.
        var limit = n - m + 1 // candidates are 0..<limit
        while limit > 0, let hit = memrchr(base, Int32(needle[0]), limit) {
            let i = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + i, needle, m) == 0 { return i }
            limit = i
        }
        return nil
    }
}

/// Character predicates shared by every stage. Pure functions on scalars.
public enum CharacterClass {
    /// CJK unified ideographs (all blocks) and compatibility ideographs, plus 〇.
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x20000...0x3134F).contains(v) || (0xF900...0xFAFF).contains(v) || v == 0x3007
    }

    @inline(__always)
    public static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// Letters and digits of any script: what matching compares ("content" characters).
    @inline(__always)
    public static func isContent(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) || isASCIIAlnum(s) { return true }
        if s.value < 0x80 { return false }
        if s.value < 0x1_0000 { return basicPlaneContent.contains(s) }
        return hasContentProperties(s)
    }

    /// `isContent`'s answer from the Unicode properties, which the standard library looks
    /// up in compressed tables: slow enough to show in a profile when asked for every
    /// punctuation mark of a corpus.
    static func hasContentProperties(_ s: Unicode.Scalar) -> Bool {
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// The scalars of the Basic Multilingual Plane with `hasContentProperties`, computed
    /// once: Chinese text's punctuation all lies there.
    private static let basicPlaneContent = ScalarBitmap(
        (0..<UInt32(0x1_0000)).lazy.compactMap(Unicode.Scalar.init).filter(hasContentProperties))

    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }

    @inline(__always)
    public static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Characters dropped outright: zero-width marks, BOM, C0/C1 controls other than line breaks and tabs.
    @inline(__always)
    public static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0x2060 || v == 0xAD { return true }
        if v < 0x20 { return v != 0x0A && v != 0x0D && v != 0x09 }
        return (0x7F...0x9F).contains(v) && v != 0x85
    }

    /// Ends a sentence in the normalized text (after width folding).
    @inline(__always)
    public static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "!", "?", ";", "…", "．": return true
        default: return false
        }
    }

    /// Ends a clause in the normalized text.
    @inline(__always)
    public static func isClauseEnd(_ s: Unicode.Scalar) -> Bool {
        isSentenceEnd(s) || s == "," || s == "、" || s == ":"
    }

    /// Opening quote marks in the normalized text (“ ‘ and the ambiguous ASCII ones).
    @inline(__always)
    public static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "‘" }

    @inline(__always)
    public static func isClosingQuote(_ s: Unicode.Scalar) -> Bool { s == "”" || s == "’" }
}

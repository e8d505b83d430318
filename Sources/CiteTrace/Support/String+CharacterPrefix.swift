extension String {
    /// The index after the first `n` characters (grapheme clusters), when the string has
    /// more than `n`; nil otherwise.
    ///
    /// Report pages shorten every quote, title and label to a few dozen characters, and
    /// finding grapheme breaks costs about fifty instructions a character. In Chinese text
    /// nearly every character is one scalar that breaks from its neighbours: when the first
    /// `n + 1` scalars all are (see `breaksAlone`), the `n`th scalar ends the `n`th
    /// character and the search is a walk over bytes. Otherwise the standard library decides.
    func characterPrefixEnd(_ n: Int) -> String.Index? {
        let n = Swift.max(n, 0)
        // A character has at least one byte.
        guard utf8.count > n else { return nil }
        let simple: Int? = withUTF8Bytes { bytes -> Int? in
            // Byte offset after `n` scalars, if the first n + 1 all break alone.
            var i = 0, seen = 0, end = 0
            while let (value, length) = scalarValue(at: i, in: bytes) {
                guard Self.breaksAlone(value) else { return nil }
                if seen == n { end = i }
                seen += 1
                i += length
                if seen > n { return end }
            }
            // At most n scalars, so at most n characters (a cut-off sequence never occurs
            // in a string).
            return -1
        }
        if let simple {
            return simple < 0 ? nil : utf8.index(utf8.startIndex, offsetBy: simple)
        }
        guard let end = index(startIndex, offsetBy: n, limitedBy: endIndex), end < endIndex else { return nil }
        return end
    }

    /// `firstIndex(of: Character(scalar))`, searching from `start` (a character boundary),
    /// found among the scalars: a character is only made where `scalar` occurs, to see
    /// that one starts there and is `scalar` alone, instead of finding every grapheme
    /// break before it (thousands of instructions for a paragraph).
    func firstIndex(ofCharacter scalar: Unicode.Scalar, from start: String.Index? = nil) -> String.Index? {
        let character = Character(scalar)
        var from = start ?? startIndex
        while let i = unicodeScalars[from...].firstIndex(of: scalar) {
            if i.samePosition(in: self) != nil, self[i...].first == character { return i }
            from = unicodeScalars.index(after: i)
        }
        return nil
    }

    /// Scalars that form a character by themselves whatever their neighbours, when their
    /// neighbours are such scalars too: printable ASCII, CJK punctuation and ideographs,
    /// general punctuation's dashes and quotation marks, fullwidth forms. None is a
    /// control, an extending or spacing mark, a joiner, a prepended mark, a regional
    /// indicator, a Hangul jamo or an emoji modifier.
    @inline(__always)
    static func breaksAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }
}

import Testing
@testable import CiteTrace

@Suite struct EmitterFastPathTests {
    @Test("no Han scalar the emitter's fast path takes (U+3400..<U+A000) is ignorable, a space, a dash, a run or gloss opener, or folded")
    func hanRangeHasNoSpecialCase() {
        var checked = 0
        // Every scalar the fast path's own test takes, so a wider test is checked too.
        for s in (UInt32(0)...0x10FFFF).lazy.compactMap(Unicode.Scalar.init) where Emitter.isPlainHan(s) {
            let v = s.value
            #expect(!CharacterClass.isIgnorable(s) && !CharacterClass.isSpace(s) && !Emitter.isDash(s), "U+\(String(v, radix: 16))")
            #expect(Emitter.fold(s) == s, "U+\(String(v, radix: 16))")
            #expect(!["(", "（", "…", "⋯", ".", "。", "．", "·"].contains(s))
            #expect(Emitter.foldedRun([s, s, s], 0, 3) == nil, "U+\(String(v, radix: 16))")
            checked += 1
        }
        #expect(checked == 0xA000 - 0x3400)
    }
}

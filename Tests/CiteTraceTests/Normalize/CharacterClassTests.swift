import Testing
@testable import CiteTrace

@Suite struct CharacterClassTests {
    @Test("isContent's table answers as the Unicode properties do, for every scalar of the basic plane and samples above it")
    func contentTableAgreesWithProperties() {
        var disagreements: [UInt32] = []
        for v in UInt32(0)..<0x1_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let expected = CharacterClass.isHan(s) || CharacterClass.isASCIIAlnum(s)
                || (v >= 0x80 && CharacterClass.hasContentProperties(s))
            if CharacterClass.isContent(s) != expected { disagreements.append(v) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { String($0, radix: 16) })")
        // Letters, digits and marks of text Chinese articles contain, and what they are not.
        for s in ["中", "A", "z", "7", "ａ", "７", "α", "Я", "々", "〇", "㈠", "Ⅻ", "𠀀", "𝟙"] as [Unicode.Scalar] {
            #expect(CharacterClass.isContent(s), "\(s)")
        }
        for s in ["，", "。", "“", "”", "、", "《", "—", "…", " ", "\u{3000}", "!", "％", "😀"] as [Unicode.Scalar] {
            #expect(!CharacterClass.isContent(s), "\(s)")
        }
    }
}

import Testing
@testable import CiteTrace

@Suite struct SpeakerResolverTests {
    let resolver = SpeakerResolver(leaders: ["习近平"], text: Array("习近平总书记强调，要推动高质量发展。".unicodeScalars))

    @Test("adverbs are stripped from the end of a subject, repeatedly, in list order, never to nothing")
    func stripAdverbs() {
        #expect(SpeakerResolver.stripAdverbs("总书记也曾") == "总书记")
        #expect(SpeakerResolver.stripAdverbs("习近平总书记多次") == "习近平总书记")
        #expect(SpeakerResolver.stripAdverbs("他还进一步") == "他")
        // An adverb inside the subject, or the whole subject, stays.
        #expect(SpeakerResolver.stripAdverbs("也") == "也")
        #expect(SpeakerResolver.stripAdverbs("曾经") == "曾经")
        #expect(SpeakerResolver.stripAdverbs("也就是说的人") == "也就是说的人")
        // Not a suffix of whole scalars: `就` is not the last scalar when a mark follows it.
        #expect(SpeakerResolver.stripAdverbs("总书记就\u{301}") == "总书记就\u{301}")
        #expect(SpeakerResolver.stripAdverbs("") == "")
    }

    @Test("a subject resolves to a leader by name or by the title the document gives them, to the previous speaker by pronoun, or to an official")
    func resolve() {
        #expect(resolver.resolve(subject: "习近平总书记也", previous: nil)?.name == "习近平")
        #expect(resolver.resolve(subject: "习近平总书记也", previous: nil)?.isLeader == true)
        #expect(resolver.resolve(subject: "总书记在考察时", previous: nil)?.name == "习近平")
        #expect(resolver.resolve(subject: "他还", previous: "习近平")?.name == "习近平")
        #expect(resolver.resolve(subject: "他", previous: nil) == nil)
        let official = resolver.resolve(subject: "国家发展改革委副主任王昌林", previous: nil)
        #expect(official?.name == "王昌林")
        #expect(official?.isLeader == false)
        #expect(resolver.resolve(subject: "报告", previous: nil) == nil)
    }
}

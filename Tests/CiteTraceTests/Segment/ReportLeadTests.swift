import Testing
@testable import CiteTrace

@Suite struct ReportLeadTests {
    @Test("a lead read from a paragraph's scalars is a report's lead exactly when its string is")
    func scalarsAgreeWithString() {
        var random = SeededRandom(seed: 31)
        // Leads put together from the verbs, their pieces and the follow-ups, so that many
        // hold a verb, some a verb with its follow-up close enough.
        let pieces = SpeechReportShape.verbs + ["讲话", "指示", "发表", "他强调", "他指出", "他说", "。", "，", "在会上", "讲", "话"]
        var reports = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            let compact = CompactScalars(scalarsOf: text)
            let lead = ScalarRun(compact, 0..<compact.count).prefix(30)
            let expected = SpeechReportShape.isReportLead(String(scalars: lead))
            if expected { reports += 1 }
            #expect(SpeechReportShape.isReportLead(lead) == expected, "\(text)")
        }
        #expect(reports > 500)
        let lead = "8月20日下午主持召开座谈会并发表重要讲话。他强调，要推动长三角一体化"
        #expect(SpeechReportShape.isReportLead(ScalarRun(CompactScalars(scalarsOf: lead), 0..<lead.unicodeScalars.count)[...]))
    }
}

/// Where a news report of a speech turns to someone else's remarks.
///
/// A report gives the leader's speech, then often another official's
/// (`韩正在讲话中表示，…`, `李强在总结讲话中指出，…`). Those words are not the speech's:
/// a quote of them must not link to it. They come after the leader's part, so the
/// report's witness ends where the first of them begins.
enum OtherSpeakers {
    /// What follows a speaker's name at the start of a paragraph of their own remarks.
    static let remarkFrames = ["在讲话中", "在总结讲话中", "在讲话时", "在发言中", "在主持座谈会时", "在主持会议时"]

    /// The original offset where the first paragraph of another speaker's remarks begins
    /// (white space before it left out), or nil when the report has none.
    static func remarksStart(in a: DocumentAnalysis, _ art: Article, speaker: String) -> Int? {
        let norm = a.normalized
        let s = norm.scalars
        var start = art.normalizedRange.lowerBound
        var previousEnd: Int?
        while start < art.normalizedRange.upperBound {
            var end = start
            while end < art.normalizedRange.upperBound, s[end] != "\n" { end += 1 }
            if let previousEnd, let name = speakerOfRemarks(s[start..<end]), name != speaker {
                return norm.originalRange(previousEnd..<previousEnd).lowerBound
            }
            if end > start { previousEnd = end }
            start = end + 1
        }
        return nil
    }

    /// `韩正` for `韩正在讲话中表示，…`: a 2–4 character name, a remark frame, then a cue verb.
    static func speakerOfRemarks(_ paragraph: Slice<CompactScalars>) -> String? {
        let head = String(scalars: paragraph.prefix(24))
        for frame in remarkFrames {
            guard let r = head.literalRange(of: frame) else { continue }
            let name = head[..<r.lowerBound]
            let count = name.unicodeScalars.count
            guard (2...4).contains(count), name.unicodeScalars.allSatisfy(CharacterClass.isHan) else { continue }
            let after = head[r.upperBound...]
            guard ["表示", "指出", "强调", "说"].contains(where: { after.hasPrefix($0) }) else { continue }
            return String(name)
        }
        return nil
    }
}

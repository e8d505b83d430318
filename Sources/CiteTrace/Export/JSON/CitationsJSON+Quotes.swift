extension CitationsJSON {
    /// `quotes[]`: the quote, its source (or null), verdict, rounded score and edits.
    static func write(_ matched: MatchedQuote, to w: PrettyJSONWriter) {
        let quote = matched.quote
        w.object {
            w.field("article", quote.article)
            w.key("claimed")
            if let claim = quote.claimed {
                w.object {
                    w.field("date", claim.date)
                    w.field("event", claim.event)
                }
            } else {
                w.null()
            }
            w.field("cue", quote.cue)
            w.field("document", quote.document)
            w.key("edits")
            w.array(matched.edits) { edit in
                w.object {
                    w.field("op", edit.op.rawValue)
                    w.field("quote", edit.quote)
                    w.field("quoteWord", edit.quoteWord)
                    w.field("source", edit.source)
                    w.field("sourceWord", edit.sourceWord)
                }
            }
            w.field("end", quote.end)
            w.field("id", quote.id)
            w.field("marked", quote.marked)
            w.field("normalized", quote.normalized)
            w.field("parent", quote.parent)
            w.field("score", ExportScore.rounded(matched.score))
            w.key("source")
            if let source = matched.source { write(source, to: w) } else { w.null() }
            w.field("speaker", quote.speaker)
            w.field("start", quote.start)
            w.field("text", quote.text)
            w.field("trivial", quote.trivial)
            w.field("unclosed", quote.unclosed)
            w.field("verdict", matched.verdict.rawValue)
        }
    }

    /// `source`: `{article, document, end, segments[{document, end, start}] or null, speech, start}`.
    private static func write(_ source: SourceLink, to w: PrettyJSONWriter) {
        w.object {
            w.field("article", source.article)
            w.field("document", source.document)
            w.field("end", source.end)
            w.key("segments")
            if let segments = source.segments {
                w.array(segments) { segment in
                    w.object {
                        w.field("document", segment.document)
                        w.field("end", segment.end)
                        w.field("start", segment.start)
                    }
                }
            } else {
                w.null()
            }
            w.field("speech", source.speech)
            w.field("start", source.start)
        }
    }
}

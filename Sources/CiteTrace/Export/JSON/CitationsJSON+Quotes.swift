extension CitationsJSON {
    struct QuoteEntry: Encodable {
        var matched: MatchedQuote

        init(_ matched: MatchedQuote) { self.matched = matched }

        enum CodingKeys: String, CodingKey {
            case id, document, article, start, end, text, normalized, marked, trivial, unclosed
            case speaker, cue, claimed, parent, source, verdict, score, edits
        }
        enum ClaimKeys: String, CodingKey { case date, event }
        enum SourceKeys: String, CodingKey { case speech, document, article, start, end, segments }
        enum SegmentKeys: String, CodingKey { case document, start, end }
        enum EditKeys: String, CodingKey { case op, quote, source, quoteWord, sourceWord }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let quote = matched.quote
            try c.encode(quote.id, forKey: .id)
            try c.encode(quote.document, forKey: .document)
            try c.encode(quote.article, forKey: .article)
            try c.encode(quote.start, forKey: .start)
            try c.encode(quote.end, forKey: .end)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.normalized, forKey: .normalized)
            try c.encode(quote.marked, forKey: .marked)
            try c.encode(quote.trivial, forKey: .trivial)
            try c.encode(quote.unclosed, forKey: .unclosed)
            try c.encode(quote.speaker, forKey: .speaker)
            try c.encode(quote.cue, forKey: .cue)
            if let claim = quote.claimed {
                var k = c.nestedContainer(keyedBy: ClaimKeys.self, forKey: .claimed)
                try k.encode(claim.date, forKey: .date)
                try k.encode(claim.event, forKey: .event)
            } else {
                try c.encodeNil(forKey: .claimed)
            }
            try c.encode(quote.parent, forKey: .parent)
            if let source = matched.source {
                var s = c.nestedContainer(keyedBy: SourceKeys.self, forKey: .source)
                try s.encode(source.speech, forKey: .speech)
                try s.encode(source.document, forKey: .document)
                try s.encode(source.article, forKey: .article)
                try s.encode(source.start, forKey: .start)
                try s.encode(source.end, forKey: .end)
                if let segments = source.segments {
                    var list = s.nestedUnkeyedContainer(forKey: .segments)
                    for segment in segments {
                        var g = list.nestedContainer(keyedBy: SegmentKeys.self)
                        try g.encode(segment.document, forKey: .document)
                        try g.encode(segment.start, forKey: .start)
                        try g.encode(segment.end, forKey: .end)
                    }
                } else {
                    try s.encodeNil(forKey: .segments)
                }
            } else {
                try c.encodeNil(forKey: .source)
            }
            try c.encode(matched.verdict.rawValue, forKey: .verdict)
            try c.encode(ExportScore.rounded(matched.score), forKey: .score)
            var edits = c.nestedUnkeyedContainer(forKey: .edits)
            for edit in matched.edits {
                var e = edits.nestedContainer(keyedBy: EditKeys.self)
                try e.encode(edit.op.rawValue, forKey: .op)
                try e.encode(edit.quote, forKey: .quote)
                try e.encode(edit.source, forKey: .source)
                try e.encode(edit.quoteWord, forKey: .quoteWord)
                try e.encode(edit.sourceWord, forKey: .sourceWord)
            }
        }
    }
}

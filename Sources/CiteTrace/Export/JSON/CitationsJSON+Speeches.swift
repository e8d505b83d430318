extension CitationsJSON {
    struct SpeechEntry: Encodable {
        var speech: Speech

        init(_ speech: Speech) { self.speech = speech }

        enum CodingKeys: String, CodingKey { case id, speaker, title, venue, event, date, witnesses }
        enum WitnessKeys: String, CodingKey { case document, article, start, end, kind }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(speech.id, forKey: .id)
            try c.encode(speech.speaker, forKey: .speaker)
            try c.encode(speech.title, forKey: .title)
            try c.encode(speech.venue, forKey: .venue)
            try c.encode(speech.event, forKey: .event)
            try c.encode(speech.date, forKey: .date)
            var list = c.nestedUnkeyedContainer(forKey: .witnesses)
            for witness in speech.witnesses {
                var w = list.nestedContainer(keyedBy: WitnessKeys.self)
                try w.encode(witness.document, forKey: .document)
                try w.encode(witness.article, forKey: .article)
                try w.encode(witness.start, forKey: .start)
                try w.encode(witness.end, forKey: .end)
                try w.encode(witness.kind.rawValue, forKey: .kind)
            }
        }
    }
}

extension CitationsJSON {
    /// `speeches[]`: `{date, event, id, speaker, title, venue, witnesses[{article, document,
    /// end, kind, start}]}`.
    static func write(_ speech: Speech, to w: PrettyJSONWriter) {
        w.object {
            w.field("date", speech.date)
            w.field("event", speech.event)
            w.field("id", speech.id)
            w.field("speaker", speech.speaker)
            w.field("title", speech.title)
            w.field("venue", speech.venue)
            w.key("witnesses")
            w.array(speech.witnesses) { witness in
                w.object {
                    w.field("article", witness.article)
                    w.field("document", witness.document)
                    w.field("end", witness.end)
                    w.field("kind", witness.kind.rawValue)
                    w.field("start", witness.start)
                }
            }
        }
    }
}

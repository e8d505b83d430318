extension CitationsJSON {
    /// `clusters[]`: `{claimed[{date, event}], earliest{article, date, quote}, id, members[], text}`.
    static func write(_ cluster: QuoteCluster, to w: PrettyJSONWriter) {
        w.object {
            w.key("claimed")
            w.array(cluster.claimed) { claim in
                w.object {
                    w.field("date", claim.date)
                    w.field("event", claim.event)
                }
            }
            w.field("earliest") {
                w.field("article", cluster.earliest.article)
                w.field("date", cluster.earliest.date)
                w.field("quote", cluster.earliest.quote)
            }
            w.field("id", cluster.id)
            w.field("members", cluster.members)
            w.field("text", cluster.text)
        }
    }
}

extension CitationsJSON {
    /// `clusters[]`: `{id, text, members[], claimed[], earliest{quote, article, date}}`.
    struct ClusterEntry: Encodable {
        var cluster: QuoteCluster

        init(_ cluster: QuoteCluster) { self.cluster = cluster }

        enum CodingKeys: String, CodingKey { case id, text, members, claimed, earliest }
        enum ClaimKeys: String, CodingKey { case date, event }
        enum AppearanceKeys: String, CodingKey { case quote, article, date }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(cluster.id, forKey: .id)
            try c.encode(cluster.text, forKey: .text)
            try c.encode(cluster.members, forKey: .members)
            var claims = c.nestedUnkeyedContainer(forKey: .claimed)
            for claim in cluster.claimed {
                var k = claims.nestedContainer(keyedBy: ClaimKeys.self)
                try k.encode(claim.date, forKey: .date)
                try k.encode(claim.event, forKey: .event)
            }
            var e = c.nestedContainer(keyedBy: AppearanceKeys.self, forKey: .earliest)
            try e.encode(cluster.earliest.quote, forKey: .quote)
            try e.encode(cluster.earliest.article, forKey: .article)
            try e.encode(cluster.earliest.date, forKey: .date)
        }
    }
}

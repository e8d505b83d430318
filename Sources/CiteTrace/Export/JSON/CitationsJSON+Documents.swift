extension CitationsJSON {
    struct DocumentEntry: Encodable {
        var node: DocumentNode

        init(_ node: DocumentNode) { self.node = node }

        enum CodingKeys: String, CodingKey { case id, path, sha256, encoding, format, articles }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let document = node.document
            try c.encode(document.id, forKey: .id)
            try c.encode(document.path, forKey: .path)
            try c.encode(document.sha256, forKey: .sha256)
            try c.encode(document.encoding.rawValue, forKey: .encoding)
            try c.encode(document.format.rawValue, forKey: .format)
            try c.encode(node.articles.map(ArticleEntry.init), forKey: .articles)
        }
    }

    struct ArticleEntry: Encodable {
        var node: ArticleNode

        init(_ node: ArticleNode) { self.node = node }

        enum CodingKeys: String, CodingKey { case id, kind, title, authors, publication, date, dateText, start, end, cites }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let article = node.article
            try c.encode(article.id, forKey: .id)
            try c.encode(article.kind.rawValue, forKey: .kind)
            try c.encode(article.title, forKey: .title)
            try c.encode(article.authors, forKey: .authors)
            try c.encode(article.publication, forKey: .publication)
            try c.encode(article.date, forKey: .date)
            try c.encode(article.dateText, forKey: .dateText)
            try c.encode(article.start, forKey: .start)
            try c.encode(article.end, forKey: .end)
            try c.encode(node.cites.map(CitationEntry.init), forKey: .cites)
        }
    }

    struct CitationEntry: Encodable {
        var citation: Citation

        init(_ citation: Citation) { self.citation = citation }

        enum CodingKeys: String, CodingKey { case speech, count, verdicts }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(citation.speech, forKey: .speech)
            try c.encode(citation.count, forKey: .count)
            try c.encode(citation.verdicts, forKey: .verdicts)
        }
    }

    struct ReprintEntry: Encodable {
        var reprint: Reprint

        init(_ reprint: Reprint) { self.reprint = reprint }

        enum CodingKeys: String, CodingKey { case id, a, b, length }
        enum SpanKeys: String, CodingKey { case document, article, start, end }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(reprint.id, forKey: .id)
            for (span, key) in [(reprint.a, CodingKeys.a), (reprint.b, CodingKeys.b)] {
                var s = c.nestedContainer(keyedBy: SpanKeys.self, forKey: key)
                try s.encode(span.document, forKey: .document)
                try s.encode(span.article, forKey: .article)
                try s.encode(span.start, forKey: .start)
                try s.encode(span.end, forKey: .end)
            }
            try c.encode(reprint.length, forKey: .length)
        }
    }
}

extension CitationsJSON {
    /// `documents[]`: `{articles[], encoding, format, id, path, sha256}`.
    static func write(_ node: DocumentNode, to w: PrettyJSONWriter) {
        let document = node.document
        w.object {
            w.key("articles")
            w.array(node.articles) { write($0, to: w) }
            w.field("encoding", document.encoding.rawValue)
            w.field("format", document.format.rawValue)
            w.field("id", document.id)
            w.field("path", document.path)
            w.field("sha256", document.sha256)
        }
    }

    /// `articles[]`: `{authors[], cites[{count, speech, verdicts}], date, dateText, end, id,
    /// kind, publication, start, title}`.
    static func write(_ node: ArticleNode, to w: PrettyJSONWriter) {
        let article = node.article
        w.object {
            w.field("authors", article.authors)
            w.key("cites")
            w.array(node.cites) { citation in
                w.object {
                    w.field("count", citation.count)
                    w.field("speech", citation.speech)
                    w.field("verdicts", counts: citation.verdicts)
                }
            }
            w.field("date", article.date)
            w.field("dateText", article.dateText)
            w.field("end", article.end)
            w.field("id", article.id)
            w.field("kind", article.kind.rawValue)
            w.field("publication", article.publication)
            w.field("start", article.start)
            w.field("title", article.title)
        }
    }

    /// `reprints[]`: `{a{article, document, end, start}, b{…}, id, length}`.
    static func write(_ reprint: Reprint, to w: PrettyJSONWriter) {
        w.object {
            for (name, span) in [("a", reprint.a), ("b", reprint.b)] {
                w.field(name) {
                    w.field("article", span.article)
                    w.field("document", span.document)
                    w.field("end", span.end)
                    w.field("start", span.start)
                }
            }
            w.field("id", reprint.id)
            w.field("length", reprint.length)
        }
    }
}

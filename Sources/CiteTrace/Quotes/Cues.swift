/// The words that introduce reported speech, and the words around them.
enum Cues {
    /// Verbs that introduce speech before it (`习近平总书记指出，…`) or close it (`”相伟说。`),
    /// longest first so `明确指出` wins over `指出`.
    static let verbs: [String] = [
        "这样说道", "告诉记者", "一语中的", "指明方向", "强调指出", "明确要求", "明确提出", "明确指出", "深刻指出", "鲜明指出",
        "所指出的", "提出的", "指出的", "强调的", "要求的", "所说的", "说道", "指出", "强调", "表示", "认为", "要求", "提出",
        "宣布", "介绍", "坦言", "写道", "谈到", "讲到", "感慨", "说", "称",
    ]

    /// Verbs grouped by their first scalar, for a linear scan.
    static let byFirstScalar: [Unicode.Scalar: [[Unicode.Scalar]]] = {
        var d: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for v in verbs {
            let s = Array(v.unicodeScalars)
            d[s[0], default: []].append(s)
        }
        return d.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// The first scalars of `verbs`: most text has none, and a bit test rules it out.
    static let firstScalars = ScalarBitmap(verbs.map { $0.unicodeScalars.first! })

    /// Verbs that may stand right after a quote (`”相伟说。`).
    static let closing: Set<String> = ["说", "说道", "这样说道", "表示", "指出", "强调", "介绍", "坦言", "一语中的", "指明方向", "感慨", "认为"]

    /// Verbs ending in 的 stand directly before the quote mark (`总书记提出的“…”`).
    static func isAttributive(_ verb: String) -> Bool { verb.hasSuffix("的") }

    /// Titles by which an article refers to a leader without the name.
    static let leaderTitles = ["总书记", "国家主席", "主席", "总理", "委员长"]
    static let titleFirstScalars = ScalarBitmap(leaderTitles.map { $0.unicodeScalars.first! })

    /// Words between a subject and its verb that are not part of the subject.
    static let adverbs = ["明确", "深刻", "鲜明", "再次", "多次", "曾经", "曾", "也", "还", "都", "就此", "就", "进一步", "特别", "专门", "反复", "一再", "所", "这样", "同时", "则", "又", "更是", "始终", "一直", "亲切", "高度"]

    /// Pronouns resolved to the nearest named speaker before them.
    static let pronouns = ["他", "她"]
}

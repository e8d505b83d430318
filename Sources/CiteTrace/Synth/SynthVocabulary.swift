/// The fixed word lists of the synthetic corpus: who writes and publishes articles, how
/// leaders' and officials' words are introduced, and the words misquotes swap in.
enum SynthVocabulary {
    static let publications = ["光明日报", "人民日报", "经济日报", "解放日报", "新华日报", "浙江日报", "安徽日报", "学习时报", "中国青年报", "文汇报"]

    static let units = [
        "安徽财经大学国际经济贸易学院", "上海社会科学院经济研究所", "浙江大学区域协调发展研究中心", "南京大学长江产业经济研究院",
        "复旦大学经济学院", "中共安徽省委党校", "华东师范大学城市发展研究院", "江苏省社会科学院", "合肥工业大学经济学院", "中国科学技术大学管理学院",
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤".unicodeScalars)
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘".unicodeScalars)

    /// Offices that end in a title `PersonName` knows, so the name after them is read as an official's.
    static let offices = [
        "上海市委书记", "合肥市市长", "江苏省发展改革委主任", "浙江省商务厅副厅长", "安徽省科技厅厅长", "苏州工业园区管委会主任",
        "嘉兴市副市长", "芜湖市委书记", "长三角区域合作办公室副主任", "一家新能源汽车企业的董事长", "某研究院院长", "南京大学教授",
    ]

    /// Cue phrases before a leader's marked quote (the mark follows directly).
    static let leaderMarkedCues = ["指出，", "强调：", "明确指出：", "深刻指出，", "强调指出，", "指出："]
    /// Cue phrases before a leader's unmarked words.
    static let leaderUnmarkedCues = ["强调，", "指出，", "明确要求，", "深刻指出，"]
    /// How an article names the leader before a cue.
    static let leaderSubjects = ["习近平总书记", "习近平总书记", "习近平总书记", "习近平"]

    /// Occasions that are not those of any speech in the corpus, for misattributed claims.
    static let falseEvents = ["中央全面深化改革委员会会议", "中央经济工作会议", "中央城市工作会议", "全国生态环境保护大会", "中央政治局集体学习", "省部级主要领导干部专题研讨班"]

    /// Two-character words a misquote puts in place of another.
    static let substitutes = ["创新", "发展", "建设", "推进", "加强", "完善", "提升", "协同", "融合", "优化", "统筹", "落实", "深化", "扩大", "稳定", "改革", "开放", "合作", "保障", "促进"]

    /// Words a paraphrase puts in front.
    static let paraphraseLeads = ["要", "必须", "应当", "进一步", "着力"]
}

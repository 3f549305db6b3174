"""Language knowledge as data: units, qualifiers, cue words, markers.

Every rule the extractor applies to words lives in a table here; the modules
that use them only compile and apply the tables.  All keys are written in
simplified Chinese: text is matched on a character-for-character simplified
copy (see :mod:`postmetrics.hanzi`), so traditional pages match the same rows.

Sources: the column vocabulary of the figures table (SCHEMA.md, "Metric
vocabulary" and "Conventions"), and the usage of 中国邮政报 pages and postal
administration bulletins.  Alternations built from these tables are sorted
longest first, so ``个百分点`` wins over ``个`` and ``以上`` over ``上``.
"""
from __future__ import annotations

# --- units ---------------------------------------------------------------
#: written unit → canonical unit (SCHEMA "unit": 名, 位 → 人; 块 (money) → 元).
UNITS: dict[str, str] = {
    # money
    "元": "元", "块": "元", "块钱": "元", "美元": "美元", "港元": "元", "港币": "元", "欧元": "欧元",
    # parcels and documents
    "件": "件", "单": "单", "票": "票", "份": "份", "封": "封", "袋": "袋", "箱": "箱",
    "包": "包", "盒": "盒", "瓶": "瓶", "本": "本", "册": "册", "枚": "枚", "张": "张",
    "套": "套", "笔": "笔", "批": "批", "车": "车", "车次": "车次", "辆次": "辆次", "台次": "台次", "架次": "架次", "班次": "班次", "趟": "趟", "班": "班",
    # people and places
    "人": "人", "名": "人", "位": "人", "人次": "人次", "户": "户", "家": "家", "家次": "家次",
    "个": "个", "场次": "场次", "期": "期", "所": "所", "座": "座", "间": "间", "栋": "栋", "处": "处",
    "场": "场", "条": "条", "辆": "辆", "台": "台", "架": "架", "艘": "艘", "部": "部", "项": "项", "宗": "宗",
    "支": "支", "组": "组", "种": "种", "版": "版", "步": "步", "个次": "个次", "框": "框", "对": "对", "列": "列", "分": "分", "款": "款", "类": "类", "棵": "棵", "株": "株", "头": "头",
    "只": "只", "层": "层", "起": "起", "根": "根", "杯": "杯",
    # flowers by the stem and the bloom (交易总量约为462万枝, 鲜花8万朵)
    "枝": "枝", "朵": "朵",
    # steps and levels, after Arabic digits only (上下台阶约12000级, 4级6位数编码; 三级物流体系 is a name)
    "级": "级",
    # shares (发售股份326,550,400股, 回购194.3万股; not 股东, 股权, 股票, 股价, 股市)
    "股": "股",
    # tenths of a yuan written alone (每件能赚三四毛钱, 五角钱): 元 (quantities scales them)
    "毛钱": "元", "角钱": "元",
    # an index's points (电商物流指数为109.5点, 比上月提高0.5个点)
    "点": "点", "个点": "点",
    # time
    "天": "天", "小时": "小时", "个小时": "小时", "分钟": "分钟", "秒钟": "秒",
    "个月": "月", "周": "周", "个星期": "周", "星期": "周", "个工作日": "工作日",
    "工作日": "工作日", "次": "次",
    # ratios
    "%": "%", "‰": "‰", "百分点": "百分点", "个百分点": "百分点", "倍": "倍", "成": "%",
    "pct": "百分点",  # analysts' percentage points (下降6pct)
    # measures
    "平方米": "平方米", "平米": "平方米", "㎡": "平方米", "平方公里": "平方公里", "k㎡": "平方公里", "km²": "平方公里", "亩": "亩", "公顷": "公顷",
    "米": "米", "公里": "公里", "千米": "千米", "吨": "吨", "公斤": "公斤", "千克": "千克",
    "斤": "斤", "克": "克", "吨公里": "吨公里", "人公里": "人公里", "门": "门", "千瓦": "千瓦", "兆瓦": "兆瓦", "千瓦时": "千瓦时", "立方米": "立方米", "℃": "℃",
    "兆瓦时": "兆瓦时", "卷": "卷", "毫米": "毫米", "厘米": "厘米",
    # Latin abbreviations, kept as written (SCHEMA: other units as written; 货色重量：60kg, 宽度仅45mm)
    "kg": "kg", "km": "km", "cm": "cm", "mm": "mm",
}
#: foreign currencies written after an amount (二十五万三千二百泰铢, 不到1.9万台币): the unit is
#: the currency as written (SCHEMA: other units as written); 元, 块 and 人民币 are 元, and
#: so are Hong Kong's 港元/港币 and Macao's 澳门元/澳门币, which pages from there write for their
#: own 元 (held-out 808, 1110, 1213: 2,136萬澳門元 → 元).
#: Source: the currencies of jionlp's money parser tests (issue 12) and those of
#: China's main trading partners as the news names them.
FOREIGN_CURRENCIES: tuple[str, ...] = (
    "日元", "韩元", "澳元", "加元", "新加坡元", "英镑", "卢布", "泰铢", "卢比", "林吉特", "瑞士法郎", "法郎",
    "台币", "新台币", "越南盾", "印尼盾",
    # Malaysia's ringgit and sen, Singapore's dollar, as Chinese-language papers there write them
    "令吉", "马币", "新元", "新币",
)
UNITS.update({c: c for c in FOREIGN_CURRENCIES})
#: other spellings of a currency: 圆 as on banknotes (肆佰叁拾万圆), 日圆 as Taiwan and Hong Kong write 日元,
#: 美金 for 美元
UNITS.update({"圆": "元", "日圆": "日元", "美金": "美元", "澳门元": "元", "澳门币": "元"})
#: the currency's name for 元 written as the unit (每公斤30人民币升到40人民币): 元, not 30 人
UNITS.update({"人民币": "元", "元人民币": "元"})
#: words that begin with 元 or 圆 after a day (1月1日元旦, 2月15日元宵节, 于15日圆满完成): the 日 is
#: the date's, not 日元 or 日圆 (yen)
YUAN_WORDS: tuple[str, ...] = ("元旦", "元宵", "圆满")
#: currency names written right after 元 (数十亿元人民币): the 元 is money, not part of a name (三元里)
CURRENCY_AFTER_YUAN: tuple[str, ...] = ("人民币", "港币", "新台币", "台币")
#: two Chinese digits in a row that are a range though not consecutive (三五百块 = 300 to 500);
#: consecutive ones (两三个, 八九亿) always are
LOOSE_DIGIT_PAIRS: tuple[str, ...] = ("三五",)

#: words after a bare scale (万亿元门槛, 千亿级别): a milestone, not a figure.
MILESTONE_WORDS: tuple[str, ...] = ("门槛", "大关", "关口", "级别", "量级", "台阶", "俱乐部")

#: words that start with 成: after a numeral without a qualifier, 成 is part of
#: the word, not tenths (这一成绩, 一成不变); 约三成果农 stays 30 %.
CHENG_WORDS: tuple[str, ...] = (
    "成绩", "成为", "成功", "成本", "成交", "成果", "成立", "成员", "成熟", "成效", "成长",
    "成就", "成型", "成品", "成都", "成套", "成批", "成片", "成群", "成年", "成人", "成份",
    "成分", "成不变", "成形", "成真", "成色", "成风", "成家", "成行", "成事",
)

#: words after a length of time that make it part of a rate's name (72小时准时率为83.75%, 48小时妥投率):
#: the name of what is measured, not a figure (set 44's 4408)
TIMED_RATE_NAMES: tuple[str, ...] = ("准时率", "妥投率", "送达率", "达标率", "签收率", "投递率", "时限达标率", "内妥投率",
                                     "内送达率", "内投递率")

#: titles after an office's number (海关快件二处处长徐枫): the number names the office, it counts nothing
OFFICE_HEAD_TITLES: tuple[str, ...] = ("处长", "副处长", "科长", "副科长", "主任", "副主任")

#: Words after a number that make it a date or a clock time, not a figure.
DATE_WORDS: tuple[str, ...] = ("年", "月", "日", "号", "点", "时", "季度", "世纪", "岁", "周岁", "周年", "届")
#: counters read only after Arabic digits (培训班12期; 二期工程 is a phase, not a count).
ARABIC_ONLY_UNITS: frozenset[str] = frozenset({"项", "期", "版", "分", "级"})


# --- qualifiers ----------------------------------------------------------
#: word before a number → qualifier (SCHEMA "qualifier").
QUALIFIERS_BEFORE: dict[str, str] = {
    "约": "about", "大约": "about", "近": "about", "将近": "about", "接近": "about",
    "大概": "about", "差不多": "about", "约合": "about",
    "超": "over", "超过": "over", "逾": "over", "突破": "over", "至少": "over",
    "多于": "over", "大于": "over", "高于": "over", "超出": "over", "不少于": "over", "不低于": "over", "不小于": "over",
    "不大于": "under", "不多于": "under", "不高于": "under",
    "不下": "over", "不多于": "under", "不高于": "under",
    "不到": "under", "不足": "under", "小于": "under", "少于": "under", "低于": "under",
    "未满": "under", "不超过": "under", "不超": "under",
}
#: people asked in a survey: “97%的用户表示满意” is a rate (SCHEMA), “60%的行政村” a share
SURVEYED_PEOPLE: tuple[str, ...] = ("用户", "市民", "人士", "居民", "受访者", "消费者", "客户", "群众", "村民", "网友",
                                    "商界", "业主", "住户", "学生", "师生", "员工", "快递员", "从业人员",
                                    "被访者", "调查对象", "被调查者", "受访用户", "受访居民")
#: what such people say in a survey (表示满意, 认为, 支持): without one, 80%以上的居民 is a share
ATTITUDE_WORDS: tuple[str, ...] = ("满意", "表示", "认为", "赞同", "支持", "认可", "好评", "评价", "感觉", "觉得",
                                   "赞成", "反映", "希望", "担心")
#: a count's noun named before an amount without a unit (服务人次达542.85万, 观看人数突破2万) → its unit
COUNT_NOUN_UNITS: dict[str, str] = {"服务人次": "人次", "人数": "人", "户数": "户", "消费者": "人", "用户": "人",
                                    "选手数量": "人", "骑手数量": "人", "快递员数量": "人"}
#: words between a count's noun and its amount (观看人数突破2万, 选手数量攀升至2.6万)
COUNT_REACH_WORDS: tuple[str, ...] = ("达到", "达", "为", "突破", "超过", "超", "约", "近", "共", "已", "攀升至", "增至",
                                      "增加到", "增长到", "升至", "上升至", "升到")
#: people counted without a counter (SCHEMA: 数百万快递小哥 → 人): 400万快递小哥, 31万多邮政人员
PEOPLE_NOUNS: tuple[str, ...] = ("快递小哥", "快递员", "邮递员", "投递员", "邮政人员", "从业人员", "员工", "职工",
                                 "人员", "干部", "志愿者", "从业者", "骑手", "外卖骑手", "外卖员", "配送员",
                                 "新就业形态", "选手", "运动员", "参赛者")
#: people a postal unit serves, counted without a counter (超10万茶农): their unit is 人
PEOPLE_SERVED: tuple[str, ...] = ("茶农", "果农", "菜农", "农户", "农民", "村民", "居民", "牧民", "渔民", "群众", "网友",
                                  "游客", "顾客", "消费者", "市民", "种植户", "养殖户", "人口")
#: moves in a ranking: a 位 or 名 after them counts places, not people (上升三位, 前移2名)
RANK_MOVES: tuple[str, ...] = ("上升", "下降", "提升", "前移", "后移", "前进", "后退", "跃升", "上升了", "下降了",
                               "提升了", "前进了")
#: words that end with a qualifier's characters but are verbs (节约20天, 预约1500次, 违约)
NOT_QUALIFIER_WORDS: tuple[str, ...] = ("节约", "预约", "制约", "签约", "违约", "履约", "特约", "相约", "赶超", "最近", "附近")
#: vague words before a bare scale character (上百, 数千, 几十) → qualifier.
VAGUE_BEFORE: dict[str, str] = {"上": "about", "数": "about", "几": "about", "成": "about"}
#: word after the number (before the unit) → qualifier.
QUALIFIERS_INSIDE: dict[str, str] = {"多": "over", "余": "over", "几": "about", "来": "about"}
#: vague numbers (数百, 上万, 十几, 二十来) are ``about`` with a range: the
#: value is the number as written (数百 → 100) and value_high the largest
#: number the words allow (数百 → 900, 十几 → 19).
VAGUE_WORDS: frozenset[str] = frozenset({"上", "数", "几", "成"})
VAGUE_AFTER: frozenset[str] = frozenset({"几", "来"})
#: words before a length of time in months or years (issue 14, durations): 持续2个月, 为期一个月,
#: 历时两个月, 用了3个月, 有效期两年, 合同期限为1年, 留存档案四年, 服务期3年
SPAN_CUES: tuple[str, ...] = ("持续", "为期", "历时", "用时", "耗时", "用了", "花了", "长达", "期限", "有效期",
                              "服务期", "周期", "留存", "保存", "存档", "档案", "保管", "工期", "建设期", "试运行")
#: what 起 counts: cases, complaints, accidents (处理投诉5起, 案件1起); elsewhere it is no counter
#: (自5日起, 一起)
CASE_WORDS: tuple[str, ...] = ("案件", "案", "投诉", "申诉", "事故", "纠纷", "事件", "违法", "违规", "火灾", "诈骗", "盗窃",
                               # traffic offences counted in 起 (骑手闯红灯8起, 逆行2起, 不戴头盔18起)
                               "闯红灯", "逆行", "超速", "违停", "头盔", "按道行驶", "违章")
#: shopping festivals named by a number (双11, 双十二, 618大促): the number names the day, no figure
FESTIVAL_NUMBERS_AFTER_SHUANG: tuple[str, ...] = ("11", "12", "十一", "十二")
FESTIVAL_NUMBERS: tuple[str, ...] = ("618", "520", "818", "1111")
FESTIVAL_AFTER: tuple[str, ...] = ("期间", "大促", "购物节", "当天", "前夕", "狂欢", "电商节", "活动", "包裹", "快递")
#: a cap written before an amount and its verb (最高可罚其5000元, 最长可存放7天, 最多可寄): under
CAP_BEFORE: tuple[str, ...] = ("最高", "最多", "最长", "上限为", "上限")
CAP_VERBS: tuple[str, ...] = ("罚款", "处以", "罚", "处", "存放", "保管", "免费保管", "寄存", "赔偿", "赔付", "收取", "收费")
#: a cap written after an amount (3元封顶)
CAP_AFTER: tuple[str, ...] = ("封顶",)
#: word after the unit → qualifier.
QUALIFIERS_AFTER: dict[str, str] = {
    "以上": "over", "多": "over", "余": "over", "开外": "over", "+": "over",
    "左右": "about", "上下": "about", "许": "about",
    "以下": "under", "以内": "under", "内": "under",
}

# --- measures ------------------------------------------------------------
#: verbs of change; value = sign × number (SCHEMA: decreases are negative).
#: words of a table's column header that make its cells changes (同比增长（%）) or shares (占全国比重（%）)
TABLE_CHANGE_HEADERS: tuple[str, ...] = ("同比", "环比", "按年", "比上年", "较上年", "增减", "增长", "增速", "增幅", "升降")
#: a table's note or title saying its cells are counted at each year's end (注：…均为年末数)
YEAR_END_NOTES: tuple[str, ...] = ("年末数", "年底数", "年末实有", "年末拥有")
TABLE_SHARE_HEADERS: tuple[str, ...] = ("比重", "占比", "占全", "份额")
#: words of a column header for a figure since the year began (累计) or for the report's month
#: alone (当月, 本月), as in the State Post Bureau's monthly tables (6月份 累计 / 当月)
TABLE_CUMULATIVE_HEADERS: tuple[str, ...] = ("累计", "累计数", "年累计")
TABLE_MONTH_HEADERS: tuple[str, ...] = ("当月", "本月")
#: what a column header of changes compares with, after 比 or 较 (比去年同期增长（%）→ 去年同期);
#: longer first
TABLE_BASIS_REFERENCES: tuple[str, ...] = ("去年同期", "上年同期", "上月", "上年", "去年", "同期")
#: words before a row label that are not its subject (其中：快递业务收入)
TABLE_LABEL_PREFIXES: tuple[str, ...] = ("其中", "内含", "含")
#: postal items counted in a statistics table's rows (函件 万件, 订销报纸累计数 万份, 汇兑 万笔):
#: a row so labelled whose unit is not money counts items handled (SCHEMA: volume)
TABLE_ITEM_WORDS: tuple[str, ...] = ("函件", "包裹", "快递", "快件", "邮件", "特快专递", "印刷品", "报纸",
                                     "杂志", "报刊", "期刊", "汇兑")
#: verbs of adding whose object stands between them and the amount (临时增加装卸人员320余名): a change
ADDING_VERBS: tuple[str, ...] = ("增加", "扩容", "新发展", "增开")
#: what is used less after 减少 (减少胶带使用约4.2亿米): a decrease
USE_WORDS: tuple[str, ...] = ("使用", "用量", "消耗", "排放", "耗材")
CHANGE_VERBS: dict[str, int] = {
    "增长": 1, "增加": 1, "提高": 1, "提升": 1, "上升": 1, "上涨": 1, "增多": 1, "增产": 1,
    "增": 1, "涨": 1, "攀升": 1, "扩大": 1, "新增": 1, "净增": 1, "增收": 1, "延长": 1,
    "高出": 1, "多出": 1,
    "下降": -1, "减少": -1, "降低": -1, "下滑": -1, "回落": -1, "缩短": -1, "减": -1, "减产": -1,
    "降": -1, "大降": -1, "挫": -1, "萎缩": -1, "收窄": -1, "缩减": -1, "跌": -1, "下跌": -1,
    "便宜": -1, "节省": -1, "节约": -1, "压缩": -1, "成长": 1, "负增长": -1, "升": 1,
    "多挣": 1, "多赚": 1, "多收入": 1, "多收": 1, "多卖": 1, "多销": 1,
    "少花": -1, "少用": -1,
    # packaging used less (胶带宽度减量25%, 使包装耗材减量20%; set 46's 4608)
    "减量": -1,
    # a growth rate that slowed or quickened (增幅较1至9月放缓0.1个百分点; set 46's 4611)
    "放缓": -1, "加快": 1,
}
#: comparatives that are a change only after 比/较 (比上年多3万件; 高达3000件 is a level).
COMPARATIVE_VERBS: dict[str, int] = {"高": 1, "多": 1, "低": -1, "少": -1, "提前": -1, "推迟": 1,
                                     # a growth faster or slower than another (较行业增速快2.5个百分点)
                                     "快": 1, "慢": -1}
#: verbs whose amount is a level unless compared (帮助农民增收1.25亿元 is income earned).
LEVEL_UNLESS_COMPARED: tuple[str, ...] = ("增收",)
#: currency names between a qualifier and its number (约新台币15亿元, 约澳门币5元)
#: a currency's sign before an amount (HK$2.2, US$1.5, ¥350) and the unit it stands for (a key of UNITS);
#: a bare $ is left alone: Hong Kong's and America's dollar write it alike
CURRENCY_SIGNS: dict[str, str] = {"HK$": "港元", "HKD$": "港元", "US$": "美元", "USD$": "美元", "MOP$": "澳门元",
                                  "NT$": "元", "RMB¥": "元", "¥": "元", "￥": "元"}
CURRENCY_NAMES: tuple[str, ...] = ("新台币", "人民币", "港币", "港元", "澳门币", "澳币", "美元")
#: doubling words → pct_change in % (SCHEMA: 翻番 → pct_change 100).
DOUBLING: dict[str, int] = {"翻番": 100, "翻一番": 100, "翻了一番": 100, "翻倍": 100,
                            "翻了一倍": 100, "翻两番": 300, "翻了两番": 300}
#: marks of a box's or list's entries (◆行业电子运单使用率达到92%): text, never a headline
ENTRY_BULLETS: tuple[str, ...] = ("◆", "●", "■", "▪", "•")
#: marks a post sets before a title (▲上半年我市邮政快递揽投业务量同比增长22.28%): not the title's
TITLE_MARKS: str = "▲△▶►★☆◆◇●○■"
#: a title's deck (副题), the line printed under its main line: its heads. A line under the
#: title opening so is a subtitle (——记…的邮递员), never part of the headline.
SUBTITLE_DASHES: tuple[str, ...] = ("——", "—", "－－", "--")
#: a title's first line ending so leads into the line under it (国家邮政局监测数据显示 /
#: “双11”期间揽收…): one title printed on two lines, not a title and its deck
TITLE_LEAD_IN_ENDS: tuple[str, ...] = ("显示", "表示", "称", "：", ":", "，", "、", "的", "和", "与", "及", "在", "为")
#: a title's second line opening with these names its own subject (全省邮政代理金融业务…,
#: 寿光邮政…): the main title under a kicker (引题), not a deck
SUBJECT_OPENINGS: tuple[str, ...] = ("全国", "我国", "全省", "我省", "全市", "我市", "全区", "我区", "全县", "我县",
                                     "国家邮政局", "中国邮政")
#: a year in a headline followed by these is a target, not the report's year
#: (2025年无锡快递服务先进制造业收入要超20亿元)
HEADLINE_TARGET_WORDS: tuple[str, ...] = ("要超", "要达", "将达", "将超", "力争", "目标", "预计", "有望", "计划")
#: organisations whose fiscal year is not the calendar year: name → (the month
#: it ends in, how a year is named: "end" = by the year it ends in, FedEx's
#: 2004财年 = 2003-06/2004-05; "start" = by the year it starts in, 日本邮政2023年度
#: = 2023-04/2024-03).  From each company's annual report.  A 财年 with none of
#: them near it is the calendar year (China's fiscal year, 财政年度, is the calendar's).
FISCAL_YEAR_ENDS: dict[str, tuple[int, str]] = {
    "联邦快递": (5, "end"), "FedEx": (5, "end"),
    "美国邮政": (9, "end"), "USPS": (9, "end"),
    "阿里巴巴": (3, "end"), "阿里集团": (3, "end"), "菜鸟": (3, "end"),
    "日本邮政": (3, "start"), "日本邮便": (3, "start"), "新加坡邮政": (3, "end"), "新邮政": (3, "end"),
    "澳大利亚邮政": (6, "end"), "澳洲邮政": (6, "end"), "新西兰邮政": (6, "end"),
    "皇家邮政": (3, "end"), "英国皇家邮政": (3, "end"), "印度邮政": (3, "end"),
}
#: how a fiscal year is written after its year in digits (2024财年, 2023年度)
FISCAL_YEAR_WORDS: tuple[str, ...] = ("财年", "财政年度", "会计年度", "财务年度", "年度")

#: a running total (截至3月4日，累计寄递…1.63亿件): counted from the start of what the item reports,
#: known at the 截至 day, which is its period unless the sentence names this year (今年累计…)
CUMULATIVE_WORDS: tuple[str, ...] = ("累计", "共计", "总计")
THIS_YEAR_WORDS: tuple[str, ...] = ("今年", "本年", "年内", "全年", "年初")
#: a running total under 截至 + day that is one of the yearly series, compared year on year or by
#: the day it was reached (截至9月18日，全省快递业务量累计完成2.93亿件，同比增长49.83%; 截至2月8日，累计
#: 突破百亿件，较2019年提前40天): the year to date, as the gold of sets 23 and 43 reads it, not a
#: total since a start the item does not give (截至3月4日，累计寄递防疫物资1.63亿件)
YEAR_TO_DATE_CUES: tuple[str, ...] = ("同比", "业务量", "业务收入", "业务总量", "提前")
#: a company's report of a period (公布第三季度业绩, 2023年第三季度未经审计的财务业绩): that period
#: frames the figures of the item after it, wherever in its sentence it stands
RESULTS_WORDS: tuple[str, ...] = ("业绩", "财报", "经营数据", "经营简报", "年报", "季报", "中期报告", "年度报告",
                                  "财务报告", "业绩报告")
#: a report or survey named after its period (2017年中国电商物流与快递从业人员调查结果): the
#: verbs of releasing a named report (发布《2022年邮政行业发展统计公报》): the day before them dates the release
RELEASE_VERBS: tuple[str, ...] = ("发布", "公布", "解读", "印发", "出台")
#: period frames the figures the report gives, wherever the sentence names it
REPORT_NAME_WORDS: tuple[str, ...] = ("调查结果", "调查报告", "统计公报", "发展报告", "白皮书", "蓝皮书", "监测报告")
#: words of aspiration: a doubling after them is a hope, not a figure (有望实现翻番).
ASPIRATION_WORDS: tuple[str, ...] = ("有望", "力争", "争取", "目标", "计划", "预期", "希望")
#: words of growth rate: a % right after them is a pct_change (增速达52.6%).
GROWTH_RATE_WORDS: tuple[str, ...] = ("增速", "增幅", "增长率", "涨幅", "降幅", "增长速度", "跌幅", "下降率")
#: …those of them that measure a fall: the % after them is negative (降幅为5%, 累计跌幅达到26.81%,
#: 支出数比预算数减少…，下降率为73.08%)
FALL_RATE_WORDS: tuple[str, ...] = ("降幅", "跌幅", "下降率")
#: growth written as a noun after a percentage (实现12%的同比增长, 保持50%以上的高速增长):
#: the % is the change; the sign is that of the noun (lexicon.CHANGE_VERBS), its basis
#: the comparison inside the phrase.
GROWTH_NOUNS: tuple[str, ...] = ("增长", "增幅", "涨幅", "增速", "下降", "降幅", "下滑", "减少")
#: share cues: a % after these (or a % followed by 的 + noun) is a share.
SHARE_WORDS: tuple[str, ...] = ("占比", "比重", "占", "份额", "全覆盖", "覆盖")
#: a run of years counted back from the period's last year: 连续6年保持50%以上的增长
#: in 2019 covers 2014/2019 (the N years ending then).
RUN_OF_YEARS_WORDS: tuple[str, ...] = ("连续",)
#: a yearly average over the years a sentence names (从2020年的…增长到2024年的…，年均增长11.3%):
#: its period runs from the first of them to the last (2020/2024), as written.
AVERAGE_WORDS: tuple[str, ...] = ("年均",)
#: bases that stand alone, written before a change verb.
BASIS_WORDS: tuple[str, ...] = ("同比", "环比", "按年", "按月", "按季", "年均")
#: Taiwan's year on year (年增11.3%), a basis in running text only where the two rules
#: below allow (not 全年增长, 比上年增长, 比往年增加, 年增长率)
YEAR_ON_YEAR = "年增"
#: what keeps 年增 from being the basis 年增 (Taiwan's year-on-year): 全年增长, 今年增加
NOT_YEAR_ON_YEAR_BEFORE = "全今去明本当上前往历每年均0123456789"
#: what 年增 as a basis is followed by: a number or its qualifier (年增11.3%, 年增近2成, 年增率)
YEAR_ON_YEAR_AFTER = "0123456789一二两三四五六七八九十约近逾超率"
#: bases that follow 比/较/与, longest first when compiled.
BASIS_TERMS: tuple[str, ...] = (
    "上年同期", "去年同期", "前年同期", "上一年度", "上年度", "上年底", "去年底", "上年末", "去年末", "上年", "去年", "前一日", "前一天", "上月",
    "上季度", "上一年", "原来",
    "上周", "前年", "同期", "平日", "全国增速", "全国平均水平",
)

#: what a comparison written whole ends with (较去年农历同期, 比2023年春节假期): such a
#: basis is kept whole rather than cut to a shorter term inside it (去年).
BASIS_NOUNS: tuple[str, ...] = ("同期", "假期", "长假", "春运", "水平", "增速", "黄金周")

# --- metrics -------------------------------------------------------------
#: cue word → metric (SCHEMA "Metric vocabulary" and "Conventions").  The cue
#: nearest before a figure, in its own clause first, decides; longer cues win.
METRIC_CUES: dict[str, str] = {
    # business_total before volume/revenue: 业务总量 is reported in 元.
    "业务总量": "business_total", "服务总量": "business_total",
    # …but the total of one kind of parcels is a volume (占邮政包裹业务总量的近四成)
    "包裹业务总量": "volume", "寄递业务总量": "volume", "快递业务总量": "volume",
    # revenue
    "业务收入": "revenue", "收入": "revenue", "创收": "revenue", "营收": "revenue",
    "增收": "revenue", "营业额": "revenue", "挣": "revenue", "赚": "revenue", "揽金": "revenue",
    # sales
    "销售额": "sales", "零售额": "sales", "零售总额": "sales", "进出口额": "sales", "交易额": "sales", "成交额": "sales", "带货": "sales", "销售": "sales",
    # trade: the value of goods imported and exported is a value sold (跨境电商进出口1.22万亿元); 出口
    # alone is mail sent abroad (出口函件40622件)
    "进出口": "sales", "出口额": "sales", "进口额": "sales", "贸易额": "sales",
    "助销": "sales", "销量": "volume",  # 销量 is a quantity sold (held-out 103, 204, 211: 占…线上销量的6成)
    "卖出": "sales", "卖": "sales", "买": "sales",
    "售出": "sales", "代销": "sales", "营销额": "sales", "订货": "sales",
    # newspapers and stamps sold by subscription or order (held-out 702, 705, 711)
    "流转额": "sales", "收订": "sales", "订阅": "sales", "预订": "sales", "理财": "sales",
    "期发数": "volume",
    # newspapers and magazines delivered, in the bureau's bulletins (报纸业务累计完成82.0亿份)
    "报纸业务": "volume", "杂志业务": "volume", "报刊业务": "volume",
    # price per parcel (快递服务单票收入（元）), before revenue's 收入
    "单票收入": "price", "单件收入": "price",
    # money
    "投资": "money", "投入": "money", "存款": "money", "保费": "money", "资金": "money",
    "拨款": "money", "盈利": "money", "利润": "money", "产值": "money", "货款": "money",
    "储蓄": "money", "贷款": "money", "补贴": "money", "节省": "money", "费用": "money",
    "亏损": "money", "营运亏损": "money", "盈余": "money", "税前盈余": "money", "保费收入": "money",
    "余额": "money", "保险": "money", "经费": "money",
    # profit and tax are money, not revenue (毛利27.06亿元, 年纳税可达1500万元)
    "毛利": "money", "净利": "money", "纳税": "money", "税收": "money", "罚款": "money",
    # an economy's aggregates and a government's or household's income are money, not a business's
    # revenue (地区生产总值增长6.5%, 第三产业增加值, 公共财政预算收入, 居民人均可支配收入)
    "生产总值": "money", "增加值": "money", "总产值": "money", "财政收入": "money", "预算收入": "money",
    "可支配收入": "money", "一般公共预算收入": "money", "固定资产投资": "money",
    # online engagement (SCHEMA: 观看, 点赞, 评论, 转发 → other)
    "观众": "other", "点赞": "other", "观看": "other", "评论": "other", "转发": "other", "浏览": "other",
    "引流": "other", "围观": "other",
    "营运量": "volume", "培训": "count",
    # the goods a postal network carries to and from the countryside (带动农产品进城和工业品下乡近万亿元)
    "农产品进城": "sales", "工业品下乡": "sales", "出村进城": "sales", "下乡进村": "sales",
    # mail and cargo carried, counted by weight (货邮运输量达到898.2万吨, 运邮量2.5万吨): a volume (SCHEMA:
    # parcels handled in any unit)
    "货邮": "volume", "运邮": "volume",
    # goods flown or loaded by the tonne (空运抵深的樱桃1200余吨, 每班载量30吨, 满载14吨大樱桃)
    "空运": "volume", "载量": "volume", "满载": "volume", "载有": "volume", "装载": "volume", "运力": "volume",
    # …but what a load weighs (共发运4车、26700余件、重达83吨) is a weight (public 0xx)
    "重达": "other", "重约": "other",
    # price
    # an index, whatever it indexes: its value in % is a rate (仓储指数为52.2%), its moves and its
    # points are other (同比提升3%, 回升2个百分点, 109.5点) (meaning reads the pseudo-metric "index")
    "指数": "index",
    "单票价格": "price", "单件价格": "price", "平均价格": "price",
    "定价": "price", "单价": "price", "面值": "price", "成本": "price", "资费": "price", "邮费": "price", "价格": "price",
    "邮资": "price", "运费": "price", "售价": "price", "快递费": "price", "保价费": "price", "寄递费": "price",
    "价位": "price", "包邮价": "price", "零售价": "price", "标价": "price",
    # revenue as Hong Kong and Taiwan papers write it (營運收益, 營業收益)
    "营运收益": "revenue", "营业收益": "revenue", "经营收益": "revenue",
    # volume
    "业务量": "volume", "寄递量": "volume", "邮寄量": "volume", "发件量": "volume",
    "快递量": "volume", "处理量": "volume", "揽收量": "volume", "投递量": "volume",
    "包裹量": "volume", "发货量": "volume", "件量": "volume", "邮件量": "volume",
    "代运": "volume", "下行": "volume", "上行": "volume", "寄出": "volume", "寄递": "volume",
    "揽收": "volume", "投递": "volume", "配送": "volume", "发运": "volume", "收投": "volume",
    "收寄": "volume", "邮寄": "volume", "运送": "volume", "发货": "volume", "派送": "volume",
    "包裹": "volume", "邮件": "volume", "快件": "volume", "订单": "volume", "揽投": "volume",
    "寄": "volume",
    # parcels handled (当天各邮政、快递企业共处理2.51亿件; issue 14: 收发/处理 are volume); 处理 alone
    # is also a handling centre's (处理中心的5万余件出口邮件: the unit decides)
    "共处理": "volume", "累计处理": "volume", "处理了": "volume", "收发": "volume",
    # 快递企业累计完成快递业务5437.40万件: the business done, in parcels (not the 企业 counted); its
    # revenue keeps its own cue (完成快递业务收入7.12亿元)
    "完成快递业务": "volume", "完成快递业务收入": "revenue",
    # customers
    "客户": "customers", "用户": "customers", "家庭": "customers", "商户": "customers",
    "患者": "customers", "好友": "customers", "粉丝": "customers", "会员": "customers",
    "群众": "customers", "消费者": "customers", "村民": "customers", "居民": "customers",
    "果农": "customers", "茶农": "customers", "牧民": "customers", "农户": "customers",
    "接待": "customers", "游客": "customers", "顾客": "customers", "惠及": "customers",
    # count
    "问诊": "count", "党员": "count", "医院": "count", "乡镇": "count", "行政村": "count",
    "直播间": "count", "企业": "count", "网点": "count", "站点": "count", "服务站": "count",
    "队员": "count", "员工": "count", "申诉": "count", "投诉": "count", "发放": "count",
    "代办": "count", "事项": "count", "投诉量": "count", "申诉量": "count", "加盖": "count", "纪念戳": "count", "邮戳": "count",
    # enforcement: cases, penalties and inspections are counts (办理行政处罚案件1460件, 出动执法人员97人次)
    "案件": "count", "立案": "count", "处罚": "count", "违法": "count", "违规": "count", "执法": "count",
    "出动": "count", "检查": "count",
    # area
    "面积": "area", "年产": "other", "产量": "other",
    # duration
    "等待": "duration", "时长": "duration", "倒计时": "duration", "用时": "duration",
    "时限": "duration", "奋战": "duration",
    # rate
    "覆盖率": "rate", "通达率": "rate", "满意度": "rate", "率": "rate", "比例": "rate",
}

#: canonical unit → metric when no cue decides (and which cues may override).
UNIT_METRICS: dict[str, str] = {
    "元": "money", "美元": "money", "港元": "money", "欧元": "money",
    "件": "volume", "单": "volume", "票": "volume", "封": "volume", "包": "volume",
    "平方米": "area", "亩": "area", "公顷": "area", "平方公里": "area",
    "户": "customers",
    "天": "duration", "小时": "duration", "分钟": "duration", "秒": "duration", "月": "duration", "年": "duration",
    "周": "duration", "工作日": "duration",
    "股": "other", "点": "other", "次": "count", "米": "other", "公里": "other", "吨": "other", "吨公里": "other", "人公里": "other", "门": "other", "公斤": "other",
    "斤": "other", "克": "other", "千瓦": "other", "兆瓦": "other", "千瓦时": "other", "立方米": "other",
    "兆瓦时": "other", "毫米": "other", "厘米": "other", "岁": "other", "kg": "other", "km": "other", "cm": "other",
    "mm": "other",
    "℃": "other", "趟": "other", "倍": "other", "列": "count", "车次": "count", "辆次": "count", "台次": "count", "架次": "count", "班次": "other", "班": "other", "分": "rate",
}
UNIT_METRICS.update({c: "money" for c in FOREIGN_CURRENCIES})
#: metrics that a cue may give to a figure of each unit class; others fall back
#: to UNIT_METRICS.  ``None`` means any cue applies.
MONEY_UNITS = frozenset({"元", "美元", "港元", "欧元", *FOREIGN_CURRENCIES})
MONEY_METRICS = frozenset({"revenue", "sales", "business_total", "price", "money"})
UNIT_ALLOWS: dict[str, frozenset[str]] = {
    "元": MONEY_METRICS, "美元": MONEY_METRICS, "港元": MONEY_METRICS, "欧元": MONEY_METRICS,
    "件": frozenset({"volume", "sales", "count"}), "单": frozenset({"volume", "sales", "count"}),
    "票": frozenset({"volume"}),
    "平方米": frozenset({"area", "sales"}), "亩": frozenset({"area"}),
    "天": frozenset({"duration"}), "小时": frozenset({"duration"}), "分钟": frozenset({"duration"}),
    "次": frozenset({"count", "other"}), "吨": frozenset({"other", "sales", "volume"}), "公斤": frozenset({"other", "sales", "volume"}),
    "斤": frozenset({"other", "sales", "volume"}), "公里": frozenset({"other"}), "米": frozenset({"other"}),
    "℃": frozenset({"other"}), "车": frozenset({"count"}), "趟": frozenset({"other"}),
    "场次": frozenset({"count"}), "场": frozenset({"count"}), "期": frozenset({"count"}), "列": frozenset({"count"}),
    "车次": frozenset({"count"}), "辆次": frozenset({"count"}), "台次": frozenset({"count"}), "架次": frozenset({"count"}),
    "枚": frozenset({"count", "sales", "volume"}), "分": frozenset({"rate", "other"}),
    "班次": frozenset({"other"}), "班": frozenset({"other"}),
}
UNIT_ALLOWS.update({c: MONEY_METRICS for c in FOREIGN_CURRENCIES})
#: counters of people, places and things: a verb cue (寄递, 投递) does not make them volume.
COUNTERS = _COUNTERS = frozenset({"count", "customers"})
UNIT_ALLOWS.update({u: _COUNTERS for u in (
    "个", "家", "人", "户", "所", "座", "间", "栋", "处", "条", "辆", "台", "架", "艘",
    "部", "支", "组", "种", "款", "类", "棵", "株", "头", "只", "层", "人次", "项", "宗", "家次")})
#: nouns right after a counter that make it a count, whatever follows (8个乡镇邮件…投递).
COUNT_NOUNS_FIRST: tuple[str, ...] = ("乡镇", "行政村", "建制村", "村", "县", "市", "网点", "站点", "企业", "医院")
#: businesses a postal unit serves (与12家种苗企业签订寄递协议, 为42家茶企提供…服务,
#: 对接136个柑橘专业合作社): counted with one of SERVICE_WORDS in the clause, they are
#: customers; with one of PEER_WORDS (快递企业, 物流企业) they are peers, a count.
CLIENT_NOUN_ENDS: tuple[str, ...] = ("企业", "合作社", "茶企", "农场", "大户", "商家", "厂家", "工厂", "公司")
SERVICE_WORDS: tuple[str, ...] = ("与", "为", "联合", "对接", "帮助", "助力", "服务", "签订", "合作", "提供", "邀请",
                                  "带动", "入驻", "协议")
PEER_WORDS: tuple[str, ...] = ("快递", "寄递", "物流", "运输", "邮政", "同行")
#: an item about cases or complaints (行政执法情况, 用户申诉情况): its 件 count cases, not parcels,
#: unless the clause names parcels (PARCEL_CUES)
CASE_TOPIC_WORDS: tuple[str, ...] = ("申诉", "投诉", "行政执法", "行政处罚", "执法检查", "案件", "违法违规")
#: fees named right after an amount (支付了13.5元快递费, 100元保价费): the amount is a price
#: counters after 每 or the article 一 right before an amount of money (一杯22元, 以每条2元): a unit price
PER_UNIT_COUNTERS: tuple[str, ...] = ("件", "单", "票", "条", "杯", "盒", "份", "本", "张", "枚", "斤", "公斤", "千克",
                                      "瓶", "箱", "袋", "只", "套", "个")
FEE_WORDS: tuple[str, ...] = ("快递费", "保价费", "寄递费", "运费", "邮费", "资费", "手续费")
#: an item reporting a survey (调查报告, 问卷): a share of its respondents is a count's share
SURVEY_TOPIC_WORDS: tuple[str, ...] = ("调查", "调研", "问卷", "受访")
PARCEL_CUES: tuple[str, ...] = ("业务量", "快递量", "包裹", "快件量", "邮件量", "揽收", "投递量", "寄递量", "处理量",
                                "收寄", "发件", "派件")
#: nouns counted right after the unit (14个乡镇, 13.7万个家庭) that decide the metric.
COUNTED_NOUN_METRICS: dict[str, str] = {
    "客户": "customers", "用户": "customers", "家庭": "customers", "商户": "customers",
    "患者": "customers", "群众": "customers", "老人": "customers", "村民": "customers", "会员": "customers",
    "居民": "customers", "游客": "customers", "顾客": "customers", "果农": "customers", "茶农": "customers", "牧民": "customers",
    "农户": "customers", "菜农": "customers", "种植户": "customers", "养殖户": "customers",
    "包裹": "volume", "邮件": "volume", "快件": "volume", "订单": "volume", "证明": "volume",
    "报纸": "volume", "信件": "volume",
}
#: what may follow 快递 counted in 个 when it means parcels (6000个快递进入寄递渠道), not a
#: place, a person or a firm (快递网点, 快递员, 快递代收点)
PARCEL_AFTER_KUAIDI: str = "进出被从到在的和与及已等包"

# --- periods ---------------------------------------------------------------
#: words of frequency before 次: 每周5次 is a frequency (other), 预约1500余次 a count.
FREQUENCY_WORDS: tuple[str, ...] = ("每周", "每天", "每日", "每月", "每年", "一天", "一周", "一月",
                                    "一年", "频次", "每小时", "每班", "日均")

#: a time right after these is what a figure is measured against, not its period
#: (全省快递业务投递量达6亿件，超过2017年全年投递量: 2017 neither dates it nor the sentences after;
#: but 超过2017年423万吨的历史高点: the level after it is 2017's)
EXCEEDED_WORDS: tuple[str, ...] = ("超过", "超出", "超越", "高于", "低于", "相当于")
#: a year right after these dates a founding, not a figure's period (成立于2021年，开业至今…)
FOUNDED_WORDS: tuple[str, ...] = ("成立于", "始于", "建于", "创办于", "开业于", "开通于", "上线于", "投用于",
                                  "组建于", "设立于", "始建于", "创建于", "诞生于")

#: words of a daily average (日均业务量超5.8亿件): daily even after a day is named in the clause
AVERAGE_DAY_WORDS: tuple[str, ...] = ("日均", "平均每天", "平均每日", "每天", "每日")
#: what a report is introduced by after the period heading its sentence (3月经营数据显示，…)
REPORT_VERBS: tuple[str, ...] = ("显示", "表明", "统计")
#: flows named beside a daily one in its sentence (日均进港量…，出港量约1.07万件): daily too
PARALLEL_FLOW_WORDS: tuple[str, ...] = ("进港", "出港", "进口", "出口", "投递", "揽收", "派送", "发件", "收件", "进", "出")
#: words for the day an article's first sentence opens with (今天(9月25日)下午，…, 近日，…)
LEAD_DAY_WORDS: tuple[str, ...] = ("今天", "昨天", "今日", "昨日", "近日", "日前")
#: the end of an exception (除宁夏、西藏以外): the places inside it are left out
EXCEPT_ENDS: tuple[str, ...] = ("以外", "之外")
#: words that make a figure a daily figure (SCHEMA "period": 日均, 每天, 每日 → daily).
DAILY_WORDS: tuple[str, ...] = ("日均", "每天", "每日", "一天", "单日", "日最高", "日常", "日处理", "日收发", "日揽收",
                                "日投递", "日发件", "日寄递", "日分拣", "日派送", "日出港", "日进港")

#: Roles of a time expression (issue 14): only a *period* dates figures and
#: heads the sentences after it.  A time between one of BASIS_TIME_BEFORE and
#: one of BASIS_TIME_AFTER in its clause is the *basis* of a comparison
#: (与2022年同期相比, 和2019年春节假期相比); a day followed by an event verb dates
#: an *event* (国家邮政局10日发布…, 于3月5日召开); a day right before 电 is a wire
#: *dateline*; a time inside 《…》 is part of a *name*; a year after a target
#: a whole year's statistics published (公布103年郵政統計, 发布2023年邮政行业统计公报):
#: they come out after that year, so a page that dates itself by nothing else is of the
#: next year (its 去年 is the year reported).
PUBLISH_VERBS: tuple[str, ...] = ("公布", "发布", "印发", "出炉")
ANNUAL_REPORT_WORDS: tuple[str, ...] = ("统计", "年报", "公报", "年鉴", "报告")

#: word is a *target* (到2025年…): it dates its own sentence's figures only.
BASIS_TIME_BEFORE: tuple[str, ...] = ("与", "和", "同", "跟", "对比")
BASIS_TIME_AFTER: tuple[str, ...] = ("相比", "相较", "比较", "对比", "同期")
#: …or one of these right after the time (与2021年同比增长7.23%)
BASIS_TIME_RIGHT_AFTER: tuple[str, ...] = ("同比",)
EVENT_VERBS: tuple[str, ...] = ("召开", "举行", "举办", "发布", "公布", "开幕", "闭幕", "印发", "出台", "揭牌",
                                "获悉", "通报", "宣布", "启动会", "新闻发布会", "座谈会", "会议")
#: an event's length before its name (为期一周的集邮展览, 历时4天的展览): with the day it opened
#: or closed, its window of days (issue 14, event windows)
EVENT_LENGTH_WORDS: tuple[str, ...] = ("为期", "历时", "持续", "连续")
#: an event opens (3月5日…开幕) or closes (17日…落下帷幕, 邮展将于7日结束) on a day
EVENT_OPEN_VERBS: tuple[str, ...] = ("开幕", "开展", "启幕", "开启", "启动", "开始", "开馆")
EVENT_CLOSE_VERBS: tuple[str, ...] = ("落下帷幕", "落幕", "闭幕", "结束", "闭展", "收官")
#: a run of days with one of these after it is when an event is held (于7月18日至20日在西安举办):
#: it frames the figures of the sentences after it
EVENT_HELD_VERBS: tuple[str, ...] = ("举办", "举行", "展出", "开展", "召开")
TARGET_TIME_BEFORE: tuple[str, ...] = ("到", "至", "力争", "争取", "预计", "计划", "目标", "有望", "预期")
#: a year before these is a deadline (需要在2015年以前削减200亿美元): a target, never the page's year
TARGET_TIME_AFTER: tuple[str, ...] = ("以前", "之前")

#: a period right before these names a plan, not the period of a sentence's
#: figures (完成全年目标的78.9%): a following 其中，… sentence does not take it
TARGET_WORDS: tuple[str, ...] = ("目标", "任务", "计划", "预算")

#: relative days → offset from the reference day (今天, 昨天, 前天)
RELATIVE_DAYS: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
#: relative months (上个月15号, 下月九号, 本月9日) → offset from the reference month
RELATIVE_MONTHS: dict[str, int] = {"上个月": -1, "上月": -1, "本月": 0, "这个月": 0, "下个月": 1, "下月": 1}
#: relative years before a month or day (去年3月3号, 明年3月份, 前年) → offset from the reference year
RELATIVE_YEARS: dict[str, int] = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
#: words that end a span at the reference day (从2001年起至今, 从上个月到今天)
UNTIL_NOW_WORDS: tuple[str, ...] = ("至今", "到今天", "到现在", "到目前", "至目前")
#: a clause's head counting up to the item's day (截至目前，累计…): from the campaign's start, else that day
#: words before a point in time that a stock is counted at (截至6月末, 到3月底): 累计 under such a month
#: is the count on its last day, not the year to date; and what after the month makes it that point
POINT_HEADS: tuple[str, ...] = ("截至", "截止", "到")
MONTH_END_WORDS: tuple[str, ...] = ("末", "底")
UP_TO_NOW_HEADS: tuple[str, ...] = ("截至目前", "截止目前", "到目前为止", "至目前为止", "截至发稿时", "截至记者发稿时")
#: units of a postal company that a unit inside them is written after (…州邮政分公司|泸水市称杆乡邮政所)
NESTED_UNIT_WORDS: tuple[str, ...] = ("分公司", "邮政所", "支局", "营业部", "揽投部", "邮政局", "分局")
#: verbs after 自…起 that make it the day a change takes effect (自5月30日起调整邮费), not a span to now
EFFECTIVE_VERBS: tuple[str, ...] = ("调整", "实施", "施行", "执行", "上调", "下调", "启用", "开通", "恢复", "停止",
                                    "暂停", "生效", "实行", "取消", "推出", "发行", "开始实施")
#: words after a bare day (3日，记者到…) that make it the day of a reported event, not a period
NARRATIVE_WORDS: tuple[str, ...] = ("记者", "采访", "走进", "来到", "探访", "慰问", "调研", "考察")
#: parts of a month: 上旬 days 1-10, 中旬 11-20, 下旬 21 to the month's end
DECADES_OF_MONTH: dict[str, tuple[int, int]] = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31)}
#: days of the week (星期日 = 7)
WEEKDAYS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
#: holidays on a fixed day of the Gregorian year → (month, day); 十一 (National
#: Day) only where it heads a clause (十一，…)
SOLAR_HOLIDAYS: dict[str, tuple[int, int]] = {"元旦": (1, 1), "国庆节": (10, 1), "国庆": (10, 1),
                                              "教师节": (9, 10), "劳动节": (5, 1), "儿童节": (6, 1),
                                              "十一": (10, 1)}
#: shopping festivals named after their day (双11, 双十二) → (month, day): 双11当天, “双十一”首日 is
#: that day (双11期间 is the campaign, no day)
SHOPPING_DAYS: dict[str, tuple[int, int]] = {"双11": (11, 11), "双十一": (11, 11), "双12": (12, 12), "双十二": (12, 12)}
#: holidays on a fixed day of the lunar year → (lunar month, day); 除夕 is the day before 春节
LUNAR_HOLIDAYS: dict[str, tuple[int, int]] = {"春节": (1, 1), "大年初一": (1, 1), "元宵节": (1, 15), "元宵": (1, 15),
                                              "端午节": (5, 5), "端午": (5, 5), "七夕": (7, 7), "中秋节": (8, 15),
                                              "中秋": (8, 15), "重阳节": (9, 9), "重阳": (9, 9)}
#: how a text names a public holiday with an official break (国务院办公厅's yearly notice)
#: → the break it is (a key of HOLIDAY_BREAK_NAMES, or 中秋国庆 for the two run together).
#: 国庆假期, “五一”期间, 春节长假 and 中秋国庆假期 cover that year's break as published, which
#: :func:`postmetrics.dates.holiday_break` reads from chinesecalendar's table.
#: 中秋国庆 and 双节 are a break only in years where the two run together.
HOLIDAY_BREAKS: dict[str, str] = {"元旦": "元旦", "春节": "春节", "清明": "清明", "清明节": "清明",
                                  "五一": "劳动节", "劳动节": "劳动节", "端午": "端午", "端午节": "端午",
                                  "中秋": "中秋", "中秋节": "中秋", "国庆": "国庆", "国庆节": "国庆", "十一": "国庆",
                                  "中秋国庆": "中秋国庆", "国庆中秋": "中秋国庆", "中秋、国庆": "中秋国庆",
                                  "国庆、中秋": "中秋国庆", "双节": "中秋国庆"}
#: chinesecalendar's names of the breaks (its ``Holiday`` values, English)
HOLIDAY_BREAK_NAMES: dict[str, str] = {"元旦": "New Year's Day", "春节": "Spring Festival",
                                       "清明": "Tomb-sweeping Day", "劳动节": "Labour Day",
                                       "端午": "Dragon Boat Festival", "中秋": "Mid-autumn Festival",
                                       "国庆": "National Day"}
#: what names a holiday's break after the holiday (国庆假期, 春节长假, “五一”小长假, 十一黄金周, 春节期间)
HOLIDAY_BREAK_WORDS: tuple[str, ...] = ("小长假", "长假", "假期", "黄金周", "期间", "假日")
#: lunar month names other than numbers (正月, 冬月, 腊月)
LUNAR_MONTH_NAMES: dict[str, int] = {"正": 1, "冬": 11, "腊": 12}

#: what ends a dateline after its day (新华社北京1月22日电, 央广网北京2月7日消息)
DATELINE_ENDS: tuple[str, ...] = ("电", "消息", "报道")
#: what may stand right before a period placed after its figure (…均在一四年度录得亏损)
LOCATED_TIME_BEFORE: str = "在于"
#: what joins a change to the time its new level is written for (增加7.6%至2024年同期的418亿元)
REACHED_TIME_BEFORE: tuple[str, ...] = ("至", "到", "达到", "达")
#: a year in a headline after these is compared with, not reported (超过2015年全年)
COMPARED_YEAR_BEFORE: tuple[str, ...] = ("超过", "超", "比", "较", "与", "高于", "低于", "相当于", "突破")
#: what a window's name ends with (今年春节期间（1月31日至2月6日）): the name alone
#: later in the item is that window
WINDOW_NAME_ENDS: tuple[str, ...] = ("期间", "假期", "长假", "黄金周", "旺季", "春运")

# --- places -----------------------------------------------------------------
#: what opens a sentence that breaks down the previous one's total (…全国…近26亿件。其中，揽收…):
#: it is about what that sentence was about
PART_OF_PREVIOUS: tuple[str, ...] = ("其中",)
#: words of a month's own figures (当月完成…): a rate after one is not the running total's before it
MONTH_OWN_WORDS: tuple[str, ...] = ("当月", "本月")
#: words that scope a clause to the item's own area (我市, 全省…): after one, a
#: national word earlier in the sentence (国家邮政局数据显示，…我市…) does not
#: make the figure national.
LOCAL_SCOPE_WORDS: tuple[str, ...] = ("我市", "全市", "本市", "该市", "我省", "全省", "本省", "该省", "我区", "全区",
                                      "本区", "该区", "我县", "全县", "本县", "该县", "全州", "我州", "全盟", "全旗",
                                      "全镇", "全乡")
#: a scope word right after these is what is compared with, not the subject (占全省的25%, 居全省首位)
NOT_SCOPE_BEFORE: str = "占比较于在居列与为的超"
#: the level a scope word puts a figure at (全省快递业务量… in an item about 昆明 → 云南省)
#: words by which a city's paper speaks of its own city: an item of 我市 that dwells on one county is the
#: city's (全市 too; not 全州, in which a county ranks itself: 位居全州首位)
OWN_CITY_WORDS: tuple[str, ...] = ("我市", "本市", "全市")
SCOPE_LEVELS: dict[str, str] = {"全省": "province", "我省": "province", "本省": "province", "该省": "province",
                                "全市": "city", "我市": "city", "本市": "city", "该市": "city", "全州": "city",
                                "我州": "city", "全盟": "city"}
#: words of the present in a sentence that looked back (40年前，…不足万人，如今…近4.5万人): a time
#: before them is the past clause's, not the figure's after them
NOW_WORDS: tuple[str, ...] = ("如今", "现如今", "时至今日", "而今")
#: scope words of an autonomous region (内蒙古, 广西, 西藏, 宁夏, 新疆): the region's, in its items
REGION_SCOPE_WORDS: tuple[str, ...] = ("全区", "我区", "本区", "全自治区")
#: Roles of a place mention (issue 14).  Only the *subject* place (the lead, the
#: reporting unit) places an item.  A place right before these is part of a
#: *facility* (合肥转运中心), a *media outlet* (上海证券报) or another name met in
#: passing, and gets no vote; so does a place inside 《…》 and the *venue* of an
#: event (在上海举行).
#: facilities: a place before them in the body is where parcels pass (合肥转运中心, 经郑州机场); in
#: the headline the facility is what the item is about (贵阳机场春运货邮量刷新纪录), and so is its place
FACILITY_AFTER: tuple[str, ...] = ("转运中心", "分拨中心", "处理中心", "集散中心", "中转场", "转运场", "航空枢纽",
                                   "机场", "站", "东站", "西站", "南站", "北站", "港", "口岸")
#: an event named after its city (武汉马拉松, 杭州亚运会, 北京2022年冬奥会): weak evidence of what an
#: item is about (half a vote: an item on the marathon's supplies is Wuhan's, a national item
#: naming 北京冬奥 once is not placed by it), and no clause's own place
EVENT_NAME_AFTER: tuple[str, ...] = ("亚运", "奥运", "冬奥", "运动会", "博览会", "峰会", "论坛", "马拉松")
PASSING_PLACE_AFTER: tuple[str, ...] = FACILITY_AFTER + EVENT_NAME_AFTER + (
    "证券报", "日报", "晚报", "商报", "电视台", "广播电视台", "新闻网", "证券时报", "经济报", "都市报", "晨报",
    "卫视", "报道", "证券交易所", "交易所", "大学", "学院",
    # a listing market (递交香港公开发售申请, 香港IPO, 香港联交所)
    "公开发售", "IPO", "联交所", "联合交易所", "招股", "主板",
    # where a person comes from (随州籍新生)
    "籍",
    # a company's seat (饿了么上海总部)
    "总部",
    # a news site named after a place, in its credit (天山网-新疆日报讯, 大众网讯, 来源:天山网), and a city's
    # web portal (昆明信息港讯)
    "网讯", "网-", "网—", "网－", "网·", "网|", "网｜", "网丨", "网 ", "信息港")
#: a local chronicle's or yearbook's name after a place (《赣州市志》, 《广东统计年鉴》): what it
#: holds is about that place, unlike a paper's or a document's name
CHRONICLE_ENDS: tuple[str, ...] = ("志", "年鉴", "志上册", "志下册", "志·邮电志", "邮电志", "邮政志")
#: …and the titles of a place's statistics (《2023年襄阳市邮政行业发展统计公报》): a place inside them is
#: what the item reports on, not met in passing
PLACED_TITLE_ENDS: tuple[str, ...] = CHRONICLE_ENDS + ("统计公报", "运行情况", "发展情况")
#: a newspaper named after a place (北京青年报记者, 海峡都市报客户端): up to three characters
#: and 报 after the place, then one of these; the place names the paper, not the figure
NEWSPAPER_AFTER: tuple[str, ...] = ("社", "记者", "客户端", "讯", "报道", "消息", "称", "》", "”", "，", "。", "：", " ",
                                    "微信", "微博", "官微", "APP", "网")
#: a place right after these is what the item is compared with (接近南京市水平, 仅次于广东)
COMPARED_PLACE_BEFORE: tuple[str, ...] = ("接近", "超过", "超越", "高于", "低于", "相当于", "仅次于", "赶超", "追平", "领先")
#: a place right after these is a company's seat (总部位于上海的圆通速递): its figures are the company's
SEAT_BEFORE: tuple[str, ...] = ("总部位于", "总部设在", "总部在", "总部设于", "注册地为", "注册于", "总部所在地")
VENUE_VERBS: tuple[str, ...] = ("举行", "召开", "举办", "开幕", "闭幕", "落幕", "启幕")
#: where a reporter saw what the item tells (记者在武汉市黄陂区的仓库看到): a vantage point, no subject
REPORTER_SEEN_VERBS: tuple[str, ...] = ("看到", "见到", "看见", "了解到", "获悉", "探访", "走访", "采访")
#: a place that addresses a facility (东西湖区走马岭的分拨中心, 黄陂区的物资保障仓库): passing
FACILITY_NOUNS: tuple[str, ...] = ("转运中心", "分拨中心", "处理中心", "集散中心", "中转场", "转运场", "仓库",
                                   "物流园", "产业园")
#: meetings whose venue is no subject (全国快递工作座谈会在上海举行); a ceremony or a launch held
#: somewhere (在铜山区举办了线路开通仪式) happens where its subject is
MEETING_WORDS: tuple[str, ...] = ("会议", "大会", "座谈会", "论坛", "峰会", "博览会", "年会", "发布会", "研讨会",
                                  "交流会", "推进会", "现场会", "培训班", "展览会", "展会", "工作会", "颁奖")
#: where someone spoke (局长21日在北京透露, 在京接受记者采访时表示): the place is the venue
SPEECH_VERBS: tuple[str, ...] = ("透露", "表示", "介绍", "宣布", "指出", "发布", "接受", "说")
#: companies that deliver across the country: a clause that opens with one and names no place
#: (顺丰约1800台, 京东单票保价上限30万元) states the company's national figure, not the item's place's
NATIONAL_COMPANIES: tuple[str, ...] = ("顺丰", "中通", "圆通", "韵达", "申通", "极兔", "京东", "德邦", "百世", "菜鸟",
                                       "中国邮政集团", "邮政集团")
#: what a company does in the item's place (顺丰速运共调派了150名工作人员, 5家快递企业同步进驻)
LOCAL_ACTION_WORDS: tuple[str, ...] = ("调派", "派出", "入驻", "进驻", "落户", "当地", "本地", "在此")
#: words that hold a county's two-character name (示范县 holds 范县, 河南省濮阳市): never that county
NOT_PLACE_WORDS: tuple[str, ...] = ("示范县", "模范县", "典范县")
#: words that begin with a place's short name and mean something else (新兴市场: emerging, not 新兴县)
NOT_PLACE_PHRASES: tuple[str, ...] = ("新兴市场", "新兴寄递", "新兴产业", "新兴业态", "新兴领域", "新兴经济体",
                                      "新兴行业", "新兴技术")
#: what may follow a place at the start of a clause when the place is only the
#: start of a name (杭州亚运会, 中山大学, 北京路): then the clause is not about it.
PLACE_NAME_CONTINUATIONS: tuple[str, ...] = (
    "亚运", "运动会", "奥运", "大学", "学院", "医院", "人民医院", "中医院", "路", "街", "大道", "大街",
    "公园", "机场", "火车站", "高铁", "会议", "论坛", "博览会", "峰会", "马拉松", "银行", "日报", "晚报",
    "电视台", "广播", "海关", "大桥", "港口", "号", "籍",
)

# --- items -----------------------------------------------------------------
#: how a topic's or a column's label over a page's first title ends (快递服务满意度调查专题)
TOPIC_LABEL_ENDS: tuple[str, ...] = ("专题", "专栏", "系列报道", "特刊", "专版")
#: the labels of an e-paper reader's lines (文章字数：274, 版面：第003版：洛阳·综合, 当前版：02版):
#: page furniture wherever they stand, never a title's line
EPAPER_LABELS: tuple[str, ...] = ("文章字数", "当前版", "当前报纸名称", "电子报阅读", "版面：", "版面:")
#: …and what an e-paper's navigation lines end with (上一篇 下一篇)
EPAPER_LINE_ENDS: tuple[str, ...] = ("上一篇", "下一篇")
#: a site's frame lines that stand alone (今天是 | over the day's date)
SITE_WIDGET_LINES: frozenset[str] = frozenset({"今天是", "今天是：", "今天是:"})
#: what a column's name ends with (各地动态, 行业快讯, 邮政传真): set apart over a page's first
#: title, such a line is the page's label
COLUMN_NAME_ENDS: tuple[str, ...] = ("动态", "快讯", "专栏", "专题", "观察", "视点", "纵横", "速递", "传真", "简讯")
#: commentary labels (``commentary``).
COMMENTARY_MARKERS: tuple[str, ...] = ("编后", "评论", "短评", "编者按", "记者手记", "快评")
#: byline that closes a photo item (``photo``).
PHOTO_BYLINE: tuple[str, ...] = ("摄影报道", "摄", "供图", "新华社发")
#: byline box characters that open a byline (□李峥).
BYLINE_BOXES: str = "□■▲△◆"

#: words only a newspaper's running head prints (第4版, 星期五): a band at a PDF page's
#: top holding one is its masthead, though its gaps stand over the columns' gutters
RUNNING_HEAD_WORDS: str = r"第[\d一二三四五六七八九十]{1,3}版|星期[一二三四五六日天]"
#: how a newspaper's name ends (中国邮政报, 山东邮政报, 生活报): page furniture at the top
PAPER_NAME_ENDS: tuple[str, ...] = ("报", "日报", "晚报", "快报", "时报", "网站", "门户网站", "政府网", "网")
#: what follows a place's name in a paper's name (安吉新闻, 茂名日报, 山东邮政报, 河南邮政)
#: how a city's or province's daily or news site is named in an article's source line or credit
#: (来源：桂林日报, 广州日报 2019-01-30, 临汾新闻网讯)
LOCAL_PAPER_SUFFIXES: tuple[str, ...] = ("日报", "晚报", "都市报", "晨报", "商报", "新闻网")
PAPER_NAME_SUFFIXES: tuple[str, ...] = ("邮政报", "日报", "晚报", "新闻", "邮政", "报",
                                        # a local government site's name above its page (四平市发展和改革委员会)
                                        "发展和改革委员会", "人民政府", "邮政管理局", "统计局", "融媒体中心", "政府网")
#: how the name of a short internal paper ends (河南邮政, 安吉新闻): a line of at most
#: six characters ending so, above the page's first item, is the masthead
PAPER_NAME_SHORT_ENDS: tuple[str, ...] = ("邮政", "新闻")
#: a column's note under its banner (本栏摘编券商研究报告要点，仅供参考; 本版稿件综合自新华社、广州日报等):
#: it opens with one of PAGE_NOTE_OPENERS and says one of PAGE_NOTE_WORDS; page furniture, no headline
PAGE_NOTE_OPENERS: tuple[str, ...] = ("本栏", "本版", "本期", "本刊", "本页", "本专题")
PAGE_NOTE_WORDS: tuple[str, ...] = ("仅供参考", "不构成", "综合自", "摘编", "摘自", "来源于", "整理")
#: words that name a kind of document in its title (…2024年度报告, …经营指标快报, …复盘及2025年展望)
DOCUMENT_TITLE_WORDS: tuple[str, ...] = ("报告", "快报", "年报", "公报", "通报", "公告", "简报", "周报", "月报",
                                         "展望", "复盘", "综述", "运行情况", "发展情况")
#: how the name of a document's issuer ends (国家邮政局, 江苏省邮政管理局): such a line
#: next to a document's title is not part of it
ISSUER_ENDS: tuple[str, ...] = ("邮政管理局", "邮政局", "管理局", "分公司", "有限公司", "集团公司", "政府")
#: verbs that make a line ending with an office's name a headline, not the issuer (海曙区成立邮政管理局)
NOT_ISSUER_VERBS: tuple[str, ...] = ("成立", "召开", "举行", "举办", "开展", "揭牌", "挂牌", "组建", "走访", "调研",
                                     "部署", "启动", "约谈", "检查", "督导", "获评", "入选")
#: a newspaper page's staff credit under the masthead (编辑 陈珊 校对 黄颖): page furniture
#: the credits a web article or a photo names (文：…, 记者：…, □记者 张三 摄): a line that opens
#: with one and a colon is a credit line, never a headline
CREDIT_WORDS: tuple[str, ...] = ("图文", "文图", "作者", "撰稿", "撰文", "摄影", "编辑", "责编", "通讯员", "记者", "文", "图")
#: labels of a picture's credit (图源：国新网): such a line is never a title
PICTURE_CREDIT_LABELS: tuple[str, ...] = ("图源", "图片来源", "图片由")
#: after a year, its prices are the base of a volume in money (按2010年不变价计算): no period (set 46's 4611)
PRICE_BASE_AFTER: tuple[str, ...] = ("不变价", "可比价", "价格计算", "价格水平")
#: words right before a place that make it where parcels go or come from (寄往台湾, 出口台灣快件, 来自无锡,
#: 送达新疆昌吉): it does not vote for the item's place (places.resolve_place; 到 apart, not after 记者们)
DESTINATION_WORDS: tuple[str, ...] = ("寄往", "发往", "運往", "运往", "销往", "銷往", "寄到", "送到", "发到", "發往", "运到",
                                      "出口", "进口", "進口", "往", "至", "来自", "來自", "抵达", "抵達", "运抵", "運抵",
                                      "送达", "送達")
#: verbs of a route after its origin (从乌鲁木齐市抵达昌吉市, 由广州发往…): the origin is no item's place
ROUTE_VERBS: tuple[str, ...] = ("抵达", "抵達", "到达", "到達", "运抵", "運抵", "发往", "發往", "寄往", "运往", "運往",
                                "飞往", "飛往", "开往", "開往", "寄到", "发到", "运到", "送到", "到", "至")
#: words of a section's label after a box (■ 行业总体, ■ 快递服务, ■ 邮政服务): never a byline's names
SECTION_LABEL_WORDS: tuple[str, ...] = ("服务", "业务", "行业", "总体", "情况", "快递", "邮政", "发展", "概况", "数据",
                                        "动态", "亮点")
#: labels of an article's source line under its title (来源：新华网; 内容出处：《永嘉县志》 页码：404): a date line
SOURCE_LABELS: tuple[str, ...] = ("来源", "出处", "内容出处", "资料来源", "稿源")
#: words that open an item's closing source note on a digest page （来源：新华网，2023年5月6日）
SOURCE_NOTE_WORDS: tuple[str, ...] = ("来源：", "来源:", "摘自", "转自", "原载", "稿件来源", "信息来源：", "文章来源")
#: a label line after which another article follows on the same page (延伸阅读 / 合肥快递…)
ITEM_BREAK_LABELS: tuple[str, ...] = ("延伸阅读", "阅读延伸", "新闻延伸", "往期回顾", "往期链接", "链接", "相关链接", "新闻链接", "背景链接")
#: …those of them that label a sidebar: another article only when a title stands under the label
#: (链接 / 2022年全省…居全国第一 / text); an untitled paragraph under it stays the article's (set 13's 1306)
SIDEBAR_LABELS: tuple[str, ...] = ("链接", "相关链接", "新闻链接", "背景链接")
#: a page label that gathers numbered briefs (要闻回顾, 一周快讯): on such a page each numbered
#: line (1.“五一”期间全国…28.1亿件) is the next brief's title, not a section of one item
ROUNDUP_WORDS: tuple[str, ...] = ("要闻", "快讯", "回顾", "速览", "速递", "简讯", "一周", "新闻汇总", "资讯汇总",
                                  "动态汇总", "每日资讯", "早报", "晚报", "周报", "盘点")
PAGE_STAFF_WORDS: tuple[str, ...] = ("编辑", "校对", "责编", "美编", "组版", "审读", "版式", "设计", "统筹")
#: labels of a web page's document data, between a title and its date (发布机构：四川省邮政管理局)
META_LABELS: tuple[str, ...] = ("发布机构", "发布单位", "发布部门", "发文机关", "发布时间", "发布日期", "信息来源",
                                "来源", "作者", "编辑", "责任编辑", "索引号", "文号", "主题分类", "原标题", "日期", "时间",
                                # a government page's disclosure table (政府信息公开: 索引号 | 发文字号 | 概述 …)
                                "发文字号", "发文机构", "信息分类", "成文日期", "公开日期", "生成日期", "概述", "内容概述",
                                "废止日期", "有效性", "公开方式", "公开范围", "主题词",
                                # a chronicle database's record of an entry (知识类型：析出资源 / 颗粒名称：报刊发行)
                                "知识类型", "颗粒名称", "关键词", "内容出处")
#: labels of a reposted article's original title under its date line (原题：…, 原标题：…)
REPOST_TITLE_LABELS: tuple[str, ...] = ("原题", "原标题")
#: the footer that ends a social-media post (转发 · 评论 · 赞): the next post starts after it
POST_FOOTERS: tuple[str, ...] = ("转发·评论·赞", "转发·评论·点赞", "分享·评论·赞", "赞·评论·转发")
#: labels of a title line in transcripts and exported records (【标题】…, 标题：…): a new item
TITLE_LABELS: tuple[str, ...] = ("标题", "题目", "新闻标题")
#: lines of a web page's frame, never article text (breadcrumbs, sharing, counters, footers)
WEB_CLUTTER: tuple[str, ...] = (
    "首页>", "首页 >", "当前位置", "责任编辑", "编辑：", "审核：", "分享到", "【字体", "字体：", "【打印", "【关闭",
    "点击量", "浏览次数", "阅读次数", "ICP备", "网站标识码", "技术支持", "主办单位", "承办单位", "版权所有",
    "联系我们", "网站地图", "隐私声明", "当前第", "尾页", "上一页", "下一页", "返回目录",
    "来自微博", "来自iPhone", "来自Android", "来自HUAWEI", "来自荣耀", "来自小米", "来自抖音", "微博搜索", "扫一扫", "打印本页", "关闭窗口", "公网安备",
)
#: a line that ends the article on a web page: what follows belongs to other articles
WEB_ARTICLE_END: tuple[str, ...] = ("上一篇", "下一篇", "相关新闻", "相关阅读", "推荐阅读", "相关文章", "热点新闻")
#: sentence-final punctuation: a line ending in one ends a paragraph.
SENTENCE_END: str = "。！？!?；…"
CLOSING_QUOTES: str = "”’」』\"'）)"

# --- pages run together (issue 13, postmetrics.pages) ------------------------
#: heads of a web article's data line under its title (发布时间：2024-10-23  来源：…, 信息来源：…  发布日期：…,
#: 發布單位：…): a government or company site prints one article a page, so a title with such a line
#: under it, set apart by a blank line or beside the font-size buttons, opens a page (a digest page prints
#: its articles' data lines right under their titles: held-out 1608, 1802, 1911).  Source: the pages of
#: tests/data/heldout (1001, 1004, 108, 109, 1011, 1303, 1501).
PAGE_META_HEADS: tuple[str, ...] = ("发布时间", "发布日期", "發布時間", "發布日期", "發佈日期", "信息来源", "資訊來源",
                                    "发布机构", "發布機構", "发布单位", "發布單位", "发布部门")
#: what a web page prints after its article and nothing of another article follows on the page
#: (【打印本页】【关闭窗口】, 第 1 页 / 共 1 页, 分享让更多人看到; read counts are
#: :data:`PAGE_END_COUNTS`): the next line that is none of :data:`PAGE_END_NEXT` opens another page.
#: Source: the web pages of tests/data/heldout (1001, 1005, 1008, 1012, 1105, 112).
PAGE_END_WORDS: tuple[str, ...] = ("关闭窗口", "【关闭】", "【關閉】", "關閉視窗", "关闭本页", "分享让更多人看到")
#: heads of the links to a site's other articles under a web article (上一篇：…, 下一篇：…): its end, as
#: :data:`PAGE_END_WORDS`
PAGE_END_HEADS: tuple[str, ...] = ("上一篇", "下一篇", "上一條", "下一條", "上一则", "下一则")
#: counts a social-media article prints at its end (阅读 2.1万 / 赞 386　在看 56): two of them end its page
PAGE_END_COUNTS: tuple[str, ...] = ("阅读", "閱讀", "在看", "赞", "讚", "点赞", "分享", "转发", "評論", "评论")
#: heads of the lines a web page prints after its article's end (相关阅读, 上一篇：…, · title  date,
#: 【纠错】, 扫一扫…, 写下你的留言): after a :data:`PAGE_END_WORDS` line they are the same page's
PAGE_END_NEXT: tuple[str, ...] = WEB_ARTICLE_END + ("相关", "相關", "上一篇", "下一篇", "分享", "扫一扫", "掃一掃",
                                                    "写下你的留言", "留言", "返回", "【", "·", "•", "阅读", "在看",
                                                    "赞", "推荐", "热门", "猜你喜欢", "主办", "主辦", "承办",
                                                    "版权", "版權", "Copyright", "copyright")
#: heads of a list of the site's other articles after a web article's end (相关阅读 / 安溪：茶乡电商直播…): the
#: titles under it are the same page's, so what follows them is not seen as another page (held-out 1103)
PAGE_END_LISTS: tuple[str, ...] = ("相关", "相關", "推荐", "推薦", "热点", "熱點", "热门", "熱門", "猜你喜欢", "延伸阅读")
#: words of a site's menu or of a post's footer, never a page's section label (网站首页 | 关于我们 | 联系我们)
NOT_SECTION_LABELS: tuple[str, ...] = ("首页", "首頁", "网站", "網站", "联系我们", "聯絡我們", "关于我们", "關於我們",
                                       "地图", "地圖", "隐私", "隱私", "转发", "轉發", "评论", "評論")
#: the font-size buttons a web page prints beside its article's data line (发布时间：…　【字体：大 中 小】)
FONT_SIZE_WORDS: tuple[str, ...] = ("字体", "字體", "字号", "字號")
#: the words a listed company's announcement opens with (证券代码：002120　证券简称：韵达股份　公告编号：…):
#: such a line opens a page (held-out 801)
PAGE_FIRST_WORDS: tuple[str, ...] = ("证券代码", "證券代碼", "股票代码", "股票代碼",
                                     # a page of a social-media site's search (微博搜索  #快递旺季#; held-out 1609)
                                     "微博搜索")
#: an event's data line under its title (时间：2024年7月16日 10:00    地点：国家邮政局新闻发布厅): a web
#: article's data line (as PAGE_META_HEADS) when it names the place too
EVENT_META_HEADS: tuple[str, ...] = ("时间", "時間")
EVENT_META_WORDS: tuple[str, ...] = ("地点", "地點")

#: radicals that PDF text tools and fonts put for whole characters (同⽐增⻓, ⽇均, ⼈⺠): the
#: character each stands for.  The Kangxi radicals (U+2F00–U+2FD5: ⽇ ⽐ ⾄) are folded by their
#: Unicode compatibility mapping (hanzi); the CJK Radicals Supplement has none, so its forms
#: that stand for a character are listed here (⻓ 长, ⺠ 民, ⻔ 门 …)
RADICAL_FORMS: dict[str, str] = {
    "⺟": "母", "⺠": "民", "⻄": "西", "⻅": "见", "⻆": "角", "⻉": "贝", "⻋": "车", "⻐": "钅", "⻑": "長",
    "⻓": "长", "⻔": "门", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻠": "饣",
    "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾",
    "⻬": "齐", "⻮": "齿", "⻰": "龙", "⻳": "龟", "⻁": "虎", "⻗": "雨", "⻊": "足", "⻍": "辶", "⻏": "阝",
}

#: what after 股 makes it the start of another word, not the counter of shares (股东, 股权, 股票,
#: 股价, 股市, 股本, 股民)
NOT_SHARES_AFTER: str = "东权票价市本民"
#: variant forms of characters that no traditional-to-simplified table folds and that place
#: names are written with on some sites (陜西 for 陝西/陕西)
VARIANT_FORMS: dict[str, str] = {"陜": "陕"}
#: what after a place makes it an organisation's seat, not what a clause is about (长春邮政,
#: 安徽省邮政分公司, 凉山州委): a wider place so named in an item about a county leaves its figures there
ORG_AFTER_PLACE: tuple[str, ...] = ("邮政", "邮管", "分公司", "公司", "局", "集团", "政府", "市委", "州委", "县委",
                                    "供销", "商务", "银行", "电信", "移动", "联通", "公安", "海关", "交警", "法院")
#: labels of who made or designed a product (印制厂：北京邮票厂, 设计者：…): the place in such a
#: credit is the maker's seat, not what the item is about
MAKER_LABELS: tuple[str, ...] = ("印制厂", "印制", "承印", "承印厂", "设计者", "设计", "制作", "监制", "出品")
#: words before a price in 分 (hundredths of a yuan: 面值80分 = 0.8 元); elsewhere 分 is a score
FEN_PRICE_CUES: tuple[str, ...] = ("面值", "邮资", "资费", "售价", "定价", "票价", "价格", "邮费", "每枚")
#: price cues whose % change is the price's (单票价格下滑22.18%); 价格 alone is not one (按可比价格
#: 计算，同比增长6.9% is a volume's or a value's growth at constant prices)
PCT_PRICE_CUES: tuple[str, ...] = ("单票价格", "单件价格", "平均价格")
#: idioms written with numerals (走上千家万户的餐桌, 千方百计, 成千上万): no figure is inside them
NUMERAL_IDIOMS: tuple[str, ...] = ("千家万户", "千方百计", "千军万马", "千千万万", "成千上万", "千辛万苦", "千山万水",
                                   "万水千山", "千里迢迢", "千变万化", "万无一失", "百里挑一", "十全十美", "四面八方",
                                   "五湖四海", "九牛一毛", "三番五次", "七上八下", "一五一十", "万家灯火", "千丝万缕",
                                   "一枝独秀", "一朵朵", "五花八门", "七件事", "一年一次", "唯一一次",
                                   # universities' admission tiers (二本录取通知, 三本院校), not counts of books
                                   "一本录取", "二本录取", "三本录取", "一本院校", "二本院校", "三本院校")
#: words that turn a paragraph to one place (这个数据具体到贵阳来看，…; 具体到昆明，全市…): its figures are that place's
FOCUS_WORDS: tuple[str, ...] = ("具体到", "聚焦到", "落实到")

"""What a figure means: metric, measure, sign, basis and subject.

Every decision is read from cue words around the figure (tables in
:mod:`postmetrics.lexicon`): the metric from the nearest cue before it in its
clause, then its sentence, then the sentence before (业务收入…，同比增长9.39%
→ revenue); the measure from the verb right before it (增长 X% → pct_change,
比上年同期增加 → change, 占比 → share); the basis from 比/较/与…相比/同比.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import dates, lexicon
from .hanzi import to_simplified
from .quantities import Quantity, alternation, index_before
from . import recache

_CUES = recache.compile(alternation(lexicon.METRIC_CUES))
#: 业务量 (not a kind of parcel's 快递业务量…件) right before an amount of money
_BUSINESS_IN_MONEY = recache.compile(r"(?<![快寄递件])业务量[^，。；]{0,6}$")
_VERB_TAIL = (rf"(?:均|都)?(?:了|出|约|近|达到|达|超|超过|逾|高达|至少|平均)?(?:{alternation(lexicon.QUALIFIERS_BEFORE)})?"
              rf"(?:{alternation(lexicon.CURRENCY_NAMES)})?$")
_CHANGE = recache.compile(rf"(?P<v>{alternation(lexicon.CHANGE_VERBS)})" + _VERB_TAIL)
#: a verb of adding + what is added + the amount: 增加…人员320余名, 扩容处理场地1.2万平方米
_ADDED = recache.compile(rf"(?:{alternation(lexicon.ADDING_VERBS)})[^，。；\d至到]{{0,12}}?(?:约|近|达|超过|逾)?$")
#: 减少 + what is used less + the amount: 减少一次性纸箱使用约120万个
_LESS_USE = recache.compile(rf"减少[\u4e00-\u9fff]{{1,10}}?(?:{alternation(lexicon.USE_WORDS)})量?(?:约|近|达|超过|逾)?$")
_COMPARATIVE = recache.compile(rf"(?P<v>{alternation(lexicon.COMPARATIVE_VERBS)})" + _VERB_TAIL)
_TO_LEVEL = recache.compile(rf"(?:{alternation(lexicon.CHANGE_VERBS)})(?:到|至|为)[^，。；]*$")
_GROWTH = recache.compile(rf"(?:{alternation(lexicon.GROWTH_RATE_WORDS)})")
#: (覆盖率 names a rate: its 覆盖 is no share's: 网点覆盖率保持98%左右)
_SHARE_BEFORE = recache.compile(rf"(?:{alternation(lexicon.SHARE_WORDS)})(?!率)")
_BASIS_TERM = recache.compile(rf"(?:比(?![重例率值])|较|与|和)(?P<b>{alternation(lexicon.BASIS_TERMS)}|\d{{4}}年同期)")
_BASIS_GENERIC = recache.compile(r"(?:比(?![重例率值])|较)(?P<b>[^，。；比较]{2,10}?)(?:"
                            + alternation({**lexicon.CHANGE_VERBS, **lexicon.COMPARATIVE_VERBS})
                            + r")(?:了|出)?(?:近|约|超|达|逾)?(?=[\d零一二两三四五六七八九十百千万半]|$)")
_BASIS_WORD_OR_YOY = recache.compile(alternation(lexicon.BASIS_WORDS + (lexicon.YEAR_ON_YEAR,)))


def _basis_words(s: str) -> list[re.Match[str]]:
    """The basis words written in ``s`` (同比, 环比, 年均…), with Taiwan's 年增 only where it
    is one (年增11.3%, not 全年增长, 比往年增加, 年增收)."""
    out = []
    for m in _BASIS_WORD_OR_YOY.finditer(s):
        if m.group(0) == lexicon.YEAR_ON_YEAR and (
                (m.start() > 0 and s[m.start() - 1] in lexicon.NOT_YEAR_ON_YEAR_BEFORE)
                or s[m.end():m.end() + 1] not in lexicon.YEAR_ON_YEAR_AFTER):
            continue
        out.append(m)
    return out
#: a comparison written as a basis word and a signed number (同比+10.2%, 同比-7.9%, 分别为同比+5%/-3%),
#: as analysts write it: the figure is that change
_SIGNED_AFTER_BASIS = recache.compile(rf"(?:{alternation(lexicon.BASIS_WORDS)})(?:[+\-＋－]?\d+(?:\.\d+)?%[/／、])?[+\-＋－]?$")
#: 5年来, 十年来, 近5年来: the start of a change over those years
_YEARS_SINCE = recache.compile(r"(?:近|过去)?(?<![\d〇零一二三四五六七八九])(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:来|以来)")

#: a comparison framed on both sides: 与2022年国庆长假相比, 和去年春节假期相比
_BASIS_PAIR = recache.compile(r"(?:与|和|同|跟)(?P<b>[^，。；与和同][^，。；与和]{1,23}?)(?:" + alternation(lexicon.BASIS_TIME_AFTER[:-1])
                              + r"|(?<=[年月期])(?:" + alternation(lexicon.BASIS_TIME_RIGHT_AFTER) + "))")  # 与2021年同比
#: a comparison right before the figure: 高于全省平均水平|6.3个百分点
_ABOVE = recache.compile(r"(?:高于|低于|快于|慢于)(?P<b>[^，。；\d高低快慢（(]{2,12}?)(?:[（(][^）)]{1,12}[）)])?(?:约|近|超|了)?$")
#: (高于全省平均增速(2.4%)1.1个百分点: the value compared with may stand in parentheses)
#: a list of years compared with (同比2019年、2023年春运分别增长…)
_YEARS_COMPARED = recache.compile(r"(?:同比|比(?![重例率值])|较)(?P<b>(?:(?:19|20)\d{2}年?[、和及与])+(?:19|20)\d{2}年"
                             r"[^，。；\d、]{0,6}?)(?:分别)?(?:" + alternation(lexicon.CHANGE_VERBS) + ")")
#: a change from a level at an earlier time (由2023年同期的389亿元增加7.6%至…): that time is the basis
_FROM_BASIS = recache.compile(r"(?:由|从)(?P<b>(?:(?:19|20)\d{2}年|去年|上年|前年)(?:同期|末|底)?)的[^，。；由从]{1,16}?"
                         r"(?:" + alternation(lexicon.CHANGE_VERBS) + r")(?:了)?(?:约|近|超)?$")
_TARGET_BASIS = recache.compile(r"(?:完成|达到|实现)(?P<b>[^，。；]{0,8}(?:目标|计划|任务))的$")
_RATIO_BASIS = recache.compile(r"(?:是|为|相当于)(?P<b>[^，。；是为]{1,20}?)的$")
_RATE_BEFORE = recache.compile(r"(?:率|满意度|达标率|指数)(?:为|达|是|达到|约|近|超过|超|录得|报|保持|稳定在)*$")
#: a percentage followed by growth as a noun: 12%的同比增长, 50%以上的高速增长 (lexicon.GROWTH_NOUNS)
_GROWTH_AFTER = recache.compile(r"^(?:以上|左右|多)?的(?P<b>同比|环比|年均)?[^，。；、的\d%]{0,4}?(?P<v>"
                           + "|".join(lexicon.GROWTH_NOUNS) + ")")
_PER_UNIT = recache.compile(rf"(?:单件|每(?:{alternation(lexicon.PER_UNIT_COUNTERS)}))[^，。；\d]{{0,8}}$"
                            rf"|(?<![\d一二三四五六七八九十])一(?:{alternation(lexicon.PER_UNIT_COUNTERS)})(?:仅|只|要|需|约)?$")
_CLAUSE_SPLIT = recache.compile(r"[，,；;：:]")
_FILLER = recache.compile(r"(?:其中|同时|目前|今年以来|今年|去年|全年|当月|累计|共计|共|已经|已|将|实现|完成|达到|达|为|是|有|在|"
                     r"约|近|超过|超|突破|逾|分别|合计|总计|平均|比上年同期|比去年同期|同比|环比|增长|增加|下降|减少|提高|"
                     r"了|\d+年|的)+$")
_LEAD_FILLER = recache.compile(r"^(?:【?本报讯】?|本刊讯|其中|同时|目前|此外|另外|据统计|据了解|今年以来|今年|去年|全年|截至目前|"
                          r"\d{1,2}月\d{1,2}日|\d{4}年|\d{1,2}-\d{1,2}月|[，,、])+")
_PARENTHESES = recache.compile(r"[（(][^（）()]*[）)]")
#: suffixes of cue words that can carry a percentage's metric (业务量, 收入, 单价 …)
_PCT_CUE_ENDS = tuple("量额入收本价费资款润利户件裹值")


@dataclass(frozen=True)
class Meaning:
    """What a figure means; ``factor`` and ``unit`` rescale it when the
    measure needs another unit (增长一倍 is +100 %, not 1 倍)."""

    metric: str
    measure: str
    sign: int
    basis: str
    subject: str
    factor: int = 1
    unit: str | None = None


@dataclass(frozen=True)
class Topic:
    """What an item as a whole reports, from its headline and lead (lexicon.CASE_TOPIC_WORDS,
    SURVEY_TOPIC_WORDS): ``cases`` — cases or complaints, whose 件 count cases; ``survey`` —
    a survey, a share of whose respondents (12小时以上有21.4%) is a count's share."""

    cases: bool = False
    survey: bool = False

    @classmethod
    def of(cls, text: str) -> "Topic":
        simple = to_simplified(text)
        return cls(cases=any(w in simple for w in lexicon.CASE_TOPIC_WORDS),
                   survey=any(w in simple for w in lexicon.SURVEY_TOPIC_WORDS))


def interpret(text: str, q: Quantity, sentence_start: int, previous_sentence: str = "",
              inherited: str | None = None, inherited_end: int | None = None, topic: Topic = Topic()) -> Meaning:
    """Metric, measure, sign, basis and subject of figure ``q`` in ``text``.

    ``text`` is the simplified item text (or a headline); ``sentence_start``
    is where the figure's sentence begins; ``previous_sentence`` is searched
    for a metric cue when the sentence has none; ``inherited`` is the metric
    of the previous figure of the sentence, which a percentage without a cue
    of its own takes (寄递脐橙56万件，同比增长22% → volume), unless a cue stands
    between that figure (ending at ``inherited_end``) and this one.  ``topic`` is the
    item's (:class:`Topic`): in an item about cases a figure in 件 (or its share) is a
    count unless its clause names parcels; in a survey a share of people is a count's.
    """
    left = text[sentence_start:q.start]
    cs = max(left.rfind(c) for c in "，,；;：:") + 1
    clause_left = left[cs:]
    after = text[q.end:q.end + 12]
    unit = q.unit
    measure, sign = _measure(clause_left, left, after, unit, q)
    since = text[inherited_end:q.start] if inherited_end is not None and inherited_end >= sentence_start else ""
    metric = _metric(clause_left, left, previous_sentence, after, unit, measure, inherited, since)
    if not unit and index_before(text, q.num_start):
        metric = "other"  # 集中度指数CR8为84.1: an index's value, not what it measures
    if topic.cases and metric == "volume" and unit in ("件", "%") and not any(w in clause_left for w in lexicon.PARCEL_CUES):
        metric = "count"  # 涉及快递业务问题的60868件 in a complaints notice: complaints, not parcels
    if topic.survey and unit == "%" and measure == "share" and metric in ("duration", "revenue", "other", "money"):
        metric = "count"  # 8至10小时有30.6% in a survey of couriers: a share of the people asked
    # 97%的用户…, 78%的受调查用户…; 54.0%受访者… (the people right after the share)
    asked = any(w in after[1:10] for w in lexicon.SURVEYED_PEOPLE) if after.startswith("的") \
        else after.startswith(lexicon.SURVEYED_PEOPLE)
    if unit == "%" and asked \
            and any(w in left[-30:] or w in text[q.end:q.end + 30] for w in lexicon.ATTITUDE_WORDS):
        metric, measure = "rate", "level"  # SCHEMA: “97%的用户表示满意” is a rate's level
    if metric == "rate" and measure == "share" and not _SHARE_BEFORE.search(clause_left) \
            and not after.startswith(("的", "全覆盖", "覆盖")):
        measure = "level"  # 检视使用率，自106年48%降至109年36%: the rate's own level (SCHEMA: 率 → rate, level)
    aside = left.endswith(("（", "(", "（+", "(+")) and after.startswith(("）", ")"))
    # 包裹2,356萬件（-8.0%）: a change in parentheses compares with nothing written
    basis = _basis(left, clause_left) if measure in ("change", "pct_change") and not aside else ""
    if not basis and measure == "pct_change" and (noun := _GROWTH_AFTER.match(after)) and noun["b"]:
        basis = noun["b"]  # 实现12%的同比增长: the comparison inside the noun phrase
    if not basis and measure in ("change", "pct_change"):
        years = _YEARS_SINCE.search(left)
        since = dates.SINCE_YEAR.search(left) if years is None else None
        if years:  # SCHEMA: a change over N年来 with no comparison written → N年前
            basis = f"{years.group('n')}年前"
        elif since:  # 自2006年以来…减少了60%: compared with the year the span starts at
            basis = f"{since.group('y')}年"
    factor, new_unit = 1, None
    if measure == "share" and not basis:
        target = _TARGET_BASIS.search(clause_left)
        if target:  # 完成全年目标的78.9%
            basis = target.group("b")
    if unit == "倍":
        if measure == "pct_change":  # 增长了一倍 = +100 %
            factor, new_unit = 100, "%"
        else:
            m = _RATIO_BASIS.search(clause_left)
            basis = m.group("b") if m else ""
    subject = _subject(clause_left, after, unit)
    return Meaning(metric, measure, sign, basis, subject, factor, new_unit)


def _measure(clause_left: str, left: str, after: str, unit: str, q: Quantity) -> tuple[str, int]:
    near = clause_left[-8:]
    compared = bool(_BASIS_TERM.search(left) or _basis_words(left) or _BASIS_GENERIC.search(clause_left))
    verb = _CHANGE.search(near) or (_COMPARATIVE.search(near) if compared else None)
    sign = 1
    if verb:
        word = verb.group("v")
        sign = lexicon.CHANGE_VERBS.get(word) or lexicon.COMPARATIVE_VERBS.get(word, 1)
    if unit == "百分点":
        return "change", sign
    if unit == "倍":
        if verb and not _TO_LEVEL.search(clause_left) and "的" not in clause_left[-4:]:
            return "pct_change", sign
        return "share", 1
    if unit in ("%", "‰"):
        if q.text in lexicon.DOUBLING:
            return "pct_change", 1
        if _SIGNED_AFTER_BASIS.search(left) and (left[-1:] in "+-＋－" or q.text[:1] in "+-＋－"):
            return "pct_change", 1  # 同比+10.2%: the sign is the number's own
        if verb and not _TO_LEVEL.search(clause_left):
            return "pct_change", sign
        if _GROWTH.search(clause_left):
            neg = any(w in clause_left for w in lexicon.FALL_RATE_WORDS)
            return "pct_change", -1 if neg else 1
        if (left.endswith(("（", "(")) and q.text[:1] in "+-" or left.endswith(("（+", "(+"))) \
                and after.startswith(("）", ")")):
            return "pct_change", 1  # 包裹2,356萬件（-8.0%）: the signed change of the figure before it
        noun = _GROWTH_AFTER.match(after)
        if noun:  # 实现12%的同比增长: growth as a noun
            return "pct_change", lexicon.CHANGE_VERBS.get(noun["v"], -1 if noun["v"] in lexicon.FALL_RATE_WORDS else 1)
        if after.startswith(("全覆盖", "覆盖")) or after.startswith("的"):
            return "share", 1
        if _RATE_BEFORE.search(clause_left):
            return "level", 1
        if not _SHARE_BEFORE.search(clause_left) and _last_cue(clause_left, True) == "rate":
            return "level", 1  # 回报率为固定资产平均净值的4.9%
        return "share", 1
    if verb and not _TO_LEVEL.search(clause_left):
        if verb.group("v") not in lexicon.LEVEL_UNLESS_COMPARED or compared:
            return "change", sign
    if ("新增" in clause_left or _ADDED.search(clause_left)) and not _TO_LEVEL.search(clause_left):
        return "change", 1  # 临时增加装卸、分拣人员320余名: what was added
    if _LESS_USE.search(clause_left):
        return "change", -1  # 减少胶带使用约4.2亿米: a decrease, with its object between
    return "level", 1


def _metric(clause_left: str, left: str, previous: str, after: str, unit: str, measure: str,
            inherited: str | None = None, since: str = "") -> str:
    counted = _COUNTED.match(after)
    head = counted.group(0)[:6] if counted else after[:2]
    if lexicon.UNIT_METRICS.get(unit) not in ("duration", "area", "other"):  # 三天共接待游客: 天 counts no visitors
        if counted and unit in _NOUN_AFTER_UNITS:
            # the head of a compound noun is its last word: 40余家大米加工企业客户 counts customers
            last = next((m for n, m in lexicon.COUNTED_NOUN_METRICS.items() if counted.group(0).endswith(n)), None)
            if last:
                return last
            if _is_client(counted.group(0), clause_left + after):
                return "customers"
        if not counted and unit in ("家", "个", "户"):
            named = _COUNT_FILLER.sub("", clause_left)[-10:]
            cut = max((named.rfind(w) + len(w) for w in lexicon.SERVICE_WORDS if w in named), default=0)
            if not any(w in named for w in lexicon.PEER_WORDS) and _is_client(named[cut:], clause_left):
                # 服务跨境电商企业320余家: the noun before the count (not 快递服务企业86家)
                return "customers"
        if head.startswith(lexicon.COUNT_NOUNS_FIRST):
            return "count"
        nxt = (counted.group(0) if counted else after)[2:3]  # (9家快递公司官网…: 快递's next character is 公)
        if head.startswith("快递") and (nxt in lexicon.PARCEL_AFTER_KUAIDI or not "\u4e00" <= nxt <= "\u9fff"):
            return "volume"  # 6000个快递进入寄递渠道: parcels (not 快递网点, 快递员, 快递企业)
        for noun, metric in lexicon.COUNTED_NOUN_METRICS.items():
            if noun in head:  # 13.7万个家庭, 1200余家外贸商户
                return metric
    ratio = unit in ("%", "‰", "百分点", "倍")
    if unit == "%" and after.startswith(("全覆盖", "覆盖")):
        return "rate"
    if unit == "%" and after.startswith("的") and measure != "pct_change":  # 60%的行政村: a share of what follows
        noun = after[1:]
        return next((m for n, m in lexicon.COUNTED_NOUN_METRICS.items() if noun.startswith(n)), "count")
    cue = _last_cue(clause_left, ratio)
    if cue is None and inherited and inherited not in ("other", "rate") and (ratio or measure == "change"):
        between = _last_cue(since, ratio) if since else None
        if between is None or between == inherited:
            return inherited  # 登记用户突破15万个，按年增加4.2万个: the change of the same thing
        cue = between  # 经费6.6亿，但检视使用率，自106年48%…: a new cue after the last figure
    if cue is None:
        if unit == "":  # a bare 42万 takes its meaning from its own clause only
            return "other"
        cue = _last_cue(left, ratio) or (_last_cue(previous, ratio) if ratio else None)
        if cue in ("count", "customers") and (unit in lexicon.UNIT_METRICS or lexicon.UNIT_ALLOWS.get(unit) is lexicon.COUNTERS):
            cue = None  # a noun of another clause does not outweigh the unit (三万五单, 专线11条)
    if ratio:
        if cue == "index":  # an index's value in % is a rate (仓储指数为52.2%); its moves are other
            return "rate" if measure == "level" else "other"
        if cue:
            return cue
        if (after.startswith("的") and measure != "pct_change") or unit == "%" and measure == "share" and after[:1] not in "，。；":
            return "count" if not after.startswith(("全覆盖", "覆盖")) else "rate"
        if after.startswith(("全覆盖", "覆盖")):
            return "rate"
        return "other"
    if unit == "次":  # 每周5次投递 is a frequency, 受理预约1500余次 a count, 转发29万次 engagement
        frequency = any(w in clause_left for w in lexicon.FREQUENCY_WORDS) or "频次" in after[:4]
        return "other" if frequency or cue == "other" else "count"
    if unit == "人次" and (cue is None or "服务" in clause_left):
        return "customers"  # people served (三百万人次, 日均服务4.5亿人次): customers, unless a cue says otherwise
    if unit in lexicon.MONEY_UNITS and (after.startswith(("/", "每") + lexicon.FEE_WORDS) or _PER_UNIT.search(clause_left)):
        return "price"  # 0.5元/件, 12元每公斤, 每件代投费0.5元
    allowed = lexicon.UNIT_ALLOWS.get(unit)
    if cue == "volume" and unit in lexicon.MONEY_UNITS and _BUSINESS_IN_MONEY.search(clause_left or left):
        return "business_total"  # 邮政服务业务量完成5.11亿元: a business volume counted in money is its total
    if cue == "index":
        cue = "other"  # an index's points (物流指数为109.5点)
    if cue and (allowed is None or cue in allowed):
        if allowed is None and cue in lexicon.MONEY_METRICS and unit not in ("元", ""):
            cue = None if cue != "sales" else cue
        if cue:
            return cue
    if unit in lexicon.UNIT_METRICS:
        return lexicon.UNIT_METRICS[unit]
    if unit == "":
        return cue or "other"
    return "count"


#: what a ratio is taken to (快递业务收入与国内生产总值的比值): its cue names the reference, not the figure
_RATIO_TO = recache.compile(r"与[^，。；与]{1,12}?的?(?:比值|之比|比率)")


def _last_cue(s: str, ratio: bool) -> str | None:
    best = None
    ratio_to = _RATIO_TO.search(s) if "与" in s else None
    for m in _CUES.finditer(s):
        if ratio_to is not None and ratio_to.start() < m.start() < ratio_to.end():
            continue  # 与国内生产总值的比值: GDP is what revenue is compared with
        word = m.group(0)
        if ratio and not word.endswith(_PCT_CUE_ENDS) and lexicon.METRIC_CUES[word] not in ("rate", "index") \
                and word not in lexicon.PCT_PRICE_CUES:
            continue
        best = lexicon.METRIC_CUES[word]
    return best


def _basis(left: str, clause_left: str) -> str:
    listed = _YEARS_COMPARED.search(clause_left)
    if listed:  # 同比2019年、2023年春运分别增长: one basis each (extract hands them out)
        return listed.group("b")
    earlier = _FROM_BASIS.search(clause_left)
    if earlier:  # 由2023年同期的389亿元增加7.6%: compared with that time
        return earlier.group("b")
    above = _ABOVE.search(clause_left)
    if above:  # 增幅高于全省平均水平6.3个百分点: what it is compared with
        return above.group("b")
    for s in (clause_left, left):
        # the comparison written whole wins over a shorter term inside it
        # (与2022年国庆长假相比 → 2022年国庆长假; 较去年农历同期 → 去年农历同期, not 去年)
        found = None
        for m in _BASIS_PAIR.finditer(s):  # (to its closing word: 与2021年同比 is 2021年, not 同比)
            found = (m.end(), -m.start("b"), m.group("b"))
        for m in _BASIS_TERM.finditer(s):
            if found is None or (m.end(), -m.start("b")) > found[:2]:
                found = (m.end(), -m.start("b"), m.group("b"))
        for m in _basis_words(s):
            if found is None or m.end() > found[0]:
                found = (m.end(), -m.start(), m.group(0))
        generic = None
        for generic in _BASIS_GENERIC.finditer(s):
            pass
        if generic is not None and (found is None or (generic.group("b").endswith(lexicon.BASIS_NOUNS)
                                                      and (generic.end("b"), -generic.start("b")) > found[:2])):
            found = (generic.end("b"), -generic.start("b"), generic.group("b"))
        if found:
            basis = _RESPECTIVELY_END.sub("", found[2]) or found[2]  # 较第一季度分别提升 → 第一季度
            return basis[1:] if basis.startswith(("于", "起")) and len(basis) > 2 else basis  # 相较于2019年
    if _SHORT_YOY.search(clause_left):
        return lexicon.BASIS_WORDS[0]  # 同增25.1%: analysts' short form of 同比增长
    return ""


#: analysts' short forms of 同比增长/下降 (业务量完成41.8亿件，同增25.1%)
_SHORT_YOY = recache.compile(r"同(?:增|降|减)(?:约|近|超)?$")


#: 分别 written between a basis and its verb (较第一季度分别提升3.8分、2.3分)
_RESPECTIVELY_END = recache.compile(r"分别$")
#: words between a noun and its count (企业达320余家, 合作社共有…)
_COUNT_FILLER = recache.compile(r"(?:达到|达|为|超过|超|约|近|共有|共|有|已|逾|了|累计)+$")


def _is_client(noun: str, clause: str) -> bool:
    """Businesses served by the postal unit (与12家种苗企业签订寄递协议): a client noun,
    not a peer (快递企业), in a clause of service (lexicon.CLIENT_NOUN_ENDS)."""
    noun = noun.split("和")[-1].split("、")[-1]  # 柑橘专业合作社和家庭农场: the last of a list
    rest = clause.replace(noun, "")  # 合作 in 合作社 is no service
    return (noun.endswith(lexicon.CLIENT_NOUN_ENDS) and not any(w in noun for w in lexicon.PEER_WORDS)
            and any(w in rest for w in lexicon.SERVICE_WORDS))


#: counters whose noun follows them (14个乡镇, 21份证明)
_NOUN_AFTER_UNITS = frozenset("个家户人条所座辆棵份箱袋本册枚张套批车场台架艘部组期版间处") | {"人次", "场次"}
_COUNTED = recache.compile(r"^[\u4e00-\u9fff]{1,10}?(?=组成|参加|提供|签订|签署|建立|销售|回到|重点|实现|发货|配送|寄递|开展|办理|使用|入驻|"
                      r"开通|新生儿|的|在|[^\u4e00-\u9fff]|$)")


def _subject(clause_left: str, after: str, unit: str) -> str:
    """What is counted or measured, as written (best effort)."""
    if unit in _NOUN_AFTER_UNITS:
        m = _COUNTED.match(after)
        if m and len(m.group(0)) >= 2:  # 21份证明, 数百箱土鸡蛋, 14个乡镇: the noun counted
            return m.group(0)
    s = _PARENTHESES.sub("", clause_left)
    s = s.rsplit("、", 1)[-1]  # 销售180余万元、寄出农产品40余万件: the second item's own words
    s = _LEAD_FILLER.sub("", s)
    s = _FILLER.sub("", s)
    return s[:20]

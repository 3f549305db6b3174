"""Quantities: number + scale + unit + qualifier, found in cleaned text.

:func:`find_quantities` scans a cleaned, simplified text (see
:mod:`postmetrics.text` and :mod:`postmetrics.hanzi`) with one compiled
pattern built from the tables in :mod:`postmetrics.lexicon`, and keeps the
matches that are figures.  Dates, clock times, ordinals, numbers glued to
Latin letters (4/5G), the article 一 (一袋, 一本) and bare numbers with neither
unit nor scale word (slogans such as 四流合一, section numbers such as 2.3)
are not figures.

>>> [(str(q.value), q.unit, q.qualifier) for q in find_quantities("业务创收约60万元")]
[('600000', '元', 'about')]
>>> [(str(q.value), str(q.high), q.unit, q.qualifier) for q in find_quantities("日均问诊量为8000—10000单")]
[('8000', '10000', '单', 'range')]
>>> [(str(q.value), str(q.high), q.unit) for q in find_quantities("计划投资一千到两千万元")]
[('10000000', '20000000', '元')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import lexicon
from .numerals import parse_numeral
from . import recache


alternation = recache.alternation  # (meaning and tables import it from here)


_CN = "零〇一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟"
_ARABIC = r"\d+(?:[,，]\d{3}(?!\d))*(?:\.\d+)?"
_UNIT_AHEAD = "(?!千[瓦米克])"  # 千瓦, 千米, 千克 are units, not 千 + unit
_SCALE = f"(?:{_UNIT_AHEAD}[十百千万亿拾佰仟]|兆(?![瓦赫帕字比位]))"
_DIG = "[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]"
#: 两个亿, 3个亿, 两个多亿: 个 before 亿 is part of the number (= 两亿)
_GE_YI = "个多?亿"
_NUM = (rf"(?:(?:{_ARABIC}(?:[多余]?{_SCALE}+(?:{_ARABIC}|{_DIG}(?![{_CN}]))?)*"
        rf"|(?:{_UNIT_AHEAD}[{_CN}])+(?:点(?:{_UNIT_AHEAD}[{_CN}])+)?(?:[多余几][万亿]+)?)(?:{_GE_YI})?)")
_GE_YI_IN = recache.compile(_GE_YI)
#: what joins the ends of a range: a dash written once or twice (8000—10000, 2——3万,
#: 1万元--5万元), a tilde, 至 or 到; 1万(含)-5万元 notes that the lower end is included
_RANGE_SIGN = r"(?:[（(]含[）)])?(?:[—–\-~～]{1,2}|[至到])"
#: 50万元（含）以上: the bound is included, as 以上 says anyway
_INCLUDED = r"[（(]含[）)]"
_GE_UNITS = ("小时", "钟头", "月", "百分点", "工作日", "星期")

#: every character a quantity can start with (a qualifier's, 百分之's, a
#: denominator's, a numeral's): the lookahead lets ``re`` reject all other
#: positions with one class test instead of trying every branch (5× faster).
_FIRST_CHARS = "".join(sorted({w[0] for w in lexicon.QUALIFIERS_BEFORE} | {w[0] for w in lexicon.VAGUE_BEFORE}
                              | set("零百千万二两三四五六七八九十半") | set(_CN)))
_PATTERN = recache.compile(
    rf"(?=[\d{re.escape(_FIRST_CHARS)}])"
    rf"(?P<pre>{alternation(lexicon.QUALIFIERS_BEFORE)}|零下"
    rf"|(?:{alternation(lexicon.VAGUE_BEFORE)})(?=[十百千万亿]))?"
    rf"(?:(?P<pct>百分之)|(?P<den>千|万|[二两三四五六七八九十]|\d{{1,3}})分之)?(?:(?<=之)(?P<neg>负))?"
    rf"(?P<num>{_NUM}|(?<!大)半(?=个?(?:小时|天|月)))"
    rf"(?:(?P<sep>{_RANGE_SIGN})(?P<num2>{_NUM}))?"
    rf"(?P<more>[多余几来])?"
    rf"(?:个(?P<more2>[多余])?(?P<half>半)?(?P<geunit>{alternation(_GE_UNITS)})"
    rf"|(?P<unit>{alternation(list(lexicon.UNITS) + list(lexicon.DATE_WORDS))}))?"
    rf"(?:{_INCLUDED}(?={alternation(lexicon.QUALIFIERS_AFTER)}))?"
    rf"(?P<post>{alternation(lexicon.QUALIFIERS_AFTER)})?"
)
_HAS_DIGIT = recache.compile(r"[\d零〇一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾]")
_CN_DIGIT_VALUES = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SCALES = frozenset("万亿兆")
_FREQUENCY_BEFORE = ("一天", "每天", "每日", "每周", "一周", "每月", "每年", "一年", "日")
_ORDINAL_LIST = recache.compile(r"第[\d、,，]*$")
#: what may follow 元 written in Chinese numerals when it is money (三元钱, 五元一斤, 两元左右)
_AFTER_YUAN = frozenset("钱的一二两三四五六七八九十左以多余每至到和或及大增降涨跌提加减为也就起后内上下")
_LINKED_QUALIFIER = recache.compile(rf"(?P<q>{alternation(lexicon.QUALIFIERS_BEFORE)})"
                               rf"(?:(?:占|为|是|有|达到|达)(?:[^，。；\d]{{0,12}}的)?|{alternation(lexicon.CURRENCY_NAMES)})$")
#: what may follow 一块多 / 一元多 when it is money: 钱 or the clause's end (多卖一块多钱, 每斤一元多。)
_AFTER_ONE_YUAN_MORE = frozenset("钱，。；、！？）") | {""}
#: tenths of a yuan after 元, 圆 or 块 (一元五角, 3元5角, 十块三毛, 伍拾圆伍角; Hong Kong's 三元二毫), and
#: hundredths after those (一角七分, 六角七分钱; Hong Kong's 仙)
_JIAO = recache.compile(rf"({_DIG}|\d)[角毛毫](?:({_DIG}|\d)[分仙])?")
#: an index named right before its value, which has no unit (SCHEMA: bare numbers of an index):
#: 品牌集中度指数CR8为84.1, 快递发展指数达478.1, 指数从2018年的122.8升至2021年11月424.8
_INDEX_BEFORE = recache.compile(r"(?:指数|CR\d{1,2})(?:值)?(?:为|达|是|达到|升至|降至|提升至|回落至|报|"
                           r"(?:从|由)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?(?:的)?)$"
                           r"|(?:指数|CR\d{1,2})[^，。；%]{0,12}?(?:升至|降至|增至|达到|提升至)(?:(?:19|20)\d{2}年(?:\d{1,2}月)?)?的?$"
                           # 发展规模指数、服务质量指数和发展能力指数分别为197.1、210.3和159.1: each of the list
                           r"|指数[^，。；%]{0,24}?分别(?:为|是|达到|达)(?:\d+(?:\.\d+)?(?:、|和|及|与))*$"
                           # 指数达到282.4，比上年增长70.8: the index's change, in its points
                           r"|指数[^，。；%]{0,8}?(?:为|达|达到|是)\d+(?:\.\d+)?[，,](?:比|较)[^，。；\d]{0,8}?"
                           r"(?:增长|提高|上升|下降|降低|增加|回落|提升|减少)了?$")
def index_before(text: str, num_start: int) -> bool:
    """Whether an index is named right before the number starting at ``num_start``
    (集中度指数CR8为84.1): its value has no unit and means no metric."""
    return _INDEX_BEFORE.search(text, max(0, num_start - 48), num_start) is not None


#: words before a length of time written in months or years (持续2个月, 为期一个月, 有效期两年,
#: 合同期限为1年, 留存档案四年): lexicon.SPAN_CUES
_SPAN_CUE = recache.compile(rf"(?:{alternation(lexicon.SPAN_CUES)})(?:为|是|达|了|约|近|长达)?$")
#: what may follow a length of days or years written with 日/年 (三十日内, 三年内)
_WITHIN = recache.compile(r"(?:内|以内)")


def _is_span(text: str, m: re.Match[str], num: str, unit_text: str, start: int, end: int) -> bool:
    """Whether ``num`` + 月/年/日 is a length of time, not a date: months after 个 or a
    span cue (持续2个月, 历时两个月), years and days after a span cue or before 内
    (有效期两年, 留存档案四年, 三十日内, 三年内); never a year's number (2023年), never
    a time expression's (近3个月来, 5年以来)."""
    if m.group("num2") or not num or len(num) > 3 or (num.isdigit() and int(num) >= 100):
        return False
    if text.startswith(("来", "以来", "前", "后", "间", "多来", "底", "初", "末"), end):
        return False
    cue = _SPAN_CUE.search(text, max(0, start - 8), start) is not None
    if unit_text == "月":
        return bool(m.group("geunit")) and (cue or text.startswith(("时间", "之久"), end))
    within = m.group("post") in ("内", "以内") or _WITHIN.match(text, end) is not None
    return cue or (within and not text.endswith(("近", "前"), 0, start))


def _clause_before(text: str, pos: int, span: int) -> str:
    """At most ``span`` characters of the clause before ``pos``."""
    head = text[max(0, pos - span):pos]
    cut = max(head.rfind(c) for c in "，。；！？,;")
    return head[cut + 1:]


#: qualifiers that pass a round number written as its scale alone (过万件, 破千件, 超百万)
_PASSED = frozenset({"过", "破", "超", "超过", "突破", "逾"})
#: a cap before an amount: 最高可罚其, 最长可存放, 封顶 (lexicon.CAP_BEFORE, CAP_VERBS, CAP_AFTER)
_CAP_BEFORE = recache.compile(rf"(?:(?:{alternation(lexicon.CAP_BEFORE)})(?:可|能|将|可以)?(?:被)?"
                         rf"(?:{alternation(lexicon.CAP_VERBS)})[^，。；\d]{{0,2}}|(?:{alternation(lexicon.CAP_AFTER)}))$")
#: a size bound right before a product's quoted name (45毫米以下“瘦身胶带”)
_NAMED_SIZE = recache.compile(r"(?:以下|以内|以上|及以下|及以上)?[“「\"]")
#: a currency named right before a number without a unit, or before the list it ends (澳门币2.50、4.00)
_CURRENCY_BEFORE = recache.compile(rf"(?P<c>{alternation(lexicon.CURRENCY_NAMES)})(?:\d+(?:\.\d+)?[、和及])*$")
#: what follows the first of a list of percentage points: 0.9个|和0.2个百分点
_POINTS_LIST = recache.compile(r"(?:[和及、与或][\d.]+个)+百分点")
#: a list ending right before a number: 双流区、郫都区、温江区|三个
_LIST_BEFORE = recache.compile(r"[、][\u4e00-\u9fff]{2,8}$")
#: a dash right after a percentage (15%-20%, 20%--30%) joins a range: the next number is no negative
_DASH_AFTER_RATIO = recache.compile(r"[%‰][—–\-]{1,2}$")
_AT_LEAST = recache.compile(r"(?:至少|最少)[\u4e00-\u9fff]{0,3}$")
_IDIOM = recache.compile(alternation(lexicon.NUMERAL_IDIOMS))
#: what joins the members of a list of figures (470亿、152亿和267亿元)
#: what joins the members of a list of figures (470亿、152亿和267亿元, 分别增长26%和19%)
_LIST_JOINERS = "、和及与或"
LIST_JOIN = recache.compile(f"[{_LIST_JOINERS}]")
_SHARED_UNIT = recache.compile(rf"[{_LIST_JOINERS}]({_NUM})(?:个)?(?={alternation(lexicon.UNITS)})")


@dataclass(frozen=True)
class Quantity:
    """A number read from text, in base units.

    ``value`` and ``high`` are exact (``high`` is set for ranges only);
    ``unit`` is canonical (``名`` → ``人``), empty when the text gives none;
    ``qualifier`` is ``exact``, ``about``, ``over``, ``under`` or ``range``;
    ``start``/``end`` span the whole expression (qualifier to unit), and
    ``num_start`` is where the number itself begins.
    """

    value: Decimal
    high: Decimal | None
    unit: str
    qualifier: str
    start: int
    end: int
    num_start: int
    text: str


def find_quantities(text: str) -> list[Quantity]:
    """All figures in ``text`` (cleaned and simplified), left to right.

    Returns a list of :class:`Quantity`; never raises on any input string.
    """
    out: list[Quantity] = []
    if "翻" in text:
        out.extend(_doublings(text))
    idioms: list[tuple[int, int]] | None = None  # (an idiom's numerals are no figure: 走上千家万户的餐桌)
    bare: list[re.Match[str]] = []
    scaled: list[tuple[int, re.Match[str]]] = []  # figures of a scale and no unit just read (470亿、152亿、)
    taken = 0  # where the last figure read ends (两成八 reads past its match: 八 is not read again)
    pos = 0
    while (m := _PATTERN.search(text, pos)) is not None:
        pos = max(m.end(), m.start() + 1)
        if m.start("num") < taken:
            pos = taken  # read again from the end of the figure that ran past this match
            continue
        q = _read(text, m)
        if q is not None and not text[q.num_start].isdigit():
            if idioms is None:  # looked for once, at the first figure written in Chinese numerals
                idioms = [i.span() for i in _IDIOM.finditer(text)]
            if any(a <= q.num_start < b for a, b in idioms):
                q = None
        if q is not None:
            if bare and bare[-1].end() == _shared_unit_end(text, bare[-1]) and q.num_start == _shared_unit_start(text, bare[-1]):
                # 分别达到99、2323、11727个: every bare number of the list takes the last one's unit
                members = [bare[-1]]
                for b in reversed(bare[:-1]):
                    if not LIST_JOIN.fullmatch(text, b.end(), members[0].start()):
                        break
                    members.insert(0, b)
                for b in members:
                    shared = _read(text, b, unit_from=q)
                    if shared is not None:
                        out.append(shared)
            if q.unit:
                # 市值分别为470亿、152亿、267亿元: a list's last unit is every member's
                k, nxt = len(out), q.num_start
                while scaled and scaled[-1][0] == k - 1 and q.high is None and out[k - 1].qualifier == q.qualifier \
                        and LIST_JOIN.fullmatch(text, out[k - 1].end, nxt):
                    shared = _read(text, scaled.pop()[1], unit_from=q)
                    if shared is None:
                        break
                    out[k - 1] = shared
                    k, nxt = k - 1, shared.num_start
                scaled = []
            elif q.high is None:
                scaled.append((len(out), m))
            out.append(q)
            taken = q.end
            pos = max(pos, taken)
            bare = []
        elif not (m.group("unit") or m.group("geunit") or m.group("pct")):
            bare = bare + [m] if bare and LIST_JOIN.fullmatch(text, bare[-1].end(), m.start()) else [m]
    if len(out) > 1 and "翻" in text:
        out.sort(key=lambda q: q.start)
    return _join_ranges(text, out)


_RANGE_SEP = recache.compile(_RANGE_SIGN)


def _join_ranges(text: str, figures: list[Quantity]) -> list[Quantity]:
    """180万件至200万件, 20%—30%: two figures of one unit joined by a range
    sign are one range."""
    out: list[Quantity] = []
    for q in figures:
        prev = out[-1] if out else None
        if (prev is not None and prev.high is None and q.high is None and prev.unit == q.unit and prev.unit
                and prev.qualifier in ("exact", "about") and q.qualifier == "exact" and prev.value < q.value
                and _RANGE_SEP.fullmatch(text, prev.end, q.start)):  # (约3000元至5000元: about its ends)
            out[-1] = Quantity(prev.value, q.value, q.unit, "range", prev.start, q.end, prev.num_start,
                               text[prev.start:q.end])
            continue
        if (prev is not None and prev.high is None and q.high is None and prev.unit == q.unit and prev.unit
                and prev.qualifier == "over" and q.qualifier == "under" and prev.value < q.value
                and ((prev.text.endswith(_LOWER_BOUND) and q.text.endswith(_UPPER_BOUND))
                     or (prev.text.startswith(_LOWER_BOUND_BEFORE) and q.text.startswith(_UPPER_BOUND_BEFORE)))
                and text[prev.end:q.start] in ("", "、", "，", ",", "且", "，且", ",且", "、且")):
            # 处5000元以上1万元以下的罚款, 不低于3亿元且不超过5亿元: one range, its bounds written apart
            out[-1] = Quantity(prev.value, q.value, q.unit, "range", prev.start, q.end, prev.num_start,
                               text[prev.start:q.end])
            continue
        out.append(q)
    return out


#: the words that close a range's lower and upper bound written apart (5000元以上1万元以下)
_LOWER_BOUND = ("以上",)
_UPPER_BOUND = ("以下", "以内")
#: …and the words that open them (不低于3亿元且不超过5亿元)
_LOWER_BOUND_BEFORE = ("不低于", "不少于")
_UPPER_BOUND_BEFORE = ("不超过", "不高于", "不多于")


_DOUBLING = recache.compile(alternation(lexicon.DOUBLING))


def _doublings(text: str) -> list[Quantity]:
    """翻番 and its kin as +100 % (翻两番 +300 %), unless only hoped for (有望实现翻番)."""
    out = []
    for m in _DOUBLING.finditer(text):
        clause_start = max(text.rfind(c, max(0, m.start() - 40), m.start()) for c in "，。；！？") + 1
        if any(w in text[clause_start:m.start()] for w in lexicon.ASPIRATION_WORDS):
            continue
        out.append(Quantity(Decimal(lexicon.DOUBLING[m.group(0)]), None, "%", "exact",
                            m.start(), m.end(), m.start(), m.group(0)))
    return out


def _shared_unit_start(text: str, m: re.Match[str]) -> int:
    """Where the next number starts when ``m`` is followed by 和/及/、 + number + unit."""
    s = _SHARED_UNIT.match(text, m.end())
    return s.start(1) if s else -1


def _shared_unit_end(text: str, m: re.Match[str]) -> int:
    return m.end() if _SHARED_UNIT.match(text, m.end()) else -1


#: a currency's sign written before its amount (lexicon.CURRENCY_SIGNS)
_CURRENCY_SIGN = recache.compile("(?:" + alternation(lexicon.CURRENCY_SIGNS) + ")$")


def _read(text: str, m: re.Match[str], unit_from: Quantity | None = None) -> Quantity | None:
    """The figure of match ``m``, or None when it is not a figure.

    ``unit_from`` lends the unit of the next figure to a bare number joined
    to it by 和/及/、 (分别提高1.1和0.2个百分点).
    """
    num = m.group("num")
    pre = m.group("pre") or ""
    unit_text = m.group("geunit") or m.group("unit") or ""
    if unit_from is not None and not unit_text:
        unit_text = next(w for w, u in sorted(lexicon.UNITS.items(), key=lambda x: -len(x[0])) if u == unit_from.unit)
    start, end = m.start(), m.end()
    num_start = m.start("num")
    if pre and text.endswith(lexicon.NOT_QUALIFIER_WORDS, max(0, start - 2), start + len(pre)):
        pre, start = "", start + len(pre)  # 节约20天, 预约300次: a verb, not 约 (about)
    # not figures: numbers glued to Latin letters or slashes (4/5G, EMS2, 2014/15)
    before = text[num_start - 1] if num_start else ""
    after = text[m.end("num")] if m.end("num") < len(text) else ""
    if before and before in "$¥￥" and not unit_text:
        sign = _CURRENCY_SIGN.search(text, max(0, num_start - 4), num_start)
        if sign is not None:
            unit_text = lexicon.CURRENCY_SIGNS[sign.group(0)]  # HK$2.2 is 2.2 港元, ¥350 is 350 元
            before, start = "", min(start, sign.start())
    if before.isascii() and (before.isalpha() or before in "/._") and before:
        return None
    if before in "×xX*" and before:
        return None  # 7×24小时: a schedule's name, not a duration
    if (before == "双" and num in lexicon.FESTIVAL_NUMBERS_AFTER_SHUANG) or (
            num in lexicon.FESTIVAL_NUMBERS and text.startswith(lexicon.FESTIVAL_AFTER, m.end("num"))):
        return None  # 双11期间, 雙11包裹, 618大促期间: a shopping festival's name
    if before in "“「‘\"" and before and not any(c.isdigit() for c in num) \
            and any(c in "”」’\"" for c in text[m.end():m.end() + 4]):
        return None  # “两个维护”, “两户”: a slogan or a name in quotes
    if not unit_text and not m.group("more") and (after.isascii() and (after.isalpha() or after in "/")) and after:
        return None
    if m.group("num2") is None and m.group("sep") and unit_text in lexicon.DATE_WORDS:
        return None
    span_unit = ""
    if unit_text in ("月", "年", "日") and _is_span(text, m, num, unit_text, start, end):
        span_unit = {"月": "月", "年": "年", "日": "天"}[unit_text]  # 持续2个月, 有效期两年, 三十日内: a length of time
    elif unit_text in ("岁", "周岁") and "年龄" in _clause_before(text, start, 8):
        span_unit = "岁"  # 平均年龄40岁: a statistic of ages (a person's age or an age limit is none)
    elif unit_text in lexicon.DATE_WORDS and not (unit_text == "点" and "指数" in _clause_before(text, num_start, 30)):
        return None  # (an index's points are no clock time: 电商物流指数为109.5点)
    if unit_text in ("日元", "日圆") and (text.startswith(lexicon.YUAN_WORDS, end - 1)
                               or text[num_start - 1:num_start] == "月" and not any(c in _SCALES for c in num)):
        return None  # 1月1日元旦, 3月10日元气满满, 于15日圆满完成: a day, not yen (月薪30万日元 is yen)
    if _ORDINAL_LIST.search(text, max(0, num_start - 24), num_start):
        return None
    if unit_text in ("个", "家", "所") and not pre and not any(c.isdigit() for c in num) \
            and _LIST_BEFORE.search(text, max(0, num_start - 12), num_start):
        return None  # 双流区、郫都区、温江区三个处理中心: the size of the list just given
    if unit_text == "起" and (text[num_start - 1:num_start] in "月日年号" or not (
            any(w in _clause_before(text, num_start, 14) for w in lexicon.CASE_WORDS)
            or any(w in text[end:end + 6] for w in lexicon.CASE_WORDS))):
        return None  # 起 counts cases (处理投诉5起); 5日起, 从3起 are no count
    if text[num_start - 1:num_start] in ("前", "后") and unit_text in ("位", "名", "强"):
        return None  # 排名前15位: a rank
    if unit_text in ("位", "名") and text.endswith(lexicon.RANK_MOVES, max(0, start - 4), start):
        return None  # 比2020年年底上升三位: places in a ranking, not people
    if unit_text in ("次", "届") and text[max(0, num_start - 1):num_start] == "届" or \
            unit_text == "届" and text[end:end + 1] in "一二三四五六七八九十":
        return None  # 二届七次职代会: a session's name, not a count
    if unit_text == "层" and not any(c.isdigit() for c in num) and "\u4e00" <= text[end:end + 1] <= "\u9fff":
        return None  # 二层机器人分拣线: which floor, not a count
    if num in ("二", "两") and unit_text == "次" and "\u4e00" <= text[end:end + 1] <= "\u9fff" \
            and text[end:end + 1] not in "，。；、":
        return None  # 二次包装, 二次分拣: "secondary", not a count
    if unit_text == "点" and ("指数" not in _clause_before(text, num_start, 30) or text[end:end + 1] == "位"):
        return None  # 8点, 三个点位: an index's points only (物流指数为109.5点, 比上月提高0.5个点)
    if unit_text == "个点" and text[end:end + 1] in ("位", "儿"):
        return None
    if unit_text == "股" and text[end:end + 1] and text[end:end + 1] in lexicon.NOT_SHARES_AFTER:
        return None  # 两股东, 一股票: 股 begins another word
    if unit_text == "分" and text[max(0, num_start - 1):num_start] in ("点", "时"):
        return None  # 15点30分: a clock time
    passed = (not pre and num in ("万", "千", "百", "亿") and text[num_start - 1:num_start] in ("过", "破")
              and text[max(0, num_start - 2):num_start - 1] not in ("通", "经", "不", "超", "越", "路", "错", "打"))
    if passed:  # 日均处理量也均过万件, 破万件: over ten thousand
        pre, start = text[num_start - 1], num_start - 1
    if not _HAS_DIGIT.search(num) and not pre and num != "半" and not (num == "百" and m.group("pct")):
        # bare 万/千万 without a vague word (千万不要, 万象) is no number,
        # but 千万元 / 百万件 with a unit is (投资达千万元)
        if not (unit_text and (len(num) >= 2 or lexicon.UNITS.get(unit_text) in lexicon.MONEY_UNITS
                               or (num in ("万", "千", "百", "亿") and pre in _PASSED))):
            return None  # (日均处理量也均过万件, 破万件: over ten thousand)
        if text.startswith(lexicon.MILESTONE_WORDS, end):
            return None
    if unit_text == "个" and _POINTS_LIST.match(text, end):
        unit_text = "个百分点"  # 分别上升0.9个和0.2个百分点: the list's last word is the unit
    if span_unit:
        unit = span_unit
    elif unit_from is not None:
        unit = unit_from.unit
    else:
        unit = lexicon.UNITS.get(unit_text, "") if not m.group("geunit") else lexicon.UNITS.get("个" + unit_text, lexicon.UNITS.get(unit_text, unit_text))
    if unit_text == "块" and "\u4e00" <= text[end:end + 1] <= "\u9fff" and text[end:end + 1] not in _AFTER_YUAN \
            and not _JIAO.match(text, end):
        unit = "块"  # 四块电池, 两块牌匾: a counter, not money (十块三毛, 1块钱 are money)
    if unit in ("毫米", "厘米", "米", "克", "公斤") and _NAMED_SIZE.match(text, end):
        return None  # 45毫米以下“瘦身胶带”: the size that names a product, not a figure
    if text.endswith(("以下", "如下"), max(0, start - 2), start) and unit in ("个", "项", "点", "条"):
        return None  # 主要有以下三个方面: a list announced, not a figure
    pct = bool(m.group("pct") or m.group("den"))
    scaled = any(c in _SCALES for c in num + (m.group("num2") or "")) or num.endswith("千") and unit == ""
    if not unit and not pct and (currency := _CURRENCY_BEFORE.search(text, max(0, num_start - 40), num_start)):
        unit = lexicon.UNITS.get(currency.group("c"), "元")  # 澳门币2.50、4.00: the currency named before them
    if not unit and not pct and not scaled and not (
            any(c.isdigit() for c in num) and index_before(text, num_start)):
        return None  # (an index's value has no unit: 集中度指数CR8为84.1, 指数从2018年的122.8升至…)
    if (num == "一" and not pre and not m.group("more") and not m.group("more2") and not m.group("half") and not pct
            and not span_unit
            and not (unit_text in ("元", "块") and m.group("post") in ("多", "余")
                     and text[end:end + 1] in _AFTER_ONE_YUAN_MORE)  # 一块多钱: over 1 元 (一块多余的布 is no money)
            and unit not in ("倍", "%", "百分点") and not (unit_text == "元" and _JIAO.match(text, end))):
        if not (unit == "次" and text[max(0, num_start - 2):num_start].endswith(_FREQUENCY_BEFORE)):
            return None
    qualifier = "exact"
    try:
        # 百分之百: the whole, 100 %
        low, high = _values("一百" if num == "百" and m.group("pct") else num, m.group("num2"))
    except (ValueError, ArithmeticError):  # not a number, or 0~0亿 (no scale to share)
        return None
    if m.group("half"):
        low += Decimal("0.5")
    if high is not None:
        qualifier = "range"
    if unit_text == "位" and text.startswith(("数", "小数"), end):
        return None  # 两位数增长, 保留两位小数: a number of digits
    if unit_text == "部" and text.startswith("门", end):
        return None  # 等八部门印发: the departments that issued a document
    if unit_text == "个" and text.startswith("年头", end):
        return None  # 已经有18个年头: years of someone's service, not a figure
    if not _HAS_DIGIT.search(num) and text[max(0, start - 1):start] in ("（", "("):
        return None  # （万元）: a table header's unit, no amount
    if unit_text in ("元", "圆") and len(num) == 1 and not num.isdigit() and not m.group("num2") and "\u4e00" <= text[end:end + 1] <= "\u9fff" \
            and text[end:end + 1] not in _AFTER_YUAN and not text.startswith(lexicon.CURRENCY_AFTER_YUAN, end):
        return None  # 三元朱村, 三元里: a name, not money (两千万元建设, 五千到八千元不等 are money)
    if unit_text in lexicon.ARABIC_ONLY_UNITS and not any(c.isdigit() for c in num):
        return None  # 二期工程 is a phase; 36万版 is a count
    if unit_text in ("元", "圆", "块") and high is None:
        jiao = _JIAO.match(text, end)
        if jiao:  # 一元五角 = 1.5 元, 一角七分 = 0.17 元
            low += parse_numeral(jiao.group(1)) / 10
            if jiao.group(2):
                low += parse_numeral(jiao.group(2)) / 100
            end = jiao.end()
    if unit_text in ("毛钱", "角钱"):  # 三四毛钱 = 0.3 to 0.4 元
        low /= 10
        high = high / 10 if high is not None else None
    if unit_text == "分" and any(w in _clause_before(text, start, 16) for w in lexicon.FEN_PRICE_CUES):
        low, unit = low / 100, "元"  # 面值80分: 0.8 元
        high = high / 100 if high is not None else None
    if unit_text == "成":  # 三成 = 30%, 五成二 = 52%, 一成半 = 15%
        if not pre and text.startswith(lexicon.CHENG_WORDS, end - 1):
            return None  # 这一成绩, 三成本: 成 starts a word (约三成果农 is 30 %)
        low *= 10
        high = high * 10 if high is not None else None
        nxt = text[end:end + 1]
        if nxt in _CN_DIGIT_VALUES and not num.isascii():  # 五成二, not 7成46億
            low += _CN_DIGIT_VALUES[nxt]
            end += 1
        elif nxt == "半":
            low += 5
            end += 1
    if pct:
        unit = "%"
    den = m.group("den")
    if den:  # 千分之三 = 3‰; 十分之一 = 10 %; 三分之一 = 33.33… %
        if den == "千":
            unit = "‰"
        else:
            try:
                low = low * 100 / parse_numeral(den)
                high = high * 100 / parse_numeral(den) if high is not None else None
            except (ValueError, ArithmeticError):
                return None
            unit = "%"
    minus = before == "-" and (num_start < 2 or not text[num_start - 2].isdigit()) \
        and not _DASH_AFTER_RATIO.search(text, max(0, num_start - 3), num_start)  # 15%-20%: a range, not -20 %
    negative = m.group("neg") or (before == "负" and not pre)  # 暴跌至负34%, 百分之负三点九
    if pre == "零下" or ((minus or negative) and unit in ("℃", "%", "百分点", "‰")):
        low = -low
        if pre != "零下":
            start = num_start - 1
    if qualifier != "range":
        for word, table in ((pre, lexicon.QUALIFIERS_BEFORE), (pre, lexicon.VAGUE_BEFORE),
                            (m.group("more") or "", lexicon.QUALIFIERS_INSIDE),
                            (m.group("more2") or "", lexicon.QUALIFIERS_INSIDE),
                            (m.group("post") or "", lexicon.QUALIFIERS_AFTER)):
            if word in table:
                qualifier = table[word]
        if "多" in num or "余" in num:
            qualifier = "over"
        if passed:
            qualifier = "over"
        if qualifier == "exact" and (_CAP_BEFORE.search(text, max(0, start - 12), start)
                                     or text.startswith(lexicon.CAP_AFTER, end)
                                     or (text.endswith("最高", 0, start) and text.startswith(("罚款", "的罚款"), end))):
            qualifier = "under"  # 最高可罚其5000元, 封顶3元, 3元封顶: a cap
        if "几" in num:
            qualifier = "about"
        if qualifier == "exact" and _AT_LEAST.search(text, max(0, start - 6), start):
            qualifier = "over"  # 至少等待半个小时
        if qualifier == "exact":
            linked = _LINKED_QUALIFIER.search(text, max(0, start - 20), start)
            if linked:  # 约占六成, 約為7.82億件, 超过全省的一半
                qualifier = lexicon.QUALIFIERS_BEFORE[linked.group("q")]
    if qualifier == "range" and "几" in num:
        qualifier = "about"
    if qualifier != "range" and high is None:
        high = _vague_high(low, pre, m.group("more") or "")
    post = m.group("post")
    if post and post in ("多", "余") and qualifier == "exact":
        qualifier = "over"
    if post and not unit_text and post in ("上下",):
        end = m.start("post")
    return Quantity(low, high, unit, qualifier, start, end, num_start, text[start:end])


_TRAILING_SCALES = recache.compile(r"[十百千万亿兆拾佰仟]+$")
_ANY_SCALE = recache.compile(r"[十百千万亿兆拾佰仟]")


def _shared_scale(inner: str, low: Decimal, upper: str, high: Decimal) -> Decimal:
    """The lower end of a range whose scale word is written once, at the end.

    Every Chinese reader takes the upper end's scale for both ends: 3至5万件 is
    30 000 to 50 000, 2-3千万件 20 000 000 to 30 000 000, 两到三仟 2000 to 3000.
    The longest scale that keeps the lower end below the upper one is shared:
    一千到两千万 is 10 000 000 to 20 000 000 (两千万's 千万 would put 一千 past it, 万
    does not), 十八至三十万 180 000 to 300 000, 八到九百亿 80 000 000 000 to 90 000 000 000
    (jionlp reads 八亿 there; its own test calls the form ambiguous).  A lower end
    with 万 or 亿 of its own (1万-5万), or past the upper end at every scale
    (从8500到3万, 8000—10000), is kept as written; so is one before an upper end
    whose 百/千 is not its last scale (五到一千五百) or whose only scale is 十 (二到三十).
    Raises ``ArithmeticError`` for an upper end of zero before its scale (0~0亿).
    """
    if any(c in _SCALES for c in inner):
        return low
    run = _TRAILING_SCALES.search(upper)
    if run is None or run.start() == 0:
        return low
    if not any(c in _SCALES for c in run.group()) and (
            run.group() in ("十", "拾") or _ANY_SCALE.search(upper, 0, run.start())):
        return low
    for i in range(run.start(), run.end()):  # the longest scale first
        if upper[i:] in ("十", "拾"):
            continue
        try:
            scale = high / parse_numeral(upper[:i])
        except ValueError:  # 一百五 before 十万: no number of its own
            continue
        if low * scale <= high:
            return low * scale
    return low


def _vague_high(low: Decimal, pre: str, more: str) -> Decimal | None:
    """Upper end of a vague number: 数百 → 900, 上万 → 90000, 十几 → 19, 二十来 → 29."""
    if pre in lexicon.VAGUE_WORDS and low > 0:
        return low * 9
    if more in lexicon.VAGUE_AFTER and low >= 10:
        step = Decimal(10) ** (len(str(int(low))) - 2) if low >= 100 else Decimal(1)
        return low + 9 * step
    return None


def _values(num: str, num2: str | None) -> tuple[Decimal, Decimal | None]:
    """Value and upper value of one numeral or a written range."""
    if num == "半":
        return Decimal("0.5"), None
    inner = _GE_YI_IN.sub("亿", num).replace("多", "").replace("余", "")
    if num2 is not None:
        low = parse_numeral(inner)
        upper = _GE_YI_IN.sub("亿", num2).replace("多", "").replace("余", "")
        high = parse_numeral(upper)
        return _shared_scale(inner, low, upper, high), high
    if "几" in inner:  # 十几亿 = 10亿 to 19亿, 二十几万 = 20万 to 29万
        head, _, scale_part = inner.partition("几")
        base = parse_numeral(head)
        scale = parse_numeral(scale_part) if scale_part else Decimal(1)
        return base * scale, (base + 9) * scale
    # adjacent Chinese digits: 两三个, 三四十万, 五六千; 三五百 (lexicon.LOOSE_DIGIT_PAIRS)
    if len(inner) >= 2 and inner[0] in _CN_DIGIT_VALUES and inner[1] in _CN_DIGIT_VALUES:
        a, b = _CN_DIGIT_VALUES[inner[0]], _CN_DIGIT_VALUES[inner[1]]
        if b == a + 1 or inner[:2] in lexicon.LOOSE_DIGIT_PAIRS:
            rest = inner[2:]
            return parse_numeral(inner[0] + rest), parse_numeral(inner[1] + rest)
    # …after a scale character: 十五六 (15 to 16), 二十七八 (27 to 28), 一千二三百 (1,200 to 1,300)
    for i in range(1, min(len(inner) - 1, 8)):
        if inner[i - 1] in "十百千万" and inner[i] in _CN_DIGIT_VALUES and inner[i + 1] in _CN_DIGIT_VALUES \
                and _CN_DIGIT_VALUES[inner[i + 1]] == _CN_DIGIT_VALUES[inner[i]] + 1:
            head, rest = inner[:i], inner[i + 2:]
            return parse_numeral(head + inner[i] + rest), parse_numeral(head + inner[i + 1] + rest)
    return parse_numeral(inner), None

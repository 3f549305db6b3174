"""Per-figure context: which place and which period a figure is about.

An item has one place (its reporting unit's), but a figure can be about
another one:

- a sentence about the nation (国家邮政局, 全行业, 全国快递业务量 …) → no place;
- a clause that starts with a place (其中，长沙市快递业务量…; 在元阳县，…)
  → that place, for the rest of its sentence; ``A、B…分别`` hands the places
  out to the figures in order;
- a paragraph (or a section under a subheading such as 阿拉善盟：驼奶寄递…)
  whose first clause names a place → that place for the paragraph.

A figure's period is the nearest time expression before it in its sentence;
else the period stated at the head of an earlier sentence (1-9月，… carries
through a bulletin); else the last plain year stated before; else empty.
"""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from . import dates, lexicon, numerals
from .lazyre import LazyPattern
from .places import Place, find_places, is_dateline, is_example, is_passing, may_start_with_place, resolve_place
from .text import Boundaries
from . import recache

#: a sentence about the whole nation: its figures carry no place.
NATIONAL = recache.compile(
    r"国家邮政局|我国|(?<![居列在于为领跑占])全国(?![第首前领率闻知各])(?:也|都|还)?"
    r"(?:邮政|快递|范围|累计|共|日均|揽收|投递|包裹|业务|邮件|快件|寄递|已|有)|全网|国内快递"
    r"|中国邮政(?:集团)?(?:有限)?(?:公司)?(?:有着|拥有|共有|现有|坐拥)"
    r"|(?<![\u4e00-\u9fff])中国(?:共有|拥有|现有)|在中国(?:有|拥有|共有|开设|开出)"  # 截至2020年末，中国共有…; 星巴克在中国有门店…
)
_LEAD = recache.compile(r"(?:(?:【?本报讯】?|本刊讯)(?:[（(][^（）()]{0,30}[）)])?)?(?:其中|在|而|据|截至目前|目前|同时|单看|仅看|单就|从)?[，,]?")
_LIST_SEP = recache.compile(r"^[、和及与]")
_LISTED = recache.compile(r"分别为|分别是|依次为|依次是")
#: a place right before these is the subject of the clause (迪庆州也完成312万件)
_SUBJECT_VERB = recache.compile(r"(?:也|已|共|均|则|还)?(?:完成|实现|达到|达|累计|寄递|揽收|快递业务量|业务量|业务收入)")
_AREA_SUFFIX = "方面"
#: 均 meaning "each, all" (均超过, 均达到), not 日均, 人均, 平均 or 均价
_ALL = recache.compile(r"(?<![日人平户月年季周场单件])均(?![价值衡匀])")


#: how far from a figure its sentence is searched for national and local words
#: (sentences are shorter; a page without full stops stays linear)
_SENTENCE_SPAN = 400
#: a lead about the whole country (中国的邮路…, 国家邮政局数据显示，全国…)
#: …or a listed company's (顺丰控股(002352.SZ)在3月30日接受调研时表示): its results are the company's,
#: placed nowhere (a hub named in its headline, 鄂州转运中心, is no place of them)
_NATIONAL_LEAD = recache.compile(NATIONAL.pattern + r"|中国的|全国"
                                 r"|[（(](?:\d{6}\.(?:SZ|SH|sz|sh)|\d{4,5}\.(?:HK|hk)|[A-Z]{1,5}\.(?:N|O|US))[）)]")
#: how far a company's lead's second sentence is read for places, at most
_COMPANY_LEAD_SPAN = 160
_COMPANY_LEAD = recache.compile(r"[\s，,]*(?:" + recache.alternation(lexicon.NATIONAL_COMPANIES) + ")")
_MARKER = recache.compile(r"^(?:【?本报讯】?|本刊讯|[^，。（(]{0,14}?\d{1,2}月\d{1,2}日(?:" + "|".join(lexicon.DATELINE_ENDS) + r")|[^，。]{0,12}?专讯》?)"
                     r"(?:[（(][^（）()]{0,30}[）)])?")


def national_lead(simp: str) -> bool:
    """Whether an item's lead is about the nation: its first sentence (after the
    item marker and dateline) has a national word and neither a local scope word
    (我市, 全省) nor a place other than one met in passing (a dateline's city,
    《上海证券报》, a venue).  Such an item has no place of its own; its later
    anecdotes (在黑龙江省饶河县的一家合作社里…) place only their own clauses.

    >>> national_lead("新华社北京6月11日电 中国的邮路有多长？邮路1187.4万公里")
    True
    >>> national_lead("本报讯 国家邮政局数据显示，1至2月份，我市快递业务量…")
    False
    """
    lead = _MARKER.match(simp)
    start = lead.end() if lead else 0
    end = min((i for c in "。！？" if (i := simp.find(c, start, start + 200)) >= 0), default=min(len(simp), start + 200))
    if _is_national_lead(simp[start:end]):
        # (a company's lead, 京东物流的新能源车已经进入实质落地阶段。, is national only when the
        # sentence after it names no place either: …已经在北京共投放超过700辆 is Beijing's item)
        if not _COMPANY_LEAD.match(simp, start) or _NATIONAL_LEAD.search(simp, start, end) is not None:
            return True
        second = simp.find("。", end + 1, end + _COMPANY_LEAD_SPAN)
        return _is_national_lead(simp[start:second if second > 0 else end + _COMPANY_LEAD_SPAN])
    return False if simp[end:end + 1] != "？" else _question_lead(simp, start, end)


def _question_lead(simp: str, start: int, end: int) -> bool:
    """“快递小哥”群体长啥样？他们…。…全国快递业务量…: a question opens the lead: its next two
    sentences decide."""
    for _ in range(2):
        nxt = min((i for c in "。！？" if (i := simp.find(c, end + 1, end + 200)) >= 0), default=-1)
        if nxt < 0:
            break
        end = nxt
    return _is_national_lead(simp[start:end])


def _is_national_lead(first: str) -> bool:
    """Whether a lead names the nation (or opens with a company that delivers across the
    country: 京东集团对外发布…ESG报告, lexicon.NATIONAL_COMPANIES), no local scope and only
    places met in passing."""
    if not (_NATIONAL_LEAD.search(first) or _COMPANY_LEAD.match(first)) \
            or any(w in first for w in lexicon.LOCAL_SCOPE_WORDS):
        return False
    return all(is_passing(first, m.start, m.end) or is_dateline(first, m.end) or is_example(first, m.end)
               for m in find_places(first))


@dataclass(frozen=True)
class Paragraph:
    start: int
    place: Place | None


def _specific(p: Place | None) -> bool:
    return p is not None and p.level in ("city", "county")


def _within(inner: Place, outer: Place) -> bool:
    """True when ``inner`` lies inside ``outer`` (德清县 in 湖州市)."""
    if inner.province != outer.province:
        return False
    if outer.level == "province":
        return inner.level != "province"
    return outer.level == "city" and inner.city == outer.city and inner.level == "county"


_LEVEL_DEPTH = {"province": 0, "city": 1, "county": 2}
#: how far into its clause a scope word may stand (今年1-6月，全省快递业务量…) and what before
#: it makes it a reference rather than the subject (占全省的25%, 居全省首位, 比全市平均)
_SCOPE_HEAD = 12


def at_level(place: Place, level: str) -> Place:
    """``place`` cut to ``level`` (德清县 at city level → 湖州市), as the gazetteer writes it."""
    return _named(place.province if level == "province" else place.province + place.city) or place


@lru_cache(maxsize=1024)
def _named(name: str) -> Place | None:
    """The place a full name stands for, resolved once per name (a page asks again per figure)."""
    return resolve_place(name)


def _lead_places(text: str) -> list[Place]:
    """Places listed at the very start of a clause: 长沙市…, 株洲市、衡阳市…, 在元阳县."""
    m = _LEAD.match(text)
    pos = m.end() if m else 0
    if not may_start_with_place(text[pos:pos + 2]):
        return []
    out: list[Place] = []
    expected = 0
    mentions = find_places(text[pos:pos + 40])
    for k, mention in enumerate(mentions):
        if mention.start != expected:
            break
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and nxt.start == mention.end and _within(nxt.place, mention.place):
            expected = nxt.start  # 阿拉善盟阿拉善左旗, 湖州市德清县: the more specific one
            continue
        after = text[pos + mention.end:pos + mention.end + 4]
        if _LIST_SEP.match(after):
            out.append(mention.place)
            expected = mention.end + 1
            continue
        if after.startswith(lexicon.PLACE_NAME_CONTINUATIONS) or is_passing(text, pos + mention.start, pos + mention.end) \
                or is_dateline(text, pos + mention.end):
            out = []  # 杭州亚运会, 中山大学, 北京青年报记者, 香港中通社11月5日電: a name or a dateline, no subject
        else:
            out.append(mention.place)
        break
    return out


#: a paragraph's first clause that only gives its time (1月至2月，, 今年以来，): its place is in the next clause
_TIME_ONLY = recache.compile(r"(?:(?:19|20)\d{2}年)?[\d一二三四五六七八九十至到\-—~－月份季度上下半年前今去以来全]{2,12}")


class PlaceContext:
    """Places of one item's figures; build once per item, query per figure."""

    def __init__(self, simp: str, bounds: Boundaries, item_place: Place | None,
                 paragraphs: list[tuple[int, str]]) -> None:
        self.simp, self.bounds, self.item_place = simp, bounds, item_place
        self.paragraphs: list[Paragraph] = []
        for start, subheading in paragraphs:
            self.paragraphs.append(Paragraph(start, self._paragraph_place(start, subheading)))
        self._starts = [p.start for p in self.paragraphs]
        self._distributed: dict[int, int] = {}
        self._leads: dict[int, list[Place]] = {}
        self._clause_lists: dict[tuple[int, int], tuple[list[Place], int]] = {}
        self._raw_leads: dict[int, list[Place]] = {}
        #: whether the item has a national word at all (a match in part of it is a match in all of it)
        self._any_national = NATIONAL.search(simp) is not None

    def _raw_lead(self, clause_start: int) -> list[Place]:
        """:func:`_lead_places` of the clause at ``clause_start``, found once per clause."""
        lead = self._raw_leads.get(clause_start)
        if lead is None:
            lead = self._raw_leads[clause_start] = _lead_places(self.simp[clause_start:clause_start + 40])
        return lead

    def _lead_at(self, clause_start: int) -> list[Place]:
        """Specific places at the start of the clause at ``clause_start`` (cached)."""
        lead = self._leads.get(clause_start)
        if lead is None:
            lead = self._raw_lead(clause_start)
            if not all((_specific(p) or self.item_place is None) and self._compatible(p) for p in lead):
                lead = []  # 重庆和贵州…: a list that names provinces is not about one city
            self._leads[clause_start] = lead
        return lead

    def _paragraph_place(self, start: int, subheading: str) -> Place | None:
        if subheading:
            p = resolve_place(subheading)
            if p is not None:
                return p
        end = self.bounds.clause(start, start)[1]
        first = self.simp[start:min(end, start + 40)]
        lead = _lead_places(first)
        if not lead and (first.endswith(_AREA_SUFFIX) or _TIME_ONLY.fullmatch(first)):
            lead = _lead_places(self.simp[end + 1:end + 41])  # 楚雄州方面，双柏县…; 1月至2月，昆明市邮政行业…
        if not lead and (focus := next((first.find(w) for w in lexicon.FOCUS_WORDS if w in first), -1)) >= 0:
            word = next(w for w in lexicon.FOCUS_WORDS if first.find(w) == focus)
            lead = _lead_places(first[focus + len(word):])  # 这个数据具体到贵阳来看，…: the paragraph is 贵阳's
        if len(lead) == 1 and _specific(lead[0]) and self._compatible(lead[0], across_provinces=True):
            if self.item_place is not None and _within(self.item_place, lead[0]):
                return None  # the item already names a place inside it
            return lead[0]
        return None

    def _compatible(self, p: Place, across_provinces: bool = False) -> bool:
        item = self.item_place
        if item is None or across_provinces:
            return True
        return p.province == item.province

    def place(self, pos: int, sentence: tuple[int, int], clause_start: int) -> Place | None:
        """The place of the figure at ``pos`` (its clause starts at ``clause_start``)."""
        ss, se = sentence
        if pos and self.simp[pos - 1] in "（(":
            # 浙江（12个）、河北（11个）: a figure in parentheses after a place is that place's
            offset = max(0, pos - 12)
            named = [m for m in find_places(self.simp[offset:pos - 1]) if offset + m.end == pos - 1]
            if named and not is_passing(self.simp, offset + named[-1].start, pos - 1):
                return named[-1].place
            item = self.item_place
            before = self.simp[max(clause_start, pos - 12):pos - 1]
            for word, level in lexicon.SCOPE_LEVELS.items():
                if word in before and item is not None and _LEVEL_DEPTH[level] < _LEVEL_DEPTH[item.level]:
                    return at_level(item, level)  # 高于全省平均增速(2.4%) in a city's item: the province's
        clause = self.simp[clause_start:pos]
        if len(clause) <= 14 and clause.startswith(lexicon.NATIONAL_COMPANIES) and "、" not in clause \
                and not any(w in clause for w in lexicon.LOCAL_SCOPE_WORDS + lexicon.LOCAL_ACTION_WORDS) \
                and not find_places(clause):
            return None  # 顺丰约1800台, 京东单票保价上限30万元: a company's own figure, national
        i = bisect_right(self._starts, pos) - 1
        wider = self.paragraphs[i].place if i >= 0 and self.paragraphs[i].place is not None else self.item_place
        clause_place = self._clause_place(pos, ss, clause_start)
        own = max(clause_start, pos - _CLAUSE_SPAN)
        if clause_place is not None and NATIONAL.search(self.simp, own, pos) \
                and not find_places(self.simp[own:pos]):
            return None  # 郭红岗表示，中国邮政有着5.4万个网点: the figure's own clause is national
        if clause_place is not None and not (wider is not None and _within(wider, clause_place)):
            return clause_place  # (吉林长春邮政… in an item about 长春市朝阳区 stays 朝阳区)
        if clause_place is not None and wider is not None and wider != clause_place \
                and self._names_scope(clause_start, pos, clause_place):
            return clause_place  # 凉山州目前已开通6条航线 in an item about 昭觉县: the prefecture's
        if self._national(pos, ss, se):
            return None
        if clause_place is None and i >= 0 and self.paragraphs[i].place is None \
                and self._national_before(max(self.paragraphs[i].start, ss - _SENTENCE_SPAN), ss, pos):
            return None  # 截至1986年，全国有5万多个邮电局。在31万多邮政人员中，约有2.65万人…: the paragraph goes on about the nation
        if wider is not None and wider.level != "province":
            level = self._scope_level(pos, ss, clause_start, wider)
            if level is not None:
                return at_level(wider, level)  # 全省快递业务量… in an item about 昆明: the province's
        return wider

    def _names_scope(self, clause_start: int, pos: int, place: Place) -> bool:
        """Whether the clause before ``pos`` names ``place`` as what it is about (凉山州目前已开通…,
        已经覆盖了安徽720个乡镇), not as the seat of an organisation acting in the item's own place
        (长春邮政…, 安徽省邮政分公司…; lexicon.ORG_AFTER_PLACE)."""
        clause = self.simp[clause_start:pos]
        for mention in find_places(clause):
            if mention.place == place:
                return not clause.startswith(lexicon.ORG_AFTER_PLACE, mention.end) \
                    and not is_passing(clause, mention.start, mention.end)
        return False

    def _scope_level(self, pos: int, ss: int, clause_start: int, wider: Place) -> str | None:
        """The level a scope word before the figure puts it at (全省 → province, 全市 →
        city; lexicon.SCOPE_LEVELS), or a province named at the start of its clause
        (…，云南省快递业务量完成5.2亿件); None when neither does."""
        if clause_start > ss and _CONTINUATION.match(self.simp, clause_start):
            # …，同比增长20%: the clause goes on about the previous clause's subject
            clause_start = self.bounds.clause(clause_start - 1, clause_start - 1)[0]
        lead = self._raw_lead(clause_start)
        if len(lead) == 1 and lead[0].level == "province" and lead[0].province == wider.province:
            return "province"
        best, level = -1, None
        head = clause_start + _SCOPE_HEAD  # the scope word is the clause's subject: at its head
        words = list(lexicon.SCOPE_LEVELS.items())
        if wider.province.endswith("自治区"):  # 全区快递服务农牧业业务量… in an item about 呼和浩特市
            words += [(w, "province") for w in lexicon.REGION_SCOPE_WORDS]
        for word, word_level in words:
            at = self.simp.rfind(word, clause_start, min(pos, head))
            if at > best and (at == 0 or self.simp[at - 1] not in lexicon.NOT_SCOPE_BEFORE):
                best, level = at, word_level
        if level == "city" and wider.level == "county" and wider.county.endswith("市"):
            return None  # 全市 in an item about 义乌市, a county-level city: 义乌's own
        if level is not None and _LEVEL_DEPTH[level] < _LEVEL_DEPTH[wider.level]:
            return level
        return None

    def _national(self, pos: int, ss: int, se: int) -> bool:
        """Whether the figure at ``pos`` is about the nation: its sentence has a
        national word (全国快递…, 国家邮政局), and no local scope word (我市, 全省)
        stands between the last national word before the figure and the figure,
        nor anywhere in the sentence when the national word comes after it."""
        if not self._any_national:
            return False  # an item without a national word (most local news): no search per figure
        if ss > 0 and self.simp.startswith(lexicon.PART_OF_PREVIOUS, ss):
            ss = self.bounds.sentence(ss - 1)[0]  # …全国…近26亿件。其中，揽收…: the parts of that total
        ss = max(ss, pos - _SENTENCE_SPAN)  # a national word further back is no longer this figure's
        before = [m.end() for m in NATIONAL.finditer(self.simp, ss, pos)]
        local = max((self.simp.rfind(w, ss, pos) for w in lexicon.LOCAL_SCOPE_WORDS), default=-1)
        if before:
            return local < before[-1]
        if local >= 0:
            return False
        se = min(se, pos + _SENTENCE_SPAN)
        return NATIONAL.search(self.simp, pos, se) is not None and not any(
            w in self.simp[ss:se] for w in lexicon.LOCAL_SCOPE_WORDS)

    def _national_before(self, start: int, ss: int, pos: int) -> bool:
        """Whether an earlier sentence of the paragraph (from ``start`` to ``ss``) is about the nation
        and nothing since, up to the figure at ``pos``, names a place or a local scope (我市, 全省)."""
        if not self._any_national or ss <= start:
            return False
        last = None
        for last in NATIONAL.finditer(self.simp, start, ss):
            pass
        if last is None:
            return False
        since = self.simp[last.end():pos]
        return not any(w in since for w in lexicon.LOCAL_SCOPE_WORDS) and not find_places(since)

    def _listed_at(self, cs: int, ce: int) -> list[Place]:
        """Places a clause lists (…分别为昆明市、曲靖市和大理州) or has as the
        subject of its verb (增速最慢的迪庆州也完成…), cached like leads."""
        key = -cs - 1
        if key in self._leads:
            return self._leads[key]
        clause = self.simp[cs:ce]
        found: list[Place] = []
        m = _LISTED.search(clause)
        if m:
            found = [p for p in _lead_places(clause[m.end():]) if _specific(p) and self._compatible(p)]
            if len(found) == 1 and len(find_places(clause[m.end():])) > 1:
                found = [mention.place for mention in find_places(clause[m.end():])]  # a long list: 金华（义乌）、广州…
        if not found:
            for mention in find_places(clause):
                if _SUBJECT_VERB.match(clause, mention.end) and _specific(mention.place) \
                        and self._compatible(mention.place):
                    found = [mention.place]
                    break
        self._leads[key] = found
        return found

    def _names_place_first(self, clause_start: int) -> bool:
        head = self.simp[max(0, clause_start - 4):clause_start]
        return head.endswith(("其中", "其中，", "其中,")) and bool(self._raw_lead(clause_start))

    def _clause_list(self, ss: int, clause_start: int) -> tuple[list[Place], int]:
        """The latest clause-start places in the sentence up to the clause at
        ``clause_start``, and where the clause that names them starts."""
        key = (ss, clause_start)
        known = self._clause_lists.get(key)
        if known is not None:
            return known  # every figure of a clause asks for it again (place, shared_places)
        found: list[Place] = []
        distribute_from = -1
        start = ss
        while start <= clause_start:
            cs, ce = self.bounds.clause(start, start)
            lead = self._lead_at(cs)
            if not lead and (cs == clause_start or _LISTED.search(self.simp, cs, ce)):
                lead = self._listed_at(cs, ce)
            if lead:
                found, distribute_from = lead, cs
            if ce >= len(self.simp) or ce >= clause_start:
                break
            start = ce + 1
        self._clause_lists[key] = found, distribute_from
        return found, distribute_from

    def shared_places(self, pos: int, sentence: tuple[int, int], clause_start: int) -> list[Place]:
        """The places one figure is about each, or ``[]``: a clause that lists places
        and says 均 before the figure (阜阳、宿州、亳州、六安四市快递业务量增速均超过25%)
        states the figure for every one of them."""
        if "均" not in self.simp[clause_start:pos]:
            return []
        found, distribute_from = self._clause_list(sentence[0], clause_start)
        if len(found) < 2 or distribute_from != clause_start or not _ALL.search(self.simp, clause_start, pos):
            return []
        return found

    def _clause_place(self, pos: int, ss: int, clause_start: int) -> Place | None:
        """The latest clause-start place in the sentence before ``pos``."""
        found, distribute_from = self._clause_list(ss, clause_start)
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        if "分别" not in self.simp[distribute_from:pos] and "分别" not in self.simp[clause_start:pos]:
            return None
        # 株洲市、衡阳市…分别完成1.92亿件和1.71亿件: the k-th figure of a clause gets the k-th place
        k = self._distributed.get(clause_start, 0)
        self._distributed[clause_start] = k + 1
        return found[k] if k < len(found) else None


@dataclass(frozen=True)
class _Head:
    start: int
    expression: dates.TimeExpression


def head_periods(simp: str, bounds: Boundaries, periods: list[dates.TimeExpression]) -> list[_Head]:
    """Periods stated at the head of a sentence or clause (1-9月，…; 今年以来，…;
    年报显示，2023/24年度…), which carry to the following sentences of the item."""
    out = []
    for t in periods:
        if t.kind == "event_window" or (t.kind == "day_range" and _HELD_AFTER.match(simp, t.end)):
            out.append(_Head(t.start, t))  # an event's days (…于7月18日至20日举办) frame its exhibits and visitors
            continue
        if t.kind == "fiscal_year" or _RESULTS_AFTER.match(simp, t.end) or _REPORT_NAMED.match(simp, t.end):
            out.append(_Head(t.start, t))  # a report's period (公布第三季度业绩, 2023/24年度) frames what follows
            continue
        if simp.startswith("、", t.end):
            continue  # 一季度、二季度快递业务量分别…: a list of periods heads nothing after it
        if t.kind in ("md", "day") and _RELEASED_AFTER.match(simp, t.end):
            continue  # 5月26日，国家邮政局发布《2022年邮政行业发展统计公报》: the day of a release, not of its figures
        cs = bounds.clause(t.start, t.end)[0]
        ss = bounds.sentence(t.start)[0]
        if cs > ss and not _FRAME.fullmatch(simp, ss, cs):
            continue  # mid-sentence: only a reporting frame (公报显示，…) may come before a head
        lead = _LEAD.match(simp, cs)
        if t.start - (lead.end() if lead else cs) > 1:
            continue
        rest = simp[t.end:t.end + 4]
        if (rest[:1] in ("，", ",") or rest.startswith(("以来", "份", "全年", "期间"))
                or _REPORT_AFTER.match(simp, t.end)  # 3月经营数据显示，…: the period of the report
                or t.kind in ("fiscal_year", "year", "this_year", "last_year", "whole_year", "past_year", "next_year",
                              "year_end")
                or t.kind in _SPAN_KINDS or t.kind == "since"
                or (t.kind == "month" and _YEAR_IN_PERIOD.match(simp, t.start) and cs > ss)):
            # (经测算，2022年7月中国快递发展指数为275.5: a month with its year after a report's frame)
            # 1-10月同城快递业务量…: a span at the head of its sentence; 自2月22日起开始监督检查: a campaign's days
            out.append(_Head(t.start, t))
    return out


#: an event held over a run of days: 于7月18日至20日在西安举办 (lexicon.EVENT_HELD_VERBS)
_HELD_AFTER = recache.compile(r"(?:[在于][^，。；\d]{1,10}?)?(?:" + "|".join(lexicon.EVENT_HELD_VERBS) + ")")
#: a company's results named right after a period (第三季度未经审计的财务业绩)
_RESULTS_AFTER = recache.compile(r"[^，。；\d]{0,8}?(?:" + "|".join(lexicon.RESULTS_WORDS) + ")")
#: a report released on a day at a sentence's head (5月26日，国家邮政局发布并解读《…公报》)
_RELEASED_AFTER = recache.compile(r"[，,][^，。；]{0,16}?(?:" + "|".join(lexicon.RELEASE_VERBS) + r")[^，。；]{0,4}?《")
#: a report or survey named after its period (发布了2017年中国…从业人员调查结果)
_REPORT_NAMED = recache.compile(r"[^，。；\d]{0,24}?(?:" + "|".join(lexicon.REPORT_NAME_WORDS) + ")")
#: a report named right after a period at a sentence's head (3月经营数据显示，…)
_REPORT_AFTER = recache.compile(r"[^，。；\d]{0,8}?(?:" + "|".join(lexicon.REPORT_VERBS) + ")[，,：:]")
#: clauses that only frame a report: a period right after them still heads the sentence
_FRAME = recache.compile(r"(?:【?本报讯】?|本刊讯|[^，。（(]{0,14}?\d{1,2}月\d{1,2}日(?:" + "|".join(lexicon.DATELINE_ENDS) + r"))?(?:[（(][^（）()]{0,30}[）)])?(?:[^，。；]{0,30}?(?:显示|获悉|方面|统计|了解|介绍|表示|公布|称|指出|透露|来看|看|数据|通报|消息|测算)[，,：:]"
                    r"|(?:\d{1,2}月\d{1,2}日|近日|日前|今天|昨天)[^，。；]{0,4}[，,])+")
#: a clause that continues the previous one's subject (较去年同期增加…, 同比增长…)
_CONTINUATION = recache.compile(r"(?:较|比|同比|环比|按年|增长|增加|提高|下降|减少|占|其中|最高|最多|峰值|是)")
#: a clause naming a flow parallel to a daily one before it (日均进港量…，出港量约1.07万件)
_PARALLEL_FLOW = recache.compile("(?:" + "|".join(lexicon.PARALLEL_FLOW_WORDS) + r")[\u4e00-\u9fff]{0,3}量(?:为|约|达|超|近|是)")
#: a sentence that continues the previous one (其中，…; 此外，…)
_CONTINUING_SENTENCE = recache.compile(r"(?:其中|此外|另外|同时)[，,]?")
_STOCK = recache.compile(r"共有|拥有|现有|保有|覆盖率|通达率|总数|建成|设有|余额|存量|库存|在册|在岗|已有")


_SEMICOLON = recache.compile(r"[；;]")


def _sentence_end(simp: str, pos: int, reach: int = 80) -> int:
    """Where the sentence holding ``pos`` ends (its 。, ！ or ；), looked for within ``reach`` characters."""
    end = min(len(simp), pos + reach)
    return min((i for i in (simp.find(c, pos, end) for c in "。！；;\n") if i >= 0), default=end)


def _last_daily(simp: str, start: int, pos: int) -> int:
    """Where the last 日均/每天… before ``pos`` in the sentence starts, or -1."""
    if not _has_daily_word(simp):
        return -1
    return max((simp.rfind(w, start, pos) for w in lexicon.DAILY_WORDS), default=-1)


@lru_cache(maxsize=8)
def _has_daily_word(simp: str) -> bool:
    """Whether an item's text has any of lexicon.DAILY_WORDS (asked once per text, not per figure)."""
    return any(w in simp for w in lexicon.DAILY_WORDS)


def figure_period(simp: str, pos: int, sentence_start: int, clause_start: int,
                  periods: list[dates.TimeExpression], heads: list[_Head], counted: bool = False,
                  since_year_start: bool = False) -> str:
    """The period of a figure at ``pos`` (:func:`_figure_period`); a level stated for
    the same months a year before (去年同期为4亿6172万令吉, 比去年同期的40亿件增长25%:
    the 40亿) has that period a year back."""
    period = _figure_period(simp, pos, sentence_start, clause_start, periods, heads, counted, since_year_start)
    if len(period) == 15 and period.endswith("-12") and period[4:8] == "-01/" and period[:4] == period[8:12]:
        return period[:4]  # 2013年1-12月: the whole year is the year (SCHEMA: 2022, not 2022-01/2022-12)
    if period and period != "daily" and (_LAST_YEAR_SAME_HEAD.match(simp, clause_start, pos)
                                         or _LAST_YEAR_SAME_OF.search(simp, max(clause_start, pos - 12), pos)):
        return _YEAR_IN_PERIOD.sub(lambda m: str(int(m[0]) - 1), period)
    return period


#: a clause about the same months a year before, stating its level (去年同期为…, 上年同期亏损…)
_LAST_YEAR_SAME_HEAD = recache.compile(r"(?:去年|上年|上一年)同期(?:为|是|有|达|亏损|盈利|收入|营收|录得|实现|完成)")
#: …the level right after 比去年同期的 (比去年同期的40亿件增长25%: the 40亿)
_LAST_YEAR_SAME_OF = recache.compile(r"(?:去年|上年|上一年)同期的$")
_YEAR_IN_PERIOD = recache.compile(r"(?:19|20)\d{2}")


def _figure_period(simp: str, pos: int, sentence_start: int, clause_start: int,
                   periods: list[dates.TimeExpression], heads: list[_Head], counted: bool = False,
                   since_year_start: bool = False) -> str:
    """The period of a figure at ``pos`` (see the module docstring).

    A stock (共有网点…, 覆盖率) under 截至12月底 or 年底 is dated at year end
    (SCHEMA: a stock at year end 2014-12-31); a flow covers the year.
    ``counted`` says the figure counts things (outlets, customers): under a
    截至 date it is a stock unless a verb of flow comes before it.
    ``since_year_start`` says it is a change against 年初: under a 截至 date
    it covers the months from January (较年初新增5.1亿元 → 2024-01/2024-04).
    """
    in_sentence = [t for t in periods if sentence_start <= t.start and t.end <= pos]
    if in_sentence and (now := max(simp.rfind(w, sentence_start, pos) for w in lexicon.NOW_WORDS)) >= 0:
        in_sentence = [t for t in in_sentence if t.start > now]  # 30年前…仅1万余件，如今…已达1.5亿件
    if dates.is_daily(simp[clause_start:pos]):
        day = [t for t in in_sentence if t.kind in ("md", "day") and t.start >= clause_start]
        if day and not any(w in simp[day[-1].end:pos] for w in lexicon.AVERAGE_DAY_WORDS):
            return day[-1].period  # 6月2日单日揽收量达108万件: that day (not 11日…日均业务量: an average)
        return "daily"
    daily = _last_daily(simp, max(sentence_start, simp.rfind("；", sentence_start, pos) + 1), pos)
    if daily >= 0 and not any(t.start > daily for t in in_sentence) and (
            _CONTINUATION.match(simp, clause_start) or _PARALLEL_FLOW.match(simp, clause_start)):
        return "daily"  # 日均揽收9000件，较去年同期增加2000件; 日均进港量约3.9万件，出港量约1.07万件
    chosen = None
    reached = _reached_after(simp, pos, periods)
    if reached is not None:
        chosen = reached  # 由2023年同期的389亿元增加7.6%至2024年同期的418亿元: the change reaches that time
    elif in_sentence:
        chosen = in_sentence[-1]
        if chosen.plain_year:
            for t in reversed(in_sentence[:-1]):
                if t.kind in _SPAN_KINDS and t.period.startswith(chosen.period) and not _SEMICOLON.search(simp, t.end, chosen.start):
                    chosen = t  # 截至3月20日，今年…: the span within this year (not across a ；: 今年1至11月…；此外，今年…)
                    break
    elif (after := _located_after(simp, pos, periods)) is not None:
        chosen = after  # 八成一均在一四年度录得亏损: the time the clause places its figure in
    else:
        earlier_heads = [h.expression for h in heads if h.start < sentence_start]
        chosen = earlier_heads[-1] if earlier_heads else None
        if _CONTINUING_SENTENCE.match(simp, sentence_start):
            # 其中，寄递业务收入21.7亿元: the period of the sentence it continues
            previous = [t for t in periods if t.end <= sentence_start and (chosen is None or t.start > chosen.start)
                        and not simp.startswith(lexicon.TARGET_WORDS, t.end)]
            if previous:
                chosen = previous[-1]
    if chosen is None:
        return ""
    if chosen.kind == "year_range" and chosen.start >= sentence_start:
        end_year = _range_end(simp, chosen, pos)
        if end_year:
            return end_year  # 2013-2019年，快递业务量从1.8亿件增长至49.91亿件: each end its year
        each = _each_year(simp, chosen, pos)
        if each:
            return each  # 2016—2020年各年末，网点分别为7418处、9308处…: the k-th value the k-th year
    if (chosen.kind == "month" or chosen.kind == "month_fen") and "累计" in simp[sentence_start:pos]:
        # 累计完成… under a later 5月份 head: the year to date stated before it
        to_date = [h.expression for h in heads if h.start < sentence_start
                   and h.expression.period.endswith("/" + chosen.period) and "-01/" in h.expression.period]
        if to_date:
            chosen = to_date[-1]
        elif _cumulative_clause(simp, max(chosen.end, sentence_start), clause_start, pos) \
                and not simp.startswith(lexicon.MONTH_END_WORDS, chosen.end) \
                and not any(w in simp[max(0, chosen.start - 3):chosen.start] for w in lexicon.POINT_HEADS):
            return _from_january(chosen.period)  # 7月份，快递服务企业业务量累计完成277.3万件: the year to date
    if chosen.plain_year and simp.startswith("累计", chosen.end) and simp[chosen.start:chosen.end] in lexicon.THIS_YEAR_WORDS:
        months = [t for t in in_sentence if t.kind in ("month", "month_fen") and t.period[:4] == chosen.period]
        if months:
            return _from_january(months[-1].period)  # 2016年3月，…本年累计完成19.06亿元: January to March
    stock_from = clause_start
    if _CONTINUATION.match(simp, clause_start):  # 余额达3.8亿元，是去年同期的1.6倍
        stock_from = max(sentence_start, simp.rfind("，", sentence_start, clause_start - 1) + 1)
    if chosen.start >= sentence_start and not _FLOW.search(simp, clause_start, pos):
        stock_from = sentence_start  # 截至2023年底，共有会员单位1260个，个人会员4.3万人
    if chosen.kind in _POINT_KINDS and since_year_start:
        return _from_january(chosen.period)
    if chosen.kind in _POINT_KINDS and (_STOCK.search(simp, max(chosen.end, stock_from), pos) or (
            counted and not _FLOW.search(simp, max(chosen.end, stock_from), pos))):
        return _end_date(chosen.period)  # a stock (余额, 共有网点…, 格口数达4.6万个) is counted on the day
    if chosen.kind == "until_day" and chosen.period[4:11] == "-01-01/" \
            and any(w in simp[chosen.end:pos] for w in lexicon.CUMULATIVE_WORDS) \
            and not any(w in simp[sentence_start:pos] for w in lexicon.THIS_YEAR_WORDS) \
            and not any(w in simp[chosen.end:_sentence_end(simp, pos)] for w in lexicon.YEAR_TO_DATE_CUES):
        # 截至3月4日，累计寄递防疫物资1.63亿件: a total since a start the item does not give (an
        # event's start makes it a span), known at that day (截至11月11日，今年累计… is the year to date)
        return _end_date(chosen.period)
    if chosen.kind == "year_end" and (not _FLOW.search(simp, max(chosen.end, stock_from), pos)
                                      or _SINCE_YEAR_END.search(simp, clause_start, min(len(simp), pos + 30))):
        # 年末邮路总长度16.8万公里: what there is at the year's end; so is its change since
        # another year's end (2019年末…，比2015年末增长74%)
        return _end_date(chosen.period)
    if chosen.plain_year and _SINCE_YEAR_END.search(simp, clause_start, min(len(simp), pos + 30)):
        return _end_date(chosen.period)  # 资产总额17.08万亿元，较上年末增长8.41%: a stock at the year's end
    return _over_years(simp, chosen, in_sentence, clause_start, pos)


def _cumulative_clause(simp: str, start: int, clause_start: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is a running total (累计完成…) written after ``start``: 累计
    in its own clause, or in an earlier clause of its sentence when its clause only goes on
    about that total (业务量累计完成335896.33万件，全国排第16位，同比增长64.86%: the rate is of
    the total), with no 当月 or semicolon between."""
    if "累计" in simp[max(start, clause_start):pos]:
        return True
    at = simp.rfind("累计", start, clause_start)
    return at >= 0 and _CONTINUATION.match(simp, clause_start) is not None \
        and "；" not in simp[at:pos] \
        and not any(w in simp[at:pos] for w in lexicon.MONTH_OWN_WORDS + lexicon.PART_OF_PREVIOUS)


#: 连续6年: a run of years written before a figure (lexicon.RUN_OF_YEARS_WORDS)
_RUN_OF_YEARS = recache.compile("(?:" + "|".join(lexicon.RUN_OF_YEARS_WORDS) + r")(?P<n>[一二两三四五六七八九十]{1,2}|\d{1,2})年(?![\d])")


def _over_years(simp: str, chosen: dates.TimeExpression, in_sentence: list[dates.TimeExpression],
                clause_start: int, pos: int) -> str:
    """The period of a figure about several years: a run of N years ending in the
    chosen year (连续6年… in 2019 → 2014/2019), or a yearly average over the years
    its sentence names (从2020年的…到2024年的…，年均增长11.3% → 2020/2024); else the
    chosen period unchanged."""
    period = chosen.period
    last = period.rsplit("/", 1)[-1][:4]
    if not last.isdigit():
        return period
    clause = simp[clause_start:pos]
    run = _RUN_OF_YEARS.search(clause)
    if run and clause_start <= chosen.start and clause_start + run.start() < chosen.start:
        run = None  # 连续3年位列…前列 / 继2018年首次突破1亿件: a year stated after the run is its own
    if run:
        n = numerals.parse_numeral(run["n"])
        if n and 1 < n < 100:
            return f"{int(last) - int(n) + 1}/{last}"
    if chosen.plain_year and any(w in clause for w in lexicon.AVERAGE_WORDS):
        years = [t for t in in_sentence if t.plain_year and t.period < period]
        if years:
            return f"{years[0].period}/{period}"
    return period


#: the two ends of a change over a run of years: 从1.8亿件 … 增长至49.91亿件
_FROM_END = recache.compile(r"[从由][^，。；从由]{0,12}$")
_TO_END = LazyPattern(r"[从由][^，。；从由]{1,24}(?:" + recache.alternation(lexicon.CHANGE_VERBS)
                     + r"|发展|跃升)?(?:至|到)[^，。；]{0,6}$")


def _range_end(simp: str, years: dates.TimeExpression, pos: int) -> str:
    """The year of one end of a run of years (2013-2019年…从A增长至B): A is a level in
    the first year, B in the last; "" when the figure is not at an end."""
    first, _, last = years.period.partition("/")
    clause = simp[max(years.end, simp.rfind("，", 0, pos) + 1):pos]
    if _TO_END.search(clause):
        return last
    if _FROM_END.search(clause):
        return first
    return ""


#: what separates the values of a 分别 list (7418处、9308处和8365处)
_LIST_SEPARATORS = "、和及与"
#: 2016—2020年各年末: each year's end
_EACH_YEAR_END = recache.compile(r"各?年(?:末|底)")


def _each_year(simp: str, years: dates.TimeExpression, pos: int) -> str:
    """The year of the figure at ``pos`` in a 分别 list with one value per year of a run of
    years (2016—2020年…分别为7418处、9308处、10255处、8902处和8365处: the fourth is 2019),
    its year end when the run is of year ends (各年末); "" when the list does not give one
    value per year.  Bounded by the figure's sentence."""
    first, _, last = years.period.partition("/")
    if not (first.isdigit() and last.isdigit()):
        return ""
    respectively = simp.rfind("分别", years.end, pos)
    if respectively < 0:
        return ""
    end = min((i for c in "，。；" if (i := simp.find(c, pos, pos + _SENTENCE_SPAN)) >= 0), default=len(simp))
    before = sum(simp.count(c, respectively, pos) for c in _LIST_SEPARATORS)
    total = before + sum(simp.count(c, pos, end) for c in _LIST_SEPARATORS) + 1
    if total != int(last) - int(first) + 1:
        return ""
    year = int(first) + before
    return f"{year}-12-31" if _EACH_YEAR_END.match(simp, years.end, years.end + 4) else str(year)


def _located_after(simp: str, pos: int, periods: list[dates.TimeExpression]) -> dates.TimeExpression | None:
    """A period written after the figure in its own clause and introduced by 在 or 于
    (…均在一四年度录得亏损, …于2023年完成), or None."""
    end = min((i for c in "，。；！？" if (i := simp.find(c, pos, pos + _CLAUSE_SPAN)) >= 0),
              default=min(len(simp), pos + _CLAUSE_SPAN))
    for k in range(bisect_right(periods, pos, key=lambda t: t.start), len(periods)):
        t = periods[k]
        if t.start >= end:
            break
        if simp[t.start - 1] in lexicon.LOCATED_TIME_BEFORE:
            return t
    return None


#: a change that reaches a level at a time written right after it (增加7.6%至2024年同期的418亿元)
_REACHED = recache.compile(r"[约近超逾]?[\d.]+(?:%|个百分点|倍)(?:" + "|".join(lexicon.REACHED_TIME_BEFORE) + ")")


def _reached_after(simp: str, pos: int, periods: list[dates.TimeExpression]) -> dates.TimeExpression | None:
    """The time a change reaches when the text names it right after the change
    (…增加7.6%至2024年同期的418亿元 → 2024年同期; the earlier time is its basis), or None."""
    k = bisect_right(periods, pos, key=lambda t: t.start)
    if k < len(periods) and periods[k].start - pos <= 12 and _REACHED.fullmatch(simp, pos, periods[k].start):
        return periods[k]
    return None


#: the longest clause searched after a figure (bounded: time linear in the input)
_CLAUSE_SPAN = 60


#: a comparison with last year's end: what is compared is a stock at this year's end
_SINCE_YEAR_END = recache.compile(r"(?:较|比)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:末|底)")
#: verbs of a flow: a figure after them is not a stock even when a stock is named before
_FLOW = recache.compile(r"发放|完成|实现|寄递(?!网点|企业|渠道|网络)|销售|揽收|新增|增加|增长|收入|发运"
                   r"|投递(?!路线|线路|段|员|部|网点|车|站)|办理")  # (not the nouns 投递路线, 寄递企业)
_SPAN_KINDS = frozenset({"until_day", "until_month", "since_until", "since_month_until", "since_month", "month_range",
                         "quarter", "half", "first_months", "day_range", "named_span"})
_POINT_KINDS = frozenset({"until_month", "until_day", "year_end", "until_year"})


def _from_january(period: str) -> str:
    """The months from January to a point: …/2024-04 or 2024-04-30 → 2024-01/2024-04;
    a year stays the year."""
    end = _end_date(period)
    if len(end) == 10 and end[5:7] != "01":
        return f"{end[:4]}-01/{end[:7]}"
    return period


def _end_date(period: str) -> str:
    """The last day a period covers: 2024 → 2024-12-31, …/2024-04 → 2024-04-30."""
    end = period.rsplit("/", 1)[-1]
    if len(end) == 4:
        return f"{end}-12-31"
    if len(end) == 7:
        y, m = int(end[:4]), int(end[5:7])
        return f"{end}-{calendar.monthrange(y, m)[1]:02d}"
    return end

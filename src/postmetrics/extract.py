"""The pipeline: page text → items → figures with their context.

    text ──segment──▶ items ──context──▶ place, org, dates per item
         ──quantities──▶ numbers with units and qualifiers
         ──meaning──▶ metric, measure, basis, period ──▶ Figure rows
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Iterable

from . import dates, lexicon, meaning
from .hanzi import to_simplified
from .io import display_name
from .items import Item, Layout, opens_article, segment
from .lazyre import LazyPattern
from .model import Figure
from .pages import split_pages
from .places import Place, find_places, is_passing, leading_place, places_named, resolve_place
from .quantities import LIST_JOIN, Quantity, find_quantities
from .tables import TableRow, find_tables, table_figures
from .context import PlaceContext, at_level, figure_period, head_periods, national_lead
from .text import HEADLINE_MARK, WIDTH_TABLE, Boundaries, Joined, Line, boundaries, join_lines
from . import recache

_ORG = recache.compile(r"(?P<org>[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?:邮政)?(?:分公司|邮政局|管理局))"
                  r"|(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区))?(?:[\u4e00-\u9fff]{1,6}?(?:市|州|盟|地区))?"
                  r"(?P<org2>[\u4e00-\u9fff]{1,8}?[市县区州盟旗](?:邮政)?(?:分公司|邮政局|管理局|分局))")
#: every match of _ORG ends with one of these, at most _ORG_LONGEST characters after its start;
#: searching from just before the first one finds the same match without trying every position
_ORG_END = recache.compile(r"分公司|邮政局|管理局|分局")
_ORG_LONGEST = 40
#: what an _ORG match may take in before the unit's name: a news credit, a reporter, a verb of hearing
_ORG_CREDIT = recache.compile(r"^.*(?:讯|记者|获悉|了解到|表示|显示|据|有限公司)")
#: a verb or preposition before the unit's name (日从省邮政管理局, 快递物流园由晋城市邮政管理局); not the
#: name's first character (从江县邮政分公司)
_ORG_VERB = recache.compile(r"[从向在由对]")


#: a unit written right after the unit it belongs to (…州邮政分公司|泸水市称杆乡邮政所)
_NESTED_UNIT = recache.compile(r"[\u4e00-\u9fff]{1,8}?[市县区旗](?:[\u4e00-\u9fff]{1,6}?[乡镇])?(?:邮政)?"
                          r"(?:" + "|".join(lexicon.NESTED_UNIT_WORDS) + ")")


def _find_org(simp: str) -> re.Match[str] | None:
    """The first reporting unit named in ``simp`` (…县邮政分公司), as an _ORG match."""
    end = _ORG_END.search(simp)
    if end is None:
        return None
    return _ORG.search(simp, max(0, end.start() - _ORG_LONGEST))


#: what a quote does not need: the item marker and a reporter credit (本报讯（记者 陈立）…)
_QUOTE_LEAD = recache.compile(r"^(?:【?本[报報]讯】?|本刊讯)(?:[（(][^（）()]{0,30}[）)])?")
#: the title of a work (a report, a book, a law) in 《》
_WORK_TITLE = recache.compile(r"《[^《》\n]{1,60}》")
_EVENT_YEAR = recache.compile(r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年")
_EVENT_WORDS = ("日前", "近日", "今天", "今日", "昨天", "昨日")


@dataclass
class Document:
    """Everything read from one page: figures, items and the reference date."""

    doc: str
    figures: list[Figure] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)
    reference: dates.Reference | None = None
    #: bytes of the file that were not valid in its encoding, replaced by U+FFFD (read_and_extract)
    replaced_bytes: int = 0


def extract(text: str, *, doc: str = "-", issue_date: date | str | None = None) -> list[Figure]:
    """All figures of page ``text``, in item order then line order.

    ``doc`` fills the ``doc`` column; ``issue_date`` (ISO string or ``date``)
    is the reference for relative dates (今年, 3月17日); without it the date is
    read from the page or inferred from its years and datelines.  Returns a
    list of :class:`~postmetrics.model.Figure` (empty when there is none).
    A lone surrogate in ``text`` is read as U+FFFD and a NUL as a space (so
    neither reaches a row); bytes of a non-UTF-8 file name in ``doc`` show as
    ``\\xNN``.  Raises ``ValueError`` only for an ``issue_date`` that is not ISO.
    """
    return extract_document(text, doc=doc, issue_date=issue_date).figures


def extract_document(text: str, *, doc: str = "-", issue_date: date | str | None = None) -> Document:
    """Like :func:`extract`, also returning the items and the reference date.

    Raises ``TypeError`` when ``text`` is not a str (decode bytes first, or
    use :func:`postmetrics.read_page`).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; "
                        "decode bytes first or read files with postmetrics.read_page(path)")
    return _extract(text, doc, issue_date)


def _extract(text: str, doc: str, issue_date: date | str | None, pdf: bool = False) -> Document:
    """:func:`extract_document`; a ``pdf``'s pages without a date of their own are dated
    by the page before (:func:`extract_page`)."""
    text, doc = _valid_text(text), display_name(doc)
    pages = split_pages([text])
    first, second = next(pages), next(pages, None)
    if second is None:
        return _extract_page(text, doc, issue_date)
    return _extract_pages(itertools.chain([first, second], pages), doc, issue_date, pdf)


def extract_page(text: str, *, doc: str = "-", issue_date: date | str | None = None,
                 previous: dates.Reference | None = None) -> Document:
    """:func:`extract_document` of one page of a PDF (no form feed in ``text``):
    a page with no date printed on it (and none given) is dated by ``previous``,
    the date a page before it printed (a report or an article going on over
    pages; a newspaper prints its date on every page), or inferred when it has
    nothing to infer its own from (:func:`carried_reference`)."""
    return _extract_page(_valid_text(text), display_name(doc), issue_date, previous)


def run_on(part: Document, page: str, before: tuple[str, Document, dates.Reference | None] | None,
           issue_date: date | str | None) -> Document:
    """A PDF's page ``part`` (read from ``page``) whose top is an article going on from the
    page before (no headline over its first lines, while the page before ended in an item
    under a headline): that text is read again after the page before, ``before`` = (its
    text, its Document, the date it was read with), so it keeps its article's place and
    dates, and it becomes an item of kind ``continued`` under the article's headline.
    Items and lines are numbered as in ``part``; any other ``part`` is returned as it is.
    Costs one more reading of the two pages, for such pages only."""
    if before is None or not part.items or part.items[0]["headline"] or part.items[0]["item_kind"] not in ("other", "news"):
        return part
    text, last, previous = before
    if not last.items or not last.items[-1]["headline"] or last.items[-1]["item_kind"] not in ("news", "continued"):
        return part
    top = page.split("\n")[part.items[0]["first_line"] - 1:part.items[0]["first_line"] + 3]
    if any(opens_article(line.strip().lstrip("\f")) for line in top):
        return part  # (春节不停招！快递网点提前“囤 / 人” / 中新经纬1月5日电…: a title the page did not see, and its article)
    prefix = text if text.endswith("\n") else text + "\n"
    shift = prefix.count("\n")  # lines of the page before
    both = _extract_page(prefix + page, part.doc, issue_date, previous)
    spanning = next((i for i in both.items if i["first_line"] <= shift < i["last_line"]), None)
    if spanning is None or spanning["headline"] != last.items[-1]["headline"]:
        return part
    kept = [i for i in both.items if i["last_line"] > shift]
    number = {i["item"]: k for k, i in enumerate(kept, start=1)}
    out = Document(doc=part.doc, reference=part.reference)
    out.figures = [replace(f, item=number[f.item], line=f.line - shift) for f in both.figures
                   if f.line > shift and f.item in number]
    for i in kept:
        moved = {**i, "item": number[i["item"]], "first_line": max(1, i["first_line"] - shift),
                 "last_line": i["last_line"] - shift}
        if i is spanning:
            moved.update(item_kind="continued", figures=sum(f.item == moved["item"] for f in out.figures))
        out.items.append(moved)
    return out


def carried_reference(previous: dates.Reference | None, page: dates.Reference | None) -> dates.Reference | None:
    """The date a PDF's next page falls back on after a page dated ``page``: the
    last date printed on a page, else the first page's inferred date."""
    if page is not None and (page.source == "page" or previous is None):
        return page
    return previous


#: what no quote may hold: a lone surrogate (cannot be written as UTF-8) or a NUL
_INVALID = recache.compile("[\ud800-\udfff\x00]")


def _valid_text(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD and each NUL as a space, one
    character for one, so offsets and line numbers stay."""
    if not _INVALID.search(text):
        return text
    return _INVALID.sub(lambda m: " " if m[0] == "\x00" else "\ufffd", text)


def _extract_pages(pages: Iterable[str], doc: str, issue_date: date | str | None, pdf: bool = False) -> Document:
    """A file of several pages (:func:`postmetrics.pages.split_pages`: form feeds
    of PDF text or a newspaper's issue, mastheads of pages run together): each page
    is read on its own, with its own reference date and its own items, so the rows
    equal those of its pages read one by one; line numbers count from the file's
    start and items are numbered through.  A ``pdf``'s page with no date of its own
    is dated by the pages before it (:func:`extract_page`)."""
    out = Document(doc=doc)
    offset = 0  # lines before the page
    previous: dates.Reference | None = None
    before = None  # a PDF's page before: its text, its Document, the date it was read with
    for page in pages:
        part = _extract_page(page, doc, issue_date, previous)
        if pdf:
            part = run_on(part, page, before, issue_date)
            before = (page, part, previous)
            previous = carried_reference(previous, part.reference)
        items = len(out.items)
        out.figures.extend(replace(f, item=f.item + items, line=f.line + offset) for f in part.figures)
        out.items.extend({**i, "item": i["item"] + items, "first_line": i["first_line"] + offset,
                          "last_line": i["last_line"] + offset} for i in part.items)
        out.reference = out.reference or part.reference
        offset += page.count("\n")
    return out


def _extract_page(text: str, doc: str, issue_date: date | str | None,
                  previous: dates.Reference | None = None) -> Document:
    """:func:`extract_document` of one page (no form feed in ``text``); ``previous``
    dates it when it prints no date (:func:`extract_page`)."""
    reference = dates.parse_issue_date(issue_date)
    table_rows = find_tables(text)
    if table_rows:  # tables are read cell by cell; the items are split without their lines
        taken = {r.number for r in table_rows} | {n for r in table_rows for n in r.header_lines + r.lines}
        text = "\n".join("" if n in taken else line
                         for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
                                                  start=1))
    layout = segment(text)
    if table_rows and not layout.items:  # a page of tables and titles: one item holds them
        layout.items.append(Item(kind="other", lines=list(layout.lines), index=1))
    tables_of = _tables_by_item(layout, table_rows)
    _own_items_for_titled_tables(layout, tables_of)
    for n, item in enumerate(layout.items):
        if not item.headline_lines and tables_of.get(n):
            _title_table(item, tables_of[n][0])
    bodies: list[tuple[Item, Joined, str]] = []
    for item in layout.items:
        body = item.body()
        bodies.append((item, body, body.simple))
    if reference is None:
        heads = [md for _, _, simp in bodies if (md := dates.dateline_month_day(simp))]
        reference = dates.infer_reference([to_simplified(m.text) for m in layout.meta_lines], heads,
                                          "".join(line.simple or to_simplified(line.text) for line in layout.lines))
        if previous is not None and (reference is None or (reference.source != "page" and previous.source == "page")):
            reference = previous  # a PDF's page with no date of its own: the pages' before it
    out = Document(doc=doc, reference=reference)
    masthead = _masthead(layout)
    paper = _paper_place(masthead)
    gathered = sum(bool(item.date_line) for item in layout.items) > 1  # a page of several dated articles
    first_dated = _dates_first_article(layout)
    for n, (item, body, simp) in enumerate(bodies):
        # an article printed after another's date line, with none of its own, is not dated by it
        # (nor, on a page of articles each under its own date line, one printed before them all whose
        # lead names the year it reports: 据国家邮政局发布的2014年上半年邮政行业运行情况)
        undated = ((n > 0 and first_dated) or (gathered and _lead_names_year(simp))) and not item.date_line \
            and reference is not None and reference.source == "page"
        figures, info = _item_figures(doc, item, body, simp, _item_reference(item, simp, reference, gathered, undated),
                                      masthead, paper, tables_of.get(n, []), _credited_paper(item, layout.meta_lines))
        out.figures.extend(figures)
        out.items.append(info)
    return out


def _table_rows(table_rows: list[TableRow], body: Joined, simp: str, heads: list,
                year: int | None, place: Place | None, context: dict) -> list[Figure]:
    """Figures of the table rows that belong to an item.  A cell with no period
    of its own takes the period heading the text before its table (1-6月，…),
    else the item's year; a row labelled with a place (长沙, 东部地区 is none)
    is about that place, else about the place its table's title names
    (江苏省…各市快递业务量), else about the item's.  ``heads`` are the body's head periods."""
    out = []
    for row in table_rows:
        offset = body.starts[k] if (k := bisect_left(body.numbers, row.number)) < len(body.starts) else len(simp)
        before = [h.expression.period for h in heads if h.start < offset]
        # (else the month the item's title reports: 2016年6月邮政行业运行情况 over a 累计 column)
        default = before[-1] if before else (context.get("report_month") or (str(year) if year else ""))
        titled = {m.place for m in find_places(to_simplified(row.title))} if row.title else set()
        table_place = titled.pop() if len(titled) == 1 else place
        row_place = _row_place(to_simplified(row.cells[0]), table_place)
        for t in table_figures([row], year, default):
            figure_place = row_place
            if row_place is table_place and t.column:
                # a column headed by a place (黑龙江  广东  宁夏  合计): its cells are that place's
                figure_place = _row_place(to_simplified(t.column), None) or row_place
            metric = "count" if context["topic"].cases and t.metric == "volume" and t.unit == "件" else t.metric
            out.append(_figure(context, figure_place, metric=metric, measure=t.measure, value=float(t.value),
                               value_high=None, qualifier="exact", unit=t.unit, subject=t.subject,
                               period=t.period, basis=t.basis, quote=t.quote, line=t.line))
    return out


_LEVEL_ORDER = {"province": 0, "city": 1, "county": 2}


def _row_place(label: str, place: Place | None) -> Place | None:
    """The place a table row's label names (长沙 → 长沙市 rather than 长沙县, within
    the item's province), else the item's place."""
    named = places_named(label)
    if place is not None:
        named = [p for p in named if p.province == place.province] or named
    if not named:
        return place
    top = min(_LEVEL_ORDER[p.level] for p in named)
    best = [p for p in named if _LEVEL_ORDER[p.level] == top]
    return best[0] if len(best) == 1 else place


def _tables_by_item(layout: Layout, rows: list[TableRow]) -> dict[int, list[TableRow]]:
    """Table rows by the index of the item they belong to: the item whose lines
    span them, else the last item that starts before them, else the first."""
    out: dict[int, list[TableRow]] = {}
    if not rows or not layout.items:
        return out
    spans = [(item.first_line, item.last_line) for item in layout.items]
    for row in rows:
        inside = [k for k, (a, b) in enumerate(spans) if a <= row.number <= b]
        before = [k for k, (a, _) in enumerate(spans) if a <= row.number]
        k = inside[-1] if inside else (before[-1] if before else 0)
        out.setdefault(k, []).append(row)
    return out


def _dates_first_article(layout: Layout) -> bool:
    """Whether the page's date line is the first article's, printed under its title
    (中通快递第三季度… / 北京青年报客户端 2023-11-17 10:12), rather than a masthead's."""
    if not layout.items or not layout.items[0].headline_lines:
        return False
    title = layout.items[0].headline_lines[-1].number
    dated = next((m for m in layout.meta_lines if dates.PAGE_DATE.search(to_simplified(m.text))), None)
    return dated is not None and title < dated.number < layout.items[0].first_line


def _masthead(layout: Layout) -> str:
    """The lines above a page's first item (山东邮政报, 第 3 版, 市县传真): their
    places settle the names an item shares with other places (栖霞)."""
    if not layout.items:
        return ""
    first = layout.items[0].first_line
    return "\n".join(line.text for line in layout.lines if line.number < first)


_PAPER_NAME = recache.compile(rf"^(?P<name>[\u4e00-\u9fff]{{2,9}}?)(?:{'|'.join(lexicon.PAPER_NAME_SUFFIXES)})$")
#: a word for "this province / city / county" in a local paper (全县, 本市, 县邮政分公司)
_LOCAL_REFERENCE = LazyPattern(r"(?:全|本|我|该)(?P<a>[省市县区])|(?:^|[，,。；;：:、“（(\s])(?P<b>[省市县区])(?:邮政|分公司)")
#: a town (孝丰镇, 山川乡, 递铺街道), not the word 乡镇: a place inside a local paper's own area
_TOWN = LazyPattern(r"[\u4e00-\u9fff]{2}(?<![乡城村])(?:镇|乡)(?![镇村])|[\u4e00-\u9fff]{2}街道")
_LOCAL_LEVELS = {"省": "province", "市": "city", "县": "county", "区": "county"}


#: the paper's date after its name on the masthead's line, spaces lost in cleaning (山西经济日报2019年11月28日)
_DATE_AFTER_NAME = recache.compile(r"(?<=[\u4e00-\u9fff])(?:19|20)\d{2}[年\-/.].*$")


def _paper_place(masthead: str) -> Place | None:
    """The place a local paper is named after (安吉新闻 → 安吉县, 茂名日报 → 茂名市,
    山东邮政报 → 山东省), from the masthead's short lines; None for national papers
    (中国邮政报) and names shared by several places."""
    for line in masthead.split("\n")[:4]:
        for candidate in (line.replace(" ", ""), line.split()[0] if line.split() else "",
                          _DATE_AFTER_NAME.sub("", line.replace(" ", ""))):  # 山西经济日报2019年11月28日
            m = _PAPER_NAME.match(to_simplified(candidate))
            if m:
                named = places_named(m.group("name"))
                if not named and (lead := leading_place(m.group("name"))) is not None \
                        and lead.place.level == "province" and lead.end < len(m.group("name")):
                    named = [lead.place]  # 山西经济日报: a province's paper named for its subject too
                provinces = [p for p in named if p.level == "province"]
                if len(provinces) == 1:
                    return provinces[0]  # 河南邮政: the province, not 青海's 河南县
                return named[0] if len(named) == 1 else None
    return None


#: a paper named in an article's source line (来源：桂林日报, 2019-01-30 广州日报)
#: a paper's news credit opening an item (黑龙江日报7月26日讯, 桂林日报讯)
_PAPER_CREDIT = recache.compile(r"[\u4e00-\u9fff]{2,8}?(?:报|新闻网)(?:\d{1,2}月\d{1,2}日)?讯")
_SOURCE_PAPER = recache.compile(r"(?:^|[^\u4e00-\u9fff])(?P<name>[\u4e00-\u9fff]{2,4}?)(?:"
                                + "|".join(lexicon.LOCAL_PAPER_SUFFIXES) + ")")


def _source_paper_place(date_line: str) -> Place | None:
    """The place of a local paper named in an item's source line (来源：桂林日报 → 桂林市;
    吉林日报 → 吉林省, the province over the city of its name); None when there is
    none or the name is shared by places of several provinces."""
    m = _SOURCE_PAPER.search(to_simplified(date_line))
    if m is None:
        return None
    named = places_named(m.group("name"))
    if len(named) > 1 and named[0].level == "province" and all(p.province == named[0].province for p in named):
        return named[0]  # 吉林日报: the province's daily (吉林省, whose 吉林市 shares the name)
    return named[0] if len(named) == 1 else None


def _credited_paper(item: Item, meta_lines: list[Line]) -> Place | None:
    """The place of the local paper whose reporter an item's credit line names (哈尔滨日报记者 刘希阳,
    between its title and its text) → 哈尔滨市; None when no such line or paper."""
    if not item.headline_lines or not item.lines:
        return None
    top, start = item.headline_lines[-1].number, item.lines[0].number
    for line in meta_lines:
        if top < line.number < start and "记者" in (text := line.simple or to_simplified(line.text)) and "报" in text:
            return _source_paper_place(text)
    return None


def _lead_names_year(simp: str) -> bool:
    """Whether an item's first sentence names a year as a period (发布的2014年上半年…)."""
    end = simp.find("。", 0, _LEAD_SPAN)
    lead = simp[:end if end > 0 else _LEAD_SPAN]
    return any(t.role == "period" and t.period[:4].isdigit() for t in dates.find_periods(lead, None))


def _province_scope_lead(lead: str, place: Place) -> bool:
    """Whether an item's ``lead`` speaks for the province of ``place`` (a city):
    a province's scope word (全省, 我省; 全区 in an autonomous region:
    lexicon.SCOPE_LEVELS, REGION_SCOPE_WORDS) as a subject, not a comparison
    (占全省, 居全省: lexicon.NOT_SCOPE_BEFORE), no city's scope word (我市), and
    the city not named there but in passing (会议在呼和浩特市召开)."""
    words = [w for w, level in lexicon.SCOPE_LEVELS.items() if level == "province"]
    if place.province.endswith("自治区"):
        words += lexicon.REGION_SCOPE_WORDS
    if not any((at := lead.find(w)) >= 0 and (at == 0 or lead[at - 1] not in lexicon.NOT_SCOPE_BEFORE)
               for w in words):
        return False
    if any(w in lead for w, level in lexicon.SCOPE_LEVELS.items() if level == "city"):
        return False
    return not any(m.place.city == place.city and not is_passing(lead, m.start, m.end) for m in find_places(lead))


def _local_place(simp: str, paper: Place | None) -> Place | None:
    """The paper's own place for an item that names no place but speaks of "the
    county" (全县, 县邮政分公司) at the paper's level, or names a town, in a city
    or county paper: 全县 and 孝丰镇 in 安吉新闻 are 安吉县."""
    if paper is None:
        return None
    for m in _LOCAL_REFERENCE.finditer(simp):
        level = _LOCAL_LEVELS[m.group("a") or m.group("b")]
        if level == "county" and m.group("a") == "区" and paper.level == "province" and paper.province.endswith("自治区"):
            level = "province"  # 全区 on the site of 广西壮族自治区邮政管理局: the region
        if level == paper.level or (level == "city" and paper.level == "county" and paper.county.endswith("市")):
            return paper  # (我市 in 义乌商报: 义乌, a county-level city)
        if level == "province" and m.group("a"):
            # 全省 in a city's paper (哈尔滨日报: 全省邮政行业…) is the paper's own province
            return at_level(paper, "province")
    if paper.level != "province" and _TOWN.search(simp):
        return paper  # 孝丰镇邮政支局… in 安吉新闻: a town of the paper's county
    return None


def _prefer_org_place(place: Place | None, org: str) -> Place | None:
    """The reporting postal unit's place is the item's place when it lies in the
    same province as the places the text names (杭州亚运会 … 德清县邮政分公司 →
    德清县; 伊犁州邮政分公司 … 其中，霍尔果斯市 → 伊犁州, the sub-place being
    the clause's own)."""
    if not org:
        return place
    org_place = resolve_place(org)
    if org_place is None:
        return place
    if place is None or org_place.province == place.province:
        return org_place
    return place


def _item_reference(item: Item, simp: str, page: dates.Reference | None,
                    gathered: bool = False, undated: bool = False) -> dates.Reference | None:
    """The date an item's relative words (今年, 一季度, 3月17日) refer to (SCHEMA "period":
    each item is dated by its own dateline and years).

    1. a full date in the item's closing source note (（来源：合肥日报，2021年5月10日）) or in the
       date line under its title on a page gathering several web articles (2023-10-07 来源：新京报)
       (``gathered``) → ``note``;
    2. the year the item glosses its 今年 with (本澳今年（2020年）3月份…), when not the page's;
    3. an article printed after another's date line with none of its own (``undated``): the
       years its own text reports, when all are before that date (a second story of an earlier
       year), or a later year its lead reports (3月8日，…发布2023年2月…报告 under 2022-08-05), or
       the year after the latest it compares with (与2022年国庆长假相比 under a 2022 date line);
    4. the page's date when it was given or printed on the page;
    5. else, on a page whose date was only inferred, the item's own years: a page
       gathering wire stories of several years (2021年农村地区… beside 2024年…) dates
       each story by its own text, never by the latest year on the page.
    """
    for own in (item.byline, item.date_line if gathered else ""):
        if own and (day := dates.line_day(to_simplified(own).translate(WIDTH_TABLE))) is not None:
            return dates.Reference(*day, source="note")  # (27.02.2018  11:35 too)
    if gathered and item.date_line and (month := dates.line_month(to_simplified(item.date_line))) is not None:
        return dates.Reference(*month, source="note")  # 发布时间：2020年3月 under its title
    glossed = _THIS_YEAR_GLOSSED.search(simp, 0, 400)
    if glossed and (page is None or int(glossed[1]) != page.year):
        # 本澳今年（2020年）3月份…: the item says which year its 今年 is
        return dates.Reference(int(glossed[1]), source="inferred")
    if undated and page is not None:
        # a second article under another's date line (中通快递…公布第三季度业绩 … 预计2022年的全年包裹量):
        # the years it states itself, when all are before that date's
        years = [int(t.period[:4]) for t in dates.find_periods(simp, None) if t.role == "period"
                 and t.period[:4].isdigit() and not simp.startswith("同期", t.end)]  # not （2021年同期…）
        if years and max(years) < page.year and not dates.annual_report_of(max(years), simp):
            return dates.Reference(max(years), source="inferred")
        # one without a date line whose lead names a later year than the page's (7月13日消息，
        # 《财富》杂志7月12日晚间发布了2022年…; 3月8日，国家邮政局发布2023年2月…报告) is of that year:
        # no article reports a year before it begins
        end = simp.find("。", 0, _LEAD_SPAN)
        lead = simp[:end if end > 0 else _LEAD_SPAN]
        later = [int(t.period[:4]) for t in dates.find_periods(lead, None)
                 if t.period[:4].isdigit() and t.role in ("period", "event", "name") and int(t.period[:4]) > page.year]
        md = dates.dateline_month_day(simp)
        if later and md:
            return dates.Reference(max(later), md[0], md[1], source="inferred")
        compared = dates.compared_years(simp)
        if compared and max(compared) >= page.year:
            # 今年中秋国庆…与2022年国庆长假相比 under a 2022 date line: an item compares with what is past,
            # so it is of a later year than any it compares with
            return dates.Reference(max(compared) + 1, md[0] if md else None, md[1] if md else None,
                                   source="inferred")
        return page  # …but 3月27日发布《2019年…报告》 is a day after that year: the page's date
    if page is None or page.source != "inferred":
        return page
    end = simp.find("。", 0, _LEAD_SPAN)
    lead = simp[:end if end > 0 else _LEAD_SPAN]
    years = [int(t.period[:4]) for t in dates.find_periods(lead, None) if t.role == "period" and t.period[:4].isdigit()]
    if not years or max(years) >= page.year or dates.annual_report_of(max(years), lead):
        return page  # 公布103年郵政統計: a year's statistics are published the year after
    # 国家邮政局19日发布2024年一季度…, 2021年我国农村地区…: the lead names the period it reports
    md = dates.dateline_month_day(simp)
    return dates.Reference(max(years), md[0] if md else None, md[1] if md else None, source="inferred")


#: people counted without a counter, a few words of their trade before them (450万快递从业人员)
_PEOPLE_AFTER = recache.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + recache.alternation(lexicon.PEOPLE_NOUNS) + ")")
#: 今年 glossed with its year (今年（2020年）, 本年度(2023))
_THIS_YEAR_GLOSSED = recache.compile(r"(?:今年|本年|本年度)\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]")

_CJK = recache.compile(r"[\u4e00-\u9fff]")


def _own_items_for_titled_tables(layout: Layout, tables_of: dict[int, list[TableRow]]) -> None:
    """A table printed after an item's last line under a title set in headline type (a PDF's mark,
    :data:`postmetrics.text.HEADLINE_MARK`: 2023年1—2月邮政行业运行情况 under a county's story on a
    newspaper page) is an item of its own, headed by that title: it is not the story's, nor about its
    county.  ``tables_of`` and the items' indexes are updated."""
    for k in sorted(tables_of, reverse=True):
        item = layout.items[k]
        outside = [row for row in tables_of[k] if row.number > item.last_line]
        if not outside or not outside[0].title:
            continue
        title = _table_title_line(layout.lines, outside[0], after=item.last_line, marked=True)
        if title is None:
            continue
        for other in layout.items:  # (a title taken for another item's headline is this table's)
            other.headline_lines = [line for line in other.headline_lines if line is not title]
        table_item = Item(kind="other", lines=[], headline_lines=[title])
        layout.items.insert(k + 1, table_item)
        tables_of[k] = [row for row in tables_of[k] if row not in outside]
        moved = {j + 1 if j > k else j: rows for j, rows in tables_of.items()}
        moved[k + 1] = outside
        tables_of.clear()
        tables_of.update({j: rows for j, rows in moved.items() if rows})
    for n, item in enumerate(layout.items, start=1):
        item.index = n


def _title_table(item: Item, first: TableRow) -> None:
    """An item with no headline whose text is a table is headed by the table's title (14-16
    邮政业网点及邮递路线 over a yearbook's table): its first line in Chinese becomes the headline."""
    title = _table_title_line(item.lines, first)
    if title is not None:
        item.headline_lines = [title]
        item.lines = [line for line in item.lines if line is not title]


def _table_title_line(lines: list[Line], first: TableRow, after: int = 0, marked: bool = False) -> Line | None:
    """The first of ``lines`` after line ``after`` and above table row ``first``'s header that is part
    of the table's title and in Chinese (14-16 邮政业网点及邮递路线, not Postal Network and Postal Routes);
    with ``marked``, only a line set in headline type (a PDF's mark).  None when there is none."""
    if not first.title:
        return None
    top = min(first.header_lines or (first.number,))
    return next((line for line in lines if after < line.number < top and (not marked or line.raw.startswith(HEADLINE_MARK))
                 and (piece := line.raw.strip(" \u3000\x1e\x1d")) and piece in first.title and _CJK.search(line.text)),
                None)

#: how far an item's lead runs when its first sentence is longer
_LEAD_SPAN = 160


_HEADLINE_YEAR = recache.compile(r"((?:19|20)\d{2})年(?!\d{1,2}月)")


def _headline_year(headline: str) -> int | None:
    """A report about a year names it in its headline (2023年广西邮政行业发展情况通报):
    its 今年, 全年 and 截至12月底 are that year."""
    text = to_simplified(headline).translate(WIDTH_TABLE)
    colon = max(text.rfind("："), text.rfind(":"))
    if 0 < colon < len(text) - 1 and _HEADLINE_YEAR.match(text, colon + 1):
        text = text[colon + 1:]  # UPS首席执行官致股东信：2022年是创纪录的一年: the title after its label
    m = _HEADLINE_YEAR.search(text)
    if m is None or m.start() > _HEADLINE_YEAR_LEAD or any(w in text[:m.start()] for w in lexicon.COMPARED_YEAR_BEFORE):
        return None  # 一季度合肥市快递业务量超过2015年全年: a year compared with, not the report's
    if any(w in text[m.end():] for w in lexicon.HEADLINE_TARGET_WORDS):
        return None  # 2025年无锡快递服务先进制造业收入要超20亿元: a target year
    return int(m.group(1))


def _headline_period(headline: str, report_year: int | None) -> str:
    """The span a report's headline names with its year (2021年第二季度, 2023年1-9月), or ''."""
    if not report_year:
        return ""
    text = to_simplified(headline).translate(WIDTH_TABLE)
    spans = [t for t in dates.find_periods(text, report_year) if t.role == "period" and "/" in t.period
             and t.period.startswith(str(report_year))]
    return spans[0].period if spans else ""


_REPORT_MONTH = recache.compile(r"^[^，。\d]{0,12}?((?:19|20)\d{2})年(\d{1,2})月份?(?![\d日至到—\-])")


def _report_month(headline: str) -> str:
    """The month a report's title names (2016年6月邮政行业运行情况 → 2016-06; lexicon.
    DOCUMENT_TITLE_WORDS name the report), or ''."""
    text = to_simplified(headline).translate(WIDTH_TABLE)
    m = _REPORT_MONTH.match(text)
    if m is None or not 1 <= int(m[2]) <= 12 or not any(w in text for w in lexicon.DOCUMENT_TITLE_WORDS):
        return ""
    return f"{m[1]}-{int(m[2]):02d}"


#: a year's annual report named in a title (2019 Q4 - 年度财报, 2023年年度报告, 2022年年报)
_ANNUAL_REPORT_TITLE = recache.compile(r"((?:19|20)\d{2})\s*年?[^，。]{0,6}?(?:年度财报|年度报告|(?<!半)年报|年度业绩|全年业绩)")


def _annual_report(headline: str) -> str:
    """The year whose annual report a headline names (德邦股份 - 2019 Q4 - 年度财报 → 2019): the
    default period of its figures, as a monthly report's month is (:func:`_report_month`), or ''."""
    m = _ANNUAL_REPORT_TITLE.search(to_simplified(headline).translate(WIDTH_TABLE))
    return m.group(1) if m else ""


#: how far into a headline its report's year may stand (广西2023年…, 中国邮政集团2023年…)
_HEADLINE_YEAR_LEAD = 8


def _item_year(simp: str, reference: dates.Reference | None) -> int | None:
    """The year 今年/去年 refer to in an item: the page's, unless the item's
    first sentence dates its own event with a year before 日前/近日 in the same
    clause (二〇一五年全国邮政管理工作会议日前在北京举行)."""
    first = simp[: (simp.find("。", 0, 300) + 1) or min(len(simp), 300)]
    for word in _EVENT_WORDS:
        at = first.find(word)
        if at < 0:
            continue
        clause_start = max(first.rfind(c, 0, at) for c in "，；：") + 1
        years = [dates._num(m["y"]) for m in _EVENT_YEAR.finditer(first, clause_start, at)]
        years = [y for y in years if 1900 <= y <= 2100]
        if years:
            return years[-1]
    return reference.year if reference else None


#: a local chronicle's or yearbook's title (《广昌县志》, 《永嘉县志 上册》)
_CHRONICLE_TITLE = recache.compile(r"《[^》]{2,20}?(?:" + "|".join(lexicon.CHRONICLE_ENDS) + r")(?:\s*[上下]册)?》")


def _item_figures(doc: str, item: Item, body: Joined, simp: str,
                  reference: dates.Reference | None, masthead: str = "",
                  paper: Place | None = None, table_rows: list[TableRow] | None = None,
                  credited: Place | None = None) -> tuple[list[Figure], dict]:
    headline = item.headline
    # a chronicle named in the item's source line (内容出处：《广昌县志》) is about its place
    chronicle = _CHRONICLE_TITLE.search(to_simplified(item.date_line)) if "《" in item.date_line else None
    # (the headline's text as the page is normalised: 陜西 is 陕西, 快遞業(yè) is 快遞業)
    head_text = "".join(line.text for line in item.headline_lines)
    hints = head_text + (" " + chronicle.group(0) if chronicle else "")
    # a local paper named in the item's source line (来源：桂林日报) is the paper its 我市 speaks for
    own_paper = _source_paper_place(item.date_line) if item.date_line and "报" in item.date_line else None
    if own_paper is None and (credit := _PAPER_CREDIT.match(simp)) is not None:
        own_paper = _source_paper_place(credit.group(0))  # 黑龙江日报7月26日讯 记者…，上半年全省…
    own_paper = own_paper or credited
    place = resolve_place(body.text, hints=hints, context=masthead) or _local_place(simp, own_paper or paper)
    org_match = _find_org(simp)
    org = ""
    if org_match:
        group = "org" if org_match.group("org") else "org2"
        org = body.text[org_match.start(group):org_match.end(group)]
        # (日讯记者从省邮政管理局: a credit and a verb before the unit are not its name)
        simple_org = to_simplified(org)
        cut = credit.end() if (credit := _ORG_CREDIT.match(simple_org)) else 0
        verbs = [m.end() for m in _ORG_VERB.finditer(simple_org, cut)
                 if (m.start() > 0 and not places_named(simple_org[m.start():m.start() + 2])
                     and not places_named(simple_org[m.start():m.start() + 3]))  # (佳木斯市向阳区: a name)
                 or leading_place(simple_org[m.end():]) is not None]  # 记者从江苏省邮政管理局 (not 从江县邮政分公司)
        org = org[verbs[-1] if verbs else cut:]  # (…由晋城市邮政管理局, 首发式在呼伦贝尔市邮政分公司)
        nested = _NESTED_UNIT.match(simp, org_match.end())
        if nested:  # 怒江傈僳族自治州邮政分公司泸水市称杆乡邮政所: the unit inside it reports
            org = body.text[nested.start():nested.end()]
    place = _prefer_org_place(place, org)
    if own_paper is not None and own_paper.level == "city" and (place is None or (
            place.level == "province" and place.province == own_paper.province)) \
            and any(w in simp[:_LEAD_SPAN] for w in lexicon.OWN_CITY_WORDS):
        place = own_paper  # 临汾新闻网讯…我市邮政行业…, 辐射运城、长治、晋城: the city whose paper says 我市
    if headline and place is not None and place.level == "province":
        named = resolve_place(headline)
        if named is not None and named.province == place.province and named.level != "province":
            place = named  # 济南邮政管理局联合多部门… under 山东省邮政管理局's 部署: the headline's city
    if place is not None and place.level == "county" and any(
            w in simp[:_LEAD_SPAN] for w, level in lexicon.SCOPE_LEVELS.items() if level == "city"):
        named = resolve_place(head_text) if headline else None
        if named is not None and named.level == "city" and named.city == place.city:
            place = named  # 马鞍山“双11”旺季… / …我市…: the city's item, whatever county it dwells on
        elif named is None and not place.county.endswith("市") and any(w in simp[:_LEAD_SPAN] for w in lexicon.OWN_CITY_WORDS):
            place = at_level(place, "city")  # 我市“双11”快递收发量… / …我市… / 当涂县…: the city's too
            # (not 全州 in 位居全州首位: a county ranked in its prefecture)
    if place is not None and place.level == "city" and _province_scope_lead(simp[:_LEAD_SPAN], place) \
            and not (headline and (named := resolve_place(head_text)) is not None and named.city == place.city):
        place = at_level(place, "province")  # 2018年全区邮政业… (首府呼和浩特市 later): the region's item
    if place is not None and national_lead(simp):
        place = None  # a national story: its venue, dateline and anecdotes do not place it
    report_year = _headline_year(item.headline)
    report_month = _report_month(item.headline)
    year = report_year or _item_year(simp, reference)
    # the dateline of an article printed on a dated page is of that date's year, whatever year its
    # headline reports (2018年吉林省邮政业… / 2019-01-09 / 吉林日报1月9日讯: 2019-01-09)
    printed = reference is not None and reference.day is not None and reference.source in ("page", "note", "given")
    item_date = dates.dateline(simp, _item_year(simp, reference) if report_year and printed else year)
    # an item opening with a bare day (5日，…) is dated by it, and its figures too unless the day
    # is a reporter's (3日，记者来到…采访)
    told_day = None if item_date is not None else dates.bare_dateline(simp, reference)
    if told_day is not None and not dates.reporters_day(simp):
        item_date, told_day = told_day, None
    if item_date is None and reference is not None and reference.source == "note":
        item_date = reference.as_date()  # a digest item is dated by its closing note
    context = {
        "doc": doc, "item": item.index, "headline": headline, "item_kind": item.kind,
        "org": org, "item_date": (item_date or told_day).isoformat() if (item_date or told_day) else "",
        # a figure dated by nothing in its text: the period its headline reports (国家邮政局关于2021年第二
        # 季度…的通告, 国家邮政局发布2022年7月中国快递发展指数报告), else its year, else the item's day
        "default_period": _annual_report(item.headline) or _headline_period(item.headline, report_year) or report_month
        or (str(report_year) if report_year else (item_date.isoformat() if item_date else "")),
        "topic": meaning.Topic.of(headline + simp[:_LEAD_SPAN]),  # cases, complaints, a survey
        # the month a report's title names (2016年6月邮政行业运行情况): its tables' 累计 / 当月 columns
        "report_month": report_month,
    }
    rows: list[Figure] = []
    periods = dates.find_periods(simp, year, reference, item_date)
    bounds = boundaries(simp)
    places = PlaceContext(simp, bounds, place, item.paragraphs(body))
    heads = head_periods(simp, bounds, periods)
    rows.extend(_figures(simp, body, bounds, periods, heads, places, context))
    if item.headline_lines:
        head = join_lines(item.headline_lines)
        head_simp = head.simple
        head_bounds = boundaries(head_simp)
        # a headline's figure has the period its own words give (上半年全省快递业务量…), else none
        head_periods_ = dates.find_periods(head_simp, year, reference, item_date)
        rows.extend(_figures(head_simp, head, head_bounds, head_periods_,
                             head_periods(head_simp, head_bounds, head_periods_),
                             PlaceContext(head_simp, head_bounds, place, []), context, headline=True))
    if table_rows:
        rows.extend(_table_rows(table_rows, body, simp, heads, year, place, context))
        rows.sort(key=lambda f: f.line)
    info = {
        "doc": doc, "item": item.index, "item_kind": item.kind, "headline": headline,
        "province": place.province if place else "", "city": place.city if place else "",
        "county": place.county if place else "", "org": org, "item_date": context["item_date"],
        # (its tables' rows too: a table printed after the item's last line of text is the item's)
        "first_line": item.first_line, "last_line": max([item.last_line] + [r.number for r in table_rows or ()]),
        "figures": len(rows),
    }
    return rows, info


#: units of a length of time, which a rate's name may hold (72小时准时率; lexicon.TIMED_RATE_NAMES)
_TIME_UNITS = frozenset({"小时", "天", "日", "分钟", "工作日"})
#: units of an office's number before its head's title (快件二处处长; lexicon.OFFICE_HEAD_TITLES)
_OFFICE_UNITS = frozenset({"处", "科", "室"})


def _names_or_divides(simp: str, q: Quantity) -> bool:
    """Whether the number ``q`` in ``simp`` counts nothing (set 44): part of a rate's name (72小时准时率),
    an office's number (二处处长), or a rate's denominator, a bare scale after 每 or 平均 (平均百万件快件
    有效申诉14.4件: per million parcels; 每10万件 has its digits and is read)."""
    if q.unit in _TIME_UNITS and simp.startswith(lexicon.TIMED_RATE_NAMES, q.end):
        return True
    if q.unit in _OFFICE_UNITS and simp.startswith(lexicon.OFFICE_HEAD_TITLES, q.end):
        return True
    k = q.num_start
    while k < q.end and simp[k] in "十百千万亿":
        k += 1
    return k > q.num_start and not simp[k:k + 1].isdigit() \
        and simp.endswith(("每", "平均"), max(0, q.num_start - 2), q.num_start)


def _figures(simp: str, joined: Joined, bounds: Boundaries, periods: list[dates.TimeExpression],
             heads: list, places: PlaceContext, context: dict, headline: bool = False) -> list[Figure]:
    """Figures of one text (an item body or its headline); ``heads`` are its head
    periods (:func:`postmetrics.context.head_periods`).

    In a headline a number needs its own unit (46億空郵中心 is a label, not a figure).
    """
    rows = []
    previous: tuple[Quantity, meaning.Meaning, int] | None = None  # last figure, its meaning, its sentence
    levels: list[tuple[int, str]] = []  # (sentence start, metric) of the amounts read so far
    respectively: dict[int, str] = {}   # index of a quantity → metric handed out by 分别
    listed_bases: dict[tuple[int, str], int] = {}  # (clause, listed basis) → figures given one so far
    # a number inside a time expression (前两个季度, 近30天, 前两周) dates figures; it is not one
    spans = [(t.start, t.end) for t in periods if "，" not in simp[t.start:t.end]]  # not 10月以来，…截至11月11日
    if "《" in simp:  # a number inside a work's title (《40万吨大闸蟹“迁徙”实录》) is its name's, not a figure
        spans += [m.span() for m in _WORK_TITLE.finditer(simp)]
    quantities = [q for q in find_quantities(simp) if (q.unit or not headline)
                  and not any(a <= q.start and q.end <= b for a, b in spans) and not _names_or_divides(simp, q)]
    for i, q in enumerate(quantities):
        ss, se = bounds.sentence(q.start)
        prev_start = bounds.sentence(ss - 1)[0] if ss > 0 else ss
        inherited = previous[1].metric if previous and previous[2] == ss and (
            previous[0].unit == q.unit or q.unit in _RATIO_UNITS) else None
        m = meaning.interpret(simp, q, ss, simp[prev_start:ss], inherited,
                              previous[0].end if inherited is not None and previous else None, context["topic"])
        if previous and previous[0].unit == q.unit and (LIST_JOIN.fullmatch(simp[previous[0].end:q.start]) or (
                simp[previous[0].end:q.start] in (",", "，") and "分别" in simp[ss:previous[0].start])):
            # 分别增长26%和19%, 分别同比减少31%,23%,20%: the second of a list reads like the first
            m = replace(m, metric=previous[1].metric, measure=previous[1].measure,
                        sign=previous[1].sign, basis=previous[1].basis, factor=previous[1].factor,
                        unit=previous[1].unit)
        elif q.unit in _RATIO_UNITS and "分别" in simp[bounds.clause(q.start, q.end)[0]:q.start]:
            _hand_out(quantities, i, simp, [metric for s, metric in levels if s == ss], respectively)
        if i in respectively:
            m = replace(m, metric=respectively[i])
        if q.unit not in _RATIO_UNITS:
            levels.append((ss, m.metric))
        previous = (q, m, ss)
        cs, ce = bounds.clause(q.start, q.end)
        # a count and a rate's level are stocks: under 截至3月12日 they are counted on that day
        stock = m.metric in ("count", "customers") or (m.metric == "rate" and m.measure == "level")
        period = figure_period(simp, q.start, ss, cs, periods, heads, counted=stock,
                               since_year_start=m.measure in ("change", "pct_change") and m.basis.endswith("年初")) or (
            context["default_period"] if not headline else "")
        # 四市…均超过25%: one row for each place the figure is stated for
        figure_places = places.shared_places(q.start, (ss, se), cs) or [places.place(q.start, (ss, se), cs)]
        value = float(q.value * m.sign * m.factor)  # in Decimal: 2.3倍 → 230 %, not 229.99999999999997
        high = float(q.high * m.sign * m.factor) if q.high is not None else None
        if high is not None and high < value:  # 降幅在5%至10%之间: -10 to -5
            value, high = high, value
        unit = m.unit or q.unit
        if not unit and _PEOPLE_AFTER.match(simp, q.end):
            # SCHEMA: 数百万快递小哥 is a count of people, in 人; so are 87万邮政工作人员, 300万注册骑手
            unit, m = "人", replace(m, metric="count")
        unit = unit or (_implicit_unit(m.metric) if m.metric != "other" else "")
        if not unit and simp.startswith(lexicon.PEOPLE_SERVED, q.end) and not q.text.startswith(("数", "几", "上")):
            unit = "人"  # 超10万茶农增收: people, counted without a counter
        elif not unit and (named := _UNIT_NAMED_BEFORE.search(simp, cs, q.start)) is not None:
            unit = lexicon.COUNT_NOUN_UNITS[named.group("noun")]  # 日均服务人次达542.85万: counted in 人次
            m = replace(m, metric="customers" if unit == "人次" else "count"
                        if named.group("noun").endswith("数量") and m.metric == "other"
                        else m.metric)  # (选手数量攀升至2.6万: a count of people; 观看人数突破2万 is views)
        basis = _as_written(m.basis, simp, joined.text, ss, q.start)
        if "、" in m.basis and "分别" in simp[cs:q.start]:
            # 与2019年、2020年、2021年农历同期相比分别增长545%、338%、12.04%: one basis each
            k = listed_bases.get((cs, m.basis), 0)
            listed_bases[(cs, m.basis)] = k + 1
            basis = _one_of(basis, k)
        for figure_place in figure_places:
            rows.append(_figure(
                context, figure_place,
                metric=m.metric, measure=m.measure, value=value, value_high=high,
                qualifier=q.qualifier, unit=unit, subject=_as_written(m.subject, simp, joined.text, ss, q.start),
                period=period, basis=basis,
                quote=_QUOTE_LEAD.sub("", joined.text[cs:ce]) or joined.text[cs:ce],
                line=joined.line_at(q.num_start),
            ))
    return rows


_TWELVE_MONTHS = recache.compile(r"^(\d{4})-01/\1-12$")


def _figure(context: dict, place: Place | None, **reading) -> Figure:
    """A row: the item's context (doc, headline, org…), the figure's place and what was read.
    A run of a year's twelve months is that year (SCHEMA: a year 2022), whichever reader read it
    (a table's 累计 under 12月份: 2018-01/2018-12 → 2018)."""
    if (whole := _TWELVE_MONTHS.match(reading.get("period", ""))) is not None:
        reading["period"] = whole[1]
    return Figure(doc=context["doc"], item=context["item"], headline=context["headline"],
                  item_kind=context["item_kind"], org=context["org"], item_date=context["item_date"],
                  province=place.province if place else "", city=place.city if place else "",
                  county=place.county if place else "", **reading)


_RATIO_UNITS = frozenset({"%", "‰", "百分点", "倍"})


def _hand_out(quantities: list[Quantity], i: int, simp: str, amounts: list[str], out: dict[int, str]) -> None:
    """实现82万件、1640万元，分别增长26%和19%: the k-th rate of a 分别 list
    is about the k-th of as many amounts before it in the sentence."""
    run = [i]
    while run[-1] + 1 < len(quantities):
        a, b = quantities[run[-1]], quantities[run[-1] + 1]
        if b.unit != a.unit or not LIST_JOIN.fullmatch(simp[a.end:b.start]):
            break
        run.append(run[-1] + 1)
    if len(run) > 1 and len(amounts) >= len(run):
        for k, index in enumerate(run):
            out[index] = amounts[len(amounts) - len(run) + k]


#: a count named before its amount, which then has no unit of its own (服务人次达542.85万, 观看人数突破2万)
_UNIT_NAMED_BEFORE = recache.compile(r"(?P<noun>" + "|".join(lexicon.COUNT_NOUN_UNITS)
                                + r")(?:" + recache.alternation(lexicon.COUNT_REACH_WORDS) + ")*$")
_LISTED_YEAR = recache.compile(r"^(?:19|20)\d{2}年")


def _one_of(listed: str, k: int) -> str:
    """The k-th basis of a list written once (2019年、2020年、2021年农历同期 → 2020年农历同期
    for k = 1): what follows the last year is shared; the list itself when k is past its end."""
    parts = listed.split("、")
    if k >= len(parts):
        return listed
    last = _LISTED_YEAR.match(parts[-1])
    shared = parts[-1][last.end():] if last else ""
    part = parts[k]
    return part + shared if k < len(parts) - 1 and _LISTED_YEAR.fullmatch(part) else part


def _as_written(word: str, simp: str, original: str, start: int, end: int) -> str:
    """``word`` found in the simplified text, as written in the original (traditional) text."""
    if not word or simp is original:
        return word
    i = simp.rfind(word, start, end)
    return original[i:i + len(word)] if i >= 0 else word


def _implicit_unit(metric: str) -> str:
    """The unit a scale word implies when the text leaves it out (业务收入4120亿)."""
    if metric in ("revenue", "sales", "money", "business_total", "price"):
        return "元"
    if metric == "volume":
        return "件"
    return ""


def extract_items(text: str, *, doc: str = "-", issue_date: date | str | None = None) -> list[dict]:
    """The items of page ``text`` as dicts: doc, item, item_kind, headline,
    province, city, county, org, item_date, first_line, last_line, figures."""
    return extract_document(text, doc=doc, issue_date=issue_date).items


def read_and_extract(source: str, issue_date: date | str | None = None,
                     encoding: str | None = None, strict_encoding: bool = False) -> "Document | Exception":
    """Read and extract one file; returns the error instead of raising it.

    Pure and picklable (a module-level function of plain arguments), so it
    can run in a process pool or a dask/Spark task.  ``source`` is a path or
    ``-`` for standard input.  Bytes not valid in the file's encoding are
    replaced (counted in ``Document.replaced_bytes``) unless ``strict_encoding``.
    """
    from .io import open_page

    try:
        page = open_page(source, encoding=encoding, strict=strict_encoding)
        if page.kind == "pdf":
            document = _extract(page.text, page.name, issue_date, pdf=True)
            _number_pages(document, page.text)
        else:
            document = extract_document(page.text, doc=page.name, issue_date=issue_date)
        document.replaced_bytes = page.replaced
        return document
    except Exception as e:  # noqa: BLE001 - reported per file by the caller
        e.__traceback__ = e.__traceback__  # keep for --debug
        return e


def _number_pages(document: Document, text: str) -> None:
    """Fill the ``page`` column of a PDF's figures: a page starts at a line
    that starts with a form feed (:func:`postmetrics.pdf.pdf_text`)."""
    starts = [n for n, line in enumerate(text.split("\n"), start=1) if line.startswith("\f")]
    document.figures = [replace(f, page=1 + bisect_left(starts, f.line + 1)) for f in document.figures]


def extract_path(path: str, *, issue_date: date | str | None = None, encoding: str | None = None):
    """The figures of one file as a DataFrame (SCHEMA columns). Pure and picklable.

    Raises :class:`postmetrics.io.InputError` when the file cannot be read.
    """
    from .frame import figures_frame
    from .io import read_page

    name, text = read_page(path, encoding=encoding)
    return figures_frame(extract(text, doc=name, issue_date=issue_date))

"""Tables printed as text: cells separated by runs of spaces.

Bulletins, company briefs and annual reports print their key figures as a
table, which PDF extraction gives as lines of cells separated by runs of
spaces::

    项目                     2024年10月   2023年10月   同比增长
    快递服务业务收入（亿元）     41.15        39.02        5.46%

    年份    业务量（亿件）   同比（%）   业务收入（亿元）
    2023       1320.7        19.4        12074.0

Read as running text the cells would run together (41.1539.025.46%), so
table lines are taken out of the text before items are split
(:func:`find_tables`) and read here cell by cell (:func:`table_figures`):
a cell's unit and scale come from its row label's or its column header's
parentheses (（亿元）, （百萬件）, （%）), its measure and basis from the
column header (同比增长 → pct_change, 同比; 比重 → share), its metric from
the cue words of the row label or, for a column of changes, of the column
before it, and its period from the column header (2024年1-10月) or the row
label (2023).

Statistics bureaus print a unit column and a header of two rows::

    全国邮政行业发展情况表
    指标名称            单位        6月份            比去年同期增长（%）
                               累计      当月         累计        当月
    一、邮政行业业务收入  亿元    2475.8     438.9         32.3        28.1
        其中：函件        万件  194722.8   31867.6        -21.8       -22.8

The unit cell (亿元, 万件) gives the row's unit and scale; each cell of the
lower header row is joined to the upper cell it stands under (by display
column, a CJK character counting two), so 累计 under 6月份 is the year so far
(2016-01/2016-06) and 当月 the month (2016-06), and under 比去年同期增长（%）
the growth over the same span, based on 去年同期.  A title above the table
(江苏省2014年1-6月各市快递业务量) dates the cells whose header gives no period
and names the place of its 全省 / 合计 rows.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

from . import dates, lexicon
from .hanzi import to_simplified
from .quantities import find_quantities
from .text import clean_line
from . import recache

#: what separates two cells: two or more spaces, a tab, or a bar (| 电子面单使用率（%） | 100 |)
_GAP = recache.compile(r"(?:[ \u3000]{2,}|\t|[ \u3000]*[|｜][ \u3000]*)+")
#: a numeric cell: 41.15, 8,615.37, -15.58%, －4.7％
_NUMBER = recache.compile(r"^[+\-−－]?\d[\d,，]*(?:[.．]\d+)?[%％]?$")
#: an empty cell
_EMPTY = frozenset("—–-－/…")
#: the unit in a label or header: 营业收入（亿元）, 业务量（亿件）, 同比（%）
_UNIT = recache.compile(r"[（(]([^（）()]{1,6})[）)]")
#: column headers of a change or a share
_CHANGE_HEADER = recache.compile("|".join(lexicon.TABLE_CHANGE_HEADERS))
_SHARE_HEADER = recache.compile("|".join(lexicon.TABLE_SHARE_HEADERS))
#: a row label that is a year: 2023, 2023年
_YEAR_LABEL = recache.compile(r"^((?:19|20)\d{2})年?$")
#: what goes before a row label's subject: numbering (一、 （二） 3.) and 其中：
_LABEL_PREFIX = recache.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?"
                           rf"(?:(?:{'|'.join(lexicon.TABLE_LABEL_PREFIXES)})[：:]\s*)?")
#: a column header's comparison after 比 or 较 (比去年同期增长 → 去年同期)
_BASIS_REFERENCE = recache.compile(rf"[比较]({'|'.join(lexicon.TABLE_BASIS_REFERENCES)})")
#: the unit a table's title gives for all its cells: （单位：万件）
_TITLE_UNIT = recache.compile(r"单位[：:]\s*([^\s（）()，,；;]{1,6})")
#: periods: one month, and a run of months within a year
_MONTH = recache.compile(r"^(\d{4})-(\d{2})$")
_YEAR = recache.compile(r"^\d{4}$")
_MONTHS = recache.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")


#: a ruling line of a table (────, ====, ----)
_RULE = recache.compile(r"^[\s─━═\-=_—~·.+|┼┬┴├┤┌┐└┘│]*$")
#: a page with a table has two numbers separated by a gap somewhere (cheap test)
#: or a short cell between gaps before a number (快递业务量  万件  98765.4)
_HINT = recache.compile(r"\d[%％]?(?:[ \u3000]{2,}|\t|[ \u3000]*[|｜][ \u3000]*)[+\-−－]?\d|[A-Za-z)] \d+ \d"
                   r"|(?<![ \u3000\t])(?:[ \u3000]{2,}|\t)[^\s\d]{1,5}(?:[ \u3000]{2,}|\t)[+\-−－]?\d")


@dataclass(frozen=True)
class TableRow:
    """One data row: its input line, its cells as written, and the header row
    above its table (``header_line`` 0 when there is none).

    ``header`` has one cell per column; when the table's header is printed on
    two rows, each lower cell is joined to the upper cell above it
    (``6月份 累计``) and ``header_lines`` lists both lines.  ``title`` is the
    text of the one or two title lines just above the header, or ''; ``note``
    the note printed under the table (注：…均为年末数), or ''.
    """

    number: int
    raw: str
    cells: tuple[str, ...]
    header: tuple[str, ...]
    header_line: int = 0
    header_lines: tuple[int, ...] = ()
    title: str = ""
    note: str = ""
    #: the unit of the row above when this one has none of its own and is a part of it, indented
    #: deeper or marked # / 其中 (#航空邮路 under 邮政总长度(公里), 快递营业网点 under 营业网点(处)), or ''
    unit_above: str = ""
    #: every input line the row was printed on, when a copy put each cell on a line of its own
    #: (:func:`_cell_rows`); () when it is the one line ``number``
    lines: tuple[int, ...] = ()


def _label_unit(cells: list[str] | tuple[str, ...]) -> str:
    """The unit a row's label or unit cell gives (邮政总长度(单程)(公里) → 公里), or ''."""
    if _prefix(cells) == 2:
        return cells[1]
    return next((u for u in reversed(_UNIT.findall(cells[0])) if _scale(u)), "")


#: a row of a bilingual yearbook table: the Chinese label, its English gloss and the values
#: after single spaces (营业网点(处)  Number of Offices (unit) 2254 6467 8365 11965; 项目 Item 2010 2015)
_GLOSSED_ROW = recache.compile(r"^(?:\d{1,2}\s+)?(?P<label>[^A-Za-z\d\s][^A-Za-z]*?[\u4e00-\u9fff）)])\s+"
                               r"[A-Za-z](?:[A-Za-z .,'&/#:\-]|\([^()]*\))*?"
                               r"\s+(?P<values>[+\-−－]?\d[\d,.]*%?(?:\s+(?:[+\-−－]?\d[\d,.]*%?|[—–…]))+)$")

#: a rank printed before a row's label (排名 column): a whole number of one to three digits
_RANK = recache.compile(r"\d{1,3}")


def _cells(raw: str) -> list[str]:
    """The cells of a line; the row label's own pieces (全  市) are one cell,
    not counting a unit cell after them (合  计  万件)."""
    glossed = _GLOSSED_ROW.match(raw.strip()) if "  " not in raw.strip()[-12:] else None
    if glossed:  # a bilingual yearbook's row: the English gloss is no cell, single spaces part the values
        return [glossed["label"].strip(), *glossed["values"].split()]
    if "\t" in raw.strip():  # a tab between every two cells: an empty cell stays in its column
        cells = [c.strip() for c in raw.strip().split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        cells = [c or "—" for c in cells]
    else:
        cells = [c for c in _GAP.split(raw.strip().strip("|｜").strip()) if c]
    if len(cells) >= 4 and _RANK.fullmatch(cells[0]) and not _is_number(cells[1]) and cells[1] not in _EMPTY:
        cells = cells[1:]  # 4  揭阳市  5.55  9: a rank before the row's label is not a value
    k = 0
    while k < len(cells) and not _is_number(cells[k]) and cells[k] not in _EMPTY:
        k += 1
    if k == len(cells):
        return cells  # no numbers: a header or a title, whose cells stay apart
    if k >= 2 and _unit_cell(cells[k - 1]) and not (k == 2 and len(cells[0]) == 1):
        k -= 1  # 合  计  万件: the unit is not a piece of the label (函  件 is one label)
    if k > 1 and all(len(c) <= 2 for c in cells[:k]):
        cells = ["".join(cells[:k]), *cells[k:]]
    return cells


def _unit_cell(cell: str) -> tuple[Decimal, str] | None:
    """(multiplier, unit) of a cell that is nothing but a unit (亿元, 万件, %), else None."""
    if len(cell) > 5 or any(c.isdigit() for c in cell):
        return None
    return _scale(cell)


def _prefix(cells: list[str] | tuple[str, ...]) -> int:
    """How many cells of a row come before its values: the label, and its unit
    cell when one follows (一、邮政行业业务收入  亿元  2475.8 …)."""
    return 2 if len(cells) >= 3 and _unit_cell(cells[1]) else 1


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell.replace(" ", "")))


def _is_data_row(cells: list[str]) -> bool:
    if len(cells) < 3 or _years_row(cells):
        return False
    p = _prefix(cells)
    values = [c for c in cells[p:] if _is_number(c) or c in _EMPTY]
    # two numbers, or one after a unit cell (快递业务量  万件  204567.3), or one beside an empty
    # cell (台州市  5.7  —)
    numbers = sum(map(_is_number, cells[p:]))
    return len(values) == len(cells) - p and (numbers >= 3 - p or numbers >= 1 and len(values) >= 2)


def _spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) display columns of the cells of a line as :func:`_GAP`
    splits it (a wide character counts two, a tab moves to the next multiple of 8)."""
    line = raw.expandtabs(8)
    width = [0]
    for c in line:
        width.append(width[-1] + (2 if unicodedata.east_asian_width(c) in "WF" else 1))
    out = []
    at = 0
    for gap in [*_GAP.finditer(line), None]:
        end = gap.start() if gap else len(line)
        piece = line[at:end]
        if piece.strip(" \u3000|｜"):
            lead = len(piece) - len(piece.lstrip(" \u3000|｜"))
            trail = len(piece.rstrip(" \u3000|｜"))
            out.append((width[at + lead], width[at + trail]))
        at = gap.end() if gap else len(line)
    return out


def _join_headers(upper_raw: str, lower_raw: str, lead: int = 0) -> tuple[str, ...] | None:
    """The header cells of two header lines, each lower cell joined to the
    upper cell above it, among the upper cells that reach past the lower
    row's first cell (6月份 over 累计 and 当月): when the counts divide, each
    takes an equal run of lower cells in order; else each lower cell goes to
    the upper cell whose centre is nearest its own.  None when the lines'
    cells cannot be placed.  Cells parted by bars or tabs have no columns to
    go by: there the upper row's first ``lead`` cells head the rows' label and
    unit columns (指标名称 | 单位 | 6月份 | 比去年同期增长(%)), and the others
    take equal runs of the lower cells (累计 | 当月 | 累计 | 当月)."""
    upper, lower = _cells(upper_raw), _cells(lower_raw)
    up_spans, low_spans = _spans(upper_raw), _spans(lower_raw)
    unaligned = bool(up_spans and low_spans) and low_spans[0][0] <= up_spans[0][0]  # (累计 当月… not set under its heads)
    if lead and (any(c in lower_raw for c in "|｜\t") or unaligned) and 0 < len(upper) - lead <= len(lower) \
            and len(lower) % (len(upper) - lead) == 0:
        groups = upper[lead:]
        return tuple(f"{groups[i * len(groups) // len(lower)]} {text}" for i, text in enumerate(lower))
    if len(up_spans) != len(upper) or len(low_spans) != len(lower) or not lower:
        return None
    first = low_spans[0][0]
    over = [(text, (a + b) / 2) for text, (a, b) in zip(upper, up_spans) if b > first]
    if not over:
        return None
    if len(lower) % len(over) == 0:
        # statistics tables span evenly (累计 当月 under each); so read, a header printed
        # a little out of line (a proportional font's text) still joins right
        owner = [i * len(over) // len(lower) for i in range(len(lower))]
    else:
        owner = [min(range(len(over)), key=lambda i: abs(over[i][1] - (a + b) / 2)) for a, b in low_spans]
    return tuple(f"{over[i][0]} {text}" for i, text in zip(owner, lower))


def _title(lines: list[str], above: int) -> str:
    """The title printed just above a table whose header (or first row) is at
    0-based index ``above``: up to two short lines of at most three cells,
    none a number, within four lines; a sentence (…。) ends the search."""
    found: list[str] = []
    k = above - 1
    while k >= 0 and above - k <= 4 and len(found) < 2:
        line = lines[k].strip()
        if line and not _RULE.match(line):
            cells = _cells(line)
            if len(line) > 60 or "。" in line or len(cells) > 3 or any(_is_number(c) for c in cells):
                break
            found.insert(0, line)
        k -= 1
    return " ".join(found)


def _note(lines: list[str], last: int) -> str:
    """The note under a table whose last row is line ``last`` (1-based): a line starting
    with 注 within the next three lines, with the line after it; '' when there is none."""
    for k in range(last, min(len(lines), last + 3)):
        text = lines[k].strip()
        if text.startswith(("注", "说明")):
            return text + (lines[k + 1].strip() if k + 1 < len(lines) else "")
    return ""


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and (sum(not _is_number(c) for c in cells) >= len(cells) - 1 or _years_row(cells))


def _years_row(cells: list[str]) -> bool:
    """A header of year columns (项目  2015  2020  2021): every cell after the first a year,
    in increasing order."""
    years = cells[1:]
    return len(years) >= 2 and all(_YEAR.match(c) and c[:2] in ("19", "20") for c in years) \
        and all(a < b for a, b in zip(years, years[1:]))


def find_tables(text: str) -> list[TableRow]:
    """The data rows of every table in page ``text`` (a run of at least two
    lines of three or more cells, all numeric but the first, or but the first
    and a unit cell after it: 函件  万件  194722.8), each with the header row
    printed above its table, if any (two rows joined by column when the lower
    one has a cell for each value column and the upper one stands right above
    it), and the title above that (:func:`_title`).  Line numbers are 1-based,
    counted as :func:`postmetrics.text.split_lines` counts them.  Time is
    linear in the text: each row looks at most a few lines above its table."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    origin = None
    if text.count("|\n") + text.count("｜\n") >= _CELL_RUN:
        lines, origin = _cell_rows(lines)
        text = "\n".join(lines)
    elif _STACKED_HINT.search(text):
        lines, origin = _stacked_rows(lines)
        text = "\n".join(lines)
    if _SINGLE_SPACED_ROW.search(text):
        lines = _single_spaced(lines)
        text = "\n".join(lines)
    if not _HINT.search(text):
        return []
    rows: list[TableRow] = []
    run: list[tuple[int, str, list[str]]] = []

    def close() -> None:
        if len(run) >= 2:
            header: tuple[str, ...] = ()
            header_lines: tuple[int, ...] = ()
            first = run[0][0] - 1  # the first row's 0-based index; look above it, past blanks and rules
            values = len(run[0][2]) - _prefix(run[0][2])
            k = first - 1
            while k >= 0 and first - k <= 3 and _RULE.match(lines[k]):
                k -= 1
            top = first
            head_text = lines[k] if k >= 0 else ""
            j = k
            # a barred header the copy broke over lines (单位 | 快递业务量累计(万件) | 同比增长 (%) | /
            # 快递收入累计 (万元) | / 同比增长 (%) |): its lines joined up to a cell for each column
            while j > 0 and first - j < 5 and head_text.rstrip().endswith(("|", "｜")) \
                    and len(_cells(head_text)) < values and lines[j - 1].rstrip().endswith(("|", "｜")) \
                    and not any(_is_number(c) for c in _cells(lines[j - 1])):
                j -= 1
                head_text = lines[j].rstrip() + " " + head_text.lstrip()
            if k >= 0 and first - k <= 3:
                cells = _cells(head_text)
                if _is_header(cells) and len(cells) >= values:
                    header, header_lines, top = tuple(cells), tuple(range(j + 1, k + 2)), j
                    k = j
                    # a lower header row (累计  当月  累计  当月) under an upper one, no blank line between
                    u = k - 1
                    while u >= 0 and k - u <= 2 and lines[u].strip() and _RULE.match(lines[u]):
                        u -= 1
                    if len(cells) == values and u >= 0 and k - u <= 2 and lines[u].strip():
                        upper = _cells(lines[u])
                        joined = _join_headers(lines[u], lines[k], _prefix(run[0][2])) if _is_header(upper) else None
                        if joined:
                            header, header_lines, top = joined, (u + 1, k + 1), u
            title = _title(lines, top)
            note = _note(lines, run[-1][0])
            above, indent = "", 0  # the unit of the last row with one, and that row's indent
            for n, raw, cells in run:
                own = _label_unit(cells)
                depth = len(raw) - len(raw.lstrip(" \u3000"))
                part = above and (depth > indent or raw.lstrip(" \u3000").startswith(("#", "＃", "其中")))
                rows.append(TableRow(n, raw, tuple(cells), header, header_lines[0] if header_lines else 0,
                                     header_lines, title, note, above if part and not own else ""))
                if own:
                    above, indent = own, depth
        run.clear()

    for number, raw in enumerate(lines, start=1):
        if _RULE.match(raw):
            continue  # a blank or ruling line between rows does not end a table
        cells = _cells(raw)
        if _is_data_row(cells):
            run.append((number, raw, cells))
        else:
            close()
    close()
    if origin is not None:  # back to the input's lines
        rows = [replace(r, number=origin[r.number - 1][0],
                        header_line=origin[r.header_line - 1][0] if r.header_line else 0,
                        header_lines=tuple(n for h in r.header_lines for n in origin[h - 1]),
                        lines=origin[r.number - 1] if len(origin[r.number - 1]) > 1 else ())
                for r in rows]
    return rows


#: lines ending in a bar, at least, before a page is looked at for tables copied a cell per line
_CELL_RUN = 6
#: a cell copied on a line of its own, ending in its column's bar (548816.23 |); a line of bars only
_CELL_LINE = recache.compile(r"^[^|｜]*[|｜][|｜\s]*$")


#: a row whose cells a copy parted by one space (其中:函件 万件 267660.0 18560.0 -15.0 -28.1)
_SINGLE_SPACED_ROW = recache.compile(r"(?m)^[^\s，。；]+(?: [^\s，。；]+)? [+\-−－]?\d[\d.,]*%?(?: [+\-−－]?\d[\d.,]*%?){2,}\s*$")


def _single_spaced(lines: list[str]) -> list[str]:
    """Lines with a table whose cells a copy parted by single spaces, the spaces doubled: a run of
    two rows or more (a label, a unit cell, three numbers or more) and up to two header lines right
    above it (指标名称 单位 12月份 比去年同期增长(%) / 累计 当月 累计 当月).  Other lines are kept."""
    out = list(lines)
    marked = [bool(_SINGLE_SPACED_ROW.match(line)) and "  " not in line.strip() for line in lines]
    i = 0
    while i < len(lines):
        if not marked[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and marked[j]:
            j += 1
        if j - i >= 2:
            top = i
            while top > 0 and i - top < 2 and len(lines[top - 1].split()) >= 3 and "  " not in lines[top - 1].strip() \
                    and not any(p in lines[top - 1] for p in "，。；"):
                top -= 1
            for k in range(top, j):
                out[k] = "  ".join(lines[k].split())
        i = j
    return out


def _cell_rows(lines: list[str]) -> tuple[list[str], list[tuple[int, ...]]]:
    """A web table copied one cell a line (指标名称 | / 单位 | / 8月份 | / … / 一、邮政行业寄递业务量 | /
    万件 | / 548816.23 | …) put back into rows: a line of bars only (|| , |||||) ends a row, and so
    does a label after a number (1、快递业务 | after 13.83 |).  Returns the lines, each row joined
    on one line (cells apart by bars, as :func:`_cells` reads them), and for each line the 1-based
    input lines it comes from.  Runs of fewer than ``_CELL_RUN`` such lines are left as they are."""
    out: list[str] = []
    origin: list[tuple[int, ...]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and _CELL_LINE.match(lines[j]):
            j += 1
        if j - i < _CELL_RUN:
            out.append(lines[i])
            origin.append((i + 1,))
            i += 1
            continue
        cells: list[str] = []
        numbers: list[int] = []
        seen_number = False

        def close() -> None:
            nonlocal seen_number
            if cells:
                out.append(" | ".join(cells) + " |")
                origin.append(tuple(numbers))
            cells.clear()
            numbers.clear()
            seen_number = False

        for k in range(i, j):
            cell = lines[k].strip().rstrip("|｜ ").strip()
            if not cell.strip("|｜ "):  # || : the row ends (its line is the row's)
                numbers.append(k + 1)
                close()
                continue
            number = _is_number(cell)
            if cells and seen_number and not number:
                close()
            cells.append(cell)
            numbers.append(k + 1)
            seen_number = seen_number or number
        close()
        i = j
    return out, origin


#: numbers on lines of their own, one after another (a table copied out of a PDF a cell a line): cheap test
_STACKED_HINT = recache.compile(r"(?:\n[ \u3000]*[+\-−－]?\d[\d,]*(?:\.\d+)?[%％]?[ \u3000]*){3}\n")
#: a page's number between two lines of a copied table (- 3 -, 第 2 页)
_PAGE_NUMBER_LINE = recache.compile(r"^\s*(?:[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)\s*$")
#: the longest line taken for a cell of a table copied a cell a line
_STACKED_CELL = 24
#: the fewest rows, each with the same number of values, that make a run of such lines a table
_STACKED_ROWS = 3


def _stacked_rows(lines: list[str]) -> tuple[list[str], list[tuple[int, ...]]]:
    """A table copied out of a PDF viewer one cell a line (全国邮政行业发展情况表 / 指标名称 / 单位 /
    6月份 / 比去年同期增长(%) / 累计 / 当月 / 累计 / 当月 / 一、邮政行业业务收入 / 亿元 / 2475.8 / 438.9 /
    32.3 / 28.1 / 其中：快递业务收入 / …) put back into rows, as :func:`_cell_rows` does for cells ending
    in bars: a row is its label cells and the numbers after them; the cells before the first row
    that are not its label are the header (a unit on a line of its own, (万件), joined to the cell
    above it), of two rows when its last cells are one for each value under groups (6月份 over 累计
    and 当月), and the title above it.  A page's footer and number inside the table (2016年6月邮政行业
    运行情况 / - 1 -) are skipped.  Needs ``_STACKED_ROWS`` rows with the same number of values.
    Returns the lines and, for each, the 1-based input lines it comes from."""
    out: list[str] = []
    origin: list[tuple[int, ...]] = []
    n = len(lines)

    def is_cell(k: int) -> bool:
        t = lines[k].strip()
        return bool(t) and len(t) <= _STACKED_CELL and "。" not in t and not t.endswith(("，", ",", "：", ":"))

    i = 0
    while i < n:
        if not is_cell(i):
            out.append(lines[i])
            origin.append((i + 1,))
            i += 1
            continue
        cells: list[tuple[str, int]] = []  # (cell, 1-based line) of the run
        skipped: list[int] = []
        j = i
        while j < n:
            if _PAGE_NUMBER_LINE.match(lines[j]):
                if cells and cells[-1][1] == j and not _is_number(cells[-1][0]):
                    skipped.append(cells.pop()[1])  # the page's footer right above its number
                skipped.append(j + 1)
                j += 1
                continue
            if not lines[j].strip():
                if j + 1 < n and (is_cell(j + 1) or _PAGE_NUMBER_LINE.match(lines[j + 1])) and cells:
                    skipped.append(j + 1)
                    j += 1
                    continue
                break
            if not is_cell(j):
                break
            cell = lines[j].strip()
            if cell[:1] in "（(" and cells and not _is_number(cells[-1][0]):
                cells[-1] = (cells[-1][0] + cell, cells[-1][1])  # 快递业务量累计 / (万件): one cell
                skipped.append(j + 1)
            else:
                cells.append((cell, j + 1))
            j += 1
        rows: list[tuple[list[tuple[str, int]], list[tuple[str, int]]]] = []  # (label cells, values)
        for cell in cells:
            if _is_number(cell[0]):
                if rows:
                    rows[-1][1].append(cell)
            elif not rows or rows[-1][1]:
                rows.append(([cell], []))
            else:
                rows[-1][0].append(cell)
        body = [r for r in rows[1:] if r[1]]
        values = len(body[0][1]) if body else 0
        lead = max(set(len(r[0]) for r in body), key=[len(r[0]) for r in body].count) if body else 0
        if (len(body) + 1 < _STACKED_ROWS and not (body and len(rows[0][0]) > lead + values)) or values < 2 \
                or any(len(r[1]) != values for r in rows if r[1]) or not rows[0][1]:
            # (two rows do, under a header of a cell for each column: 单位 / 快递业务量累计 / (万件) / …)
            for k in range(i, max(j, i + 1)):
                out.append(lines[k])
                origin.append((k + 1,))
            i = max(j, i + 1)
            continue
        head, first = rows[0][0][:-lead], rows[0][0][-lead:]
        texts = [c for c, _ in head]
        unit_at = texts.index("单位") if "单位" in texts else -1
        groups = len(texts) - unit_at + 1 - values - lead if unit_at >= 1 else 0
        if unit_at >= 1 and groups >= 1 and values % groups == 0 and lead == 2:
            title, header = head[:unit_at - 1], [head[unit_at - 1:len(head) - values], head[len(head) - values:]]
        else:
            title, header = head[:-(lead + values)] if len(head) > lead + values else [], \
                [head[-(lead + values):]] if len(head) >= values else []
            if not header:
                title = head
        for c, k in title:
            out.append(c)
            origin.append((k,))
        for part in header:
            out.append(" | ".join(c for c, _ in part) + " |")
            origin.append(tuple(k for _, k in part))
        for label, vals in [(first, rows[0][1]), *rows[1:]]:
            out.append(" | ".join(c for c, _ in label + vals) + " |")
            origin.append(tuple(k for _, k in label + vals))
        if skipped:  # the footers and page numbers skipped: blank lines, kept for the line count's sake
            for k in sorted(skipped):
                out.append("")
                origin.append((k,))
        i = j
    return out, origin


@dataclass(frozen=True)
class TableFigure:
    """A figure read from a table cell (values in base units, like Quantity)."""

    value: Decimal
    unit: str
    metric: str
    measure: str
    period: str
    basis: str
    subject: str
    quote: str
    line: int
    column: str = ""  # the column's header cell (黑龙江, 6月份 累计), '' when none


def _scale(unit_text: str) -> tuple[Decimal, str] | None:
    """(multiplier, canonical unit) of a parenthesised unit: 亿元 → (10⁸, 元), % → (1, %)."""
    unit_text = to_simplified(clean_line(unit_text))
    if unit_text in ("%", "％"):
        return Decimal(1), "%"
    found = find_quantities("1" + unit_text)
    if len(found) == 1 and found[0].unit and found[0].end == len(unit_text) + 1:
        return found[0].value, found[0].unit
    return None


def _metric(label: str) -> str:
    """The metric the longest cue word in ``label`` gives, else ''."""
    simple = to_simplified(label)
    cues = [w for w in lexicon.METRIC_CUES if w in simple]
    metric = lexicon.METRIC_CUES[max(cues, key=len)] if cues else ""
    return "other" if metric == "index" else metric  # (an index's cells: 仓储指数)


def _period(cell: str, year: int | None) -> str:
    if _YEAR.match(cell.strip()):
        return cell.strip()  # a column headed by a bare year (项目  2015  2020  2021)
    found = dates.find_periods(to_simplified(clean_line(cell)), year)
    return found[-1].period if found else ""


def _kind(head: str) -> str:
    """'cumulative' for a column header of the year so far (累计), 'month' for
    one of the report's month alone (当月, 本月), else '' (lexicon.TABLE_*_HEADERS)."""
    simple = to_simplified(head)
    if any(w in simple for w in lexicon.TABLE_CUMULATIVE_HEADERS):
        return "cumulative"
    if any(w in simple for w in lexicon.TABLE_MONTH_HEADERS):
        return "month"
    return ""


def _span_period(kind: str, period: str) -> str:
    """The period a column of ``kind`` (:func:`_kind`) covers in a report for
    ``period``: the year so far for 'cumulative' (2016-06 → 2016-01/2016-06),
    the last month for 'month' (2016-01/2016-06 → 2016-06).  ``period`` is
    returned unchanged when it is neither a month nor a run of months within a year."""
    if kind == "cumulative" and (m := _MONTH.match(period)):
        return f"{m[1]}-01/{m[1]}-{m[2]}"
    if kind == "month" and (m := _MONTHS.match(period)) and m[1] == m[3]:
        return f"{m[3]}-{m[4]}"
    return period


def _basis(head: str) -> str:
    """The basis a column header states: a basis word (同比, 环比, 按年), else the
    comparison after 比 / 较 (比去年同期增长 → 去年同期, 较上年 → 上年), else ''."""
    simple = to_simplified(head)
    word = next((w for w in lexicon.BASIS_WORDS if w in simple), "")
    if word:
        return word
    found = _BASIS_REFERENCE.search(simple)
    return found.group(1) if found else ""


def _is_money(unit: str) -> bool:
    return unit == "元" or lexicon.UNIT_METRICS.get(unit) == "money"


def table_figures(rows: list[TableRow], year: int | None = None, default_period: str = "") -> list[TableFigure]:
    """Every numeric cell of ``rows`` as a figure (see the module docstring).

    ``year`` resolves headers without one (1-10月) unless the table's title
    gives one; ``default_period`` dates cells whose row, column and title give
    no period.  A cell's unit comes from its column header, else its row label,
    else its row's unit cell, else the title's 单位：…; cells with no unit are
    skipped: a table's bare number (a rank) is not a figure.  A column headed
    累计 or 当月 (:func:`_kind`) covers the year so far or the month of the
    report's period (the header's own month, else the title's or
    ``default_period``); a column of changes takes the period of its own
    累计 / 当月, else of the nearest such level column to its left, else of the
    row's first dated level.  Values are Decimals in base units (亿元 → 元).
    """
    out: list[TableFigure] = []
    for row in rows:
        p = _prefix(row.cells)
        label = row.cells[0]
        values = row.cells[p:]
        unit_cell = _unit_cell(row.cells[1]) if p == 2 else None
        title_period = _period(row.title, year) if row.title else ""
        table_year = int(title_period[:4]) if title_period[:4].isdigit() else year
        report = title_period or default_period
        title_unit = _TITLE_UNIT.search(to_simplified(row.title)) if row.title else None
        title_scale = _scale(title_unit.group(1)) if title_unit else None
        header = tuple(row.header[-len(values):]) if row.header else ()
        header = ("",) * (len(values) - len(header)) + header
        year_label = _YEAR_LABEL.match(label)
        row_period = year_label.group(1) if year_label else ""
        name = "" if year_label else _LABEL_PREFIX.sub("", _UNIT.sub("", label).strip().lstrip("#＃"), count=1)
        # the last parenthesis that is a unit: 邮政总长度(单程)(公里)
        label_scale = _scale(own) if (own := _label_unit([label])) else None
        row_scale = label_scale or unit_cell or title_scale or (_scale(row.unit_above) if row.unit_above else None)
        row_metric = _metric(name)
        # a row of postal items (函件, 汇兑) whose unit is not money counts items handled
        items = bool(name) and any(w in name for w in lexicon.TABLE_ITEM_WORDS) and not (
            row_scale and _is_money(row_scale[1]))
        quote = " ".join(row.cells)
        year_end = any(w in to_simplified(row.note + row.title) for w in lexicon.YEAR_END_NOTES)
        # per column: a change or share column is about the level column to its left
        column_metrics: list[str] = []
        last = ""
        for head in header:
            if _CHANGE_HEADER.search(head) or _SHARE_HEADER.search(head):
                # 快递业务量同比增长（%）: a change column may name its own metric
                column_metrics.append(_metric(_UNIT.sub("", head)) or last)
            else:
                last = _metric(_UNIT.sub("", head)) or last
                column_metrics.append(last)
        level_period = ""  # the period of the last level column
        kind_period = ""  # the period of the last level column headed 累计 / 当月
        kind_periods: dict[str, str] = {}  # 累计 / 当月 → the period of the first level column so headed
        row_level_metric = ""
        for j, (cell, head) in enumerate(zip(values, header)):
            cell = cell.replace(" ", "")
            if not _is_number(cell):
                continue
            head_unit = _UNIT.search(head)
            change = bool(_CHANGE_HEADER.search(head))
            share = bool(_SHARE_HEADER.search(head))
            if cell.endswith(("%", "％")) or change or share:
                scale: tuple[Decimal, str] | None = (Decimal(1), "%")
            else:
                scale = (_scale(head_unit.group(1)) if head_unit else None) or row_scale
            if scale is None:
                continue
            number = Decimal(cell.rstrip("%％").replace(",", "").replace("，", "").replace("．", ".")
                             .replace("－", "-").replace("−", "-"))
            measure = "share" if share else ("pct_change" if change else "level")
            metric = row_metric or column_metrics[j] or (row_level_metric if measure != "level" else "") \
                or ("volume" if items and not _is_money(scale[1]) else "") \
                or lexicon.UNIT_METRICS.get(scale[1]) \
                or ("count" if lexicon.UNIT_ALLOWS.get(scale[1]) is lexicon.COUNTERS else "other")
            allowed = lexicon.UNIT_ALLOWS.get(scale[1])
            if allowed is not None and allowed is not lexicon.COUNTERS and metric not in allowed:
                metric = lexicon.UNIT_METRICS.get(scale[1], "other")  # 农村投递路线(公里): a length, not volume
            if measure == "level" and not row_level_metric:
                row_level_metric = metric
            kind = _kind(head)
            if row_period:
                period = row_period
            elif kind:
                own = _period(head, table_year)
                if _YEAR.match(own) and report[:4] == own:
                    own = ""  # 本年累计 says the year; the report's month ends the span
                if measure != "level" and not own and kind in kind_periods:
                    period = kind_periods[kind]  # 比去年同期增长 累计: the span of the 累计 level
                else:
                    period = _span_period(kind, own or report)
                if measure == "level":
                    kind_period = period
                    kind_periods.setdefault(kind, period)
            elif change or share:
                # 2016年9月 | 同比增长(%) | 2016年1-9月 | 同比增长(%): a change compares the level column before it
                period = kind_period or level_period
            else:
                period = _period(head, table_year)
            if measure == "level" and period and (not level_period or period[-7:] >= level_period[-7:]):
                level_period = period  # (not 去年同期's level: a change compares with it, not of it)
            if year_end and _YEAR.match(period or report or "-"):
                period = f"{period or report}-12-31"  # 注：网点…均为年末数: stocks at each year's end
            out.append(TableFigure(number * scale[0], scale[1], metric, measure, period or report,
                                   _basis(head) if measure != "level" else "", name or _UNIT.sub("", head), quote, row.number,
                                   head))
    return out

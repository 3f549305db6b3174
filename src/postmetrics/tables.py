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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from . import dates, lexicon
from .hanzi import to_simplified
from .quantities import find_quantities
from .text import clean_line

#: what separates two cells: two or more spaces, a tab, or a bar (| 电子面单使用率（%） | 100 |)
_GAP = re.compile(r"(?:[ \u3000]{2,}|\t|[ \u3000]*[|｜][ \u3000]*)+")
#: a numeric cell: 41.15, 8,615.37, -15.58%, －4.7％
_NUMBER = re.compile(r"^[+\-−－]?\d[\d,，]*(?:[.．]\d+)?[%％]?$")
#: an empty cell
_EMPTY = frozenset("—–-－/…")
#: the unit in a label or header: 营业收入（亿元）, 业务量（亿件）, 同比（%）
_UNIT = re.compile(r"[（(]([^（）()]{1,6})[）)]")
#: column headers of a change or a share
_CHANGE_HEADER = re.compile("|".join(lexicon.TABLE_CHANGE_HEADERS))
_SHARE_HEADER = re.compile("|".join(lexicon.TABLE_SHARE_HEADERS))
#: a row label that is a year: 2023, 2023年
_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})年?$")


#: a ruling line of a table (────, ====, ----)
_RULE = re.compile(r"^[\s─━═\-=_—~·.+|┼┬┴├┤┌┐└┘│]*$")
#: a page with a table has two numbers separated by a gap somewhere (cheap test)
_HINT = re.compile(r"\d[%％]?(?:[ \u3000]{2,}|\t|[ \u3000]*[|｜][ \u3000]*)[+\-−－]?\d")


@dataclass(frozen=True)
class TableRow:
    """One data row: its input line, its cells as written, and the header row
    above its table (``header_line`` 0 when there is none)."""

    number: int
    raw: str
    cells: tuple[str, ...]
    header: tuple[str, ...]
    header_line: int = 0


def _cells(raw: str) -> list[str]:
    """The cells of a line; the row label's own pieces (全  市) are one cell."""
    cells = [c for c in _GAP.split(raw.strip().strip("|｜").strip()) if c]
    k = 0
    while k < len(cells) and not _is_number(cells[k]) and cells[k] not in _EMPTY:
        k += 1
    if k > 1 and all(len(c) <= 2 for c in cells[:k]):
        cells = ["".join(cells[:k]), *cells[k:]]
    return cells


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell.replace(" ", "")))


def _is_data_row(cells: list[str]) -> bool:
    values = [c for c in cells[1:] if _is_number(c) or c in _EMPTY]
    return len(cells) >= 3 and len(values) == len(cells) - 1 and sum(map(_is_number, cells[1:])) >= 2


def _is_header(cells: list[str]) -> bool:
    return len(cells) >= 2 and sum(not _is_number(c) for c in cells) >= len(cells) - 1


def find_tables(text: str) -> list[TableRow]:
    """The data rows of every table in page ``text`` (a run of at least two
    lines of three or more cells, all numeric but the first), each with the
    header row printed above its table, if any.  Line numbers are 1-based,
    counted as :func:`postmetrics.text.split_lines` counts them."""
    if not _HINT.search(text):
        return []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[TableRow] = []
    run: list[tuple[int, str, list[str]]] = []

    def close() -> None:
        if len(run) >= 2:
            header: tuple[str, ...] = ()
            header_line = 0
            first = run[0][0] - 1  # the first row's 0-based index; look above it, past blanks and rules
            k = first - 1
            while k >= 0 and first - k <= 3 and _RULE.match(lines[k]):
                k -= 1
            if k >= 0 and first - k <= 3:
                cells = _cells(lines[k])
                if _is_header(cells) and len(cells) >= len(run[0][2]) - 1:
                    header, header_line = tuple(cells), k + 1
            rows.extend(TableRow(n, raw, tuple(cells), header, header_line) for n, raw, cells in run)
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
    return rows


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
    return lexicon.METRIC_CUES[max(cues, key=len)] if cues else ""


def _period(cell: str, year: int | None) -> str:
    found = dates.find_periods(to_simplified(clean_line(cell)), year)
    return found[-1].period if found else ""


def table_figures(rows: list[TableRow], year: int | None = None, default_period: str = "") -> list[TableFigure]:
    """Every numeric cell of ``rows`` as a figure (see the module docstring).

    ``year`` resolves headers without one (1-10月); ``default_period`` dates
    cells whose row and column give no period.  Cells with no unit from their
    row or column are skipped: a table's bare number is not a figure.
    """
    out: list[TableFigure] = []
    for row in rows:
        label = row.cells[0]
        values = row.cells[1:]
        header = tuple(row.header[-len(values):]) if row.header else ()
        header = ("",) * (len(values) - len(header)) + header
        year_label = _YEAR_LABEL.match(label)
        row_period = year_label.group(1) if year_label else ""
        name = "" if year_label else _UNIT.sub("", label)
        label_unit = _UNIT.search(label)
        label_scale = _scale(label_unit.group(1)) if label_unit else None
        row_metric = _metric(name)
        quote = " ".join(row.cells)
        # per column: a change or share column is about the level column to its left
        column_metrics: list[str] = []
        last = ""
        for head in header:
            if _CHANGE_HEADER.search(head) or _SHARE_HEADER.search(head):
                column_metrics.append(last)
            else:
                last = _metric(_UNIT.sub("", head)) or last
                column_metrics.append(last)
        level_period = ""
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
                scale = (_scale(head_unit.group(1)) if head_unit else None) or label_scale
            if scale is None:
                continue
            number = Decimal(cell.rstrip("%％").replace(",", "").replace("，", "").replace("．", ".")
                             .replace("－", "-").replace("−", "-"))
            measure = "share" if share else ("pct_change" if change else "level")
            metric = row_metric or column_metrics[j] or (row_level_metric if measure != "level" else "") \
                or lexicon.UNIT_METRICS.get(scale[1]) \
                or ("count" if lexicon.UNIT_ALLOWS.get(scale[1]) is lexicon.COUNTERS else "other")
            if measure == "level" and not row_level_metric:
                row_level_metric = metric
            period = row_period or (level_period if change or share else _period(head, year))
            if measure == "level" and period and not level_period:
                level_period = period
            basis = next((w for w in lexicon.BASIS_WORDS if w in to_simplified(head)), "")
            if not basis and change and ("比上年" in head or "较上年" in head):
                basis = "上年"
            out.append(TableFigure(number * scale[0], scale[1], metric, measure, period or default_period, basis,
                                   name or _UNIT.sub("", head), quote, row.number))
    return out

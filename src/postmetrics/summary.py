"""A quick summary of many pages: counts, level figures by group × metric.

Figures are only added up where adding makes sense: an additive metric
(volume, revenue, sales, business_total, money, customers), same group,
metric and unit, measure ``level``, and one single period among them.
Otherwise (14 乡镇 and 106 行政村 are both 个, but adding them means nothing)
the summary shows the count and the range (min–max, ranges' upper ends
included).

Even then a total is never added to its own parts.  For each place
(province, city, county) only its largest figure counts: a bulletin's total
and its 其中 parts, or the same figure stated twice (headline and body, two
articles of an archive), are one figure, not their sum.  A place inside
another place that has a figure at least as large (a city of its province,
a county of its city, a province of the nation) is part of that figure and
is not added either.  The sum is then the total stated where one is, else
the sum of places that do not contain each other; ``left_out`` counts the
figures not added.

The accumulator keeps aggregates, the largest figure per place while a cell
has one period, and a small heap, never all rows, so memory stays flat over
an archive.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .model import COLUMNS, Figure

if TYPE_CHECKING:
    import pandas as pd

    from .extract import Document

#: columns the summary can group by (period: a series over time).
GROUPS = ("province", "city", "item", "doc", "period")
#: metrics whose level figures may be added up (same unit and period).
ADDITIVE = frozenset({"volume", "revenue", "sales", "business_total", "money", "customers"})
SUMMARY_COLUMNS = ("group", "metric", "unit", "figures", "sum", "left_out", "min", "max", "periods")

Place = tuple[str, str, str]


@dataclass
class _Cell:
    figures: int = 0
    low: float = float("inf")
    high: float = float("-inf")
    periods: set[str] = field(default_factory=set)
    #: the largest value stated for each place, kept while the cell has one period
    largest: dict[Place, float] | None = field(default_factory=dict)

    def add(self, f: Figure) -> None:
        self.figures += 1
        self.low = min(self.low, f.value)
        self.high = max(self.high, f.value if f.value_high is None else f.value_high)
        if len(self.periods) < 50:
            self.periods.add(f.period)
        if len(self.periods) > 1:
            self.largest = None  # no sum across periods: the places are not needed
        elif self.largest is not None:
            place = (f.province, f.city, f.county)
            self.largest[place] = max(f.value, self.largest.get(place, f.value))

    def total(self) -> tuple[float, int]:
        """The sum of the figures that contain no other (see the module's
        docstring), and how many figures were left out of it."""
        largest = self.largest or {}
        added = [value for place, value in largest.items()
                 if not any(largest.get(outer, float("-inf")) >= value for outer in _outer(place))]
        return sum(added), self.figures - len(added)


def _outer(place: Place) -> list[Place]:
    """The places that contain ``place``: its city, its province, the nation."""
    province, city, county = place
    outer = []
    if county:
        outer.append((province, city, ""))
    if city or county:
        outer.append((province, "", ""))
    if province:
        outer.append(("", "", ""))
    return outer


@dataclass
class Summary:
    """Accumulates documents; :meth:`frame` and :meth:`print` show the result."""

    by: str = "province"
    pages: int = 0
    items: int = 0
    figures: int = 0
    cells: dict[tuple[str, str, str], _Cell] = field(default_factory=dict)
    largest: dict[str, list[tuple[float, int, Figure]]] = field(default_factory=dict)
    _seen: int = 0

    def add(self, document: "Document", metrics: set[str] | None = None) -> None:
        """Add one document's items and figures (optionally only some metrics)."""
        self.pages += 1
        self.items += len(document.items)
        self.add_figures(f for f in document.figures if metrics is None or f.metric in metrics)

    def add_figures(self, figures: Iterable[Figure], top: int = 20) -> None:
        for f in figures:
            self.figures += 1
            if f.measure != "level":
                continue
            key = (self._group(f), f.metric, f.unit)
            self.cells.setdefault(key, _Cell()).add(f)
            self._seen += 1
            entry = (f.value, -self._seen, f)
            heap = self.largest.setdefault(f.unit, [])
            if len(heap) < top:
                heapq.heappush(heap, entry)
            elif f.value > heap[0][0]:
                heapq.heapreplace(heap, entry)

    def _group(self, f: Figure) -> str:
        if self.by == "item":
            return f"{f.doc}#{f.item} {f.headline}".strip()
        if self.by == "doc":
            return f.doc
        if self.by == "city":
            return f.city or f.province or "(全国/未知)"
        if self.by == "period":
            return f.period or "(no period)"
        return f.province or "(全国/未知)"

    def frame(self) -> "pd.DataFrame":
        """One row per group × metric × unit: figures, sum (when it means something),
        left_out (figures not added: parts of a total, repeats), min, max, periods."""
        import pandas as pd

        rows = []
        for (group, metric, unit), c in sorted(self.cells.items()):
            total, left_out = c.total() if _summable(metric, c) else (float("nan"), 0)
            rows.append({"group": group, "metric": metric, "unit": unit, "figures": c.figures,
                         "sum": total, "left_out": left_out, "min": c.low, "max": c.high,
                         "periods": "; ".join(sorted(p for p in c.periods if p))})
        return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))

    def print(self, top: int = 5, console=None) -> None:
        """Print the summary with rich (to stdout unless ``console`` is given)."""
        from rich.table import Table

        from .render import quiet_pipe_console

        console = console or quiet_pipe_console()
        console.print(f"[bold]{self.pages}[/] {_plural(self.pages, 'page')}, [bold]{self.items}[/] "
                      f"{_plural(self.items, 'item')}, [bold]{self.figures}[/] {_plural(self.figures, 'figure')}")
        if not self.cells:  # nothing read (every file failed, or pages without figures): no empty frame
            return
        table = Table(title=f"Level figures by {self.by} × metric", header_style="bold")
        for name in ("group", "metric", "unit", "figures", "sum / range", "not added", "periods"):
            table.add_column(name, justify="right" if name in ("figures", "sum / range", "not added") else "left")
        left_out_anywhere = False
        for (group, metric, unit), c in sorted(self.cells.items()):
            left_out = 0
            if _summable(metric, c):
                total, left_out = c.total()
                shown = _num(total)
            elif c.low == c.high:
                shown = _num(c.low)
            else:
                shown = f"{_num(c.low)} – {_num(c.high)}"
            left_out_anywhere = left_out_anywhere or left_out > 0
            table.add_row(group, metric, unit, str(c.figures), shown, str(left_out) if left_out else "",
                          "; ".join(sorted(p or "∅" for p in c.periods))[:40])
        console.print(table)
        if left_out_anywhere:
            console.print("not added: parts of a total stated for the same place or a place around it "
                          "(其中…, a city of its province), and figures stated twice")
        for unit in ("元", "件"):
            heap = self.largest.get(unit)
            if not top or not heap:
                continue
            big = Table(title=f"Largest figures in {unit}", header_style="bold", expand=True)
            for name in ("value", "metric", "place", "period", "quote"):
                big.add_column(name, justify="right" if name == "value" else "left", overflow="ellipsis",
                               no_wrap=True, ratio=1 if name == "quote" else None,
                               min_width={"value": 9, "metric": 8, "place": 6, "period": 9}.get(name, 8))
            for value, _, f in sorted(heap, reverse=True)[:top]:
                big.add_row(_num(value), f.metric, f.county or f.city or f.province or "全国/未知", f.period, f.quote)
            console.print(big)


def _summable(metric: str, c: _Cell) -> bool:
    return metric in ADDITIVE and len(c.periods) == 1


def _num(x: float) -> str:
    if abs(x) >= 1e8:
        return f"{x / 1e8:,.2f}亿"
    if abs(x) >= 1e4:
        return f"{x / 1e4:,.2f}万"
    return f"{x:,.10g}"


def summarize(figures: "Iterable[Figure] | pd.DataFrame", by: str = "province") -> "pd.DataFrame":
    """The summary table of ``figures`` (Figure objects or an extract_frame
    DataFrame) as a DataFrame with columns SUMMARY_COLUMNS.

    Raises ``ValueError`` for an unknown ``by`` (one of GROUPS).
    """
    if by not in GROUPS:
        raise ValueError(f"by must be one of {', '.join(GROUPS)}, not {by!r}")
    if hasattr(figures, "to_dict"):  # a DataFrame of the figures table
        missing = [c for c in COLUMNS if c not in figures.columns]
        if missing:
            raise ValueError(f"not a figures table (see postmetrics.COLUMNS); missing {', '.join(missing)}")
        rows = figures[list(COLUMNS)].to_dict("records")
        figures = [Figure(**{k: (None if k == "value_high" and v != v else v) for k, v in r.items()}) for r in rows]
    s = Summary(by=by)
    s.add_figures(figures)
    return s.frame()


def _plural(n: int, word: str) -> str:
    """``word`` for one, ``word`` + s for any other count (1 page, 3 pages, 0 figures)."""
    return word if n == 1 else word + "s"

"""A quick summary of many pages: counts, level figures by group × metric.

Figures are only added up where adding makes sense: same group, metric and
unit, measure ``level``, and one single period among them.  Where periods
differ the summary shows the count and the range (min–max) instead of a sum.
The accumulator keeps aggregates and a small heap, never all rows, so memory
stays flat over an archive.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .model import Figure

if TYPE_CHECKING:
    import pandas as pd

    from .extract import Document

#: columns the summary can group by.
GROUPS = ("province", "city", "item", "doc")
SUMMARY_COLUMNS = ("group", "metric", "unit", "figures", "sum", "min", "max", "periods")


@dataclass
class _Cell:
    figures: int = 0
    total: float = 0.0
    low: float = float("inf")
    high: float = float("-inf")
    periods: set[str] = field(default_factory=set)

    def add(self, f: Figure) -> None:
        self.figures += 1
        self.total += f.value
        self.low = min(self.low, f.value)
        self.high = max(self.high, f.value)
        if len(self.periods) < 50:
            self.periods.add(f.period)


@dataclass
class Summary:
    """Accumulates documents; :meth:`frame` and :meth:`print` show the result."""

    by: str = "province"
    pages: int = 0
    items: int = 0
    figures: int = 0
    cells: dict[tuple[str, str, str], _Cell] = field(default_factory=dict)
    largest: list[tuple[float, int, Figure]] = field(default_factory=list)
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
            if len(self.largest) < top:
                heapq.heappush(self.largest, entry)
            elif f.value > self.largest[0][0]:
                heapq.heapreplace(self.largest, entry)

    def _group(self, f: Figure) -> str:
        if self.by == "item":
            return f"{f.doc}#{f.item} {f.headline}".strip()
        if self.by == "doc":
            return f.doc
        if self.by == "city":
            return f.city or f.province or "(全国/未知)"
        return f.province or "(全国/未知)"

    def frame(self) -> "pd.DataFrame":
        """One row per group × metric × unit: figures, sum (when periods agree), min, max, periods."""
        import pandas as pd

        rows = []
        for (group, metric, unit), c in sorted(self.cells.items()):
            one_period = len(c.periods) == 1
            rows.append({"group": group, "metric": metric, "unit": unit, "figures": c.figures,
                         "sum": c.total if one_period else float("nan"), "min": c.low, "max": c.high,
                         "periods": "; ".join(sorted(p or "∅" for p in c.periods))})
        return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))

    def print(self, top: int = 5, console=None) -> None:
        """Print the summary with rich (to stdout unless ``console`` is given)."""
        from rich.console import Console
        from rich.table import Table

        console = console or Console()
        console.print(f"[bold]{self.pages}[/] pages, [bold]{self.items}[/] items, "
                      f"[bold]{self.figures}[/] figures")
        table = Table(title=f"Level figures by {self.by} × metric", header_style="bold")
        for name in ("group", "metric", "unit", "figures", "sum / range", "periods"):
            table.add_column(name, justify="right" if name in ("figures", "sum / range") else "left")
        for (group, metric, unit), c in sorted(self.cells.items()):
            if len(c.periods) == 1:
                shown = _num(c.total)
            else:
                shown = f"{_num(c.low)} – {_num(c.high)}"
            table.add_row(group, metric, unit, str(c.figures), shown,
                          "; ".join(sorted(p or "∅" for p in c.periods))[:40])
        console.print(table)
        if top and self.largest:
            big = Table(title="Largest figures", header_style="bold")
            for name in ("value", "unit", "metric", "place", "quote"):
                big.add_column(name, justify="right" if name == "value" else "left", overflow="fold")
            for value, _, f in sorted(self.largest, reverse=True)[:top]:
                big.add_row(_num(value), f.unit, f.metric, f.county or f.city or f.province, f.quote)
            console.print(big)


def _num(x: float) -> str:
    if abs(x) >= 1e8:
        return f"{x / 1e8:,.2f}亿"
    if abs(x) >= 1e4:
        return f"{x / 1e4:,.2f}万"
    return f"{x:,.10g}"


def summarize(figures: Iterable[Figure], by: str = "province") -> "pd.DataFrame":
    """The summary table of ``figures`` as a DataFrame (columns SUMMARY_COLUMNS)."""
    s = Summary(by=by)
    s.add_figures(figures)
    return s.frame()

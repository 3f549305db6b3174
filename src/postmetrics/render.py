"""Rendering rows: CSV, JSON Lines, JSON, or a rich table for the terminal.

Rows are written as they come (one page at a time), so memory stays flat on
an archive; only the terminal table collects its rows before printing.
"""
from __future__ import annotations

import csv
import json
import math
from typing import IO, Iterable, Sequence

from .io import install_hint

FORMATS = ("csv", "jsonl", "json", "table", "parquet", "xlsx")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return repr(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return str(value)


def _json_value(value: object) -> object:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return value
    return value


#: the room an items table leaves its headlines (a dozen Chinese characters), in cells
_HEADLINE_ROOM = 24
_SHORT_HEADERS = {"item_kind": "kind", "item_date": "date", "first_line": "first", "last_line": "last",
                  "province": "prov.", "figures": "figs"}


def _short_doc(doc: str) -> str:
    """The file name without its folders, for the terminal view."""
    return doc.rsplit("/", 1)[-1]


class Renderer:
    """Writes rows (dicts) in one format to ``out``; call :meth:`close` at the end."""

    def __init__(self, fmt: str, columns: Sequence[str], out: IO[str], path: str | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
        self.fmt, self.columns, self.out, self.path = fmt, tuple(columns), out, path
        self._rows: list[dict] = []
        self._first = True
        if fmt == "csv":
            self._csv = csv.writer(out, lineterminator="\n")
            self._csv.writerow(self.columns)

    def write(self, rows: Iterable[dict]) -> None:
        for row in rows:
            if self.fmt == "csv":
                self._csv.writerow([_cell(row.get(c)) for c in self.columns])
            elif self.fmt == "jsonl":
                self.out.write(json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False) + "\n")
            elif self.fmt == "json":
                self.out.write(("[\n" if self._first else ",\n")
                               + json.dumps({c: row.get(c) for c in self.columns}, ensure_ascii=False))
                self._first = False
            else:
                self._rows.append(row)
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self._first else "\n]\n")
        elif self.fmt == "table":
            self._table()
        elif self.fmt in ("parquet", "xlsx"):
            self._binary()
        self.out.flush()

    def _binary(self) -> None:
        """Parquet or Excel through pandas (pyarrow / openpyxl); ImportError names the extra."""
        import pandas as pd

        from .frame import DTYPES

        df = pd.DataFrame(self._rows, columns=list(self.columns))
        for col in self.columns:
            if col in DTYPES:
                df[col] = df[col].astype(DTYPES[col])
        if self.fmt == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError as e:
                raise ImportError(f"--parquet needs pyarrow: {install_hint('formats')}") from e
            df.to_parquet(self.path, index=False)
        else:
            try:
                import openpyxl  # noqa: F401
            except ImportError as e:
                raise ImportError(f"--xlsx needs openpyxl: {install_hint('formats')}") from e
            df.to_excel(self.path, index=False)

    def _table(self) -> None:
        """A compact terminal view: the figures table shows place, meaning,
        value and the quote cut to the screen; every column is in --csv/--jsonl."""
        from rich.cells import cell_len
        from rich.table import Table

        console = quiet_pipe_console(file=self.out)
        if "metric" in self.columns:
            several = len({r.get("doc") for r in self._rows}) > 1
            names = (["doc"] if several else []) + ["item", "place", "metric", "measure", "value", "unit",
                                                   "qual.", "period", "line", "quote"]
            rows = []
            for r in self._rows:
                value = _cell(r.get("value"))
                if r.get("value_high") is not None:
                    value += "–" + _cell(r.get("value_high"))
                cells = [_short_doc(r.get("doc", ""))] if several else []
                rows.append(cells + [_cell(r.get("item")), r.get("county") or r.get("city") or r.get("province") or "",
                                     r.get("metric", ""), r.get("measure", ""), value, r.get("unit", ""),
                                     r.get("qualifier", ""), r.get("period", ""), _cell(r.get("line")),
                                     r.get("quote", "")])
            caps = {"doc": 18, "place": 12, "period": 21}
            widths = [min(caps.get(n, 30), max([cell_len(n)] + [cell_len(row[i]) for row in rows]))
                      for i, n in enumerate(names)]
            widths[-1] = 0  # the quote takes what is left
        else:
            several = len({r.get("doc") for r in self._rows}) > 1
            shown = [c for c in self.columns if c != "doc" or several]
            names = [_SHORT_HEADERS.get(c, c) for c in shown]
            rows = [[_short_doc(r.get(c, "")) if c == "doc" else _cell(r.get(c)) for c in shown]
                    for r in self._rows]
            caps = {"doc": 18, "org": 16, "prov.": 10, "city": 10, "county": 10, "period": 21}
            widths = [0 if n == "headline" else min(caps.get(n, 12), max([cell_len(n)] + [cell_len(row[i]) for row in rows]))
                      for i, n in enumerate(names)]
        from rich import box

        hidden = []
        while len(names) > 4 and sum(max(w, 10) for w in widths) + 2 * len(names) > console.width \
                and names[-1] in ("quote", "line", "headline", "org"):
            hidden.append(names.pop())  # never cut a period or a value silently: drop whole columns instead
            widths.pop()
            rows = [row[:-1] for row in rows]
        # the items table: its headline keeps room for a dozen characters; the reporting unit and the
        # item's first and last lines give way first
        while "headline" in names and sum(max(w, 10) for w in widths) + _HEADLINE_ROOM + 2 * len(names) > console.width:
            drop = next((k for k, n in enumerate(names) if n in ("org", "first", "last")), None)
            if drop is None:
                break
            hidden.append(names.pop(drop))
            widths.pop(drop)
            rows = [row[:drop] + row[drop + 1:] for row in rows]
        narrow = sum(max(w, 10) for w in widths) + 2 * len(names) > console.width
        if narrow and "period" in names:  # a range folds at its slash, onto a second line, never cut
            k = names.index("period")
            rows = [row[:k] + [row[k].replace("/", "/\n")] + row[k + 1:] for row in rows]
        table = Table(header_style="bold", box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1), collapse_padding=True,
                      show_edge=False,  # (no blank line over the header: `| head -3` shows a row)
                      expand=0 in widths)
        for name, width in zip(names, widths):
            right = "right" if name in ("item", "value", "line", "figures") else "left"
            if width == 0:
                table.add_column(name, ratio=1, no_wrap=True, overflow="ellipsis", justify=right,
                                 min_width=_HEADLINE_ROOM if name == "headline" else 10)
            elif narrow and name == "period":  # 2023-01-01/2023-03-20 folds onto two lines rather than being cut
                table.add_column(name, min_width=10, max_width=width, no_wrap=False, overflow="fold")
            else:
                table.add_column(name, min_width=width, max_width=width, no_wrap=True, overflow="ellipsis",
                                 justify=right)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        if hidden:
            console.print(f"({', '.join(reversed(hidden))} not shown at this width; every column is in --csv)")
        if not self._rows:
            console.print("no rows")


def quiet_pipe_console(**kwargs):
    """A rich Console whose reader may stop early (`postmetrics extract x --table | head`): a closed
    pipe raises BrokenPipeError for the CLI to end with exit 0, not rich's SystemExit(1)
    (rich's documented hook, Console.on_broken_pipe)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _Console(**kwargs)

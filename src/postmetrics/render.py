"""Rendering rows: CSV, JSON Lines, JSON, or a rich table for the terminal.

Rows are written as they come (one page at a time), so memory stays flat on
an archive; only the terminal table collects its rows before printing.
"""
from __future__ import annotations

import csv
import json
import math
from typing import IO, Iterable, Sequence

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
                raise ImportError("--parquet needs pyarrow: pip install 'postmetrics[formats]'") from e
            df.to_parquet(self.path, index=False)
        else:
            try:
                import openpyxl  # noqa: F401
            except ImportError as e:
                raise ImportError("--xlsx needs openpyxl: pip install 'postmetrics[formats]'") from e
            df.to_excel(self.path, index=False)

    def _table(self) -> None:
        from rich.console import Console
        from rich.table import Table

        shown = [c for c in self.columns if c not in ("doc", "headline", "org", "subject")] \
            if "metric" in self.columns else list(self.columns)
        table = Table(show_lines=False, header_style="bold")
        for c in shown:
            table.add_column(c, justify="right" if c in ("value", "value_high", "line", "item") else "left",
                             overflow="fold")
        for row in self._rows:
            table.add_row(*[_cell(row.get(c)) for c in shown])
        Console(file=self.out).print(table)
        if not self._rows:
            Console(file=self.out).print("no rows")

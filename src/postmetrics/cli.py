"""The ``postmetrics`` command line: read pages, print the figures table.

The CLI only reads files, calls the library and renders; every rule lives in
the library.  Errors are one line on stderr (``Error: FILE: reason``) and
never stop the other files; exit status 0 = fine, 1 = some input failed,
2 = usage error.
"""
from __future__ import annotations

import sys
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from . import __version__
from .io import InputError, iter_inputs, read_page
from .model import COLUMNS
from .render import FORMATS, Renderer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extract business figures (parcel volumes, revenue, sales, growth rates, counts) "
         "from Chinese postal-industry news pages given as plain text.",
)

ITEM_COLUMNS = ("doc", "item", "item_kind", "headline", "province", "city", "county", "org",
                "item_date", "first_line", "last_line", "figures")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"postmetrics {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Extract business figures from Chinese postal-industry news text."""


def _pick_format(csv_: bool, jsonl: bool, json_: bool, table: bool) -> str:
    chosen = [name for name, on in (("csv", csv_), ("jsonl", jsonl), ("json", json_), ("table", table)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter(f"choose one output format, not {', '.join('--' + c for c in chosen)}")
    if chosen:
        return chosen[0]
    return "table" if sys.stdout.isatty() else "csv"


PATHS = typer.Argument(..., metavar="PATH...", help="Text files, directories (every *.txt inside, sorted) or - for standard input.")
CSV = typer.Option(False, "--csv", help="CSV (UTF-8, header row) on stdout. The default when stdout is not a terminal.")
JSONL = typer.Option(False, "--jsonl", help="One JSON object per row (Chinese unescaped).")
JSON = typer.Option(False, "--json", help="One JSON array of rows.")
TABLE = typer.Option(False, "--table", help="A table for the terminal. The default when stdout is a terminal.")
ISSUE_DATE = typer.Option(None, "--issue-date", metavar="YYYY-MM-DD",
                          help="Date of the page, for relative dates (今年, 3月17日). "
                               "Default: read from the page or inferred (a note says so).")
ENCODING = typer.Option(None, "--encoding", help="Input encoding (default: detected; UTF-8, GB18030, Big5, UTF-16).")
QUIET = typer.Option(False, "--quiet", "-q", help="No notes on stderr, only errors.")
DEBUG = typer.Option(False, "--debug", help="Show the traceback of an error.")


def _run(paths: List[str], fmt: str, issue_date: Optional[str], encoding: Optional[str],
         quiet: bool, debug: bool, kind: str) -> None:
    from .dates import parse_issue_date
    from .extract import extract_document

    try:
        parse_issue_date(issue_date)
    except ValueError:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {issue_date!r}", param_hint="--issue-date")
    columns = COLUMNS if kind == "figures" else ITEM_COLUMNS
    renderer = Renderer(fmt, columns, sys.stdout)
    failed = False
    for source in iter_inputs(paths):
        try:
            name, text = read_page(source, encoding=encoding)
            document = extract_document(text, doc=name, issue_date=issue_date)
        except InputError as e:
            failed = True
            typer.echo(f"Error: {e}", err=True)
            continue
        except Exception as e:  # noqa: BLE001 - one bad file must not stop the others
            failed = True
            if debug:
                traceback.print_exc()
            typer.echo(f"Error: {source}: {type(e).__name__}: {e}", err=True)
            continue
        ref = document.reference
        if not quiet and issue_date is None and ref is not None and ref.source == "inferred":
            when = f"{ref.year}" + (f"-{ref.month:02d}-{ref.day:02d}" if ref.month and ref.day else "")
            typer.echo(f"Note: {name}: no --issue-date; reference date inferred as {when}", err=True)
        rows: Iterator[dict] = (asdict(f) for f in document.figures) if kind == "figures" else iter(document.items)
        renderer.write(rows)
    renderer.close()
    if failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    issue_date: Optional[str] = ISSUE_DATE, encoding: Optional[str] = ENCODING,
    quiet: bool = QUIET, debug: bool = DEBUG,
) -> None:
    """Print every figure of the pages, one row per figure (SCHEMA columns).

    \b
    Examples:
      postmetrics extract page.txt --csv > page.csv
      postmetrics extract archive/ --jsonl | jq .value
      cat page.txt | postmetrics extract - --issue-date 2023-03-23

    In Python: postmetrics.extract_frame(text, doc="page.txt").
    """
    _run(paths, _pick_format(csv_, jsonl, json_, table), issue_date, encoding, quiet, debug, "figures")


@app.command()
def items(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    issue_date: Optional[str] = ISSUE_DATE, encoding: Optional[str] = ENCODING,
    quiet: bool = QUIET, debug: bool = DEBUG,
) -> None:
    """List the news items of the pages: kind, headline, place, date, lines.

    \b
    Example:
      postmetrics items page.txt

    In Python: postmetrics.extract_document(text).items.
    """
    _run(paths, _pick_format(csv_, jsonl, json_, table), issue_date, encoding, quiet, debug, "items")


def main() -> None:
    """Console entry point (``postmetrics``)."""
    try:
        app(prog_name="postmetrics")
    except BrokenPipeError:  # e.g. `postmetrics extract x | head`
        sys.stderr.close()
        sys.exit(0)


__all__ = ["app", "main", "FORMATS", "Path"]

"""The ``postmetrics`` command line: read pages, print the figures table.

The CLI only reads files, calls the library and renders; every rule lives in
the library.  Errors are one line on stderr (``Error: FILE: reason``) and
never stop the other files; exit status 0 = fine, 1 = some input failed,
2 = usage error.
"""
from __future__ import annotations

import glob
import os
import sys
import traceback
from dataclasses import dataclass
from typing import Iterator, List, Optional

import typer

from . import __version__
from .io import InputError, iter_inputs
from .model import COLUMNS, ITEM_KINDS, METRICS
from .render import Renderer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
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


@dataclass(frozen=True)
class OutputOptions:
    """Where and how rows go: ``fmt`` one of csv, jsonl, json, table, parquet, xlsx."""

    fmt: str
    path: Optional[str] = None
    bom: bool = False


def _output(csv_: bool, jsonl: bool, json_: bool, table: bool, excel_csv: bool,
            parquet: Optional[str], xlsx: Optional[str], output: Optional[str]) -> OutputOptions:
    chosen = [name for name, on in (("--csv", csv_), ("--jsonl", jsonl), ("--json", json_),
                                    ("--table", table), ("--excel-csv", excel_csv),
                                    ("--parquet", parquet), ("--xlsx", xlsx)) if on]
    if len(chosen) > 1:
        raise typer.BadParameter(f"choose one output format, not {' and '.join(chosen)}")
    for value, option in ((parquet, "--parquet"), (xlsx, "--xlsx"), (output, "--output")):
        if value is not None and not value.strip():
            raise typer.BadParameter("an empty file name", param_hint=option)
    if parquet or xlsx:
        if output:
            raise typer.BadParameter("-o is for text formats; --parquet and --xlsx take their own FILE")
        target = parquet or xlsx
        _check_writable(target, "--parquet" if parquet else "--xlsx")
        fmt = "parquet" if parquet else "xlsx"
        _check_format_library(fmt)
        return OutputOptions(fmt, target)
    if output:
        _check_writable(output, "--output")
    if excel_csv:
        return OutputOptions("csv", output, bom=True)
    fmt = next((c[2:] for c in chosen), None)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() and not output else "csv"
    return OutputOptions(fmt, output)


def _check_writable(target: str, option: str) -> None:
    """Usage error (exit 2) for an output path that cannot be written, before any work."""
    from pathlib import Path

    if not target.strip():
        raise typer.BadParameter("an empty file name", param_hint=option)
    path = Path(target)
    if target.startswith("-"):
        raise typer.BadParameter(f"{target!r} looks like an option, not a file name", param_hint=option)
    if path.is_dir():
        raise typer.BadParameter(f"{target} is a directory; give a file name", param_hint=option)
    if not path.parent.exists():
        raise typer.BadParameter(f"directory {path.parent} does not exist", param_hint=option)


def _check_format_library(fmt: str) -> None:
    module = {"parquet": "pyarrow", "xlsx": "openpyxl"}[fmt]
    try:
        __import__(module)
    except ImportError:
        raise typer.BadParameter(f"--{fmt} needs {module}: pip install 'postmetrics[formats]'")


def _check_choices(value: Optional[str], allowed: tuple[str, ...], option: str) -> Optional[set[str]]:
    """Comma-separated values checked against ``allowed`` (exit 2 listing them)."""
    chosen = _split(value)
    if chosen is None:
        return None
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise typer.BadParameter(f"unknown {', '.join(unknown)}; choose from {', '.join(allowed)}", param_hint=option)
    return chosen


def _place_names(value: Optional[str]) -> Optional[set[str]]:
    """--place NAME as the full names it may stand for (广东 → 广东省, 中山 → 中山市);
    a name the gazetteer does not know is a usage error."""
    if value is None:
        return None
    from .places import places_named

    names = {p.county or p.city or p.province for p in places_named(value.strip())}
    if not names:
        raise typer.BadParameter(f"no place called {value!r} in the gazetteer", param_hint="--place")
    return names


PATHS = typer.Argument(..., metavar="PATH",
                       help="Text files, directories (every *.txt inside, sorted), shell globs, or - for standard input.")
CSV = typer.Option(False, "--csv", help="CSV (UTF-8, header row). The default when stdout is not a terminal.")
JSONL = typer.Option(False, "--jsonl", help="One JSON object per row (Chinese unescaped).")
JSON = typer.Option(False, "--json", help="One JSON array of rows.")
TABLE = typer.Option(False, "--table", help="A table for the terminal. The default when stdout is a terminal.")
EXCEL_CSV = typer.Option(False, "--excel-csv", help="CSV with a UTF-8 BOM, so Excel shows Chinese correctly.")
PARQUET = typer.Option(None, "--parquet", metavar="FILE", help="Write a Parquet file (needs pyarrow).")
XLSX = typer.Option(None, "--xlsx", metavar="FILE", help="Write an Excel workbook (needs openpyxl).")
OUTPUT = typer.Option(None, "--output", "-o", metavar="FILE", help="Write text output to FILE instead of stdout.")
ISSUE_DATE = typer.Option(None, "--issue-date", metavar="YYYY-MM-DD",
                          help="Date of the page, for relative dates (今年, 3月17日). "
                               "Default: read from the page or inferred (a note says so).")
ENCODING = typer.Option(None, "--encoding", metavar="NAME",
                        help="Input encoding (default: detected; UTF-8, GB18030/GBK, Big5, UTF-16).")
METRIC = typer.Option(None, "--metric", metavar="LIST",
                      help="Only these metrics, comma-separated, from: " + ", ".join(METRICS) + ".")
PLACE = typer.Option(None, "--place", metavar="NAME",
                     help="Only rows whose province, city or county is NAME (广东省 or 广东, 中山市 or 中山).")
ITEM_KIND = typer.Option(None, "--item-kind", metavar="LIST",
                         help="Only these item kinds, comma-separated, from: " + ", ".join(ITEM_KINDS) + ".")
JOBS = typer.Option(1, "--jobs", "-j", min=1, metavar="N",
                    help="Read files in N processes; output order stays the same.")
QUIET = typer.Option(False, "--quiet", "-q", help="No notes or progress on stderr, only errors.")
DEBUG = typer.Option(False, "--debug", help="Show the traceback of an error.")


def _check_issue_date(issue_date: Optional[str]) -> None:
    from .dates import parse_issue_date

    try:
        if issue_date is not None and parse_issue_date(issue_date) is None:
            raise ValueError(issue_date)  # an empty --issue-date ''
    except ValueError:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {issue_date!r}", param_hint="--issue-date")


def _check_encoding(encoding: Optional[str]) -> None:
    import codecs

    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding")


def _split(value: Optional[str]) -> Optional[set[str]]:
    return {v.strip() for v in value.split(",") if v.strip()} if value else None


def _keep(row: dict, metrics: Optional[set[str]], places: Optional[set[str]], kinds: Optional[set[str]]) -> bool:
    if metrics is not None and row.get("metric") not in metrics:
        return False
    if kinds is not None and row.get("item_kind") not in kinds:
        return False
    if places and not places & {row.get("province"), row.get("city"), row.get("county")}:
        return False
    return True


def _results(paths: List[str], issue_date: Optional[str], encoding: Optional[str],
             jobs: int, quiet: bool) -> Iterator[tuple[str, object]]:
    """(source, Document or error) per input file, in input order."""
    from .extract import read_and_extract

    sources = list(iter_inputs(paths))
    show_progress = len(sources) > 1 and sys.stderr.isatty() and not quiet
    tasks = [(s, issue_date, encoding) for s in sources]
    if jobs > 1 and len(sources) > 1 and "-" not in sources:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs)
        results = _ordered_map(pool, tasks, window=8 * jobs)
    else:
        pool = None
        results = (read_and_extract(*t) for t in tasks)
    try:
        if show_progress:
            from rich.progress import Progress

            with Progress(transient=True, console=_stderr_console()) as progress:
                task = progress.add_task("reading", total=len(sources))
                for source, result in zip(sources, results):
                    progress.advance(task)
                    yield source, result
        else:
            yield from zip(sources, results)
    finally:
        if pool is not None:
            pool.shutdown()


def _ordered_map(pool, tasks: list[tuple], window: int) -> Iterator[object]:
    """Results of ``read_and_extract`` over ``tasks`` in order, with at most
    ``window`` files in flight, so memory stays flat on a large archive."""
    from collections import deque

    from .extract import read_and_extract

    pending: deque = deque()
    it = iter(tasks)
    for task in it:
        pending.append(pool.submit(read_and_extract, *task))
        if len(pending) >= window:
            break
    while pending:
        yield pending.popleft().result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(pool.submit(read_and_extract, *nxt))


def _date_note(document) -> None:
    """Say on stderr how the page's reference date was found, when it was not given."""
    ref = document.reference
    if ref is None:
        typer.echo(f"Note: {document.doc}: no date found on the page; relative periods (今年, 3月17日) "
                   "are left empty; give --issue-date", err=True)
    elif ref.source == "inferred":
        when = f"{ref.year}" + (f"-{ref.month:02d}-{ref.day:02d}" if ref.month and ref.day else "")
        typer.echo(f"Note: {document.doc}: no --issue-date; reference date inferred as {when}", err=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _open_output(options: OutputOptions):
    if options.path and options.fmt not in ("parquet", "xlsx"):
        try:
            return open(options.path, "w", encoding="utf-8-sig" if options.bom else "utf-8", newline="")
        except OSError as e:
            raise typer.BadParameter(f"cannot write {options.path}: {e.strerror}", param_hint="--output")
    if options.bom:
        sys.stdout.write("\ufeff")
    return sys.stdout


def _check_not_an_input(output: str, paths: List[str]) -> None:
    """Usage error (exit 2) before anything is opened when the output file is one
    of the inputs (it would be emptied before it is read) or a ``.txt`` file inside
    an input folder (it would be read back as a page)."""
    target = os.path.realpath(output)
    for p in paths:
        if p == "-":
            continue
        for found in (glob.glob(p) if any(c in p for c in "*?[") and not os.path.exists(p) else [p]):
            real = os.path.realpath(found)
            if real == target:
                raise typer.BadParameter(f"{output} is also an input: writing would erase it; choose another file",
                                         param_hint="--output")
            if os.path.isdir(real) and target.startswith(real.rstrip(os.sep) + os.sep) \
                    and target.lower().endswith(".txt"):
                raise typer.BadParameter(f"{output} is inside the input folder {found} and would be read as a page; "
                                         "choose another name or folder", param_hint="--output")


def _check_paths(paths: List[str]) -> None:
    if any(not p.strip() for p in paths):
        raise typer.BadParameter("an empty path; give a file, a directory or - for standard input", param_hint="PATH")


def _run(paths: List[str], options: OutputOptions, issue_date: Optional[str], encoding: Optional[str],
         quiet: bool, debug: bool, kind: str, jobs: int = 1, metric: Optional[str] = None,
         place: Optional[str] = None, item_kind: Optional[str] = None) -> None:

    _check_paths(paths)
    _check_issue_date(issue_date)
    _check_encoding(encoding)
    metrics = _check_choices(metric, METRICS, "--metric")
    kinds = _check_choices(item_kind, ITEM_KINDS, "--item-kind")
    places = _place_names(place)
    columns = COLUMNS if kind == "figures" else ITEM_COLUMNS
    if options.path:
        _check_not_an_input(options.path, paths)
    out = _open_output(options)
    renderer = Renderer(options.fmt, columns, out, path=options.path)
    failed = False
    for source, result in _results(paths, issue_date, encoding, jobs, quiet):
        if isinstance(result, BaseException):
            failed = True
            if isinstance(result, InputError):
                typer.echo(f"Error: {result}", err=True)
            else:
                if debug:
                    traceback.print_exception(type(result), result, result.__traceback__)
                typer.echo(f"Error: {source}: {type(result).__name__}: {result}", err=True)
            continue
        document = result
        if not quiet and issue_date is None:
            _date_note(document)
        rows: Iterator[dict] = (f.as_dict() for f in document.figures) if kind == "figures" else iter(document.items)
        try:
            renderer.write(r for r in rows if _keep(r, metrics, places, kinds))
        except OSError as e:  # a full disk or a closed pipe: nothing more can be written
            if isinstance(e, BrokenPipeError):
                raise
            typer.echo(f"Error: cannot write {options.path or 'standard output'}: {e.strerror or e}", err=True)
            raise typer.Exit(1)
    try:
        renderer.close()
        if out is not sys.stdout:
            out.close()
    except ImportError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(1)
    except OSError as e:  # a full disk, a read-only or special file: found only when writing
        target = options.path or "standard output"
        typer.echo(f"Error: cannot write {target}: {e.strerror or e}", err=True)
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    excel_csv: bool = EXCEL_CSV, parquet: Optional[str] = PARQUET, xlsx: Optional[str] = XLSX,
    output: Optional[str] = OUTPUT,
    issue_date: Optional[str] = ISSUE_DATE, encoding: Optional[str] = ENCODING,
    metric: Optional[str] = METRIC, place: Optional[str] = PLACE, item_kind: Optional[str] = ITEM_KIND,
    jobs: int = JOBS, quiet: bool = QUIET, debug: bool = DEBUG,
) -> None:
    """Print every figure of the pages, one row per figure (columns: docs/schema.md).

    \b
    Examples:
      postmetrics extract page.txt --csv > page.csv
      postmetrics extract archive/ --jsonl --metric volume,revenue
      postmetrics extract archive/ --parquet figures.parquet --jobs 2
      cat page.txt | postmetrics extract - --issue-date 2023-03-23

    In Python: postmetrics.extract_frame(text, doc="page.txt").
    """
    _run(paths, _output(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), issue_date,
         encoding, quiet, debug, "figures", jobs, metric, place, item_kind)


@app.command()
def items(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    excel_csv: bool = EXCEL_CSV, parquet: Optional[str] = PARQUET, xlsx: Optional[str] = XLSX,
    output: Optional[str] = OUTPUT,
    issue_date: Optional[str] = ISSUE_DATE, encoding: Optional[str] = ENCODING,
    item_kind: Optional[str] = ITEM_KIND, place: Optional[str] = PLACE,
    jobs: int = JOBS, quiet: bool = QUIET, debug: bool = DEBUG,
) -> None:
    """List the news items of the pages: kind, headline, place, dateline, lines, figures.

    \b
    Example:
      postmetrics items page.txt

    In Python: postmetrics.extract_items(text).
    """
    _run(paths, _output(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), issue_date,
         encoding, quiet, debug, "items", jobs, None, place, item_kind)


@app.command()
def summary(
    paths: List[str] = PATHS,
    by: str = typer.Option("province", "--by", metavar="province|city|item|doc",
                           help="Group level figures by this column (× metric and unit)."),
    csv_: bool = typer.Option(False, "--csv", help="The summary table as CSV instead of the terminal view."),
    top: int = typer.Option(5, "--top", min=0, metavar="N", help="How many of the largest figures to list per unit."),
    issue_date: Optional[str] = ISSUE_DATE, encoding: Optional[str] = ENCODING,
    metric: Optional[str] = METRIC, jobs: int = JOBS, quiet: bool = QUIET, debug: bool = DEBUG,
) -> None:
    """A quick look: pages, items and figures read, level figures by place × metric.

    Sums only where the metric adds up (volumes, money, customers) and unit
    and period agree; otherwise counts and ranges.

    \b
    Examples:
      postmetrics summary archive/
      postmetrics summary archive/ --by city --csv > summary.csv

    In Python: postmetrics.summarize(postmetrics.extract_frame(text), by="province").
    """
    from .summary import GROUPS, Summary

    if by not in GROUPS:
        raise typer.BadParameter(f"--by takes one of {', '.join(GROUPS)}", param_hint="--by")
    _check_paths(paths)
    _check_issue_date(issue_date)
    _check_encoding(encoding)
    metrics = _check_choices(metric, METRICS, "--metric")
    acc = Summary(by=by)
    failed = False
    for source, result in _results(paths, issue_date, encoding, jobs, quiet):
        if isinstance(result, BaseException):
            failed = True
            typer.echo(f"Error: {result}" if isinstance(result, InputError)
                       else f"Error: {source}: {type(result).__name__}: {result}", err=True)
            if debug and not isinstance(result, InputError):
                traceback.print_exception(type(result), result, result.__traceback__)
            continue
        if not quiet and issue_date is None:
            _date_note(result)
        acc.add(result, metrics)
    if csv_:
        acc.frame().to_csv(sys.stdout, index=False)
    else:
        acc.print(top=top)
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Console entry point (``postmetrics``)."""
    import os

    try:
        app(prog_name="postmetrics", standalone_mode=True)
    except BrokenPipeError:  # `postmetrics extract x | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except Exception as e:  # noqa: BLE001 - never a traceback unless asked for
        if "--debug" in sys.argv:
            raise
        print(f"Error: {type(e).__name__}: {e} (run with --debug for the traceback)", file=sys.stderr)
        sys.exit(1)

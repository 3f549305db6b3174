"""The ``postmetrics`` command line: read pages, print the figures table.

The CLI only reads files, calls the library and renders; every rule lives in
the library.  Errors are one line on stderr (``Error: FILE: reason``) and
never stop the other files; exit status 0 = fine, 1 = some input failed,
2 = usage error.
"""
from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass
from typing import Iterator, List, Optional

import typer

from . import __version__
from .io import InputError, display_name, iter_inputs
from .output import OutputFile, OutputOptions, check_not_an_input, check_not_overwriting, output_options
from .model import COLUMNS, ITEM_KINDS, METRICS
from .render import Renderer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extract business figures (parcel volumes, revenue, sales, growth rates, counts) "
         "from Chinese postal-industry news pages given as plain text, PDF or web pages.",
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
                       help="Text files, PDFs, web pages, directories (every *.txt, *.pdf, *.html, *.htm inside, "
                            "sorted, hidden files skipped), shell globs, or - for standard input.")
CSV = typer.Option(False, "--csv", help="CSV (UTF-8, header row). The default when stdout is not a terminal.")
JSONL = typer.Option(False, "--jsonl", help="One JSON object per row (Chinese unescaped).")
JSON = typer.Option(False, "--json", help="One JSON array of rows.")
TABLE = typer.Option(False, "--table", help="A table for the terminal. The default when stdout is a terminal.")
EXCEL_CSV = typer.Option(False, "--excel-csv", help="CSV with a UTF-8 BOM, so Excel shows Chinese correctly.")
PARQUET = typer.Option(None, "--parquet", metavar="FILE", help="Write a Parquet file (needs pyarrow).")
XLSX = typer.Option(None, "--xlsx", metavar="FILE", help="Write an Excel workbook (needs openpyxl).")
OUTPUT = typer.Option(None, "--output", "-o", metavar="FILE",
                      help="Write to FILE instead of stdout, in the format its extension names "
                           "(.csv, .jsonl, .json, .parquet, .xlsx; else CSV). Never over an input; "
                           "never over an existing file without --force.")
FORCE = typer.Option(False, "--force", help="Replace the output FILE if it exists.")
ISSUE_DATE = typer.Option(None, "--issue-date", metavar="YYYY-MM-DD",
                          help="Date of the page, for relative dates (今年, 3月17日). "
                               "Default: read from the page or inferred (a note says so).")
ISSUE_DATE_FROM = typer.Option(None, "--issue-date-from", metavar="path",
                               help="Date each file by the date in its path (zgyzb-2023-03-20.txt, "
                                    "2023/03/20/page2.txt, 20230320_A05.txt); --issue-date wins over it.")
STRICT_ENCODING = typer.Option(False, "--strict-encoding",
                               help="Refuse a file with bytes not valid in its encoding "
                                    "(default: replace them by U+FFFD and say how many).")
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
VERBOSE = typer.Option(False, "--verbose", "-v", help="Every note for every file, as it comes "
                                                      "(default: one summary at the end).")
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


@dataclass(frozen=True)
class ReadOptions:
    """How files are read: ``issue_date`` for every file, or ``from_path`` to
    date each by its path; ``encoding``; ``strict`` refusal of stray bytes."""

    issue_date: Optional[str] = None
    from_path: bool = False
    encoding: Optional[str] = None
    strict: bool = False
    jobs: int = 1


def _results(paths: List[str], read: ReadOptions, notes) -> Iterator[tuple[str, object]]:
    """(source, Document, PagedDocument or error) per input file, in input order;
    each document is noted once it has been used (a PagedDocument is read as it is used)."""
    from .batch import read_all
    from .io import date_from_path

    sources = list(iter_inputs(paths))
    show_progress = len(sources) > 1 and sys.stderr.isatty() and not notes.quiet
    tasks = []
    for s in sources:
        issue_date = read.issue_date
        if issue_date is None and read.from_path and s != "-":
            found = date_from_path(s)
            issue_date = found.isoformat() if found else None
        tasks.append((s, issue_date, read.encoding, read.strict))
    results = zip(sources, tasks, read_all(tasks, read.jobs))
    if show_progress:
        from rich.progress import Progress

        with Progress(transient=True, console=_stderr_console()) as progress:
            task = progress.add_task("reading", total=len(sources))
            for source, t, result in results:
                progress.advance(task)
                yield source, result
                _note(notes, result, t, read)
    else:
        for source, t, result in results:
            yield source, result
            _note(notes, result, t, read)


def _note(notes, result: object, task: tuple, read: ReadOptions) -> None:
    if not isinstance(result, BaseException):
        notes.document(result, dated=task[1] is not None, path_dates=read.from_path and task[0] != "-")


def _error(result: BaseException, source: str, debug: bool) -> None:
    """One line on stderr for a file that failed (the traceback too with --debug)."""
    if isinstance(result, InputError):
        typer.echo(f"Error: {result}", err=True)
        return
    if debug:
        traceback.print_exception(type(result), result, result.__traceback__)
    typer.echo(f"Error: {display_name(source)}: {type(result).__name__}: {result}", err=True)


def _notes(quiet: bool, verbose: bool):
    from .batch import Notes

    return Notes(echo=lambda line: typer.echo(line, err=True), verbose=verbose, quiet=quiet)


def _check_read_options(issue_date: Optional[str], issue_date_from: Optional[str], encoding: Optional[str],
                        strict: bool, jobs: int) -> ReadOptions:
    _check_issue_date(issue_date)
    _check_encoding(encoding)
    if issue_date_from is not None and issue_date_from != "path":
        raise typer.BadParameter(f"takes 'path', not {issue_date_from!r}", param_hint="--issue-date-from")
    return ReadOptions(issue_date, issue_date_from == "path" and issue_date is None, encoding, strict, jobs)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _check_paths(paths: List[str]) -> None:
    if any(not p.strip() for p in paths):
        raise typer.BadParameter("an empty path; give a file, a directory or - for standard input", param_hint="PATH")


def _run(paths: List[str], options: OutputOptions, read: ReadOptions, quiet: bool, verbose: bool, debug: bool,
         kind: str, force: bool = False, metric: Optional[str] = None, place: Optional[str] = None,
         item_kind: Optional[str] = None) -> None:

    from .batch import parts

    _check_paths(paths)
    metrics = _check_choices(metric, METRICS, "--metric")
    kinds = _check_choices(item_kind, ITEM_KINDS, "--item-kind")
    places = _place_names(place)
    columns = COLUMNS if kind == "figures" else ITEM_COLUMNS
    if options.path:
        check_not_an_input(options.path, paths)
        check_not_overwriting(options, force)
    out = OutputFile(options)
    target = display_name(options.path) if options.path else "standard output"
    notes = _notes(quiet, verbose)
    failed = False
    try:
        renderer = Renderer(options.fmt, columns, out.stream, path=out.target if options.path else None)
        for source, result in _results(paths, read, notes):
            for part in [result] if isinstance(result, BaseException) else parts(result):
                if isinstance(part, BaseException):
                    failed = True
                    _error(part, source, debug)
                    continue
                rows: Iterator[dict] = (f.as_dict() for f in part.figures) if kind == "figures" else iter(part.items)
                renderer.write(r for r in rows if _keep(r, metrics, places, kinds))
        renderer.close()
        out.commit()
    except BrokenPipeError:
        out.discard()
        raise
    except ImportError as e:
        out.discard()
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(1)
    except OSError as e:  # a full disk, a read-only or special file: found only when writing
        out.discard()
        typer.echo(f"Error: cannot write {target}: {e.strerror or e}", err=True)
        raise typer.Exit(1)
    except BaseException:
        out.discard()
        raise
    notes.finish()
    if failed:
        raise typer.Exit(1)


class _Command(typer.core.TyperCommand):
    """A command whose help names its arguments ``PATH...`` (typer's own would
    read ``{PATH}...`` in the usage line and ``PATH <list[str]>`` below it)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                help_record = param.get_help_record

                def clean(ctx, help_record=help_record, name=_arg_name(param)):
                    record = help_record(ctx)
                    return record and (name, record[1])

                param.get_help_record = clean

    def collect_usage_pieces(self, ctx) -> list[str]:
        return ["[OPTIONS]"] + [_arg_name(p) for p in self.get_params(ctx) if isinstance(p, typer.core.TyperArgument)]


def _arg_name(param) -> str:
    name = param.metavar or (param.name or "").upper()
    return f"{name}..." if param.nargs != 1 else name


@app.command(cls=_Command)
def extract(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    excel_csv: bool = EXCEL_CSV, parquet: Optional[str] = PARQUET, xlsx: Optional[str] = XLSX,
    output: Optional[str] = OUTPUT, force: bool = FORCE,
    issue_date: Optional[str] = ISSUE_DATE, issue_date_from: Optional[str] = ISSUE_DATE_FROM,
    encoding: Optional[str] = ENCODING, strict_encoding: bool = STRICT_ENCODING,
    metric: Optional[str] = METRIC, place: Optional[str] = PLACE, item_kind: Optional[str] = ITEM_KIND,
    jobs: int = JOBS, quiet: bool = QUIET, verbose: bool = VERBOSE, debug: bool = DEBUG,
) -> None:
    """Print every figure of the pages, one row per figure (columns: docs/schema.md).

    \b
    Examples:
      postmetrics extract page.txt --csv > page.csv
      postmetrics extract archive/ --jsonl --metric volume,revenue
      postmetrics extract archive/ -o figures.parquet --jobs 2
      postmetrics extract archive/ --issue-date-from path -o figures.csv
      cat page.txt | postmetrics extract - --issue-date 2023-03-23

    In Python: postmetrics.extract_frame(text, doc="page.txt").
    """
    read = _check_read_options(issue_date, issue_date_from, encoding, strict_encoding, jobs)
    _run(paths, output_options(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), read,
         quiet, verbose, debug, "figures", force, metric, place, item_kind)


@app.command(cls=_Command)
def items(
    paths: List[str] = PATHS,
    csv_: bool = CSV, jsonl: bool = JSONL, json_: bool = JSON, table: bool = TABLE,
    excel_csv: bool = EXCEL_CSV, parquet: Optional[str] = PARQUET, xlsx: Optional[str] = XLSX,
    output: Optional[str] = OUTPUT, force: bool = FORCE,
    issue_date: Optional[str] = ISSUE_DATE, issue_date_from: Optional[str] = ISSUE_DATE_FROM,
    encoding: Optional[str] = ENCODING, strict_encoding: bool = STRICT_ENCODING,
    item_kind: Optional[str] = ITEM_KIND, place: Optional[str] = PLACE,
    jobs: int = JOBS, quiet: bool = QUIET, verbose: bool = VERBOSE, debug: bool = DEBUG,
) -> None:
    """List the news items of the pages: kind, headline, place, dateline, lines, figures.

    \b
    Example:
      postmetrics items page.txt

    In Python: postmetrics.extract_items(text).
    """
    read = _check_read_options(issue_date, issue_date_from, encoding, strict_encoding, jobs)
    _run(paths, output_options(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), read,
         quiet, verbose, debug, "items", force, None, place, item_kind)


@app.command(cls=_Command)
def summary(
    paths: List[str] = PATHS,
    by: str = typer.Option("province", "--by", metavar="province|city|item|doc|period",
                           help="Group level figures by this column (× metric and unit); "
                                "period gives a series over time."),
    csv_: bool = typer.Option(False, "--csv", help="The summary table as CSV instead of the terminal view."),
    top: int = typer.Option(5, "--top", min=0, metavar="N", help="How many of the largest figures to list per unit."),
    issue_date: Optional[str] = ISSUE_DATE, issue_date_from: Optional[str] = ISSUE_DATE_FROM,
    encoding: Optional[str] = ENCODING, strict_encoding: bool = STRICT_ENCODING,
    metric: Optional[str] = METRIC, jobs: int = JOBS, quiet: bool = QUIET, verbose: bool = VERBOSE,
    debug: bool = DEBUG,
) -> None:
    """A quick look: pages, items and figures read, level figures by place × metric.

    Sums only where the metric adds up (volumes, money, customers) and unit
    and period agree, and never adds a total to its own parts (其中…, a
    province and its cities, the nation and its provinces, a figure stated
    twice): the total stated is shown and the parts left out are counted.

    \b
    Examples:
      postmetrics summary archive/
      postmetrics summary archive/ --by city --csv > summary.csv
      postmetrics summary archive/ --by period --metric volume --issue-date-from path

    In Python: postmetrics.summarize(postmetrics.extract_frame(text), by="province").
    """
    from .batch import parts
    from .summary import GROUPS, Summary

    if by not in GROUPS:
        raise typer.BadParameter(f"--by takes one of {', '.join(GROUPS)}", param_hint="--by")
    _check_paths(paths)
    read = _check_read_options(issue_date, issue_date_from, encoding, strict_encoding, jobs)
    metrics = _check_choices(metric, METRICS, "--metric")
    acc = Summary(by=by)
    notes = _notes(quiet, verbose)
    failed = False
    for source, result in _results(paths, read, notes):
        for part in [result] if isinstance(result, BaseException) else parts(result):
            if isinstance(part, BaseException):
                failed = True
                _error(part, source, debug)
                continue
            acc.add(part, metrics)
    if csv_:
        acc.frame().to_csv(sys.stdout, index=False)
    else:
        acc.print(top=top)
    notes.finish()
    if failed:
        raise typer.Exit(1)


@app.command()
def text(
    paths: List[str] = typer.Argument(..., metavar="FILE",
                                      help="Text files, PDFs or web pages, or - for standard input."),
    encoding: Optional[str] = ENCODING,
) -> None:
    """Print the text the extractor reads from each page, one line per line.

    For a PDF: its lines in reading order (columns, headlines, tables by rows),
    each page after the first starting with a form feed; for a web page: its
    title, date line and article.  The `line` column of `extract` counts these
    lines, the `page` column a PDF's pages.

    \b
    Example:
      postmetrics text page.pdf | less

    In Python: postmetrics.read_page(path) returns (name, text).
    """
    from .io import read_page

    _check_paths(paths)
    _check_encoding(encoding)
    failed = False
    for source in iter_inputs(paths):
        try:
            _, page = read_page(source, encoding=encoding)
        except InputError as e:
            typer.echo(f"Error: {e}", err=True)
            failed = True
            continue
        sys.stdout.write(page if page.endswith("\n") else page + "\n")
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

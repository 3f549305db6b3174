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

import click
from click.exceptions import Exit

from . import __version__
from .io import InputError, display_name, iter_inputs
from .output import OutputFile, OutputOptions, check_not_an_input, check_not_overwriting, output_options
from .model import COLUMNS, ITEM_KINDS, METRICS
from .render import Renderer


# The CLI is declared with click, not typer: typer converts every option
# through a pydantic TypeAdapter, and importing pydantic and typer took a third
# of the start-up of a one-page run (issue 13).
@click.group(no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="postmetrics", message="%(prog)s %(version)s",
                      help="Print the version and exit.")
def app() -> None:
    """Extract business figures (parcel volumes, revenue, sales, growth rates, counts)
    from Chinese postal-industry news pages given as plain text, PDF or web pages."""


ITEM_COLUMNS = ("doc", "item", "item_kind", "headline", "province", "city", "county", "org",
                "item_date", "first_line", "last_line", "figures")


def _check_choices(value: Optional[str], allowed: tuple[str, ...], option: str) -> Optional[set[str]]:
    """Comma-separated values checked against ``allowed`` (exit 2 listing them)."""
    chosen = _split(value)
    if chosen is None:
        return None
    unknown = sorted(chosen - set(allowed))
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(unknown)}; choose from {', '.join(allowed)}", param_hint=option)
    return chosen


def _place_names(value: Optional[str]) -> Optional[set[str]]:
    """--place NAME as the full names it may stand for (广东 → 广东省, 中山 → 中山市);
    a name the gazetteer does not know is a usage error."""
    if value is None:
        return None
    from .places import places_named

    names = {p.county or p.city or p.province for p in places_named(value.strip())}
    if not names:
        raise click.BadParameter(f"no place called {value!r} in the gazetteer", param_hint="--place")
    return names


class _Argument(click.Argument):
    """A click argument with a help text, listed under "Arguments:" in its
    command's help (click's own arguments take no help)."""

    def __init__(self, *args, help: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.help = help

    def get_help_record(self, ctx: click.Context) -> tuple[str, str]:
        return self.make_metavar(ctx), f"{self.help}  [required]" if self.required else self.help

    def get_error_hint(self, ctx: click.Context | None) -> str:
        return f"'{self.human_readable_name.removesuffix('...')}'"  # Missing argument 'PATH'.


class _Command(click.Command):
    """A command whose help lists its arguments (with their help) under
    "Arguments:", before its options, on any click >= 8.2 (8.5's own
    "Positional arguments:" section is not used)."""

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Nothing: :meth:`format_options` lists the arguments."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records = {"argument": [], "option": []}
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                records[param.param_type_name].append(record)
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if records[kind]:
                with formatter.section(title):
                    formatter.write_dl(records[kind])


def _options(*decorators):
    """Apply click decorators so that the first given is the first listed in --help."""
    def apply(f):
        for d in reversed(decorators):
            f = d(f)
        return f
    return apply


# The options, declared once and shared by the commands.
PATHS = click.argument("paths", cls=_Argument, nargs=-1, required=True, metavar="PATH...",
                       help="Text files, PDFs, web pages, directories (every *.txt, *.pdf, *.html, *.htm inside, "
                            "sorted, hidden files skipped), shell globs, or - for standard input.")
CSV = click.option("--csv", "csv_", is_flag=True, help="CSV (UTF-8, header row). The default when stdout is not a terminal.")
JSONL = click.option("--jsonl", is_flag=True, help="One JSON object per row (Chinese unescaped).")
JSON = click.option("--json", "json_", is_flag=True, help="One JSON array of rows.")
TABLE = click.option("--table", is_flag=True, help="A table for the terminal. The default when stdout is a terminal.")
EXCEL_CSV = click.option("--excel-csv", is_flag=True, help="CSV with a UTF-8 BOM, so Excel shows Chinese correctly.")
PARQUET = click.option("--parquet", metavar="FILE", help="Write a Parquet file (needs pyarrow).")
XLSX = click.option("--xlsx", metavar="FILE", help="Write an Excel workbook (needs openpyxl).")
OUTPUT = click.option("--output", "-o", metavar="FILE",
                      help="Write to FILE instead of stdout, in the format its extension names "
                           "(.csv, .jsonl, .json, .parquet, .xlsx; else CSV). Never over an input; "
                           "never over an existing file without --force.")
FORCE = click.option("--force", is_flag=True, help="Replace the output FILE if it exists.")
ISSUE_DATE = click.option("--issue-date", metavar="YYYY-MM-DD",
                          help="Date of the page, for relative dates (今年, 3月17日). "
                               "Default: read from the page or inferred (a note says so).")
ISSUE_DATE_FROM = click.option("--issue-date-from", metavar="path",
                               help="Date each file by the date in its path (zgyzb-2023-03-20.txt, "
                                    "2023/03/20/page2.txt, 20230320_A05.txt); --issue-date wins over it.")
STRICT_ENCODING = click.option("--strict-encoding", is_flag=True,
                               help="Refuse a file with bytes not valid in its encoding "
                                    "(default: replace them by U+FFFD and say how many).")
ENCODING = click.option("--encoding", metavar="NAME",
                        help="Input encoding (default: detected; UTF-8, GB18030/GBK, Big5, UTF-16).")
METRIC = click.option("--metric", metavar="LIST",
                      help="Only these metrics, comma-separated, from: " + ", ".join(METRICS) + ".")
PLACE = click.option("--place", metavar="NAME",
                     help="Only rows whose province, city or county is NAME (广东省 or 广东, 中山市 or 中山).")
ITEM_KIND = click.option("--item-kind", metavar="LIST",
                         help="Only these item kinds, comma-separated, from: " + ", ".join(ITEM_KINDS) + ".")
JOBS = click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
                    help="Read files in N processes; output order stays the same.")
QUIET = click.option("--quiet", "-q", is_flag=True, help="No notes or progress on stderr, only errors.")
VERBOSE = click.option("--verbose", "-v", is_flag=True, help="Every note for every file, as it comes "
                                                           "(default: one summary at the end).")
DEBUG = click.option("--debug", is_flag=True, help="Show the traceback of an error.")


def _check_issue_date(issue_date: Optional[str]) -> None:
    from .dates import parse_issue_date

    try:
        if issue_date is not None and parse_issue_date(issue_date) is None:
            raise ValueError(issue_date)  # an empty --issue-date ''
    except ValueError:
        raise click.BadParameter(f"not an ISO date (YYYY-MM-DD): {issue_date!r}", param_hint="--issue-date")


def _check_encoding(encoding: Optional[str]) -> None:
    import codecs

    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding")


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


class _Inputs:
    """The documents (pages) read from the inputs; a file or page that fails gets its one
    error line (:func:`_error`) and sets ``failed``, and the others go on."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self.failed = False

    def documents(self, paths: List[str], read: ReadOptions, notes) -> Iterator:
        from .batch import parts

        for source, result in _results(paths, read, notes):
            for part in [result] if isinstance(result, BaseException) else parts(result):
                if isinstance(part, BaseException):
                    self.failed = True
                    _error(part, source, self.debug)
                    continue
                yield part


def _note(notes, result: object, task: tuple, read: ReadOptions) -> None:
    if not isinstance(result, BaseException):
        notes.document(result, dated=task[1] is not None, path_dates=read.from_path and task[0] != "-")


def _error(result: BaseException, source: str, debug: bool) -> None:
    """One line on stderr for a file that failed (the traceback too with --debug)."""
    if isinstance(result, InputError):
        click.echo(f"Error: {result}", err=True)
        return
    if debug:
        traceback.print_exception(type(result), result, result.__traceback__)
    click.echo(f"Error: {display_name(source)}: {type(result).__name__}: {result}", err=True)


def _notes(quiet: bool, verbose: bool):
    from .batch import Notes

    return Notes(echo=lambda line: click.echo(line, err=True), verbose=verbose, quiet=quiet)


def _check_read_options(issue_date: Optional[str], issue_date_from: Optional[str], encoding: Optional[str],
                        strict: bool, jobs: int) -> ReadOptions:
    _check_issue_date(issue_date)
    _check_encoding(encoding)
    if issue_date_from is not None and issue_date_from != "path":
        raise click.BadParameter(f"takes 'path', not {issue_date_from!r}", param_hint="--issue-date-from")
    return ReadOptions(issue_date, issue_date_from == "path" and issue_date is None, encoding, strict, jobs)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _check_paths(paths: List[str]) -> None:
    if any(not p.strip() for p in paths):
        raise click.BadParameter("an empty path; give a file, a directory or - for standard input", param_hint="PATH")


def _run(paths: List[str], options: OutputOptions, read: ReadOptions, quiet: bool, verbose: bool, debug: bool,
         kind: str, force: bool = False, metric: Optional[str] = None, place: Optional[str] = None,
         item_kind: Optional[str] = None) -> None:
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
    inputs = _Inputs(debug)
    try:
        renderer = Renderer(options.fmt, columns, out.stream, path=out.target if options.path else None)
        for part in inputs.documents(paths, read, notes):
            rows: Iterator[dict] = (f.as_dict() for f in part.figures) if kind == "figures" else iter(part.items)
            renderer.write(r for r in rows if _keep(r, metrics, places, kinds))
        renderer.close()
        out.commit()
    except BrokenPipeError:
        out.discard()
        raise
    except ImportError as e:
        out.discard()
        click.echo(f"Error: {e}", err=True)
        raise Exit(1)
    except OSError as e:  # a full disk, a read-only or special file: found only when writing
        out.discard()
        click.echo(f"Error: cannot write {target}: {e.strerror or e}", err=True)
        raise Exit(1)
    except BaseException:
        out.discard()
        raise
    notes.finish()
    if inputs.failed:
        raise Exit(1)


@app.command(cls=_Command)
@_options(PATHS, CSV, JSONL, JSON, TABLE, EXCEL_CSV, PARQUET, XLSX, OUTPUT, FORCE, ISSUE_DATE, ISSUE_DATE_FROM,
          ENCODING, STRICT_ENCODING, METRIC, PLACE, ITEM_KIND, JOBS, QUIET, VERBOSE, DEBUG)
def extract(
    paths: tuple[str, ...],
    csv_: bool, jsonl: bool, json_: bool, table: bool,
    excel_csv: bool, parquet: Optional[str], xlsx: Optional[str],
    output: Optional[str], force: bool,
    issue_date: Optional[str], issue_date_from: Optional[str],
    encoding: Optional[str], strict_encoding: bool,
    metric: Optional[str], place: Optional[str], item_kind: Optional[str],
    jobs: int, quiet: bool, verbose: bool, debug: bool,
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
    _run(list(paths), output_options(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), read,
         quiet, verbose, debug, "figures", force, metric, place, item_kind)


@app.command(cls=_Command)
@_options(PATHS, CSV, JSONL, JSON, TABLE, EXCEL_CSV, PARQUET, XLSX, OUTPUT, FORCE, ISSUE_DATE, ISSUE_DATE_FROM,
          ENCODING, STRICT_ENCODING, ITEM_KIND, PLACE, JOBS, QUIET, VERBOSE, DEBUG)
def items(
    paths: tuple[str, ...],
    csv_: bool, jsonl: bool, json_: bool, table: bool,
    excel_csv: bool, parquet: Optional[str], xlsx: Optional[str],
    output: Optional[str], force: bool,
    issue_date: Optional[str], issue_date_from: Optional[str],
    encoding: Optional[str], strict_encoding: bool,
    item_kind: Optional[str], place: Optional[str],
    jobs: int, quiet: bool, verbose: bool, debug: bool,
) -> None:
    """List the news items of the pages: kind, headline, place, dateline, lines, figures.

    \b
    Example:
      postmetrics items page.txt

    In Python: postmetrics.extract_items(text).
    """
    read = _check_read_options(issue_date, issue_date_from, encoding, strict_encoding, jobs)
    _run(list(paths), output_options(csv_, jsonl, json_, table, excel_csv, parquet, xlsx, output), read,
         quiet, verbose, debug, "items", force, None, place, item_kind)


@app.command(cls=_Command)
@_options(PATHS,
          click.option("--by", default="province", show_default=True, metavar="province|city|item|doc|period",
                       help="Group level figures by this column (× metric and unit); "
                            "period gives a series over time."),
          click.option("--csv", "csv_", is_flag=True, help="The summary table as CSV instead of the terminal view."),
          click.option("--top", type=click.IntRange(min=0), default=5, show_default=True, metavar="N",
                       help="How many of the largest figures to list per unit."),
          ISSUE_DATE, ISSUE_DATE_FROM, ENCODING, STRICT_ENCODING, METRIC, JOBS, QUIET, VERBOSE, DEBUG)
def summary(
    paths: tuple[str, ...],
    by: str,
    csv_: bool,
    top: int,
    issue_date: Optional[str], issue_date_from: Optional[str],
    encoding: Optional[str], strict_encoding: bool,
    metric: Optional[str], jobs: int, quiet: bool, verbose: bool,
    debug: bool,
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
    from .summary import GROUPS, Summary

    if by not in GROUPS:
        raise click.BadParameter(f"--by takes one of {', '.join(GROUPS)}", param_hint="--by")
    paths = list(paths)
    _check_paths(paths)
    read = _check_read_options(issue_date, issue_date_from, encoding, strict_encoding, jobs)
    metrics = _check_choices(metric, METRICS, "--metric")
    acc = Summary(by=by)
    notes = _notes(quiet, verbose)
    inputs = _Inputs(debug)
    for part in inputs.documents(paths, read, notes):
        acc.add(part, metrics)
    if csv_:
        acc.frame().to_csv(sys.stdout, index=False)
    else:
        acc.print(top=top)
    notes.finish()
    if inputs.failed:
        raise Exit(1)


@app.command(cls=_Command)
@_options(click.argument("paths", cls=_Argument, nargs=-1, required=True, metavar="FILE...",
                         help="Text files, PDFs or web pages, or - for standard input."),
          ENCODING)
def text(paths: tuple[str, ...], encoding: Optional[str]) -> None:
    """Print the text the extractor reads from each page, one line per line.

    For a PDF: its lines in reading order (columns, headlines, tables by rows),
    each page after the first starting with a form feed; for a web page: its
    title, date line and article.  Several files: each after the first starts
    with a form feed too, so `extract` reads the saved text page by page.  The `line` column of `extract` counts these
    lines, the `page` column a PDF's pages.

    \b
    Example:
      postmetrics text page.pdf | less

    In Python: postmetrics.read_page(path) returns (name, text).
    """
    from .io import read_page

    paths = list(paths)
    _check_paths(paths)
    _check_encoding(encoding)
    failed = False
    written = 0
    for source in iter_inputs(paths):
        try:
            _, page = read_page(source, encoding=encoding)
        except InputError as e:
            click.echo(f"Error: {e}", err=True)
            failed = True
            continue
        if written:
            sys.stdout.write("\f")  # the next file is a page of its own, as a PDF's next page is
        sys.stdout.write(page if page.endswith("\n") else page + "\n")
        written += 1
    if failed:
        raise Exit(1)


def main() -> None:
    """Console entry point (``postmetrics``)."""
    import os

    from . import recache

    try:
        app(prog_name="postmetrics", standalone_mode=True)
    except SystemExit as e:
        # click exits 1 when the reader closed the pipe (`… | head`), after wrapping stdout
        # to quiet it; the reader having had enough is no failure of ours
        if e.code == 1 and type(sys.stdout).__name__ == "_PacifyFlushWrapper":
            sys.exit(0)
        raise
    except BrokenPipeError:  # `postmetrics extract x | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
    except Exception as e:  # noqa: BLE001 - never a traceback unless asked for
        if "--debug" in sys.argv:
            raise
        print(f"Error: {type(e).__name__}: {e} (run with --debug for the traceback)", file=sys.stderr)
        sys.exit(1)
    finally:
        recache.save()  # the next run starts without compiling this run's patterns again

"""The CLI's output file: its format, the checks before any work, and the
writing through a hidden partial file (issue 10: nothing is ever overwritten
or lost).

``-o FILE`` takes its format from the extension; it is never one of the
inputs, never a ``.txt`` inside an input folder, and never an existing file
without ``--force``.  Checks raise ``click.BadParameter`` (exit 2) before any
input is read.
"""
from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from typing import List, Optional

import click

from .io import display_name, install_hint


@dataclass(frozen=True)
class OutputOptions:
    """Where and how rows go: ``fmt`` one of csv, jsonl, json, table, parquet, xlsx."""

    fmt: str
    path: Optional[str] = None
    bom: bool = False


#: the format an output file's extension names (-o figures.jsonl writes JSON Lines)
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
              ".parquet": "parquet", ".xlsx": "xlsx"}


def output_options(csv_: bool, jsonl: bool, json_: bool, table: bool, excel_csv: bool,
                   parquet: Optional[str], xlsx: Optional[str], output: Optional[str]) -> OutputOptions:
    """The output chosen by the format flags and ``-o FILE`` (whose extension names
    a format: ``EXTENSIONS``; any other is CSV unless a flag says otherwise).

    Raises ``click.BadParameter`` (exit 2) for two formats, a flag that
    disagrees with the extension, an empty or unwritable name, or a missing
    pyarrow/openpyxl.
    """
    flags = (("--csv", csv_, "csv"), ("--jsonl", jsonl, "jsonl"), ("--json", json_, "json"),
             ("--table", table, "table"), ("--excel-csv", excel_csv, "csv"),
             ("--parquet", parquet, "parquet"), ("--xlsx", xlsx, "xlsx"))
    chosen = [(name, fmt) for name, on, fmt in flags if on]
    if len(chosen) > 1:
        raise click.BadParameter(f"choose one output format, not {' and '.join(n for n, _ in chosen)}")
    for value, option in ((parquet, "--parquet"), (xlsx, "--xlsx"), (output, "--output")):
        if value is not None and not value.strip():
            raise click.BadParameter("an empty file name", param_hint=option)
    if (parquet or xlsx) and output:
        given = "--parquet" if parquet else "--xlsx"
        raise click.BadParameter(f"{given} takes its own FILE: give {given} FILE or -o FILE, not both")
    target = parquet or xlsx or output
    option = "--parquet" if parquet else "--xlsx" if xlsx else "--output"
    flag, fmt = chosen[0] if chosen else (None, None)
    if target:
        _check_writable(target, option)
        named = EXTENSIONS.get(os.path.splitext(target)[1].lower())
        if named and fmt and named != fmt:
            raise click.BadParameter(f"{display_name(target)} is named for {named} but {flag} asks for {fmt}; "
                                     "make them agree", param_hint=option)
        fmt = fmt or named or "csv"
    if fmt in ("parquet", "xlsx"):
        _check_format_library(fmt)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "csv"
    return OutputOptions(fmt, target, bom=excel_csv)


def _check_writable(target: str, option: str) -> None:
    """Usage error (exit 2) for an output path that cannot be written, before any work."""
    from pathlib import Path

    if not target.strip():
        raise click.BadParameter("an empty file name", param_hint=option)
    path = Path(target)
    if target.startswith("-"):
        raise click.BadParameter(f"{target!r} looks like an option, not a file name", param_hint=option)
    if path.is_dir():
        raise click.BadParameter(f"{display_name(target)} is a directory; give a file name", param_hint=option)
    if not path.parent.exists():
        raise click.BadParameter(f"directory {display_name(str(path.parent))} does not exist", param_hint=option)


def check_not_overwriting(options: OutputOptions, force: bool) -> None:
    """Usage error (exit 2) when the output file exists and --force was not given:
    a run never replaces an earlier output silently."""
    if options.path and not force and os.path.isfile(options.path):
        raise click.BadParameter(f"{display_name(options.path)} exists; give --force to replace it, "
                                 "or choose another name", param_hint="'-o' / '--output'")


def _check_format_library(fmt: str) -> None:
    module = {"parquet": "pyarrow", "xlsx": "openpyxl"}[fmt]
    try:
        __import__(module)
    except ImportError:
        kind = {"parquet": "a Parquet file", "xlsx": "an Excel workbook"}[fmt]
        raise click.BadParameter(f"writing {kind} needs {module}: {install_hint('formats')}")


class OutputFile:
    """The output file, written through a hidden ``.NAME-partial-PID.EXT`` beside
    it and renamed over it only when the run is done, so an interrupted or
    failed write leaves no half file and never harms an earlier one.  A
    special file (/dev/null, a FIFO) is written directly; no path: stdout."""

    def __init__(self, options: OutputOptions) -> None:
        self.options, self.stream, self.partial = options, sys.stdout, None
        path = options.path
        if path is None:
            if options.bom:
                sys.stdout.write("\ufeff")
            return
        if not os.path.exists(path) or os.path.isfile(path):
            folder, name = os.path.split(path)
            stem, ext = os.path.splitext(name)
            self.partial = os.path.join(folder, f".{stem}-partial-{os.getpid()}{ext}")
        self.target = self.partial or path
        if options.fmt in ("parquet", "xlsx"):  # written by pandas to the path at the end
            return
        try:
            self.stream = open(self.target, "x" if self.partial else "w",
                               encoding="utf-8-sig" if options.bom else "utf-8", newline="")
        except OSError as e:
            raise click.BadParameter(f"cannot write {display_name(path)}: {e.strerror}", param_hint="--output")

    def commit(self) -> None:
        """Close the file and put it in place."""
        if self.stream is not sys.stdout:
            self.stream.close()
        if self.partial:
            os.replace(self.partial, self.options.path)
            self.partial = None

    def discard(self) -> None:
        """Remove the partial file (after an error)."""
        if self.stream is not sys.stdout:
            try:
                self.stream.close()
            except OSError:
                pass
        if self.partial and os.path.exists(self.partial):
            os.remove(self.partial)


def check_not_an_input(output: str, paths: List[str]) -> None:
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
                raise click.BadParameter(f"{display_name(output)} is also an input: writing would erase it; "
                                         "choose another file", param_hint="--output")
            if os.path.isdir(real) and target.startswith(real.rstrip(os.sep) + os.sep) \
                    and target.lower().endswith(".txt"):
                raise click.BadParameter(f"{display_name(output)} is inside the input folder {display_name(found)} "
                                         "and would be read as a page; choose another name or folder",
                                         param_hint="--output")

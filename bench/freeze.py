#!/usr/bin/env python3
"""Freeze the CLI's output page by page, to check that a change keeps it.

Usage (from the project root, with the project installed):

    python bench/freeze.py /tmp/before [PATH ...]     # before the change
    python bench/freeze.py /tmp/after [PATH ...]      # after it
    diff -r /tmp/before /tmp/after                    # any difference is a bug, or explained

Writes, for every ``*.txt`` page under the PATHs (default: tests/data and, when
present, ../shared/eval/public and ../shared/eval/dev), what
``postmetrics extract PAGE --csv`` prints: ``<page>.csv`` (stdout) and
``<page>.err`` (stderr and a non-zero exit code).  The CLI runs in this process,
one page after the other (a few seconds for 200 pages), with the same output
as one process per page.
"""
from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

from postmetrics.cli import main
from postmetrics.io import iter_inputs

#: relative to the project root, so that two checkouts give the same ``doc`` column
DEFAULT = ["tests/data", "../shared/eval/public", "../shared/eval/dev"]


def freeze(out: Path, paths: list[str]) -> int:
    """Write one CSV and one stderr file per page into ``out``; returns the number of pages."""
    out.mkdir(parents=True, exist_ok=True)
    pages = [p for p in iter_inputs(paths) if not p.endswith("/")]
    for page in pages:
        key = page.replace("/", "__")
        stdout, stderr, code = io.StringIO(), io.StringIO(), 0
        sys.argv = ["postmetrics", "extract", page, "--csv"]
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                main()
            except SystemExit as e:
                code = e.code or 0
        (out / f"{key}.csv").write_text(stdout.getvalue(), encoding="utf-8")
        (out / f"{key}.err").write_text(stderr.getvalue() + (f"exit {code}\n" if code else ""), encoding="utf-8")
    return len(pages)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target, paths = Path(sys.argv[1]), sys.argv[2:] or [p for p in DEFAULT if Path(p).exists()]
    print(f"{freeze(target, paths)} pages frozen into {target}")

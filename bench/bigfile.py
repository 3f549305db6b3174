#!/usr/bin/env python3
"""Big files (issue 13): one file of many pages against its pages read one by one.

Usage (from the project root, with the project installed):

    python bench/bigfile.py [--mb 5 50] [--keep DIR]

Builds, from every page of ``tests/data`` and ``tests/data/heldout`` (231
varied pages), a file of about each size in MB, the pages in order and
repeated, once with the pages separated by form feeds and once run together
(a blank line between pages, no form feed).  Runs
``postmetrics extract FILE --csv --quiet --issue-date 2023-03-23`` on each
in a child process and prints its wall and CPU time, the ratio to the
smallest file, its peak RSS, its rows, and how its rows compare with the
rows of the same pages read one by one (items numbered through and lines
counted from the file's start, as the CLI writes a file of pages): rows
that differ at the same position, and rows written that are not among the
expected ones, item numbers aside.

Nothing here is a test: numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import csv
import io
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from itertools import zip_longest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISSUE_DATE = "2023-03-23"

_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(time.perf_counter() - t, r.ru_utime + r.ru_stime, r.ru_maxrss)\n"
)


def source_pages() -> list[str]:
    """Every test page, each ending with one newline."""
    paths = sorted((ROOT / "tests" / "data").glob("*.txt")) + sorted((ROOT / "tests" / "data" / "heldout").glob("*.txt"))
    return [p.read_text("utf-8").rstrip("\n") + "\n" for p in paths]


def build(pages: list[str], mb: float, separator: str) -> tuple[str, int]:
    """The pages repeated in order, ``separator`` between them, until the text
    holds ``mb`` MB of UTF-8; returns the text and its number of pages."""
    sizes = [len(p.encode("utf-8")) + len(separator) for p in pages]
    chosen, total = [], 0
    while total < mb * 1e6:
        k = len(chosen) % len(pages)
        chosen.append(k)
        total += sizes[k]
    return separator.join(pages[k] for k in chosen), len(chosen)


def expected_rows(pages: list[str], count: int, separator: str, doc: str):
    """The CSV rows of the first ``count`` pages read one by one, as one file's rows."""
    from postmetrics import extract_document
    from postmetrics.render import _cell
    from postmetrics.model import COLUMNS

    once = [extract_document(p, doc=doc, issue_date=ISSUE_DATE) for p in pages]
    items = lines = 0
    for n in range(count):
        part = once[n % len(pages)]
        for f in part.figures:
            row = replace(f, item=f.item + items, line=f.line + lines).as_dict()
            yield [_cell(row[c]) for c in COLUMNS]
        items += len(part.items)
        lines += pages[n % len(pages)].count("\n") + separator.count("\n")


def run(path: Path, out: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of the CLI on ``path``, measured in a fresh wrapper process."""
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    args = [exe, "extract", str(path), "--csv", "--quiet", "--issue-date", ISSUE_DATE, "-o", str(out), "--force"]
    wall, cpu, rss = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True,
                                    check=True).stdout.split()
    return float(wall), float(cpu), float(rss) / 1024


def compare(out: Path, expected) -> tuple[int, int, int, int]:
    """(rows written, rows expected, rows that differ at the same position, rows
    written that are not among the expected ones, as a multiset and leaving out
    the item number: one item more or less early in the file renumbers all later
    ones, while lines count from the file's start and place each row)."""
    from collections import Counter

    extra: Counter = Counter()
    with out.open(encoding="utf-8", newline="") as f:
        got = csv.reader(f)
        next(got)
        written = wanted = differ = 0
        for a, b in zip_longest(got, expected):
            written += a is not None
            wanted += b is not None
            differ += a != b
            if a is not None:
                extra[hash(tuple(a[:1] + a[2:]))] += 1
            if b is not None:
                extra[hash(tuple(b[:1] + b[2:]))] -= 1
    return written, wanted, differ, sum(n for n in extra.values() if n > 0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[5, 50])
    ap.add_argument("--keep", type=Path, help="write the files here and keep them")
    ap.add_argument("--kinds", nargs="+", default=["form-feeds", "run-together"])
    args = ap.parse_args()
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="pm-big-"))
    tmp.mkdir(parents=True, exist_ok=True)
    pages = source_pages()
    print(f"{len(pages)} source pages, {sum(len(p.encode()) for p in pages) / 1e6:.2f} MB")
    print(f"{'pages separated by':<14} {'size':>7} {'pages':>6} {'wall':>8} {'CPU':>8} {'× first':>8} "
          f"{'peak RSS':>9} {'rows':>9} {'expected':>9} {'differ':>7} {'unexpected':>10}")
    for kind in args.kinds:
        separator = "\f" if kind == "form-feeds" else "\n"
        first = None
        for mb in args.mb:
            text, count = build(pages, mb, separator)
            path = tmp / f"big-{mb:g}MB-{kind}.txt"
            path.write_text(text, "utf-8")
            del text
            out = tmp / f"{path.stem}.csv"
            wall, cpu, rss = run(path, out)
            first = first or cpu
            written, wanted, differ, unexpected = compare(out, expected_rows(pages, count, separator, str(path)))
            print(f"{kind:<14} {mb:>5g}MB {count:>6} {wall:>7.1f}s {cpu:>7.1f}s {cpu / first:>8.2f} "
                  f"{rss:>7.0f}MB {written:>9,} {wanted:>9,} {differ:>7,} {unexpected:>10,}", flush=True)
            if not args.keep:
                path.unlink()
                out.unlink()
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

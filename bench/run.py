#!/usr/bin/env python3
"""Benchmark: postmetrics on an archive of N pages, against the alternatives.

Usage:
    python bench/run.py [--pages N] [--from DIR ... [--as-is]] [--repeat R] [--keep DIR] [--skip-cli] [--hostile] [--big [--big-mb 100]]

1. Builds an archive of N pages from ``samples/`` (or the pages of each
   ``--from DIR``, e.g. ``../shared/eval/public``; with ``--as-is`` those pages
   unchanged, repeated) with realistic variation:
   stray OCR spaces between characters, other line widths, traditional
   characters (OpenCC), GBK-encoded files, blank lines removed.
2. Times, on the same pages in the same run:
   - ``postmetrics.extract`` in process (pages/s, MB/s);
   - the bare baseline a user might write with cn2an alone: cut numeral
     spans with one regex, convert each with ``cn2an.cn2an(span, "smart")``;
   - jionlp's money + time + location extraction, when jionlp is installed
     (``pip install jionlp``), on a subset (it is slow);
   - PDF and web pages: pages/s read, and read + extracted (:func:`pdf_and_html`);
   - the CLI: ``postmetrics extract DIR --csv`` with ``--jobs 1`` and
     ``--jobs 2`` (wall time, peak RSS of the child), and the start-up time of
     ``postmetrics extract page.txt --csv`` on one page.
3. ``--hostile`` checks linear time on hostile inputs at two sizes.
4. ``--big`` times one file of many pages at 3 MB and 12 MB (``--big-mb 100``
   adds a 100 MB file), with and without form feeds between the pages.

Nothing here is a test: numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def variants(text: str, rng: random.Random) -> tuple[str, str]:
    """One varied copy of a page and the encoding to write it in."""
    kind = rng.choice(["plain", "spaced", "rewrap", "traditional", "gbk", "single"])
    if kind == "spaced":
        lines = [" ".join(line) if rng.random() < 0.3 else line for line in text.split("\n")]
        return "\n".join(lines), "utf-8"
    if kind == "rewrap":
        flat = re.sub(r"\n+", "", text)
        width = rng.randint(12, 30)
        return "\n\n".join(flat[i:i + width] for i in range(0, len(flat), width)), "utf-8"
    if kind == "traditional":
        from opencc import OpenCC

        return OpenCC("s2t").convert(text), "utf-8"
    if kind == "gbk":
        return text, "gb18030"
    if kind == "single":
        return re.sub(r"\n\n", "\n", text), "utf-8"
    return text, "utf-8"


def build_archive(n: int, out: Path, seed: int = 7, sources: list[Path] | None = None,
                  as_is: bool = False) -> list[str]:
    """N pages drawn from ``sources`` (default: samples/), each varied
    (:func:`variants`), or with ``as_is`` the pages themselves, in order, repeated."""
    rng = random.Random(seed)
    sources = sources or sorted((ROOT / "samples").glob("*.txt"))
    texts = [p.read_text("utf-8") for p in sources]
    pages = []
    for i in range(n):
        text, enc = (texts[i % len(texts)], "utf-8") if as_is else variants(rng.choice(texts), rng)
        path = out / f"{i // 1000:03d}" / f"page-{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(enc, errors="replace"))
        pages.append(text)
    return pages


_SPAN = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿点.]+")


def baseline_cn2an(pages: list[str]) -> int:
    """What a user would write with cn2an alone: spans → numbers, nothing else."""
    import cn2an

    found = 0
    for text in pages:
        for span in _SPAN.findall(text):
            try:
                cn2an.cn2an(span, "smart")
                found += 1
            except (ValueError, KeyError, IndexError):
                pass
    return found


def jionlp_extract(pages: list[str]) -> int:
    import logging

    import jionlp as jio

    logging.disable(logging.ERROR)  # its time parser logs a traceback for each expression it cannot read
    found = 0
    for text in pages:
        found += len(jio.ner.extract_money(text))
        found += len(jio.ner.extract_time(text))
        found += len(jio.recognize_location(text).get("domestic") or [])
    return found


def timed(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best


_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_cli(args: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS MB) of one CLI run, measured in a fresh wrapper
    process so that no other child of this process counts."""
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    out = subprocess.run([sys.executable, "-c", _MEASURE, exe, *args], capture_output=True, text=True,
                         check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def hostile() -> None:
    """Time grows linearly: each input at size s and 4s."""
    import postmetrics

    cases = {
        "one long line": lambda k: "业务收入约60万元，同比增长12%。" * k,
        "digits": lambda k: "1" * (20 * k),
        "万万万": lambda k: "万" * (20 * k),
        "nested quotes": lambda k: "“" * (20 * k) + "1万件",
        "spaced CJK": lambda k: " ".join("快递业务量完成3.5万件。" * k),
    }
    print("\nhostile input (seconds at size k and 4k; ratio ≈ 4 means linear)")
    for name, make in cases.items():
        times = []
        for k in (5000, 20000):
            text = make(k)
            t = time.perf_counter()
            postmetrics.extract(text)
            times.append(time.perf_counter() - t)
        print(f"  {name:<14} {times[0]:.3f}s  {times[1]:.3f}s  ratio {times[1] / max(times[0], 1e-9):.1f}")


def big_files(pages: list[str], tmp: Path, largest_mb: int) -> None:
    """One file of many pages at 3 MB, 12 MB (the same rows × 4) and, when asked,
    ``largest_mb``: wall time, the ratio to 3 MB (≈ 4 is linear; the issue's bound
    is 4.8), peak RSS and rows, with the pages separated by form feeds (as PDF
    text tools write them) and run together (a year exported as one text)."""
    base = ""
    joined = "".join(p.rstrip("\n") + "\n\f" for p in pages)
    while len(base.encode("utf-8")) < 3_000_000:
        base += joined
    sizes = [("3 MB", 1), ("12 MB", 4)] + ([(f"{largest_mb} MB", round(largest_mb / 3))] if largest_mb else [])
    print("\nbig files (postmetrics extract FILE --csv --quiet --issue-date 2023-03-23)")
    for kind, text in (("form feeds", base), ("run together", base.replace("\f", "\n"))):
        first = None
        for label, times in sizes:
            path = tmp / f"big-{times}-{kind.replace(' ', '-')}.txt"
            path.write_text(text * times, "utf-8")
            out = tmp / f"{path.stem}.csv"
            wall, rss = run_cli(["extract", str(path), "--csv", "--quiet", "--issue-date", "2023-03-23",
                                 "-o", str(out), "--force"])
            rows = sum(1 for _ in out.open("utf-8")) - 1
            first = first or wall
            print(f"  {kind:<12} {label:>7}: {wall:7.1f}s  ×{wall / first:4.2f}  peak RSS {rss:5.0f} MB  {rows:>9,} rows")
            path.unlink()
            out.unlink()


def pdf_and_html() -> None:
    """PDF pages/s (the A3 newspaper pages of ../shared/pdf when there, else
    tests/data/pdf) and web pages/s (tests/data/html), read only and read +
    extract, one core, next to text."""
    from postmetrics import extract
    from postmetrics.io import InputError, read_page

    shared = ROOT.parent / "shared" / "pdf"
    pdfs = sorted((shared if shared.is_dir() else ROOT / "tests" / "data" / "pdf").glob("*.pdf"))
    readable = []
    for path in pdfs:
        try:
            readable.append((path, read_page(path)[1]))
        except InputError:
            pass
    htmls = sorted((ROOT / "tests" / "data" / "html").glob("*.htm*"))
    print(f"\n{'PDF and web pages, one core':<30} {'pages/s read':>13} {'read+extract':>13}")
    for name, files, pages in (("PDF (pypdfium2 + our order)", [p for p, _ in readable],
                                sum(t.count("\f") + 1 for _, t in readable)),
                               ("web pages (selectolax)", htmls, len(htmls))):
        if not files:
            continue
        reps = max(1, 40 // len(files))
        t_read = timed(lambda: [read_page(f) for _ in range(reps) for f in files], repeat=1)
        t_all = timed(lambda: [extract(read_page(f)[1]) for _ in range(reps) for f in files], repeat=1)
        print(f"{name:<30} {reps * pages / t_read:>13.1f} {reps * pages / t_all:>13.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--from", dest="source", type=Path, action="append",
                    help="build the archive from the *.txt pages of this folder (again for more folders), "
                         "not from samples/; e.g. ../shared/eval/public")
    ap.add_argument("--repeat", type=int, default=1, help="in process: the best of this many passes")
    ap.add_argument("--as-is", action="store_true",
                    help="the pages as they are (in order, repeated to N), not varied")
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    ap.add_argument("--skip-cli", action="store_true")
    ap.add_argument("--hostile", action="store_true")
    ap.add_argument("--big", action="store_true", help="time one file of many pages at 3 and 12 MB")
    ap.add_argument("--big-mb", type=int, default=0, help="with --big, also a file of this many MB (e.g. 100)")
    args = ap.parse_args()

    import postmetrics

    tmp = args.keep or Path(tempfile.mkdtemp(prefix="pm-bench-"))
    sources = sorted(p for folder in args.source or [] for p in folder.glob("*.txt"))
    pages = build_archive(args.pages, tmp, sources=sources, as_is=args.as_is)
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    print(f"archive: {len(pages)} pages, {mb:.1f} MB (UTF-8), in {tmp}")

    postmetrics.extract(pages[0])  # warm up: load tables, gazetteer
    t_pm = timed(lambda: [postmetrics.extract(p) for p in pages], repeat=args.repeat)
    t_base = timed(baseline_cn2an, pages, repeat=args.repeat)
    rows = [("postmetrics.extract", t_pm), ("cn2an baseline (spans only)", t_base)]
    try:
        import jionlp  # noqa: F401

        subset = pages[: max(20, len(pages) // 50)]
        t_jio = timed(jionlp_extract, subset, repeat=1) * len(pages) / len(subset)
        rows.append(("jionlp money+time+location", t_jio))
    except ImportError:
        print("(jionlp not installed: pip install jionlp to compare)")
    print(f"\n{'in process, one core':<30} {'pages/s':>10} {'MB/s':>8} {'× baseline':>11}")
    for name, t in rows:
        print(f"{name:<30} {len(pages) / t:>10.{0 if len(pages) / t >= 10 else 2}f} {mb / t:>8.2f} {t_base / t:>11.3f}")

    pdf_and_html()

    if not args.skip_cli:
        print("\nCLI (postmetrics extract DIR --csv --quiet)")
        for jobs in (1, 2):
            wall, rss = run_cli(["extract", str(tmp), "--csv", "--quiet", "--jobs", str(jobs)])
            print(f"  --jobs {jobs}: {wall:.2f}s, {len(pages) / wall:.0f} pages/s, peak RSS {rss:.0f} MB")
        page = next(tmp.rglob("*.txt"))
        starts = [run_cli(["extract", str(page), "--csv", "--quiet"])[0] for _ in range(5)]
        print(f"  one page, start-up included: median {statistics.median(starts):.3f}s")
    if args.hostile:
        hostile()
    if args.big:
        big_files(pages, tmp, args.big_mb)
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""What each stage of the pipeline costs per page, in process.

Usage (from the project root, with the project installed):

    python bench/stages.py [DIR ...] [--rounds 3]

Reads every ``*.txt`` page under the folders (default: tests/data with its
held-out pages, ../shared/eval/public and ../shared/eval/dev), warms up, then
times ``postmetrics.extract`` on each page ``--rounds`` times, with each
stage's functions wrapped by a timer.  A stage's time is its own: time spent
in a stage called from another (places found while reading a figure's
context) counts for the inner one.  What no stage claims (items numbered,
rows built, the pipeline's own bookkeeping) is "rows and the rest".  The
wrappers cost a little; compare stages with each other, and the total with
``bench/run.py``.

Nothing here is a test: numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "tests" / "data", ROOT.parent / "shared" / "eval" / "public", ROOT.parent / "shared" / "eval" / "dev"]

#: stage → (module, function) pairs; a function is wrapped wherever a module holds it
STAGES = {
    "pages (split)": [("pages", "split_pages")],
    "lines and items (segment, headlines)": [("items", "segment")],
    "tables": [("tables", "find_tables"), ("tables", "table_figures")],
    "places (item, clause, figure)": [("places", "resolve_place"), ("places", "find_places"),
                                      ("places", "places_named"), ("context", "national_lead")],
    "periods and dates": [("dates", "find_periods"), ("dates", "infer_reference"), ("dates", "dateline"),
                          ("dates", "dateline_month_day"), ("context", "head_periods"),
                          ("context", "figure_period")],
    "quantities": [("quantities", "find_quantities")],
    "meaning (metric, measure, basis)": [("meaning", "interpret")],
}
METHODS = {"places (item, clause, figure)": [("context", "PlaceContext", "place"),
                                             ("context", "PlaceContext", "shared_places"),
                                             ("context", "PlaceContext", "__init__")],
           "meaning (metric, measure, basis)": [("meaning", "Topic", "of")]}


class Clock:
    def __init__(self) -> None:
        self.own: dict[str, float] = {}
        self.stack: list[list] = []  # [stage, start, time in inner stages]

    def wrap(self, stage: str, f):
        def timed(*args, **kwargs):
            frame = [stage, time.perf_counter(), 0.0]
            self.stack.append(frame)
            try:
                result = f(*args, **kwargs)
                if stage == "pages (split)":
                    result = iter(list(result))  # a generator: its work is done when it is read
                return result
            finally:
                self.stack.pop()
                spent = time.perf_counter() - frame[1]
                self.own[stage] = self.own.get(stage, 0.0) + spent - frame[2]
                if self.stack:
                    self.stack[-1][2] += spent
        timed.__wrapped__ = f
        return timed


def install(clock: Clock) -> None:
    import importlib

    modules = [importlib.import_module(f"postmetrics.{m}") for m in
               ("pages", "items", "tables", "places", "dates", "context", "quantities", "meaning", "extract",
                "text")]
    for stage, targets in STAGES.items():
        for module, name in targets:
            f = getattr(importlib.import_module(f"postmetrics.{module}"), name)
            timed = clock.wrap(stage, f)
            for m in modules:
                if getattr(m, name, None) is f:
                    setattr(m, name, timed)
    for stage, targets in METHODS.items():
        for module, cls, name in targets:
            owner = getattr(importlib.import_module(f"postmetrics.{module}"), cls)
            f = owner.__dict__[name]
            if isinstance(f, classmethod):
                setattr(owner, name, classmethod(clock.wrap(stage, f.__func__)))
            else:
                setattr(owner, name, clock.wrap(stage, f))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    import postmetrics

    paths = sorted(p for d in (args.dirs or [d for d in DEFAULT if d.is_dir()]) for p in d.rglob("*.txt"))
    pages = [p.read_text("utf-8", errors="replace") for p in paths]
    for text in pages:
        postmetrics.extract(text)  # warm up: patterns compiled, gazetteer loaded
    clock = Clock()
    install(clock)
    t = time.perf_counter()
    for _ in range(args.rounds):
        for text in pages:
            postmetrics.extract(text)
    total = time.perf_counter() - t
    n = len(pages) * args.rounds
    rest = total - sum(clock.own.values())
    print(f"{len(pages)} pages ({sum(map(len, pages)) / len(pages):,.0f} characters on average), "
          f"{args.rounds} rounds, wrappers on: {total / n * 1000:.2f} ms a page")
    print(f"{'stage':<40} {'ms a page':>10} {'share':>7}")
    for stage, spent in list(clock.own.items()) + [("rows and the rest", rest)]:
        print(f"{stage:<40} {spent / n * 1000:>10.2f} {spent / total:>7.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

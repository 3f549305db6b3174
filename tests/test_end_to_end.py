"""The installed ``postmetrics`` console script on real pages, checked against gold files."""

from __future__ import annotations

import csv
import io
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postmetrics.model import COLUMNS

DATA = Path(__file__).parent / "data"
SCHEMA_COLUMNS = ["doc", "item", "headline", "item_kind", "province", "city", "county", "org", "item_date",
                  "metric", "measure", "value", "value_high", "qualifier", "unit", "subject", "period", "basis",
                  "quote", "line", "page"]


def _script():
    beside = Path(sys.executable).parent / "postmetrics"
    found = str(beside) if beside.exists() else shutil.which("postmetrics")
    assert found, "the postmetrics console script is not installed"
    return found


def run_cli(*args):
    """Run the installed script in tests/data; returns (exit code, csv rows, header, stderr)."""
    proc = subprocess.run([_script(), *args], cwd=DATA, capture_output=True, text=True, encoding="utf-8", check=False)
    reader = csv.reader(io.StringIO(proc.stdout))
    header = next(reader, [])
    rows = [dict(zip(header, r)) for r in reader]
    return proc.returncode, rows, header, proc.stderr


@pytest.fixture(scope="module")
def seed_run():
    return run_cli("extract", "--csv", "seed-page.txt")


@pytest.fixture(scope="module")
def seed_rows(seed_run):
    code, rows, _, _ = seed_run
    assert code == 0
    return rows


def test_header_is_schema_columns_in_order(seed_run):
    _, _, header, _ = seed_run
    assert header == SCHEMA_COLUMNS == list(COLUMNS)


def test_inferred_reference_is_noted_on_stderr(seed_run):
    _, _, _, stderr = seed_run
    assert stderr == "Note: seed-page.txt: no --issue-date; reference date inferred as 2023-03-20\n"


def test_help_runs():
    proc = subprocess.run([_script(), "--help"], capture_output=True, text=True, check=False)
    assert (proc.returncode, "extract" in proc.stdout) == (0, True)


ZHONGSHAN = {"item": "3", "item_kind": "news", "headline": "中山邮政药品配送渐入佳境", "province": "广东省",
             "city": "中山市", "county": "", "org": "中山市邮政分公司", "item_date": ""}
MILUO = {"item": "8", "item_kind": "continued", "headline": "精诚合作互惠互利共同打造“产业链”",
         "province": "湖南省", "city": "岳阳市", "county": "汨罗市", "org": "汨罗市分公司", "item_date": ""}
BEIJING = {"item": "7", "item_kind": "news", "province": "北京市", "city": "北京市", "county": "",
           "org": "北京市邮政分公司", "item_date": "2023-03-20"}

# (line, value, unit, expected columns of that row)
SEED_ROWS = [
    pytest.param("3", "27", "人", {"item": "1", "item_kind": "photo", "headline": "大棚种植户的贴心人", "province": "山东省",
                                   "city": "聊城市", "county": "莘县", "metric": "count", "measure": "level",
                                   "qualifier": "exact"}, id="27名党员"),
    pytest.param("15", "200", "天", {"item": "2", "item_kind": "photo", "province": "浙江省", "city": "湖州市",
                                     "county": "德清县", "metric": "duration", "qualifier": "exact"}, id="倒计时200天"),
    pytest.param("51", "45000", "件", {**ZHONGSHAN, "metric": "volume", "measure": "level", "value_high": "",
                                       "qualifier": "exact", "period": "2022", "basis": ""}, id="4.5万件"),
    pytest.param("51", "600000", "元", {**ZHONGSHAN, "metric": "revenue", "measure": "level", "qualifier": "about",
                                        "period": "2022"}, id="约60万元"),
    pytest.param("57", "15000", "件", {**ZHONGSHAN, "metric": "volume", "measure": "level", "qualifier": "exact",
                                       "period": "2023-01-01/2023-03-20"}, id="1.5万件"),
    pytest.param("59", "11000", "件", {**ZHONGSHAN, "metric": "volume", "measure": "change", "qualifier": "over",
                                       "period": "2023-01-01/2023-03-20", "basis": "上年同期"}, id="增加1.1万件以上"),
    pytest.param("61", "200000", "元", {**ZHONGSHAN, "metric": "revenue", "measure": "level", "qualifier": "about",
                                        "period": "2023-01-01/2023-03-20"}, id="约20万元"),
    pytest.param("63", "150000", "元", {**ZHONGSHAN, "metric": "revenue", "measure": "change", "qualifier": "over",
                                        "basis": "上年同期"}, id="增收15万元以上"),
    pytest.param("75", "8000", "单", {**ZHONGSHAN, "metric": "count", "value_high": "10000", "qualifier": "range",
                                      "period": "daily"}, id="8000—10000单"),
    pytest.param("209", "100000000", "元", {"item": "4", "province": "河南省", "city": "新乡市",
                                            "item_date": "2023-03-17", "metric": "sales", "qualifier": "over"},
                 id="超亿元"),
    pytest.param("211", "1800", "平方米", {"item": "4", "metric": "area", "qualifier": "exact"}, id="1800平方米"),
    pytest.param("221", "30", "个", {"item": "5", "province": "江苏省", "city": "镇江市", "county": "扬中市",
                                     "item_date": "2023-03-18", "metric": "customers", "qualifier": "over"},
                 id="30余个客户"),
    pytest.param("295", "137000", "个", {**BEIJING, "metric": "customers", "measure": "level", "qualifier": "exact",
                                         "period": "2021/2023-03-15"}, id="13.7万个家庭"),
    pytest.param("329", "120", "家", {**BEIJING, "metric": "count", "qualifier": "exact"}, id="120家医院"),
    pytest.param("375", "140000", "个", {**BEIJING, "metric": "customers", "qualifier": "about",
                                         "headline": "北京邮政为近14万个家庭配送新生儿出生证明"}, id="headline-近14万个"),
    pytest.param("398", "6", "家", {**MILUO, "metric": "count", "qualifier": "exact"}, id="6家快递企业"),
    pytest.param("406", "106", "个", {**MILUO, "metric": "count"}, id="106个行政村"),
    pytest.param("408", "1000", "件", {**MILUO, "metric": "volume", "qualifier": "over", "period": "daily"},
                 id="日均1000余件"),
    pytest.param("418", "5000", "件", {**MILUO, "metric": "volume", "qualifier": "about", "period": "daily"},
                 id="5000件左右"),
    pytest.param("422", "-20", "%", {**MILUO, "metric": "price", "measure": "pct_change", "qualifier": "over"},
                 id="下降20%以上"),
    pytest.param("426", "100", "%", {**MILUO, "metric": "rate", "measure": "share"}, id="100%全覆盖"),
    pytest.param("500", "1800000", "元", {**MILUO, "metric": "sales", "qualifier": "over"}, id="180余万元"),
    pytest.param("502", "400000", "件", {**MILUO, "metric": "volume", "qualifier": "over"}, id="40余万件"),
]


def _num(s):
    return float(s) if s else None


@pytest.mark.parametrize(("line", "value", "unit", "expected"), SEED_ROWS)
def test_seed_page_row(seed_rows, line, value, unit, expected):
    found = [r for r in seed_rows if (r["line"], _num(r["value"]), r["unit"]) == (line, float(value), unit)]
    assert len(found) == 1, f"rows on line {line}: {[(r['value'], r['unit']) for r in seed_rows if r['line'] == line]}"
    (row,) = found
    assert row["doc"] == "seed-page.txt"
    assert {c: row[c] for c in expected} == expected


def test_miluo_item_rows_all_carry_miluo(seed_rows):
    places = {(r["province"], r["city"], r["county"]) for r in seed_rows if r["item"] == "8"}
    assert places == {("湖南省", "岳阳市", "汨罗市")}


# --- gold files -------------------------------------------------------------

DOCS = ["seed-page", "005", "009", "028"]


def _gold(name):
    with open(DATA / f"{name}.gold.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def outputs():
    out = {}
    for name in DOCS:
        code, rows, _, _ = run_cli("extract", "--csv", "--quiet", f"{name}.txt")
        assert code == 0
        out[name] = rows
    return out


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _match(gold, rows):
    """Pair each gold row with an unused output row of the same value and unit; returns the unmatched gold rows."""
    used, missing = set(), []
    for g in gold:
        i = next((i for i, r in enumerate(rows) if i not in used
                  and _same(_num(r["value"]), _num(g["value"])) and r["unit"] == g["unit"]), None)
        if i is None:
            missing.append((g["value"], g["unit"], g["quote"]))
        else:
            used.add(i)
    return missing


@pytest.mark.parametrize("name", DOCS)
def test_every_required_gold_value_is_found(outputs, name):
    required = [g for g in _gold(name) if g["optional"] == "0"]
    assert required
    assert _match(required, outputs[name]) == []


GOLD_CHECKED = ("metric", "measure", "qualifier", "province", "city", "county")


def _gold_cases():
    cases = []
    for name in DOCS:
        for n, g in enumerate(_gold(name), start=2):
            if g["optional"] == "0":
                cases.append(pytest.param(name, g, id=f"{name}:{n}:{g['value']}{g['unit']}"))
    return cases


@pytest.mark.parametrize(("name", "gold"), _gold_cases())
def test_gold_row_columns(outputs, name, gold):
    expected = {c: gold[c] for c in GOLD_CHECKED}
    expected.update({c: gold[c] for c in ("period", "basis") if gold[c]})  # empty = not checked (as the scorer)
    expected["value_high"] = _num(gold["value_high"])
    candidates = [{**{c: r[c] for c in expected if c != "value_high"}, "value_high": _num(r["value_high"])}
                  for r in outputs[name] if _same(_num(r["value"]), _num(gold["value"])) and r["unit"] == gold["unit"]]
    assert expected in candidates

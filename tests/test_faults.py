"""Nothing lost, at any size (issue 10): each fault a new user met, through the CLI.

Outputs never replace an input or an earlier output, names that are not UTF-8,
unreadable folders, stray bytes, dead workers, FIFOs and devices, duplicates
and hidden files cost at most their own file's rows, with one line on stderr.
"""
from __future__ import annotations

import csv
import importlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import postmetrics
from postmetrics.cli import app
from postmetrics.io import date_from_path, decode_page, display_name, iter_inputs

DATA = Path(__file__).parent / "data"
EXTRACT = importlib.import_module("postmetrics.extract")  # the module (postmetrics.extract is the function)
PAGE = (DATA / "005.txt").read_text("utf-8")          # 14 figures, no date on the page
OTHER = (DATA / "009.txt").read_text("utf-8")         # 20 figures
HALF_YEAR = "本报讯 今年1-6月，全省快递业务量完成12.5亿件，同比增长18.3%。\n"
runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


def docs_of(rows):
    """doc → number of rows, in order of first appearance."""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["doc"]] = counts.get(r["doc"], 0) + 1
    return counts


@pytest.fixture()
def pages(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(PAGE, "utf-8")
    Path("b.txt").write_text(OTHER, "utf-8")
    return tmp_path


# --- outputs: never over an earlier output, in the format the name says -------------------------

def test_output_never_replaces_an_earlier_output(pages):
    assert invoke("extract", "a.txt", "-o", "out.csv", "-q").exit_code == 0
    before = Path("out.csv").read_bytes()
    result = invoke("extract", "b.txt", "-o", "out.csv", "-q")
    assert result.exit_code == 2
    assert "Invalid value for '-o' / '--output': out.csv exists; give --force to replace it" in result.stderr
    assert Path("out.csv").read_bytes() == before


@pytest.mark.parametrize("flag", ["-o", "--parquet", "--xlsx"])
def test_force_replaces_an_earlier_output(pages, flag):
    name = {"-o": "out.csv", "--parquet": "out.parquet", "--xlsx": "out.xlsx"}[flag]
    Path(name).write_text("earlier", "utf-8")
    assert invoke("extract", "b.txt", flag, name, "-q").exit_code == 2
    result = invoke("extract", "b.txt", flag, name, "-q", "--force")
    assert result.exit_code == 0, result.stderr
    assert Path(name).read_bytes() != b"earlier"
    assert sorted(p.name for p in pages.iterdir()) == ["a.txt", "b.txt", name]  # no partial file left


@pytest.mark.parametrize(("name", "flags", "reads_back"), [
    ("out.csv", [], lambda p: len(rows_of(p.read_text("utf-8")))),
    ("out.CSV", [], lambda p: len(rows_of(p.read_text("utf-8")))),
    ("out.jsonl", [], lambda p: len(p.read_text("utf-8").splitlines())),
    ("out.ndjson", [], lambda p: len(p.read_text("utf-8").splitlines())),
    ("out.json", [], lambda p: len(pd.read_json(p))),
    ("out.parquet", [], lambda p: len(pd.read_parquet(p))),
    ("out.xlsx", [], lambda p: len(pd.read_excel(p))),
    ("out.dat", [], lambda p: len(rows_of(p.read_text("utf-8")))),           # no format named: CSV
    ("out.dat", ["--jsonl"], lambda p: len(p.read_text("utf-8").splitlines())),
    ("out.csv", ["--excel-csv"], lambda p: len(rows_of(p.read_text("utf-8-sig")))),
])
def test_output_format_follows_the_extension(pages, name, flags, reads_back):
    result = invoke("extract", "a.txt", "-o", name, "-q", *flags)
    assert result.exit_code == 0, result.stderr
    assert reads_back(pages / name) == 14


@pytest.mark.parametrize(("name", "flag"), [("out.json", "--csv"), ("out.csv", "--jsonl"),
                                            ("out.parquet", "--csv"), ("out.xlsx", "--excel-csv")])
def test_an_extension_and_a_format_flag_that_disagree_are_a_usage_error(pages, name, flag):
    result = invoke("extract", "a.txt", "-o", name, flag)
    assert result.exit_code == 2
    assert "make them agree" in result.stderr
    assert not (pages / name).exists()


def test_a_failed_write_leaves_no_partial_file_and_the_earlier_output(pages, monkeypatch):
    from postmetrics import render

    Path("out.csv").write_text("earlier", "utf-8")

    def full_disk(self, rows):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(render.Renderer, "write", full_disk)
    result = invoke("extract", "a.txt", "-o", "out.csv", "--force", "-q")
    assert result.exit_code == 1
    assert result.stderr == "Error: cannot write out.csv: No space left on device\n"
    assert Path("out.csv").read_text("utf-8") == "earlier"
    assert sorted(p.name for p in pages.iterdir()) == ["a.txt", "b.txt", "out.csv"]


# --- inputs: each file once, only regular files, hidden files skipped ---------------------------

@pytest.mark.parametrize("given", [["a.txt", "a.txt"], ["a.txt", "./a.txt"], ["a.txt", "."], [".", "a.txt"],
                                   ["*.txt", "a.txt"]])
def test_a_file_named_twice_is_read_once(pages, given):
    result = invoke("extract", *given, "--csv", "-q")
    assert result.exit_code == 0
    counts = docs_of(rows_of(result.stdout))
    assert sum(n for d, n in counts.items() if d.endswith("a.txt")) == 14


def test_hidden_files_and_folders_are_skipped_in_a_folder_walk(pages):
    Path("._a.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02Mac OS X        ")  # macOS' AppleDouble file
    Path(".git").mkdir()
    Path(".git/copy.txt").write_text(PAGE, "utf-8")
    result = invoke("extract", ".", "--csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert docs_of(rows_of(result.stdout)) == {"a.txt": 14, "b.txt": 20}
    assert list(iter_inputs(["._a.txt"])) == ["._a.txt"]  # named on its own, a hidden file is read


def test_tools_folders_are_skipped_in_a_folder_walk(pages):
    # a package's build records (x.egg-info/SOURCES.txt) and caches hold no pages (a new user's trial)
    Path("pm.egg-info").mkdir()
    Path("pm.egg-info/dependency_links.txt").write_text("", "utf-8")
    Path("__pycache__").mkdir()
    Path("__pycache__/copy.txt").write_text(PAGE, "utf-8")
    result = invoke("extract", ".", "--csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert docs_of(rows_of(result.stdout)) == {"a.txt": 14, "b.txt": 20}


def test_a_fifo_and_a_device_are_one_line_errors_not_a_hang(pages):
    os.mkfifo("pipe.txt")
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    # the timeout only guards the suite against a hang; it measures nothing
    run = subprocess.run([exe, "extract", "pipe.txt", "/dev/zero", "a.txt", ".", "--csv", "-q"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        "Error: pipe.txt: not a regular file (a FIFO); give files, folders or - for standard input",
        "Error: /dev/zero: not a regular file (a device); give files, folders or - for standard input"]
    assert docs_of(rows_of(run.stdout)) == {"a.txt": 14, "b.txt": 20}  # the folder walk skips the FIFO


# --- file names that are not UTF-8 ---------------------------------------------------------------

GBK_NAME = os.fsdecode(b"\xd6\xd0\xce\xc4.txt")  # 中文.txt written by Chinese Windows


@pytest.fixture()
def gbk_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("g").mkdir()
    try:
        Path("g", GBK_NAME).write_text(PAGE, "utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    Path("g", "z.txt").write_text(OTHER, "utf-8")
    return tmp_path


@pytest.mark.parametrize(("flags", "frame"), [
    (["--csv"], None),
    (["-o", "out.csv"], lambda: pd.read_csv("out.csv", keep_default_na=False)),
    (["--parquet", "out.parquet"], lambda: pd.read_parquet("out.parquet")),
    (["--xlsx", "out.xlsx"], lambda: pd.read_excel("out.xlsx")),
])
def test_a_name_that_is_not_utf8_gets_a_readable_doc_and_every_row(gbk_folder, flags, frame):
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    run = subprocess.run([exe, "extract", "g", "-q", *flags], capture_output=True)
    assert run.returncode == 0, run.stderr
    df = frame() if frame else pd.read_csv(io.StringIO(run.stdout.decode("utf-8")), keep_default_na=False)
    assert df["doc"].value_counts().to_dict() == {"g/\\xd6\\xd0\\xce\\xc4.txt": 14, "g/z.txt": 20}


@pytest.mark.parametrize(("name", "shown"), [
    ("page.txt", "page.txt"),
    ("中文.txt", "中文.txt"),
    (os.fsdecode(b"\xd6\xd0\xce\xc4.txt"), "\\xd6\\xd0\\xce\\xc4.txt"),
    ("a\ud800b", "a\\ud800b"),
])
def test_display_name(name, shown):
    assert display_name(name) == shown


# --- folders and paths that cannot be read -------------------------------------------------------

def test_an_unreadable_subfolder_is_one_line_and_the_rest_comes_out(pages, monkeypatch):
    Path("arch/locked").mkdir(parents=True)
    Path("arch/ok").mkdir()
    Path("arch/locked/x.txt").write_text(PAGE, "utf-8")
    Path("arch/ok/b.txt").write_text(OTHER, "utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # as for a folder without read permission (chmod 000 does not stop root)
        if os.path.basename(os.fspath(path).rstrip("/")) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", lambda path=".": [e.name for e in scandir(path)])
    result = invoke("extract", "arch", "a.txt", "--csv", "-q")
    assert result.exit_code == 1
    assert result.stderr == "Error: arch/locked/: cannot read folder: Permission denied; its files are missing\n"
    assert docs_of(rows_of(result.stdout)) == {"arch/ok/b.txt": 20, "a.txt": 14}


def test_a_path_under_an_unreadable_folder_is_one_line_and_the_rest_comes_out(pages, monkeypatch):
    real_stat = os.stat

    def stat(path, *args, **kwargs):  # as for a file under a folder without search permission
        if "locked" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    result = invoke("extract", "locked/x.txt", "a.txt", "--csv", "-q")
    assert result.exit_code == 1
    assert result.stderr == "Error: locked/x.txt: Permission denied\n"
    assert docs_of(rows_of(result.stdout)) == {"a.txt": 14}


# --- stray bytes ---------------------------------------------------------------------------------

def _with_stray_bytes(text: str, *after: str) -> bytes:
    data = text.encode("utf-8")
    for marker in after:  # one 0xFF after each marker's first occurrence
        i = data.index(marker.encode("utf-8")) + len(marker.encode("utf-8"))
        data = data[:i] + b"\xff" + data[i:]
    return data


@pytest.mark.parametrize(("data", "encoding", "text", "replaced"), [
    ("本报讯 全省快递业务量完成12.5亿件。".encode("utf-8"), None, "本报讯 全省快递业务量完成12.5亿件。", 0),
    ("本报讯 全省快递业务量完成12.5亿件。".encode("utf-8") + b"\xff", None, "本报讯 全省快递业务量完成12.5亿件。\ufffd", 1),
    (b"\x80" + "本报讯 全省快递业务量完成12.5亿件。".encode("utf-8") + b"\xc3", None,
     "\ufffd本报讯 全省快递业务量完成12.5亿件。\ufffd", 2),
    ("本报讯 全省快递业务量完成12.5亿件。".encode("gbk"), None, "本报讯 全省快递业务量完成12.5亿件。", 0),  # GBK, not UTF-8
    ("本报讯 全省快递业务量完成12.5亿件。".encode("utf-8") + b"\xff", "utf-8",
     "本报讯 全省快递业务量完成12.5亿件。\ufffd", 1),
])
def test_decode_page(data, encoding, text, replaced):
    assert decode_page(data, "p.txt", encoding) == (text, replaced)


def test_a_stray_byte_keeps_the_rows_and_says_how_many_were_replaced(pages):
    Path("stray.txt").write_bytes(_with_stray_bytes(PAGE, "。", "，"))
    clean = rows_of(invoke("extract", "a.txt", "--csv", "-q").stdout)
    result = invoke("extract", "stray.txt", "--csv", "--issue-date", "2023-04-20")
    assert result.exit_code == 0
    rows = rows_of(result.stdout)
    assert [(r["value"], r["unit"], r["line"]) for r in rows] == [(r["value"], r["unit"], r["line"]) for r in clean]
    assert result.stderr == ("Note: stray.txt: 2 bytes not valid in its encoding replaced by U+FFFD "
                             "(--strict-encoding refuses such files)\n")


def test_strict_encoding_refuses_a_stray_byte_with_the_right_hint(pages):
    Path("stray.txt").write_bytes(_with_stray_bytes(PAGE, "。"))
    result = invoke("extract", "stray.txt", "a.txt", "--csv", "-q", "--strict-encoding")
    assert result.exit_code == 1
    assert result.stderr == ("Error: stray.txt: not valid UTF-8: 1 stray byte, the first at line 3 (byte 290); "
                             "without --strict-encoding they are replaced by U+FFFD\n")
    assert "gb18030" not in result.stderr
    assert docs_of(rows_of(result.stdout)) == {"a.txt": 14}


# --- a worker that dies ----------------------------------------------------------------------------

def _dying(doc_names, once_flag=None):
    """extract_document that kills its process for these docs (as the OOM killer
    would), only the first time when ``once_flag`` (a file) is given."""
    real = EXTRACT.extract_document

    def extract_document(text, *, doc="-", issue_date=None):
        if doc in doc_names and (once_flag is None or not os.path.exists(once_flag)):
            if once_flag:
                Path(once_flag).touch()
            os._exit(9)
        return real(text, doc=doc, issue_date=issue_date)

    return extract_document


@pytest.fixture()
def archive(tmp_path, monkeypatch):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the test patches the workers through fork")
    monkeypatch.chdir(tmp_path)
    names = [f"p{i}.txt" for i in range(6)]
    for i, name in enumerate(names):
        Path(name).write_text(PAGE if i % 2 else OTHER, "utf-8")
    return names


def test_a_dead_worker_costs_only_its_own_file(archive, monkeypatch):
    monkeypatch.setattr(EXTRACT, "extract_document", _dying({"p2.txt"}))
    result = invoke("extract", *archive, "--csv", "-q", "--jobs", "2")
    assert result.exit_code == 1
    assert result.stderr == ("Error: p2.txt: the process reading it died (killed by the system, perhaps for "
                             "lack of memory); its rows are missing\n")
    assert docs_of(rows_of(result.stdout)) == {"p0.txt": 20, "p1.txt": 14, "p3.txt": 14, "p4.txt": 20, "p5.txt": 14}


def test_a_worker_killed_once_loses_nothing(archive, monkeypatch, tmp_path):
    monkeypatch.setattr(EXTRACT, "extract_document", _dying({"p1.txt"}, str(tmp_path / "killed")))
    result = invoke("extract", *archive, "--csv", "-q", "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "killed").exists()
    assert list(docs_of(rows_of(result.stdout)).items()) == [
        ("p0.txt", 20), ("p1.txt", 14), ("p2.txt", 20), ("p3.txt", 14), ("p4.txt", 20), ("p5.txt", 14)]


# --- dates from paths ------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "expected"), [
    ("zgyzb-2023-03-20.txt", "2023-03-20"),
    ("archive/2023/03/20/page2.txt", "2023-03-20"),
    ("20230320_A05.txt", "2023-03-20"),
    ("2023_03_20.txt", "2023-03-20"),
    ("pages/2023.3.5/a.txt", "2023-03-05"),
    ("中国邮政报/2023年3月5日/第2版.txt", "2023-03-05"),
    ("2022-01-01/zgyzb-2023-03-20.txt", "2023-03-20"),   # nearest the file name wins
    ("archive\\2023\\03\\20\\page2.txt", "2023-03-20"),
    ("2023-02-30.txt", None),                            # no such day
    ("2023/03/page1.txt", None),                         # a month is not a date
    ("p12345678.txt", None),
    ("120230320.txt", None),                             # part of a longer number
    ("page.txt", None),
])
def test_date_from_path(path, expected):
    found = date_from_path(path)
    assert (found.isoformat() if found else None) == expected


def test_issue_date_from_path_dates_each_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for path in ("zgyzb-2023-07-10.txt", "2024/07/10/page1.txt", "undated.txt"):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(HALF_YEAR, "utf-8")
    result = invoke("extract", ".", "--csv", "--issue-date-from", "path", "--metric", "volume")
    assert result.exit_code == 0
    assert [(r["doc"], r["period"]) for r in rows_of(result.stdout) if r["measure"] == "level"] == [
        ("2024/07/10/page1.txt", "2024-01/2024-06"), ("undated.txt", ""), ("zgyzb-2023-07-10.txt", "2023-01/2023-06")]
    assert result.stderr == ("Note: undated.txt: no date in its path; no date found on the page; relative periods "
                             "(今年, 3月17日) are left empty; give --issue-date\n")
    given = invoke("extract", ".", "--csv", "-q", "--issue-date-from", "path", "--issue-date", "2022-07-10")
    assert {r["period"] for r in rows_of(given.stdout)} == {"2022-01/2022-06"}  # --issue-date wins


def test_files_without_a_date_in_their_path_are_summed_up_in_one_note(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for path in ("zgyzb-2023-07-10.txt", "a.txt", "b.txt"):
        Path(path).write_text(HALF_YEAR, "utf-8")
    Path("c.txt").write_text("中国邮政报 2023年3月20日 星期一\n" + HALF_YEAR, "utf-8")  # dated by its masthead
    result = invoke("extract", ".", "--csv", "--issue-date-from", "path")
    assert result.stderr == ("Note: 2 of 4 files had no --issue-date (2 with no date in their path): 2 with no date "
                             "found (relative periods left empty); give --issue-date or --issue-date-from path; "
                             "--verbose lists them\n")


def test_issue_date_from_takes_only_path(pages):
    result = invoke("extract", "a.txt", "--issue-date-from", "page")
    assert result.exit_code == 2 and "takes 'path'" in result.stderr


# --- notes: one summary at the end ----------------------------------------------------------------

def test_notes_are_summed_up_once_at_the_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for i in range(3):
        Path(f"{i}.txt").write_text(HALF_YEAR, "utf-8")
    Path("3.txt").write_text("本报讯 2022年，全省快递业务量完成12.5亿件，同比增长18.3%。\n", "utf-8")  # inferred from its year
    result = invoke("extract", ".", "--csv")
    assert result.stderr == ("Note: 4 of 4 files had no --issue-date: 1 dated by inference from their years and "
                             "datelines, 3 with no date found (relative periods left empty); give --issue-date or "
                             "--issue-date-from path; --verbose lists them\n")
    verbose = invoke("extract", ".", "--csv", "--verbose")
    assert verbose.stderr.splitlines() == [
        "Note: 0.txt: no date found on the page; relative periods (今年, 3月17日) are left empty; give --issue-date",
        "Note: 1.txt: no date found on the page; relative periods (今年, 3月17日) are left empty; give --issue-date",
        "Note: 2.txt: no date found on the page; relative periods (今年, 3月17日) are left empty; give --issue-date",
        "Note: 3.txt: no --issue-date; reference date inferred as 2022"]
    assert invoke("extract", ".", "--csv", "--quiet").stderr == ""


def test_help_names_the_paths_plainly():
    for command in ("extract", "items", "summary"):
        result = invoke(command, "--help")
        assert f"Usage: root {command} [OPTIONS] PATH..." in result.stdout or \
            f"{command} [OPTIONS] PATH..." in result.stdout
        assert "\n  PATH...  " in result.stdout
        assert "<list[str]>" not in result.stdout and "{PATH}" not in result.stdout


# --- junk: lone surrogates, NUL, random bytes ---------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

#: pieces that make figures, items and periods, and the junk that broke them
PIECES = ["本报讯", "全省", "快递业务量", "完成", "12.5", "4.5", "亿", "万", "件", "元", "%", "同比增长", "今年1-6月",
          "2023年", "，", "。", "\n", "\f", "\r\n", " ", "其中，广州市", "\ud800", "\udfff", "\udc80", "\udcff", "\x00",
          "\ufffd", "\ufeff", "１２", "（", "）"]
JUNK_TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=60).map("".join)


def _clean(value) -> bool:
    return not isinstance(value, str) or not any(c == "\x00" or "\ud800" <= c <= "\udfff" for c in value)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(text=JUNK_TEXT, doc=st.sampled_from(["-", "page.txt", "a\udcd6\udcd0.txt", "\ud800"]))
def test_junk_text_never_crashes_extract_and_writes_to_parquet(text, doc):
    figures = postmetrics.extract(text, doc=doc)
    for f in figures:
        assert all(_clean(v) for v in f.as_dict().values()), f
    buffer = io.BytesIO()
    postmetrics.extract_frame(text, doc=doc).to_parquet(buffer)
    assert len(pd.read_parquet(buffer)) == len(figures)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=300),
                      JUNK_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.tuples(JUNK_TEXT, st.binary(max_size=5)).map(lambda p: p[0].encode("utf-8", "replace") + p[1])))
def test_junk_bytes_through_the_cli_are_rows_or_one_error_line(data):
    result = invoke("extract", "-", "--csv", "-q", input=data)
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        assert result.stderr.startswith("Error: -: ") and result.stderr.count("\n") == 1
    rows = rows_of(result.stdout)
    assert all(_clean(v) for r in rows for v in r.values())


# --- summaries that add up --------------------------------------------------------------------------

from postmetrics.model import Figure  # noqa: E402
from postmetrics.summary import summarize  # noqa: E402


def fig(value, province="", city="", county="", metric="volume", unit="件", period="2023", doc="p.txt"):
    return Figure(doc=doc, item=1, headline="", item_kind="news", province=province, city=city, county=county,
                  org="", item_date="", metric=metric, measure="level", value=float(value), value_high=None,
                  qualifier="exact", unit=unit, subject="", period=period, basis="", quote="", line=1)


@pytest.mark.parametrize(("figures", "by", "expected"), [
    # a province and its 其中 cities: the total stated, the cities left out
    ([fig(100e8, "广东省"), fig(30e8, "广东省", "广州市"), fig(25e8, "广东省", "深圳市")], "province",
     [("广东省", 100e8, 2)]),
    # …by city, the total has no city: each group is its own
    ([fig(100e8, "广东省"), fig(30e8, "广东省", "广州市"), fig(25e8, "广东省", "深圳市")], "city",
     [("广东省", 100e8, 0), ("广州市", 30e8, 0), ("深圳市", 25e8, 0)]),
    # cities with no provincial total: they do not contain each other, so they add up
    ([fig(30e8, "广东省", "广州市"), fig(25e8, "广东省", "深圳市")], "province", [("广东省", 55e8, 0)]),
    # a total and its 其中 part at the same place; the same figure twice (headline and body)
    ([fig(2.1e8, "广东省", "云浮市", metric="revenue", unit="元"), fig(0.76e8, "广东省", "云浮市", metric="revenue", unit="元"),
      fig(2.1e8, "广东省", "云浮市", metric="revenue", unit="元")], "city", [("云浮市", 2.1e8, 2)]),
    # a county inside its city's figure
    ([fig(500, "湖南省", "岳阳市"), fig(120, "湖南省", "岳阳市", "汨罗市"), fig(80, "湖南省", "衡阳市", "衡山县")],
     "province", [("湖南省", 580, 1)]),
    # the nation and its provinces, by period: the national total stands
    ([fig(1320e8), fig(100e8, "广东省"), fig(30e8, "浙江省")], "period", [("2023", 1320e8, 2)]),
    # a place's figure larger than the one around it is no part of it (another subject): both count
    ([fig(5e8, "广东省"), fig(8e8, "广东省", "广州市")], "province", [("广东省", 13e8, 0)]),
    # the same figure in two articles of an archive
    ([fig(12.5e8, "江苏省", doc="2023-07-10.txt"), fig(12.5e8, "江苏省", doc="2023-07-11.txt")], "province",
     [("江苏省", 12.5e8, 1)]),
    # periods differ: no sum, nothing left out
    ([fig(100, "广东省", period="2022"), fig(120, "广东省", period="2023")], "province", [("广东省", None, 0)]),
    # a series: one row per period
    ([fig(100, "广东省", period="2023-01"), fig(120, "广东省", period="2023-02"), fig(40, "广东省", "广州市", period="2023-02"),
      fig(7, "广东省", period="")], "period", [("(no period)", 7, 0), ("2023-01", 100, 0), ("2023-02", 120, 1)]),
])
def test_summary_never_adds_a_total_to_its_parts(figures, by, expected):
    df = summarize(figures, by=by)
    got = [(r.group, None if r.sum != r.sum else r.sum, r.left_out) for r in df.itertuples()]
    assert got == expected


def test_summary_of_a_page_with_a_total_and_its_cities(tmp_path):
    page = tmp_path / "gd.txt"
    page.write_text("本报讯 2023年，广东省快递业务量完成100亿件，同比增长10%。其中，广州市完成30亿件，深圳市完成25亿件。\n",
                    "utf-8")
    by_province = rows_of(invoke("summary", page, "--csv", "-q").stdout)
    assert [(r["group"], r["sum"], r["left_out"]) for r in by_province] == [("广东省", "10000000000.0", "2")]
    by_city = rows_of(invoke("summary", page, "--csv", "-q", "--by", "city").stdout)
    assert [(r["group"], r["sum"]) for r in by_city] == [
        ("广东省", "10000000000.0"), ("广州市", "3000000000.0"), ("深圳市", "2500000000.0")]
    view = invoke("summary", page, "-q", "--top", "0").stdout
    assert "100.00亿" in view and "155" not in view and "not added:" in view


def test_summary_by_period_is_a_series_over_an_archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for day, volume in (("2023-07-10", "12.5"), ("2024-07-10", "14")):
        Path(f"zgyzb-{day}.txt").write_text(HALF_YEAR.replace("12.5", volume), "utf-8")
    result = invoke("summary", ".", "--by", "period", "--metric", "volume", "--issue-date-from", "path", "--csv")
    assert result.exit_code == 0 and result.stderr == ""
    assert [(r["group"], r["metric"], r["sum"]) for r in rows_of(result.stdout)] == [
        ("2023-01/2023-06", "volume", "1250000000.0"), ("2024-01/2024-06", "volume", "1400000000.0")]


# --- a file of pages is written out page by page ------------------------------------------------------

def test_a_file_of_pages_gives_the_rows_of_the_whole_file_page_by_page(tmp_path):
    pages = [(DATA / n).read_text("utf-8") for n in ("seed-page.txt", "005.txt", "009.txt")]
    text = "\f".join(pages).replace("\n", "\r\n")
    path = tmp_path / "issue.txt"
    path.write_bytes(text.encode("utf-8"))
    want = postmetrics.extract_frame(text, doc=str(path), issue_date="2023-03-23")
    for command, frame in (("extract", want), ("items", None)):
        result = invoke(command, path, "--csv", "-q", "--issue-date", "2023-03-23")
        assert result.exit_code == 0, result.stderr
        got = rows_of(result.stdout)
        if frame is None:
            doc = postmetrics.extract_document(text, doc=str(path), issue_date="2023-03-23")
            assert [(r["item"], r["first_line"], r["last_line"]) for r in got] == [
                (str(i["item"]), str(i["first_line"]), str(i["last_line"])) for i in doc.items]
        else:
            assert [(int(r["item"]), int(r["line"]), float(r["value"]), r["period"], r["quote"]) for r in got] == [
                (r.item, r.line, r.value, r.period, r.quote) for r in want.itertuples()]


def test_a_page_that_fails_costs_only_that_page(tmp_path, monkeypatch):
    real = EXTRACT.extract_document

    def extract_document(text, *, doc="-", issue_date=None):
        if "國家郵政局" in text:  # 009.txt, the second page
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, doc=doc, issue_date=issue_date)

    monkeypatch.setattr(sys.modules["postmetrics.batch"], "extract_document", extract_document)
    path = tmp_path / "issue.txt"
    path.write_text(PAGE + "\f" + OTHER + "\f" + PAGE, "utf-8")
    result = invoke("extract", path, "--csv", "-q")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: page 2: RecursionError: maximum recursion depth exceeded\n"
    assert len(rows_of(result.stdout)) == 28


# --- all at once, through the installed command ---------------------------------------------------

def test_an_archive_with_every_hazard_through_the_installed_cli(tmp_path):
    """A GBK name, a stray byte, a macOS ._ file, a FIFO, a duplicate, a file of
    pages, and the output asked inside the archive: every good page's rows, one
    line per bad path, the input kept, the output not read back."""
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    arch = tmp_path / "arch"
    (arch / "2023" / "03" / "20").mkdir(parents=True)
    (arch / "2023" / "03" / "20" / "page1.txt").write_text(PAGE, "utf-8")
    (arch / "zgyzb-2023-03-21.txt").write_bytes(_with_stray_bytes(OTHER, "。"))
    (arch / "._zgyzb-2023-03-21.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02Mac OS X        ")
    (arch / "issue-2023-03-22.txt").write_text(PAGE + "\f" + OTHER, "utf-8")
    os.mkfifo(arch / "pipe.txt")
    try:
        (arch / os.fsdecode(b"\xd6\xd0\xce\xc4.txt")).write_text(PAGE, "utf-8")
        gbk = 1
    except (OSError, UnicodeEncodeError):
        gbk = 0
    out = arch / "figures.csv"
    before = {p: p.read_bytes() for p in arch.rglob("*.txt") if p.is_file()}
    run = subprocess.run([exe, "extract", str(arch), str(arch / "2023"), str(arch / "pipe.txt"), "-o", str(out),
                          "--issue-date-from", "path", "--jobs", "2"],
                         capture_output=True, timeout=300)  # the timeout only guards against a hang
    assert run.returncode == 1
    assert run.stderr.decode("utf-8").splitlines() == [
        f"Error: {arch}/pipe.txt: not a regular file (a FIFO); give files, folders or - for standard input"] + (
        [f"Note: {arch}/\\xd6\\xd0\\xce\\xc4.txt: no date in its path; no date found on the page; relative periods "
         "(今年, 3月17日) are left empty; give --issue-date"] if gbk else []) + [
        f"Note: {arch}/zgyzb-2023-03-21.txt: 1 byte not valid in its encoding replaced by U+FFFD "
        "(--strict-encoding refuses such files)"]
    assert {p: p.read_bytes() for p in arch.rglob("*.txt") if p.is_file()} == before
    rows = rows_of(out.read_text("utf-8"))
    want = {f"{arch}/2023/03/20/page1.txt": 14, f"{arch}/issue-2023-03-22.txt": 34,
            f"{arch}/zgyzb-2023-03-21.txt": 20}
    if gbk:
        want[f"{arch}/\\xd6\\xd0\\xce\\xc4.txt"] = 14
    assert docs_of(rows) == dict(sorted(want.items()))
    dated = postmetrics.extract(PAGE, issue_date="2023-03-20")  # 2023/03/20/page1.txt is dated by its folders
    assert [r["period"] for r in rows if r["doc"].endswith("page1.txt")] == [f.period for f in dated]
    assert any(f.period for f in dated) and not any(f.period for f in postmetrics.extract(PAGE))
    again = subprocess.run([exe, "extract", str(arch), "-o", str(out)], capture_output=True, timeout=300)
    assert again.returncode == 2 and b"exists; give --force" in again.stderr

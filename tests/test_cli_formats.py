"""CLI output formats, filters, parallel jobs and the summary command (issue #5)."""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import postmetrics
from postmetrics.cli import app
from postmetrics.model import COLUMNS

DATA = Path(__file__).parent / "data"
PAGES = ["seed-page.txt", "005.txt", "009.txt", "028.txt"]
runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.fixture()
def folder(tmp_path):
    for name in PAGES:
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def rows_of(stdout):
    return list(csv.DictReader(io.StringIO(stdout)))


def expected_frame(folder):
    return pd.concat([postmetrics.extract_frame((folder / n).read_text("utf-8"), doc=str(folder / n),
                                                issue_date="2023-03-23") for n in sorted(PAGES)],
                     ignore_index=True)


def test_parquet_reads_back_equal(folder, tmp_path):
    out = tmp_path / "out.parquet"
    result = invoke("extract", folder, "--parquet", out, "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    pd.testing.assert_frame_equal(pd.read_parquet(out), expected_frame(folder))


def test_xlsx_reads_back_equal(folder, tmp_path):
    out = tmp_path / "out.xlsx"
    result = invoke("extract", folder, "--xlsx", out, "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    back = pd.read_excel(out, dtype={c: str for c in COLUMNS if c not in ("item", "line", "value", "value_high")},
                         keep_default_na=False, na_values={"value_high": [""]})
    expected = expected_frame(folder)
    assert list(back.columns) == list(COLUMNS)
    assert back["value"].tolist() == expected["value"].tolist()
    assert back["quote"].tolist() == expected["quote"].tolist()
    assert back["line"].tolist() == expected["line"].astype(int).tolist()


def test_excel_csv_has_a_bom_and_output_file(folder, tmp_path):
    out = tmp_path / "out.csv"
    result = invoke("extract", folder / "005.txt", "--excel-csv", "-o", out)
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 14 and list(rows[0]) == list(COLUMNS)


def test_output_file_for_jsonl(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("extract", folder / "005.txt", "--jsonl", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(out.read_text("utf-8").splitlines()) == 14


@pytest.mark.parametrize(("flags", "message"), [
    (["--csv", "--jsonl"], "choose one output format"),
    (["--parquet", "x.parquet", "--xlsx", "y.xlsx"], "choose one output format"),
    (["--parquet", "x.parquet", "-o", "y"], "--parquet takes its own FILE: give --parquet FILE or -o FILE, not both"),
    (["--xlsx", "x.xlsx", "-o", "y"], "--xlsx takes its own FILE: give --xlsx FILE or -o FILE, not both"),
    (["--issue-date", "2023-13-01"], "not an ISO date"),
])
def test_usage_errors_exit_2(folder, flags, message):
    result = invoke("extract", folder / "005.txt", *flags)
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.parametrize(("flags", "check"), [
    (["--metric", "volume,revenue"], lambda r: r["metric"] in ("volume", "revenue")),
    (["--place", "广东省"], lambda r: "广东省" in (r["province"], r["city"], r["county"])),
    (["--place", "中山市"], lambda r: r["city"] == "中山市"),
    (["--item-kind", "photo"], lambda r: r["item_kind"] == "photo"),
])
def test_filters(folder, flags, check):
    everything = rows_of(invoke("extract", folder, "--csv", "-q").stdout)
    result = invoke("extract", folder, "--csv", "-q", *flags)
    rows = rows_of(result.stdout)
    assert rows, "the filter must keep some rows for the test to mean anything"
    assert all(check(r) for r in rows)
    assert rows == [r for r in everything if check(r)]


def test_no_figures_gives_the_header_only(tmp_path):
    page = tmp_path / "empty-news.txt"
    page.write_text("本报讯 近日，县分公司开展宣传活动。\n", "utf-8")
    result = invoke("extract", page, "--csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [",".join(COLUMNS)]


def test_jobs_2_gives_the_same_output_in_the_same_order(folder):
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    one = subprocess.run([exe, "extract", str(folder), "--csv", "-q"], capture_output=True, text=True)
    two = subprocess.run([exe, "extract", str(folder), "--csv", "-q", "--jobs", "2"], capture_output=True, text=True)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(rows_of(one.stdout)) > 50


def test_jobs_2_with_a_bad_file_still_prints_the_others(folder):
    (folder / "bad.txt").write_bytes(b"\x00\x00binary")
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    run = subprocess.run([exe, "extract", str(folder), "--csv", "-q", "--jobs", "2"], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [f"Error: {folder / 'bad.txt'}: binary file, not text (if it is text, give --encoding)"]
    assert {r["doc"] for r in rows_of(run.stdout)} == {str(folder / n) for n in PAGES}


def test_summary_csv_adds_up_only_where_periods_agree(folder):
    result = invoke("summary", folder, "--csv", "--by", "province", "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    rows = rows_of(result.stdout)
    assert list(rows[0]) == ["group", "metric", "unit", "figures", "sum", "left_out", "min", "max", "periods"]
    by_key = {(r["group"], r["metric"], r["unit"]): r for r in rows}
    yunfu = by_key[("广东省", "volume", "件")]  # 005.txt: 328.82万件 and 291.51万件, no period, plus 中山
    assert int(yunfu["figures"]) >= 2
    for r in rows:
        if ";" in r["periods"]:
            assert r["sum"] == ""  # periods differ: no sum
        else:
            assert float(r["min"]) <= float(r["max"])
    assert sum(int(r["figures"]) for r in rows) == sum(
        1 for name in PAGES for f in postmetrics.extract((folder / name).read_text("utf-8"), issue_date="2023-03-23")
        if f.measure == "level")


def test_summary_terminal_view(folder):
    result = invoke("summary", folder, "--by", "city", "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    assert "4 pages" in result.stdout
    assert "Level figures by city" in result.stdout
    assert "Largest figures" in result.stdout


def test_summary_without_figures_prints_the_counts_and_no_empty_table(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("本报讯 全省邮政系统召开工作会议，部署下一阶段工作。", "utf-8")
    result = invoke("summary", page, "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == "1 page, 1 item, 0 figures"


def test_summary_of_only_unreadable_files_prints_the_error_and_zero_counts():
    result = invoke("summary", DATA / "pdf" / "scanned.pdf")
    assert result.exit_code == 1
    assert result.stdout.strip() == "0 pages, 0 items, 0 figures"
    assert "scanned.pdf: no text layer; OCR it first" in result.stderr


def test_summary_rejects_an_unknown_group(folder):
    result = invoke("summary", folder, "--by", "planet")
    assert result.exit_code == 2


def test_items_takes_the_same_flags(folder, tmp_path):
    out = tmp_path / "items.parquet"
    result = invoke("items", folder / "seed-page.txt", "--parquet", out)
    assert result.exit_code == 0, result.stderr
    items = pd.read_parquet(out)
    assert len(items) == 10
    assert items["headline"].iloc[2] == "中山邮政药品配送渐入佳境"


# --- found by a new-user try-out -------------------------------------------------

@pytest.mark.parametrize(("flags", "message"), [
    (["--metric", "bogus"], "unknown bogus; choose from volume"),
    (["--metric", "Volume"], "unknown Volume"),
    (["--item-kind", "story"], "unknown story; choose from news"),
    (["--encoding", "nosuch"], "unknown encoding 'nosuch'"),
    (["--issue-date", "20230323"], "not an ISO date"),
    (["--parquet", "/nonexistent-dir/x.parquet"], "directory /nonexistent-dir does not exist"),
    (["--xlsx", "."], "is a directory"),
    (["--parquet", "-q"], "looks like an option"),
    (["-o", "/nonexistent-dir/out.csv"], "does not exist"),
])
def test_bad_option_values_are_usage_errors_before_any_work(folder, flags, message):
    result = invoke("extract", folder / "005.txt", *flags)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("place", ["广东", "广东省", "云浮", "云浮市"])
def test_place_filter_takes_short_forms(folder, place):
    rows = rows_of(invoke("extract", folder / "005.txt", "--csv", "-q", "--place", place).stdout)
    assert len(rows) == 14


def test_a_quoted_glob_is_expanded(folder):
    result = invoke("extract", str(folder / "0*.txt"), "--csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert {r["doc"] for r in rows_of(result.stdout)} == {str(folder / n) for n in ("005.txt", "009.txt", "028.txt")}


def test_upper_case_txt_files_are_read(folder):
    (folder / "005.txt").rename(folder / "UPPER.TXT")
    docs = {r["doc"] for r in rows_of(invoke("extract", folder, "--csv", "-q").stdout)}
    assert str(folder / "UPPER.TXT") in docs


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom(tmp_path, encoding):
    page = tmp_path / "p.txt"
    page.write_bytes((DATA / "005.txt").read_text("utf-8").encode(encoding))
    result = invoke("extract", page, "--csv", "-q")
    assert result.exit_code == 0, result.stderr
    assert len(rows_of(result.stdout)) == 14


def test_a_note_says_when_no_date_is_found(folder):
    result = invoke("extract", folder / "005.txt", "--csv")
    assert "no date found on the page" in result.stderr
    assert "give --issue-date" in result.stderr


def test_library_rejects_bytes_with_a_clear_type_error():
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        postmetrics.extract("本报讯 业务量1万件。".encode("utf-8"))


def test_summarize_takes_a_frame_or_figures():
    text = (DATA / "005.txt").read_text("utf-8")
    from_frame = postmetrics.summarize(postmetrics.extract_frame(text))
    from_figures = postmetrics.summarize(postmetrics.extract(text))
    pd.testing.assert_frame_equal(from_frame, from_figures)
    assert set(from_frame["group"]) == {"广东省"}
    volume = from_frame[from_frame["metric"] == "volume"].iloc[0]
    # 邮政寄递 328.82万件 and 快递 291.51万件, both of 云浮市: figures of one place are never added
    # (most often a total and its 其中 part); the larger stands, the other is left out
    assert (volume["figures"], volume["sum"], volume["left_out"]) == (2, 3288200, 1)


def test_summary_of_the_samples_folder():
    samples = Path(__file__).parent.parent / "samples"
    result = invoke("summary", samples, "--csv", "-q")
    assert result.exit_code == 0, result.stderr
    rows = {(r["group"], r["metric"], r["unit"]): r for r in rows_of(result.stdout)}
    # 中山: 4.5万件 (2022) and 1.5万件 (2023-01-01/2023-03-20): periods differ, so no sum
    zhongshan = rows[("广东省", "volume", "件")]
    assert (zhongshan["figures"], zhongshan["sum"], zhongshan["min"], zhongshan["max"]) == ("2", "", "15000.0", "45000.0")
    # 汨罗: 14 乡镇, 106 行政村, 4 直播间 are all 个 but are counts of different things: no sum
    miluo = rows[("湖南省", "count", "个")]
    assert (miluo["figures"], miluo["sum"], miluo["min"], miluo["max"]) == ("3", "", "4.0", "106.0")
    # 北京: 21份 (one figure) adds up to itself
    assert rows[("北京市", "volume", "份")]["sum"] == "21.0"
    terminal = invoke("summary", samples, "-q")
    assert "1 page, 10 items, 32 figures" in terminal.stdout


# --- found by the second try-out ---------------------------------------------------

def test_an_empty_path_is_a_usage_error():
    result = invoke("extract", "")
    assert result.exit_code == 2
    assert "an empty path" in result.stderr


@pytest.mark.parametrize(("place", "exit_code"), [("中山", 0), ("汨罗", 0), ("德清", 0), ("火星", 2)])
def test_place_filter_knows_every_gazetteer_name(place, exit_code):
    samples = Path(__file__).parent.parent / "samples"
    result = invoke("extract", samples, "--csv", "-q", "--place", place)
    assert result.exit_code == exit_code
    if exit_code == 0:
        assert rows_of(result.stdout)
    else:
        assert "no place called" in result.stderr


def test_a_full_disk_is_one_line_not_a_traceback(folder):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    exe = shutil.which("postmetrics") or str(Path(sys.executable).with_name("postmetrics"))
    for flags in (["-o", "/dev/full"], ["--parquet", "/dev/full"]):
        run = subprocess.run([exe, "extract", str(folder), "-q", *flags], capture_output=True, text=True)
        assert run.returncode == 1
        assert run.stderr.startswith("Error: cannot write /dev/full:")
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_a_page_on_one_line_gives_no_giant_headline(tmp_path):
    text = (DATA / "seed-page.txt").read_text("utf-8").replace("\n", "")
    page = tmp_path / "one-line.txt"
    page.write_text(text, "utf-8")
    rows = rows_of(invoke("extract", page, "--csv", "-q").stdout)
    assert rows and max(len(r["headline"]) for r in rows) <= 40


def test_a_file_of_spaces_is_an_empty_file(tmp_path):
    page = tmp_path / "blank.txt"
    page.write_text("   \n\u3000\u3000\n\t\n", "utf-8")
    result = invoke("extract", page, "--csv")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("empty file (only spaces)")


def test_library_issue_date_is_strict_like_the_cli():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        postmetrics.extract("本报讯 业务量1万件。", issue_date="20230323")


def test_summarize_rejects_a_frame_that_is_not_a_figures_table():
    with pytest.raises(ValueError, match="not a figures table"):
        postmetrics.summarize(pd.DataFrame({"a": [1]}))


def test_quotes_drop_the_marker_and_a_day_heads_its_sentence():
    figures = postmetrics.extract("本报讯（记者 陈立）今年快递业务量完成1.5万件。\n3月17日，全市寄出100件。",
                                  issue_date="2023-05-01")
    assert [(f.quote, f.period) for f in figures] == [
        ("今年快递业务量完成1.5万件", "2023"), ("全市寄出100件", "2023-03-17")]


def test_a_narrow_table_never_cuts_a_period_silently(monkeypatch):
    """At 80 columns the quote and line columns give way (and a note says so) and a
    run of days folds onto two lines at its slash; it is never shown cut as 2023-01-01/2023."""
    import io as _io

    import postmetrics
    from postmetrics.model import COLUMNS as _COLUMNS
    from postmetrics.render import Renderer

    monkeypatch.setenv("COLUMNS", "80")
    page = "本报讯 广东省中山市邮政分公司今年截至3月20日，揽收药品包裹15000件，同比增加1.1万件以上。\n"
    out = _io.StringIO()
    renderer = Renderer("table", _COLUMNS, out)
    renderer.write(f.as_dict() for f in postmetrics.extract(page, issue_date="2023-03-23"))
    renderer.close()
    text = out.getvalue()
    lines = text.splitlines()
    at = next(k for k, line in enumerate(lines) if line.rstrip().endswith("2023-01-01/"))
    assert lines[at + 1].strip().endswith("2023-03-20")
    assert "not shown at this width" in text


def test_an_items_table_keeps_room_for_its_headlines(monkeypatch):
    """At 100 columns the items table drops the reporting unit and the first and last lines
    (a note says so) before it cuts headlines to a few characters (a new user's report)."""
    import io as _io

    import postmetrics
    from postmetrics.render import Renderer

    monkeypatch.setenv("COLUMNS", "100")
    page = ("新乡市分公司直播基地再添“新丁”\n\n本报讯 3月17日，新乡市邮政分公司直播基地开播，当天销售额2.3万元。\n")
    items = postmetrics.extract_items(page, doc="p.txt")
    out = _io.StringIO()
    renderer = Renderer("table", list(items[0]), out)
    renderer.write(items)
    renderer.close()
    text = out.getvalue()
    assert "新乡市分公司直播基地再添“新丁”" in text
    assert "not shown at this width" in text and "org" in text.splitlines()[-1]


def test_the_terminal_table_opens_with_its_header():
    # `postmetrics extract page --table | head -3` shows the header, its rule and a row: no blank
    # line over them (a new user's trial)
    result = invoke("extract", DATA / "seed-page.txt", "--table", "--issue-date", "2023-03-20")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].split()[:3] == ["item", "place", "metric"]


@pytest.mark.parametrize("fmt", [["extract", "-", "--csv"], ["extract", "-", "--table"], ["summary", "-"]])
def test_a_reader_that_stops_early_is_no_failure(fmt):
    # `postmetrics extract … | head -1`: exit 0, nothing on stderr (the terminal table and the
    # summary too, which rich writes: its closed pipe would exit 1)
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "samples" / "zgyzb-2023-03-pages-zhongshan-beijing-miluo.txt"
    big = sample.read_text("utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "postmetrics", *fmt, "--issue-date", "2023-03-20"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write((big * 20).encode("utf-8"))
    proc.stdin.close()
    proc.stdout.readline()
    proc.stdout.close()  # the reader has had enough
    assert proc.wait(timeout=120) == 0
    assert proc.stderr.read() == b""


@pytest.mark.parametrize(("flags", "module", "message"), [
    (["--xlsx", "x.xlsx"], "openpyxl", "writing an Excel workbook needs openpyxl"),
    (["-o", "x.xlsx"], "openpyxl", "writing an Excel workbook needs openpyxl"),
    (["-o", "x.parquet"], "pyarrow", "writing a Parquet file needs pyarrow"),
])
def test_a_missing_format_library_is_named_for_what_is_written(folder, tmp_path, monkeypatch, flags, module, message):
    monkeypatch.setitem(sys.modules, module, None)  # import fails, as without the extra
    monkeypatch.chdir(tmp_path)
    result = invoke("extract", folder / "005.txt", *flags)
    assert result.exit_code == 2 and message in result.stderr


def test_an_existing_output_file_is_named_without_a_placeholder(folder, tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("earlier", encoding="utf-8")
    result = invoke("extract", folder / "005.txt", "-o", out)
    assert result.exit_code == 2 and "Invalid value for '-o' / '--output': " in result.stderr and "for FILE" not in result.stderr
    assert out.read_text(encoding="utf-8") == "earlier"


"""The command line through click's CliRunner: inputs, formats, encodings, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import postmetrics
from postmetrics.cli import app
from postmetrics.model import COLUMNS

DATA = Path(__file__).parent / "data"
PAGE_005 = (DATA / "005.txt").read_text(encoding="utf-8")   # simplified, full-width digits
PAGE_009 = (DATA / "009.txt").read_text(encoding="utf-8")   # traditional Chinese
SHORT = "本报讯 3 月 17 日，广东省中山市邮政分公司\n\n揽收药品包裹 4.5 万件，业务创收约 60 万元。\n"

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def csv_rows(stdout):
    return list(csv.DictReader(io.StringIO(stdout)))


def without_doc(rows):
    return [{k: v for k, v in r.items() if k != "doc"} for r in rows]


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_stdin_dash():
    result = invoke("extract", "-", "--csv", "--issue-date", "2023-03-23", input=SHORT)
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert [(r["doc"], r["value"], r["unit"], r["qualifier"], r["line"], r["item_date"]) for r in rows] == [
        ("-", "45000", "件", "exact", "3", "2023-03-17"),
        ("-", "600000", "元", "about", "3", "2023-03-17"),
    ]


def test_stdin_matches_library():
    result = invoke("extract", "-", "--csv", "--issue-date", "2023-03-23", input=SHORT)
    expected = postmetrics.extract(SHORT, issue_date="2023-03-23")
    assert [(float(r["value"]), r["metric"], r["period"]) for r in csv_rows(result.stdout)] == [
        (f.value, f.metric, f.period) for f in expected]


def test_directory_expands_to_sorted_txt_files(tmp_path):
    write(tmp_path / "b.txt", SHORT)
    write(tmp_path / "a.txt", "本报讯 全年揽收包裹 300 万件。")
    write(tmp_path / "notes.md", "本报讯 全年揽收包裹 999 万件。")
    result = invoke("extract", str(tmp_path), "--csv", "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    assert [(Path(r["doc"]).name, r["value"]) for r in csv_rows(result.stdout)] == [
        ("a.txt", "3000000"), ("b.txt", "45000"), ("b.txt", "600000")]


def test_jsonl_keeps_chinese_unescaped(tmp_path):
    path = write(tmp_path / "p.txt", SHORT)
    result = invoke("extract", path, "--jsonl", "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "广东省" in lines[0] and "\\u" not in result.stdout
    records = [json.loads(line) for line in lines]
    assert [(r["value"], r["value_high"], r["unit"], r["province"], r["line"]) for r in records] == [
        (45000.0, None, "件", "广东省", 3), (600000.0, None, "元", "广东省", 3)]
    assert list(records[0]) == list(COLUMNS)


def test_json_is_one_array(tmp_path):
    path = write(tmp_path / "p.txt", SHORT)
    result = invoke("extract", path, "--json", "--issue-date", "2023-03-23")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["value"], r["metric"], r["qualifier"]) for r in records] == [
        (45000.0, "volume", "exact"), (600000.0, "revenue", "about")]


def test_json_with_no_figures_is_an_empty_array(tmp_path):
    path = write(tmp_path / "p.txt", "本报讯 近日，平昌县邮政分公司开展防范非法集资宣传活动。")
    result = invoke("extract", path, "--json", "--issue-date", "2023-03-23")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


@pytest.mark.parametrize("flags", [("--csv", "--json"), ("--jsonl", "--table"), ("--csv", "--jsonl", "--json")],
                         ids=lambda f: "+".join(f))
def test_conflicting_formats_are_a_usage_error(tmp_path, flags):
    path = write(tmp_path / "p.txt", SHORT)
    result = invoke("extract", path, *flags)
    assert result.exit_code == 2
    assert result.stdout == ""


def test_missing_file_is_reported_and_the_others_still_print(tmp_path):
    good = write(tmp_path / "good.txt", SHORT)
    missing = str(tmp_path / "missing.txt")
    result = invoke("extract", missing, good, "--csv", "--issue-date", "2023-03-23")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {missing}: no such file or directory\n"
    assert [(r["doc"], r["value"]) for r in csv_rows(result.stdout)] == [(good, "45000"), (good, "600000")]


def test_empty_file_is_an_input_error(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    result = invoke("extract", empty, "--csv")
    assert result.exit_code == 1
    assert result.stderr == f"Error: {empty}: empty file\n"
    assert result.stdout == ",".join(COLUMNS) + "\n"


def test_page_without_figures_prints_only_the_header(tmp_path):
    path = write(tmp_path / "p.txt", "本报讯 近日，平昌县邮政分公司开展防范非法集资宣传活动。")
    result = invoke("extract", path, "--csv", "--issue-date", "2023-03-23")
    assert (result.exit_code, result.stdout, result.stderr) == (0, ",".join(COLUMNS) + "\n", "")


def test_binary_file_is_an_input_error(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = invoke("extract", str(binary), "--csv")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {binary}: ")
    assert "binary" in result.stderr
    assert len(result.stderr.splitlines()) == 1


# (page, encoding, --encoding option or None for detection)
ENCODINGS = [
    pytest.param(PAGE_005, "gbk", None, id="gbk-detected"),
    pytest.param(PAGE_005, "gb18030", None, id="gb18030-detected"),
    pytest.param(PAGE_005, "gbk", "gbk", id="gbk-given"),
    pytest.param(PAGE_009, "big5", None, id="big5-detected"),
    pytest.param(PAGE_009, "big5", "big5", id="big5-given"),
    pytest.param(PAGE_005, "utf-8-sig", None, id="utf8-bom"),
    pytest.param(PAGE_009, "utf-16", None, id="utf16-bom"),
]


@pytest.mark.parametrize(("page", "encoding", "option"), ENCODINGS)
def test_encodings_give_the_same_rows_as_utf8(tmp_path, page, encoding, option):
    utf8 = write(tmp_path / "utf8.txt", page)
    other = write(tmp_path / "other.txt", page, encoding)
    extra = ["--encoding", option] if option else []
    base = invoke("extract", utf8, "--csv", "--issue-date", "2023-06-01")
    result = invoke("extract", other, "--csv", "--issue-date", "2023-06-01", *extra)
    assert (result.exit_code, result.stderr) == (0, "")
    assert without_doc(csv_rows(result.stdout)) == without_doc(csv_rows(base.stdout))
    assert len(csv_rows(base.stdout)) >= 14


def test_wrong_encoding_option_is_an_input_error(tmp_path):
    path = write(tmp_path / "p.txt", PAGE_005, "gbk")
    result = invoke("extract", path, "--csv", "--encoding", "utf-8")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: cannot decode as utf-8")


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_ends_do_not_change_line_numbers(tmp_path, newline):
    page = (DATA / "seed-page.txt").read_text(encoding="utf-8")
    lf = write(tmp_path / "lf.txt", page)
    other = write(tmp_path / "other.txt", page.replace("\n", newline))
    base = csv_rows(invoke("extract", lf, "--csv", "--quiet").stdout)
    rows = csv_rows(invoke("extract", other, "--csv", "--quiet").stdout)
    assert [(r["line"], r["value"]) for r in rows] == [(r["line"], r["value"]) for r in base]
    assert ("51", "45000") in [(r["line"], r["value"]) for r in rows]


@pytest.mark.parametrize("bad", ["2023-13-01", "23-03-2023", "yesterday", "2023/03/23"])
def test_bad_issue_date_is_a_usage_error(tmp_path, bad):
    path = write(tmp_path / "p.txt", SHORT)
    result = invoke("extract", path, "--csv", "--issue-date", bad)
    assert result.exit_code == 2
    assert "--issue-date" in result.stderr
    assert result.stdout == ""


def test_inferred_reference_note_and_quiet(tmp_path):
    path = write(tmp_path / "p.txt", "本报讯 3 月 17 日，2022年全市揽收包裹 300 万件。")
    noisy = invoke("extract", path, "--csv")
    quiet = invoke("extract", path, "--csv", "--quiet")
    assert noisy.stderr == f"Note: {path}: no --issue-date; reference date inferred as 2022-03-17\n"
    assert (quiet.stderr, quiet.stdout) == ("", noisy.stdout)


def test_version():
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"postmetrics {postmetrics.__version__}\n")


def test_items_command():
    result = invoke("items", str(DATA / "seed-page.txt"), "--csv", "--quiet")
    assert result.exit_code == 0, result.stderr
    rows = csv_rows(result.stdout)
    assert [(r["item"], r["item_kind"], r["first_line"]) for r in rows][:4] == [
        ("1", "photo", "3"), ("2", "photo", "15"), ("3", "news", "35"), ("4", "news", "195")]
    assert len(rows) == 10
    assert list(rows[0])[:4] == ["doc", "item", "item_kind", "headline"]


def test_no_arguments_shows_usage():
    result = invoke("extract")
    assert result.exit_code == 2


@pytest.mark.parametrize("target, given", [
    ("page.txt", "page.txt"),            # the input itself: it would be emptied before it is read
    ("page.txt", "*.txt"),               # …also when a quoted glob names it
    ("figures.txt", "."),                # a .txt inside an input folder would be read back as a page
])
def test_output_never_erases_or_rereads_an_input(tmp_path, monkeypatch, target, given):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "page.txt", SHORT)
    before = (tmp_path / "page.txt").read_bytes()
    result = invoke("extract", given, "-o", target)
    assert result.exit_code == 2
    assert (tmp_path / "page.txt").read_bytes() == before
    assert not (tmp_path / "figures.txt").exists()


def test_output_beside_the_inputs_with_another_extension_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "page.txt", SHORT)
    result = invoke("extract", ".", "-o", "figures.csv", "--csv")
    assert result.exit_code == 0
    assert len(csv_rows((tmp_path / "figures.csv").read_text("utf-8"))) == 2

"""PDF and web pages as inputs: committed files in tests/data/pdf and tests/data/html.

two_columns.pdf and two_pages.pdf were laid out by LibreOffice (sections of
two columns, headlines inside them) from tests/data/009.txt and a dev page;
no_unicode_map.pdf is two_columns.pdf with its fonts' ToUnicode maps renamed
away; scanned.pdf is an image of lines, without text.  sections_two_pages.pdf
is tests/data/heldout/303.txt laid out by bench/layouts/make_pdfs.py (LibreOffice,
a section of two columns per item, headlines inside them, its gold headlines):
three pages, only the first with a masthead and its date.
headline_beside_continuation.pdf is tests/data/heldout/2905.txt laid out so
(LibreOffice, two columns): a two-line headline stands beside the last lines
of the item before it, at the top of the second column.  The web pages are
009.txt as a site bulletin (navigation, share bar, related links, ICP
footer) and as a WeChat article (read counts, QR prompt).
"""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from postmetrics import extract, read_page
from postmetrics.cli import app
from postmetrics.io import InputError, iter_inputs
from postmetrics.text import HEADLINE_MARK, MASTHEAD_MARK

DATA = Path(__file__).parent / "data"
PDF = DATA / "pdf"
HTML = DATA / "html"


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_pdf_text_is_in_reading_order():
    _, text = read_page(PDF / "two_columns.pdf")
    assert text.split("\n")[:4] == [
        MASTHEAD_MARK + "中国邮政报              第3版·动态              2023年3月24日星期五",
        HEADLINE_MARK + "國家郵政局發布2022年郵政行業發",
        HEADLINE_MARK + "展統計公報",
        "人民網北京5月26日電（記者葉嘉穎）國家郵政",
    ]


def test_a_headline_beside_the_last_lines_of_the_item_before_it_is_followed_by_its_own_text():
    """The band of the headline and the lines beside it has the page's gutter even
    when it is too narrow for a band of two rows: the band is no section of its own."""
    _, text = read_page(PDF / "headline_beside_continuation.pdf")
    lines = text.split("\n")
    at = lines.index(HEADLINE_MARK + "国家邮政局发布中秋国庆假期快递")
    assert lines[at + 1:at + 3] == [HEADLINE_MARK + "数据", "新京报讯（记者吴婷婷）国家邮政局监测数据显"]
    foot = next(k for k, line in enumerate(lines) if line.startswith("投递快递与包裹25.72亿件"))
    assert lines[foot + 1].startswith("务），日均投递量与2019年国庆长假相比增长")


def test_text_command_prints_the_lines_and_pages_start_with_a_form_feed():
    code, out, _ = run("text", str(PDF / "two_pages.pdf"))
    lines = out.split("\n")
    assert code == 0
    assert [n for n, line in enumerate(lines, start=1) if line.startswith("\f")] == [20]
    assert lines[19] == "\f中国邮政报 第4版·综合 2023年3月24日星期五"
    assert lines[5] == "完成3441.89万件，同比增长49.35%；业务收入完成"


def test_text_command_starts_each_file_after_the_first_with_a_form_feed(tmp_path):
    (tmp_path / "a.txt").write_text("本报讯 甲县快递业务量完成1万件。\n", "utf-8")
    (tmp_path / "b.txt").write_text("本报讯 乙县快递业务量完成2万件。\n", "utf-8")
    code, out, _ = run("text", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert (code, out) == (0, "本报讯 甲县快递业务量完成1万件。\n\f本报讯 乙县快递业务量完成2万件。\n")


#: (item, metric, measure, value, unit, period, line, page) of every row of two_pages.pdf
TWO_PAGES_ROWS = [
    ("1", "volume", "level", "34418900", "件", "2023-01/2023-10", "6", "1"),
    ("1", "volume", "pct_change", "49.35", "%", "2023-01/2023-10", "6", "1"),
    ("1", "revenue", "level", "386000000", "元", "2023-01/2023-10", "7", "1"),
    ("1", "revenue", "pct_change", "52", "%", "2023-01/2023-10", "7", "1"),
    ("1", "volume", "level", "1969800", "件", "2023-01/2023-10", "8", "1"),
    ("1", "volume", "pct_change", "48.67", "%", "2023-01/2023-10", "8", "1"),
    ("1", "volume", "level", "32339800", "件", "2023-01/2023-10", "9", "1"),
    ("1", "volume", "pct_change", "49.08", "%", "2023-01/2023-10", "9", "1"),
    ("1", "volume", "level", "109300", "件", "2023-01/2023-10", "10", "1"),
    ("1", "volume", "pct_change", "295.58", "%", "2023-01/2023-10", "10", "1"),
    ("1", "business_total", "level", "881000000", "元", "2023-01/2023-10", "12", "1"),
    ("1", "business_total", "pct_change", "27.33", "%", "2023-01/2023-10", "12", "1"),
    ("1", "revenue", "level", "845000000", "元", "2023-01/2023-10", "13", "1"),
    ("1", "revenue", "pct_change", "23.96", "%", "2023-01/2023-10", "14", "1"),
    ("1", "business_total", "level", "511000000", "元", "2023-01/2023-10", "16", "1"),
    ("1", "business_total", "pct_change", "11.87", "%", "2023-01/2023-10", "16", "1"),
    ("1", "volume", "level", "42565200", "件", "2023-01/2023-10", "17", "1"),
    ("1", "volume", "pct_change", "14.18", "%", "2023-01/2023-10", "17", "1"),
    ("1", "revenue", "level", "63421800", "元", "2023-01/2023-10", "18", "1"),
    ("1", "revenue", "pct_change", "-0.7", "%", "2023-01/2023-10", "19", "1"),
    ("2", "volume", "level", "139090000000", "件", "2022", "25", "2"),
    ("2", "volume", "pct_change", "2.7", "%", "2022", "26", "2"),
    ("2", "volume", "level", "110580000000", "件", "2022", "26", "2"),
    ("2", "volume", "pct_change", "2.1", "%", "2022", "27", "2"),
    ("2", "revenue", "level", "1350960000000", "元", "2022", "29", "2"),
    ("2", "revenue", "pct_change", "6.9", "%", "2022", "30", "2"),
    ("2", "revenue", "level", "1056670000000", "元", "2022", "30", "2"),
    ("2", "revenue", "pct_change", "2.3", "%", "2022", "31", "2"),
]


def test_extract_pdf_csv_gives_rows_with_page_and_line():
    code, out, err = run("extract", str(PDF / "two_pages.pdf"), "--csv", "--quiet")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    got = [tuple(r[c] for c in ("item", "metric", "measure", "value", "unit", "period", "line", "page"))
           for r in rows]
    assert got[:len(TWO_PAGES_ROWS)] == TWO_PAGES_ROWS
    assert {r["page"] for r in rows} == {"1", "2"}
    assert list(rows[0])[-2:] == ["line", "page"]


def test_a_minus_that_ends_a_line_keeps_its_sign():
    # LibreOffice broke 同比-7.7% after the minus; PDFium reports that hyphen as U+0002
    code, out, err = run("extract", str(PDF / "hyphen_at_line_end.pdf"), "--csv", "--quiet")
    assert code == 0, err
    values = {r["value"] for r in csv.DictReader(io.StringIO(out)) if r["quote"].startswith("行业件均价")}
    assert values == {"-7.7"}


def test_a_pdf_gives_the_rows_of_its_text():
    """Rows of 009.txt laid out in two columns equal the rows of the text itself."""
    key = lambda f: (f.metric, f.measure, f.value, f.unit, f.period, f.basis, f.province)  # noqa: E731
    pdf_rows = Counter(map(key, extract(read_page(PDF / "two_columns.pdf")[1], issue_date="2023-05-26")))
    text_rows = Counter(map(key, extract((DATA / "009.txt").read_text(encoding="utf-8"), issue_date="2023-05-26")))
    assert sum((pdf_rows & text_rows).values()) == sum(text_rows.values())


#: (item, headline, page, periods) of sections_two_pages.pdf: the pages after the first print no
#: date and are dated by the first page's (2024年7月3日), not by the 2020 their text names
SECTIONS_ITEMS = [
    ("1", "晋城邮政表彰“两优一先”", "1", {"2024", "2024-06-28"}),
    ("2", "融安邮政上半年培训员工860人次", "2", {"2024-01/2024-06", "2024-06"}),
    ("3", "播州邮政党员志愿服务惠及群众3000余人", "3", {"", "2024"}),
    ("4", "青海邮政员工队伍学历结构持续优化", "3", {"2024", "2024-06-30"}),
    ("5", "重温入党誓词", "3", {"2024-07-01"}),
]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pages_of_a_pdf_without_a_date_take_the_first_pages(jobs):
    code, out, err = run("extract", str(PDF / "sections_two_pages.pdf"), str(PDF / "two_columns.pdf"), "--csv",
                         "--quiet", "--jobs", jobs)
    assert code == 0, err
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["doc"].endswith("sections_two_pages.pdf")]
    items: dict[tuple, set] = {}
    for r in rows:
        items.setdefault((r["item"], r["headline"], r["page"]), set()).add(r["period"])
    assert [(*k, v) for k, v in items.items()] == SECTIONS_ITEMS


def test_text_page_has_no_page_number():
    code, out, _ = run("extract", str(DATA / "009.txt"), "--csv", "--quiet")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and {r["page"] for r in rows} == {""}


@pytest.mark.parametrize("name, message", [
    ("scanned.pdf", "no text layer; OCR it first"),
    ("no_unicode_map.pdf", "text cannot be read (a font has no Unicode map); OCR it first"),
])
def test_unreadable_pdf_is_one_error_line(name, message):
    with pytest.raises(InputError) as e:
        read_page(PDF / name)
    assert str(e.value) == f"{PDF / name}: {message}"


def test_bad_pdfs_among_good_files_give_one_line_each_and_exit_1():
    code, out, err = run("extract", str(PDF / "scanned.pdf"), str(PDF / "two_columns.pdf"),
                         str(PDF / "no_unicode_map.pdf"), "--csv", "--quiet")
    assert code == 1
    assert err.splitlines() == [f"Error: {PDF / 'scanned.pdf'}: no text layer; OCR it first",
                                f"Error: {PDF / 'no_unicode_map.pdf'}: text cannot be read "
                                "(a font has no Unicode map); OCR it first"]
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) > 10 and {r["doc"] for r in rows} == {str(PDF / "two_columns.pdf")}


def test_not_a_pdf_is_one_error_line(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n this is not a pdf at all")
    with pytest.raises(InputError) as e:
        read_page(bad)
    assert str(e.value).startswith(f"{bad}: not a readable PDF")


@pytest.mark.parametrize("name, first_lines", [
    ("009.site.html", ["國家郵政局發布2022年郵政行業發展統計公報", "发布时间：2023-03-24 来源：中国邮政报"]),
    ("009.wechat.html", ["國家郵政局發布2022年郵政行業發展統計公報", "原创 贵州邮政 2023-03-24 09:30"]),
])
def test_web_page_gives_title_date_line_and_article(name, first_lines):
    _, text = read_page(HTML / name)
    lines = text.rstrip("\n").split("\n")
    assert lines[:2] == first_lines
    assert lines[2].startswith("人民網北京5月26日電")
    furniture = re.compile(r"首页|当前位置|分享到|相关新闻|ICP|版权所有|阅读|在看|二维码|扫一扫|字号")
    assert [line for line in lines if furniture.search(line)] == []


def test_web_page_rows_equal_text_rows():
    key = lambda f: (f.metric, f.measure, f.value, f.unit, f.period, f.basis, f.province)  # noqa: E731
    text_rows = Counter(map(key, extract((DATA / "009.txt").read_text(encoding="utf-8"), issue_date="2023-05-26")))
    for name in ("009.site.html", "009.wechat.html"):
        rows = Counter(map(key, extract(read_page(HTML / name)[1], issue_date="2023-05-26")))
        assert rows == text_rows, name


def test_web_page_table_is_read_by_rows(tmp_path):
    page = tmp_path / "bulletin.htm"
    page.write_text("<html><body><div class='nav'>首页 新闻</div><div class='content'><h1>1-2月邮政行业运行情况</h1>"
                    "<p>发布时间：2023-03-20</p><table><tr><th>指标名称</th><th>单位</th><th>1—2月累计</th></tr>"
                    "<tr><td>快递业务量</td><td>亿件</td><td>163.2</td></tr></table></div></body></html>",
                    encoding="utf-8")
    assert read_page(page)[1] == ("1-2月邮政行业运行情况\n发布时间：2023-03-20\n"
                                  "指标名称    单位    1—2月累计\n快递业务量    亿件    163.2\n")


def test_folders_are_walked_for_text_pdf_and_web_pages(tmp_path):
    for name in ("a.txt", "b.pdf", "c.html", "d.htm", "e.csv", "f.png"):
        (tmp_path / name).write_bytes(b"x")
    assert [Path(p).name for p in iter_inputs([str(tmp_path)])] == ["a.txt", "b.pdf", "c.html", "d.htm"]


def test_pdf_by_content_without_its_extension(tmp_path):
    page = tmp_path / "page"
    page.write_bytes((PDF / "two_columns.pdf").read_bytes())
    assert read_page(page)[1] == read_page(PDF / "two_columns.pdf")[1]


def test_missing_html_extra_names_it(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_selectolax(name, *args, **kwargs):
        if name.startswith("selectolax"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_selectolax)
    with pytest.raises(InputError) as e:
        read_page(HTML / "009.site.html")
    assert str(e.value) == (f"{HTML / '009.site.html'}: web pages need selectolax: pip install 'postmetrics[html]' "
                            "(from a clone: pip install -e '.[html]')")


def test_a_text_page_imports_neither_pdf_nor_html_libraries():
    code = ("import sys; from postmetrics.cli import main; sys.argv = ['postmetrics', 'extract', sys.argv[1], "
            "'--csv', '--quiet']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pypdfium2', 'selectolax', 'postmetrics.pdf',"
            " 'postmetrics.html') or m in ('postmetrics.pdf', 'postmetrics.html')), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(DATA / "009.txt")], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "[]"


#: (page before, page, (item_kind, headline, county) of the page's first item): set 37's LibreOffice
#: 3707 and 3710, where an article ran onto the next PDF page and its text there had no headline
RUN_ON = [
    pytest.param("荣县柑橘快递忙\n本报讯 近日，四川省自贡市荣县柑橘迎来丰收，已有约60万件柑橘通过快递启程。\n",
                 "笔者了解到，截至目前，9家快递公司每天出动快递车近100辆。\n",
                 ("continued", "荣县柑橘快递忙", "荣县"), id="article-goes-on"),
    # set 19's 1905: a title at the page's top that the page did not see (its dateline follows) is no run-on
    pytest.param("荣县柑橘快递忙\n本报讯 近日，四川省自贡市荣县柑橘迎来丰收，已有约60万件柑橘通过快递启程。\n",
                 "春节不停招！快递网点提前“囤\n人”\n中新经纬1月5日电 某快递公司北京地区的网点有60多名一线操作工。\n",
                 ("other", "", ""), id="new-article-after-an-unseen-title"),
]


@pytest.mark.parametrize(("before", "page", "first_item"), RUN_ON)
def test_an_article_running_onto_the_next_pdf_page_keeps_its_headline_and_place(before, page, first_item):
    from postmetrics.extract import extract_page, run_on

    first = extract_page(before, issue_date="2025-01-30")
    second = run_on(extract_page(page, issue_date="2025-01-30", previous=first.reference), page,
                    (before, first, None), "2025-01-30")
    item = second.items[0]
    assert (item["item_kind"], item["headline"], item["county"]) == first_item
    assert {(f.item, f.headline, f.county) for f in second.figures} == {(1, first_item[1], first_item[2])}
    assert all(f.line <= page.count("\n") for f in second.figures)

"""A file of several pages separated by form feeds (a PDF's text, a newspaper
issue saved as one file) is read page by page (issue 13): its rows are those of
its pages read one by one, with line numbers counted from the file's start and
items numbered through; one page's date never dates another's figures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import postmetrics

DATA = Path(__file__).parent / "data"
PAGES = ["seed-page.txt", "005.txt", "009.txt", "028.txt"]


def _one_by_one(pages: list[str], issue_date=None):
    rows, items, lines = [], 0, 0
    for page in pages:
        doc = postmetrics.extract_document(page, doc="f", issue_date=issue_date)
        rows += [dataclasses.replace(f, item=f.item + items, line=f.line + lines) for f in doc.figures]
        items += len(doc.items)
        lines += page.replace("\r\n", "\n").count("\n")
    return rows


@pytest.mark.parametrize("issue_date", [None, "2024-05-01"])
def test_a_file_of_pages_equals_its_pages_one_by_one(issue_date):
    pages = [(DATA / name).read_text("utf-8") for name in PAGES]
    whole = postmetrics.extract_document("\f".join(pages), doc="f", issue_date=issue_date)
    assert whole.figures == _one_by_one(pages, issue_date)
    assert [i["item"] for i in whole.items] == list(range(1, len(whole.items) + 1))


def test_each_page_is_dated_by_its_own_masthead():
    pages = ["中国邮政报\n2023年4月12日\n\n本报讯 今年1-3月，全省快递业务量完成12.5亿件。\n",
             "中国邮政报\n2024年4月12日\n\n本报讯 今年1-3月，全省快递业务量完成14.1亿件。\n"]
    rows = postmetrics.extract("\f".join(pages), doc="f")
    assert [(f.value, f.period, f.line) for f in rows] == [
        (1250000000.0, "2023-01/2023-03", 4), (1410000000.0, "2024-01/2024-03", 8)]


def test_crlf_pages_keep_their_line_numbers():
    page = "本报讯 今年1-3月，全省快递业务量完成12.5亿件。\r\n\r\n本报讯 全年完成30亿件。\r\n"
    rows = postmetrics.extract(page + "\f" + page, doc="f", issue_date="2024-05-01")
    assert [f.line for f in rows] == [1, 3, 4, 6]

"""Patterns compiled from the kept code match exactly as ``re.compile``'s (issue 13: start-up)."""
from __future__ import annotations

import importlib
import marshal
import re

import pytest

from postmetrics import recache
from postmetrics.quantities import alternation

# (pattern, flags, text): every pattern kind the modules use — named groups,
# lookbehinds, CJK classes and ranges, negated classes, alternations, flags.
CASES = [
    (r"(?P<n>\d+(?:\.\d+)?)(?P<u>万件|亿元)", 0, "全年完成12.5万件，收入3亿元"),
    (r"(?<![\d.])((?:19|20)\d{2})(?=[\u4e00-\u9fff])", 0, "2023年快递"),
    (r"[一二三四五六七八九十]+月", 0, "十二月份"),
    (r"[^，。；]{1,6}增长", 0, "快递业务量同比增长"),
    (r"(?:与|较)(?P<y>\d{4})年(?:同期)?相比", 0, "与2022年同期相比"),
    (r"^\s*第\s*\d+\s*版\s*$", re.MULTILINE, "要闻\n 第 3 版 \n"),
    (r"hello (world)?", re.IGNORECASE, "HELLO World"),
    (r"(?P<a>a)|(?P<b>b)", 0, "b"),
]


def _same(p: re.Pattern[str], q: re.Pattern[str], text: str) -> None:
    assert (p.pattern, p.flags, p.groups, p.groupindex) == (q.pattern, q.flags, q.groups, q.groupindex)
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in q.finditer(text)]
    assert [m.groupdict() for m in p.finditer(text)] == [m.groupdict() for m in q.finditer(text)]
    assert [m.groups() for m in p.finditer(text)] == [m.groups() for m in q.finditer(text)]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """recache with an empty cache in ``tmp_path``."""
    monkeypatch.setenv("POSTMETRICS_CACHE_DIR", str(tmp_path))
    module = importlib.reload(recache)
    yield module
    monkeypatch.undo()
    importlib.reload(recache)


@pytest.mark.parametrize("pattern,flags,text", CASES)
def test_kept_code_matches_as_re_compile(fresh, pattern, flags, text):
    first = fresh.compile(pattern, flags)
    _same(first, re.compile(pattern, flags), text)
    fresh.save()
    again = importlib.reload(recache)  # a new run: the code comes from the file
    assert (pattern, int(flags)) in again._kept
    _same(again.compile(pattern, flags), re.compile(pattern, flags), text)


def test_save_writes_only_when_something_is_new(fresh, tmp_path):
    fresh.compile(r"快递\d+")
    fresh.save()
    path = fresh.cache_path()
    assert path is not None and path.parent == tmp_path
    before = path.stat().st_mtime_ns
    again = importlib.reload(recache)
    again.compile(r"快递\d+")
    again.save()
    assert path.stat().st_mtime_ns == before
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize("content", [
    b"",  # empty
    b"not marshal data",  # damaged
    marshal.dumps((("cpython", "0.0", 0, 0), {("x", 0): (0, [], 0, {}, ())})),  # another interpreter
    marshal.dumps([1, 2, 3]),  # not (key, entries)
])
def test_a_bad_cache_file_is_ignored(fresh, content):
    path = fresh.cache_path()
    path.write_bytes(content)
    again = importlib.reload(recache)
    assert again._kept == {}
    _same(again.compile(r"(\d+)万件"), re.compile(r"(\d+)万件"), "12万件")


def test_caching_off_and_unwritable_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("POSTMETRICS_CACHE_DIR", "")
    off = importlib.reload(recache)
    assert off.cache_path() is None
    off.compile(r"\d+件")
    off.save()  # nothing to write to, no error
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("POSTMETRICS_CACHE_DIR", str(blocker / "sub"))  # a directory under a file
    unwritable = importlib.reload(recache)
    unwritable.compile(r"\d+票")
    unwritable.save()  # OSError swallowed: it is only a cache
    monkeypatch.undo()
    importlib.reload(recache)


def test_bad_pattern_raises_as_re_does(fresh):
    with pytest.raises(re.error):
        fresh.compile(r"(unclosed")


@pytest.mark.parametrize("words,expected", [
    ({"亿", "万亿", "万"}, "万亿|万|亿"),
    (["件", "票", "万件"], "万件|件|票"),
    (("票", "件", "万件"), "万件|件|票"),  # same text whatever the order in
])
def test_alternation_text_is_one_order(words, expected):
    assert alternation(words) == expected

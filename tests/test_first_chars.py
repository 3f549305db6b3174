"""lazyre.first_chars: what a pattern's matches can start with, read from the
pattern (issue 13).  dates.find_periods uses it, once a process has read enough
texts, to try at each position only the patterns that can start there and to
reject most positions with one character test; these tests prove it changes
nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from postmetrics import dates
from postmetrics.hanzi import to_simplified
from postmetrics.lazyre import first_chars
from postmetrics.text import join_lines, split_lines

DATA = Path(__file__).parent / "data"

STARTS = [
    pytest.param(r"今年|去年", "今去", "年明1", id="alternation"),
    pytest.param(r"(?:今年|本年)?(?P<m>\d{1,2})月", "今本37３", "月年", id="optional-prefix-then-digits"),
    pytest.param(r"(?<![比较])上半年", "上", "比较下", id="lookbehind-limits-nothing"),
    pytest.param(r"(?=自\d|截至)", "自截", "至1", id="lookahead-limits"),
    pytest.param(r"[“「\"]?十(?P<n>[一二三四五])五", "“「\"十", "一五", id="optional-quote"),
    pytest.param(r"[一-九]月", "一九乙", "月0", id="range"),
]


@pytest.mark.parametrize("pattern, starts, not_starts", STARTS)
def test_first_chars(pattern, starts, not_starts):
    found = first_chars(pattern)
    assert [c in found for c in starts] == [True] * len(starts)
    assert [c in found for c in not_starts] == [False] * len(not_starts)


@pytest.mark.parametrize("pattern", [r"(?:去年)?.", r"[^，]年", r"\w+", r"(?:今年)?", r"(?i)a"],
                         ids=["any", "negated", "word", "empty", "flags"])
def test_first_chars_gives_up_where_anything_may_start(pattern):
    assert first_chars(pattern) is None


def _texts() -> list[str]:
    return [to_simplified(join_lines(split_lines(p.read_text(encoding="utf-8"))).text)
            for p in sorted(DATA.rglob("*.txt"))]


def test_every_period_match_starts_with_one_of_its_first_chars():
    """Every position where a period pattern matches on the test pages (search
    finds them all: each is the leftmost match from just after the one before)."""
    checked = 0
    for text in _texts():
        for name, pattern in dates.PERIOD_PATTERNS:
            starts = first_chars(pattern.pattern)
            i = 0
            while (m := pattern.search(text, i)) is not None:
                assert starts is None or text[m.start()] in starts, (name, text[m.start():m.start() + 12])
                checked += 1
                i = m.start() + 1
    assert checked > 1000


def test_find_periods_is_the_same_with_and_without_first_chars(monkeypatch):
    texts = _texts()
    monkeypatch.setattr(dates, "_STARTS_AFTER", 10 ** 9)
    plain = [dates.find_periods(t, 2023) for t in texts]
    monkeypatch.setattr(dates, "_STARTS_AFTER", 0)
    monkeypatch.setattr(dates, "_starts", None)
    monkeypatch.setattr(dates, "_fast_trigger", None)
    monkeypatch.setattr(dates, "_at_char", {})
    assert [dates.find_periods(t, 2023) for t in texts] == plain
    assert dates._starts is not None and dates._fast_trigger is not dates._TRIGGER

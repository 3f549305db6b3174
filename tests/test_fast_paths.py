"""Fast paths give the same answers as the plain code they replace.

Each speed-up that skips work (a guard before ``str.translate``, a search
started late, a scan that jumps) is checked against the plain form it
replaced, on real pages and on generated strings.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postmetrics import places
from postmetrics.extract import _ORG, _find_org
from postmetrics.hanzi import Translation
from postmetrics.text import WIDTH_TABLE, fold_width, join_lines, split_lines

DATA = Path(__file__).parent / "data"
PAGES = sorted(DATA.rglob("*.txt"))

# characters that make up reporting units, plus noise
ORG_ALPHABET = "省自治区市州盟地县旗邮政分公司局管理广东中山德清湖州浙江，。的1"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ORG_ALPHABET, max_size=80))
def test_find_org_is_the_first_org_match(text):
    plain = _ORG.search(text)
    fast = _find_org(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@pytest.mark.parametrize("path", PAGES[:40], ids=lambda p: p.name)
def test_find_org_on_pages(path):
    text = join_lines(split_lines(path.read_text(encoding="utf-8"))).simple
    plain = _ORG.search(text)
    fast = _find_org(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ＡＢ１２３．％　 abc中文，：（）○Ｏ\xa0", max_size=40))
def test_width_guard_translates_like_str_translate(text):
    assert fold_width(text) == text.translate(WIDTH_TABLE)


def test_translation_guard_is_skipped_for_large_tables():
    big = Translation({cp: "x" for cp in range(0x4E00, 0x4E00 + Translation.MAX_GUARDED + 1)})
    assert big._any is None
    assert big("一丁") == "xx"
    assert Translation({ord("a"): "b"})("cat") == "cbt"
    assert Translation({ord("a"): "b"})("dog") == "dog"


def _plain_scan(g, c):
    """The position-by-position scan that places._scan replaced."""
    out = []
    i, size = 0, len(c)
    while i < size - 1:
        lens = g.pre2.get(c[i:i + 2])
        if lens is None:
            i += 1
            continue
        nxt = i + 1
        for L in lens:
            if i + L > size or c[i:i + L] not in g.forms:
                continue
            form = c[i:i + L]
            verdict = places._classify(g, c, i, form)
            if verdict is None:
                continue
            out.append((i, i + L, form, verdict == "tentative"))
            if verdict == "ok":
                nxt = i + L
            break
        i = nxt
    return out


@pytest.mark.parametrize("path", PAGES[:40], ids=lambda p: p.name)
def test_place_scan_matches_the_plain_scan(path):
    g = places._gazetteer()
    c = places._compact(path.read_text(encoding="utf-8"), g)[0]
    fast = [(r.start, r.end, r.form, r.tentative) for r in places._scan(g, c)]
    assert fast == _plain_scan(g, c)
    assert fast or not re.search(r"[省市县]", c)


def test_figure_rows_equal_dataclasses_asdict():
    import dataclasses

    import postmetrics
    from postmetrics.model import COLUMNS

    figures = postmetrics.extract((DATA / "seed-page.txt").read_text(encoding="utf-8"))
    assert len(figures) > 10
    for f in figures:
        assert f.as_dict() == dataclasses.asdict(f)
        assert list(f.as_dict()) == list(COLUMNS)
        assert f.as_tuple() == dataclasses.astuple(f)

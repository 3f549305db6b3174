"""Translation tables indexed by code point (issue 13): after enough calls a
process translates through a list instead of a dict; the text is the same."""
from __future__ import annotations

from pathlib import Path

import pytest

from postmetrics import hanzi, places

DATA = Path(__file__).parent / "data"
TEXTS = [p.read_text("utf-8") for p in sorted(DATA.rglob("*.txt"))] + [
    "國家郵政局發布2022年郵政行業發展統計公報", "𠀋𡈽 astral 臺灣 ＡＢＣ，。", "", "ascii only"]


@pytest.fixture
def indexed(monkeypatch):
    monkeypatch.setattr(hanzi, "_indexed_table", hanzi.indexed_table(hanzi._table()))
    return hanzi._indexed_table


def test_to_simplified_is_the_same_through_the_indexed_table(indexed):
    assert [hanzi.to_simplified(t) for t in TEXTS] == [t.translate(hanzi._table()) for t in TEXTS]


def test_an_astral_key_is_translated_though_beyond_the_indexed_table(indexed):
    astral = [k for k in hanzi._table() if k > 0xFFFF]
    assert astral and hanzi.to_simplified(chr(astral[0]) + "國") == hanzi._table()[astral[0]] + "国"


def test_place_names_are_compacted_the_same_through_the_indexed_table(monkeypatch):
    g = places._gazetteer()
    plain = [places._compact(t, g) for t in TEXTS]
    monkeypatch.setattr(places, "_t2s_calls", places.INDEXED_AFTER)
    monkeypatch.setattr(g, "t2s_indexed", None, raising=False)
    assert [places._compact(t, g) for t in TEXTS] == plain
    assert isinstance(g.__dict__.get("t2s_indexed"), list)

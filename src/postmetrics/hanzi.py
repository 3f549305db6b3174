"""Traditional → simplified Chinese, one character for one character.

The mapping is OpenCC's ``TSCharacters.txt`` (shipped by the maintained
``opencc-python-reimplemented`` package), reduced to its first candidate per
character.  Converting character by character keeps every offset of the text
unchanged, so spans found on the simplified copy point into the original text
(phrase-level conversion would not).

>>> to_simplified("國家郵政局發布2022年郵政行業發展統計公報")
'国家邮政局发布2022年邮政行业发展统计公报'
"""
from __future__ import annotations

import pkgutil
import re
from functools import cache
from typing import Mapping

from .lazyre import LazyPattern
from . import recache


@cache
def _table() -> dict[int, str]:
    """Character table ``{ord(traditional): simplified}`` (loaded once)."""
    # pkgutil.get_data, not importlib.resources: the same file, without importing
    # importlib.resources (tempfile, zipfile …), a few ms of every run's start-up
    text = pkgutil.get_data("opencc", "dictionary/TSCharacters.txt").decode("utf-8")
    table: dict[int, str] = {}
    for row in text.splitlines():
        key, _, values = row.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and key != first:
            table[ord(key)] = first
    return table


class Translation:
    """``str.translate`` with a table, skipped when no character of the table occurs.

    ``str.translate`` looks every character of a CJK text up in the table (a
    dict lookup per character); a character class built from the table's keys
    finds in one C-level scan whether there is anything to replace, and most
    pages of simplified text have nothing.  ``table`` maps code points to a
    string, a code point or ``None`` (as for ``str.translate``).

    The guard pays only for small tables: ``re`` scans a class of thousands of
    scattered CJK characters more slowly than ``str.translate`` does the
    lookups (measured: 2.2 ms against 0.3 ms on a 16 kB page), so tables
    larger than :data:`MAX_GUARDED` are always applied.
    """

    MAX_GUARDED = 512  # (the width table with the radicals: about 350 code points, mostly in runs)

    def __init__(self, table: Mapping[int, str | int | None]) -> None:
        self.table = table
        chars = "".join(sorted(chr(k) for k in table))
        small = 0 < len(table) <= self.MAX_GUARDED
        self._any = recache.compile(f"[{re.escape(chars)}]") if small else None

    def __call__(self, text: str) -> str:
        if self._any is not None and self._any.search(text) is None:
            return text
        return text.translate(self.table)


def to_simplified(text: str) -> str:
    """Return ``text`` with traditional characters replaced by simplified ones.

    The result has exactly ``len(text)`` characters; characters without a
    simplified form are kept.  Pure ASCII input is returned as is (fast path).
    """
    if text.isascii():
        return text
    indexed = _indexed()
    if indexed is None or _ASTRAL.search(text) is not None:
        return text.translate(_table())
    return text.translate(indexed)


#: after this many calls (about 25 pages) a process builds :func:`indexed_table` (2.6 MB, a
#: few ms): a one-page run never pays for it, a run over many pages translates twice as fast
INDEXED_AFTER = 1000
_calls = 0
_indexed_table: list[int | str] | None = None
#: a character outside the Basic Multilingual Plane, which the indexed table does not reach
_ASTRAL = LazyPattern("[\U00010000-\U0010FFFF]")


def _indexed() -> list[int | str] | None:
    global _calls, _indexed_table
    if _indexed_table is None:
        _calls += 1
        if _calls < INDEXED_AFTER:
            return None
        _indexed_table = indexed_table(_table())
    return _indexed_table


def indexed_table(table: Mapping[int, str], size: int = 0x10000) -> list[int | str]:
    """``table`` as a list indexed by code point (every other code point maps to
    itself), for ``str.translate``: a list index instead of a dict lookup that
    fails for most characters, about twice as fast.  Code points from ``size`` on
    are not in the list (``str.translate`` leaves them as they are): use it only
    on text without them (``to_simplified`` looks for one first).

    >>> "國家郵政局".translate(indexed_table(_table())) == to_simplified("國家郵政局")
    True
    """
    out: list[int | str] = list(range(size))
    for code, simple in table.items():
        if code < size:
            out[code] = simple
    return out

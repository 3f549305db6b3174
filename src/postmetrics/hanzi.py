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

from functools import cache
from importlib import resources


@cache
def _table() -> dict[int, str]:
    """Character table ``{ord(traditional): simplified}`` (loaded once)."""
    text = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for row in text.splitlines():
        key, _, values = row.partition("\t")
        first = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(first) == 1 and key != first:
            table[ord(key)] = first
    return table


def to_simplified(text: str) -> str:
    """Return ``text`` with traditional characters replaced by simplified ones.

    The result has exactly ``len(text)`` characters; characters without a
    simplified form are kept.  Pure ASCII input is returned as is (fast path).
    """
    if text.isascii():
        return text
    return text.translate(_table())

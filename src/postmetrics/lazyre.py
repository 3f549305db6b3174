"""Regular expressions compiled on first use.

Python's ``re`` compiles in pure Python, and a character class of scattered
CJK characters (``[一二三四五六七八九十]``) costs about 0.1 ms each time it is
compiled; the period patterns of :mod:`postmetrics.dates` hold hundreds of
them, which made compiling them at import the largest part of the start-up of
a one-page run.  A :class:`LazyPattern` compiles when it is first used, so a
pattern that a page never needs (``dates.PERIOD_NEEDS`` skips the patterns
whose words are not in the text) is never compiled.

>>> p = LazyPattern(r"(?P<m>\\d{1,2})月")
>>> p.match("3月17日")["m"]
'3'
>>> p.pattern
'(?P<m>\\\\d{1,2})月'
"""
from __future__ import annotations

import re
from typing import Any
from . import recache

__all__ = ["LazyPattern", "Starts", "first_chars"]


class LazyPattern:
    """``re.compile(pattern, flags)`` done on first use (through :mod:`postmetrics.recache`), then used as the compiled pattern.

    After the first call the compiled pattern's methods (``match``, ``search``,
    ``finditer`` …) are set on the instance, so later calls go straight to
    them, as fast as calls on a compiled pattern.
    """

    _METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        pattern = recache.compile(self.pattern, self._flags)
        for name in self._METHODS:
            setattr(self, name, getattr(pattern, name))
        self.compiled = lambda: pattern  # type: ignore[method-assign]
        return pattern

    def __getattr__(self, name: str) -> Any:  # only until compiled() has set the methods
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


class Starts:
    """The characters a match of a pattern can start with (see :func:`first_chars`):
    ``c in starts`` is False only where no match can start at a ``c``."""

    __slots__ = ("chars", "ranges", "digits")

    def __init__(self, chars: frozenset[str], ranges: tuple[tuple[int, int], ...], digits: bool) -> None:
        self.chars, self.ranges, self.digits = chars, ranges, digits

    def as_class(self) -> str:
        """A character class of these characters (``[\\d年月]``)."""
        ranges = "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in self.ranges)
        return "[" + "".join(re.escape(c) for c in sorted(self.chars)) + ("\\d" if self.digits else "") + ranges + "]"

    def __contains__(self, c: str) -> bool:
        if c in self.chars or (self.digits and c.isdecimal()):
            return True
        o = ord(c)
        return any(lo <= o <= hi for lo, hi in self.ranges)


def first_chars(pattern: str) -> Starts | None:
    """What a match of ``pattern`` (no flags) starts with, read from its parsed
    form; None when it may start with any character (or an empty match, or a
    construct not read here).  A lookahead at the start limits the first
    character; lookbehinds and anchors do not.

    >>> s = first_chars(r"(?<![年月])(?:今年|\\d{1,2}月)")
    >>> [c in s for c in "今年3月"]
    [True, False, True, False]
    >>> first_chars(r"(?:去年)?[^，]") is None
    True
    >>> first_chars(r"(?=自\\d|[“「]?十)").as_class()
    '[“「十自]'
    """
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    chars: set[str] = set()
    ranges: list[tuple[int, int]] = []
    found = _first(list(parsed), chars, ranges)
    if found is None or found[1]:
        return None  # any character, or the pattern can match the empty string
    return Starts(frozenset(chars - {"\\d"}), tuple(ranges), "\\d" in chars)


def _first(items: list, chars: set[str], ranges: list[tuple[int, int]]) -> tuple[bool, bool] | None:
    """Add to ``chars``/``ranges`` what the sequence ``items`` can start with;
    returns (True, nullable) or None for "any character"."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
            return True, False
        if name == "IN":
            for kind, value in av:
                kind = str(kind)
                if kind == "LITERAL":
                    chars.add(chr(value))
                elif kind == "RANGE":
                    ranges.append(value)
                elif kind == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                    chars.add("\\d")
                else:
                    return None  # a negated class, \w, \s …
            return True, False
        if name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                found = _first(list(alternative), chars, ranges)
                if found is None:
                    return None
                nullable = nullable or found[1]
            if not nullable:
                return True, False
            continue
        if name == "SUBPATTERN":
            if av[1] or av[2]:
                return None  # flags set inside the group
            found = _first(list(av[3]), chars, ranges)
            if found is None:
                return None
            if not found[1]:
                return True, False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found = _first(list(av[2]), chars, ranges)
            if found is None:
                return None
            if av[0] > 0 and not found[1]:
                return True, False
            continue
        if name == "ATOMIC_GROUP":
            found = _first(list(av), chars, ranges)
            if found is None:
                return None
            if not found[1]:
                return True, False
            continue
        if name == "ASSERT" and av[0] == 1:  # a lookahead: the next character must start it
            inner_chars: set[str] = set()
            inner_ranges: list[tuple[int, int]] = []
            found = _first(list(av[1]), inner_chars, inner_ranges)
            if found is not None and not found[1]:
                chars |= inner_chars
                ranges.extend(inner_ranges)
                return True, False
            continue  # it says nothing we can use: what follows does
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # a lookbehind, a negative lookahead, an anchor: zero width, no limit read here
        return None  # ANY, NOT_LITERAL, GROUPREF, …
    return True, True

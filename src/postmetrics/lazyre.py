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

__all__ = ["LazyPattern"]


class LazyPattern:
    """``re.compile(pattern, flags)`` done on first use, then used as the compiled pattern.

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
        pattern = re.compile(self.pattern, self._flags)
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

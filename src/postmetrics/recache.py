"""Compiled regular expressions kept between runs.

Python's ``re`` parses and compiles every pattern in pure Python at each start
of the interpreter, and CJK character classes are its slowest case: a class
of scattered hanzi or the range ``[\\u4e00-\\u9fff]`` is first laid out as a
65,536-entry map.  The ~480 patterns of a one-page run took ~90 ms of its
~210 ms (issue 13).  The compiler's output, the code list that ``_sre`` runs,
depends only on the pattern, its flags and the Python build, so it is kept in
a small file under the user's cache directory, like ``.pyc`` files:

- :func:`compile` returns ``re.compile(pattern, flags)``, built from the kept
  code when there is one;
- :func:`save` (called by the CLI at exit) writes the code of the patterns
  compiled in this run that the file did not have.

The file is ``postmetrics/re-<python>-<sre magic>.marshal`` in
``$POSTMETRICS_CACHE_DIR``, else ``$XDG_CACHE_HOME``, ``%LOCALAPPDATA%`` or
``~/.cache``; ``POSTMETRICS_CACHE_DIR=""`` turns it off.  It is only a cache:
a missing, unreadable, foreign or damaged file, a read-only directory or an
interpreter whose ``_sre`` differs fall back to ``re.compile`` silently, and the
patterns match exactly as ``re.compile``'s do (``tests/test_recache.py``).

>>> compile(r"(?P<n>\\d+)万件").search("完成12万件")["n"]
'12'
"""
from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

__all__ = ["compile", "save", "cache_path", "alternation"]

try:  # the pattern compiler's own parts (Python 3.11+; sre_* before)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import _sre
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

#: What a kept code list is valid for: the interpreter and the ``_sre`` engine.
_KEY = (sys.implementation.name, sys.version, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0))
#: A file grown past this many entries (patterns of older versions) is started afresh.
_MAX_ENTRIES = 5000

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup), the arguments of _sre.compile
_kept: dict[tuple[str, int], tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]] = {}
_new: dict[tuple[str, int], tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]] = {}
_enabled = True


def cache_path() -> Path | None:
    """The cache file of this interpreter, or None when caching is off."""
    root = os.environ.get("POSTMETRICS_CACHE_DIR")
    if root is None:
        root = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or str(Path.home() / ".cache")
        root = os.path.join(root, "postmetrics")
    if not root:
        return None
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return Path(root) / f"re-{tag}.marshal"


def _load() -> None:
    path = cache_path()
    if path is None:
        return
    try:
        key, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return
    if key == _KEY and isinstance(entries, dict):
        _kept.update(entries)


def _code(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]:
    """What ``re``'s compiler gives ``_sre.compile`` for ``pattern`` (as in ``re._compiler.compile``)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # plain ints: the opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def alternation(words) -> str:
    """A regex alternation of ``words`` (escaped), longest first (万亿 before 亿), in one
    order whatever the order of ``words``: a pattern's text, this cache's key, is then
    the same in every run.

    >>> alternation({"亿", "万亿", "万"})
    '万亿|万|亿'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name on purpose
    """``re.compile(pattern, flags)``, from the kept code when this interpreter has it.

    Raises ``re.error`` for a bad pattern, as ``re.compile`` does.
    """
    global _enabled
    if not _enabled or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    args = _kept.get(key) or _new.get(key)
    if args is None:
        try:
            args = _code(pattern, int(flags))
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - an interpreter whose compiler differs: use re as it is
            _enabled = False
            return re.compile(pattern, flags)
        _new[key] = args
    try:
        return _sre.compile(pattern, *args)
    except Exception:  # noqa: BLE001 - _sre.compile's signature changed: use re as it is
        _enabled = False
        _kept.clear()
        _new.clear()
        return re.compile(pattern, flags)


def save() -> None:
    """Write the kept code with this run's new patterns (atomically); no-op when
    nothing is new, caching is off, or the directory cannot be written."""
    path = cache_path()
    if not _new or path is None or not _enabled:
        return
    entries = dict(_kept) if len(_kept) + len(_new) <= _MAX_ENTRIES else {}
    entries.update(_new)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((_KEY, entries)))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _kept.update(_new)
    _new.clear()


_load()

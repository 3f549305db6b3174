"""Reading pages: paths, directories, standard input, encodings.

Only the CLI and :func:`read_page` touch files; the extractor works on str.
"""
from __future__ import annotations

import glob
import sys
from pathlib import Path
from typing import Iterable, Iterator


class InputError(Exception):
    """A file that cannot be read as a page; ``str()`` is ``FILE: reason``."""


#: encodings tried, in order, before asking charset-normalizer.
_FIRST_TRY = ("utf-8-sig",)


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Expand CLI arguments: ``-`` as is, files as is, directories to their
    ``*.txt`` files (recursive, sorted).  Missing paths and empty directories
    are yielded too, so that reading them reports the error in order."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob("*") if f.suffix.lower() == ".txt" and f.is_file())
            if not found:
                yield f"{p}{'' if p.endswith('/') else '/'}"  # reported as 'no .txt files'
            yield from found
        elif not path.exists() and any(c in p for c in "*?["):
            matches = sorted(glob.glob(p, recursive=True))  # a quoted glob: expand it ourselves
            yield from (matches or [p])
        else:
            yield p


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes of a page → str.

    With ``encoding`` given, decode with it.  Otherwise: UTF-8 (with or
    without BOM), UTF-16 with BOM, else the best guess of charset-normalizer
    (GB18030/GBK, Big5, …).  Raises :class:`InputError` for binary data or an
    undecodable file.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"{name}: cannot decode as {encoding}: {e}") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{name}: binary file, not text (if it is text, give --encoding)")
        return text
    for enc in _FIRST_TRY:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "gbk", "big5hkscs"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not text in a known encoding; try --encoding gb18030")
    return str(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte order mark: decode both ways and keep the
    one that reads as Chinese or ASCII text (≥ 90 % of its characters are
    CJK, CJK punctuation, full-width forms or printable ASCII)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:4000]
        good = sum(1 for c in sample if _readable(c))
        if sample and good >= 0.9 * len(sample):
            return text
    return None


def _readable(c: str) -> bool:
    o = ord(c)
    return (32 <= o < 127 or c in "\r\n\t" or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F
            or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or 0x3400 <= o <= 0x4DBF)


def read_page(path: str | Path, encoding: str | None = None) -> tuple[str, str]:
    """Read one page: returns ``(name, text)``; ``-`` reads standard input.

    Raises :class:`InputError` (missing file, directory without ``.txt``,
    binary, undecodable or empty file).
    """
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(name)
        if name.endswith("/") and p.is_dir():
            raise InputError(f"{name}: directory has no .txt files")
        if not p.exists():
            raise InputError(f"{name}: no such file or directory")
        if p.is_dir():
            raise InputError(f"{name}: is a directory")
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{name}: {e.strerror or e}") from e
    if not data.strip():
        raise InputError(f"{name}: empty file")
    text = decode(data, name, encoding)
    if not text.strip():
        raise InputError(f"{name}: empty file (only spaces)")
    return name, text

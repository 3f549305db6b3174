"""Reading pages: paths, directories, standard input, encodings.

Only the CLI and :func:`read_page` touch files; the extractor works on str.
"""
from __future__ import annotations

import glob
import os
import re
import stat
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator
from . import recache


class InputError(Exception):
    """A file that cannot be read as a page; ``str()`` is ``FILE: reason``."""


def install_hint(extra: str) -> str:
    """How to install an optional part (``html``, ``formats``), from PyPI or from a clone."""
    return f"pip install 'postmetrics[{extra}]' (from a clone: pip install -e '.[{extra}]')"


@dataclass(frozen=True)
class Page:
    """One file read as text: ``name`` as shown in the ``doc`` column (see
    :func:`display_name`), ``text``, ``replaced``: how many bytes were not
    valid in the file's encoding and were replaced by U+FFFD, and ``kind``:
    ``"text"``, ``"pdf"`` or ``"html"`` (the text of a PDF is its lines in
    reading order, each page after the first starting with a form feed)."""

    name: str
    text: str
    replaced: int = 0
    kind: str = "text"


#: the files a folder is walked for
PAGE_SUFFIXES = (".txt", ".pdf", ".html", ".htm")


#: a lone surrogate: a byte that was not UTF-8 (surrogateescape, \udc80-\udcff) or junk in a str
_SURROGATE = recache.compile("[\ud800-\udfff]")
#: a file that is UTF-8 but for a few stray bytes has at least this many valid
#: non-ASCII characters per stray byte (a GBK or Big5 page read as UTF-8 has 0.1–0.25)
_UTF8_PER_STRAY = 4


def display_name(name: str) -> str:
    """``name`` as text that can be written anywhere (CSV, Parquet, a terminal).

    A file name whose bytes are not UTF-8 (a GBK name from a zip made on
    Chinese Windows) reaches Python with each such byte as a lone surrogate
    (\\udc80–\\udcff); it is shown as ``\\xNN``, e.g. ``\\xd6\\xd0.txt``.
    Any other lone surrogate is shown as ``\\uNNNN``.  Other names are returned
    unchanged.
    """
    if not _SURROGATE.search(name):
        return name
    return _SURROGATE.sub(lambda m: (f"\\x{ord(m[0]) - 0xDC00:02x}" if "\udc80" <= m[0] <= "\udcff"
                                     else f"\\u{ord(m[0]):04x}"), name)


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Expand CLI arguments: ``-`` as is, files as is, directories to their
    ``*.txt``, ``*.pdf``, ``*.html`` and ``*.htm`` files (recursive, sorted,
    hidden files and folders skipped),
    quoted globs to their matches.  A file named twice (``a.txt ./a.txt``, or
    a file and its folder) is yielded once.  Missing paths, empty directories
    (as ``dir/``) and folders that cannot be listed (as ``dir/``) are yielded
    too, so that reading them reports the error in order; never raises.
    """
    seen: set[str] = set()
    for p in paths:
        for found in _expand(p):
            key = found if found == "-" else os.path.realpath(found) + ("/" if found.endswith("/") else "")
            if key not in seen:
                seen.add(key)
                yield found


def _expand(p: str) -> Iterator[str]:
    if p == "-":
        yield p
        return
    try:
        is_dir = stat.S_ISDIR(os.stat(p).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        if any(c in p for c in "*?["):
            yield from sorted(glob.glob(p, recursive=True)) or [p]  # a quoted glob: expand it ourselves
        else:
            yield p
        return
    except (OSError, ValueError):  # a folder above it cannot be searched, a NUL in the name: read_page says
        yield p
        return
    if not is_dir:
        yield p
        return
    found, unreadable = _walk(p)
    if not found and not unreadable:
        yield f"{p}{'' if p.endswith('/') else '/'}"  # reported as 'no .txt files'
    yield from sorted(found + unreadable)


#: folders that tools write, never holding a user's pages
_TOOL_DIRS = frozenset({"__pycache__", "node_modules", "site-packages"})
_TOOL_DIR_ENDS = (".egg-info", ".dist-info")


def _walk(root: str) -> tuple[list[str], list[str]]:
    """The page files (PAGE_SUFFIXES) under ``root`` (hidden names skipped) and the
    folders that could not be listed, each as ``folder/``."""
    unreadable: list[str] = []
    found: list[str] = []

    def failed(error: OSError) -> None:
        unreadable.append(str(Path(error.filename)) + "/")

    for folder, dirs, files in os.walk(root, onerror=failed):
        # .git, .Trash, macOS' ._ files' folders; a Python package's build records (x.egg-info/
        # SOURCES.txt), caches and installed libraries are no pages either (a new user's trial)
        dirs[:] = [d for d in dirs if not d.startswith(".") and not d.endswith(_TOOL_DIR_ENDS) and d not in _TOOL_DIRS]
        for f in files:
            if f.startswith(".") or not f.lower().endswith(PAGE_SUFFIXES):
                continue
            full = str(Path(folder, f))  # as pathlib writes it: ./a.txt → a.txt
            if os.path.isfile(full):  # regular files only (a FIFO named x.txt would block)
                found.append(full)
    return found, unreadable


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """Bytes of a page → str (stray bytes replaced; see :func:`decode_page`)."""
    return decode_page(data, name, encoding)[0]


def decode_page(data: bytes, name: str, encoding: str | None = None, strict: bool = False) -> tuple[str, int]:
    """Bytes of a page → ``(text, replaced)``.

    With ``encoding`` given, decode with it.  Otherwise: UTF-8 (with or
    without BOM), UTF-16 with BOM, else the best guess of charset-normalizer
    (GB18030/GBK, Big5, …).  A file that is UTF-8 (or the given encoding)
    but for a few stray bytes, as text extracted from PDF often is, is
    decoded with each such byte replaced by U+FFFD; ``replaced`` counts them.
    With ``strict`` such a file is refused instead.  Raises
    :class:`InputError` for binary data, an undecodable file or, with
    ``strict``, a stray byte.
    """
    if encoding:
        try:
            return data.decode(encoding), 0
        except UnicodeDecodeError as e:
            escaped = data.decode(encoding, "surrogateescape")
            if strict or not _few_stray(escaped):
                raise InputError(f"{name}: cannot decode as {encoding}: {e.reason} {_where(data, e.start)}") from e
            return _replaced(escaped)
        except LookupError as e:
            raise InputError(f"{name}: cannot decode as {encoding}: {e}") from e
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), 0
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{name}: binary file, not text (if it is text, give --encoding)")
        return text, 0
    try:
        return data.decode("utf-8-sig"), 0
    except UnicodeDecodeError as e:
        first_bad = e.start
    escaped = data.decode("utf-8-sig", "surrogateescape")
    if _few_stray(escaped):  # UTF-8 with stray bytes
        stray = len(_SURROGATE.findall(escaped))
        if strict:
            raise InputError(f"{name}: not valid UTF-8: {stray} stray byte{'s' * (stray > 1)}, "
                             f"the first {_where(data, first_bad)}; without --strict-encoding "
                             "they are replaced by U+FFFD")
        return _replaced(escaped)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "gbk", "big5hkscs"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: not text in a known encoding (UTF-8, GB18030, Big5, UTF-16); "
                         "if it is text, give --encoding NAME")
    return str(best), 0


def page_kind(name: str, data: bytes) -> str | None:
    """``"pdf"`` or ``"html"`` by the file's extension or, for another name, by
    its first bytes; None for a text page."""
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf" or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix != ".txt":
        head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
    return None


def _few_stray(escaped: str) -> bool:
    """Whether text decoded with surrogateescape has at most one stray byte per
    _UTF8_PER_STRAY well-decoded non-ASCII characters (UTF-8 with a few bad bytes,
    not a file in another encoding)."""
    stray = len(_SURROGATE.findall(escaped))
    return sum(1 for c in escaped if c > "\x7f") - stray >= _UTF8_PER_STRAY * stray


def _where(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    return f"at line {line} (byte {offset})"


def _replaced(escaped: str) -> tuple[str, int]:
    """Text decoded with surrogateescape → each escaped byte as U+FFFD, and their count."""
    text, n = _SURROGATE.subn("\ufffd", escaped)
    return text, n


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

    A PDF (``.pdf`` or ``%PDF-`` at its start) gives its text in reading order,
    its pages apart by a line that starts with a form feed
    (:func:`postmetrics.pdf.pdf_text`); a web page (``.html``, ``.htm`` or
    markup at its start) its title, date line and article
    (:func:`postmetrics.html.html_text`); that text is what
    ``postmetrics text FILE`` prints.  A PDF without a text layer or with text
    that cannot be read, and a web page when the ``html`` extra is missing,
    raise :class:`InputError` too.

    ``name`` is :func:`display_name` of the path.  Stray bytes in a UTF-8
    file are replaced by U+FFFD (:func:`open_page` says how many).  Raises
    :class:`InputError` (missing file, directory without ``.txt``, not a
    regular file, permission denied, binary, undecodable or empty file).
    """
    page = open_page(path, encoding)
    return page.name, page.text


def open_page(path: str | Path, encoding: str | None = None, strict: bool = False) -> Page:
    """Read one page as a :class:`Page`; ``-`` reads standard input.

    Only regular files (and ``-``) are read: a FIFO or a device (``/dev/zero``)
    would block or never end.  ``strict`` refuses a file with bytes that are
    not valid in its encoding instead of replacing them.  Raises
    :class:`InputError` with a one-line reason.
    """
    raw = str(path)
    name = display_name(raw)
    if raw == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            mode = os.stat(raw).st_mode
        except (FileNotFoundError, NotADirectoryError):
            raise InputError(f"{name}: no such file or directory") from None
        except OSError as e:
            raise InputError(f"{name}: {e.strerror or e}") from None
        except ValueError:  # a NUL in the name
            raise InputError(f"{name}: not a valid file name") from None
        if stat.S_ISDIR(mode):
            if not raw.endswith("/"):
                raise InputError(f"{name}: is a directory")
            try:
                os.listdir(raw)
            except OSError as e:
                raise InputError(f"{name}: cannot read folder: {e.strerror or e}; its files are missing") from None
            raise InputError(f"{name}: directory has no .txt, .pdf or .html files")
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) \
                else "a socket" if stat.S_ISSOCK(mode) else "a special file"
            raise InputError(f"{name}: not a regular file ({kind}); give files, folders or - for standard input")
        try:
            data = Path(raw).read_bytes()
        except OSError as e:
            raise InputError(f"{name}: {e.strerror or e}") from e
    if not data or data.isspace():  # not data.strip(): that would copy a 100 MB file
        raise InputError(f"{name}: empty file")
    kind = page_kind(raw, data)
    if kind == "pdf":
        from .pdf import pdf_text

        return Page(name, pdf_text(data, name), 0, "pdf")
    text, replaced = decode_page(data, name, encoding, strict)
    if kind == "html":
        from .html import html_text

        return Page(name, html_text(text, name), replaced, "html")
    del data
    if not text or text.isspace():
        raise InputError(f"{name}: empty file (only spaces)")
    return Page(name, text, replaced)


#: a text file at least this big is read from disk a piece at a time (:func:`stream_text`)
STREAM_BYTES = 4_000_000
_CHUNK = 1 << 20


def stream_text(path: str, encoding: str | None = None) -> Iterator[str] | None:
    """The text of a big text file in pieces, decoded as it is read, so that
    neither its bytes nor its whole text are ever held (a year of a paper in one
    file); None when the file is to be read whole by :func:`open_page`: smaller
    than :data:`STREAM_BYTES`, not a regular file, a PDF or a web page, not
    UTF-8 (or not valid in the given ``encoding``) from end to end, a BOM other
    than UTF-8's, NUL bytes at its start, or only spaces.  Those checks read the
    file once more, a piece at a time; the text is the same as ``open_page``'s.
    """
    import codecs

    try:
        if not stat.S_ISREG(os.stat(path).st_mode) or os.path.getsize(path) < STREAM_BYTES:
            return None
        with open(path, "rb") as f:
            head = f.read(4096)
            if page_kind(path, head) is not None or head.startswith((b"\xff\xfe", b"\xfe\xff")) \
                    or (encoding is None and b"\x00" in head):
                return None
            f.seek(0)
            decoder = codecs.getincrementaldecoder(encoding or "utf-8-sig")("strict")
            blank = True
            while chunk := f.read(_CHUNK):
                text = decoder.decode(chunk)
                blank = blank and (not text or text.isspace())
            decoder.decode(b"", final=True)
    except (OSError, ValueError, LookupError, UnicodeDecodeError):
        return None
    if blank:
        return None
    return _chunks(path, encoding or "utf-8-sig")


def _chunks(path: str, encoding: str) -> Iterator[str]:
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)("strict")
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            yield decoder.decode(chunk)
        yield decoder.decode(b"", final=True)


#: a date written in a file's path: 2023-03-20, 2023_03_20, 2023.03.20, 2023/03/20 (folders), 2023年3月20日
_PATH_DATE_SEPARATED = recache.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)"
                                  r"|(?<!\d)(?P<y2>(?:19|20)\d\d)年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日")
#: …or run together: 20230320_A05.txt
_PATH_DATE_COMPACT = recache.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def date_from_path(path: str | Path) -> date | None:
    """The date a file's path gives, for an archive of pages stored by date.

    Reads ``zgyzb-2023-03-20.txt``, ``2023/03/20/page2.txt`` (folders),
    ``20230320_A05.txt``, ``2023_03_20``, ``2023.03.20`` and ``2023年3月20日``;
    when the path holds several, the last one (nearest the file name) wins.
    Returns ``None`` when the path holds no valid date (a year or a month
    alone is not enough; 2023-02-30 is no date).
    """
    text = str(path).replace("\\", "/")
    found: list[tuple[int, date]] = []
    for pattern in (_PATH_DATE_SEPARATED, _PATH_DATE_COMPACT):
        for m in pattern.finditer(text):
            y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
            try:
                found.append((m.end(), date(int(y), int(mo), int(d))))
            except ValueError:
                continue
    return max(found)[1] if found else None

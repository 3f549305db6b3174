"""PDF pages as text in reading order: glyphs with boxes from pypdfium2, our own order.

pypdfium2 (PDFium) gives each glyph of a page with its Unicode value (CID
fonts, Type 3 fonts, ToUnicode maps) and its box; every library's own text
order fails on some layout, so the order is ours (:func:`reading_order`):

1. glyphs in drawing order make *runs*: a run ends where the next glyph leaves
   the baseline, goes back, or stands past a gap wider than a column gutter can
   be narrow (``_RUN_GAP`` em, measured on the glyphs' advance boxes, so the
   white after a full-width ，。 is no gap);
2. the page is split recursively (an XY cut): a masthead band at the top
   first; then at column gutters that run the whole height of the region, read
   left to right; else at row gaps wider than the region's line spacing, read
   top to bottom.  A headline spanning columns blocks the gutters beside it, so
   it is cut off above its columns and read just before them; a headline over
   one half of the page stays in that half with its text;
3. a region whose blocks stand on common baselines and hold short cells
   (numbers, labels) is a table: read row by row, cells apart by runs of spaces
   at their columns, as :mod:`postmetrics.tables` reads them;
4. what cannot be split further is read line by line, top to bottom;
5. a line set in type larger than the page's text (a headline, read just
   before its text) starts with :data:`~postmetrics.text.HEADLINE_MARK`, so the
   item splitter starts an item there (:func:`postmetrics.items.segment`); a
   masthead band's lines start with :data:`~postmetrics.text.MASTHEAD_MARK`
   (never an item's text nor its headline); a table's rows are not marked.

pypdfium2 is imported only when a PDF is read.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import lexicon
from .io import InputError
from .text import HEADLINE_MARK, MASTHEAD_MARK

#: a gap between two glyphs of one line wider than this many ems starts a new run
_RUN_GAP = 0.45
#: a column gutter is at least this many ems wide (in a region of four rows or more)
_GUTTER = 0.7
#: … and at least this wide in a region of three rows or fewer
_GUTTER_FEW_ROWS = 1.8
#: the top band of a page that is a masthead: at most this share of the page's height
_MASTHEAD_SHARE = 0.2
#: cells of a row stand at least this many ems apart
_CELL_GAP = 1.5
#: … and at most this many rows
_MASTHEAD_ROWS = 4
#: a cell of a table holds at most this many characters (median of its column)
_CELL_CHARS = 9
#: a paragraph's first line is indented by at most this many ems
_INDENT = 2.5
#: a line whose type is larger than the page's text by this factor is a headline's
_HEADLINE_SIZE = 1.15
#: … of at most this many lines
_HEADLINE_LINES = 8
#: … and a band at the page's top in type larger by this factor than the text, and larger
#: than any below, is a masthead (the paper's name) even under a narrow gap
_MASTHEAD_SIZE = 1.5


@dataclass
class Glyph:
    """One glyph: its character and box in points, y growing downwards.

    x0/x1 bound its ink for full-width punctuation (a ， may hang into the
    gutter by its white) and its advance otherwise; a0/a1 always bound its
    advance (None: the same as x0/x1)."""

    char: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    a0: float | None = None
    a1: float | None = None

    @property
    def left(self) -> float:
        return self.x0 if self.a0 is None else self.a0

    @property
    def right(self) -> float:
        return self.x1 if self.a1 is None else self.a1


@dataclass
class Run:
    """Glyphs of one line that follow each other without a gutter between them."""

    glyphs: list[Glyph]
    x0: float
    y0: float
    x1: float
    y1: float
    size: float

    @classmethod
    def of(cls, glyphs: list[Glyph]) -> "Run":
        sizes = sorted(g.size for g in glyphs)
        return cls(glyphs, min(g.x0 for g in glyphs), min(g.y0 for g in glyphs),
                   max(g.x1 for g in glyphs), max(g.y1 for g in glyphs), sizes[len(sizes) // 2])

    @cached_property
    def text(self) -> str:
        return _join(self.glyphs)


def _is_ascii_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "%.,")


def _spaced(a: str, b: str) -> bool:
    """May a gap between characters ``a`` and ``b`` be a space? Not next to full-width punctuation."""
    return ord(a) not in _PUNCTUATION and ord(b) not in _PUNCTUATION


def _join(glyphs: list[Glyph]) -> str:
    """Glyphs of one line as text: a space between two Latin words or numbers
    that stand apart (a third of an em), and where a gap is wider than twice
    the line's usual one (李茹 王文东); none inside a line set letter-spaced
    (展 的 良 好 势 头 is 展的良好势头)."""
    if not glyphs:
        return ""
    gaps = [g.left - p.right for p, g in zip(glyphs, glyphs[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    out: list[str] = [glyphs[0].char]
    for p, g, gap in zip(glyphs, glyphs[1:], gaps):
        em = max(min(g.size, p.size), 1.0)
        if gap > 0.3 * em and ((_is_ascii_word(p.char) and _is_ascii_word(g.char) and gap > usual + 0.2 * em)
                               or (gap > 2 * max(usual, 0.0) + 0.25 * em and _spaced(p.char, g.char))):
            out.append(" ")
        out.append(g.char)
    return "".join(out)


# ---------------------------------------------------------------- glyphs

#: full-width punctuation, measured by its ink rather than its advance
_RUNNING_HEAD = re.compile(lexicon.RUNNING_HEAD_WORDS)
_PUNCTUATION = frozenset(map(ord, "，。、；：？！“”‘’（）《》〈〉【】「」『』·"))


def page_glyphs(page, unmapped: list[int] | None = None) -> list[Glyph]:
    """The glyphs of a pypdfium2 page in drawing order, without the spaces and
    line ends PDFium makes up; boxes are PDFium's loose boxes (advance × font
    height), y measured from the page's top.  ``unmapped``, when given, gets
    the number of glyphs without a Unicode map appended."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        height = page.get_height()
        rect = raw.FS_RECTF()
        left, right, bottom, top = (ctypes.c_double() for _ in range(4))
        out = []
        count = raw.FPDFText_CountChars(tp)
        if unmapped is not None:
            unmapped.append(sum(1 for i in range(count) if raw.FPDFText_HasUnicodeMapError(tp, i)))
        for i in range(count):
            char = _char(raw.FPDFText_GetUnicode(tp, i), raw.FPDFText_IsGenerated(tp, i) == 1)
            if char is None:
                continue
            if not raw.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(rect)):
                continue
            size = rect.top - rect.bottom  # the type's height: Type 3 fonts report no useful font size
            x0, x1 = rect.left, rect.right
            if ord(char) in _PUNCTUATION and raw.FPDFText_GetCharBox(tp, i, ctypes.byref(left), ctypes.byref(right),
                                                                   ctypes.byref(bottom), ctypes.byref(top)):
                x0, x1 = left.value, right.value  # its ink: a ， may hang into the gutter by its white
            out.append(Glyph(char, x0, height - rect.top, x1, height - rect.bottom, size, rect.left, rect.right))
        _level(out)
        return out
    finally:
        textpage.close()


def _char(code: int, generated: bool) -> str | None:
    """The character PDFium reports for a glyph, or None for none to keep: spaces,
    the characters PDFium generates itself (line breaks, spaces it infers), and its
    non-characters.  A hyphen that ends a line is reported as U+0002 (PDFium's mark
    for a word broken by hyphenation); in Chinese text it is a minus or a dash
    (同比- / 7.7%), so it is kept as ``-``.

    >>> [_char(c, False) for c in (0x540C, 0x02, 0x20, 0x3000, 0xFFFE)]
    ['同', '-', None, None, None]
    """
    if generated:
        return None
    if code == 0x02:
        return "-"
    if code <= 32 or code in (0xA0, 0x3000, 0xFFFE, 0xFFFF):
        return None
    return chr(code)


def _level(glyphs: list[Glyph]) -> None:
    """Give a flat glyph (一, —, · of a Type 3 font, whose box is its ink) the
    height of its neighbour on the same line, so it stays on that line."""
    for order in (range(1, len(glyphs)), range(len(glyphs) - 2, -1, -1)):
        for i in order:
            g = glyphs[i]
            n = glyphs[i - 1] if order.step == 1 else glyphs[i + 1]
            if g.size < 0.6 * n.size and n.y0 <= (g.y0 + g.y1) / 2 <= n.y1 \
                    and max(n.x0 - g.x1, g.x0 - n.x1) < 2 * n.size:
                g.y0, g.y1, g.size = n.y0, n.y1, n.size


def _runs(glyphs: list[Glyph]) -> list[Run]:
    """Glyphs in drawing order → runs (see the module's docstring, step 1)."""
    runs: list[Run] = []
    current: list[Glyph] = []
    for g in glyphs:
        if current:
            p = current[-1]
            em = max(min(g.size, p.size), 1.0)
            mid, pmid = (g.y0 + g.y1) / 2, (p.y0 + p.y1) / 2
            same_line = abs(mid - pmid) < 0.45 * em
            if not same_line or g.x0 < p.x0 - 0.2 * em or g.left - p.right > _RUN_GAP * em:
                runs.append(Run.of(current))
                current = []
        current.append(g)
    if current:
        runs.append(Run.of(current))
    return runs


# ---------------------------------------------------------------- order

def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The gaps (start, end) between the union of ``intervals``."""
    out = []
    intervals = sorted(intervals)
    end = intervals[0][1]
    for a, b in intervals[1:]:
        if a > end:
            out.append((end, a))
        end = max(end, b)
    return out


def _rows(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into rows (shared baselines), top to bottom, each left to right."""
    rows: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: ((r.y0 + r.y1) / 2, r.x0)):
        mid = (r.y0 + r.y1) / 2
        if rows:
            last = rows[-1]
            top, bottom = min(x.y0 for x in last), max(x.y1 for x in last)
            if top <= mid <= bottom and abs(mid - (last[0].y0 + last[0].y1) / 2) < 0.5 * max(r.size, 1.0):
                last.append(r)
                continue
        rows.append([r])
    return [sorted(row, key=lambda r: r.x0) for row in rows]


def _em(runs: list[Run]) -> float:
    sizes = sorted(r.size for r in runs for _ in r.glyphs)
    return max(sizes[len(sizes) // 2], 1.0) if sizes else 10.0


def _line_gap(runs: list[Run]) -> float:
    """The usual white between a line and the next one of the same column, in points:
    the lower quartile, as on a page of short sections the gaps between them are many."""
    gaps = []
    by_top = sorted(runs, key=lambda r: r.y0)
    for i, r in enumerate(by_top):
        for s in by_top[i + 1:i + 40]:
            if s.y0 >= r.y1 - 0.1 * r.size and min(r.x1, s.x1) - max(r.x0, s.x0) > 0.5 * min(r.x1 - r.x0, s.x1 - s.x0):
                gaps.append(s.y0 - r.y1)
                break
    return sorted(gaps)[len(gaps) // 4] if gaps else 0.3 * _em(runs)


class _Reader:
    """Reads one page's runs in order; lines come out in :attr:`lines`."""

    def __init__(self, runs: list[Run], height: float) -> None:
        self.lines: list[str] = []
        self.sizes: list[float | None] = []  # per line: its type size, when it may be a headline's (_emit_rows)
        self.height = height
        self.em = _em(runs)
        self.han_em = _han_size(runs) or self.em
        self.line_gap = max(_line_gap(runs), 0.0)

    def read(self, runs: list[Run], top: bool = True) -> None:
        if not runs:
            return
        rows = _rows(runs)
        if len(rows) <= 2:
            sizes = [r.size for r in runs]
            small = min(sizes)
            # a headline beside the foot of another column (its sentence ends there), not a masthead
            mixed = max(sizes) > 1.15 * small and (any(
                r.size <= 1.15 * small and r.text.endswith(tuple("。！？；”")) for r in runs)
                or (not top and self._headline_beside_text(runs)))
            columns = self._columns(runs, self.em, 4) if mixed else []
            if columns:
                for column in columns:
                    self.read(column, top=False)
                return
            if not (len(rows) == 2 and self._columns(runs, _em(runs), 3) and _full_lines(runs)):
                # a table row, headlines side by side (postmetrics.items reads them so), one line
                self._emit_rows(rows, table=True)
                return
        em = _em(runs)
        if top:
            band = self._masthead(runs)
            if band is not None:
                self._emit_rows(_rows([r for r in runs if r.y1 <= band]), table=True, mark=MASTHEAD_MARK)
                self.read([r for r in runs if r.y1 > band], top=False)
                return
        columns = self._columns(runs, em, len(rows))
        if columns:
            if self._is_table(columns):
                self._emit_rows(rows, table=True, mark="")
                return
            cuts = self._cuts(runs, em, len(rows))
            bands = self._sections(self._bands(runs, em, strict=True), cuts)
            if len(bands) > 1 and all(self._has_text_in_every_column(b, cuts, bands[k + 1] if k + 1 < len(bands) else None)
                                      for k, b in enumerate(bands)):
                # sections one under the other, each with its columns on the same gutters:
                # section by section (a headline whose text is under it, or beside it at the
                # top of the next column, stays with its text)
                for band in bands:
                    self.read(band, top=False)
                return
            for column in columns:
                self.read(column, top=False)
            return
        bands = self._bands(runs, em)
        if bands:
            for band in self._heads_over_columns(bands):
                self.read(band, top=False)
            return
        self._blocks(runs)

    def _headline_beside_text(self, runs: list[Run]) -> bool:
        """Is this one row a headline at a column's foot beside the first line of its text at the
        next column's foot (我县邮政快递业保持强劲增长态势 | 本报讯7月初,…截): two pieces a gutter
        apart, the left in headline type, the right in the text's?"""
        pieces = _pieces(runs, _GUTTER * self.em)
        if len(_rows(runs)) != 1 or len(pieces) != 2:
            return False
        left, right = sorted(pieces, key=lambda p: p[0])
        return _han_size(left[5]) > _HEADLINE_SIZE * self.han_em and _han_size(right[5]) <= 1.15 * self.han_em \
            and sum(len(r.glyphs) for r in left[5]) >= 4 and sum(len(r.glyphs) for r in right[5]) >= 8

    def _heads_over_columns(self, bands: list[list[Run]]) -> list[list[Run]]:
        """Bands, each band of headlines side by side joined to the band under it
        when each headline stands over one of its columns (two photos' titles
        over their captions): the columns are then read one by one, each
        headline before its text."""
        out: list[list[Run]] = []
        for band in bands:
            heads = out[-1] if out else None
            if heads is not None and all(r.size > _HEADLINE_SIZE * self.em for r in heads):
                above = self._columns(heads, self.em, 4)
                below = self._columns(band, self.em, len(_rows(band)))
                spans = [[(min(r.x0 for r in c), max(r.x1 for r in c)) for c in cs] for cs in (above, below)]
                if len(above) > 1 and len(below) == len(above) and all(
                        min(h[1], c[1]) - max(h[0], c[0]) > 0.5 * min(h[1] - h[0], c[1] - c[0])
                        for h, c in zip(*spans)) and len(self._columns(heads + band, self.em, 4)) == len(above):
                    out[-1] = heads + band
                    continue
            out.append(band)
        return out if len(out) > 1 else bands

    def _blocks(self, runs: list[Run]) -> None:
        """A region no straight cut divides (a headline over some columns, an
        item beside them, another under both): runs are joined into blocks
        (pieces of lines one under the other, of one type size), and the blocks
        read in an order where a block comes after those above it that it
        overlaps and after those left of it that start no lower; among the
        blocks free to go, the leftmost, then the highest."""
        pieces = _pieces(runs, _GUTTER * self.em)
        parent = list(range(len(pieces)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        by_top = sorted(range(len(pieces)), key=lambda i: pieces[i][1])
        reach = max(2 * self.line_gap, 0.6 * self.em)
        for k, i in enumerate(by_top):
            a = pieces[i]
            for j in by_top[k + 1:]:
                b = pieces[j]
                if b[1] - a[3] > reach:
                    break
                if b[1] < a[3] - 0.3 * a[4]:
                    continue
                # a paragraph's first line stands indented over its next (its short last line too)
                overlap = min(a[2], b[2]) - max(a[0] - _INDENT * a[4], b[0])
                if overlap > 0.5 * min(a[2] - a[0], b[2] - b[0]) and abs(a[4] - b[4]) <= 0.15 * max(a[4], b[4]):
                    parent[find(j)] = find(i)
                    break
        groups: dict[int, list[int]] = {}
        for i in range(len(pieces)):
            groups.setdefault(find(i), []).append(i)
        self._join_justified(pieces, groups, find, parent)
        groups = {}
        for i in range(len(pieces)):
            groups.setdefault(find(i), []).append(i)
        blocks = []
        for members in groups.values():
            rs = [r for i in members for r in pieces[i][5]]
            blocks.append((min(r.x0 for r in rs), min(r.y0 for r in rs), max(r.x1 for r in rs),
                           max(r.y1 for r in rs), rs))
        done = [False] * len(blocks)

        def before(a, b) -> bool:
            if min(a[2], b[2]) - max(a[0], b[0]) > 0:
                return a[3] <= b[1] + 0.3 * self.em
            return a[2] <= b[0] and min(a[3], b[3]) > max(a[1], b[1]) and a[1] <= b[1] + 0.5 * self.em

        for _ in range(len(blocks)):
            free = [k for k, b in enumerate(blocks) if not done[k]
                    and not any(not done[j] and j != k and before(blocks[j], b) for j in range(len(blocks)))]
            if not free:  # a cycle: the highest first
                free = [k for k in range(len(blocks)) if not done[k]]
            k = min(free, key=lambda k: (blocks[k][0], blocks[k][1]))
            done[k] = True
            self._emit_rows(_rows(blocks[k][4]), table=False)

    @staticmethod
    def _join_justified(pieces: list[tuple], groups: dict[int, list[int]], find, parent: list[int]) -> None:
        """A piece standing alone (no line over or under it joins it) that lies
        on the row of a piece of a block to its left, in that block's width and
        type size, is the rest of that line set wide to fill its column
        (104.06%　、　100.95%　、 split at its wide spaces): it joins that block."""
        spans = {root: (min(pieces[i][0] for i in members), max(pieces[i][2] for i in members))
                 for root, members in groups.items()}
        for i in range(len(pieces)):  # pieces come row by row, each row left to right (_pieces)
            if groups.get(i) != [i]:
                continue
            p = pieces[i]
            mid = (p[1] + p[3]) / 2
            for j in range(i - 1, -1, -1):  # the pieces left of it on its row
                q = pieces[j]
                if abs((q[1] + q[3]) / 2 - mid) > 0.3 * p[4]:
                    break
                if q[2] > p[0] or abs(q[4] - p[4]) > 0.15 * max(p[4], q[4]):
                    continue
                left, right = spans[find(j)]
                if left <= p[0] and p[2] <= right + 0.5 * p[4]:
                    parent[i] = find(j)
                    break

    def _masthead(self, runs: list[Run]) -> float | None:
        """The bottom of a masthead band: the first row gap from the page's top
        that is wider than an em and twice the line spacing (or, the first gap
        wider than 0.8 em, under a band in type larger than any below it: the
        paper's name and date lines set over the first headline), when the
        band above it is within the page's top fifth and holds a few rows
        (any number, in type that large), and no gap between its pieces goes
        on down as a gutter (headlines side by side), unless the band prints
        a running head's words (第4版, 星期五: ``lexicon.RUNNING_HEAD_WORDS``)."""
        limit = min(r.y0 for r in runs) + _MASTHEAD_SHARE * self.height
        need = max(1.2 * self.em, 2 * self.line_gap)
        near = max(0.8 * self.em, 2 * self.line_gap)
        first_wide = True
        for a, b in _gaps([(r.y0, r.y1) for r in runs]):
            if a > limit:
                return None
            tallest = first_wide and b - a >= near and self._tallest_above(runs, a, b)
            first_wide = first_wide and b - a < near
            if b - a >= need or tallest:
                band = [r for r in runs if r.y1 <= a]
                if (len(_rows(band)) > _MASTHEAD_ROWS and not tallest) \
                        or (self._gutter_goes_on(band, [r for r in runs if r.y0 >= b])
                            and not _RUNNING_HEAD.search("".join(r.text for r in band))):
                    return None
                return a
        return None

    def _mark_headlines(self) -> None:
        """Mark headlines' lines with :data:`HEADLINE_MARK`: lines one after the
        other in type 1.15 times the text's or larger, of one size (a line
        without Chinese at least nine tenths of it: …同比增长 / 12.8%), at most
        ``_HEADLINE_LINES`` of them and without a full stop (a photo's caption
        or a boxed item set larger than the text is no headline)."""
        lines, sizes = self.lines, self.sizes
        i = 0
        while i < len(lines):
            size = sizes[i]
            if size is None or size <= _HEADLINE_SIZE * self.han_em:
                i += 1
                continue
            j = i + 1
            while j < len(lines) and sizes[j] is not None and (
                    abs(sizes[j] - size) <= 0.1 * size or -sizes[j] >= 0.9 * size):
                j += 1
            if j - i <= _HEADLINE_LINES and not any("。" in lines[k] for k in range(i, j)):
                for k in range(i, j):
                    lines[k] = HEADLINE_MARK + lines[k]
            i = j

    def _tallest_above(self, runs: list[Run], a: float, b: float) -> bool:
        """Is the type above ``a`` larger than the text's and than any type under ``b``?"""
        above = _han_size([r for r in runs if r.y1 <= a])
        return above > _MASTHEAD_SIZE * self.han_em and all(_han_size([r]) < above for r in runs if r.y0 >= b)

    def _sections(self, bands: list[list[Run]], cuts: list[float]) -> list[list[Run]]:
        """Bands joined until each has text in every column (a headline band
        goes with the text under it); the columns are the region's, split at
        ``cuts``."""
        out: list[list[Run]] = []
        for band in bands:
            if out and not self._has_text_in_every_column(out[-1], cuts, band):
                out[-1] = out[-1] + band
            else:
                out.append(band)
        if len(out) > 1 and not self._has_text_in_every_column(out[-1], cuts):
            last = out.pop()
            out[-1] = out[-1] + last
        return out

    def _has_text_in_every_column(self, band: list[Run], cuts: list[float],
                                  following: list[Run] | None = None) -> bool:
        """Does each column of ``band`` (split at the region's gutters, ``cuts``:
        a band of a few rows beside a two-line headline shows no gutter of its
        own) hold text of the body's size (not a headline only)?
        A first column holding only a headline, with text beside it, when the band
        under it (``following``) opens with another headline or there is none, is a
        whole section's (its headline inside its first column, its text flowing on
        in the others; not a headline whose text is under it)."""
        columns = _split(band, cuts)
        body = [any(r.size <= 1.15 * self.em for r in col) for col in columns]
        if all(body):
            return True
        if len(columns) < 2 or not all(body[1:]):
            return False
        if following is None:
            return True
        top = min(r.y0 for r in following)
        return any(r.size > _HEADLINE_SIZE * self.em and r.y0 <= top + self.em for r in following)

    def _gutter_goes_on(self, band: list[Run], rest: list[Run]) -> bool:
        """Does a gutter between the band's pieces go on down through the rest
        (headlines side by side over their columns, not a masthead)?"""
        need = _GUTTER * self.em
        below = [(a, b) for a, b in _gaps([(r.x0, r.x1) for r in rest]) if b - a >= need] if rest else []
        for a, b in _gaps([(r.x0, r.x1) for r in band]):
            if any(min(b, d) - max(a, c) >= need for c, d in below):
                return True
        return False

    def _cuts(self, runs: list[Run], em: float, nrows: int) -> list[float]:
        """The x of each gutter that crosses the whole region (its middle), left to right."""
        need = (_GUTTER if nrows >= 4 else _GUTTER_FEW_ROWS) * em
        return [(a + b) / 2 for a, b in _gaps([(r.x0, r.x1) for r in runs]) if b - a >= need]

    def _columns(self, runs: list[Run], em: float, nrows: int) -> list[list[Run]]:
        """Runs split at the gutters that cross the whole region, left to right;
        [] when there is none."""
        cuts = self._cuts(runs, em, nrows)
        return _split(runs, cuts) if cuts else []

    def _bands(self, runs: list[Run], em: float, strict: bool = False) -> list[list[Run]]:
        """Runs split at row gaps wider than the line spacing, top to bottom;
        else (unless ``strict``) at the widest gap under a headline
        (:meth:`_headline_cut`) or at a gap that stands out (:meth:`_wide_gap_cut`);
        [] when there is none."""
        gaps = _gaps([(r.y0, r.y1) for r in runs])
        if not gaps:
            return []
        need = max(1.4 * self.line_gap, self.line_gap + 0.25 * em, 0.3 * em)
        cuts = [(a + b) / 2 for a, b in gaps if b - a >= need and not self._inside_headline(runs, a, b)]
        if not cuts and not strict:
            cuts = self._headline_cut(runs, gaps) or self._wide_gap_cut(gaps, em)
            if not cuts:
                return []
        bands: list[list[Run]] = [[] for _ in range(len(cuts) + 1)]
        for r in runs:
            k = sum(1 for c in cuts if (r.y0 + r.y1) / 2 > c)
            bands[k].append(r)
        return [b for b in bands if b]

    def _inside_headline(self, runs: list[Run], a: float, b: float) -> bool:
        """Does the row gap from ``a`` to ``b`` part two lines of one headline (type
        larger than the text's, one size, one line over the other, closer than
        their size)?  Then it is no cut, however wide for the text's lines."""
        big = _HEADLINE_SIZE * self.han_em
        above = [(r, _han_size([r])) for r in runs if r.y1 <= a + 0.01 and a - r.y1 < 0.5 * r.size]
        below = [(r, _han_size([r])) for r in runs if r.y0 >= b - 0.01 and r.y0 - b < 0.5 * r.size]
        return any(su > big and abs(su - sd) <= 0.1 * su and d.y0 - u.y1 < 0.8 * su
                   and min(u.x1, d.x1) - max(u.x0, d.x0) > 0 for u, su in above for d, sd in below)

    def _wide_gap_cut(self, gaps: list[tuple[float, float]], em: float) -> list[float]:
        """The widest row gap when it stands out from the others (sections one
        under the other, each with its columns): wider than the line spacing,
        half an em, and 1.2 times the median gap (in columns on one baseline
        grid every row gap is alike: no cut there)."""
        widths = sorted(b - a for a, b in gaps)
        a, b = max(gaps, key=lambda g: g[1] - g[0])
        if b - a >= max(self.line_gap, 0.5 * em, 1.2 * widths[len(widths) // 2]) and len(widths) > 1:
            return [(a + b) / 2]
        return []

    def _headline_cut(self, runs: list[Run], gaps: list[tuple[float, float]]) -> list[float]:
        """The widest row gap with type of another size above it than below
        (a headline over its columns), as a one-cut list; [] when none."""
        best = None
        for a, b in gaps:
            above = _type_size([r for r in runs if r.y1 <= a])
            below = _type_size([r for r in runs if r.y0 >= b])
            if above and below and abs(above - below) > 0.15 * below:
                if best is None or b - a > best[1] - best[0]:
                    best = (a, b)
        return [(best[0] + best[1]) / 2] if best else []

    def _is_table(self, columns: list[list[Run]]) -> bool:
        """Blocks side by side on common baselines, most of them short cells."""
        if len(columns) < 2:
            return False
        rows_of = [[(r.y0 + r.y1) / 2 for r in col] for col in columns]
        short = 0
        for col in columns:
            lines = ["".join(r.text for r in row) for row in _rows(col)]
            lengths = sorted(len(t) for t in lines)
            numeric = sum(1 for t in lines if _numeric(t)) >= 0.5 * len(lines)
            if lengths[len(lengths) // 2] <= _CELL_CHARS or numeric:
                short += 1
        if short < max(2, (len(columns) + 1) // 2):
            return False
        for col in columns:  # a column of running text: most of its lines fill its width
            left, right = min(r.x0 for r in col), max(r.x1 for r in col)
            rows = _rows(col)
            full = sum(1 for row in rows if row[-1].x1 - row[0].x0 >= 0.9 * (right - left))
            if right - left >= 8 * self.em and len(rows) >= 3 and full >= 0.6 * len(rows):
                return False
        aligned = 0
        total = 0
        for i, mids in enumerate(rows_of):
            for m in mids:
                total += 1
                if any(any(abs(m - n) < 0.4 * self.em for n in other) for j, other in enumerate(rows_of) if j != i):
                    aligned += 1
        return total > 0 and aligned >= 0.7 * total

    def _emit_rows(self, rows: list[list[Run]], table: bool, mark: str | None = None) -> None:
        """Rows as lines.  In a table (or a band of one or two rows: a
        masthead, a row of cells) pieces of a row further apart than
        ``_CELL_GAP`` ems stand at their columns, two spaces apart at least,
        as :mod:`postmetrics.tables` reads cells; other gaps are a space or none
        (:func:`_join`).  Each line starts with ``mark``; by default (None) a
        row of one piece may be a headline's (:meth:`_mark_headlines`)."""
        left = min(r.x0 for row in rows for r in row)
        half = self.em / 2
        for row in rows:
            pieces = _pieces(row, _CELL_GAP * self.em) if table else []
            start = mark or ""
            # the size of its Chinese type, or minus the size of its type when it has none
            self.sizes.append(None if mark is not None or len(pieces) > 1 else _han_size(row) or -_type_size(row))
            if len(pieces) <= 1:
                self.lines.append(start + _join([g for r in row for g in r.glyphs]))
                continue
            parts: list[str] = [start]
            col = 0
            for k, piece in enumerate(pieces):
                if k:
                    pad = max(2, int(round((piece[0] - left) / half)) - col)
                    parts.append(" " * pad)
                    col += pad
                text = _join([g for r in piece[5] for g in r.glyphs])
                parts.append(text)
                col += sum(2 if ord(c) > 0x2E7F else 1 for c in text)
            self.lines.append("".join(parts))


def _split(runs: list[Run], cuts: list[float]) -> list[list[Run]]:
    """``runs`` split at the x positions ``cuts`` (left to right), empty parts left out."""
    columns: list[list[Run]] = [[] for _ in range(len(cuts) + 1)]
    for r in runs:
        columns[sum(1 for c in cuts if r.x0 > c)].append(r)
    return [c for c in columns if c]


def _with_space(row: list[Run]) -> list[str]:
    """Runs of one line of a column: a space between two Latin words or
    numbers, none between Chinese characters however far apart they are set."""
    out = []
    for k, r in enumerate(row):
        if k and r.x0 - row[k - 1].x1 > 0.3 * r.size and _is_ascii_word(row[k - 1].text[-1]) \
                and _is_ascii_word(r.text[0]):
            out.append(" ")
        out.append(r.text)
    return out


def _full_lines(runs: list[Run]) -> bool:
    """Two lines of running text side by side (a column's last lines), not cells."""
    rows = _rows(runs)
    return all(len("".join(r.text for r in row)) > 2 * _CELL_CHARS for row in rows)


def _pieces(runs: list[Run], gutter: float) -> list[tuple]:
    """Runs of one row joined where they stand closer than a gutter, or than
    twice the row's usual gap between glyphs and a quarter em more (a line set
    wide to fill its column): (x0, y0, x1, y1, size, runs)."""
    out = []
    for row in _rows(runs):
        if not row:
            continue
        glyphs = [g for r in row for g in r.glyphs]
        usual = statistics.median([g.left - p.right for p, g in zip(glyphs, glyphs[1:])] or [0.0])
        group = [row[0]]
        for r in row[1:]:
            gap = r.glyphs[0].left - group[-1].glyphs[-1].right  # by their advances: ，” “ hold white
            if gap < max(gutter, 2 * usual + 0.25 * r.size):
                group.append(r)
            else:
                out.append(group)
                group = [r]
        out.append(group)
    return [(min(r.x0 for r in g), min(r.y0 for r in g), max(r.x1 for r in g), max(r.y1 for r in g),
             max(r.size for r in g), g) for g in out]


def _type_size(runs: list[Run]) -> float:
    """The size of most glyphs of ``runs`` (0 for none): digits of another font
    may stand taller than the Chinese type around them."""
    sizes = sorted(g.size for r in runs for g in r.glyphs)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _han_size(runs: list[Run]) -> float:
    """The size of most Chinese characters of ``runs`` (0 for none): digits and
    Latin letters of another font stand taller or shorter, so a line of a
    paragraph ending in 74.8%。 is not set larger than its text."""
    sizes = sorted(g.size for r in runs for g in r.glyphs if "\u3400" <= g.char <= "\u9fff")
    return sizes[len(sizes) // 2] if sizes else 0.0


def _numeric(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return digits >= max(1, 0.5 * len(text))


def reading_order(glyphs: list[Glyph], height: float) -> list[str]:
    """The lines of one page in reading order (module docstring, steps 1-4).

    ``glyphs`` in drawing order with boxes in points, y from the top;
    ``height`` the page's height in points.  Returns the lines, each without
    its line end; [] for no glyphs.
    """
    runs = _runs(glyphs)
    if not runs:
        return []
    reader = _Reader(runs, height)
    reader.read(runs)
    reader._mark_headlines()
    return reader.lines


# ---------------------------------------------------------------- files

#: share of glyphs without a Unicode value (a font without ToUnicode) past which a page cannot be read
_UNMAPPED_SHARE = 0.05
#: a page drawing more than this many text objects, and this many per glyph read, has lost its text
_MISSING_OBJECTS, _OBJECTS_PER_GLYPH = 50, 2
#: share of letters that must be Chinese on a page of this many glyphs or more
_CJK_SHARE, _CJK_MIN_GLYPHS = 0.1, 50


def read_pdf(source: str | Path | bytes, name: str | None = None) -> list[list[str]]:
    """The pages of a PDF (a path, or its bytes with ``name`` for messages),
    each as its lines in reading order.

    Raises :class:`~postmetrics.io.InputError` (``FILE: reason``) for a file
    that is not a PDF or is encrypted, for a PDF without a text layer
    (``no text layer; OCR it first``) and for one whose text cannot be read
    (a font without a Unicode map: the glyphs would read as garbage, so
    nothing is read from it).
    """
    import pypdfium2 as pdfium

    name = name or str(source)
    try:
        pdf = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as e:
        raise InputError(f"{name}: not a readable PDF ({e})") from e
    try:
        pages: list[list[str]] = []
        glyphs_seen = 0
        unmapped: list[int] = []
        unreadable = False
        missing_font = False
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                glyphs = page_glyphs(page, unmapped)
                glyphs_seen += len(glyphs)
                missing_font = missing_font or _text_missing(_text_objects(page), len(glyphs))
                if glyphs and _garbled(glyphs, page):
                    unreadable = True
                pages.append(reading_order(glyphs, page.get_height()))
            finally:
                page.close()
        if missing_font:
            raise InputError(f"{name}: text cannot be read (a font it needs is not on this machine; "
                             "install a Chinese font such as fonts-noto-cjk)")
        if glyphs_seen == 0:
            raise InputError(f"{name}: no text layer; OCR it first")
        if unreadable or sum(unmapped) > _UNMAPPED_SHARE * glyphs_seen:
            raise InputError(f"{name}: text cannot be read (a font has no Unicode map); OCR it first")
        return pages
    finally:
        pdf.close()


def _text_objects(page) -> int:
    """How many text objects a pypdfium2 page draws."""
    import pypdfium2.raw as raw

    return sum(1 for i in range(raw.FPDFPage_CountObjects(page.raw))
               if raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, i)) == raw.FPDF_PAGEOBJ_TEXT)


def _text_missing(text_objects: int, glyphs: int) -> bool:
    """Far more text objects than glyphs read: PDFium dropped the glyphs of a
    font it cannot map (a CID font such as STSong-Light, not embedded, on a
    machine without a Chinese font), so most of the page's text is missing.

    >>> _text_missing(3016, 558), _text_missing(3101, 3250), _text_missing(12, 0), _text_missing(0, 0)
    (True, False, False, False)
    """
    return text_objects > _MISSING_OBJECTS and text_objects > _OBJECTS_PER_GLYPH * glyphs


def _garbled(glyphs: list[Glyph], page) -> bool:
    """A page whose glyphs do not read as Chinese text, or whose text objects
    PDFium could not map (a CID font it has no data for)."""
    letters = [g.char for g in glyphs if g.char.isalpha()]
    if len(glyphs) >= _CJK_MIN_GLYPHS and letters:
        cjk = sum(1 for c in letters if "\u3400" <= c <= "\u9fff")
        if cjk < _CJK_SHARE * len(letters):
            return True
    return False


def pdf_text(source: str | Path | bytes, name: str | None = None) -> str:
    """The text the extractor reads from a PDF (a path, or its bytes with
    ``name``): its pages' lines in reading order, each page after the first
    starting with a form feed, so each page is read on its own with its own
    date (:func:`postmetrics.extract.extract_document`).  Raises
    :class:`~postmetrics.io.InputError` as :func:`read_pdf` does."""
    return "\n\f".join("\n".join(lines) for lines in read_pdf(source, name))

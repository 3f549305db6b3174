"""Cleaning text extracted from PDF or OCR, with a map back to input lines.

A page as extracted from a newspaper PDF has lines of 12–20 characters, often
a blank line after every line, stray spaces between characters
(``业 务 创 收 约 60 万 元``), numbers split across lines or spaces
(``4 . 5 万``, ``9.`` / ``6 亿件``) and full-width digits (``２．１亿元``).

Cleaning is done line by line and only deletes or replaces characters one for
one, so a joined text keeps a list of line start offsets, and any offset maps
back to its input line with a bisection (:meth:`Joined.line_at`).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .hanzi import Translation, to_simplified
from . import lexicon, recache

# Full-width ASCII (U+FF01–U+FF5E) → ASCII, except the Chinese punctuation that
# clause splitting relies on (，；：！？（）), which stays as written.
_KEEP_FULLWIDTH = set("，；：！？（）")
WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH}
WIDTH_TABLE.update({0x3000: 0x20, ord("○"): ord("〇"), ord("Ｏ"): ord("〇"), 0xA0: 0x20,
                    ord("．"): ord(".")})
# radicals written for whole characters (同⽐增⻓, ⽇均; lexicon.RADICAL_FORMS): the characters
WIDTH_TABLE.update({code: ord(whole) for code in range(0x2F00, 0x2FD6)
                    if len(whole := unicodedata.normalize("NFKC", chr(code))) == 1})
WIDTH_TABLE.update({ord(radical): ord(whole) for radical, whole in lexicon.RADICAL_FORMS.items()})
WIDTH_TABLE.update({ord(variant): ord(usual) for variant, usual in lexicon.VARIANT_FORMS.items()})
fold_width = Translation(WIDTH_TABLE)

#: the first character of a line a PDF prints as a headline (type larger than its text:
#: :mod:`postmetrics.pdf`): U+001E, the record separator, an item starts there.  It is white
#: space to ``str.strip``, so a line's cleaned text never holds it; its ``raw`` does.
HEADLINE_MARK = "\x1e"
#: the first character of a line of a PDF page's masthead band (the paper's name, date and page):
#: U+001D, the group separator; white space to ``str.strip`` too
MASTHEAD_MARK = "\x1d"

_SPACES = recache.compile(r"[ \t\u2000-\u200b\u3000\xa0]+")
#: 曰 after a date's digits is an OCR misreading of 日 (1 月 5 曰)
_OCR_DAY = recache.compile(r"(?<=[\d\s])曰")
_ASCII_WORD = recache.compile(r"[A-Za-z]")
_DECIMAL_END = recache.compile(r"\d\.\d+$")
_DATE_START = recache.compile(r"\d{1,2}月")


def clean_line(raw: str) -> str:
    """Clean one input line: widths folded, stray spaces removed.

    Spaces are removed everywhere except between two Latin letters (``EMS
    业务`` → ``EMS业务``, ``New York`` stays).  Digits separated by spaces are
    joined (``4 . 5`` → ``4.5``, ``100 000`` → ``100000``, ``1 2 %`` → ``12%``).

    >>> clean_line("量 4.5 万 件 ，业 务 创 收 约 60 万")
    '量4.5万件，业务创收约60万'
    >>> clean_line("累计完成２．１亿元，同比增长９．３９％")
    '累计完成2.1亿元，同比增长9.39%'
    """
    if not raw or raw.isspace():
        return ""
    return despace(_fold(raw))


def _fold(text: str) -> str:
    """``text`` with widths folded, radicals read as characters and pinyin glosses dropped
    (進(jìn)口約1.32萬(wàn)億元: a web copy of a site that annotates pronunciation)."""
    text = fold_width(text)
    return _PINYIN_GLOSS.sub("", text) if "(" in text else text


#: a pinyin gloss with its tone mark in brackets after a character (我國(guó), 萬(wàn)), as sites
#: that annotate pronunciation print it when copied
_PINYIN_GLOSS = recache.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\)")


def despace(raw: str) -> str:
    """Remove stray spaces (not between two Latin letters); characters stay as written.

    >>> despace("直 播 基 地 再 添 “新 丁”  ２０２３")
    '直播基地再添“新丁”２０２３'
    """
    s = raw.strip()
    if " " not in s and "\t" not in s and "\u3000" not in s and "\xa0" not in s:
        return s
    parts = _SPACES.split(s)
    out = [parts[0]]
    for part in parts[1:]:
        if not part:
            continue
        prev = out[-1]
        if prev and _ASCII_WORD.match(prev[-1]) and _ASCII_WORD.match(part[0]):
            out.append(" ")
        elif _YEAR_END.search(prev) and _MONTH_DAY_START.match(part):
            out.append("/")  # 2024 11/14 20:41:52 (a site's date line): 2024/11/14, not 202411/14
        elif _DATE_END.search(prev) and _NOT_TIME_START.match(part):
            out.append(" ")  # 2021-02-26 36氪 (a date line's outlet): the day stays 26, not 2636
        out.append(part)
    return "".join(out)


_YEAR_END = recache.compile(r"(?<!\d)(?:19|20)\d\d$")
_MONTH_DAY_START = recache.compile(r"\d{1,2}/\d{1,2}(?!\d)")
_DATE_END = recache.compile(r"(?<!\d)(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}$")
_NOT_TIME_START = recache.compile(r"\d+(?![\d:：])")


@dataclass(frozen=True)
class Line:
    """One non-blank input line.

    ``number`` is 1-based in the input; ``text`` is the cleaned line;
    ``joined_to_previous`` is true when no blank line separates it from the
    previous non-blank line (a strong "same paragraph / same headline" signal
    on double-spaced PDF text).
    """

    number: int
    raw: str
    text: str
    joined_to_previous: bool
    simple: str = ""  # ``text`` in simplified characters (same length), for matching


def split_lines(text: str) -> list[Line]:
    """Split a page into cleaned non-blank :class:`Line` objects.

    CRLF and CR line ends count as one line end each, so line numbers are the
    same whichever convention the file used.  Widths are folded and
    characters simplified once for the whole page (both map one character to
    one), then each line loses its stray spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    folded = _OCR_DAY.sub("日", _fold(text))  # 1月5曰: OCR reads 日 as 曰 (one character for one)
    simple = to_simplified(folded)
    lines: list[Line] = []
    previous_blank = True
    for number, (raw, fold, simp) in enumerate(zip(text.split("\n"), folded.split("\n"), simple.split("\n")),
                                                start=1):
        if not fold or fold.isspace():
            previous_blank = True
            continue
        cleaned = despace(fold)
        lines.append(Line(number, raw, cleaned, joined_to_previous=not previous_blank and bool(lines),
                          simple=cleaned if simp == fold else despace(simp)))
        previous_blank = False
    return lines


@dataclass(frozen=True)
class Joined:
    """Cleaned lines joined into one text, with the offset where each begins.

    ``simple`` is ``text`` in simplified characters (same length), joined
    from the lines' own simplified copies, so no text is converted twice.
    """

    text: str
    starts: tuple[int, ...]
    numbers: tuple[int, ...]
    simple: str = ""

    def line_at(self, offset: int) -> int:
        """Input line number (1-based) of the character at ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        return self.numbers[max(i, 0)] if self.numbers else 0


def join_lines(lines: list[Line]) -> Joined:
    """Join cleaned lines into running text.

    Lines are concatenated without a separator (Chinese has no spaces between
    words and PDF extraction breaks lines anywhere, even inside numbers:
    ``销售 180`` / ``余万元``), except that two Latin words get a space, and a
    paragraph set off by a blank line that opens with its period (``7月份,``) after
    one that ends with a figure and lost its 。 gets one.
    """
    parts: list[str] = []
    simple: list[str] = []
    starts: list[int] = []
    pos = 0
    for line in lines:
        t = line.text
        prev = parts[-1] if parts else ""
        if prev and ((_ASCII_WORD.match(prev[-1]) and _ASCII_WORD.match(t[0]))
                     or (prev[-1].isdigit() and _DATE_START.match(t) and _DECIMAL_END.search(prev))):
            parts.append(" ")  # two words; or a finished decimal (-1.5) then a month (6月份): not one number
            simple.append(" ")
            pos += 1
        elif prev and not line.joined_to_previous and _FIGURE_END.search(prev) and _PERIOD_HEAD.match(t):
            parts.append("。")  # …同比增长13.03% / (blank) / 7月份,…: a paragraph that opens with its period
            simple.append("。")  # starts a sentence, though the one before lost its 。 in the copy
            pos += 1
        starts.append(pos)
        parts.append(t)
        simple.append(line.simple or to_simplified(t))
        pos += len(t)
    return Joined("".join(parts), tuple(starts), tuple(line.number for line in lines), "".join(simple))


#: the end of a line that states a figure (13.03%, 1849.50万件) and the start of one that opens with
#: its period and a comma (7月份, / 1-7月, / 2023年上半年,)
_FIGURE_END = recache.compile(r"(?:\d|[%‰件元吨个])$")
_PERIOD_HEAD = recache.compile(r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}(?:[-—–~至]\d{1,2})?月份?|[一二三四]季度|上半年|下半年|全年|今年)"
                               r"(?:以来)?[，,]")
_SENTENCE_END = recache.compile(r"[。！？!?]")
_CLAUSE_MARK = recache.compile(r"[，,；;：:。！？!?]")
#: the longest context (characters) looked at before a figure; keeps the work
#: per figure bounded on texts without sentence ends.
MAX_CONTEXT = 200


class Boundaries:
    """Sentence and clause boundaries of one text, found once (bisect per query).

    Sentences end at 。！？ (not ；); clauses at ，；：and sentence ends.
    Both are cut to at most :data:`MAX_CONTEXT` characters before a position.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.clause_marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence around ``pos``; end includes its 。."""
        i = bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[i - 1] if i else 0
        end = self.sentence_ends[i] if i < len(self.sentence_ends) else self.length
        return max(start, pos - MAX_CONTEXT), end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the clause holding the span ``start:end`` (end excludes the mark)."""
        i = bisect_right(self.clause_marks, start - 1)
        cs = self.clause_marks[i - 1] + 1 if i else 0
        j = bisect_left(self.clause_marks, end)
        ce = self.clause_marks[j] if j < len(self.clause_marks) else self.length
        return max(cs, start - MAX_CONTEXT), ce


@lru_cache(maxsize=8)
def boundaries(text: str) -> Boundaries:
    """:class:`Boundaries` of ``text``, found once however many stages ask
    (find_periods and the figures of an item ask for the same text)."""
    return Boundaries(text)

"""Pages of a file: the first stage, so that a file of many pages is read one
page at a time, each page on its own (its own date, items and masthead), in
time linear in the file and in memory that does not grow with it.

A page ends at a form feed (PDF text, a newspaper's issue saved as one file).
In text without form feeds (a year of a paper exported as one text) a page
starts at a newspaper's masthead line naming another day or edition than the
page before it (中国邮政报　2024年3月22日　星期五　第3版), together with the short
labels printed just above it (3 / 综 合 新 闻); a masthead repeated inside its
own page (a running head between columns) starts nothing.  Web pages run
together start after a page's footer (ICP备…, 版权所有…, with its address and
telephone lines) and at a page's breadcrumbs (首页 > 政务公开 > 统计信息), with
the site's name above them.  A page that opens with none of these (an
article's title and text) is not told apart from the page before it.  Text
with none of them is cut at the first blank line after :data:`MAX_PAGE_LINES`
lines, so that no page grows without bound; no real page is that long (the
longest test page has 738 lines).  No test or evaluation page is split
(tests/test_page_split.py).

>>> [p.count("\\n") for p in split_pages(["a\\nb\\n\\fc\\n", "d\\n"])]
[2, 2]
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from . import lexicon
from .lazyre import LazyPattern
from .text import WIDTH_TABLE

#: a page without form feed or masthead is cut at the first blank line after this many lines
MAX_PAGE_LINES = 5000

#: a newspaper page's masthead: the paper's name, the date with its weekday, the edition
#: (spaces taken out and full-width digits folded first)
_MASTHEAD = LazyPattern(r"^[^\d，。：:]{0,12}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:星期|周)[一二三四五六日天]"
                       r"(?P<rest>.{0,40})$")
_EDITION = LazyPattern(r"第(?P<n>\S{1,3}?)版|^[^\d]{0,8}?(?P<m>[A-Z]?\d{1,2})(?!\d)")
#: labels printed above a masthead: a page number (3, ７, A5), letter-spaced words (综 合 新 闻), a
#: name in capitals (JIANGSU POST), the paper's name (中国邮政报, 河南邮政, 安吉新闻)
_LABEL = LazyPattern(r"[A-Z]?[\d０-９]{1,2}|(?:\S[ \u3000]+){1,9}\S|[A-Z][A-Z .]{2,30}"
                    rf"|[\u4e00-\u9fff]{{2,6}}?(?:{'|'.join(lexicon.PAPER_NAME_SUFFIXES[:6])})")
_SENTENCE_END = LazyPattern(r"[。！？!?]\s*$")
#: how many label lines above a masthead belong to its page
_MAX_LABELS = 3


def masthead_key(line: str) -> tuple[str, str] | None:
    """``(date, edition)`` of a newspaper masthead line, else None.

    >>> masthead_key("中国邮政报　2024年3月22日　星期五　第3版　综合新闻")
    ('2024年3月22日', '3')
    >>> masthead_key("2024年2月27日 星期二　　中国邮政报　　3")
    ('2024年2月27日', '3')
    >>> masthead_key("2024年3月22日，全省快递业务量…") is None
    True
    """
    if "星期" not in line and "周" not in line:
        return None
    s = re.sub(r"[ \u3000\t]", "", line.translate(WIDTH_TABLE))
    m = _MASTHEAD.match(s)
    if m is None:
        return None
    edition = _EDITION.search(m["rest"])
    return m["date"], (edition["n"] or edition["m"]) if edition else ""


def split_pages(chunks: Iterable[str]) -> Iterator[str]:
    """The pages of a text given in pieces (one str, or a file read in chunks),
    each with ``\\r\\n`` and ``\\r`` as ``\\n``; line numbers add up: page k+1
    starts on the line after the last of page k (or on the line of its form feed)."""
    web = True  # whether a line may be a footer or breadcrumbs (a whole text is looked at once)
    if isinstance(chunks, list) and len(chunks) == 1:
        if _one_page(chunks[0]):
            yield chunks[0].replace("\r\n", "\n").replace("\r", "\n")
            return
        web = _may_be_web(chunks[0])
    page = _Page(web=web)
    for line in _lines(chunks):
        if line.startswith("\f"):
            yield page.text()
            page = _Page(web=web)
            line = line[1:]
            if not line:
                continue
        cut = page.starts_at(line)
        if cut is not None:
            yield page.text(upto=cut)
            page = _Page(page.lines[cut:], web=web)
        page.add(line)
    yield page.text()


#: a web page's footer: nothing of its page comes after it but more footer
FOOTER_WORDS = ("ICP备", "版权所有", "版權所有", "公网安备", "公網安備", "网站标识码", "主办单位", "主辦單位", "不得转载",
                "不得轉載", "Copyright", "COPYRIGHT", "copyright", "All Rights Reserved", "All rights reserved",
                "ALL RIGHTS RESERVED")
_FOOTER = LazyPattern("|".join(FOOTER_WORDS))
#: a footer's contact lines (地址：…, 联系电话：…)
_CONTACT = LazyPattern(r"(?:地址|电话|联系电话|联系方式|邮编|传真|电子邮箱|E-?mail)[:：]", re.IGNORECASE)
#: a web page's breadcrumbs, printed at its top (首页 > 政务公开 > 统计信息, 当前位置：…)
_BREADCRUMB = LazyPattern(r"(?:当前位置|當前位置|您的当前位置|您现在的位置)[:：]|[^>＞»|，。]{1,20}(?:>>?|＞|»)[^>＞»]{1,20}(?:>>?|＞|»)")
#: a site's name and navigation above its breadcrumbs (中国新闻网, 澳門日報電子版, 中央社 CNA, 南阳市邮政管理局,
#: Jiangsu Postal Administration, 首页 | 机构概况 | 政务公开); an office's name that signs off the page
#: before (…。 / 金华市邮政管理局) is taken for the next page's site: the text cannot tell them apart
_SITE_NAME = LazyPattern(r"[^，。！？,]{1,24}(?:网|网站|網|網站|电子版|電子版|报|報|台|局|政府|委员会|委員會)|[\u4e00-\u9fff]{2,12}\s+[A-Z]{2,10}"
                        r"|[^，。！？,\u4e00-\u9fff]{3,60}|(?:[^|｜]{1,8}[|｜]){2,}[^|｜]*")
#: a weekday after 周 (masthead_key also reads 星期五, which ``"星期" in text`` finds)
_ZHOU_WEEKDAY = LazyPattern(r"周[ \u3000\t]*[一二三四五六日天]")
#: one character of each of FOOTER_WORDS: a text without any holds none of them
_FOOTER_CHARS = "备備权權识办辦载載yYhH"


def _one_page(text: str) -> bool:
    """Whether ``text`` is one page, seen without reading its lines: no form feed,
    no weekday (so no masthead), no footer, no breadcrumbs and fewer lines than a
    page may have.  This runs on every page: memchr-fast ``in`` tests first, and
    searches only with a literal first character."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines as the pages are read
    return "\f" not in text and not _may_be_web(text) and text.count("\n") < MAX_PAGE_LINES \
        and _one_masthead(text)


#: where a masthead line may be (what masthead_key reads after 星期 or 周)
_WEEKDAY = LazyPattern(r"(?:星期|周)[ \u3000\t]*[一二三四五六日天]")
#: a line that ends a sentence (what _Page.body looks for, in a whole text)
_BODY_LINE = LazyPattern(r"[。！？!?]\s*$", re.MULTILINE)


def _one_masthead(text: str) -> bool:
    """Whether no masthead line of ``text`` starts a page: it has none, or all of
    its mastheads name one day and edition and no line ending a sentence comes
    before the first (see :meth:`_Page.starts_at`)."""
    if "星期" not in text and ("周" not in text or _ZHOU_WEEKDAY.search(text) is None):
        return True
    keys, first = set(), -1
    for m in _WEEKDAY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        key = masthead_key(text[line_start:line_end if line_end >= 0 else len(text)])
        if key is not None:
            keys.add(key)
            first = line_start if first < 0 else first
    return len(keys) <= 1 and (first < 0 or _BODY_LINE.search(text, 0, first) is None)


def _may_be_web(text: str) -> bool:
    """Whether ``text`` may hold a web page's footer or breadcrumbs."""
    return (any(c in text for c in _FOOTER_CHARS) and _FOOTER.search(text) is not None) or _may_be_breadcrumbs(text)


def _may_be_breadcrumbs(text: str) -> bool:
    """Whether ``text`` holds what every match of _BREADCRUMB holds (位置 or a separator)."""
    return "位置" in text or ">" in text or "＞" in text or "»" in text


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    """Lines of the text, each with its ``\\n``; a form feed starts a line of its own
    (``a\\fb`` gives ``a`` and ``\\fb``)."""
    tail = ""
    for chunk in chunks:
        text = tail + chunk
        held = ""
        if text.endswith("\r"):  # its \n may come with the next chunk
            text, held = text[:-1], "\r"
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        tail = lines.pop() + held
        for line in lines:
            if "\f" in line:
                yield from _at_form_feeds(line + "\n")
            else:
                yield line + "\n"
    if tail:
        yield from _at_form_feeds(tail.replace("\r", "\n"))


def _at_form_feeds(line: str) -> Iterator[str]:
    parts = line.split("\f")
    if parts[0]:
        yield parts[0]
    for part in parts[1:]:
        yield "\f" + part


class _Page:
    """The lines of the page being read, and what is known of its masthead."""

    def __init__(self, lines: list[str] | None = None, web: bool = True) -> None:
        self.web = web  # lines may be a web page's footer or breadcrumbs
        self.lines: list[str] = []
        self.key: tuple[str, str] | None = None
        self.body = False  # a line that ends a sentence has been read
        self.closed = False  # the last lines read are a web page's footer (ICP备…, 版权所有…)
        for line in lines or ():
            self.add(line)

    def add(self, line: str) -> None:
        self.lines.append(line)
        if self.key is None and (key := masthead_key(line)) is not None:
            self.key = key
        if not self.body and _SENTENCE_END.search(line):
            self.body = True
        if not self.web:
            return
        if _FOOTER.search(line):
            self.closed = self.body
        elif self.closed and line.strip() and not _CONTACT.match(line.strip()):
            self.closed = False

    def text(self, upto: int | None = None) -> str:
        return "".join(self.lines[:upto])

    def starts_at(self, line: str) -> int | None:
        """Where in this page's lines another page starts, when ``line`` opens it
        (with the labels above it), else None."""
        if len(self.lines) >= MAX_PAGE_LINES and not line.strip():
            return len(self.lines)
        if self.closed and line.strip() and not _FOOTER.search(line) and not _CONTACT.match(line.strip()):
            return len(self.lines)  # the line after a web page's footer starts another page
        if self.web and self.body and _may_be_breadcrumbs(line) and _BREADCRUMB.match(line.strip()):
            return self._cut(_SITE_NAME)  # 首页 > 新闻中心 > …: another web page, under its site's name
        key = masthead_key(line)
        if key is None or key == self.key or (self.key is None and not self.body):
            return None
        return self._cut(_LABEL)

    def _cut(self, label: LazyPattern) -> int | None:
        """Where the page that starts at the next line starts, taking with it the
        lines above that are ``label``s (at most _MAX_LABELS; blank lines between
        them and the page before stay with that page); None for the page's start."""
        cut, labels = len(self.lines), 0
        while cut > 0 and labels < _MAX_LABELS:
            above = self.lines[cut - 1].strip()
            if above and not label.fullmatch(above):
                break
            labels += bool(above)
            cut -= 1
        while cut < len(self.lines) and not self.lines[cut].strip():
            cut += 1  # blank lines between the page before and the labels stay with it
        return cut if cut > 0 else None

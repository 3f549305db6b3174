"""Pages of a file: the first stage, so that a file of many pages is read one
page at a time, each page on its own (its own date, items and masthead), in
time linear in the file and in memory that does not grow with it.

A page ends at a form feed (PDF text, a newspaper's issue saved as one file).
In text without form feeds (a year of a paper exported as one text, pages
saved one after the other) a page starts where the text shows one opening or
the page before ending, once the page before has ended a sentence:

* a newspaper's masthead line naming another day or edition than the page
  before it (中国邮政报　2024年3月22日　星期五　第3版), together with the short
  labels printed just above it (3 / 综 合 新 闻); a masthead repeated inside its
  own page (a running head between columns) starts nothing;
* a letter-spaced section label of four to six characters (综 合 新 闻, 数 据 快 报),
  with a page number or a masthead without its weekday above it;
* a page's section label over a title (会议·经营, 行业观察 | …, 法 治 · 快 递 纠 纷);
* a title with an official document's number (苏邮管〔2024〕46号) or its issuer
  (…统计公报 / 烟台市邮政管理局 2025年4月28日) or a speech's occasion (——…在…会议上)
  under it, or a web article's data line (发布时间：…, 信息来源：…, 时间：… 地点：…)
  set apart from it by a blank line or printed with the font-size buttons;
* a listed company's announcement (证券代码：…) and a social-media search page;
* the line after a web page's footer (ICP备…, 版权所有…, with its address and
  telephone lines), or after a web article's end (【关闭窗口】, 上一篇：…, 第 1 页 /
  共 1 页, read counts; a list of the site's articles under it stays with it);
* a web page's breadcrumbs (首页 > 政务公开 > 统计信息), with the site's name
  above them.

The cue words are data in :mod:`postmetrics.lexicon` (PAGE_META_HEADS,
PAGE_END_WORDS, …).  A page that opens with an article's title and a date or
source line alone (2024-05-30　来源：人民日报) is not told apart from the page
before it: a digest page prints each of its articles so (held-out 1402, 1406,
1307), and no test or evaluation page may be split.  On the 231 pages of
tests/data and its held-out set run together with a blank line between, 170
of 231 page starts are found (82 before these openings), two a line or two
off, and 83.5 % of the rows are those of the pages read one by one (58.1 %
before; ``bench/bigfile.py``).  Text with none of these cues is cut at the
first blank line after :data:`MAX_PAGE_LINES` lines, so that no page grows
without bound; no real page is that long (the longest test page has 738
lines).  No test or evaluation page is split (tests/test_page_split.py).

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
#: a web page's last lines (:data:`postmetrics.lexicon.PAGE_END_WORDS`; 第 1 页 / 共 1 页; two read counts,
#: 阅读 2.1万 / 赞 386　在看 56)
_PAGE_END = LazyPattern("|".join(lexicon.PAGE_END_WORDS) + r"|^第\s*\d+\s*页\s*/\s*共\s*\d+\s*页$"
                        rf"|^(?:(?:{'|'.join(lexicon.PAGE_END_COUNTS)})\s*[\d.]+万?\s*){{2,}}$"
                        rf"|^(?:{'|'.join(lexicon.PAGE_END_HEADS)})[:：]")
#: one character of each way a _PAGE_END line may be written
_PAGE_END_CHARS = "关關享页阅閱看赞讚篇條则"
#: a section label printed at the top of a newspaper page, letter-spaced (综 合 新 闻, 城 市 快 递 榜): four to
#: six characters (编 后 and names, 吴 昊, are two; 满 负 荷 inside held-out 706 is three), or words so
#: printed around separators (党 建 · 队 伍)
_SPACED_LABEL = LazyPattern(r"(?:[\u4e00-\u9fff][ \u3000]+){3,5}[\u4e00-\u9fff]"
                            # letter-spaced words around separators (党 建 · 队 伍, 法 治 · 快 递 纠 纷)
                            r"|(?:[\u4e00-\u9fff“”][ \u3000]+)+[\u4e00-\u9fff“”]"
                            r"(?:[ \u3000]*[|｜丨·•][ \u3000]*(?:[\u4e00-\u9fff“”][ \u3000]+)+[\u4e00-\u9fff“”]){1,3}")
#: what may be printed above a letter-spaced section label: the labels of a masthead (:data:`_LABEL`) and a
#: masthead without its weekday (中国邮政报 2024年5月8日 第5版), which masthead_key does not take
_LABEL_OR_MASTHEAD = LazyPattern(rf"{_LABEL.pattern}|[^\d，。：:]{{0,12}}?(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日"
                                 r"[ \u3000]*第[^版]{1,3}版[^，。]{0,20}")
#: a page's section label above its first title: letter-spaced (数 据 快 报), or words around one to three
#: separators (会议·经营, 数读 | 节假日与旺季快递包裹量, 法 治 · 快 递 纠 纷, 行业协会 | 会员大会 · 年度工作,
#: 企业社会责任 · ESG报告摘编, 邮政管理动态 > 末端服务); a
#: short line of words alone (港聞, 丹棱县分公司) is as often a headline's kicker inside a newspaper page
#: (held-out 901, 902, 908), one with digits a date (2021年5月 · 消费观察), and a longer letter-spaced
#: line a headline (彭 州 邮 政 蔬 菜 寄 递 量, held-out 706)
_LABEL_WORDS = r"[\u4e00-\u9fff“”《》「」A-Za-z][\u4e00-\u9fff“”《》「」A-Za-z：:· \u3000]{0,15}"
_SECTION_LABEL = LazyPattern(rf"{_SPACED_LABEL.pattern}"
                             rf"|{_LABEL_WORDS}(?:[ \u3000]*[|｜丨·•>＞][ \u3000]*{_LABEL_WORDS}){{1,3}}")
#: an official document's issuer under its title, with its date (烟台市邮政管理局 / 2025年4月28日, 重庆市邮政管理局
#: 2025年1月22日; lexicon.ISSUER_ENDS)
_ISSUER_LINE = LazyPattern(r"(?:(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})[ \u3000]*)?"
                           rf"[\u4e00-\u9fff]{{2,24}}(?:{'|'.join(lexicon.ISSUER_ENDS)}|办公室)"
                           r"(?:[ \u3000]*(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))?")
#: a speech's occasion under its title (——2024年1月23日在安徽省第十四届人民代表大会第二次会议上)
_OCCASION = LazyPattern(r"——(?:19|20)\d\d年\d{1,2}月\d{1,2}日在.{2,50}上")
#: an official document's number under its title (苏邮管〔2024〕46号, 粤邮管〔2024〕68号)
_DOC_NUMBER = LazyPattern(r"[\u4e00-\u9fff]{1,10}[〔［\[](?:19|20)\d\d[〕］\]]\d{1,4}号")
#: a web article's data line under its title (发布时间：…, 信息来源：…; lexicon.PAGE_META_HEADS)
_META_LINE = LazyPattern(rf"(?:{'|'.join(lexicon.PAGE_META_HEADS)})[^：:，。】]{{0,2}}[：:】]")
#: an article's title: a short line that ends no sentence or clause
_TITLE_ENDS = "。！？!?；;，,、：:"
#: at most this many characters in a title, a label or an article's data line
_MAX_HEAD = 60


def _title_like(line: str) -> bool:
    """Whether the stripped ``line`` may be an article's title (a short line that ends no sentence)."""
    return 2 <= len(line) <= _MAX_HEAD and line[-1] not in _TITLE_ENDS and line[0] not in "（(□·•" \
        and line.count("|") < 2 and "\t" not in line  # not a table's row


#: a date in a line (2023-01-14, 2023年1月): a date line, never the title a section label stands over
_DATED = LazyPattern(r"(?:19|20)\d{2}(?:年\d{1,2}月|[-/.]\d{1,2}[-/.]\d{1,2})")


#: a credit set like a label (来源丨昆明信息港, 界面新聞記者 | 白帆, 编辑丨…): the article's, no section's
_CREDIT_LABEL = LazyPattern(r"[^|｜丨]{0,8}?(?:" + "|".join(lexicon.CREDIT_WORDS + lexicon.SOURCE_LABELS
                                                             + ("記者", "編輯", "來源")) + r")[ \u3000]*[|｜丨]")


def _is_label(line: str) -> bool:
    """Whether the stripped ``line`` is a page's section label (:data:`_SECTION_LABEL`), not a
    social-media post's footer (转发 · 评论 · 赞) nor a site's menu (网站首页 | 联系我们)."""
    return len(line) <= 40 and any(c in line for c in " \u3000|｜丨·•>＞") \
        and _SECTION_LABEL.fullmatch(line) is not None \
        and not any(w in line for w in lexicon.NOT_SECTION_LABELS) \
        and re.sub(r"[ \u3000]", "", line) not in lexicon.POST_FOOTERS \
        and _CREDIT_LABEL.match(line) is None \
        and not ("·" in line and not any(c in line for c in "|｜丨>＞") and line.endswith(lexicon.SPEECH_VERBS))
    # (阿衣木沙·托合塔洪委员说: a speaker's name, not 会议·经营; 行业观察 | …局长们这样说 is a label)


#: a weekday after 周 (masthead_key also reads 星期五, which ``"星期" in text`` finds)
_ZHOU_WEEKDAY = LazyPattern(r"周[ \u3000\t]*[一二三四五六日天]")
#: one character of each of FOOTER_WORDS: a text without any holds none of them
_FOOTER_CHARS = "备備权權识办辦载載yYhH"


def _one_page(text: str) -> bool:
    """Whether ``text`` is one page, seen without reading its lines: no form feed,
    no weekday (so no masthead), no footer, no breadcrumbs, nothing that may open
    or end a page (:func:`_may_open`) and fewer lines than a page may have.  This runs
    on every page: memchr-fast ``in`` tests first, and
    searches only with a literal first character."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # lines as the pages are read
    return "\f" not in text and not _may_be_web(text) and text.count("\n") < MAX_PAGE_LINES \
        and _one_masthead(text) and not _may_open(text)


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


#: a line where :meth:`_Page._opening` may see a page open or :data:`_PAGE_END` a page end, in a whole text
#: (more lines than they take): one that opens with a section label, a web article's data line, an official
#: document's number, an issuer's name, ——, a stock code, 上一篇, a read count or 时间; one with a page's end
#: or font-size buttons
_MAY_OPEN = LazyPattern(rf"^[ \t\u3000]*(?:{_SECTION_LABEL.pattern}|{_META_LINE.pattern}|{_DOC_NUMBER.pattern}"
                        rf"|[^\n]{{0,40}}?(?:{'|'.join(lexicon.ISSUER_ENDS)}|办公室)|——"
                        rf"|{'|'.join(lexicon.PAGE_FIRST_WORDS + lexicon.PAGE_END_HEADS)}"
                        rf"|{'|'.join(lexicon.PAGE_END_COUNTS + lexicon.EVENT_META_HEADS)})"
                        rf"|{'|'.join(lexicon.PAGE_END_WORDS + lexicon.FONT_SIZE_WORDS)}|第\s*\d+\s*页\s*/\s*共",
                        re.MULTILINE)


def _may_open(text: str) -> bool:
    """Whether a line of ``text`` may open or end a page as :meth:`_Page._opening` and
    :data:`_PAGE_END` see it (more lines than they take: a letter-spaced line or a
    section label at a line's start is enough)."""
    return _MAY_OPEN.search(text) is not None


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
        self.ended = False  # the last lines read end a web page's article (【关闭窗口】…) and what may follow it
        for line in lines or ():
            self.add(line)

    def add(self, line: str) -> None:
        self.lines.append(line)
        if self.key is None and (key := masthead_key(line)) is not None:
            self.key = key
        if not self.body and _SENTENCE_END.search(line):
            self.body = True
        stripped = line.strip()
        if any(c in line for c in _PAGE_END_CHARS) and _PAGE_END.search(stripped):
            self.ended = self.body  # the end of a web page's article: nothing of another article follows
        elif self.ended and stripped and not _FOOTER.search(line) and not _CONTACT.match(stripped):
            # 上一篇：…, 【纠错】 go on with the end; a list of the site's articles (相关阅读 / titles) ends it
            self.ended = stripped.startswith(lexicon.PAGE_END_NEXT) and not stripped.startswith(lexicon.PAGE_END_LISTS)
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
        stripped = line.strip()
        if self.closed and stripped and not _FOOTER.search(line) and not _CONTACT.match(stripped):
            return len(self.lines)  # the line after a web page's footer starts another page
        if self.ended and stripped and not _FOOTER.search(line) and not _CONTACT.match(stripped) \
                and not stripped.startswith(lexicon.PAGE_END_NEXT) and not _PAGE_END.search(stripped):
            return len(self.lines)  # the line after a web article's end (and its page's links) starts another page
        if self.body and stripped:
            cut = self._opening(stripped)
            if cut is not None:
                return cut
        if self.web and self.body and _may_be_breadcrumbs(line) and _BREADCRUMB.match(line.strip()):
            return self._cut(_SITE_NAME)  # 首页 > 新闻中心 > …: another web page, under its site's name
        key = masthead_key(line)
        if key is None or key == self.key or (self.key is None and not self.body):
            return None
        if self.key is None and not key[1] and masthead_key(line.strip()[:16]) is not None:
            above = next((x.strip() for x in reversed(self.lines) if x.strip()), "")
            if not _LABEL.fullmatch(above):
                return None  # 2015年10月15日星期四 alone under an article, after a page without a masthead:
                # the next article's date line (河南邮政 / 2025年1月9日 星期四, a paper's label over it, is a masthead)
        return self._cut(_LABEL)

    def _opening(self, line: str) -> int | None:
        """Where the page that ``line`` (stripped, after a sentence) shows opening starts, else None:

        * at a newspaper page's letter-spaced section label (综 合 新 闻, 党 建 · 队 伍; with a page
          number or a masthead without its weekday above it);
        * at a listed company's announcement, which opens with its stock code (证券代码：002120 …);
        * at a page's section label (会议·经营, 行业观察 | …, 法 治 · 快 递 纠 纷) with a title under it
          (a digest page prints a label at its top only: held-out 1307, 1611, 1811);
        * at the title of an official document whose number is ``line`` (苏邮管〔2024〕46号), or whose
          issuer (烟台市邮政管理局, with its date) is ``line`` under a title that names a kind of
          document (…统计公报, …运行情况; lexicon.DOCUMENT_TITLE_WORDS), or of a speech whose occasion
          is ``line`` (——2024年1月23日在…会议上);
        * at the title of a web article whose data line is ``line`` (发布时间：…, 信息来源：…; an event's
          时间：… 地点：…), set apart from the title by a blank line or with the page's font-size
          buttons (【字体：大 中 小】);
          a digest page prints its articles' titles and data lines together (held-out 1608, 1802,
          1911), and a title with a date or a source under it alone (2024-05-30　来源：人民日报) opens an
          article of a digest page as often as a page (held-out 1402, 1406, 1307): no page starts there.
        """
        short = len(line) <= _MAX_HEAD
        if short and (" " in line or "\u3000" in line) and _SPACED_LABEL.fullmatch(line):
            return self._cut(_LABEL_OR_MASTHEAD)
        if line.startswith(lexicon.PAGE_FIRST_WORDS):
            return len(self.lines)
        title = self._above(len(self.lines))
        if title is None or not _title_like(self.lines[title].strip()):
            return None
        apart = title < len(self.lines) - 1  # a blank line between the title and ``line``
        top = self._title_top(title)
        label = self._above(top)
        if label is not None and _is_label(self.lines[label].strip()) \
                and not _DATED.search(self.lines[title].translate(WIDTH_TABLE)) and self._apart(label):
            return label  # (not 年味里的中国｜“递”出“幸福味” / 新华社…出品 2023-01-14: a title over its date line)
        if self.lines[title].rstrip().endswith(lexicon.DOCUMENT_TITLE_WORDS):
            if top < title and _ISSUER_LINE.fullmatch(self.lines[top].strip().translate(WIDTH_TABLE)):
                return top  # 安徽省邮政管理局 / 2023年安徽省邮政行业发展统计公报
            if short and _ISSUER_LINE.fullmatch(line.translate(WIDTH_TABLE)):
                return top  # 烟台市2024年邮政行业发展统计公报 / 烟台市邮政管理局
        if not short:
            return None
        if line.startswith("——"):
            return top if _OCCASION.fullmatch(line) else None
        if not (any(c.isdigit() for c in line) or line.startswith(lexicon.PAGE_META_HEADS)):
            return None
        meta = _META_LINE.match(line) is not None or line.startswith(lexicon.EVENT_META_HEADS) \
            and any(w in line for w in lexicon.EVENT_META_WORDS)
        if meta and apart or any(w in line for w in lexicon.FONT_SIZE_WORDS) \
                or "〔" in line and _DOC_NUMBER.fullmatch(line):
            return top
        return None

    def _apart(self, k: int) -> bool:
        """Whether line ``k`` stands apart from the text before it (a blank line or a sentence's
        end above it): a section label does; a name in a run of short lines (全国政协委员 /
        乌恰县政协副主席 / 阿衣木沙·托合塔洪) does not."""
        above = self.lines[k - 1].strip() if k > 0 else ""
        return not above or above[-1] in _TITLE_ENDS

    def _title_top(self, title: int) -> int:
        """The first line of the title whose last line is ``title``: with the title above a
        subtitle (——…), and a title printed over two or three lines (no blank line between)."""
        top = title
        for _ in range(2):
            if self.lines[top].lstrip().startswith(("——", "—", "--")):
                main = self._above(top)
                if main is None or not _title_like(self.lines[main].strip()):
                    break
                top = main
                continue
            above = self.lines[top - 1].strip() if top > 0 else ""
            if not above or not _title_like(above) or _is_label(above):
                break
            top -= 1
        return top

    def _above(self, end: int) -> int | None:
        """The last line before ``end`` that is not blank, with at most one blank line after it."""
        k = end - 1
        if k >= 0 and not self.lines[k].strip():
            k -= 1
        return k if k >= 0 and self.lines[k].strip() else None

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

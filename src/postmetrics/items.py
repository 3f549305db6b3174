"""Splitting a page into news items and giving each its headline.

A newspaper page extracted from PDF runs several items one after another, in
the order of the columns.  Items start at a marker (本报讯, 【本报讯】, a wire
dateline such as 人民网北京5月26日电, （上接第1版）) and end at a byline
(□李峥, □朱丽娜 摄影报道, （云浮日报记者 岑秀萍）).  Headlines are often printed
away from their bodies: after the last item of a column, as a block of short
lines with no sentence end.  Such blocks are split into headlines and each
headline is assigned to the item whose text it shares most with (characters
pairs and place names), not to its neighbour.

Web articles (one item per page) print the headline first, then a source or
date line (来源：… 2025年04月16日), then the body.

A PDF read in order (:mod:`postmetrics.pdf`) prints each headline before its
text, and marks its lines (type larger than the text's) with
:data:`~postmetrics.text.HEADLINE_MARK`: a marked line starts an item, the
marked lines in a row are its headline, and the text up to the next headline,
marker or byline is its body.
"""
from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from . import lexicon
from .dates import DAY_FIRST_DATE, PAGE_DATE, line_month
from .hanzi import to_simplified
from .lazyre import LazyPattern
from . import places
from .places import places_named
from .numerals import parse_numeral
from .text import HEADLINE_MARK, MASTHEAD_MARK, Joined, Line, clean_line, despace, join_lines, split_lines
from . import recache

#: a news article's opening credit (本报讯, 新京报讯, 经济观察网讯, 新华社北京3月2日电,
#: DoNews5月5日消息): it opens an article, and a short line right above it is its title
_NEWS_START = recache.compile(
    r"^(?:【?(?:本报|本刊|本网|[^\s。，；：！？、]{1,6}?(?:报|网))讯】?"
    r"|[^\s。，；：！？、]{1,8}?(?:网|社|报|台|[A-Za-z])\S{0,8}?\d{1,2}月\d{1,2}日(?:电|讯|消息))"
)
_CONTINUED = recache.compile(r"^[（(]\s*(?:上接|接)第\S{1,3}版\s*[）)]")
_FULL_DATE = PAGE_DATE
#: a web article's source label (2023-10-07 来源：新京报, 内容出处：《永嘉县志》): a date line, never a running header
_SOURCE_LINE = recache.compile(r"(?:" + recache.alternation(lexicon.SOURCE_LABELS) + r")[:：]")
#: a web article's credit or origin line (文：申瑜 王青 何乾, 作者：…, 原创 贵州邮政): never a headline
_CREDIT_LINE = recache.compile(r"^(?:(?:" + "|".join(lexicon.CREDIT_WORDS) + r")\s*[：:/／|｜丨]|原创\s*(?=[\u4e00-\u9fff]))"
                          r"\s*\S[^，。；！？]{0,24}$")
#: a month and a column's name under a title (2021年5月 · 消费观察, 2024年3月 | 行业观察)
#: (2023年12月 财经·快递 too: the separator inside the section's name)
_DATED_LABEL = recache.compile(r"^(?:19|20)\d{2}年\d{1,2}月\s*(?:[·•|丨｜]\s*\S{2,12}|[^，。\s·•|丨｜]{0,6}[·•|丨｜][^，。]{1,8})$")
#: a date line that gives only the month (2018-11, 2018年11月; a site before it: winandmac.com  2022/08) under a title
_YEAR_MONTH_LINE = recache.compile(r"^(?:[A-Za-z0-9][A-Za-z0-9.\-]*\.[a-z]{2,4}\s*)?(?:19|20)\d{2}(?:[-/.]\d{1,2}|年\d{1,2}月)$")
#: a column's banner over its briefs: —— 各地邮政快递短讯 ——
_BANNER = recache.compile(r"^[—－-]{2}.{2,16}[—－-]{2}$")
_REPORTER_LINE = recache.compile(r"^[（(][^（）()]*(?:记者|記者|通讯员|通訊員|报道|報道|作者)[^（）()]*[）)]$")
#: a page number on its own line: 3, 第3版, and a footer —2— / - 2 -
_PAGE_NUMBER = recache.compile(r"^(?:第?\d{1,3}版?|\d{1,3}|[—\-–－]\d{1,3}[—\-–－])$")
#: a label of a web page's document data: 发布机构：…, 来源：…, 索引号：…
_META_LABEL = recache.compile(rf"^(?:{'|'.join(lexicon.META_LABELS)})[:：]")
#: a labelled day without its year (日期：01-21, 时间：3月5日)
_LABELLED_DAY = recache.compile(rf"^(?:{'|'.join(lexicon.META_LABELS)})[:：]\s*\d{{1,2}}(?:[-/.]\d{{1,2}}|月\d{{1,2}}日)$")
#: a reposted article's original title (原题：…)
_REPOST_TITLE = recache.compile(rf"^(?:{'|'.join(lexicon.REPOST_TITLE_LABELS)})[:：]")
#: an entry of a list of figures (·快递业务量：59.6亿件，同比增长26.3%): body text, not a headline
_LIST_ENTRY = recache.compile(r"^[·•●◆▪■\-–][^：:]{1,20}[：:]\s*[\d０-９]")
#: a decorative rule between paragraphs (——, ～～～, ***); six or more of them drawn across the
#: page (————————) part two articles
_DECORATION = recache.compile(r"^[—－\-–―─━=＝·•*＊~～_＿]+$")
_RULE_LENGTH = 6
#: a column label on its own line (【集邮】, 【短评】 is a commentary marker and is read before)
_COLUMN_LABEL = recache.compile(r"^【[^】讯]{1,8}】$")
#: a roundup's section head naming its place (【山西·右玉】, 【湖北|孝昌】): another article
_PLACE_LABEL = recache.compile(r"^【[^】讯]{2,14}】$")
_LABEL_PARTS = recache.compile(r"\s*[·•丨|｜/、]\s*")


#: a wire's dateline under any agency's name (中新经纬1月5日电)
_ANY_WIRE = recache.compile(r"^[^\s。，；：！？、“”]{2,12}?\d{1,2}月\d{1,2}日(?:电|讯)")


def opens_article(line: str) -> bool:
    """Whether ``line`` opens a news article: 本报讯…, 新华社北京3月2日电…, 中新经纬1月5日电…"""
    return _NEWS_START.match(line) is not None or _ANY_WIRE.match(line) is not None


def _is_place_name(text: str) -> bool:
    """Whether ``text`` is a place's name and nothing more (山西, 右玉, 湖北省)."""
    return bool(text) and bool(places_named(text))
#: a title in brackets opening a line of text (【广东上半年快递业务量全国第一】近日，…): not a label
#: (【本报讯】, 【短评】) and never a whole line (【集邮】 is a column label)
_BRACKETED_TITLE = recache.compile(r"^【([^】\s]{8,40})】(?=\S{8})")
#: a social-media post's time stamp: 3小时前 / 昨天 18:20 / 11-05 18:11, then 来自 its client
_POST_STAMP = recache.compile(r"^(?:\d{1,2}(?:分钟|小时)前|刚刚|昨天|今天|前天|(?:\d{4}-)?\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d{2})?\s*来自")
#: a date at a line's start (2025年2月17日 来源：…, 2024-06-12 09:30)
_LEADING_DATE = recache.compile(r"^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})")
#: a title's label: 【标题】…, 标题：… (lexicon.TITLE_LABELS)
_TITLE_LABEL = recache.compile(r"^(?:【(?:" + "|".join(lexicon.TITLE_LABELS) + r")】|(?:" + "|".join(lexicon.TITLE_LABELS)
                          + r")[：:])\s*(?=\S)")
#: a page's column labels chained by dots or bars (财经 · 快递公司业绩, 行业研究 | 交通运输 | 快递):
#: short labels, no figures, no sentence punctuation; never a headline
_LABEL_CHAIN = recache.compile(r"^[^\s\d，。；：:！？、“”]{1,10}(?:\s*[·•|｜]\s*[^\s\d，。；：:！？、“”]{1,14}){1,4}$")
_PHOTO_CREDIT = recache.compile(recache.alternation(lexicon.PHOTO_BYLINE))
_BOX = recache.compile(f"[{lexicon.BYLINE_BOXES}]")
#: where the names of a byline end: a photo credit, or the next item's marker glued on
_NAMES_END = recache.compile(recache.alternation(lexicon.PHOTO_BYLINE) + r"|本报讯|本刊讯")
#: the longest run of names (and 记者/通讯员) a byline has: □记者 张三 通讯员 李四 王五
_LONGEST_BYLINE = 16
#: what can end a byline on the next line: a photo credit, or one more name
_BYLINE_TAIL = LazyPattern(rf"(?:{'|'.join(lexicon.PHOTO_BYLINE)})|[\u4e00-\u9fff]{{2,3}}")
#: …and in a PDF's narrow column: the last character of a name (□本报记者王志刚通讯员李 / 娜)
_HAN = recache.compile(r"[\u4e00-\u9fff]")
_PDF_BYLINE_TAIL = _HAN
_RUNNING_HEAD = recache.compile(r"报|第\S{1,3}版|星期")
#: a paper's web date line (广州日报 2019-01-30, 湖北日报 2020-03-21 13:34): a date in digits with
#: dashes, no edition or weekday, as a site prints it right under the title; a paper's running
#: header writes 年月日, or stands apart from the lines above it
_WEB_DATE_LINE = recache.compile(r"^(?!.*(?:第\S{1,3}版|星期)).{0,12}?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
                                 r"|^《[^》]{2,12}》[（(](?:19|20)\d{2}年")  # 《工人日报》（2025年01月16日 03版）: a reprint's source
_MASTHEAD = recache.compile(r"出版物号|邮发代号|刊号|ISSN|CN\d{2}-\d{4}|准印证|内资准字|内部资料")
#: the page and its section under the masthead: 第2版 经营发展, 第3版 市州动态
_SECTION_LINE = recache.compile(r"^第\S{1,3}版")
#: a page code opening a line: A05, B2, A06·
_PAGE_CODE = recache.compile(r"^[A-Z]\d{1,2}(?![\d.%])")
_STAFF_CREDIT = recache.compile(rf"(?:{'|'.join(lexicon.PAGE_STAFF_WORDS)})(?:[:：]|[\u4e00-\u9fff]{{2,3}}(?:$|[\s、，]|"
                           rf"(?:{'|'.join(lexicon.PAGE_STAFF_WORDS)})))")
#: a source credit in parentheses on its own line after a sentence: （闽邮管）, （新华社）
_SOURCE_CREDIT = recache.compile(r"^[（(][\u4e00-\u9fff]{2,8}[）)]$")
#: a digest item's closing source note: …同比增长8.6%。（来源：金华市邮政管理局，2022年2月19日）,
#: （摘自《贵州日报》2024年11月26日）; it ends the item and dates it
_NOTE_OPEN = r"[（(](?:" + "|".join(lexicon.SOURCE_NOTE_WORDS) + r")"
#: the day a closing note gives (2024年11月26日, 2023-03-09)
_NOTE_DAY = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
_CLOSING_NOTE = recache.compile(_NOTE_OPEN + r"[^（）()]{0,60}(?:[（(][^（）()]{0,20}[）)][^（）()]{0,30})?[）)]$"
                                # …or a paper's name and its day after the last sentence, or the day and
                                # the desk's credits: （联合早报 2024年2月19日）, （2025年12月10日 值班主任：高原）
                                r"|(?:(?<=[。！？”])|^)[（(](?:[\u4e00-\u9fffA-Za-z· ]{2,16}[\s，,]*" + _NOTE_DAY
                                + r"(?:\s*[^（）()\s][^（）()]{0,36})?|" + _NOTE_DAY
                                + r"\s*[^（）()\s][^（）()]{0,36})[）)]$")  # (a day alone under a title is its date line)
#: the same note cut at the line's end (（来源：金华市邮政管理局， / 2022年2月19日）)
_OPEN_NOTE = recache.compile(_NOTE_OPEN + r"[^（）()]{0,60}$")
_CONTINUED_ON = recache.compile(r"[（(]\s*下转第\S{1,3}版\s*[）)]$")
#: the longest line taken for a headline (longer lines are body text, whatever their ends)
MAX_HEADLINE = 40
_KICKER_END = ("分公司", "公司", "邮政", "邮政局", "管理局", "分局")


@dataclass
class Item:
    """One news item of a page.

    ``kind`` is ``news``, ``photo``, ``continued``, ``commentary`` or
    ``other`` (SCHEMA ``item_kind``); ``lines`` are the body lines in input
    order; ``headline_lines`` the lines of its headline (possibly printed far
    from the body); ``byline`` as written without the box.
    """

    kind: str
    lines: list[Line] = field(default_factory=list)
    headline_lines: list[Line] = field(default_factory=list)
    byline: str = ""
    index: int = 0
    start_line: int = 0  # the marker line (（上接第1版）) when it precedes the body
    subheadings: dict[int, str] = field(default_factory=dict)  # first line number of a section → its subheading
    #: the date line printed under the item's title on a page of web articles (2023-10-07 来源：新京报)
    date_line: str = ""
    #: how many of ``headline_lines``' last lines are the title's deck (副题): read for
    #: figures with the headline, but not part of it (:func:`_deck`)
    deck: int = 0

    @property
    def headline(self) -> str:
        """The headline as printed (full-width digits kept), stray spaces removed; its deck left out."""
        lines = self.headline_lines[:len(self.headline_lines) - self.deck] if self.deck else self.headline_lines
        return "".join(despace(line.raw) for line in lines).lstrip(lexicon.TITLE_MARKS)

    @property
    def first_line(self) -> int:
        if self.start_line:
            return self.start_line
        return self.lines[0].number if self.lines else (self.headline_lines[0].number if self.headline_lines else 0)

    @property
    def last_line(self) -> int:
        numbers = [line.number for line in self.lines]
        return max(numbers) if numbers else self.first_line

    def body(self) -> Joined:
        return join_lines(self.lines)

    def paragraphs(self, body: Joined | None = None) -> list[tuple[int, str]]:
        """(offset in the body text, subheading or "") of each paragraph start.

        A paragraph starts at the first line, after a line that ends a
        sentence, and after a subheading that was taken out of the body.
        """
        body = body or self.body()
        out = []
        for i, line in enumerate(self.lines):
            if i == 0 or _ends_sentence(self.lines[i - 1].text) or line.number in self.subheadings:
                out.append((body.starts[i], self.subheadings.get(line.number, "")))
        return out


@dataclass
class Layout:
    """A segmented page: its items, the furniture lines and meta lines."""

    items: list[Item]
    meta_lines: list[Line]
    lines: list[Line]


#: numbered section titles inside an item: 一、总体情况, （二）分地区情况, 1. 业务量
_SECTION_NUMBER = LazyPattern(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.])")
_TRAILING_CREDIT = recache.compile(r"[（(][^（）()]{1,30}[）)]$")


@lru_cache(maxsize=8192)
def _ends_sentence(text: str) -> bool:
    """True when a line ends a sentence: 。！？； possibly followed by closing
    quotes or a parenthesised credit (…服务。（记者 陈阳））."""
    if text.endswith(("）", ")")):
        if _CLOSING_NOTE.match(text):
            return True  # a line that is an article's closing note (（联合早报 2024年2月19日）) ends it
        text = _TRAILING_CREDIT.sub("", text) or text
    t = text.rstrip(lexicon.CLOSING_QUOTES)
    if not t:
        return False
    if t != text and t[-1] in lexicon.SENTENCE_END:
        return True
    return text[-1] in lexicon.SENTENCE_END


#: boxes that also mark photo captions on web pages (▲开阳县花梨镇…), and the longest run of
#: names without a credit word that they may still carry as a byline
_CAPTION_BOXES = "▲△◆"
_CREDIT_WORD = recache.compile("|".join(lexicon.CREDIT_WORDS + ("摄",)))


def _split_byline(text: str) -> tuple[str, str] | None:
    """(body part, byline) when the line carries a byline, else None."""
    box = _BOX.search(text)
    if box:
        tail = text[box.end():]
        names = _NAMES_END.split(tail, maxsplit=1)[0]
        if len(names) > _LONGEST_BYLINE or any(c in names for c in "的（(，,："):
            return None  # ■ 行业规模：量增价减…, ▲ 工作人员正在打包…: a bullet or a caption, not a byline
        if box.group(0) in _CAPTION_BOXES and not _CREDIT_WORD.search(names):
            return None  # ▲江口县贵茶产业园抹茶生产线, ▲ 巫山脆李: a photo's caption, not names
        if any(w in names for w in lexicon.SECTION_LABEL_WORDS) and not _CREDIT_WORD.search(names):
            return None  # ■ 行业总体, ■ 快递服务: a section's label, not a byline's names
        return text[:box.start()], tail
    if _REPORTER_LINE.match(text):
        return "", text.strip("（）()")
    if text.endswith(lexicon.PHOTO_BYLINE) and len(text) <= 24 and "，" not in text and not _ends_sentence(text):
        return "", text
    return None


def _inline_caption(split: tuple[str, str], current: dict | None, following: str) -> bool:
    """Whether a line with a photo credit is the caption of a photo printed inside an
    article (web pages): a one-sentence caption ending in …摄, between paragraphs of
    the same article — the text before ends a sentence and the text after is body
    text (a long line), not a headline or a new item's marker."""
    caption, byline = split
    if not caption and "。" in byline:  # 邮储银行东山县支行为村民提供金融服务。陈淑惠 摄
        caption = byline[:byline.rindex("。") + 1]
    if not caption or not byline.endswith(lexicon.PHOTO_BYLINE) or len(caption) > MAX_HEADLINE:
        return False
    if current is None or not current["lines"] or not _ends_sentence(current["lines"][-1].text):
        return False
    return len(following) > MAX_HEADLINE and not _NEWS_START.match(following)


#: the longest end of a date line a PDF's narrow column wraps onto the next line
_META_TAIL = 6


def _marked(line: Line, mark: str = HEADLINE_MARK) -> bool:
    """A line a PDF prints in headline type (:data:`~postmetrics.text.HEADLINE_MARK`),
    or in its masthead band (``mark`` :data:`~postmetrics.text.MASTHEAD_MARK`)."""
    return line.raw.lstrip("\f").startswith(mark)


def _could_be_title(text: str) -> bool:
    """A web article's title: one short line, no full stop; it may end with ！ or ？
    (秦安蜜桃“邮”出大山，这个夏天寄出460余万件！)."""
    if len(text) > MAX_HEADLINE or "。" in text or text.endswith(("：", ":")):
        return False  # (日期： with its value lost: a label, not a title)
    if text[:1] in "（(" and text[-1:] in "）)" and text.count("（") + text.count("(") == 1:
        return False  # （新華日報 作者 梅劍飛）, （2010年08月17日）: a credit or a date in brackets
    return not _ends_sentence(text) or text.rstrip(lexicon.CLOSING_QUOTES)[-1:] in ("！", "？", "!", "?")


def _bare_title(text: str) -> bool:
    """A title with no sentence's punctuation at all (链接 / 2022年全省…居全国第一): no end, no comma."""
    return _could_be_title(text) and not _ends_sentence(text) and "，" not in text


def _article_after_rule(lines: list[Line], at: int) -> str:
    """How an article starts under the rule ``lines[at]``, past date lines: "text" (a paragraph
    that ends a sentence: a photo's caption; "dated" when a date line stands over it), "title" (a title with text right under it), or ""
    when none does (a box of short lines: 2018年邮政业绿色发展成果 / ◆印发… / ◆实施…, which goes on
    the article above)."""
    j = at + 1
    while j < len(lines) and (_is_meta(lines[j]) or _DECORATION.match(lines[j].text)):
        j += 1
    if j >= len(lines):
        return ""
    first = lines[j]
    if len(first.text) > MAX_HEADLINE and _ends_sentence(first.text):
        return "dated" if j > at + 1 else "text"  # (under its date line: 2019年9月7日 星期六 / caption)
    if not _could_be_title(first.text):
        return ""
    k = j + 1
    while k < len(lines) and _is_meta(lines[k]):
        k += 1
    titled = any(lines[m].number - first.number <= 4 and len(lines[m].text) > MAX_HEADLINE
                 and _ends_sentence(lines[m].text) for m in range(k, min(k + 2, len(lines))))
    return "title" if titled else ""  # (a lead-in line may stand over the text: 引言：…)


#: a title with its day at the end of its line (2020年1-4月份淄博市邮政行业运行情况 2020-05-14), as a site lists it
_TITLE_THEN_DATE = recache.compile(r"^(?P<title>[^\s|｜：:]{8,40}?)[ \u3000]+(?P<date>(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")
#: a site's breadcrumb (山东省邮政管理局 > 行业统计, 首页 » 新闻)
_BREADCRUMB = recache.compile(r"[>＞»]|^首页")
_ASCII_LETTER = recache.compile(r"[A-Za-z]")
#: a social-media post's stamp (2023-08-01 10:40 发表于江苏): the account's name is above it, the title under it
_POSTED_STAMP = recache.compile(r"\d{1,2}:\d{2}\s*发表于")


def _title_block(skipped: list[Line]) -> list[Line]:
    """The title over a related article's text or date line (相关新闻 / 去年哈市邮政快递增幅 居副省级
    城市第二位 / 累计完成67628.2万件… / 哈尔滨日报 2023-05-05): the last of ``skipped``, with the line
    right above it when that is title-like too and no blank line parts them (a title and its deck)."""
    if len(skipped) >= 2 and skipped[-2].number == skipped[-1].number - 1 and _could_be_title(skipped[-2].text) \
            and not skipped[-2].text.startswith(lexicon.WEB_ARTICLE_END):
        return skipped[-2:]
    return skipped[-1:]


def _title_line_above(above: list[Line], k: int, numbers: set[int]) -> bool:
    """Whether ``above[k - 1]`` is the first line of a two-line title whose second
    line is ``above[k]`` (the line over a date line): the line right above it, title-
    like, after a blank line that follows the end of a sentence (or the page's top)
    (邮政快递业复工人员近300万人 / 复工率达90.2% / 2020年03月07日; 【汉马归来 英雄之城再出发】 /
    武汉马拉松周日开跑… / 2023-04-13).  A site's short lines over a title have no such gap."""
    if k < 1:
        return False
    first = above[k - 1]
    if first.number != above[k].number - 1 or first.number - 1 in numbers or not _could_be_title(first.text) \
            or _is_issuer_or_number(first) or _META_LABEL.match(first.text) or _is_clutter(first.simple) \
            or _SECTION_LINE.match(first.text) or _BANNER.match(first.text):
        return False  # (第02版：要闻 and —— 各地邮政快递短讯 —— over a title are the page's, not the title's)
    return k == 1 or _ends_sentence(above[k - 2].text)


def _closes_earlier_parenthesis(text: str) -> bool:
    """A line that closes a parenthesis opened on an earlier line: the tail of a
    credit wrapped onto its own line (…以内。（通讯员 / 吴国华）), never a headline."""
    return text.count("）") + text.count(")") > text.count("（") + text.count("(")


def _is_meta(line: Line) -> bool:
    """A source or date line of a web article (2025年6月19日 生活报, 来源：…, [2024-06-12])."""
    t = line.text
    if _ends_sentence(t) or "，" in t or len(t) > 60 or (t[:1] in "（(" and _CLOSING_NOTE.match(line.simple or t)):
        return False  # (（2025年12月10日 值班主任：高原）: the article's closing note, not the next one's date)
    return bool(_FULL_DATE.search(t) or _SOURCE_LINE.search(line.simple or t) or _DATED_LABEL.match(t) or _CREDIT_LINE.match(t)
                or _YEAR_MONTH_LINE.match(t) or (_META_LABEL.match(t) and line_month(t))  # 发布时间：2020年3月
                or _LABELLED_DAY.match(t)  # 日期：01-21 (an e-paper's day without its year)
                or DAY_FIRST_DATE.match(t) or _REPOST_LINE.match(t)
                or (len(t) <= 40 and not t.endswith(lexicon.PHOTO_BYLINE) and "（" not in t and "(" not in t
                    and _REPORTER_CREDIT.match(to_simplified(line.raw.strip()))))  # 川观新闻记者 陈碧红, 本刊记者/赵一苇
    # (not 本报讯（记者 林晓岚…)


#: a label whose value is on the next line (來源: / 聯商網 CC)
_EMPTY_LABEL = recache.compile(rf"^(?:{'|'.join(lexicon.META_LABELS)}|{'|'.join(lexicon.SOURCE_LABELS)})\s*[:：]$")


def _labelled_value(lines: list[Line], at: int) -> bool:
    """Whether line ``at`` is the value of a label left empty on the line right above it
    (來源: / 聯商網 CC / 2023-01-29 09:40: the source's name, not the article's title)."""
    line = lines[at]
    return at > 0 and lines[at - 1].number == line.number - 1 and _EMPTY_LABEL.match(lines[at - 1].simple.strip()) \
        is not None and len(line.text) <= 30 and not any(p in line.text for p in "，。；！？")


#: a label of another article with that article's title after it on the line (【往期回顾】2019年一季度)
_BREAK_LABEL_TITLE = recache.compile(r"^【(?:" + "|".join(lexicon.ITEM_BREAK_LABELS) + r")】\S")


def _credit_over_title(body: list[Line]) -> bool:
    """Whether a news item opens with its credit alone on a line (中新网北京7月22日电 (记者 夏宾),
    中評社北京11月27日電／據新華社報導 2025-11-27), its title on the next line (a blank line
    between at most) and its text under that: the title is the item's headline."""
    if len(body) < 3:
        return False
    credit, title, text = body[0], body[1], body[2]
    m = _NEWS_START.match(credit.simple or credit.text)
    if m is None or title.number - credit.number != 2 or not _bare_title(title.text) \
            or not (_ends_sentence(text.text) or len(text.text) > MAX_HEADLINE):
        return False
    rest = (credit.simple or credit.text)[m.end():].strip()  # (记者 夏宾), ／据新华社报导 2025-11-27, or nothing
    return (not rest or rest[0] in "(（／/|｜") and len(rest) <= 30 and not any(p in rest for p in "，。；！？")


def _date_over_title(lines: list[Line], at: int) -> bool:
    """Whether the date line at ``at`` heads the next article: set off by two blank lines or more
    under a sentence's end, a title right under it (a blank line between at most), then text with
    no date line of its own (a clipping's 深圳晚报 2020-09-29 / 大闸蟹搭乘南航航班来深 / …)."""
    line = lines[at]
    if at == 0 or at + 2 >= len(lines) or not _FULL_DATE.search(line.text) or len(line.text) > 30:
        return False
    before, title = lines[at - 1], lines[at + 1]
    if line.number - before.number - 1 < 2 or not _ends_sentence(before.text) \
            or title.number - line.number - 1 > 1 or not _could_be_title(title.text):
        return False
    return not any(_is_meta(lines[k]) for k in range(at + 2, min(len(lines), at + 4))
                   if lines[k].number <= title.number + 2)  # (标题 / 2023-05-06 under it: the title's own date line)


def _in_sections(lines: list[Line], at: int, current: dict | None) -> bool:
    """Whether the item being read (``current``) has had a section label that names no place
    (【全省】) since its first line: a place's label after it is another of its sections."""
    if current is None or not current["lines"]:
        return False
    first = current["lines"][0].number
    k = at - 1
    while k >= 0 and lines[k].number >= first:
        if _is_section_label(lines[k]):
            return True
        k -= 1
    return False


def _is_section_label(line: Line) -> bool:
    """A bracketed label on its own line that names no place (【全省】, 【结构】): a section of an article."""
    s = line.simple or line.text
    return _PLACE_LABEL.match(s) is not None and not all(_is_place_name(part) for part in _LABEL_PARTS.split(s[1:-1]))


#: a repost's credit under its title (本文转自【澎湃新闻】)
_REPOST_LINE = recache.compile(r"^(?:本文)?(?:转自|转载自|转载于)[【\[《]?[\u4e00-\u9fff]{2,12}[】\]》]?$")


_CLUTTER = recache.compile("|".join(map(re.escape, lexicon.WEB_CLUTTER)))


def _is_clutter(s: str) -> bool:
    """A web page's frame line (breadcrumb, 责任编辑, 分享到, ICP备…): short, or starting with one."""
    return s.startswith(lexicon.WEB_CLUTTER) or (len(s) <= 60 and _CLUTTER.search(s) is not None)


def _is_furniture(line: Line, at_top: bool, before_date: bool = True) -> bool:
    t = line.text
    if _PAGE_NUMBER.match(t) or _COLUMN_LABEL.match(t) or _DECORATION.match(t):
        return True
    if _is_column_name(t):
        return True  # a column's name over its items: 快递网络建设动态, 邮政快讯 各地动态
    simple = line.simple or t
    if simple.strip(" |｜") in lexicon.SITE_WIDGET_LINES:
        return True  # 今天是 | over the site's date: the page's frame, not a title
    if simple.startswith(lexicon.EPAPER_LABELS) or simple.endswith(lexicon.EPAPER_LINE_ENDS):
        return True  # an e-paper's reader: 文章字数：274, 版面：第003版：洛阳·综合 上一篇 下一篇, 当前版：02版
    if _REPOST_TITLE.match(simple):
        return True  # 原题:全省邮政业保持快速平稳发展 …: a reposted article's original title, no text of it
    if at_top and _LABEL_CHAIN.match(t):
        return True  # column labels: 寄递安全 · 执法监管
    if at_top and ("·" in t or "|" in t) and len(t) <= 20 and len(line.raw.split()) >= 0.8 * len(t):
        return True  # a column label printed letter-spaced: 时 令 鲜 果 · 樱 桃 “ 飞 ” 起 来
    if at_top and len(t) <= 6 and len(line.raw.split()) >= len(t) >= 2:
        return True  # section labels printed letter-spaced: 动 态, 综 合 新 闻
    if at_top and len(t) <= 16 and to_simplified(t).endswith(lexicon.PAPER_NAME_ENDS):
        return True  # the paper's name under the masthead: 中国邮政报, 山东邮政报
    if at_top and len(parts := _COLUMN_GAP.split(line.raw.strip())) == 2 and len(parts[1]) <= 8 \
            and len(parts[0]) <= 16 and to_simplified(parts[0]).endswith(lexicon.PAPER_NAME_ENDS):
        return True  # the paper's name and the page's column: 中国邮政报  各地传真
    if at_top and (_MASTHEAD.search(t) or (t.isascii() and any(c.isalpha() for c in t))):
        return True  # CHINA POST NEWS, 国内统一连续出版物号 CN11-0035, 邮发代号
    if at_top and len(t) <= 40 and not _ends_sentence(t) and (
            _PAGE_CODE.match(t) or _STAFF_CREDIT.search(t) or _SECTION_LINE.match(t)):
        return True  # the page's own label: A05 县区新闻, 第2版 经营发展, 编辑 陈珊 校对 黄颖
    if at_top and len(t) <= 60 and t.startswith(lexicon.PAGE_NOTE_OPENERS) \
            and any(w in to_simplified(t) for w in lexicon.PAGE_NOTE_WORDS):
        return True  # the column's note under its banner: 本栏摘编券商研究报告要点，仅供参考，不构成投资建议
    if at_top and before_date and len(t) <= 6 and to_simplified(t).endswith(lexicon.PAPER_NAME_SHORT_ENDS):
        return True  # an internal paper's name above its date line: 河南邮政, 安吉新闻 (无锡邮政 below it is a kicker)
    return False


def segment(text: str) -> Layout:
    """Split page ``text`` into :class:`Item` objects in reading order.

    Never raises; an empty page gives no items.
    """
    lines = split_lines(text)
    simple = [line.simple or to_simplified(line.text) for line in lines]
    web_frame = _CLUTTER.search("\n".join(simple)) is not None  # most pages have none: no test per line
    segments: list[dict] = []
    current: dict | None = None
    meta: list[Line] = []
    seen_body = False
    titles = _titles_after_gaps(lines)
    briefs = _numbered_briefs(lines, simple)
    after_article = False
    skipped: list[Line] = []
    handles = {i - 1 for i, line in enumerate(lines) if i and _POST_STAMP.match(line.text)}
    pending_note: str | None = None  # a closing note cut at a line's end, waiting for its date line
    loose_date: tuple[int, str] | None = None  # a date line read between articles: the next one's

    def take_loose_date(segment: dict) -> None:
        nonlocal loose_date
        if loose_date is not None and not segment.get("date_line") and segment["lines"] \
                and loose_date[0] < segment["lines"][0].number:
            segment["date_line"] = loose_date[1]  # ──── / 發布時間：2014/4/29 / title / text
        loose_date = None

    headlines_marked = HEADLINE_MARK in text and any(_marked(line) for line in lines)  # a PDF's, in headline type
    numbers = {line.number for line in lines}  # input lines that are not blank
    band_start = 0  # the first line of a PDF's masthead band, kept as one meta line

    def close(byline: str = "", closed_by_byline: bool = False) -> None:
        nonlocal current
        if current is not None and (current["lines"] or byline):
            current["byline"] = byline
            current["closed_by_byline"] = closed_by_byline
            take_loose_date(current)
            segments.append(current)
        current = None

    for at, (line, s) in enumerate(zip(lines, simple)):
        if after_article:
            if _NEWS_START.match(s):
                after_article = False  # 本报讯 / …电: a page of its own follows (pages run together in one file)
                if skipped and _could_be_title(skipped[-1].text) and skipped[-1].number >= line.number - 2:
                    current = {"kind": "other", "lines": skipped[-1:], "lead_given": True}  # …under its title
            elif _is_meta(line) and (_META_LABEL.match(s) or _LEADING_DATE.match(s)) and skipped:
                after_article = False  # 标题 / 发布时间：2025年2月17日: another page's title and date line
                current = {"kind": "other", "lines": skipped[-3:]}
            elif _is_meta(line) and skipped and _could_be_title(skipped[-1].text) \
                    and skipped[-1].number >= line.number - 2 and _FULL_DATE.search(s) and at + 1 < len(lines) \
                    and len(lines[at + 1].text) > MAX_HEADLINE and _ends_sentence(lines[at + 1].text):
                # 相关新闻 / 安徽今年快递业务量将达5.5亿件 / www.jctrans.com 2016-1-22 中安在线 / 昨日，…。:
                # a related article printed whole, its date line between its title and its text
                after_article = False
                current = {"kind": "other", "lines": _title_block(skipped)}
            elif skipped and len(s) > MAX_HEADLINE and _ends_sentence(s) and _could_be_title(skipped[-1].text) \
                    and skipped[-1].number >= line.number - 2:
                # 相关阅读 / 海南前三季度快递业务量超1亿件 / 今年前三季度，…。: a related article printed whole
                after_article = False
                current = {"kind": "other", "lines": _title_block(skipped), "lead_given": True}
            else:
                skipped.append(line)  # the other articles' titles after 上一篇 / 相关新闻
                continue
        if s.startswith(lexicon.WEB_ARTICLE_END):
            close()
            after_article, skipped = True, []  # 上一篇 / 相关新闻: the rest of a web page is about other articles
            continue
        if pending_note is not None:
            if s.endswith(("）", ")")) and len(s) <= 40 and "（" not in s and "(" not in s:
                close(pending_note + s[:-1], closed_by_byline=True)  # the note's wrapped date line
                segments[-1]["note"] = True
                pending_note = None
                continue
            pending_note = None
        if headlines_marked and _marked(line, MASTHEAD_MARK):
            # a PDF's masthead over marked headlines: no item's text nor headline; its lines
            # read as one for its date, which a row's end may cut (…2025年 / 4月16日星期三)
            if meta and meta[-1].number == band_start:
                band_text = meta[-1].text + line.text
                meta[-1] = Line(band_start, meta[-1].raw + line.raw, band_text, False, to_simplified(band_text))
            elif at == 0 or not _marked(lines[at - 1], MASTHEAD_MARK):
                band_start = line.number
                meta.append(line)
            continue
        if _PLACE_LABEL.match(s) and all(_is_place_name(part) for part in _LABEL_PARTS.split(s[1:-1])):
            if _in_sections(lines, at, current):
                current["lines"].append(line)  # 【全省】 … 【昆明】: a section of the article, about that place
                continue
            close()  # 【山西·右玉】 over a roundup's section: the next article, about that place
            current = {"kind": "other", "lines": [line], "lead_given": True}
            seen_body = True
            continue
        if (repost := _REPOST_TITLE.match(s)) is not None and len(s) - repost.end() >= 4 and at + 1 < len(lines) \
                and not _is_meta(lines[at + 1]) and (current is None or not current["lines"] or at in titles or (
                    _ends_sentence(current["lines"][-1].text) and line.number - current["lines"][-1].number > 2)):
            # 2020年06月24日 來源：新華日報 / 原標題：全省機場國際貨運量顯著增長 / text: no title but the
            # original one, which is then the article's
            n = repost.end()
            cut = next((i + 1 for i, c in enumerate(line.raw) if c in ":："), 0)
            title = Line(line.number, line.raw[cut:], line.text[n:].strip(), line.joined_to_previous, s[n:].strip())
            dated = current.get("date_line", "") if current is not None and not current["lines"] else ""
            close()  # (an article above it ends: 原標題:全省郵政行業… after another's last line)
            current = {"kind": "other", "lines": [title], "lead_given": True, "date_line": dated}
            seen_body = True
            continue
        if _is_furniture(line, at_top=not seen_body, before_date=not meta) \
                or (web_frame and _is_clutter(s) and not _is_meta(line) and not _CLOSING_NOTE.match(s)):
            if current is not None and current["lines"] and len(line.text) >= _RULE_LENGTH \
                    and _DECORATION.match(line.text) and (after_rule := _article_after_rule(lines, at)) \
                    and (after_rule == "dated" or _ends_sentence(current["lines"][-1].text)):
                close()  # a rule drawn under an article's last sentence (————————): the next one starts
                if after_rule == "title":
                    current = {"kind": "other", "lines": [], "lead_given": True}
            continue
        if _marked(line) and not _is_meta(line):  # a PDF's headline line: the next item starts here
            if current is not None and not current["lines"] and current["kind"] != "other":
                pass  # （上接第1版） / 编后 over the headline: the item they mark goes on under it
            else:
                close()
            if segments and segments[-1]["kind"] == "headline" and segments[-1]["at"] == at - 1:
                segments[-1]["lines"].append(line)
            else:
                segments.append({"kind": "headline", "lines": [line], "byline": "", "closed_by_byline": False})
            segments[-1]["at"] = at
            seen_body = True
            continue
        if headlines_marked and meta and meta[-1].number == lines[at - 1].number and len(s) <= _META_TAIL \
                and not any(p in s for p in "，。；：！？") and not _NEWS_START.match(s) and _split_byline(s) is None:
            text_ = meta[-1].text + line.text  # 2024-01-10来源：中国新闻 / 网: a date line a narrow column wrapped
            meta[-1] = Line(meta[-1].number, meta[-1].raw + line.raw, text_, meta[-1].joined_to_previous,
                            to_simplified(text_))
            if current is None and segments and segments[-1].get("date_line"):
                segments[-1]["date_line"] = meta[-1].simple
            continue
        if (titled := _TITLE_THEN_DATE.match(line.raw.strip())) is not None and not _SOURCE_LINE.search(s) \
                and not _META_LABEL.match(s) and not _RUNNING_HEAD.search(titled["title"]) \
                and len(_HAN.findall(titled["title"])) >= 8 and not _ASCII_LETTER.search(titled["title"]) \
                and (current is None or all(_BREADCRUMB.search(x.text) for x in current["lines"])):
            # 2020年1-4月份淄博市邮政行业运行情况 2020-05-14 under the site's breadcrumb: a title with its day
            if current is not None:
                current["lines"] = []  # (山东省邮政管理局 > 行业统计: the site's, not a title)
            close()
            end = len(titled["title"])  # (the title has no spaces: its length in the line's text too)
            meta.append(Line(line.number, line.raw, line.text[end:].strip(), line.joined_to_previous,
                             line.simple[end:].strip()))
            current = {"kind": "other", "lead_given": True, "title_lines": 1, "date_line": titled["date"],
                       "lines": [Line(line.number, line.text[:end], line.text[:end], False, line.simple[:end])]}
            continue
        if _is_meta(line) or _labelled_value(lines, at):
            meta.append(line)
            over_title = _date_over_title(lines, at)
            if current is not None and current.get("title_lines") and len(current["lines"]) == current["title_lines"] \
                    and not over_title:
                # 标题 / 新华社记者 魏玉坤 / 《工人日报》（2025年01月16日 03版）: a second line of the title's
                # furniture; the one with the date is its date line
                if _FULL_DATE.search(line.text) and not _FULL_DATE.search(current["date_line"]):
                    current["date_line"] = s
                continue
            if current is not None and current.get("gap_title") and len(current["lines"]) == 2 \
                    and len(current["lines"][1].text) <= MAX_HEADLINE and _ends_sentence(current["lines"][1].text):
                # 极兔冲刺港交所 / 成本高，可能是个长期问题。 / 文|深燃 邹帅: a title's deck over its credit
                if _FULL_DATE.search(line.text) and not current.get("date_line"):
                    current["date_line"] = s
                continue
            if current is None and segments and segments[-1]["kind"] == "headline":
                segments[-1].setdefault("date_line", s)  # a PDF's headline / its article's date line / its text
            elif current is None and segments and _FULL_DATE.search(line.text):
                loose_date = (line.number, s)
            elif current is not None and not current["lines"] and not current.get("date_line") \
                    and _FULL_DATE.search(line.text):
                current["date_line"] = s  # ──── / 2020年06月24日 來源：新華日報 / …: the article under the rule's
            if current is not None and current["lines"] and (
                    not _RUNNING_HEAD.search(s) or _SOURCE_LINE.search(s) or over_title
                    or (_WEB_DATE_LINE.match(s) and (current["lines"][-1].number == line.number - 1 or (
                        current["lines"][-1].number == line.number - 2 and _could_be_title(current["lines"][-1].text))))):
                # a date line under a title (web article, or a list page: 标题 / [2024-06-12] / text …;
                # 标题 / (blank) / 新民晚报 2018年1月5日, a paper's name and day); a running header (中国邮政报 2024年8月14日 第2版) between columns splits nothing
                head = []
                above = current["lines"]
                k = len(above) - 1
                while k > 0 and (_is_issuer_or_number(above[k]) or _META_LABEL.match(above[k].text)):
                    k -= 1  # 烟台市邮政管理局 / 发布机构：… between the title and its date: not the title
                # 连云港发布 / 2023-08-01 10:40 发表于江苏 / 这个指标…: a post's account over its stamp; its title is under them
                posted = _POSTED_STAMP.search(s) is not None and at + 1 < len(lines) and _could_be_title(lines[at + 1].text)
                if not posted and _could_be_title(above[k].text):
                    head = [above[k]]  # a web title is one line; short lines above it are the site's
                    if above[k].text.startswith("——") and k > 0 and _could_be_title(above[k - 1].text):
                        k -= 1
                        head.insert(0, above[k])  # 奋楫笃行谱新篇 / ——贵州邮政2023年工作盘点
                    elif _title_line_above(above, k, numbers):
                        k -= 1
                        head.insert(0, above[k])  # 香烟盒中揪毒品快递小哥再立功 / 5名快递小哥受表彰… / 广州日报 2019-01-30
                    del above[k:]
                deck: list[Line] = []
                if not head and k >= 2 and _FULL_DATE.search(line.text) and _could_be_title(above[k - 1].text) \
                        and not _BOX.match(above[k - 1].text) \
                        and not _ends_sentence(above[k - 1].text) and _ends_sentence(above[k].text) \
                        and _ends_sentence(above[k - 2].text):
                    # 中欧班列（郑州）运邮开行 / a one-paragraph summary / 2018年11月21日: the title
                    # and summary of the next article, after the last sentence of the one before
                    head, deck = [above[k - 1]], [above[k]]
                    del above[k - 1:]
                if not any(_ends_sentence(x.text) or len(x.text) > MAX_HEADLINE for x in current["lines"]):
                    current["lines"] = []  # a site's short lines before a date line; text without stops is kept
                close()
                if head:
                    current = {"kind": "other", "lines": head + deck, "lead_given": True, "date_line": s,
                               "title_lines": len(head)}
                elif posted:
                    current = {"kind": "other", "lines": [], "lead_given": True, "date_line": s}  # the post's title next
                elif _LEADING_DATE.match(s) and at + 2 < len(lines) and _could_be_title(lines[at + 1].text) \
                        and _NEWS_START.match(simple[at + 2]):
                    # …。 / 2023-12-04 / 11月仓储指数回升… / 中新社北京12月4日电: a date line over the next title
                    current = {"kind": "other", "lines": [], "lead_given": True, "date_line": s}
                elif over_title:
                    # …。 / (blank lines) / 2019-08-03 速递资讯 / 每天14吨专机… / text: a clipping's source
                    # and day over its title (深圳晚报 2020-09-29)
                    current = {"kind": "other", "lines": [], "lead_given": True, "date_line": s}
            continue
        if at in handles and len(s) <= 20:
            continue  # 马鞍山日报 V / 昨天 18:20 来自 微博网页版: a post's author, above its time stamp
        if s.replace(" ", "") in lexicon.POST_FOOTERS:
            close()  # 转发 · 评论 · 赞: the end of a social-media post
            continue
        bracketed = _BRACKETED_TITLE.match(line.text)
        if bracketed and (current is None or not current["lines"] or _ends_sentence(current["lines"][-1].text)
                          or all(len(x.text) <= 20 and not _ends_sentence(x.text) for x in current["lines"])):
            # 【广东上半年快递业务量全国第一】近日，…: a post or brief that opens with its title in brackets
            close()
            n = bracketed.end()
            head = bracketed.group(1)
            current = {"kind": "other", "lead_given": True, "lines": [
                Line(line.number, head, head, False, line.simple[1:1 + len(head)]),
                Line(line.number, line.text[n:], line.text[n:], True, line.simple[n:])]}
            seen_body = True
            continue
        if at in briefs:  # 2.山西邮政快递业基本恢复常态化正常运行 on a page of numbered briefs: the next brief
            if at == min(briefs) and current is not None and current.get("title_lines") \
                    and not any(_ends_sentence(x.text) for x in current["lines"]):
                current = None  # 2024年邮政快递业大事盘点 / 2025年01月10日: the roundup's own title, no brief's
            close()
            n = briefs[at]
            current = {"kind": "news", "lead_given": True,
                       "lines": [Line(line.number, line.text[n:], line.text[n:], False, line.simple[n:])]}
            seen_body = True
            continue
        title = _TITLE_LABEL.match(line.text)
        if title:  # 【标题】“双11”当天全国快递业务量达6.39亿件: the next item's title
            dated = meta[-1].text if meta and meta[-1].number == line.number - 1 else ""
            close()
            n = title.end()
            text, simple = line.text[n:], line.simple[n:]
            if "|" in text:  # 标 题: | 一季度乌海市邮政行业经济运行情况 | |||||: a disclosure table's cell
                k = next((k for k, cell in enumerate(text.split("|")) if cell.strip()), 0)
                text, simple = text.split("|")[k].strip(), simple.split("|")[k].strip()
            current = {"kind": "other", "lead_given": True, "date_line": dated,
                       "lines": [Line(line.number, text, text, False, simple)]}
            seen_body = True
            continue
        if _BREAK_LABEL_TITLE.match(s) and len(s) <= MAX_HEADLINE and not _ends_sentence(s):
            close()  # 【往期回顾】2019年一季度: an earlier article under its label and title
            current = {"kind": "other", "lines": [line], "lead_given": True}
            continue
        if (label := s.strip("【】[]：: ")) in lexicon.ITEM_BREAK_LABELS:
            if label in lexicon.SIDEBAR_LABELS and not (at + 2 < len(lines) and _bare_title(lines[at + 1].text)):
                continue  # 相关链接 / 据《人民日报》报道，…: an untitled sidebar, the article's own
            close()
            current = {"kind": "other", "lines": [], "after_break": True}  # 延伸阅读: another article
            continue
        if s in lexicon.COMMENTARY_MARKERS:
            close()
            segments.append({"kind": "label", "lines": [line], "label": s, "byline": "", "closed_by_byline": False})
            current = {"kind": "commentary", "lines": []}  # 短评 / 编后 printed before its text
            continue
        if _CONTINUED.match(s):
            close()
            current = {"kind": "continued", "lines": [], "marker": line}
            seen_body = True
            continue
        if _NEWS_START.match(s):
            if current is not None and current.get("captioned"):
                current["kind"] = "news"  # the news credit under a photo's caption under the headline
            elif current is not None and current.get("lead_given") and (len(current["lines"]) == 2 or (
                    len(current["lines"]) == 1 and _could_be_title(current["lines"][0].text))):
                # 标题 / summary / 2018年11月21日 / 本报讯…: the title and summary open this item (相关新闻 /
                # 标题 / 据新华社北京1月9日电…: a title alone does too)
                current = {"kind": "news", "lines": current["lines"], "lead_given": True,
                           "date_line": current.get("date_line", ""), "title_lines": current.get("title_lines", 1)}
            else:
                dated = current.get("date_line", "") if current is not None and not any(
                    _ends_sentence(x.text) for x in current["lines"]) else ""
                close()
                current = {"kind": "news", "lines": [], "date_line": dated}  # 标题 / 2023-10-07 来源：新京报 / 新京报讯…
            seen_body = True
            # fall through: a one-line item may end with its byline (…18万元。 □谭明)
        turn = _CONTINUED_ON.search(s)
        if turn is not None:  # …并同步推进（下转第2版）: the item goes on elsewhere; it ends here
            if current is None:
                current = {"kind": "other", "lines": []}
            if turn.start():
                current["lines"].append(Line(line.number, line.raw, line.text[:turn.start()], line.joined_to_previous,
                                             line.simple[:turn.start()]))
            close("", closed_by_byline=True)
            continue
        note = _CLOSING_NOTE.search(s) or _OPEN_NOTE.search(s)
        if note is not None and (note.start() > 0 or (current is not None and current["lines"])):
            if current is None:
                current = {"kind": "other", "lines": []}
            if note.start():
                n = note.start()
                current["lines"].append(Line(line.number, line.raw, line.text[:n], line.joined_to_previous,
                                             line.simple[:n]))
            seen_body = True
            if note.group(0).endswith(("）", ")")):
                close(note.group(0)[1:-1], closed_by_byline=True)
                segments[-1]["note"] = True
            else:
                pending_note = note.group(0)[1:]
            continue
        if _SOURCE_CREDIT.match(s) and current is not None and current["lines"] \
                and _ends_sentence(current["lines"][-1].text):
            close(s[1:-1], closed_by_byline=True)  # …环比增长2.5%。 / （闽邮管）
            continue
        split = _split_byline(s)
        if split is not None and _inline_caption(split, current, simple[at + 1] if at + 1 < len(simple) else ""):
            continue  # …较年初新增超6亿元。 / 邮储银行东山县支行为村民提供金融服务。陈淑惠 摄 / 该行立足…: the article goes on
        if split is not None and headlines_marked and current is not None and segments \
                and segments[-1]["kind"] == "headline" and split[1].endswith(lexicon.PHOTO_BYLINE) \
                and at + 1 < len(lines) and _NEWS_START.match(simple[at + 1]):
            current["captioned"] = True  # a PDF's headline / its photo's caption …中國網記者宗超攝 /
            continue                     # 中國網新聞2月27日訊…: one article, the caption its first lines
        if split is not None:
            body, byline = split
            if current is None:
                current = {"kind": "other", "lines": []}
            if body:
                n = len(body)
                current["lines"].append(Line(line.number, line.raw, line.text[:n], line.joined_to_previous, line.simple[:n]))
            if not body and byline.endswith(lexicon.PHOTO_BYLINE) and current["lines"]:
                # 一个人的邮政所 / □ 郑智敏 摄 / 广西桂林市…: a photo's headline and credit printed
                # above its caption, after the previous caption's last sentence
                lines_ = current["lines"]
                k = len(lines_)
                while k > 0 and len(lines_) - k < 3 and len(lines_[k - 1].text) <= 20 \
                        and not _ends_sentence(lines_[k - 1].text):
                    k -= 1
                if 0 < k < len(lines_) and _ends_sentence(lines_[k - 1].text) and not lines_[k].joined_to_previous:
                    head = lines_[k:]
                    del lines_[k:]
                    close()
                    current = {"kind": "other", "lines": head}
            rest = ""
            credit = _PHOTO_CREDIT.search(byline)
            if credit and len(byline) - credit.end() >= 4:  # □李茹 摄影报道近日，… : the next item starts
                byline, rest = byline[:credit.end()], byline[credit.end():]
            close(byline, closed_by_byline=True)
            if segments and segments[-1].get("closed_by_byline"):
                segments[-1]["byline_line"] = line.number
            if rest:
                start = len(line.text) - len(rest)
                current = {"kind": "other", "lines": [Line(line.number, line.raw, line.text[start:], False, line.simple[start:])]}
            continue
        if current is None and segments and segments[-1].get("closed_by_byline") \
                and segments[-1].get("byline_line") == line.number - (1 if line.joined_to_previous else 2) \
                and (_BYLINE_TAIL.fullmatch(s) or (headlines_marked and _PDF_BYLINE_TAIL.fullmatch(s))) \
                and not segments[-1]["byline"].endswith(lexicon.PHOTO_BYLINE):
            segments[-1]["byline"] += s  # □李楠 / 周洋, □张磊 / 摄影报道: a byline wrapped onto the next line
            segments[-1]["byline_line"] = line.number
            continue
        if at in titles and (current is None or current["lines"]):
            close()  # 标题 after a wider gap than the page leaves between paragraphs: the next article
            current = {"kind": "other", "lines": [], "lead_given": True, "gap_title": True}
        if current is not None and current.get("date_line") and current.get("title_lines") == 1 \
                and len(current["lines"]) == 1 and _could_be_title(line.text) and not _META_LABEL.match(s) \
                and at + 1 < len(lines) \
                and _NEWS_START.match(simple[at + 1]):
            # 物流指数月报摘编 / 2014年04月08日 / 中国物流业景气指数稳中回升 / 中新社北京4月8日电: the title
            # stands under the date line, over its news credit; the line above was the page's label
            current["lines"] = [line]
            continue
        if current is None:
            current = {"kind": "other", "lines": []}
        current["lines"].append(line)
        seen_body = True
    close()
    if headlines_marked:  # a masthead band without a date is no date line
        meta = [m for m in meta if not _marked(m, MASTHEAD_MARK) or _FULL_DATE.search(m.simple)]
    return _assemble(segments, meta, lines)


#: how an article's first sentence opens: its day or a word for it (今天(9月25日)下午，…, 3月16日，…, 近日，…)
_LEAD_OPENER = recache.compile("^(?:" + "|".join(lexicon.LEAD_DAY_WORDS)
                          + r"|(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[—–\-~至到](?:\d{1,2}月)?\d{1,2}日)?)"
                          r"(?:[（(][^）)]{1,10}[）)])?(?:上午|下午|晚|晚间|早|凌晨)?[，,]")


#: a line that gives an hour alone (香港時間18時30分, 时间 09:30): a press release's closing stamp
_CLOCK_LINE = recache.compile(r"^(?:(?:香港|澳门|北京)?时间)?\s*\d{1,2}\s*[时:：]\s*\d{2}\s*分?$")


#: how a title that asks or exclaims ends
_TITLE_ENDS = ("？", "?", "！", "!")


#: how many lines either side of a line tell the gap between paragraphs around it
_NEAR_LINES = 6


def _local_gap(gap_after: list[int | None], i: int) -> int:
    """The gap between paragraphs around line ``i``: the commonest (the smallest of equals) of
    the first three gaps after sentences in the text under it, else in the text above it
    (not the gap right above it), within _NEAR_LINES lines; a large number when there is none."""
    below = _commonest_gap(gap_after, range(i + 1, min(len(gap_after), i + _NEAR_LINES)))
    return below if below is not None else _gap_above(gap_after, i)


def _commonest_gap(gap_after: list[int | None], at: range) -> int | None:
    """The commonest (the smallest of equals) of the first three gaps after sentences at ``at``, or None."""
    near = [gap_after[k] for k in at if gap_after[k] is not None][:3]
    return min(near, key=lambda g: (-near.count(g), g)) if near else None


def _gap_above(gap_after: list[int | None], i: int) -> int:
    """The gap between paragraphs of the text above line ``i`` (the commonest of the last three
    gaps after its sentences, not the one right above ``i``, within _NEAR_LINES lines); a large
    number when there is none."""
    above = _commonest_gap(gap_after, range(i - 2, max(-1, i - _NEAR_LINES), -1))
    return above if above is not None else 1 << 30


def _titles_after_gaps(lines: list[Line]) -> frozenset[int]:
    """Indexes of lines that open another article by the page's layout: a page that
    leaves g blank lines between paragraphs (0 or 1) and more between articles. Such a
    line follows a wider gap than g (or has under it text that opens an article with its
    day: 3月16日，…, 今天(9月25日)下午，…) after a line that ends a sentence, or follows a rule
    drawn between articles (————————), is one short line
    that ends none (a title, not a subheading such as 一、总体情况 or 分地区看：), and
    is followed by text or a date line (web pages and digests gathering several
    articles: 中通快递第三季… / 中通快递（02057）公布第三季度业绩。…)."""
    gaps = Counter(b.number - a.number - 1 for a, b in zip(lines, lines[1:]) if _ends_sentence(a.text))
    if not gaps:
        return frozenset()
    sentences = [line.text for line in lines if "。" in line.text]
    if sum(map(_ends_sentence, sentences)) < 0.6 * len(sentences):
        return frozenset()  # text wrapped at a width (a newspaper column): its gaps are not the writer's
    page_gap = gaps.most_common(1)[0][0]
    # the gaps after sentences, line by line: a page gathered from several sites keeps each
    # article's own spacing, so the gap between paragraphs is also read around each line
    gap_after = [b.number - a.number - 1 if _ends_sentence(a.text) else None for a, b in zip(lines, lines[1:])]
    out = set()
    for i in range(1, len(lines) - 1):
        line, before, after = lines[i], lines[i - 1], lines[i + 1]
        gap = line.number - before.number - 1
        paragraph_gap = min(page_gap, _local_gap(gap_after, i))
        ruled = len(before.text) >= _RULE_LENGTH and _DECORATION.match(before.text) is not None  # ————————
        # an article ends at a sentence, a rule, or the web page's frame line under it (责任编辑：付基恒)
        ended = ruled or _ends_sentence(before.text) or _is_clutter(before.simple or before.text) \
            or _CREDIT_LINE.match(before.simple or before.text) is not None \
            or (gap > paragraph_gap and _CLOCK_LINE.match(before.simple or before.text) is not None)
        # (記者：阿鬼 under the text; a press release's closing hour: 2021年8月24日(星期二) / 香港時間18時30分)
        if not ended and gap <= min(page_gap, _gap_above(gap_after, i)) + 1:
            continue  # (two more blank lines than between paragraphs, the page's or the text's above, end whatever came before)
        if gap <= paragraph_gap and not ruled and not (len(line.text) >= 8 and (
                _LEAD_OPENER.match(after.text) or _NEWS_START.match(after.simple or after.text)
                or _REPORTER_CREDIT.match(after.simple or after.text))) \
                and not _entry_title(line.text, after.text):
            continue  # no wider gap, and the text under it does not open an article (3月16日，… / 近日，…)
        t = line.text
        if len(t) <= 8 and _is_place_name(line.simple or t):
            continue  # 郴州市 between paragraphs: a section's place, not the next article's title
        # a title may ask or exclaim (保价包裹该不该赔？) when a wider gap than between paragraphs sets it off
        asks = gap > paragraph_gap and t.endswith(_TITLE_ENDS) and not _ends_sentence(t[:-1])
        if (len(t) > MAX_HEADLINE or (_ends_sentence(t) and not asks) or "。" in t
                or (line.simple or t).startswith(lexicon.PICTURE_CREDIT_LABELS)  # 图源：国新网 over the text
                or t.endswith(("：", ":")) or _SECTION_NUMBER.match(t) or _BOX.match(t)):
            continue
        if after.number - line.number - 1 > max(paragraph_gap, 1) and not _is_meta(after):
            continue  # a title stands right above its text or its date line
        k = i + 1  # a rule drawn under the title (******), or a short tag set apart (全球抗疫): the text is under them
        while k + 1 < len(lines) and k - i <= 2 and lines[k + 1].number - lines[k].number - 1 <= max(paragraph_gap, 1) \
                and (_DECORATION.match(lines[k].text) or (len(lines[k].text) <= 6 and not _ends_sentence(lines[k].text)
                                                          and lines[k].number - line.number > 1)):
            k += 1
        under = lines[k]
        if _is_meta(after) or _ends_sentence(under.text) or len(under.text) > MAX_HEADLINE \
                or _short_line_run(lines, i + 1) or _REPORTER_CREDIT.search(after.simple or after.text):
            out.add(i)  # (大河报·豫视频记者宋聪俐文图 under a title: the reporter's credit)
    return frozenset(out)


#: a brief's number before its title: 1. / 1、 / （1） / 1）
_BRIEF_NUMBER = recache.compile(r"^(?:(?P<n>\d{1,2})(?:[.．](?!\d)|[、）)])|[（(](?P<n2>\d{1,2})[）)]"
                                r"|(?P<n3>十?[一二三四五六七八九]|十)、)\s*")


def _numbered_briefs(lines: list[Line], simple: list[str]) -> dict[int, int]:
    """On a page labelled as a roundup of briefs (lexicon.ROUNDUP_WORDS in its first
    three lines: 邮政快递 · 要闻回顾, 年终盘点), the numbered lines that title a brief: index →
    length of the number (1.“五一”期间全国邮政快递业揽投快递包裹28.1亿件, 六、2024年我国快递
    业务量达1745亿件, when each has its own date line under it: else 一、获评“中国快递示范城市” is a
    section of one article).  A title is
    at least 8 characters, ends no sentence and has text right under it; at least
    two of them are needed, numbered 1, 2, 3… in order (a line that starts with a
    number cut from the line above, 4.2%；…, is none).  ``{}`` on any other page."""
    if not any(w in s for s in simple[:3] for w in lexicon.ROUNDUP_WORDS):
        return {}
    out: dict[int, int] = {}
    expected = 1
    for i, line in enumerate(lines[:-1]):
        m = _BRIEF_NUMBER.match(line.text)
        if m is None or (int(m.group("n") or m.group("n2")) if not m.group("n3")
                         else int(parse_numeral(m.group("n3")))) != expected:
            continue
        title = line.text[m.end():]
        if len(title) >= 8 and len(title) <= MAX_HEADLINE and not _ends_sentence(title) and "。" not in title \
                and lines[i + 1].number - line.number <= 2 and (not m.group("n3") or _is_meta(lines[i + 1])):
            out[i] = m.end()
            expected += 1
    return out if len(out) >= 2 else {}


#: a line crediting the reporter under a title: …记者宋聪俐文图, 记者 张三 通讯员 李四
_REPORTER_CREDIT = recache.compile(r"^[^，。；：:]{0,16}?(?:记者|通讯员)\s*[/／|｜丨]?\s*[\u4e00-\u9fff]{2,4}(?:\s|文图|图文|摄|$)")


def _entry_title(title: str, text: str) -> bool:
    """Whether ``title`` is the title of a chronicle's or an encyclopedia's entry whose
    text opens by repeating it (报刊“邮发合一” / 报刊“邮发合一”：由邮电部门承担…)."""
    return 4 <= len(title) <= 20 and text.startswith(title) and len(text) > len(title) + 10 \
        and text[len(title)] in "：:，,是指为（("


def _short_line_run(lines: list[Line], k: int) -> bool:
    """Whether text set as short lines starts at ``lines[k]`` (a WeChat article: 除了湖南邮政 /
    其实还有更多的邮政人 / 也在雨中坚守！): at least four lines with no blank line between
    them, the first two ending no sentence and one of the first six ending one."""
    run = lines[k:k + 6]
    if len(run) < 4 or any(b.number - a.number != 1 for a, b in zip(run, run[1:4])):
        return False
    return not any(_ends_sentence(x.text) for x in run[:2]) and any(_ends_sentence(x.text) for x in run)


_CAPTION_OPENER = LazyPattern(r"^(?:近日|日前|当天|今天|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)")


def _split_photo_caption(seg: dict) -> list[dict]:
    """A news item with no byline of its own, followed by a photo caption:
    the segment ends with 摄影报道, and its last paragraph opens like a caption
    (近日，… / 11月8日，…), or describes its picture (图为…), or follows a
    block of headlines; that paragraph is the photo item."""
    lines = seg["lines"]
    if seg["kind"] == "news" and not seg.get("byline") and len(lines) >= 4 and _PHOTO_CREDIT_LINE.match(lines[-1].text):
        # the picture's credit is the segment's last line (新华社发（刘满仓 摄）): the caption before it
        split = _caption_after_wider_gap({**seg, "lines": lines[:-1]}, lines[-1].text)
        if len(split) == 2:
            split[1]["lines"] = split[1]["lines"] + lines[-1:]
        return split
    if seg["kind"] != "news" or not seg.get("byline", "").rstrip("）)").endswith(lexicon.PHOTO_BYLINE) \
            or len(lines) < 3:
        return [seg]  # (新华社发（刘满仓 摄）)
    for i in range(len(lines) - 1, 0, -1):
        if _ends_sentence(lines[i - 1].text) and _CAPTION_OPENER.match(lines[i].simple or lines[i].text):
            news = {**seg, "lines": lines[:i], "byline": "", "closed_by_byline": False}
            photo = {"kind": "other", "lines": lines[i:], "byline": seg["byline"], "closed_by_byline": True}
            return [news, photo]
    # the caption describes its picture (…最高单日发运1.2万件。图为工作人员在…分拣包裹。):
    # its paragraph is the photo item
    described = [k for k, line in enumerate(lines) if "图为" in line.text]
    if described:
        k = described[-1]
        start = next((i for i in range(k, 0, -1) if _ends_sentence(lines[i - 1].text)), 0)
        if start and len(lines) - start <= 12:
            news = {**seg, "lines": lines[:start], "byline": "", "closed_by_byline": False}
            photo = {"kind": "other", "lines": lines[start:], "byline": seg["byline"], "closed_by_byline": True}
            return [news, photo]
    split = _caption_after_wider_gap(seg, seg["byline"])
    if len(split) == 2:
        return split
    # …。 / a block of headline lines / the caption (冬日的皖南山区，…) / □… 摄影报道: the
    # headlines printed after the news item part it from the photo's caption
    for i in range(len(lines) - 2, 1, -1):
        if not _is_headline_line(lines[i]) or not _is_headline_line(lines[i - 1]):
            continue
        start = i - 1
        while start > 0 and _is_headline_line(lines[start - 1]):
            start -= 1
        caption = lines[i + 1:]
        if start and _ends_sentence(lines[start - 1].text) and 1 <= len(caption) <= 10 \
                and _ends_sentence(caption[-1].text) \
                and not any(_is_headline_line(a) and _is_headline_line(b) for a, b in zip(caption, caption[1:])):
            news = {**seg, "lines": lines[:start], "byline": "", "closed_by_byline": False}
            block = {"kind": "other", "lines": lines[start:i + 1], "byline": "", "closed_by_byline": False}
            photo = {"kind": "other", "lines": caption, "byline": seg["byline"], "closed_by_byline": True}
            return [news, block, photo]
        break
    return [seg]


#: a picture's credit on a line of its own: 新华社发（刘满仓 摄）, （张三 摄）, 李四 摄
_PHOTO_CREDIT_LINE = recache.compile(r"^[^，。；]{0,8}?[（(]?[\u4e00-\u9fff·]{2,12}\s*摄[）)]?$")


def _caption_after_wider_gap(seg: dict, byline: str) -> list[dict]:
    """A news segment whose last paragraph is set off by a wider gap than all its other
    paragraphs (…同比下降0.70%。 / blank line / 中国邮政集团…的工作人员将快递包裹装车准备派件。…)
    and is closed by a picture's credit (``byline``): that paragraph is the photo's caption.
    Returns [news, photo], else [seg]."""
    lines = seg["lines"]
    gaps = [b.number - a.number - 1 for a, b in zip(lines, lines[1:])]
    if len(gaps) < 2:
        return [seg]
    widest = max(range(len(gaps)), key=lambda k: (gaps[k], k))
    earlier = gaps[1:widest] or gaps[:widest]  # (not the gap under a headline)
    if widest >= 1 and gaps[widest] > max(earlier) and _ends_sentence(lines[widest].text) \
            and len(lines) - widest - 1 <= 12 and gaps[widest] > max(gaps[widest + 1:], default=0):
        start = widest + 1
        news = {**seg, "lines": lines[:start], "byline": "", "closed_by_byline": False}
        photo = {"kind": "other", "lines": lines[start:], "byline": byline, "closed_by_byline": True}
        return [news, photo]
    return [seg]


def _is_headline_line(line: Line) -> bool:
    """Short, with no sentence end and no comma: a headline's line, not running text."""
    t = line.text
    return len(t) <= 20 and not _ends_sentence(t) and not any(p in t for p in "，。；")


def _width(text: str) -> float:
    """Printed width in CJK character cells (Latin letters and digits count half).

    Counted from the UTF-8 length: ASCII takes 1 byte, CJK 3, so the number
    of wide characters is (bytes - chars) / 2 (no per-character loop).
    """
    wide = (len(text.encode("utf-8")) - len(text)) / 2
    return wide + (len(text) - wide) / 2


#: a table row: numbers separated by runs of spaces (column gaps), as a PDF prints a table
_TABLE_ROW = recache.compile(r"\d\s{2,}[\d.]+\s{2,}\d")


def _quartile_range(values: list[float]) -> float:
    """Upper minus lower quartile (nearest rank) of ``values`` (not empty)."""
    ordered = sorted(values)
    return ordered[(3 * len(ordered)) // 4] - ordered[len(ordered) // 4]


def _column_breaks(body: list[Line], window: int = 10, min_shift: float = 1.5) -> list[int]:
    """Indexes where a new column of another width starts at a paragraph start.

    Items printed one after another without a marker (a commentary after a
    continued item) usually sit in columns of different widths; the typical
    width of full lines (not the last line of a paragraph) changes there.
    """
    ends = [_ends_sentence(line.text) for line in body]
    # section titles (三、快递服务) and table rows (东部地区   1306.1   19.8) are not column lines
    full = [i for i, e in enumerate(ends) if not e and not _SECTION_NUMBER.match(body[i].text)
            and not ("  " in body[i].raw and _TABLE_ROW.search(body[i].raw))]
    widths = {i: _width(body[i].text) for i in full}
    breaks: list[int] = []
    last = 0
    for i in range(1, len(body)):
        if not ends[i - 1] or i - last < window:
            continue
        k = bisect_left(full, i)
        before = [widths[j] for j in full[max(0, k - window):k] if j >= last]
        after = [widths[j] for j in full[k:k + window]]
        if len(before) < window or len(after) < window:
            continue
        # a justified column has full lines of one width; ragged text (a document typed with
        # its own line breaks) varies by more than a column change would show
        spread = max(_quartile_range(before), _quartile_range(after))
        if abs(statistics.median(before) - statistics.median(after)) >= max(min_shift, 2 * spread):
            breaks.append(i)
            last = i
    return breaks


def _assemble(segments: list[dict], meta: list[Line], lines: list[Line]) -> Layout:
    items: list[Item] = []
    blocks: list[tuple[int, list[Line]]] = []  # (number of items before the block, lines)
    labels: list[tuple[int, str]] = []
    segments = [part for seg in segments for part in _split_photo_caption(seg)]
    double_spaced = sum(not line.joined_to_previous for line in lines) > 0.6 * max(1, len(lines))
    heads_above: dict[int, list[Line]] = {}  # segment index → the headline printed right above it

    def add_block(block: list[Line], n: int) -> None:
        """A block of headline lines after segment ``n``.  On a single-spaced page, its
        last group of lines (after a blank line) right before a news marker is that
        item's headline, kicker and all (线上线下齐发力 / 寿光邮政蔬菜寄递量同比增长三成);
        the rest is placed by content."""
        k = len(block)
        while k > 0 and len(_COLUMN_GAP.split(block[k - 1].raw.strip())) == 2:
            k -= 1  # the lines at the end that hold two headlines side by side
        columns = _headline_columns(block[k:]) if k < len(block) else None
        if columns and k:
            blocks.append((len(items), block[:k]))  # the headlines stacked above them
        if columns:  # two headlines printed side by side: each column is one headline
            # of one of the next two items (宜昌… above 宜昌's text, 延吉… above the one after),
            # or of an earlier item still without one
            following = [j for j in (n + 1, n + 2) if j < len(segments) and segments[j]["kind"] == "news"]
            waiting = [it.lines for it in items if not it.headline_lines]
            for column in columns:
                scores = {j: _match(column, segments[j]["lines"]) for j in following if j not in heads_above}
                j = max(scores, key=scores.get) if scores else None
                if j is not None and scores[j] > 0 \
                        and scores[j] > max((_match(column, lines) for lines in waiting), default=0):
                    heads_above[j] = column
                else:
                    blocks.append((len(items), column))
            return
        if not double_spaced and n + 1 < len(segments) and segments[n + 1]["kind"] == "news":
            k = len(block) - 1
            while k > 0 and block[k].joined_to_previous:
                k -= 1
            while k > 0 and _is_kicker(block[k - 1].text):
                k -= 1  # 寿光市分公司 / 储蓄余额突破百亿元: the kicker above goes with it
            previous = items[-1] if items else None
            if previous is None and len(block) <= 3:
                k = 0  # the page's first block heads its first item: 春节假期 / 全国揽收快递包裹9.68亿件
                if len(block) >= 2 and block[1].number - block[0].number >= 2 and _is_page_label(block[0]) \
                        and sum(bool(seg["lines"]) for seg in segments[n + 1:]) >= 2:
                    k = 1  # …but a line set apart over it on a page of several items is the page's label
                    # (春运寄递 年味正浓 / (blank) / 全国快递业春节假期投递快递包裹超6.41亿件)
            group = block[k:]
            # a headline printed under its body instead (陕西邮政农村网点占比达68.1% after
            # the 陕西 item): the previous item, still without one, matches it better
            if len(group) <= 3 and (previous is None or previous.headline_lines
                                    or _match(group, segments[n + 1]["lines"]) > _match(group, previous.lines)):
                heads_above[n + 1] = group
                block = block[:k]
        elif double_spaced and n + 1 < len(segments) and segments[n + 1]["kind"] == "news":
            # on a double-spaced page every line stands alone: the last lines of the block
            # that match the next item better than any earlier item still without a
            # headline are its headline (全省邮政农产品寄递量 / 达1.28亿件 above 本报讯…)
            waiting = [it.lines for it in items if not it.headline_lines]
            k = len(block)
            while k > 0 and len(block) - k < 3:
                ahead = _match([block[k - 1]], segments[n + 1]["lines"])
                if ahead <= 0 or ahead <= max((_match([block[k - 1]], lines) for lines in waiting), default=0):
                    break
                k -= 1
            if k < len(block):
                heads_above[n + 1] = block[k:]
                block = block[:k]
        if block:
            blocks.append((len(items), block))

    given: dict[int, list[Line]] = {}  # segment index → its headline, marked in a PDF
    for n, seg in enumerate(segments):
        if seg["kind"] == "headline":
            following = next((j for j in range(n + 1, len(segments)) if segments[j]["kind"] != "label"), None)
            if following is not None and segments[following]["kind"] != "headline":
                given[following] = seg["lines"]
                if seg.get("date_line") and not segments[following].get("date_line"):
                    segments[following]["date_line"] = seg["date_line"]
            else:  # a headline without text under it (its text is on another page): placed by content
                blocks.append((len(items), seg["lines"]))
            continue
        if seg["kind"] == "label":
            k = n + 1 if n + 1 < len(segments) and segments[n + 1]["kind"] != "headline" else n + 2  # 编后 / its headline
            followed = k < len(segments) and segments[k]["kind"] == "commentary" \
                and any(_ends_sentence(line.text) for line in segments[k]["lines"])
            if not followed:  # 编后 printed after its text (and its headline)
                labels.append((len(items), seg["label"]))
            continue
        body: list[Line] = seg["lines"]
        lead: list[Line] = []
        trail: list[Line] = []
        if not any(_ends_sentence(line.text) for line in body) and n not in given:
            if (seg["kind"] in ("news", "continued") and body) or any(len(line.text) > MAX_HEADLINE for line in body) \
                    or any("。" in line.text or _LIST_ENTRY.match(line.text) for line in body):
                pass  # a short item without a full stop, text too long to be headlines, or
                # sentences ending inside lines (text wrapped without regard to its sentences): body
            else:
                add_block(body, n)
                continue
        lead = heads_above.pop(n, [])
        keep = 1 if seg["kind"] == "news" else 0  # never pop the marker line
        if n in given:
            lead = given[n]  # a PDF's marked headline: its text ends where the next headline starts
        else:
            if not seg.get("closed_by_byline") and any(_ends_sentence(line.text) or "。" in line.text for line in body):
                while (len(body) > keep and not _ends_sentence(body[-1].text) and not _looks_like_body_end(body)
                       and len(body[-1].text) <= MAX_HEADLINE and "。" not in body[-1].text
                       and not _closes_earlier_parenthesis(body[-1].text) and not _LIST_ENTRY.match(body[-1].text)
                       and not _PHOTO_CREDIT_LINE.match(body[-1].text)  # 新华社发（何红福 摄）: its picture's credit
                       and not body[-1].text.startswith(lexicon.ENTRY_BULLETS)  # ◆行业新能源汽车保有量超过1.2万辆: a box's entry
                       and body[-1].text.count("|") < 2):  # 1 | 市快递包裹部 | 300g及以下 |: a table's row
                    trail.insert(0, body.pop())
            if seg.get("title_lines", 1) > 1 and len(body) > seg["title_lines"]:
                lead, body = body[:seg["title_lines"]], body[seg["title_lines"]:]  # a two-line title over its date line
            elif seg.get("lead_given"):  # a list page's item: its title came before its date line
                lead, body = _leading_headline(body, "listed", meta)
            elif seg["kind"] in ("continued", "commentary") or (seg["kind"] == "other" and not items) \
                    or (seg["kind"] == "other" and (seg.get("after_break") or n > 0 and segments[n - 1].get("note"))):
                # (a digest's item after the source note that closed the one before: its headline is above it)
                lead, body = _leading_headline(body, "continued" if seg["kind"] == "commentary" else seg["kind"], meta)
                if not lead and seg.get("after_break") and len(body) >= 2 and _bare_title(body[0].text):
                    lead, body = body[:1], body[1:]  # 链接 / 2022年全省…居全国第一 / text: the article after the label, titled
            elif seg["kind"] == "other" and items:
                # short lines before a caption that follows a closed item: the previous item's
                # headline printed under it (湖北集邮会员 / 突破4万人), placed by content
                ahead: list[Line] = []
                while len(body) > 1 and len(body[0].text) <= 20 and not _ends_sentence(body[0].text) \
                        and "，" not in body[0].text:
                    ahead.append(body.pop(0))
                if ahead and any(_ends_sentence(line.text) for line in body):
                    blocks.append((len(items), ahead))
                else:
                    body = ahead + body
        if not lead and seg["kind"] == "news" and _credit_over_title(body):
            lead, body = [body[1]], [body[0]] + body[2:]  # 中新网北京7月22日电 (记者 夏宾) / title / text
        lead = _without_topic_label(lead)
        body, subheadings = _drop_subheadings(body)
        cuts = _column_breaks(body) if len(body) >= 20 else []
        for a, b in zip([0, *cuts], cuts):
            items.append(Item(kind="news" if seg["kind"] == "news" and a == 0 else
                              ("continued" if seg["kind"] == "continued" and a == 0 else "other"),
                              lines=body[a:b], headline_lines=lead if a == 0 else [],
                              subheadings={n: t for n, t in subheadings.items()
                                           if body[a].number <= n <= body[b - 1].number},
                              start_line=seg["marker"].number if a == 0 and seg.get("marker") else 0))
            lead = []
        if cuts:
            body = body[cuts[-1]:]
            seg = {**seg, "kind": "other", "marker": None}
        if not body and lead:
            blocks.append((len(items), lead))
            continue
        kind = seg["kind"]
        byline = seg.get("byline", "")
        if kind == "other" and byline.endswith(lexicon.PHOTO_BYLINE):
            kind = "photo"
        if kind == "other" and lead:
            kind = "news"
        if not body:
            if trail:
                add_block(trail, n)
            continue
        marker = seg.get("marker")
        items.append(Item(kind=kind, lines=body, headline_lines=lead, byline=byline, subheadings=subheadings,
                          start_line=marker.number if marker else 0, date_line=seg.get("date_line", "")))
        if trail:
            add_block(trail, n)
    if not items and blocks:  # a page of short lines only (a brief without full stops)
        items.append(Item(kind="other", lines=sorted((l for _, b in blocks for l in b), key=lambda l: l.number)))
        blocks = []
    for before, label in labels:
        if label in lexicon.COMMENTARY_MARKERS and items:
            _mark_commentary(items, before)
    for before, block in blocks:
        _assign_block(items, before, block, double_spaced)
    for i, item in enumerate(items, start=1):
        item.index = i
        item.deck = _deck(item.headline_lines, dated=bool(item.date_line))
    return Layout(items, meta, lines)


def _looks_like_body_end(body: list[Line]) -> bool:
    """A last line that is long like its column is body text, not a headline."""
    if len(body) < 3:
        return False
    width = statistics.median(len(line.text) for line in body)
    last = body[-1].text
    return len(last) > width + 4


#: a line that states a figure (② 【农产品寄递】1.26亿件): body text, even when short like a subheading
_STATES_FIGURE = LazyPattern(r"\d[\d.,，]*\s*(?:万|亿|[%％]|" + recache.alternation(
    u for u, c in lexicon.UNITS.items() if u not in lexicon.DATE_WORDS and lexicon.UNIT_METRICS.get(c) != "duration") + ")")


#: a line that dates what follows (【数据链接】2023年全省邮政快递业主要指标): body text, not a subheading
_STATES_YEAR = recache.compile(r"(?:19|20)\d{2}年")


def _drop_subheadings(body: list[Line]) -> tuple[list[Line], dict[int, str]]:
    """Take subheadings out of a long item: a short line with no sentence
    end, between the end of one paragraph and the start of the next.

    Returns the remaining lines and ``{number of the line after: subheading}``
    (a subheading such as 阿拉善盟：驼奶寄递“快”起来 names its section's place).
    """
    if len(body) < 4:
        return body, {}
    width = statistics.median(_width(line.text) for line in body)
    keep = [body[0]]
    subheadings: dict[int, str] = {}
    pending = ""
    first = body[0]
    if (_width(first.text) < 0.7 * width and not _ends_sentence(first.text) and "，" not in first.text
            and _SECTION_NUMBER.match(first.simple or first.text)):
        keep, pending = [], first.text  # 一、总体情况 before the first paragraph
    for i in range(1, len(body) - 1):
        line = body[i]
        if (_ends_sentence(body[i - 1].text) and not _ends_sentence(line.text)
                and _width(line.text) < 0.7 * width and "，" not in line.text
                and not _STATES_FIGURE.search(line.text) and not _STATES_YEAR.search(line.text)):
            pending += line.text
            continue
        if pending:
            subheadings[line.number] = pending
            pending = ""
        keep.append(line)
    keep.append(body[-1])
    if pending:
        subheadings[body[-1].number] = pending
    return keep, subheadings


def _leading_headline(body: list[Line], kind: str, meta: list[Line]) -> tuple[list[Line], list[Line]]:
    """Split a headline printed before its body (continued items, web articles)."""
    if not body:
        return [], body
    if kind == "listed":  # the title given before its date line: one line, and its —— subtitle
        if len(body) > 2 and _could_be_title(body[0].text) and body[1].text.startswith("——") \
                and _could_be_title(body[1].text):
            return body[:2], body[2:]
        if len(body) > 1 and _could_be_title(body[0].text):
            return body[:1], body[1:]
        return [], body
    if kind == "continued":
        width = statistics.median(len(line.text) for line in body)
        lead: list[Line] = []
        for line in body:
            if len(line.text) < 0.8 * width and not _ends_sentence(line.text) and "，" not in line.text:
                lead.append(line)
            else:
                break
        if lead and len(lead) < len(body):
            return lead, body[len(lead):]
        return [], body
    titled = _document_title(body)
    if titled is not None:
        return titled
    k = 0  # a site's breadcrumbs (湛江新闻 > 经济 > 邮政快递) and a column's label set two blank lines or
    # more above the title (数说湛江邮政快递业) come before it, not in it
    while k < min(3, len(body) - 2) and (_BREADCRUMB_LINE.search(body[k].text) or (
            len(body[k].text) <= 20 and not _ends_sentence(body[k].text) and "，" not in body[k].text
            and body[k + 1].number - body[k].number > 2) or (
            _TOPIC_LABEL.match(body[k].simple or body[k].text) and _could_be_title(body[k + 1].text)
            and not _ends_sentence(body[k + 1].text) and not _is_meta(body[k + 1]))):
        k += 1  # (a topic's label over the title: 快递服务满意度调查专题, 规划观察｜…, 邮政惠民 · 服务“一老一农”)
    if k:
        lead, rest = _leading_headline(body[k:], kind, meta)
        if lead:
            return lead, rest
    first = body[0]
    if len(first.text) <= MAX_HEADLINE and first.text.rstrip(lexicon.CLOSING_QUOTES)[-1:] in ("？", "！", "?", "!") \
            and "，" not in first.text and len(body) > 2 and not first.joined_to_previous \
            and not body[1].joined_to_previous:
        return [first], body[1:]  # 快递行业未来发展趋势如何？ standing alone above the text: a title
    if _ends_sentence(first.text) or len(first.text) > 40:
        return [], body
    nxt = body[1] if len(body) > 1 else None
    meta_next = any(m.number > first.number and (nxt is None or m.number < nxt.number) for m in meta)
    if meta_next or (nxt is not None and "，" not in first.text and _ends_sentence(nxt.text)
                     and len(nxt.text) > 2 * len(first.text)):
        return [first], body[1:]
    if len(body) > 4 and "，" not in first.text and body[1].number - first.number > 1 \
            and all(b.number - a.number == 1 for a, b in zip(body[1:4], body[2:5])):
        return [first], body[1:]  # one line set off by a blank line above lines that run without one
    # a document's title block (2023年安徽省邮政行业发展统计公报 / 国家邮政局): up to three
    # short lines with no punctuation of a sentence, then running text; the issuer's
    # name is not part of the title
    run = 0
    while run < min(3, len(body)) and len(body[run].text) <= MAX_HEADLINE and not _ends_sentence(body[run].text) \
            and not any(p in body[run].text for p in "，。；"):
        run += 1
    if run and len(body) - run >= 5 and any(p in body[run].text for p in "，。"):
        title = [line for line in body[:run] if not _ISSUER.fullmatch(to_simplified(line.text))
                 and not _DOCUMENT_NUMBER.search(line.text)]
        if title:
            return title, body[run:]
    return [], body


#: a topic's or column's label over a title: …专题 / …专栏 (lexicon.TOPIC_LABEL_ENDS), or a short
#: label before a bar or a dot (规划观察｜“十四五”…, 邮政惠民 · 服务“一老一农”)
_TOPIC_LABEL = recache.compile(r"^(?:[^，。；！？]{2,16}(?:" + "|".join(lexicon.TOPIC_LABEL_ENDS)
                               + r")|[\u4e00-\u9fff]{2,6}\s*[｜|丨·•]\s*[^，。；！？]{2,20})$")
#: a site's breadcrumbs: names joined by > (湛江新闻 > 经济 > 邮政快递)
_BREADCRUMB_LINE = recache.compile(r"^[^，。>＞»]{1,12}(?:\s*[>＞»]\s*[^，。>＞»]{1,12}){1,5}$")


def _without_topic_label(lead: list[Line]) -> list[Line]:
    """A headline's lines without a topic's label set apart above them (邮政惠民 · 服务“一老一农” /
    (blank) / 小小村邮站 大大民生事: the title is the second; :data:`_TOPIC_LABEL`)."""
    if len(lead) >= 2 and lead[1].number - lead[0].number >= 2 and _TOPIC_LABEL.match(lead[0].simple or lead[0].text):
        return lead[1:]
    return lead


def _document_title(body: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """A report's, brief's or bulletin's title among the short lines that open a
    page (中国邮政集团有限公司2024年度报告（摘要）, 快递行业2024年度复盘及2025年展望):
    the first one naming a kind of document, with no label (证券代码：…) and no
    sentence end.  Lines above it (a section label, a code line) are dropped; a page
    number printed beside it is not part of it.  None when there is none."""
    for k, line in enumerate(body[:10]):
        t = line.simple or line.text
        if "。" in t or (len(t) > 40 and "，" in t):
            return None  # running text has begun
        if len(t) > 40 or _ends_sentence(t) or "：" in t or ":" in t:
            continue
        if any(w in t for w in lexicon.DOCUMENT_TITLE_WORDS) and not _SECTION_NUMBER.match(t):
            cells = _COLUMN_GAP.split(line.raw.strip())
            if len(cells) > 1 and cells[-1].strip().isdigit():  # …年度报告（摘要）    12
                raw = " ".join(cells[:-1])
                line = Line(line.number, raw, clean_line(raw), line.joined_to_previous, to_simplified(clean_line(raw)))
            start = k
            while start > 0 and body[start].joined_to_previous and _is_headline_line(body[start - 1]) \
                    and "：" not in body[start - 1].text and not _is_issuer_or_number(body[start - 1]):
                start -= 1  # 江苏省邮政管理局关于2024年上半年 / 全省邮政行业运行情况的通报
            end = k + 1
            while end < len(body) and _is_issuer_or_number(body[end]):
                end += 1  # 苏邮管〔2024〕46号 under the title
            return [*body[start:k], line], body[end:]
    return None


def _is_issuer_or_number(line: Line) -> bool:
    """A line naming a document's issuer (国家邮政局) or giving its number (苏邮管〔2024〕46号)."""
    t = line.simple or line.text
    if _DOCUMENT_NUMBER.search(t):
        return True
    return bool(_ISSUER.fullmatch(t)) and not any(v in t for v in lexicon.NOT_ISSUER_VERBS)  # (not 海曙区成立邮政管理局)


#: a document's number (苏邮管〔2024〕46号, 国邮发[2023]12号): not part of its title
_DOCUMENT_NUMBER = recache.compile(r"[〔\[［（(]\d{4}[〕\]］）)]\d{1,4}号")
#: a line naming who issued a document (国家邮政局, 安徽省邮政管理局 政务公开)
_ISSUER = LazyPattern(rf"[\u4e00-\u9fff]{{0,12}}(?:{'|'.join(lexicon.ISSUER_ENDS)})(?:政务公开|办公室)?")


def _mark_commentary(items: list[Item], before: int) -> None:
    """编后 / 评论 labels mark a commentary item near them (the one before)."""
    candidates = items[:before] or items
    for item in reversed(candidates):
        if item.kind in ("other",):
            item.kind = "commentary"
            return


_NOT_WORD = recache.compile(r"[\W\d_]+")


_NUMBER = recache.compile(r"\d{2,}")
# A number shared by a headline and a body counts as much as three character
# pairs: 同比增长32% belongs with 增长32%, not with another item's 同比增长46.2%.
_NUMBER_WEIGHT = 3


def _weight(gram: str) -> int:
    return _NUMBER_WEIGHT if gram[0].isdigit() else 1


@lru_cache(maxsize=256)
def _bigrams(s: str) -> frozenset[str]:
    """Pairs of adjacent characters of ``s`` (simplified), punctuation and digits
    left out, plus each run of two or more digits as one token: a headline's
    figure echoes its body's (突破1750亿件 / 完成1750.8亿件)."""
    numbers = set(_NUMBER.findall(s))
    s = _NOT_WORD.sub("", s)
    return frozenset({s[i:i + 2] for i in range(len(s) - 1)} | numbers)


#: a gap between two headlines printed side by side (霍尔果斯互换局邮件处理量　　　绥芬河对俄跨境邮件)
_COLUMN_GAP = recache.compile(r"[ \u3000]{2,}|\t")


def _headline_columns(block: list[Line]) -> list[list[Line]] | None:
    """The two columns of a block whose lines hold two headlines side by side,
    each as one line, or None when no line of the block has a column gap."""
    parts = [_COLUMN_GAP.split(line.raw.strip()) for line in block]
    if len(block) > 4 or not any(len(p) == 2 for p in parts) or any(len(p) > 2 for p in parts):
        return None
    left = [p[0] for p in parts]
    right = [p[1] for p in parts if len(p) == 2]
    out = []
    for cells in (left, right):
        raw = "".join(cells)
        text = clean_line(raw)
        out.append([Line(block[0].number, raw, text, False, to_simplified(text))])
    return out


def _match(head: list[Line], body: list[Line]) -> float:
    """The share of a headline's character pairs (and numbers, weighted) found in a body."""
    grams = _bigrams("".join(line.simple or line.text for line in head))
    total = max(1, sum(map(_weight, grams)))
    return sum(map(_weight, grams & _bigrams("".join(line.simple or line.text for line in body)))) / total


def _units(block: list[Line], double_spaced: bool = True) -> list[list[Line]]:
    """Split a headline block into headlines: kickers merge with the next line,
    and on a double-spaced page so do lines with no blank line between them."""
    units: list[list[Line]] = []
    for line in block:
        if units and ((double_spaced and line.joined_to_previous) or _is_kicker(units[-1][-1].text)):
            units[-1].append(line)
        else:
            units.append([line])
    return units


#: a column's label printed as two short phrases set apart (春运寄递 年味正浓, 医邮合作 送药到家)
_PHRASE_PAIR = recache.compile(r"^[\u4e00-\u9fff“”]{2,8}\s+[\u4e00-\u9fff“”]{2,8}$")


def _is_column_name(text: str) -> bool:
    """A column's name: at most 8 characters ending like one (快递网络建设动态; lexicon.COLUMN_NAME_ENDS)."""
    return len(text) <= 8 and text.endswith(lexicon.COLUMN_NAME_ENDS)


def _is_page_label(line: Line) -> bool:
    """Whether ``line`` reads as a page's or column's label: two short phrases set apart, or a column's name."""
    return _PHRASE_PAIR.match(line.raw.strip()) is not None or _is_column_name(line.simple or line.text)


#: a title line that ends with a figure (…近6亿件, …增长7.9%, 居副省级城市第二位): a whole statement
_ENDS_WITH_FIGURE = recache.compile(r"[\d〇一二两三四五六七八九十百千万亿]\s*(?:[万亿千百]?(?:件|元|个|人次|人|次|位|吨|份|单|台|辆|家|项|条|倍|成|票|袋|箱|斤|公里)"
                                   r"|%|％|个百分点)\s*[！!]?$")


def _deck(lines: list[Line], dated: bool = False) -> int:
    """How many of a headline's last lines are its deck (副题), the line under its main title
    (上半年全省快递业务投递量近6亿件 / 87.8%！农村快递增势迅猛; 马班邮路上的忠诚信使 / ——记…):
    0 when there is none.

    Above the main title a kicker (引题) may stand: an office's name (寿光市分公司), a title in
    brackets, or any line whose next line names its own subject (线上线下齐发力 / 寿光邮政…;
    lexicon.SUBJECT_OPENINGS); it is part of the headline.  The line under the main title is a
    deck when the title stands over the item's date line (a web article's) or its main line is
    a whole statement closed by a figure (…近6亿件, …第二位); else the title is one title wrapped
    in a narrow column (北京邮政为近14万个家庭 / 配送新生儿出生证明).  So is a second line of a few
    characters, or one under a first line that leads into it (…数据显示 / “双11”期间…;
    lexicon.TITLE_LEAD_IN_ENDS).  A PDF's headline set in one type size has no deck: a
    deck is set smaller.  The rule follows the gold tables of the held-out sets written since
    set 22, whose writers give the main title (and its kicker) as the headline.
    """
    if len(lines) < 2 or any(_marked(line) for line in lines):
        return 0
    for i in range(1, len(lines)):
        if lines[i].text.startswith(lexicon.SUBTITLE_DASHES):
            return len(lines) - i
    main = 0
    while main + 1 < len(lines) and _is_title_kicker(lines[main], lines[main + 1]):
        main += 1
    rest = lines[main + 1:]
    if not rest or len(despace(rest[0].text)) <= 5 or lines[main].text.rstrip().endswith(lexicon.TITLE_LEAD_IN_ENDS):
        return 0
    if dated or _ENDS_WITH_FIGURE.search(lines[main].text):
        return len(rest)
    return 0  # 北京邮政为近14万个家庭 / 配送新生儿出生证明: one title in a narrow column


def _is_title_kicker(line: Line, below: Line) -> bool:
    """Whether ``line`` is a kicker (引题) over the main title ``below``: see :func:`_deck`."""
    if _BRACKETED_LINE.match(line.text) or (_is_kicker(line.text) and _is_office_name(line.simple or line.text)):
        return True
    t = (below.simple or below.text).lstrip(" \u3000“\"")
    return t.startswith(lexicon.SUBJECT_OPENINGS) or places.leading_place(t) is not None


def _is_office_name(text: str) -> bool:
    """An office's name and nothing else (寿光市分公司, 南京邮政, 省分公司), not a title that ends
    with one (海曙区成立邮政管理局)."""
    t = despace(text)
    found = places.leading_place(t)
    rest = t[found.end:] if found else t.lstrip("省市县区")
    return len(rest) <= 5 and rest.endswith(_KICKER_END)


#: a line that is a title in brackets (【学习二十大 奋进新征程】)
_BRACKETED_LINE = recache.compile(r"^[【\[][^】\]]{2,30}[】\]]$")


def _is_kicker(text: str) -> bool:
    t = to_simplified(text)
    return len(t) <= 10 and t.endswith(_KICKER_END)


def _assign_block(items: list[Item], before: int, block: list[Line], double_spaced: bool = True) -> None:
    """Give each headline of a block to the item it matches best.

    Scores are the share of a headline's character pairs found in an item's
    body.  When a block has more headline lines than items, adjacent lines
    that match the same item best are one headline printed on two lines
    (义乌邮政一季度 / 跨境寄递量增三成五).
    """
    if not items:
        return
    units = _units(block, double_spaced)
    eligible = [it for it in items[:before] if not it.headline_lines]
    if not eligible:  # headlines printed before their bodies: the items that follow
        eligible = [it for it in items[before:] if not it.headline_lines][:max(1, len(units))]
    if not eligible:
        _keep_as_text(items, before, block)
        return
    def scores_of(unit: list[Line]) -> list[float]:
        return [_match(unit, it.lines) for it in eligible]

    vectors = [scores_of(u) for u in units]
    best = [max(range(len(v)), key=v.__getitem__) for v in vectors]

    def one_headline(i: int) -> bool:
        """Units i and i+1 match the same item best; on a single-spaced page, with no blank
        line between them, they are one headline on two lines (电白区邮政直播间里卖荔枝 /
        单场销售额达38万元)."""
        return best[i] == best[i + 1] and vectors[i][best[i]] > 0 and vectors[i + 1][best[i]] > 0 \
            and units[i + 1][0].joined_to_previous

    while len(units) > len(eligible) or (not double_spaced and any(one_headline(i) for i in range(len(units) - 1))):
        pairs = [i for i in range(len(units) - 1) if best[i] == best[i + 1] and vectors[i][best[i]] > 0]
        if len(units) <= len(eligible):
            pairs = [i for i in range(len(units) - 1) if one_headline(i)]
        if not pairs:
            break
        i = max(pairs, key=lambda i: vectors[i][best[i]] + vectors[i + 1][best[i]])
        units[i:i + 2] = [units[i] + units[i + 1]]
        merged = scores_of(units[i])
        vectors[i:i + 2] = [merged]
        best[i:i + 2] = [max(range(len(merged)), key=merged.__getitem__)]

    def score(unit_index: int, k: int) -> float:
        return vectors[unit_index][k]

    scores = sorted(((score(u, k), -abs(k - u), u, k) for u in range(len(units))
                     for k in range(len(eligible))), reverse=True)
    used_units: set[int] = set()
    used_items: set[int] = set()
    for value, _, u, k in scores:
        if u in used_units or k in used_items:
            continue
        if value <= 0 and len(eligible) > 1:
            continue
        eligible[k].headline_lines = list(units[u])
        used_units.add(u)
        used_items.add(k)
    # leftovers: the nearest preceding item without a headline
    for u, unit in enumerate(units):
        if u in used_units:
            continue
        free = [k for k in range(len(eligible)) if k not in used_items]
        if free:
            eligible[free[-1]].headline_lines = list(unit)
            used_items.add(free[-1])
        else:
            _keep_as_text(items, before, unit)


#: a line that may hold a figure: a digit or a Chinese numeral
_HAS_FIGURE = recache.compile(r"[\d〇零一二两三四五六七八九十百千万亿]")


#: a page's running head or number (中国邮政报 第3版, 第3版·动态): never an item's text
_PAGE_LABEL = recache.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*版|^\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$")
#: a post's read and like counts (阅读2.1万 赞386 在看56): not the article's
_READ_COUNT = recache.compile(r"^(?:阅读|阅读量|浏览)\s*[\d.]+万?\+?(?:\s*(?:赞|点赞|在看|好看|分享|转发|评论)\s*[\d.]*万?\+?)*$")


def _keep_as_text(items: list[Item], before: int, block: list[Line]) -> None:
    """Lines of a block that no item takes as its headline stay text: the lines that
    hold figures go to the item printed before them (a table's last rows without full
    stops: 二十五萬套 （澳門幣3.00、3.50…）), so that no figure is lost."""
    kept = [line for line in block if _HAS_FIGURE.search(line.text) and not _READ_COUNT.match(line.text)
            and not _marked(line, MASTHEAD_MARK) and not _marked(line) and not _PAGE_LABEL.search(line.text)]
    if not kept:
        return
    item = items[before - 1] if 0 < before <= len(items) else items[-1]
    item.lines = sorted(item.lines + kept, key=lambda line: line.number)

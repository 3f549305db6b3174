"""Web pages as text: the article's title, date line, paragraphs and tables.

A bulletin on a postal administration's site or a WeChat article is read
with selectolax (the ``html`` extra; an HTML5 parser in C, no other
dependency).  The article is the element holding most paragraph text
(WeChat's ``#js_content``, an ``<article>``, the site's content ``<div>``);
the title is its ``<h1>`` (else the page's ``og:title`` or ``<title>``
without the site's name), the date line the first short line near the
title that holds a date (``发布时间：2023-10-07 来源：…``).  Navigation,
share buttons, QR-code prompts, read counts, ICP numbers and related links
are not the article: they are dropped, and what follows 上一篇 / 相关新闻 is
cut off.  A table comes out one row per line, its cells apart by runs of
spaces, as :mod:`postmetrics.tables` reads them.

selectolax is imported only when a web page is read.
"""
from __future__ import annotations

import re

from .io import InputError, install_hint
from . import recache

#: elements that are never the article
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
              "svg", "button", "select", "input", "textarea", "template")
#: class or id words of page furniture
_FURNITURE = recache.compile(r"nav|menu|breadcrumb|crumb|share|qrcode|qr-code|erweima|footer|copyright|sidebar|"
                        r"side-bar|related|relate|comment|toolbar|banner|advert|\bad\b|login|search|"
                        r"pagination|pager|location|position|friendlink|links?\b", re.I)
#: lines that are furniture wherever they stand
_FURNITURE_LINE = recache.compile(r"^(?:分享到|分享|扫一扫|扫描二维码|长按.{0,10}二维码|微信扫一扫|阅读\s*\d|阅读量|在看|点赞|"
                             r"打印本页|关闭窗口|【打印】|【关闭】|字号|责任编辑|网站地图|版权所有|主办单位|"
                             r"技术支持|联系我们|当前位置|您的位置|首页\s*[>＞])|ICP备|公网安备|"
                             r"^\s*(?:[大中小]\s*){3}$")
#: what ends an article: links to others
_END_LINE = recache.compile(r"^(?:上一篇|下一篇|相关新闻|相关阅读|相关链接|相关文章|推荐阅读|延伸阅读|热点推荐)")
#: the font-size switch printed after a date line (字号：大 中 小)
_FONT_SIZES = recache.compile(r"\s*字号[：:].*$|\s*【?[大中小]】?\s*【?[大中小]】?\s*【?[大中小]】?$")
_DATE = recache.compile(r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "blockquote", "pre", "section", "div",
           "figcaption", "article")


def html_text(markup: str, name: str = "-") -> str:
    """The text the extractor reads from a web page: title, date line, then
    the article's paragraphs and table rows, one per line.

    ``markup`` is the page's decoded HTML; ``name`` names it in errors.
    Raises :class:`~postmetrics.io.InputError` when selectolax (the ``html``
    extra) is missing or the page has no article text.
    """
    try:
        from selectolax.lexbor import LexborHTMLParser as HTMLParser
    except ImportError as e:
        raise InputError(f"{name}: web pages need selectolax: {install_hint('html')}") from e
    tree = HTMLParser(markup)
    title = _title(tree)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id]"):
        words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE.search(words) and node.tag not in ("body", "html") and not _holds_article(node):
            node.decompose()
    body = _article(tree)
    if body is None:
        raise InputError(f"{name}: no article text in this web page")
    lines = _lines(body)
    date_line = _FONT_SIZES.sub("", _date_line(tree, body, lines)).strip()
    out = [title] if title else []
    if date_line and date_line not in lines[:3]:
        out.append(date_line)
    for k, line in enumerate(lines):
        if _END_LINE.match(line):
            break
        if _FURNITURE_LINE.search(line) or (line == title and k < 3):  # the title printed again in the article
            continue
        out.append(line)
    text = "\n".join(out).strip()
    if not text:
        raise InputError(f"{name}: no article text in this web page")
    return text + "\n"


def _holds_article(node) -> bool:
    """A container named like furniture (``content-share-wrap``) that holds the article itself."""
    return len(node.css("p")) >= 3


def _title(tree) -> str:
    for selector in ("h1", "#activity-name", ".rich_media_title", "meta[property='og:title']", "title"):
        node = tree.css_first(selector)
        if node is None:
            continue
        text = node.attributes.get("content") if node.tag == "meta" else node.text(separator="")
        text = _squash(text or "")
        if node.tag == "title":
            text = re.split(r"\s*[_|｜]\s*|\s+-\s+", text)[0]
        if text:
            return text
    return ""


def _article(tree):
    """The element that holds most paragraph text."""
    for selector in ("#js_content", "article"):
        node = tree.css_first(selector)
        if node is not None and len(_squash(node.text(separator=""))) > 50:
            return node
    best, score = None, 0
    for node in tree.css("div, td, section, main, body"):
        paragraphs = node.css("p")
        text = sum(len(_squash(p.text(separator=""))) for p in paragraphs)
        tables = sum(len(_squash(t.text(separator=""))) for t in node.css("table"))
        links = sum(len(_squash(a.text(separator=""))) for a in node.css("a"))
        value = text + tables - 2 * links
        if value > score or (value == score and best is not None and node.tag != "body"):
            best, score = node, value
    if best is None:
        best = tree.body
    return best


def _lines(node) -> list[str]:
    """Block elements in document order as lines; a table as one line per row."""
    out: list[str] = []

    def walk(n) -> None:
        for child in n.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = _squash(child.text_content or "")
                if text:
                    out.append(text) if not out or out[-1] == "\x00" else out.__setitem__(-1, out[-1] + text)
                continue
            if tag == "table":
                out.append("\x00")
                for row in child.css("tr"):
                    cells = [_squash(c.text(separator="")) for c in row.css("td, th")]
                    if any(cells):
                        out.append("    ".join(c or "—" for c in cells))
                out.append("\x00")
                continue
            if tag == "br":
                out.append("\x00")
                continue
            block = tag in _BLOCKS
            if block:
                out.append("\x00")
            walk(child)
            if block:
                out.append("\x00")

    out.append("\x00")
    walk(node)
    return [line for line in out if line != "\x00"]


def _date_line(tree, body, lines: list[str]) -> str:
    """The article's date line: a short line with a date near its top, else the page's date meta."""
    for line in lines[:4]:
        if _DATE.search(line) and len(line) <= 80:
            return line
    for node in tree.css("span, div, p, em, time"):
        text = _squash(node.text(separator=" "))
        if text and len(text) <= 80 and _DATE.search(text):
            return text
    for selector in ("meta[property='article:published_time']", "meta[name='PubDate']", "meta[name='publishdate']"):
        node = tree.css_first(selector)
        if node is not None and node.attributes.get("content"):
            return node.attributes["content"]
    return ""


def _squash(text: str) -> str:
    """Runs of white space (and non-breaking spaces) as one space, trimmed."""
    return re.sub(r"[\s\u00a0\u3000]+", " ", text).strip()

"""Reading order of PDF pages: invented layouts given as glyphs with boxes.

Each case lays out lines of text at positions (in points, y from the top),
in the order a producer might draw them, and gives the lines that must come
out: a headline's lines (type larger than the text's) start with H, a
masthead's with M.  Glyphs are 1 em wide (Latin letters and digits half an em); full-width
punctuation is measured by its ink, a third of an em at its left, as PDFium
gives it (:func:`postmetrics.pdf.page_glyphs`).
"""
from __future__ import annotations

import random

import pytest

from postmetrics.pdf import _PUNCTUATION, Glyph, reading_order
from postmetrics.text import HEADLINE_MARK as H
from postmetrics.text import MASTHEAD_MARK as M

PAGE = 842.0


def line(text: str, x: float, y: float, size: float = 10.0, spacing: float = 0.0) -> list[Glyph]:
    """Glyphs of ``text`` set from (x, y), ``spacing`` ems of extra white after each."""
    out = []
    for c in text:
        width = size / 2 if c.isascii() else size
        if c == " ":
            x += width
            continue
        ink = width / 3 if ord(c) in _PUNCTUATION else width
        out.append(Glyph(c, x, y, x + ink, y + size, size))
        x += width + spacing * size
    return out


def column(lines: list[str], x: float, y: float, size: float = 10.0, leading: float = 1.5) -> list[list[Glyph]]:
    """Lines one under the other, ``leading`` ems apart."""
    return [line(text, x, y + k * leading * size, size) for k, text in enumerate(lines)]


def flat(rows: list[list[Glyph]]) -> list[Glyph]:
    return [g for row in rows for g in row]


def interleave(*columns: list[list[Glyph]]) -> list[Glyph]:
    """Drawn row by row across the columns (the order that defeats the text order of other tools)."""
    out = []
    for k in range(max(len(c) for c in columns)):
        for c in columns:
            if k < len(c):
                out.extend(c[k])
    return out


def shuffled(rows: list[list[Glyph]], seed: int = 7) -> list[Glyph]:
    """Lines drawn in an order of no meaning (each line's glyphs still in order)."""
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    return flat(rows)


LEFT = ["本报讯广东省中山市邮政分", "公司针对市人民医院药房发药", "慢的痛点，首创药品寄递便民", "服务项目。2022年，实现药品"]
RIGHT = ["寄递业务量4.5万件，业务创", "收约60万元。截至3月20日，", "今年邮寄业务量达1.5万件，", "比上年同期增加1.1万件。"]
MAST = "中国邮政报  第3版  2023年3月24日"
HEAD = "中山邮政药品配送渐入佳境"

TWO_COLUMNS = column(LEFT, 50, 200) + column(RIGHT, 200, 200)
WITH_MAST = [line(MAST, 50, 40, 20)] + [line(HEAD, 90, 140, 16)] + TWO_COLUMNS

BOX = ["亚运文化校园行", "近日，杭州亚运会迎来倒计", "时200天。□朱丽娜摄影报道"]
BELOW = ["新乡市分公司直播基地", "本报讯3月17日，河南省新乡", "市邮政分公司举办直播基地", "三楼开业仪式。"]
BOXED = column(LEFT + RIGHT, 50, 100) + column(BOX, 250, 100) + column(BELOW, 250, 200)

TABLE_ROWS = [("指标名称", "单位", "1—2月累计", "同比增长（%）"),
              ("快递业务量", "亿件", "163.2", "7.4"),
              ("快递业务收入", "亿元", "1613.5", "3.6"),
              ("同城快递业务量", "亿件", "19.8", "-2.8")]
TABLE = [line("2023年1—2月邮政行业运行情况", 60, 300, 12)] + [
    flat([line(cell, x, 330 + 16 * k) for cell, x in zip(row, (50, 160, 230, 310))])
    for k, row in enumerate(TABLE_ROWS)]

NUMBER_AT_END = column(["全市快递服务企业业务量完", "成3441.89"], 50, 100) + column(["万件，同比增长49.35%。", "业务收入完成3.86亿元。"], 200, 100)

PUNCTUATION_ALIGNED = column(["中山邮政，秉承人民邮政", "为人民的，服务宗旨贯彻", "落实新发，展理念和我为", "群众办实，事活动的要求"], 50, 100)

# two sections one under the other, each of two columns on the same gutter, the first
# section's text going on at the top of its second column beside its headline
SECTIONS = (column(["丹阳邮政举办生肖", "邮票首发式"], 50, 100, 15)
            + column(["本报讯1月5日，丹阳市分公", "司举办生肖邮票首发式。"], 50, 150)
            + column(["现场80余名邮粉排起长队", "购买新邮，共售出1套2枚。"], 200, 100)
            + column(["崇明首发"], 50, 210, 15)
            + column(["本报讯1月5日，中国邮政正", "式发行《丙午年》邮票。"], 50, 240)
            + column(["作为唯一的发售网点，南门", "支局当天一早就迎来了顾客。"], 200, 210))
# two items side by side, each with its headline over its own half
HALVES = (column(["新乡直播基地再添新丁"], 50, 100, 14) + column(LEFT[:3], 50, 130)
          + column(["扬中推介次晨达业务"], 300, 100, 14) + column(RIGHT[:3], 300, 130))

# the foot of the right column (its last line beside the next item's headline on the left)
BESIDE_FOOT = (column(["北京邮政为近14万个家庭配送新生", "儿出生证明"], 50, 100, 14)
               + [line("家长不见面办理。", 300, 104)])

CASES = [
    pytest.param(interleave(column(LEFT, 50, 200), column(RIGHT, 200, 200)), LEFT + RIGHT,
                 id="two-columns-drawn-row-by-row"),
    pytest.param(shuffled(WITH_MAST), [M + "中国邮政报              第3版         2023年3月24日", H + HEAD] + LEFT + RIGHT,
                 id="masthead-then-headline-over-its-columns"),
    pytest.param(shuffled(BOXED), LEFT + RIGHT + BOX + BELOW, id="boxed-item-beside-a-column"),
    pytest.param(shuffled(TABLE), [M + "2023年1—2月邮政行业运行情况",
                                   "指标名称              单位          1—2月累计       同比增长（%）",
                                   "快递业务量            亿件          163.2           7.4",
                                   "快递业务收入          亿元          1613.5          3.6",
                                   "同城快递业务量        亿件          19.8            -2.8"],
                 id="table-read-by-rows"),
    pytest.param(interleave(*[NUMBER_AT_END[:2], NUMBER_AT_END[2:]]),
                 ["全市快递服务企业业务量完", "成3441.89", "万件，同比增长49.35%。", "业务收入完成3.86亿元。"],
                 id="number-at-a-columns-end"),
    pytest.param(flat(PUNCTUATION_ALIGNED), ["中山邮政，秉承人民邮政", "为人民的，服务宗旨贯彻", "落实新发，展理念和我为",
                                             "群众办实，事活动的要求"],
                 id="punctuation-gap-is-no-gutter"),
    pytest.param(line("展的良好势头，截至3月20", 50, 100, spacing=0.6), ["展的良好势头，截至3月20"],
                 id="letter-spaced-line"),
    pytest.param(line("□李茹", 50, 100) + line("王文东", 90, 100) + line("摄影报道", 130, 100), ["□李茹 王文东 摄影报道"],
                 id="names-apart-in-a-byline"),
    pytest.param(shuffled(SECTIONS), [H + "丹阳邮政举办生肖", H + "邮票首发式", "本报讯1月5日，丹阳市分公", "司举办生肖邮票首发式。",
                                      "现场80余名邮粉排起长队", "购买新邮，共售出1套2枚。", H + "崇明首发",
                                      "本报讯1月5日，中国邮政正", "式发行《丙午年》邮票。", "作为唯一的发售网点，南门",
                                      "支局当天一早就迎来了顾客。"],
                 id="sections-on-the-same-gutter-read-one-by-one"),
    pytest.param(shuffled(HALVES), [H + "新乡直播基地再添新丁"] + LEFT[:3] + [H + "扬中推介次晨达业务"] + RIGHT[:3],
                 id="headlines-side-by-side-stay-with-their-halves"),
    pytest.param(flat([BESIDE_FOOT[2]] + BESIDE_FOOT[:2]), ["北京邮政为近14万个家庭配送新生", "儿出生证明", "家长不见面办理。"],
                 id="headline-beside-the-foot-of-another-column"),
    pytest.param(flat([line("新乡市分公司", 50, 100, 14), line("扬中市分公司", 300, 100, 14)]),
                 ["新乡市分公司" + " " * 24 + "扬中市分公司"],
                 id="headlines-side-by-side-in-one-row"),
    pytest.param([], [], id="no-glyphs"),
]


@pytest.mark.parametrize("glyphs, expected", CASES)
def test_reading_order(glyphs: list[Glyph], expected: list[str]) -> None:
    assert reading_order(glyphs, PAGE) == expected

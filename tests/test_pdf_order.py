"""Reading order of PDF pages: invented layouts given as glyphs with boxes.

Each case lays out lines of text at positions (in points, y from the top),
in the order a producer might draw them, and gives the lines that must come
out: a headline's lines (type larger than the text's) start with H, a
masthead's with M.  Glyphs are 1 em wide (Latin letters and digits half an em); full-width
punctuation is measured by its ink, a third of an em at its left, as PDFium
gives it (:func:`postmetrics.pdf.page_glyphs`).  The items cases split such a
page as it is read (each headline printed before its text) into items.
"""
from __future__ import annotations

import random

import pytest

from postmetrics import extract
from postmetrics.items import segment
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

MASTHEAD = line("中国邮政报  第3版  2023年3月24日", 50, 5, 20)
BODY = ["本报讯全市邮政快递业务量持续增长，一季度完成业务量一千二百万件，同比增长两成。",
        "业务收入完成三亿元，同比增长一成五，增速居全省前列，服务能力进一步提升。"]
# under an item across the page, a two-line headline over the left half beside a one-line
# headline set lower over the right half: the row gap between the right one and the left
# one's second line is no cut, and each headline is read before the column under it
TWO_LINE_HEAD = (column(BODY, 50, 40) + column(["北京邮政为近14万个家庭", "配送新生儿出生证明"], 60, 100, 22, leading=1.6)
                 + [line("助力市民守住钱袋子", 350, 112, 15)]
                 + column(["本报讯3月20日，北京市邮政", "分公司的揽投员侯杰来到友谊", "医院产科病房，揽收新生儿出", "生医学证明原件。"],
                          50, 175)
                 + column(["本报讯近日，四川省平昌县邮政", "分公司开展防范非法集资宣传，", "使广大市民增强自我保护意识", "和风险防范能力。"],
                          350, 175))
# two photos' titles side by side, each centred over its caption, a news item across both under them
CAPTION_LEFT = ["山东省莘县邮政分公司成立的由27名党员和入党积极分子组成的党员先锋队，连日来",
                "深入田间地头为种植户们讲解丰收卡丰收宝和手机银行的使用，并发放宣传单和助农",
                "用品，实现邮政金融服务直接惠及百姓。", "□李茹 王文东 孙雪萍 摄影报道"]
CAPTION_RIGHT = ["近日，杭州亚运会迎来倒计时200天。在本届亚运会协办城市之一的浙江省湖州市德清县，",
                 "德清县邮政分公司联合县公安局走进浙江工业大学莫干山校区，开展警邮校联动亚运文化",
                 "校园行活动，受到了师生们的欢迎。", "□朱丽娜 摄影报道"]
WIDE_BODY = [BODY[0] + "中山市人民医院是该市", BODY[1] + "患者取药难的问题得到", "解决，院方对这一既能解决医院痛点又能实现多方共赢的服务方案高度认可。"]
PHOTOS = (column(["大棚种植户的贴心人"], 166, 223, 13) + column(CAPTION_LEFT, 55, 245, 9, leading=1.4)
          + column(["亚运文化校园行"], 573, 223, 13) + column(CAPTION_RIGHT, 448, 245, 9, leading=1.4)
          + column(["中山邮政药品配送渐入佳境"], 158, 328, 22) + column(WIDE_BODY, 31, 360, 9, leading=1.4))
# sections of three columns (LibreOffice), each headline filling its first column
SHORT_SECTIONS = (column(["香港郵政去年度郵件量", "跌6%"], 50, 60, 14, leading=1.2)
                  + column(["【本報訊】香港郵政公布", "年報，共處理郵件約七億", "八千萬件。"], 220, 60)
                  + column(["較上年度減少百分之六；", "郵政署全年收入為52.4億", "元，較上年度下跌3.1%。"], 390, 60)
                  + column(["智郵站首季處理郵件逾", "38萬件"], 50, 130, 14, leading=1.2)
                  + column(["【本報訊】香港郵政在全港", "增設20部智郵站，總數增", "至126部。"], 220, 130)
                  + column(["首季智郵站處理郵件逾", "38萬件，按年上升三成，", "市民可自助寄取郵件。"], 390, 130))
# a photo's title and caption set larger than the text: a caption, no headline
LARGE_CAPTION = (column(["田间地头的邮政人"], 50, 100, 12)
                 + column(["近日，莘县邮政分公司党员先锋队深入田间", "地头为种植户们讲解丰收卡的使用。"], 50, 120, 12)
                 + column(BODY * 3, 50, 170))
# a headline whose last line holds no Chinese
NUMBER_HEAD = column(["保亭县分公司2024年", "业务收入同比增长", "12.8%"], 50, 100, 15, leading=1.3) + column(BODY * 2, 50, 170)
# a masthead in large type over a narrow gap, its date cut at a row's end
WRAPPED_MASTHEAD = (column(["中国邮政报  第3版·动态  安吉新闻  2025", "年4月16日  星期三  第3版  乡镇·经济"], 50, 20, 18,
                           leading=1.15)
                    + column(["安吉白茶邮出山"], 50, 70, 15)
                    + column(["本报讯今年以来，县邮政分公司累计寄递白茶邮件", "27.5万件，比2024年同期增长14.6%。"], 50, 95)
                    + column(["新乡直播基地再添新丁"], 50, 140, 15)
                    + column(["本报讯3月17日，新乡市邮政分公司举办直播基", "地开业仪式，今年已销售农产品180万元。"], 50, 165))
# a masthead of five rows in large type (a page's name, its date and its articles' sources)
LONG_MASTHEAD = (column(["中国邮政报  第3版·动态  集邮文化", "世界集邮展览落幕  2019年06月18日", "2013-10-21  来源：今日高邮",
                         "转自：劳动报  2024年07月18日", "人民网  频道"], 50, 20, 18, leading=1.15)
                 + column(["中国2019世界集邮展览落幕"], 50, 132, 15)
                 + column(["本报武汉6月17日电为期一周的中国2019世界集邮", "展览正式落下帷幕，接待游客超过40万人次。"]
                          + BODY[1:] * 4, 50, 157))

# short sections of two columns (LibreOffice), each headline and first line in the first, the
# text going on in the second: as many gaps between sections as between lines
TWO_COLUMN_SECTIONS = []
for k, (head, first, rest) in enumerate([
        ("香港郵政去年度郵件量跌6%", "【本報訊】香港郵政公布年報。年",
         ["報顯示，該年度香港郵政共處理郵件", "約七億八千萬件，較上年度減少百分", "之六；郵政署全年收入下跌。"]),
        ("智郵站首季處理郵件逾38萬件", "【本報訊】香港郵政在全港增設智",
         ["郵站，總數增至126部。首季智郵站", "處理郵件逾38萬件，按年上升三成，", "市民可全日自助寄取郵件。"]),
        ("澳門發行甲辰年生肖郵票", "【本報訊】郵電局將於3月28日發",
         ["行《甲辰年》生肖郵票一套四枚，面", "值分別為澳門幣3.5元、4元、5元及", "6.5元，發行量為50萬套。"])]):
    TWO_COLUMN_SECTIONS += [line(head, 80, 94 + 50 * k, 14), line(first, 83, 120 + 50 * k)] \
        + column(rest, 305, 94 + 50 * k, leading=1.35)

# a byline indented as a paragraph's first line, its last name wrapped onto the next line
WRAPPED_BYLINE = (column(["去年，张海军被评为全国邮政", "系统劳动模范。他说：只要乡", "亲们需要，我就一直跑下"], 50, 100)
                  + [line("去。", 50, 145), line("□本报记者王志刚通讯员李", 70, 160), line("娜", 50, 175)])

# a line set wide to fill its column, its pieces far apart (104.06%　、　100.95%　、)
JUSTIFIED = (column(["截至11月8日，洛江、泉港", "永春提前完成征订，完成率"], 50, 100)
             + [line("104.06%", 50, 130) + line("、", 100, 130) + line("100.95%", 120, 130) + line("、", 165, 130)]
             + column(["100.90%。"], 50, 145) + column(["洛江区以开展主题教育为契", "机，尽早完成征订工作。"], 70, 160))
# a masthead whose gaps stand over the gutters of the columns under it
MAST_OVER_GUTTERS = ([line("中国邮政报", 50, 10, 20) + line("第4版·综合", 245, 16, 12) + line("2023年3月24日 星期五", 450, 10),
                      line("责任编辑：李明", 450, 23)]
                     + column(LEFT, 50, 60) + column(RIGHT, 230, 60)
                     + column(["本报讯近日，四川省平昌县邮", "政分公司开展防范非法集资宣", "传，使广大市民增强意识。"], 410, 60))

# a headline at the foot of the left column beside the first line of its text at the right one's foot
FOOT_HEAD = (column(LEFT, 50, 100) + column(RIGHT, 200, 100)
             + [line("我县快递业保持增长", 50, 170, 14), line("本报讯7月初，笔者从县邮政", 200, 172)])

CASES = [
    pytest.param(flat(FOOT_HEAD), LEFT + RIGHT + [H + "我县快递业保持增长", "本报讯7月初，笔者从县邮政"],
                 id="headline-at-a-columns-foot-beside-its-first-line"),
    pytest.param(flat(JUSTIFIED), ["截至11月8日，洛江、泉港", "永春提前完成征订，完成率", "104.06%、100.95%、", "100.90%。",
                                   "洛江区以开展主题教育为契", "机，尽早完成征订工作。"],
                 id="line-set-wide-stays-one-line-in-its-place"),
    pytest.param(shuffled(MAST_OVER_GUTTERS),
                 [M + "中国邮政报" + " " * 70 + "2023年3月24日 星期五", M + "第4版·综合", M + "责任编辑：李明"] + LEFT + RIGHT
                 + ["本报讯近日，四川省平昌县邮", "政分公司开展防范非法集资宣", "传，使广大市民增强意识。"],
                 id="masthead-with-page-label-over-gutters"),
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
    pytest.param(flat([MASTHEAD] + TWO_LINE_HEAD),
                 [M + "中国邮政报              第3版         2023年3月24日"] + BODY
                 + [H + "北京邮政为近14万个家庭", H + "配送新生儿出生证明",
                  "本报讯3月20日，北京市邮政", "分公司的揽投员侯杰来到友谊", "医院产科病房，揽收新生儿出", "生医学证明原件。",
                  H + "助力市民守住钱袋子", "本报讯近日，四川省平昌县邮政", "分公司开展防范非法集资宣传，", "使广大市民增强自我保护意识",
                  "和风险防范能力。"],
                 id="two-line-headline-beside-a-lower-one-stays-whole"),
    pytest.param(shuffled([MASTHEAD] + PHOTOS),
                 [M + "中国邮政报                 第3版          2023年3月24日", H + "大棚种植户的贴心人", *CAPTION_LEFT,
                  H + "亚运文化校园行", *CAPTION_RIGHT, H + "中山邮政药品配送渐入佳境"] + WIDE_BODY,
                 id="photo-titles-side-by-side-each-over-its-caption"),
    pytest.param(shuffled(SHORT_SECTIONS),
                 [H + "香港郵政去年度郵件量", H + "跌6%", "【本報訊】香港郵政公布", "年報，共處理郵件約七億", "八千萬件。",
                  "較上年度減少百分之六；", "郵政署全年收入為52.4億", "元，較上年度下跌3.1%。",
                  H + "智郵站首季處理郵件逾", H + "38萬件", "【本報訊】香港郵政在全港", "增設20部智郵站，總數增", "至126部。",
                  "首季智郵站處理郵件逾", "38萬件，按年上升三成，", "市民可自助寄取郵件。"],
                 id="short-sections-each-headline-filling-its-first-column"),
    pytest.param(flat([MASTHEAD] + LARGE_CAPTION),
                 [M + "中国邮政报              第3版         2023年3月24日", "田间地头的邮政人", "近日，莘县邮政分公司党员先锋队深入田间",
                  "地头为种植户们讲解丰收卡的使用。"] + BODY * 3,
                 id="caption-set-larger-than-the-text-is-no-headline"),
    pytest.param(flat([MASTHEAD] + NUMBER_HEAD),
                 [M + "中国邮政报              第3版         2023年3月24日", H + "保亭县分公司2024年", H + "业务收入同比增长",
                  H + "12.8%"] + BODY * 2,
                 id="headline-ending-in-a-line-without-chinese"),
    pytest.param(flat(WRAPPED_MASTHEAD),
                 [M + "中国邮政报            第3版·动态             安吉新闻          2025",
                  M + "年4月16日           星期三        第3版        乡镇·经济", H + "安吉白茶邮出山",
                  "本报讯今年以来，县邮政分公司累计寄递白茶邮件", "27.5万件，比2024年同期增长14.6%。", H + "新乡直播基地再添新丁",
                  "本报讯3月17日，新乡市邮政分公司举办直播基", "地开业仪式，今年已销售农产品180万元。"],
                 id="masthead-in-large-type-over-a-narrow-gap"),
    pytest.param(flat([MASTHEAD] + WRAPPED_BYLINE),
                 [M + "中国邮政报              第3版         2023年3月24日", "去年，张海军被评为全国邮政", "系统劳动模范。他说：只要乡",
                  "亲们需要，我就一直跑下", "去。", "□本报记者王志刚通讯员李", "娜"],
                 id="short-last-line-under-an-indented-first-line"),
    pytest.param(flat(LONG_MASTHEAD),
                 [M + "中国邮政报            第3版·动态             集邮文化", M + "世界集邮展览落幕                2019年06月18日",
                  M + "2013-10-21            来源：今日高邮", M + "转自：劳动报             2024年07月18日",
                  M + "人民网        频道", H + "中国2019世界集邮展览落幕", "本报武汉6月17日电为期一周的中国2019世界集邮",
                  "展览正式落下帷幕，接待游客超过40万人次。"] + BODY[1:] * 4,
                 id="masthead-of-five-rows-in-large-type"),
    pytest.param(flat([MASTHEAD] + TWO_COLUMN_SECTIONS),
                 [M + "中国邮政报              第3版         2023年3月24日", H + "香港郵政去年度郵件量跌6%", "【本報訊】香港郵政公布年報。年",
                  "報顯示，該年度香港郵政共處理郵件", "約七億八千萬件，較上年度減少百分", "之六；郵政署全年收入下跌。",
                  H + "智郵站首季處理郵件逾38萬件", "【本報訊】香港郵政在全港增設智", "郵站，總數增至126部。首季智郵站",
                  "處理郵件逾38萬件，按年上升三成，", "市民可全日自助寄取郵件。", H + "澳門發行甲辰年生肖郵票",
                  "【本報訊】郵電局將於3月28日發", "行《甲辰年》生肖郵票一套四枚，面", "值分別為澳門幣3.5元、4元、5元及",
                  "6.5元，發行量為50萬套。"],
                 id="short-sections-of-two-columns-read-one-by-one"),
    pytest.param([], [], id="no-glyphs"),
]


@pytest.mark.parametrize("glyphs, expected", CASES)
def test_reading_order(glyphs: list[Glyph], expected: list[str]) -> None:
    assert reading_order(glyphs, PAGE) == expected


# --- items of a page read in order: each headline before its text ---------------------------------

CONTINUED = (column(["精诚合作互惠互利"], 50, 60, 15) + column(["（上接第1版）"], 50, 40)
             + column(["乡村客货邮的成功运作也为邮快合作注入", "了一针强心剂。汨罗市分公司快递业务量", "今年以来增长三成。"], 50, 85))
AFTERWORD = (column(["编后"], 50, 40) + column(["融合发展天地宽"], 50, 60, 15)
             + column(["湖南汨罗客货邮融合发展的最佳实践获得", "了中央媒体的普遍关注，值得各地借鉴。"], 50, 85))

ITEMS = [
    pytest.param(flat([MASTHEAD] + PHOTOS),
                 [("photo", "大棚种植户的贴心人", CAPTION_LEFT[0]), ("photo", "亚运文化校园行", CAPTION_RIGHT[0]),
                  ("news", "中山邮政药品配送渐入佳境", WIDE_BODY[0])],
                 id="photos-and-news-each-under-its-headline"),
    pytest.param(flat([MASTHEAD] + CONTINUED),
                 [("continued", "精诚合作互惠互利", "乡村客货邮的成功运作也为邮快合作注入")],
                 id="continued-item-marked-above-its-headline"),
    pytest.param(flat([MASTHEAD] + AFTERWORD),
                 [("commentary", "融合发展天地宽", "湖南汨罗客货邮融合发展的最佳实践获得")],
                 id="afterword-labelled-above-its-headline"),
    pytest.param(shuffled(SHORT_SECTIONS),
                 [("news", "香港郵政去年度郵件量跌6%", "【本報訊】香港郵政公布"),
                  ("news", "智郵站首季處理郵件逾38萬件", "【本報訊】香港郵政在全港")],
                 id="sections-each-under-its-headline"),
    pytest.param(flat([MASTHEAD] + NUMBER_HEAD),
                 [("news", "保亭县分公司2024年业务收入同比增长12.8%", BODY[0]), ("news", "", BODY[0])],
                 id="headline-ending-in-a-number"),
]


@pytest.mark.parametrize("glyphs, expected", ITEMS)
def test_items_of_a_page_read_in_order(glyphs: list[Glyph], expected: list[tuple[str, str, str]]) -> None:
    items = segment("\n".join(reading_order(glyphs, PAGE))).items
    assert [(it.kind, it.headline, it.lines[0].text) for it in items] == expected


def test_a_masthead_cut_at_a_rows_end_still_dates_the_page() -> None:
    """2025 / 年4月16日 over two rows of the masthead: 今年 is 2025, not the 2024 the text names."""
    figures = extract("\n".join(reading_order(flat(WRAPPED_MASTHEAD), PAGE)))
    assert [(f.value, f.period) for f in figures] == [(275000.0, "2025"), (14.6, "2025"), (1800000.0, "2025")]


# articles gathered on a page, each with its date line under its headline (one wrapped by a narrow column)
DATED = (column(["全国邮政管理工作会议召开"], 50, 60, 15) + column(["2024-01-10来源：中国新闻", "网"], 50, 85)
         + column(["中新社北京1月9日电（记者刘育英）全国", "邮政管理工作会议9日在北京召开。"], 50, 115)
         + column(["开封市分公司召开职代会"], 50, 160, 15) + column(["2024-01-12来源：开封日报"], 50, 185)
         + column(["本报讯1月11日，开封市分公司召开二届七", "次职代会，总结2023年工作。"], 50, 200))


def test_a_date_line_under_a_headline_is_its_items() -> None:
    items = segment("\n".join(reading_order(flat([MASTHEAD] + DATED), PAGE))).items
    assert [(it.headline, it.date_line, it.lines[0].text) for it in items] == [
        ("全国邮政管理工作会议召开", "2024-01-10来源：中国新闻网", "中新社北京1月9日电（记者刘育英）全国"),
        ("开封市分公司召开职代会", "2024-01-12来源：开封日报", "本报讯1月11日，开封市分公司召开二届七")]


# a headline, its photo's caption ending with the credit, then the story's news credit (set 29's 2911 in the grid)
CAPTIONED = (column(["2016年邮政业实现持续快速发展"], 50, 70, 15)
             + column(["交通运输部部长李小鹏介绍有关情况。", "中国网记者宗超摄", "中国网新闻2月27日讯 国务院新闻办",
                       "公室于27日举行新闻发布会。2016年，", "邮政业务总量完成7397亿元。"], 50, 100))


def test_a_photos_caption_under_a_headline_opens_its_story() -> None:
    items = segment("\n".join(reading_order(flat([MASTHEAD] + CAPTIONED), PAGE))).items
    assert [(it.kind, it.headline, len(it.lines)) for it in items] == [("news", "2016年邮政业实现持续快速发展", 4)]


def test_a_bylines_last_name_wrapped_onto_its_own_line_stays_in_it() -> None:
    glyphs = flat([MASTHEAD] + column(["草原邮路上的坚守者"], 50, 70, 15) + WRAPPED_BYLINE)
    items = segment("\n".join(reading_order(glyphs, PAGE))).items
    assert [(it.headline, it.byline) for it in items] == [("草原邮路上的坚守者", "本报记者王志刚通讯员李娜")]

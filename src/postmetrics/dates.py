"""Dates and periods: datelines, the page's reference date, figure periods.

Periods follow SCHEMA "period" (ISO 8601): a year ``2022``, a month
``2018-11``, a run of months ``2021-01/2021-09``, a day ``2022-05-06``, a run
of days ``2024-02-10/2024-02-17``, years ``2014/2016``, ``daily``.  Relative
words (今年, 去年, 1-10月 without a year) are resolved against a reference
year; when none is known they give no period rather than a guess.

All functions work on cleaned, simplified text (no spaces, ASCII digits).
"""
from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from . import lexicon
from .lazyre import LazyPattern, first_chars
from .numerals import parse_numeral
from .text import Boundaries, boundaries
from . import recache

_CN_DIGITS = "〇零一二三四五六七八九十"
#: what may follow a two-digit year (15年3月2日, 07年第三季度, 九七年一季度, 零六年端午):
#: a month, a quarter, a part of the year or a holiday.  Digits before 年 that
#: are a duration (5年来, 3年内, 两年) are not years.
_YY_NEXT = (r"(?=年(?:\d{1,2}月|[一二三四五六七八九十正腊]{1,3}月|第?[一二三四1-4]季度|[上下]半年|首[月季]"
            r"|[前后首][一二两三四五六七八九十\d]{1,2}个?[月季]|第[一二三四五六七八九十\d]{1,2}个月"
            r"|农历|元旦|春节|端午|中秋|元宵|国庆|[，,]|全省|全国|全市|我省|我市|全区|我国|全年))")
#: two numerals that say "three or five", "seven or eight" (七八年): not a year
_APPROX_PAIR = r"(?!一二|二三|三四|四五|五六|六七|七八|八九|三五)"


#: a two-digit year stands at a clause's head or after 在/于/自/从/到/至 (21年，…; 在21年…);
#: after a verb it is a duration (坚守邮路21年，…)
_YY_AT_HEAD = r"(?<![^\s，。；：、（(【\[“在于自从到至讯])"


def _year_re(g: str) -> str:
    """A year ending in 年 whose digits go to group ``g`` (or ``g + 's'`` for a
    two-digit year that is resolved against the reference year)."""
    return (rf"(?:(?P<{g}>(?:19|20)\d{{2}}|[{_CN_DIGITS}]{{4}}|1[0-4]\d(?=年)"
            rf"|{_YY_AT_HEAD}\d{{2}}(?=年(?:内|以来|全年|底|初|末)?[，,]))"
            rf"|(?P<{g}s>{_YY_AT_HEAD}(?<!\d)\d{{2}}|(?<![{_CN_DIGITS}]){_APPROX_PAIR}[〇零一二三四五六七八九]{{2}}){_YY_NEXT})年(?!代)")


_YEAR = _year_re("y")
_YEAR2 = _year_re("y2")
_M = r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
_D = r"(?P<d>\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号]"
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_N = r"(?:[一二两三四五六七八九十]{1,2}|\d{1,3})"
#: a range: 至, 到, a dash (a doubled dash —— too), a tilde
_TO = r"(?:至|到|-|—{1,2}|~)"
#: a relative year before a month or a day (lexicon.RELATIVE_YEARS)
_REL = r"(?P<rel>今年|本年|去年|明年|前年)"
_UNTIL_NOW = "(?:" + "|".join(lexicon.UNTIL_NOW_WORDS) + ")"
_FISCAL_WORDS = recache.alternation(lexicon.FISCAL_YEAR_WORDS)
#: the organisations whose fiscal year is not the calendar's, found near a fiscal year
_FISCAL_ORG = recache.compile(recache.alternation(lexicon.FISCAL_YEAR_ENDS))
_SOLAR_HOLIDAY = recache.alternation(h for h in lexicon.SOLAR_HOLIDAYS if h != "十一")
_LUNAR_HOLIDAY = recache.alternation(lexicon.LUNAR_HOLIDAYS)
_HOLIDAY = rf"(?:{_SOLAR_HOLIDAY}|{_LUNAR_HOLIDAY})"
#: a holiday whose break a text names (国庆假期, “五一”期间): lexicon.HOLIDAY_BREAKS; 十一 not in
#: 双十一, 第十一 or a number
_BREAK = (recache.alternation(h for h in lexicon.HOLIDAY_BREAKS if h != "十一")
          + rf"|(?<![双第\d{_CN_DIGITS}])十一")
_BREAK_WORD = recache.alternation(lexicon.HOLIDAY_BREAK_WORDS)
#: a lunar month number (十一, 十二 before the single numerals) and a lunar day (初五, 十五, 廿二, 三十)
_LUNAR_MONTH = r"(?:十[一二]|[一二三四五六七八九十]|\d{1,2})"
_LUNAR_DAY = r"(?:初(?:\d{1,2}|[一二三四五六七八九十])|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|十[一二三四五六七八九]|三十)"

#: (name, pattern) of period expressions, tried at each position in this order;
#: each is compiled on first use (see PERIOD_NEEDS).
PERIOD_PATTERNS: list[tuple[str, LazyPattern]] = [(name, LazyPattern(p)) for name, p in [
    # dates in digits: 1999.08-2002.02, 2008.03-2009; 2019/04/19, 2019.9.6, 1994.01-19
    ("ym_range_digits", r"(?<![\d.])(?P<y>(?:19|20)\d{2})\.(?P<m>\d{1,2})(?:-|—{1,2}|~|至|到)"
                        r"(?P<y2>(?:19|20)\d{2})(?:\.(?P<m2>\d{1,2}))?(?![\d.])"),
    ("ymd_digits", r"(?<![\d.])(?P<y>(?:19|20)\d{2})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})(?![\d.])"),
    ("since_until", r"自(?P<y0>(?:19|20)\d{2})年[^。，]{0,12}?以来，?截至(?:(?:今年|本年)|(?P<y>(?:19|20)\d{2})年)?"
                    r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    ("since_month_until", rf"(?:{_YEAR})?(?P<m0>\d{{1,2}})月(?:份)?以来，?[^。]{{0,20}}?截至(?:(?:今年|本年))?"
                          rf"(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"),
    ("since_month", rf"(?:自|从)?(?:{_YEAR})?{_M}(?:份)?以来"),
    # 二〇一九年5月8日起, 从去年9月起, 从2001年起至今, 从上个月到今天: from then to the reference day
    ("since", rf"(?:{_REL}|{_YEAR})?{_M}(?:{_D})?(?:份)?(?:起|开始)(?:{_UNTIL_NOW})?(?![至到]{_NUM})"),
    ("since", rf"(?:{_REL}|{_YEAR})(?:起|开始)?{_UNTIL_NOW}"),
    ("since", rf"(?P<rm>上个月|上月|本月)(?:起|开始)?{_UNTIL_NOW}"),
    ("until_day", rf"截[至止](?:(?P<rel>今年|本年)|{_YEAR})?{_M}{_D}"),
    # 截至1986年: as of that year's end (a stock then is dated 1986-12-31)
    ("until_year", r"截[至止](?P<y>(?:19|20)\d{2})年(?![\d一二三四五六七八九十底末初上下前后全第])"),
    # 截至9月底, 截止2019年5月末
    ("until_month", rf"截[至止](?:(?P<rel>今年|本年)|{_YEAR})?{_M}(?:底|末)"),
    # lunar dates: 二零一二年农历正月十五, 农历闰四月, 腊月初十, 五月廿二, 大年初十, 去年春节到元宵节
    ("lunar", rf"(?:{_REL}|{_YEAR})?(?:农历(?:{_YEAR2})?(?P<leap>闰)?(?P<lm>{_LUNAR_MONTH}|正|冬|腊)月(?P<ld>{_LUNAR_DAY})?"
              rf"|(?<![真公])(?P<lm2>正|冬|腊)月(?P<ld2>{_LUNAR_DAY})?"
              rf"|(?P<lm3>{_LUNAR_MONTH})月(?P<ld3>初(?:\d{{1,2}}|[一二三四五六七八九十])|廿[一二三四五六七八九])"
              rf"|大年(?P<ld4>初(?:\d{{1,2}}|[一二三四五六七八九十])))(?!以来)"),
    ("holiday_range", rf"(?:{_REL}|{_YEAR})?(?P<hol>{_HOLIDAY})(?:至|到)(?P<hol2>{_HOLIDAY})"),
    # 国庆假期, 2023年中秋国庆假期, “五一”期间, 春节长假: that year's official break
    ("holiday_break", rf"(?:{_REL}|{_YEAR})?[“「\"]?(?P<hol>{_BREAK})[”」\"]?(?:{_BREAK_WORD})"),
    # (the day word is part of the expression, or 当天 would be read again as the item's own day)
    ("holiday", rf"(?:{_REL}|{_YEAR})?(?P<hol>{_HOLIDAY})(?:(?=[，,])|当天|当日)"),
    ("shopping_day", rf"(?:{_REL}|{_YEAR})?[“「\"]?(?P<hol>{recache.alternation(lexicon.SHOPPING_DAYS)})[”」\"]?"
                     r"(?:当天|当日|首日)"),
    ("holiday", r"(?<![\d〇零一二三四五六七八九十第])(?P<hol>十一)(?=[，,])"),
    ("day_range", rf"(?:{_REL}|{_YEAR})?{_M}{_D}{_TO}(?:(?P<y2>(?:19|20)\d{{2}})年)?(?:(?P<m2>\d{{1,2}})月)?"
                  rf"(?P<d2>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]"),
    # 2019年4月12-19日
    ("day_range", rf"(?:{_REL}|{_YEAR})?{_M}(?P<d>\d{{1,2}}){_TO}(?P<d2>\d{{1,2}})[日号]"),
    # 9月10号，11号，12号，13号: listed days, from the first to the last
    ("day_range", rf"(?:{_REL}|{_YEAR})?{_M}(?P<d>\d{{1,2}})[日号](?:[，、]\d{{1,2}}[日号]){{0,30}}[，、](?P<d2>\d{{1,2}})[日号]"),
    # 2017年五月至2018年四月
    ("month_range_years", rf"{_YEAR}{_M}{_TO}{_YEAR2}(?P<m2>{_NUM})月"),
    # 1999年7月下旬, 6月上旬; 6月第3个星期日
    ("xun", rf"(?:{_REL}|{_YEAR})?{_M}(?P<xun>上旬|中旬|下旬)(?!以来)"),
    ("nth_weekday", rf"(?:{_REL}|{_YEAR})?{_M}第(?P<n>{_NUM})个(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])"),
    # 去年3月3号, 明年3月8日; 上个月15号, 下月九号, 本月9日
    # 自1月17日春运启动至2月6日, 从1月26日春运启动至2月3日: a window from an event to a day
    ("named_span", rf"[自从](?:{_YEAR})?{_M}{_D}[^，。；\d]{{1,8}}?(?:至|到)(?:(?P<m2>\d{{1,2}})月)?(?P<d2>\d{{1,2}})[日号]"),
    ("day", rf"(?:{_REL}|{_YEAR}){_M}{_D}"),
    ("rel_month_day", rf"(?P<rm>上个月|上月|本月|这个月|下个月|下月)(?P<d>{_NUM})[日号]"),
    ("fiscal_year", r"(?P<y>(?:19|20)\d{2})/(?P<y2>\d{2})年度"),
    # 2019至20年度, 2024-25年度, 2011-2012年度: a fiscal year written with its two years (Hong Kong)
    ("fiscal_year", r"(?P<y>(?:19|20)\d{2})(?:至|到|-|—|－)(?P<y2>(?:19|20)?\d{2})(?:财政)?年度"),
    # 二零二三至二四年度, 二零二三至二四财政年度: Hong Kong's year in words
    ("fiscal_year", r"(?P<y>[〇零一二三四五六七八九]{4})至(?P<y2>[〇零一二三四五六七八九]{2})(?:财政)?年度"),
    # 一七至一八年度, ○五/○六年度, 一四年度: Hong Kong's fiscal years in two numerals
    ("fiscal_year", r"(?<![〇零一二三四五六七八九])(?P<ys>[〇零一二三四五六七八九]{2})(?:至|/|／|-|—)"
                    r"(?P<y2>[〇零一二三四五六七八九]{2})(?:财政)?年度"),
    ("fiscal_year", r"(?<![〇零一二三四五六七八九])(?P<ys>[〇零一二三四五六七八九]{2})(?:财政)?年度"),
    # 2024财年第三季度, FY2024, 2023年度: a company's fiscal year (lexicon.FISCAL_YEAR_ENDS), else the calendar's
    ("fiscal_year", rf"(?:FY)?(?P<y>(?:19|20)\d{{2}})(?P<w>{_FISCAL_WORDS})(?:第?(?P<q>[一二三四1-4])(?:财季|季度)"
                    r"|Q(?P<qq>[1-4])|(?P<h>上半年|下半年|前三季度))?"),
    ("fiscal_year", r"(?<![A-Za-z])FY(?P<y>(?:19|20)\d{2})(?P<w>)(?:Q(?P<qq>[1-4]))?(?![\dA-Za-z])"),
    # 1985到89年9月
    ("year_month_range", rf"(?P<y>(?:19|20)\d{{2}})年?{_TO}(?:(?P<y2>(?:19|20)\d{{2}})|(?P<y2s>\d{{2}}))年(?P<m2>{_NUM})月"),
    ("year_range", r"(?P<y>(?:19|20)\d{2})年?(?:至|到|-|—{1,2}|~)(?P<y2>(?:19|20)\d{2})年"),
    # “十四五”时期, 十三五期间: a five-year plan's years (SCHEMA: 十四五时期 → 2021/2025)
    ("plan", r"[“「\"]?十(?P<n>[一二三四五])五[”」\"]?(?:规划)?(?:时期|期间|末期?)"),
    # a decade of the last century (上世纪80年代, 八十年代, 90年代初): its ten years
    ("decade", r"(?<![\d一二三四五六七八九十])(?P<dec>[5-9]0|[五六七八九]十)年代(?:初|末|中期|中后期)?"),
    ("decade", r"(?<!\d)(?P<cent>19|20)(?P<dec>\d0)年代(?:初|末|中期|中后期)?"),
    # 年初至8月, 今年年初至今: from January to that month or to the reference day
    ("year_start_until", r"(?:(?P<rel>今年|本年|去年)|(?P<y>(?:19|20)\d{2})年)?年初(?:至|到)(?:(?P<m>\d{1,2})月(?:底|末)?|(?P<now>今|现在|目前))"),
    ("month_range", rf"(?:{_REL}|{_YEAR})?(?P<m>{_NUM})月?{_TO}(?P<m2>{_NUM})月"),
    ("last_quarter", r"(?:上一|上个)季度"),
    ("quarter", rf"(?:{_REL}|{_YEAR}第?)?(?P<q>一|二|三|四|1|2|3|4|首)季度?(?!度)"),
    ("half", rf"(?:{_REL}|{_YEAR})?(?P<h>上半年|下半年|前三季度|首三季度?)"),
    # 2018上半年 (a year written without its 年 before a half: 到2018上半年，…)
    ("half", r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<h>上半年|下半年|前三季度)"),
    # analysts' notation: 2018H1, 2018年H1, H1; 2018Q3, Q2
    ("quarter", r"(?:(?P<y>(?:19|20)\d{2})年?)?(?<![A-Za-z])Q(?P<q>[1-4])(?![\dA-Za-z])"),
    ("half", r"(?:(?P<y>(?:19|20)\d{2})年?)?(?<![A-Za-z])(?P<h>H[12])(?![\dA-Za-z])"),
    # 3Q25, 1H25: a quarter or half and the year's last two digits, as analysts write them
    ("quarter", r"(?<![\dA-Za-z.])(?P<q>[1-4])Q(?P<ys>\d{2})(?![\dA-Za-z])"),
    ("half", r"(?<![\dA-Za-z.])(?P<h>[12]H)(?P<ys>\d{2})(?![\dA-Za-z])"),
    # 2005年首月, 70年第8个月, 二零二一年后三月; 2021年前两个季度
    ("month_part", rf"{_YEAR}(?:(?P<first>首月)|第(?P<nth>{_N})个月|后(?P<last>{_N})个?月)"),
    ("month_part", rf"(?:{_REL}|{_YEAR})?前(?P<nq>[一二两三123])个?季度"),
    # 近30天, 近三个月, 前两周: up to the reference day
    ("recent", rf"近(?P<n>{_N})(?P<u>天|日|个月|周|个星期)"),
    ("recent", rf"前(?P<n>{_N})(?P<u>周|个星期)"),
    # (not 提前2个月: two months earlier)
    ("first_months", rf"(?:{_REL}|{_YEAR})?(?<!提)(?:前|首)(?P<n>[一二两三四五六七八九十]{{1,2}}|\d{{1,2}})个?月"),
    ("past_year", r"过去一年|过去的一年"),
    ("md", r"(?<![于自从由至到截])(?<!\d)(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号](?![至到—\-~])"),
    # 十二月20号: a month in words and a day
    ("md", rf"(?<![于自从由至到截\d{_CN_DIGITS}])(?P<m>[一二三四五六七八九十]{{1,3}})月(?P<d>{_NUM})[日号](?![至到—\-~])"),
    ("month", rf"(?:{_REL}|{_YEAR}){_M}(?![日号])"),
    ("month_fen", rf"{_M}份"),
    ("this_month", r"(?:本月|当月)"),
    # 8月，广州市邮政分公司…; 3月全国快递业务量…: a month with the year of its context
    ("month_bare", r"(?<![\d年月至到\-—~])(?P<m>\d{1,2})月(?![日号份底末初中下上旬以来至到\-—~\d])"),
    ("year_end", rf"{_YEAR}(?:底|末)"),
    # 截至去年底, 今年年末: the end of a relative year
    ("year_end", r"(?<![比较与和同])(?P<rel>今年|本年|去年|前年)年?(?:底|末)(?!前|之前)"),
    # 年末全省拥有…: the end of the year being reported
    ("year_end", r"(?<![\d年上去前明今本各])年(?:底|末)(?!前|之前)"),
    # 两年前, 三年前: that year
    ("years_ago", rf"(?<![\d{_CN_DIGITS}两])(?P<n>{_N})年前(?![\d一二两三四五六七八九十首个季后])"),
    ("year", _YEAR),
    # 2018，: a year in digits without 年 heading its clause
    ("year", r"(?<![\d.达为约共计超近逾有是])(?P<y>(?:19|20)\d{2})(?=[，,])"),
    ("this_next_years", r"今明两年"),
    ("this_year", r"(?<![比较与])(?:今年|本年)(?!同期)"),
    ("whole_year", r"(?<![年\d])(?:全年|年内)"),
    ("next_year", r"(?<![比较与])明年"),
    ("same_day", r"(?<![比较与])(?:当天|当日)"),
    # 今天, 昨天, 前天: the reference day and the days before it
    ("rel_day", r"(?<![比较与])(?P<rd>今天|今日|昨天|昨日|前天)(?!头条)"),
    # 上周: the previous Monday to Sunday; 上个礼拜天: that week's Sunday
    ("last_week", r"(?<![比较与])(?:上周|上个?星期|上个?礼拜)(?P<wd>[一二三四五六日天])?(?![年末])"),
    # 前年: the year before last
    ("last_year", r"(?<![比较与和同])上一年(?!同期|度)"),
    ("last_year", r"(?<![比较与和同])(?:去年|上年)(?!同期)"),
    ("two_years_ago", r"(?<![比较与和同大])前年(?!同期)"),
    # 30日，: a bare day heading its clause, in the reference month (or the month of a day just
    # before it: 峰值出现在11月11日…13日起…当日派件1.3亿件，14日更是攀升至1.6亿件)
    ("bare_day", r"(?<![\d月日号至到\-—~第前近后每.])(?P<d>\d{1,2})[日号](?=[，,]|起|更|又|再|全天|当天|单日)"),
]]


#: words one of which every match of the patterns of that name contains: a text
#: without any of them is not tried with those patterns, and the patterns are not
#: even compiled (compiling the period patterns was the largest part of the CLI's
#: start-up).  tests/test_period_needs.py proves each entry from the patterns.
PERIOD_NEEDS: dict[str, tuple[str, ...]] = {
    "since_until": ("以来",), "since_month_until": ("以来",), "since_month": ("以来",),
    "since": ("起", "开始") + lexicon.UNTIL_NOW_WORDS,
    "until_day": ("截至", "截止"), "until_year": ("截至", "截止"), "until_month": ("截至", "截止"),
    "lunar": ("农历", "正月", "冬月", "腊月", "月初", "月廿", "大年"),
    "holiday_range": tuple(lexicon.SOLAR_HOLIDAYS) + tuple(lexicon.LUNAR_HOLIDAYS),
    "holiday": tuple(lexicon.SOLAR_HOLIDAYS) + tuple(lexicon.LUNAR_HOLIDAYS), "shopping_day": ("双",),
    "holiday_break": lexicon.HOLIDAY_BREAK_WORDS,
    "xun": ("上旬", "中旬", "下旬"), "nth_weekday": ("星期", "礼拜", "周"), "named_span": ("自", "从"),
    "rel_month_day": ("上个月", "上月", "本月", "这个月", "下个月", "下月"), "fiscal_year": ("年度", "财年", "FY"),
    "plan": ("时期", "期间", "末"), "year_start_until": ("年初",), "last_quarter": ("季度",), "quarter": ("季", "Q"),
    "half": ("上半年", "下半年", "前三季", "首三季", "H1", "H2", "1H", "2H"), "month_part": ("首月", "个月", "后", "季度"),
    "recent": ("近", "前"), "first_months": ("前", "首"), "past_year": ("过去",), "month_fen": ("月份",),
    "this_month": ("本月", "当月"), "year_end": ("底", "末"), "years_ago": ("年前",), "decade": ("年代",),
    "this_next_years": ("今明两年",), "this_year": ("今年", "本年"), "whole_year": ("全年", "年内"),
    "next_year": ("明年",), "same_day": ("当天", "当日"), "rel_day": ("今天", "今日", "昨天", "昨日", "前天"),
    "last_week": ("上周", "上星期", "上个星期", "上礼拜", "上个礼拜"), "last_year": ("上一年", "去年", "上年"),
    "two_years_ago": ("前年",),
}


def _patterns_for(text: str) -> list[tuple[str, LazyPattern]]:
    """The period patterns that may match in ``text`` (PERIOD_NEEDS), in order."""
    return [named for named, may in zip(PERIOD_PATTERNS, _may_match(text)) if may]


def _may_match(text: str) -> list[bool]:
    """For each of PERIOD_PATTERNS, whether ``text`` holds one of the words it needs (PERIOD_NEEDS)."""
    global _texts_seen
    _texts_seen += 1
    present = {w for w in _NEEDED_WORDS if w in text}  # each word looked for once, not once per pattern
    return [name not in PERIOD_NEEDS or not present.isdisjoint(PERIOD_NEEDS[name]) for name, _ in PERIOD_PATTERNS]


#: after this many texts a process reads what each period pattern can start with
#: (:func:`postmetrics.lazyre.first_chars`, ~35 ms for all of them): a one-page run never pays
#: for it, a run over many pages then tries at each position only the patterns that can start there
_STARTS_AFTER = 64
_texts_seen = 0
_starts: list | None = None
_at_char: dict[str, tuple[int, ...]] = {}


_fast_trigger: re.Pattern[str] | None = None


def _trigger() -> re.Pattern[str]:
    """_TRIGGER; once the process has read _STARTS_AFTER texts, _TRIGGER behind a
    one-class lookahead of the characters it can start with (4× faster: ``re``
    then rejects most positions with one test, not one per alternative)."""
    global _fast_trigger
    if _fast_trigger is None:
        if _texts_seen < _STARTS_AFTER:
            return _TRIGGER
        starts = first_chars(_TRIGGER.pattern)
        _fast_trigger = recache.compile(f"(?={starts.as_class()})" + _TRIGGER.pattern) if starts else _TRIGGER
    return _fast_trigger


def _tried_at(c: str) -> tuple[int, ...] | range:
    """Indexes of the period patterns a match can start with ``c`` in, in order."""
    global _starts
    if _starts is None:
        if _texts_seen < _STARTS_AFTER:
            return range(len(PERIOD_PATTERNS))
        _starts = [first_chars(pat.pattern) for _, pat in PERIOD_PATTERNS]
    found = _at_char.get(c)
    if found is None:
        found = _at_char[c] = tuple(i for i, s in enumerate(_starts) if s is None or c in s)
    return found


#: every word of PERIOD_NEEDS
_NEEDED_WORDS = tuple(dict.fromkeys(w for words in PERIOD_NEEDS.values() for w in words))


#: a time after a comparison word (较去年同期的…) is the basis, not the period
_IN_COMPARISON = recache.compile(r"(?:较|比(?![重例率值]))[^，。；、\d]{0,8}的$"
                            r"|(?:较|比(?![重例率值]))(?:(?:19|20)\d{2}年?[、和及与])+$")  # 同比2019年、2023年…: each a basis
#: a level or 的 right after a time (超过2017年423万吨的历史高点, 低于Q1的43%): the time is that level's period
_LEVEL_AFTER = recache.compile(r"[\d的〇一二两三四五六七八九十]")
#: a time right after these is a basis (比4月份增长), not a period
_BASIS_BEFORE = frozenset("比较")
#: where a period expression can start: a numeral followed by what follows
#: one in a time expression (2023年, 3月, 1季度, 2023/24, 1-10月, 2019至2023年),
#: or one of the words that open one; other positions are skipped without
#: trying the patterns.  tests/test_dates.py checks that every match of every
#: pattern on the test pages starts at a trigger.
_TRIGGER = recache.compile(r"(?=\d{1,4}[年月季/\-—~至到.日号]|(?:19|20)\d{2}(?:[上下]半年|前三季度)|(?:19|20)\d{2}(?:财|会计)|FY|[〇零一二两三四五六七八九十]{1,4}[年月季]|[〇零一二三四五六七八九]{4}至|[〇零一二三四五六七八九]{2}(?:(?:至|/|／|-|—)[〇零一二三四五六七八九]{2})?(?:财政)?年度"
                      r"|(?:19|20)\d{2}[，,]|[一二三四五六七八九十]{1,3}月?(?:至|到|-|—)"
                      r"|[自从]\d|截[至止]|[HQ][1-4]|(?:19|20)\d{2}[HQ]|[1-4][QH]\d{2}|年初[至到]|今年|本年|本月|去年|上年|上半|上一|上个|下半"
                      r"|前[\d一二两三四五六七八九十年天]|首[季两三四五六七八九十\d]|年内|年末|年底|当天|当日|当月|明年|全年|过去"
                      r"|今天|今日|今明|昨天|昨日|上月|上周|上星期|上礼拜|下个?月|这个月|近[\d一二两三四五六七八九十]"
                      r"|农历|[正冬腊]月|[“「\"]?十[一二三四五]五|大年初|元旦|国庆|教师节|劳动节|儿童节|春节|元宵|端午|七夕|中秋|重阳|十一[，,]"
                      r"|[“「\"]?双(?:11|十一|12|十二)[”」\"]?(?:当天|当日|首日)"
                      rf"|(?:{_BREAK})[”」\"]?(?:{_BREAK_WORD}))")


@dataclass(frozen=True)
class Reference:
    """The date relative words are resolved against.

    ``year`` may be known without a month; ``source`` says where it came
    from: ``given`` (``--issue-date``), ``page`` (a date line printed on the
    page) or ``inferred`` (from the years and datelines in the text).
    """

    year: int
    month: int | None = None
    day: int | None = None
    source: str = "inferred"

    def as_date(self) -> date | None:
        if self.month and self.day:
            try:
                return date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


@dataclass(frozen=True)
class TimeExpression:
    """A period stated in text: span, ISO period, and whether it is a plain year."""

    start: int
    end: int
    period: str
    plain_year: bool
    kind: str = ""
    #: ``period`` (dates figures, heads later sentences) or ``target`` (到2025年:
    #: dates only its own sentence); basis, event, dateline and name times are
    #: not returned by :func:`find_periods` (see :func:`time_role`).
    role: str = "period"


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in "〇零一二三四五六七八九" for c in s):  # 二〇一五
        return _digits(s)
    return int(parse_numeral(s))


def _digits(s: str) -> int:
    """A number written digit by digit (15, 九七, 〇三) as an int."""
    return int("".join(c if c.isdigit() else str("〇一二三四五六七八九".index(c.replace("零", "〇"))) for c in s))


def two_digit_year(yy: int, ref_year: int | None) -> int:
    """The year of a two-digit year (15年, 九七年): 20yy when the reference year is
    in the 2000s and yy is at most a year past it, else 19yy; without a
    reference, 20yy below 50.

    >>> two_digit_year(15, 2021), two_digit_year(33, 2021), two_digit_year(98, 1997)
    (2015, 1933, 1998)
    """
    if ref_year is None:
        return 2000 + yy if yy < 50 else 1900 + yy
    return 2000 + yy if ref_year >= 2000 and yy <= ref_year % 100 + 1 else 1900 + yy


def _year(m: re.Match[str], ref: int | None, key: str = "y") -> int | None:
    g = m.groupdict()
    y = g.get(key)
    if y:
        n = _num(y)
        if n < 100:  # 21年 = 2021
            return n + 2000
        if n < 200:  # 112年: the Republic of China calendar used in Taiwan (1911 + n)
            return n + 1911
        return n
    if g.get(key + "s"):  # 15年3月, 九七年一季度
        return two_digit_year(_digits(g[key + "s"]), ref)
    rel = g.get("rel")
    if ref is None:
        return None
    return ref + lexicon.RELATIVE_YEARS.get(rel, 0) if rel else ref


def find_periods(text: str, ref_year: int | None, ref: Reference | None = None,
                 item_day: date | None = None) -> list[TimeExpression]:
    """Time expressions in ``text`` that can be a figure's period, left to right.

    ``ref_year`` resolves 今年/去年/明年; yearless months and days take the
    year stated earlier in their sentence, else ``ref_year``; with neither
    they are skipped.  ``item_day`` (the item's dateline) resolves 当天.
    """
    out: list[TimeExpression] = []
    pos = 0
    last_year: int | None = None  # the last year stated so far: what 全年 refers to
    last_fiscal: str | None = None  # or the fiscal year (2023/24年度 … 年内)
    last_month: str | None = None  # the last month stated: what 当月 refers to
    last_span: str | None = None  # the last run of months stated (2024-01/2024-06): what Y年同期 refers to
    last_day: str | None = None  # the last day stated: what 当天 refers to
    bounds = boundaries(text)
    may = None
    tried: dict[str, list[tuple[str, LazyPattern]]] = {}  # by the character at a position: the patterns to try
    for trigger in _trigger().finditer(text):
        start = trigger.start()
        if start < pos:
            continue
        todo = tried.get(text[start])
        if todo is None:
            if may is None:
                may = _may_match(text)
            todo = tried[text[start]] = [PERIOD_PATTERNS[i] for i in _tried_at(text[start]) if may[i]]
        for name, pat in todo:
            m = pat.match(text, start)
            if m:
                aspired = name == "whole_year" and text.endswith(lexicon.ASPIRATION_WORDS + ("预计",), max(0, start - 4), start)
                if aspired:  # 力争全年…: this year's target, whatever year was reported before
                    name = "this_year"
                if name == "same_day" and last_day:
                    # 2月17日，…当天揽收快递包裹3.17亿件: the day just named, not the item's
                    out.append(TimeExpression(m.start(), m.end(), last_day, plain_year=False, kind="md"))
                    pos = m.end()
                    break
                if name == "this_month" and m.group(0) == "当月" and last_month:
                    # 当月 in a report is the month it reports (10月…当月市场份额), not the page's
                    out.append(TimeExpression(m.start(), m.end(), last_month, plain_year=False, kind="month"))
                    pos = m.end()
                    break
                if name == "whole_year" and last_fiscal and not _sentence_year(text, m.start(), bounds):
                    out.append(TimeExpression(m.start(), m.end(), last_fiscal, plain_year=False, kind="fiscal_year"))
                    pos = m.end()
                    break
                if name == "whole_year" or (name == "year_end" and not m.groupdict().get("y") and not m.groupdict().get("rel")):
                    year = _sentence_year(text, m.start(), bounds) or last_year or ref_year
                elif name in _RELATIVE_YEARS or m.groupdict().get("rel"):
                    year = ref_year  # 今年1-3月 after a 2024年 in the same sentence is still this year
                else:
                    year = _sentence_year(text, m.start(), bounds) or ref_year
                period = _period(name, m, year, ref, item_day,
                                 _event_start(text, m.start()) if name == "until_day" else None)
                if not period and name == "fiscal_year":
                    continue  # 2019-2021年度: not one fiscal year; the years it names (a later pattern)
                role = time_role(text, m.start(), m.end(), name, bounds) if period else ""
                same_span = name == "year" and period and last_span and text.startswith("同期", m.end())
                if same_span:  # 2024年上半年… 由2023年同期的389亿元: the same months of that year
                    period = f"{period}{last_span[4:8]}{period}{last_span[12:]}"
                before = text[max(0, start - 2):start]
                if (role in ("period", "target") and before[-1:] not in _BASIS_BEFORE
                        and not (before.endswith(("第", "于", "起")) and before[:1] in _BASIS_BEFORE)  # 较第一季度, 相较于2019年
                        and not _IN_COMPARISON.search(text, max(0, start - 10), start)
                        and not text.endswith(lexicon.FOUNDED_WORDS, max(0, start - 6), start)
                        and not (text.endswith(lexicon.EXCEEDED_WORDS, max(0, start - 3), start)
                                 and not _LEVEL_AFTER.match(text, m.end()))):
                    out.append(TimeExpression(m.start(), m.end(), period,
                                              plain_year=name in _PLAIN_YEARS and not same_span, kind=name, role=role))
                    if len(period) == 15 and period[:4] == period[8:12]:
                        last_span = period
                    if role == "target":
                        pass  # 到2025年: a target year is not what 全年 or a later 3月 refers to
                    elif name in ("year", "year_end", "this_year", "last_year", "past_year", "fiscal_year"):
                        last_year = int(period[:4])
                    last_fiscal = period if name == "fiscal_year" else (None if name == "year" else last_fiscal)
                    if len(period) == 7 and name in ("month", "month_fen", "month_bare"):
                        last_month = period
                    if len(period) == 10 and name in ("md", "day", "bare_day"):
                        last_day = period
                pos = m.end()
                break
    out = _event_windows(text, _named_windows(text, _closed_spans(text, out, bounds)), bounds, ref_year, ref,
                         item_day)
    return _until_now(text, out, ref, item_day)


#: 截至目前, 截止目前, 到目前为止: the figures after it are counted up to the item's day
_UNTIL_NOW_HEAD = recache.compile(recache.alternation(lexicon.UP_TO_NOW_HEADS))
#: a campaign's start written as a year (自2018年起在全州…开展): from its first day
SINCE_YEAR = recache.compile(r"[自从](?P<y>(?:19|20)\d{2})年(?:以来|起|开始)")


def _until_now(text: str, found: list[TimeExpression], ref: Reference | None,
               item_day: date | None) -> list[TimeExpression]:
    """截至目前 (up to now) as a period (issue 14): the span from the start the item gave
    its campaign (自2月22日起…; 自2018年起…) to the item's day, else that day as a point
    (a stock counted on it).  ``found`` is sorted; so is the result."""
    if "目前" not in text and "发稿" not in text:
        return found
    day = _ref_day(ref, item_day)
    if day is None:
        return found
    added = []
    for m in _UNTIL_NOW_HEAD.finditer(text):
        if any(t.start <= m.start() < t.end for t in found):
            continue
        start = None
        for t in found:
            if t.start >= m.start():
                break
            if t.kind == "since" and "/" in t.period and t.period.endswith(day.isoformat()):
                start = t.period[:10]  # 自2月22日起开始监督检查 … 截至目前
        years = [y for y in SINCE_YEAR.finditer(text, 0, m.start()) if int(y["y"]) <= day.year]
        if start is None and years:
            start = f"{years[-1]['y']}-01-01"  # 自2018年起在全州…开展 … 截至目前
        if start is not None and start < day.isoformat():
            added.append(TimeExpression(m.start(), m.end(), f"{start}/{day.isoformat()}", plain_year=False,
                                        kind="since"))
        else:
            added.append(TimeExpression(m.start(), m.end(), day.isoformat(), plain_year=False, kind="until_day"))
    return sorted(found + added, key=lambda t: t.start) if added else found


#: the day a span that runs from a day (从今年3月1日起…) is closed at later in its sentence (…，至3月29日，)
_CLOSED_AT = recache.compile(r"[，,]?(?:至|到)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日")


def _closed_spans(text: str, found: list[TimeExpression], bounds: Boundaries) -> list[TimeExpression]:
    """A span from a day to the reference day (从今年3月1日起, …) that its sentence
    closes at a later day (…，至3月29日，全省累计…) runs to that day instead, and
    the closing day itself heads the figures after it with the closed span."""
    out: list[TimeExpression] = []
    for t in found:
        out.append(t)
        if t.kind != "since" or "/" not in t.period or len(t.period) != 21:
            continue
        end = bounds.sentence(t.start)[1]
        m = _CLOSED_AT.search(text, t.end, end)
        if m is None or any(o.start >= t.end and o.start < m.start() for o in found):
            continue
        first = t.period[:10]
        month = int(m["m"]) if m["m"] else int(first[5:7])
        try:
            last = date(int(first[:4]), month, int(m["d"]))
        except ValueError:
            continue
        if last.isoformat() < first:
            continue
        period = f"{first}/{last.isoformat()}"
        out[-1] = TimeExpression(t.start, t.end, period, plain_year=False, kind="since", role=t.role)
        out.append(TimeExpression(m.start(), m.end(), period, plain_year=False, kind="day_range", role="period"))
    out.sort(key=lambda x: x.start)
    return out


#: where a window's name starts, looking back from its dates (今年春节期间（…）: after 年)
_WINDOW_CUT = "，。；：、,;:讯年）)"


def _named_windows(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """Give a window's dates to its name wherever the text names it again: after
    今年春节期间（1月31日至2月6日）, a later 今年春节期间，… is that window, not the
    year (issue 14, named windows).  ``found`` is sorted; so is the result."""
    windows: dict[str, str] = {}
    for t in found:
        if t.kind in ("day_range", "named_span") and "/" in t.period:
            if not text.endswith(("（", "("), 0, t.start):
                continue
            before = text[max(0, t.start - 13):t.start - 1]
            name = before[max(before.rfind(c) for c in _WINDOW_CUT) + 1:]
            if 2 <= len(name) and name.endswith(lexicon.WINDOW_NAME_ENDS):
                windows[name] = t.period
    if not windows:
        return found
    out = list(found)
    for name, period in windows.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not text.startswith(("（", "("), end):
                overlapping = [t for t in out if t.start < end and at < t.end]
                before = [t for t in out if t.end == at and t.kind == "this_year"]  # 今年 + 春节期间
                if all(t.kind == "this_year" for t in overlapping):
                    out = [t for t in out if t not in overlapping and t not in before]
                    start = min([at] + [t.start for t in overlapping + before])
                    out.append(TimeExpression(start, end, period, plain_year=False, kind="day_range"))
            at = text.find(name, end)
    out.sort(key=lambda t: t.start)
    return out


#: an event's length (为期一周, 历时4天, 为期3天): lexicon.EVENT_LENGTH_WORDS
_EVENT_LENGTH = recache.compile("(?:" + "|".join(lexicon.EVENT_LENGTH_WORDS) + r")(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})"
                           r"(?:个)?(?P<u>天|日|周|星期)")
#: a day written for an event: 17日, 3月5日, 7日 (after 于/将于)
_WINDOW_DAY = recache.compile(r"(?<![\d年])(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?!电)")
_EVENT_CLOSE = "|".join(lexicon.EVENT_CLOSE_VERBS)
_EVENT_OPEN = "|".join(lexicon.EVENT_OPEN_VERBS)
_EVENT_VERB = recache.compile(_EVENT_CLOSE + "|" + _EVENT_OPEN)
_CLOSES = recache.compile(_EVENT_CLOSE)
_MONTH_TOLD = recache.compile(r"(?<!\d)(\d{1,2})月(?=\d{1,2}日)")
_OPENS = recache.compile(_EVENT_OPEN)
#: the day an event closes, written after it opened: …开幕，邮展将于7日结束
_CLOSES_ON = recache.compile(r"(?:将于|于|至|到)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:[^，。；\d]{0,4})?(?:" + _EVENT_CLOSE + ")")


def _event_windows(text: str, found: list[TimeExpression], bounds: Boundaries, ref_year: int | None,
                   ref: Reference | None, item_day: date | None) -> list[TimeExpression]:
    """Windows of days an event ran, written as its opening or closing day and its
    length or the other day (issue 14, event windows): 17日，为期一周的…展览落下帷幕 →
    the week ending on the 17th; 21日…历时4天的…展览闭幕 → the 18th to the 21st;
    3月5日，…展览开幕，邮展将于7日结束 → the 5th to the 7th.  The window is put
    where its sentence says the event closed (or opened), as a period of kind
    ``event_window`` that heads the sentences after it (an exhibition's exhibits and
    visitors are counted over its days).  ``found`` is sorted; so is the result."""
    added: list[TimeExpression] = []
    seen: set[int] = set()
    for verb in _EVENT_VERB.finditer(text):
        ss, se = bounds.sentence(verb.start())
        if ss in seen:
            continue
        seen.add(ss)
        first = _WINDOW_DAY.search(text, ss, se)
        if first is None:
            continue
        # the year the sentence states before the event's opening or closing (3月5日，2007年上海集邮节…开幕)
        year = _sentence_year(text, verb.start(), bounds) or ref_year
        told = _MONTH_TOLD.findall(text, max(0, first.start() - 200), first.start())
        month = int(first["m"]) if first["m"] else int(told[-1]) if told else (
            ref.month if ref and ref.month else (item_day.month if item_day else None))  # 6月17日电 17日，…
        if not year or not month:
            continue
        try:
            day = date(year, month, int(first["d"]))
        except ValueError:
            continue
        window: tuple[date, date] | None = None
        at: re.Match[str] | None = None
        length = _EVENT_LENGTH.search(text, first.end(), se)
        closes = _CLOSES_ON.search(text, first.end(), se)
        if closes is not None and _OPENS.search(text, first.end(), closes.start()):
            try:
                last = date(year, int(closes["m"]) if closes["m"] else month, int(closes["d"]))
            except ValueError:
                last = None
            if last is not None and day < last <= day + timedelta(days=60):
                window, at = (day, last), closes  # 3月5日…开幕，邮展将于7日结束
        elif length is not None and 1 < (n := _num(length["n"]) * (7 if length["u"] in ("周", "星期") else 1)) <= 60:
            if (at := _CLOSES.search(text, length.end(), se)) is not None:
                window = (day - timedelta(days=n - 1), day)  # 17日，为期一周的…落下帷幕
            elif (at := _OPENS.search(text, first.end(), se)) is not None:
                window = (day, day + timedelta(days=n - 1))  # 5月1日开幕，为期3天
        if window is None or at is None:
            continue
        # put where the event opens or closes: the length (历时4天) stays a figure of its own
        added.append(TimeExpression(at.start(), at.end(), _span(*window), plain_year=False, kind="event_window"))
    if not added:
        return found
    return sorted(found + added, key=lambda t: t.start)


_SENTENCE_YEAR = recache.compile(r"((?:19|20)\d{2})年")
_COMPARED_YEAR = lexicon.COMPARED_YEAR_BEFORE + ("超越", "相比", "对比")
_BASIS_LIST = recache.compile(r"[\d〇零一二三四五六七八九、和及年]*$")
_DAY_KINDS = frozenset({"md", "day"})


def time_role(text: str, start: int, end: int, kind: str, bounds: Boundaries) -> str:
    """The role of the time expression ``text[start:end]`` of ``kind`` (a name of
    :data:`PERIOD_PATTERNS`): ``period``, ``target``, ``basis``, ``event``,
    ``dateline`` or ``name``.  Only a period (and, in its own sentence, a
    target) may date a figure.  The cue words are in :mod:`postmetrics.lexicon`
    (BASIS_TIME_*, EVENT_VERBS, TARGET_TIME_BEFORE); SCHEMA "basis": a
    comparison is never the period.

    >>> t = "与2022年同期相比，上升1个百分点"
    >>> time_role(t, 1, 6, "year", Boundaries(t))
    'basis'
    >>> t = "国家邮政局3月5日发布数据"
    >>> time_role(t, 5, 9, "md", Boundaries(t))
    'event'
    """
    cs, ce = bounds.clause(start, end)
    ss = bounds.sentence(start)[0]
    if text.rfind("《", ss, start) > text.rfind("》", ss, start):
        return "name"  # 《2025年快递业服务现代农业典型案例》
    before = text[cs:start]
    listed = _BASIS_LIST.search(before)
    head = before[:listed.start()] if listed else before
    if head.endswith(lexicon.BASIS_TIME_BEFORE) and (any(w in text[end:ce] for w in lexicon.BASIS_TIME_AFTER)
                                                     or text.startswith(lexicon.BASIS_TIME_RIGHT_AFTER, end)):
        return "basis"  # 与2019、2020、2021年农历同期相比
    if kind in _DAY_KINDS:
        after = text[end:min(ce, end + 12)]
        if after.startswith("电"):
            return "dateline"  # 新华社北京1月22日电
        if _EVENT_AFTER.match(after):
            return "event"  # 22日发布的数据显示; 3月5日在北京召开
    if kind in ("year", "year_end") and before.endswith(lexicon.TARGET_TIME_BEFORE) and not before.endswith(("截至", "截止", "直至")):
        return "target"  # 到2025年，…
    if kind == "year" and text.startswith(lexicon.TARGET_TIME_AFTER, end):
        return "target"  # 在2015年以前削减…: a deadline
    if kind == "year" and text.startswith(lexicon.PRICE_BASE_AFTER, end):
        return "name"  # (按2010年不变价计算)1960.75亿元: the prices' base year, not the figure's time
    return "period"


#: an event verb right after a day, or after where it happened (在北京召开)
_EVENT_AFTER = recache.compile(r"(?:[在于][^，。；\d]{1,10}?)?(?:" + "|".join(lexicon.EVENT_VERBS) + ")")


def _sentence_year(text: str, pos: int, bounds: Boundaries) -> int | None:
    """The last explicit year stated earlier in the same sentence (2015年“双11”期间（11月11日至16日）)."""
    start = bounds.sentence(pos)[0]
    years = [m for m in _SENTENCE_YEAR.finditer(text, start, pos)
             if not text.endswith(_COMPARED_YEAR, max(start, m.start() - 3), m.start())]
    return int(years[-1].group(1)) if years else None  # not 已超越2024年全年水平: a year compared with


_DAY_MENTION = recache.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")


def _event_start(text: str, pos: int) -> tuple[int, int] | None:
    """The day an item's event began: the first yearless 7月10日 before a
    截至7月14日 that has no 今年 (累计销售… since the 灯会邮局 opened)."""
    m = _DAY_MENTION.search(text, 0, pos)
    return (int(m.group(1)), int(m.group(2))) if m else None


_PLAIN_YEARS = frozenset({"year", "this_year", "last_year", "next_year", "whole_year"})
_RELATIVE_YEARS = frozenset({"this_year", "last_year", "next_year", "this_month", "last_quarter", "same_day",
                             "past_year"})


def _fiscal_org(m: re.Match[str], before: int) -> str | None:
    """The organisation of lexicon.FISCAL_YEAR_ENDS named nearest to a time expression,
    within ``before`` characters before it or 20 after; None when there is none."""
    text, at = m.string, m.start()
    nearest = None
    for org in _FISCAL_ORG.finditer(text, max(0, at - before), min(len(text), m.end() + 20)):
        distance = at - org.end() if org.end() <= at else org.start() - m.end() + 1
        if nearest is None or distance < nearest[0]:
            nearest = (distance, org.group(0))
    return nearest[1] if nearest else None


#: how far before a bare quarter or half (上半年, 第三季) the organisation whose fiscal year it
#: counts in may be named (新加坡邮政…上半年净亏…)
_FISCAL_PART_REACH = 200


def _fiscal_part(m: re.Match[str], first: int, last: int, ref: Reference | None) -> str:
    """A bare quarter or half (上半年, 第三季: months ``first``..``last`` of a year, 0-based)
    of a company whose fiscal year is not the calendar's (lexicon.FISCAL_YEAR_ENDS, named
    within _FISCAL_PART_REACH characters before it): that part of its fiscal year, the last
    one to end before the reference month (新加坡邮政, reporting on 2022-11-03, 上半年 →
    2022-04/2022-09).  "" when no such company is named or the reference has no month."""
    org = _fiscal_org(m, _FISCAL_PART_REACH)
    if org is None or ref is None or not ref.month:
        return ""
    end_month = lexicon.FISCAL_YEAR_ENDS[org][0]
    if end_month == 12:
        return ""
    now = ref.year * 12 + ref.month - 1  # month indexes: year * 12 + month - 1
    for end_year in (ref.year + 1, ref.year, ref.year - 1):
        start = end_year * 12 + end_month - 12 + first  # the fiscal year's first month is end_month + 1
        stop = start + last - first
        if stop < now:
            return f"{start // 12:04d}-{start % 12 + 1:02d}/{stop // 12:04d}-{stop % 12 + 1:02d}"
    return ""


def _company_fiscal(m: re.Match[str]) -> str:
    """A company's fiscal year (2024财年, FY2024, 日本邮政2023年度), its quarter
    (第三季度, 第三财季, Q3) or half: the months of the fiscal year of the nearest
    organisation of lexicon.FISCAL_YEAR_ENDS named within 60 characters before it or
    20 after (联邦快递2004财年 = 2003-06/2004-05), else of the calendar year (2022财年
    = 2022); "" for a plain 年度 with no such organisation (the year patterns read it)."""
    g = m.groupdict()
    y = int(g["y"])
    nearest = _fiscal_org(m, 60)
    if nearest is None:
        if g["w"] == "年度":
            return ""
        end_month, end_year = 12, y
    else:
        end_month, named = lexicon.FISCAL_YEAR_ENDS[nearest]
        end_year = y if named == "end" or end_month == 12 else y + 1
    # months counted from the fiscal year's first: (year, month) of its n-th month
    first = end_year * 12 + end_month - 12  # the month index (year * 12 + month - 1) of its first month

    def month(k: int) -> str:
        index = first + k
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    q = g.get("q") or g.get("qq")
    if q:
        n = {"一": 1, "二": 2, "三": 3, "四": 4}.get(q) or int(q)
        return f"{month(3 * n - 3)}/{month(3 * n - 1)}"
    if g.get("h"):
        a, b = {"上半年": (0, 5), "下半年": (6, 11), "前三季度": (0, 8)}[g["h"]]
        return f"{month(a)}/{month(b)}"
    return f"{end_year:04d}" if end_month == 12 else f"{month(0)}/{month(11)}"


def _period(name: str, m: re.Match[str], ref_year: int | None, ref: Reference | None,
            item_day: date | None = None, started: tuple[int, int] | None = None) -> str:
    g = m.groupdict()
    if name in _EXTENDED:
        try:
            return _EXTENDED[name](m, ref_year, ref, item_day)
        except (ValueError, TypeError, KeyError, IndexError):
            return ""
    try:
        if name == "since_until":
            y = _year(m, ref_year)
            return f"{int(g['y0'])}/{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}" if y else ""
        if name == "until_day":  # 截至3月20日: from 1 January, or from the day the item's event began
            y = _year(m, ref_year)
            if not y:
                return ""
            month, day = _num(g["m"]), _num(g["d"])
            start = f"{y:04d}-01-01"
            if not g.get("rel") and not g.get("y") and started is not None and started < (month, day):
                start = f"{y:04d}-{started[0]:02d}-{started[1]:02d}"
            return f"{start}/{y:04d}-{month:02d}-{day:02d}"
        if name == "until_month":  # 截至9月底 = the year to date; 截至12月底 = the year
            y = _year(m, ref_year)
            month = _num(g["m"])
            if not y:
                return ""
            return f"{y:04d}" if month == 12 else f"{y:04d}-01/{y:04d}-{month:02d}"
        if name in ("day_range", "named_span"):
            y = _year(m, ref_year)
            if not y:
                return ""
            y2 = int(g["y2"]) if g.get("y2") else y
            m1, m2 = _num(g["m"]), int(g["m2"]) if g.get("m2") else _num(g["m"])
            start, end = date(y, m1, _num(g["d"])), date(y2, m2, _num(g["d2"]))
            return f"{start.isoformat()}/{end.isoformat()}" if start <= end else ""
        if name == "since_month_until":  # 9月以来…截至10月19日
            y = _year(m, ref_year)
            return f"{y:04d}-{int(g['m0']):02d}-01/{y:04d}-{int(g['m']):02d}-{int(g['d']):02d}" if y else ""
        if name == "since_month":  # 9月以来: from the 1st of that month to the item's (or page's) day
            y = _year(m, ref_year)
            mm = _num(g["m"])
            end = item_day or (ref.as_date() if ref else None)
            if not y or not 1 <= mm <= 12 or end is None or end.year != y or end < date(y, mm, 1):
                return ""
            return f"{y:04d}-{mm:02d}-01/{end.isoformat()}"
        if name in ("month_fen", "month_bare"):
            y = ref_year
            mm = _num(g["m"])
            return f"{y:04d}-{mm:02d}" if y and 1 <= mm <= 12 else ""
        if name == "this_month":
            return f"{ref_year:04d}-{ref.month:02d}" if ref_year and ref and ref.month else ""
        if name == "day":
            y = _year(m, ref_year)
            return f"{y:04d}-{_num(g['m']):02d}-{_num(g['d']):02d}" if y else ""
        if name == "fiscal_year" and g.get("w") is not None:
            return _company_fiscal(m)
        if name == "fiscal_year":  # 2014/15年度: April to March (Hong Kong)
            y = _year(m, ref_year)
            if y is None:
                return ""
            y2 = g.get("y2") or ""
            if y2.isdigit() and int(y2) % 100 != (y + 1) % 100:
                return ""  # 2019-2021年度: years, not one fiscal year
            return f"{y:04d}-04/{y + 1:04d}-03"
        if name == "last_quarter":
            if ref is None or not ref.month or not ref_year:
                return ""
            q, y = (ref.month - 1) // 3, ref_year
            if q == 0:
                q, y = 4, y - 1
            return f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}"
        if name == "md":  # 3月17日，全市寄出100件: that day, in the sentence's or the page's year
            y = ref_year
            month, day = _num(g["m"]), _num(g["d"])
            if not y or not (1 <= month <= 12 and 1 <= day <= 31):
                return ""
            try:
                return date(y, month, day).isoformat()
            except ValueError:
                return ""
        if name == "until_year":
            return g["y"]
        if name == "year_start_until":
            y = _year(m, ref_year)
            if not y:
                return ""
            if g.get("now"):
                return f"{y:04d}-01-01/{ref.as_date().isoformat()}" if ref and ref.as_date() and ref.year == y else ""
            mm = int(g["m"])
            return f"{y:04d}-01/{y:04d}-{mm:02d}" if 1 <= mm <= 12 else ""
        if name == "year_range":
            return f"{int(g['y'])}/{int(g['y2'])}"
        if name == "plan":  # the 11th plan (十一五) ran 2006–2010: 1951 + 5 × 11
            first = 1951 + 5 * (10 + "一二三四五".index(g["n"]) + 1)
            return f"{first}/{first + 4}"
        if name == "month_range":
            y = _year(m, ref_year)
            m1, m2 = _num(g["m"]), _num(g["m2"])
            if not y or not 1 <= m1 < m2 <= 12:
                return ""
            return f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}"
        bare = not (g.get("y") or g.get("ys") or g.get("rel"))
        if name == "quarter":
            q = {"一": 1, "首": 1, "二": 2, "三": 3, "四": 4}.get(g["q"]) or int(g["q"])
            if bare and (fiscal := _fiscal_part(m, 3 * q - 3, 3 * q - 1, ref)):
                return fiscal
            y = _year(m, ref_year)
            if not y:
                return ""
            return f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}"
        if name == "half":
            a, b = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "首三季度": (1, 9),
                    "首三季": (1, 9), "H1": (1, 6), "H2": (7, 12), "1H": (1, 6), "2H": (7, 12)}[g["h"]]
            if bare and (fiscal := _fiscal_part(m, a - 1, b - 1, ref)):
                return fiscal
            y = _year(m, ref_year)
            if not y:
                return ""
            return f"{y:04d}-{a:02d}/{y:04d}-{b:02d}"
        if name == "month":
            y = _year(m, ref_year)
            mm = _num(g["m"])
            return f"{y:04d}-{mm:02d}" if y and 1 <= mm <= 12 else ""
        if name == "year_end":  # 2014年底: the year; a stock is dated 2014-12-31 by its figure
            y = _year(m, ref_year)
            return f"{y:04d}" if y else ""
        if name == "year":
            y = _year(m, ref_year)
            return f"{y:04d}" if y and 1900 <= y <= 2100 else ""
        if name == "this_year":
            return f"{ref_year:04d}" if ref_year else ""
        if name == "last_year":
            return f"{ref_year - 1:04d}" if ref_year else ""
        if name == "whole_year":  # 全年, 年内: the year being reported (given by the caller)
            return f"{ref_year:04d}" if ref_year else ""
        if name == "first_months":  # 前10个月, 首九个月
            y = _year(m, ref_year)
            n = _num(g["n"])
            return f"{y:04d}-01/{y:04d}-{n:02d}" if y and 1 <= n <= 12 else ""
        if name == "past_year":  # 过去一年 in a report: the year before the report's
            return f"{ref_year - 1:04d}" if ref_year else ""
        if name == "next_year":
            return f"{ref_year + 1:04d}" if ref_year else ""
        if name == "same_day":  # the item's own day (its dateline)
            return item_day.isoformat() if item_day else ""
    except (ValueError, TypeError, KeyError):
        return ""
    return ""


def _lunar_calendar() -> tuple:
    """lunar_python's ``(Lunar, LunarMonth)`` for 农历, 春节, 端午, imported on first
    use (~10 ms, so a page without lunar dates never pays it); ``(None, None)``
    without it: lunar dates then give no period."""
    try:
        from lunar_python import Lunar, LunarMonth
    except ImportError:  # pragma: no cover
        return None, None
    return Lunar, LunarMonth


def _ref_day(ref: Reference | None, item_day: date | None = None) -> date | None:
    """The day spans to now end on: the item's day, else the reference day."""
    return item_day or (ref.as_date() if ref else None)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of the month."""
    n = day.year * 12 + day.month - 1 + months
    y, mo = divmod(n, 12)
    return date(y, mo + 1, min(day.day, calendar.monthrange(y, mo + 1)[1]))


def _span(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}" if a <= b else ""


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date | None:
    """The Gregorian day of a lunar date (``leap`` for a 闰 month); None
    without the lunar calendar or for a day that does not exist.

    >>> lunar_to_solar(2012, 1, 15)
    datetime.date(2012, 2, 6)
    """
    Lunar, _ = _lunar_calendar()
    if Lunar is None:
        return None
    try:
        s = Lunar.fromYmd(year, -month if leap else month, day).getSolar()
    except Exception:  # noqa: BLE001 - the library raises plain Exception for a bad date
        return None
    return date(s.getYear(), s.getMonth(), s.getDay())


def lunar_month_span(year: int, month: int, leap: bool = False) -> str:
    """A lunar month as its run of Gregorian days.

    >>> lunar_month_span(2022, 10)
    '2022-10-25/2022-11-23'
    """
    first = lunar_to_solar(year, month, 1, leap)
    _, LunarMonth = _lunar_calendar()
    if first is None or LunarMonth is None:
        return ""
    days = LunarMonth.fromYm(year, -month if leap else month).getDayCount()
    return _span(first, first + timedelta(days=days - 1))


def _lunar_number(s: str) -> int:
    """初五 → 5, 廿二 → 22, 正 → 1, 腊 → 12, 十五 → 15, 8 → 8."""
    if s in lexicon.LUNAR_MONTH_NAMES:
        return lexicon.LUNAR_MONTH_NAMES[s]
    if s.startswith("初"):
        return _num(s[1:])
    return _num(s)  # 廿二 and 十五 alike: parse_numeral reads 廿 and 卅


def _holiday_day(name: str, year: int) -> date | None:
    if name in lexicon.SOLAR_HOLIDAYS:
        return date(year, *lexicon.SOLAR_HOLIDAYS[name])
    if name in lexicon.LUNAR_HOLIDAYS:
        return lunar_to_solar(year, *lexicon.LUNAR_HOLIDAYS[name])
    if name in lexicon.SHOPPING_DAYS:
        return date(year, *lexicon.SHOPPING_DAYS[name])
    return None


def _p_digits(m, ref_year, ref, item_day):
    g = m.groupdict()
    y, mo = int(g["y"]), int(g["m"])
    if g.get("d"):  # 2019/04/19
        return date(y, mo, int(g["d"])).isoformat()
    y2 = int(g["y2"])  # 1999.08-2002.02; 2008.03-2009 runs to the end of 2009
    m2 = int(g["m2"]) if g.get("m2") else 12
    if not (1 <= mo <= 12 and 1 <= m2 <= 12) or (y, mo) >= (y2, m2):
        return ""
    return f"{y:04d}-{mo:02d}/{y2:04d}-{m2:02d}"


def _p_since(m, ref_year, ref, item_day):
    g = m.groupdict()
    end = _ref_day(ref, item_day)
    if end is None:
        y = _year(m, ref_year) if g.get("m") and g.get("d") else None
        return date(y, _num(g["m"]), _num(g["d"])).isoformat() if y else ""
    if g.get("rm"):  # 从上个月到今天
        first = _add_months(end.replace(day=1), lexicon.RELATIVE_MONTHS[g["rm"]])
        return _span(first, end)
    y = _year(m, ref_year)
    if not y:
        return ""
    mo = _num(g["m"]) if g.get("m") else 1
    d = _num(g["d"]) if g.get("d") else 1
    start = date(y, mo, d)
    after = m.string[m.end():m.end() + 12]
    if end < start or any(w in after for w in lexicon.EFFECTIVE_VERBS):
        # 自2019年5月30日起调整部分邮费: the day a change takes effect, not a span
        return start.isoformat() if g.get("d") else f"{y:04d}-{mo:02d}" if g.get("m") else f"{y:04d}"
    return _span(start, end)


def _p_lunar(m, ref_year, ref, item_day):
    g = m.groupdict()
    y = _year(m, ref_year) if (g.get("y") or g.get("ys") or g.get("rel")) else None
    y = y or _year(m, ref_year, "y2") or ref_year
    if not y:
        return ""
    month = g.get("lm") or g.get("lm2") or g.get("lm3") or "正"
    day = g.get("ld") or g.get("ld2") or g.get("ld3") or g.get("ld4")
    leap = bool(g.get("leap"))
    if day:
        solar = lunar_to_solar(y, _lunar_number(month), _lunar_number(day), leap)
        return solar.isoformat() if solar else ""
    return lunar_month_span(y, _lunar_number(month), leap)


def _p_holiday(m, ref_year, ref, item_day):
    g = m.groupdict()
    y = _year(m, ref_year)
    if not y:
        return ""
    first = _holiday_day(g["hol"], y)
    if first is None:
        return ""
    if g.get("hol2"):  # 去年春节到元宵节
        last = _holiday_day(g["hol2"], y)
        return _span(first, last) if last else ""
    return first.isoformat()


@functools.lru_cache(maxsize=256)
def holiday_break(name: str, year: int) -> str:
    """The official break of a public holiday in ``year``, as an ISO day range:
    ``holiday_break("国庆", 2024)`` → ``"2024-10-01/2024-10-07"``; ``("五一", 2022)`` →
    ``"2022-04-30/2022-05-04"``; ``("中秋国庆", 2023)`` → ``"2023-09-29/2023-10-06"``.

    ``name`` is a key of lexicon.HOLIDAY_BREAKS.  The days come from the
    State Council's yearly notices as the chinesecalendar package keeps them
    (2004 to the coming year): the run of consecutive days off that holds the
    holiday, weekends inside it included.  "" when the year is outside that
    table, when 中秋国庆 (双节) were two breaks that year, or when the package is
    missing.  Imported on first use.
    """
    key = lexicon.HOLIDAY_BREAKS.get(name)
    if key is None:
        return ""
    try:
        from chinese_calendar.constants import holidays
    except ImportError:  # pragma: no cover - a core dependency
        return ""
    wanted = {lexicon.HOLIDAY_BREAK_NAMES[k] for k in (("中秋", "国庆") if key == "中秋国庆" else (key,))}
    days = sorted(d for d, v in holidays.items() if v in wanted
                  and ((d.year == year and (key != "元旦" or d.month == 1))
                       or (key == "元旦" and d.year == year - 1 and d.month == 12)))
    if not days or (key == "中秋国庆" and {holidays[d] for d in days} != wanted):
        return ""
    one = timedelta(days=1)
    if any(days[0] + one * i not in holidays for i in range((days[-1] - days[0]).days + 1)):
        return ""  # not one run of days off
    first, last = days[0], days[-1]
    while first - one in holidays:
        first -= one
    while last + one in holidays:
        last += one
    return _span(first, last)


def _p_holiday_break(m, ref_year, ref, item_day):
    y = _year(m, ref_year)
    return holiday_break(m["hol"], y) if y else ""


def _p_month_range_years(m, ref_year, ref, item_day):
    g = m.groupdict()
    y, y2 = _year(m, ref_year), _year(m, ref_year, "y2")
    m1, m2 = _num(g["m"]), _num(g["m2"])
    if not (y and y2 and 1 <= m1 <= 12 and 1 <= m2 <= 12) or (y, m1) >= (y2, m2):
        return ""
    return f"{y:04d}-{m1:02d}/{y2:04d}-{m2:02d}"


def _p_year_month_range(m, ref_year, ref, item_day):
    g = m.groupdict()
    y = int(g["y"])
    if g.get("y2"):
        y2 = int(g["y2"])
    else:  # 1985到89年: the second year in the first one's century
        y2 = y // 100 * 100 + int(g["y2s"])
        y2 += 100 if y2 < y else 0
    m2 = _num(g["m2"])
    if not 1 <= m2 <= 12 or y2 <= y:
        return ""
    return f"{y:04d}-01/{y2:04d}-{m2:02d}"


def _p_xun(m, ref_year, ref, item_day):
    g = m.groupdict()
    y, mo = _year(m, ref_year), _num(g["m"])
    if not y:
        return ""
    a, b = lexicon.DECADES_OF_MONTH[g["xun"]]
    b = min(b, calendar.monthrange(y, mo)[1])
    return _span(date(y, mo, a), date(y, mo, b))


def _p_nth_weekday(m, ref_year, ref, item_day):
    g = m.groupdict()
    y, mo, n = _year(m, ref_year), _num(g["m"]), _num(g["n"])
    if not y:
        return ""
    first = date(y, mo, 1)
    shift = (lexicon.WEEKDAYS[g["wd"]] - first.isoweekday()) % 7
    day = first + timedelta(days=shift + 7 * (n - 1))
    return day.isoformat() if day.month == mo else ""


def _p_rel_month_day(m, ref_year, ref, item_day):
    g = m.groupdict()
    if ref is None or not ref.month:
        return ""
    first = _add_months(date(ref.year, ref.month, 1), lexicon.RELATIVE_MONTHS[g["rm"]])
    return first.replace(day=_num(g["d"])).isoformat()


def _p_month_part(m, ref_year, ref, item_day):
    g = m.groupdict()
    y = _year(m, ref_year)
    if not y:
        return ""
    if g.get("first"):  # 首月
        return f"{y:04d}-01"
    if g.get("nth"):  # 第8个月
        n = _num(g["nth"])
        return f"{y:04d}-{n:02d}" if 1 <= n <= 12 else ""
    if g.get("last"):  # 后三月
        n = _num(g["last"])
        return f"{y:04d}-{13 - n:02d}/{y:04d}-12" if 1 <= n <= 11 else ""
    n = _num(g["nq"])  # 前两个季度
    return f"{y:04d}-01/{y:04d}-{3 * n:02d}" if 1 <= n <= 3 else ""


def _p_recent(m, ref_year, ref, item_day):
    g = m.groupdict()
    end = _ref_day(ref, item_day)
    if end is None:
        return ""
    n, unit = _num(g["n"]), g["u"]
    if unit in ("天", "日"):
        start = end - timedelta(days=n)
    elif unit in ("周", "个星期"):
        start = end - timedelta(days=7 * n)
    else:
        start = _add_months(end, -n)
    return _span(start, end)


def _p_years_ago(m, ref_year, ref, item_day):
    n = _num(m.group("n"))
    return f"{ref_year - n:04d}" if ref_year and 1 <= n <= 50 else ""


def _p_this_next_years(m, ref_year, ref, item_day):
    return f"{ref_year:04d}/{ref_year + 1:04d}" if ref_year else ""


def _p_decade(m, ref_year, ref, item_day):
    dec, century = m.group("dec"), (m.groupdict().get("cent") or "19")
    tens = int(dec[0]) if dec[0].isdigit() else _num(dec[0])
    return f"{century}{tens}0/{century}{tens}9"


def _p_two_years_ago(m, ref_year, ref, item_day):
    return f"{ref_year - 2:04d}" if ref_year else ""


_DAY_HEAD = recache.compile(r"(?<!\d)(?:(\d{1,2})月)?(\d{1,2})日(?=[，,])")


def _p_rel_day(m, ref_year, ref, item_day):
    day = _ref_day(ref, item_day)  # 今天 in an item is the item's day
    told = list(_DAY_HEAD.finditer(m.string, 0, m.start()))
    if told and ref_year and ref and ref.month and not item_day:
        # 3日，记者到…采访。…“今天一下子来了5封”: the day the item tells of
        month = int(told[-1].group(1) or ref.month)
        day = date(ref_year, month, int(told[-1].group(2)))
    elif m.string.count("“", 0, m.start()) > m.string.count("”", 0, m.start()) and not item_day:
        return ""  # “今天有150多件”: someone's today, on a day the item does not tell
    return (day + timedelta(days=lexicon.RELATIVE_DAYS[m.group("rd")])).isoformat() if day else ""


def _p_last_week(m, ref_year, ref, item_day):
    day = _ref_day(ref, item_day)
    if day is None:
        return ""
    monday = day - timedelta(days=day.weekday() + 7)
    if m.group("wd"):  # 上个礼拜天
        return (monday + timedelta(days=lexicon.WEEKDAYS[m.group("wd")] - 1)).isoformat()
    return _span(monday, monday + timedelta(days=6))


def _p_bare_day(m, ref_year, ref, item_day):
    if ref is None or not ref.month or not ref_year:
        return ""
    clause = m.string[m.end() + 1:].split("，", 1)[0].split("。", 1)[0]
    if any(w in clause for w in lexicon.EVENT_VERBS + lexicon.NARRATIVE_WORDS):
        return ""  # 3日，记者到…采访; 10日，…举行见面会: the day of an event, not of figures
    day, month = int(m.group("d")), ref.month
    last = None
    for last in _MONTH_DAY_BEFORE.finditer(m.string, max(0, m.start() - 120), m.start()):
        pass
    if last is not None and "\n" not in m.string[last.end():m.start()] and int(last["d"]) <= day \
            and 1 <= int(last["m"]) <= 12:
        month = int(last["m"])  # 11月11日…13日起: the month of the day before it in the paragraph
    try:
        return date(ref_year, month, day).isoformat()
    except ValueError:
        return ""


#: a month and day written out (11月11日), before a bare day of the same month
_MONTH_DAY_BEFORE = recache.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]")


#: resolution of the period kinds added for spans, relative days, lunar dates
#: and holidays: name → function(match, year, Reference, item day) → period
_EXTENDED = {
    "ym_range_digits": _p_digits, "ymd_digits": _p_digits, "since": _p_since, "lunar": _p_lunar,
    "holiday": _p_holiday, "holiday_range": _p_holiday, "holiday_break": _p_holiday_break, "shopping_day": _p_holiday, "month_range_years": _p_month_range_years,
    "year_month_range": _p_year_month_range, "xun": _p_xun, "nth_weekday": _p_nth_weekday,
    "rel_month_day": _p_rel_month_day, "month_part": _p_month_part, "recent": _p_recent,
    "years_ago": _p_years_ago, "this_next_years": _p_this_next_years, "two_years_ago": _p_two_years_ago,
    "decade": _p_decade,
    "rel_day": _p_rel_day, "last_week": _p_last_week, "bare_day": _p_bare_day,
}


def is_daily(clause_left: str) -> bool:
    """True when the words before a figure in its clause make it a daily figure."""
    return any(w in clause_left for w in lexicon.DAILY_WORDS)


_DATELINE = recache.compile(r"^(?:[（(][^）)]{0,30}[）)])?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
                       r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日")
_WIRE_DATELINE = recache.compile(r"^[^，。（(]{0,14}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|讯)")
#: an event day in the item's first clause (澳门邮电局于10月9日推出…): the item's date
#: when it has no dateline (held-out 308)
_EVENT_DAY = recache.compile(r"^[^，。；：“”]{2,20}?于(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?![至到—\-~])")
_MARKER = recache.compile(r"^(?:【?[^】，。]{0,6}?讯】?|[^，。]{0,12}?\d{1,2}月\d{1,2}日电)")


def dateline_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the item's dateline (本报讯 3月17日，…), if it has one.

    The dateline is the first month/day after the item marker and an optional
    parenthesised reporter credit, e.g. 本报讯（通讯员马燕 北京记者吴玉兰）3月20日.
    """
    wire = _WIRE_DATELINE.match(text[:40])
    if wire:  # 人民网北京5月26日电
        return _num(wire.group("m")), _num(wire.group("d"))
    head = _MARKER.sub("", text[:60], count=1)
    m = _DATELINE.match(head) or _EVENT_DAY.match(head.lstrip())
    if not m:
        return None
    try:
        month, day = _num(m.group("m")), _num(m.group("d"))
    except ValueError:
        return None
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def dateline(text: str, ref_year: int | None) -> date | None:
    """The item's dateline as a date in ``ref_year``; None without a year."""
    md = dateline_month_day(text)
    if ref_year is None or md is None:
        return None
    try:
        return date(ref_year, *md)
    except ValueError:
        return None


#: an item that opens with a bare day (5日，国家邮政局…; 5日消息，…; 在19日上午举行的…)
_BARE_DATELINE = recache.compile(r"^(?:在)?(?P<d>\d{1,2})日(?:消息|电|讯)?(?:[上下]午|晚|早|凌晨)?(?:[，,]|举行|召开)")


def reporters_day(text: str) -> bool:
    """Whether the item's first clause tells of a reporter's visit (3日，记者来到…采访;
    lexicon.NARRATIVE_WORDS): its day dates the story, not the figures."""
    head = _MARKER.sub("", text[:60], count=1).lstrip()
    clause = re.split("[，。；]", head, maxsplit=2)
    first = clause[1] if len(clause) > 1 else head
    return any(w in first for w in lexicon.NARRATIVE_WORDS)


def bare_dateline(text: str, reference: Reference | None) -> date | None:
    """The day of an item that opens with a bare day (5日，…) on a page dated
    ``reference``: that day of the page's month, or of the month before when the
    day is later than the page's (a roundup printed on the 20th tells of the 5th to
    the 19th).  None without a bare day or without the page's month and day."""
    if reference is None or not reference.month or not reference.day:
        return None
    head = _MARKER.sub("", text[:60], count=1).lstrip()
    m = _BARE_DATELINE.match(head)
    if m is None:
        return None
    d = int(m.group("d"))
    year, month = reference.year, reference.month
    if d > reference.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, d)
    except ValueError:
        return None


#: a full date as printed on a page: 2025年6月19日, 2024-07-25, 2024/01/30, 2023.11.14
PAGE_DATE = recache.compile(r"(?P<y>(?:19|20)\d{2})(?:年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                       r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}?)(?:(?=\d{1,2}:\d{2})|(?!\d)))")
#: a date line written day first, as Hong Kong and European sites print it (07/01/2026 15:24 經濟通,
#: 27.02.2018  11:35)
DAY_FIRST_DATE = recache.compile(r"^(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?:(?=\d{1,2}:\d{2})|(?!\d))")
#: (2024-5-610:37: a date line whose space before the time was taken out is still that day)
_FULL_DATE = PAGE_DATE
_YEAR_MONTH = recache.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月")
#: a year written without 年 before a name (当天，2023六盘水市首届城市灯光美食节开幕)
_BARE_YEAR = LazyPattern(r"(?<![\d.])((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?![年月日号件元个家人单次万亿千百十余多])")
_YEAR_ONLY = recache.compile(r"(?P<y>(?:19|20)\d{2})年")
#: a year of the Republic of China calendar used in Taiwan (113年1至8月 = 2024)
_ROC_YEAR = LazyPattern(r"(?<![\d.])(1[01]\d)年(?=\d{1,2}[月至到\-]|[底初度]|全年|以来|[，,])")
_MONTH_DAY = recache.compile(r"(?<![年\d])(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


#: 公布103年郵政統計, 发布2023年邮政行业统计公报, 发布《2019年中国快递发展指数报告》, 公布的《2023年…公报》: a whole year's statistics published
_ANNUAL_REPORT = recache.compile("(?:" + "|".join(lexicon.PUBLISH_VERBS) + r")[了的]?[《“]?(?P<y>(?:19|20)\d{2}|1[01]\d)年度?"
                            r"(?:全年)?[^，。；\d月季半》”]{0,8}?(?:" + "|".join(lexicon.ANNUAL_REPORT_WORDS) + ")")


#: a year an item compares with (与2022年国庆长假相比, 与2021年同比, 较2019年, 比2020年同期)
_COMPARED_WITH_YEAR = recache.compile(
    "(?:" + recache.alternation(lexicon.BASIS_TIME_BEFORE) + r")(?P<y>(?:19|20)\d{2})年[^，。；]{0,12}?(?:"
    + recache.alternation(lexicon.BASIS_TIME_AFTER + lexicon.BASIS_TIME_RIGHT_AFTER) + r")|[较比](?P<y2>(?:19|20)\d{2})年")


def compared_years(text: str) -> list[int]:
    """The years ``text`` compares its figures with (与2022年国庆长假相比 → 2022): an item that
    compares with a year is of a later one."""
    return [int(m["y"] or m["y2"]) for m in _COMPARED_WITH_YEAR.finditer(text)]


def annual_report_of(year: int, text: str) -> bool:
    """Whether ``text`` says the statistics of the whole year ``year`` were published
    (their page is then of a later year)."""
    for m in _ANNUAL_REPORT.finditer(text):
        y = int(m["y"])
        if (y + 1911 if y < 200 else y) == year:
            return True
    return False


def line_day(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) a date line gives (2025年6月19日 生活报, 2023-10-07 来源：新京报, and day first
    as Hong Kong and European sites print it: 22.12.2016  20:04), or None when it gives no real day."""
    if m := DAY_FIRST_DATE.match(line.strip()):
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    elif (m := PAGE_DATE.search(line)) and (m["m"] or m["m2"]):
        year, month, day = int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    else:
        return None
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


#: a date line's year and month, when it gives no day (发布时间：2020年3月, 2022/08)
_LINE_MONTH = recache.compile(r"(?P<y>(?:19|20)\d{2})(?:年|[-/.])(?P<m>\d{1,2})(?:月|\s*$)")


def line_month(line: str) -> tuple[int, int] | None:
    """(year, month) a date line gives when it gives no day (发布时间：2020年3月,
    winandmac.com  2022/08), else None."""
    m = _LINE_MONTH.search(line)
    return (int(m["y"]), int(m["m"])) if m is not None and 1 <= int(m["m"]) <= 12 else None


def infer_reference(meta_lines: list[str], datelines: list[tuple[int, int]], text: str) -> Reference | None:
    """The page's reference date when none is given.

    1. a date line printed on the page (2025年6月19日 生活报, 22.12.2016 20:04), else one that
       gives its month only (发布时间：2020年3月) → ``page``;
    2. else the latest explicit year Y of the text that it does not only compare with (与2019年
       同期相比 does not date a page) nor sets as a target (到2028年) (a 民國 year such as 113年
       counts as 1911 + 113); when the text also dates
       something in a month of Y later than the month of its datelines
       (3月17日 …, but 2022年5月 already past), the page is from Y+1;
       the month and day are those of the latest dateline → ``inferred``;
    3. else None (relative periods then stay empty).
    """
    for line in meta_lines:
        if (day := line_day(line)) is not None:
            return Reference(*day, source="page")
    for line in meta_lines:  # 发布时间：2020年3月: the month the page was printed in
        if (month := line_month(line)) is not None:
            return Reference(*month, source="page")
    years = [int(m["y"]) for m in _YEAR_ONLY.finditer(text) if not _target_year(text, m.start())] or \
        [1911 + int(m.group(1)) for m in _ROC_YEAR.finditer(text)] or \
        [int(m.group(1)) for m in _BARE_YEAR.finditer(text)]
    if not years:
        return None
    # a year the page only compares with (与2019年同期相比) is not its year: the page is of a later
    # one it does not say
    stated = Counter(years) - Counter(compared_years(text))
    if not stated:
        return None
    year = max(stated)
    if annual_report_of(year, text):
        return Reference(year + 1, source="inferred")
    months = list(datelines)
    if months:
        month, day = max(months)
        later = [int(m["m"]) for m in _YEAR_MONTH.finditer(text) if int(m["y"]) == year]
        if later and max(later) > month:
            year += 1
        return Reference(year, month, day, source="inferred")
    return Reference(year, source="inferred")


def _target_year(text: str, at: int) -> bool:
    """Whether the year at ``at`` is a target (到2028年, 预计2030年; lexicon.TARGET_TIME_BEFORE),
    not the end of a range (2019年到2023年): a target never dates a page."""
    for word in lexicon.TARGET_TIME_BEFORE:
        if text.endswith(word, 0, at):
            return not text.endswith("年", 0, at - len(word))
    return False


def parse_issue_date(value: date | str | None) -> Reference | None:
    """``--issue-date`` as a :class:`Reference`; ISO string or ``date``.

    Raises ``ValueError`` for a string that is not an ISO date (YYYY-MM-DD).
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise ValueError(f"issue_date must be YYYY-MM-DD, not {value!r}")
        value = date.fromisoformat(value.strip())
    return Reference(value.year, value.month, value.day, source="given")

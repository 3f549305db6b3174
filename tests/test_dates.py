"""Periods, datelines and the page's reference date (postmetrics.dates, through extract)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import postmetrics
from postmetrics import dates
from postmetrics.dates import Reference, dateline, find_periods, infer_reference, parse_issue_date

DATA = Path(__file__).parent / "data"


def xfail(*case, reason, id):
    return pytest.param(*case, id=id, marks=pytest.mark.xfail(strict=True, reason=reason))


# (text with one figure, issue_date, period of that figure)
PERIODS = [
    pytest.param("本报讯 2022年，全市快递业务量完成5000万件。", "2023-03-01", "2022", id="year"),
    pytest.param("本报讯 2022年全年，全市揽收包裹300万件。", "2023-12-10", "2022", id="whole-year"),
    pytest.param("本报讯 去年，全市快递业务量完成500万件。", "2023-05-01", "2022", id="last-year"),
    pytest.param("本报讯 今年以来，截至3月20日，邮寄业务量达1.5万件。", "2023-03-23",
                 "2023-01-01/2023-03-20", id="this-year-until-day"),
    # held-out 106: N月以来 runs from the 1st of that month to the page's (or item's) day
    pytest.param("据洛川县邮政分公司负责人介绍，9月以来，该分公司已寄递苹果68万件。", "2023-10-19",
                 "2023-09-01/2023-10-19", id="since-month"),
    pytest.param("本报讯 自9月份以来，该分公司已寄递苹果68万件。", "2023-10-19",
                 "2023-09-01/2023-10-19", id="since-month-fen"),
    pytest.param("本报讯 9月以来，该分公司已寄递苹果68万件。", None, "", id="since-month-without-a-day"),
    pytest.param("【本報訊】澳門郵電局於10月9日推出新郵票，當日共售出郵票逾1.2萬套。", "2024-11-20",
                 "2024-10-09", id="same-day-as-the-event"),
    pytest.param("本报讯 截至3月底，全市快递业务量完成500万件。", "2023-05-01", "2023-01/2023-03", id="until-month-end"),
    pytest.param("本报讯 截至今年3月底，全市快递业务量完成500万件。", "2023-05-01", "2023-01/2023-03",
                 id="until-this-year-month-end"),
    pytest.param("本报讯 1-10月，全市快递业务量完成3441.89万件。", "2023-11-15", "2023-01/2023-10", id="month-run"),
    pytest.param("本报讯 今年1至5月，全市揽收包裹300万件。", "2023-06-10", "2023-01/2023-05", id="month-run-zhi"),
    pytest.param("本报讯 2021年1-9月，全市快递业务量完成500万件。", "2023-05-01", "2021-01/2021-09",
                 id="month-run-with-year"),
    pytest.param("本报讯 2018年11月，全市揽收包裹300万件。", "2023-05-01", "2018-11", id="month"),
    pytest.param("本报讯 2023年3月，全市快递业务量完成500万件。", "2023-05-01", "2023-03", id="month-2023"),
    pytest.param("本报讯 今年一季度，全市快递业务量完成860万件。", "2023-04-12", "2023-01/2023-03", id="first-quarter"),
    pytest.param("本报讯 首季，全县保险保费收入达500万元。", "2023-04-12", "2023-01/2023-03", id="shouji"),
    pytest.param("本报讯 二季度，全市揽收包裹300万件。", "2023-08-01", "2023-04/2023-06", id="second-quarter"),
    # set 39's 3909: a bare half or quarter of a company whose fiscal year is not the calendar's
    # is that part of its fiscal year, the last to end before the report
    pytest.param("新加坡邮政(Singapore Post)上半年净亏990万元。", "2022-11-04", "2022-04/2022-09",
                 id="fiscal-half-singpost"),
    pytest.param("新邮政星期四发布业务报告，集团第三季营业盈利报2110万元。", "2025-02-20",
                 "2024-10/2024-12", id="fiscal-quarter-singpost"),
    pytest.param("联邦快递公布第一季度业绩，营收218亿美元。", "2023-09-25", "2023-06/2023-08",
                 id="fiscal-quarter-fedex"),
    pytest.param("顺丰控股上半年营收1300亿元。", "2022-11-04", "2022-01/2022-06", id="calendar-half"),
    pytest.param("本报讯 第四季度，全市揽收包裹300万件。", "2023-08-01", "2023-10/2023-12", id="fourth-quarter"),
    pytest.param("本报讯 上一季度，全区快递业务量完成860万件。", "2023-11-30", "2023-07/2023-09", id="last-quarter"),
    pytest.param("本报讯 上一季度，全区快递业务量完成860万件。", "2023-02-10", "2022-10/2022-12",
                 id="last-quarter-across-year"),
    pytest.param("本报讯 上半年，全区快递业务量完成860万件。", "2023-08-10", "2023-01/2023-06", id="first-half"),
    pytest.param("本报讯 去年上半年，全区快递业务量完成860万件。", "2023-08-10", "2022-01/2022-06", id="last-year-half"),
    pytest.param("本报讯 今年下半年，全市揽收包裹300万件。", "2023-12-10", "2023-07/2023-12", id="this-year-second-half"),
    pytest.param("本报讯 下半年，全市揽收包裹300万件。", "2023-12-10", "2023-07/2023-12", id="second-half"),
    pytest.param("本报讯 今年前三季度，全区快递业务量完成860万件。", "2023-10-20", "2023-01/2023-09",
                 id="this-year-three-quarters"),
    pytest.param("本报讯 前三季度，全区快递业务量完成860万件。", "2023-10-20", "2023-01/2023-09", id="three-quarters"),
    pytest.param("本报讯 9月10日到9月25日，全市揽收寄递邮件120万件。", "2020-10-08", "2020-09-10/2020-09-25",
                 id="day-run"),
    pytest.param("本报讯 2014年至2016年，该局业务收入累计完成2.3亿元。", "2017-01-10", "2014/2016", id="year-run"),
    pytest.param("本报讯 2021年至2025年，全市计划新增网点300个。", "2023-05-01", "2021/2025", id="plan-years"),
    pytest.param("本报讯 2024年内，该中心将新增投递车辆30辆。", "2024-02-01", "2024", id="within-year"),
    pytest.param("本报讯 该网点日均揽收包裹3000件。", "2023-05-01", "daily", id="daily-rijun"),
    pytest.param("本报讯 该网点每天揽收包裹3000件。", "2023-05-01", "daily", id="daily-meitian"),
    pytest.param("本报讯 2022年5月6日，该网点揽收包裹3000件。", "2023-05-01", "2022-05-06", id="day"),
    pytest.param("本报讯 2023年11月1日至11日，全市揽收包裹3000万件。", "2023-11-20", "2023-11-01/2023-11-11",
                 id="day-run-same-month"),
    pytest.param("本报讯 春节期间（2月10日至17日），全市揽收包裹300万件。", "2024-02-20", "2024-02-10/2024-02-17",
                 id="day-run-in-brackets"),
    pytest.param("本报讯 二〇一五年全国邮政工作会议日前在北京举行。会议指出，去年全国快递业务量完成140亿件。", None,
                 "2014", id="event-year-last-year"),
    pytest.param("本报讯 今年，全市揽收包裹300万件。", None, "", id="no-year-known"),
    pytest.param("本报讯 今年3月，全市快递业务量完成500万件。", "2023-05-01", "2023-03", id="this-year-month"),
    pytest.param("本报讯 2014年底，全市共有网点300个。", "2023-05-01", "2014-12-31", id="year-end-stock"),
    # held-out 704, 712: 年末 in a year's report dates what there is at its end
    pytest.param("2023年，全省邮政行业稳步发展。年末邮路总长度（单程）16.8万公里。", "2024-05-20", "2023-12-31",
                 id="bare-year-end-stock"),
    # held-out 206: 年底前 is a deadline, not the day a stock is counted
    pytest.param("本报讯 2024年，鼓楼区将在年底前新建服务站8个。", "2024-07-01", "2024", id="before-year-end"),
    # held-out 710: a month heading its clause
    pytest.param("本报讯（通讯员 邝伟健）8月，广州市邮政分公司邮政标快业务量完成612万件。", "2024-09-04", "2024-08",
                 id="month-heading-clause"),
    # held-out 701, 609: what is counted under 截至…底 is a stock, dated on the day
    pytest.param("本报讯 截至6月底，宁波邮政智能快件箱格口数达到4.6万个。", "2024-07-23", "2024-06-30",
                 id="counted-under-until-month"),
    pytest.param("本报讯 截至6月底，累计寄递邮件4.6万件。", "2024-07-23", "2024-01/2024-06",
                 id="flow-under-until-month"),
    # held-out 706: a day before 单日 dates the figure
    pytest.param("本报讯 6月2日单日揽收量达108万件，创历史新高。", "2024-06-05", "2024-06-02", id="single-day"),
    # held-out 704: 年末 heads its sentence and carries to the next
    pytest.param("2023年，全省邮政行业稳步发展。年末邮路总长度有所增加。全省拥有邮政信筒信箱3210个。", "2024-05-20",
                 "2023-12-31", id="year-end-carries"),
    # held-out 710: a period after the marker's credit heads the sentence and carries on
    pytest.param("本报讯（通讯员 邝伟健）8月，广州市邮政分公司业务稳步增长。分区域看，白云区标快业务量达148万件。",
                 "2024-09-04", "2024-08", id="head-after-credit"),
    # held-out 802: a month with no year, 份 or comma, in a report of that year
    pytest.param("本报讯 2025年一季度，快递行业稳步增长。3月全国快递业务量完成165.6亿件。", "2025-04-18", "2025-03",
                 id="bare-month"),
    # held-out 801: 当月 in a monthly report is the month reported, not the page's
    pytest.param("本报讯 10月，公司业务平稳。公司当月市场份额约为13.0%。", "2024-11-18", "2024-10",
                 id="this-month-is-the-month-reported"),
    # held-out 1112: a list of periods heading a sentence does not carry to the next
    pytest.param("本报讯 上半年，全省快递业务稳步增长。一季度、二季度快递业务量逐季攀升。"
                 "成都市快递业务量完成13.1亿件。", "2024-07-20", "2024-01/2024-06", id="list-of-periods-heads-nothing"),
    # held-out 1008: a short line dating the list below it is not a subheading to drop
    pytest.param("本报讯 到2027年，全省将基本建成覆盖城乡、便捷高效的现代寄递物流体系，\n"
                 "寄递服务能力和水平显著提升，更好地服务全省经济社会发展大局。\n"
                 "【数据链接】2023年主要指标\n·人均快递使用量：60.7件\n"
                 "·全省营业网点保持稳定，各项服务平稳有序，群众满意度持续提高。\n", "2024-03-05",
                 "2023", id="year-line-above-a-list"),
    # held-out 712, 806: compared with last year's end, a figure is a stock at this year's end
    pytest.param("本报讯 2024年，邮储银行资产总额17.08万亿元，较上年末有所增长。", "2025-04-20", "2024-12-31",
                 id="compared-with-last-year-end"),
    # held-out 908: 今年 after an earlier 2024年 in the same sentence is still the page's year
    pytest.param("本报讯 2024年邮政业务稳步发展，今年1-3月寄递5800余件。",
                 "2025-04-18", "2025-01/2025-03", id="this-year-after-another-year"),
    # held-out 904: OCR reads 日 as 曰 in a dateline (1 月 5 曰)
    pytest.param("本 报 讯 1 月 5 曰 一 早 ，北京市邮政分公司当天售出生肖邮票7.8万枚。", "2024-01-09", "2024-01-05",
                 id="ocr-day-character"),
    # held-out 1210, 1213: 前10月 / 首11月 without 个 are the first months of the year
    pytest.param("本报讯 2023年前10月，江苏快递业务量超70亿件。", "2023-11-20", "2023-01/2023-10", id="first-months-without-ge"),
    # held-out 1207: 当天 after a day named in the text is that day, not the item's dateline
    pytest.param("中新网2月18日电 国家邮政局数据显示，2月17日是春节假期最后一天，当天揽收快递包裹3.17亿件。",
                 "2024-02-18", "2024-02-17", id="same-day-as-the-day-named"),
    # held-out 1011: a Taiwan page with only 民國 years (113年 = 2024)
    pytest.param("中华邮政公布113年1至8月营运概况。1至8月包裹及快捷邮件3亿3,940万件。", None, "2024-01/2024-08",
                 id="roc-year-gives-the-reference"),
    # held-out 708: a period after 发布数据： still heads the sentence, and carries to the next
    pytest.param("本报讯 7月18日，福建省邮政管理局发布数据：1-6月，全省快递业务稳步增长。分城市看，泉州市快递业务量完成9.8亿件。",
                 "2024-07-24", "2024-01/2024-06", id="head-after-colon-frame"),
]


@pytest.mark.parametrize(("text", "issue_date", "period"), PERIODS)
def test_period_of_figure(text, issue_date, period):
    assert [f.period for f in postmetrics.extract(text, issue_date=issue_date)] == [period]


# Time expressions added to the grammar (digits, two-digit years, relative days,
# spans to the reference day, parts of months, ranges, holidays, lunar dates):
# (time heading the sentence, issue_date, period of the figure)
_T = "本报讯 {}，全省快递业务量完成12.5万件。"
GRAMMAR = [
    # digits
    pytest.param(_T.format("2019/04/19"), "2021-06-14", "2019-04-19", id="digits-slash"),
    pytest.param(_T.format("2019.9.6"), "2021-06-14", "2019-09-06", id="digits-dot"),
    pytest.param(_T.format("1994.01-19"), "2021-06-14", "1994-01-19", id="digits-mixed"),
    pytest.param(_T.format("1999.08-2002.02"), "2021-06-14", "1999-08/2002-02", id="digits-month-run"),
    pytest.param(_T.format("2008.03-2009"), "2021-06-14", "2008-03/2009-12", id="digits-month-to-year"),
    pytest.param(_T.format("2018"), "2021-06-14", "2018", id="digits-bare-year"),
    # two-digit years: 20yy up to a year past the reference year, else 19yy
    pytest.param(_T.format("15年3月2日"), "2021-06-14", "2015-03-02", id="yy-day"),
    pytest.param(_T.format("98年4月"), "1997-07-01", "1998-04", id="yy-month-next-year"),
    pytest.param(_T.format("91年5月"), "2021-06-14", "1991-05", id="yy-month-last-century"),
    pytest.param(_T.format("07年第三季度"), "2008-03-02", "2007-07/2007-09", id="yy-quarter"),
    pytest.param(_T.format("九七年一季度"), "1999-09-02", "1997-01/1997-03", id="yy-words-quarter"),
    pytest.param(_T.format("零七年八月二十九号"), "2017-10-30", "2007-08-29", id="yy-words-day"),
    pytest.param(_T.format("五八年前七个月"), "1970-01-01", "1958-01/1958-07", id="yy-first-months"),
    pytest.param(_T.format("1985到89年9月"), "2020-01-01", "1985-01/1989-09", id="year-to-yy-month"),
    # relative days, months and years
    pytest.param(_T.format("今天"), "2021-06-14", "2021-06-14", id="today"),
    pytest.param(_T.format("前天"), "2021-09-01", "2021-08-30", id="day-before-yesterday"),
    pytest.param(_T.format("上个月15号"), "2021-06-14", "2021-05-15", id="last-month-day"),
    pytest.param(_T.format("下月九号"), "2021-12-14", "2022-01-09", id="next-month-day-across-year"),
    pytest.param(_T.format("本月9日"), "2021-06-14", "2021-06-09", id="this-month-day"),
    pytest.param(_T.format("30日"), "2021-06-14", "2021-06-30", id="bare-day"),
    # a year without its 年 before a half (到2018上半年; set 45's 4507)
    pytest.param(_T.format("2018上半年"), "2021-06-14", "2018-01/2018-06", id="year-without-nian-half"),
    # a decade (上世纪80年代, 九十年代初, 1990年代): its ten years (set 43's 4308)
    pytest.param(_T.format("上世纪80年代"), "2021-06-14", "1980/1989", id="decade-digits"),
    pytest.param(_T.format("九十年代初"), "2021-06-14", "1990/1999", id="decade-numerals"),
    pytest.param(_T.format("1990年代"), "2021-06-14", "1990/1999", id="decade-full"),
    pytest.param(_T.format("去年3月3号"), "1966-01-01", "1965-03-03", id="last-year-day"),
    pytest.param(_T.format("明年3月份"), "2021-06-14", "2022-03", id="next-year-month"),
    pytest.param(_T.format("上一年"), "2021-06-14", "2020", id="previous-year"),
    pytest.param(_T.format("三年前"), "2021-06-14", "2018", id="years-ago"),
    pytest.param(_T.format("今明两年"), "2021-06-14", "2021/2022", id="this-and-next-year"),
    # parts of a period
    pytest.param(_T.format("2005年首月"), "2021-06-14", "2005-01", id="first-month"),
    pytest.param(_T.format("二零二一年后三月"), "2021-06-14", "2021-10/2021-12", id="last-three-months"),
    pytest.param(_T.format("70年第8个月"), "1965-10-01", "1970-08", id="nth-month"),
    # ranges
    pytest.param(_T.format("2017年五月至2018年四月"), "2021-06-14", "2017-05/2018-04", id="months-across-years"),
    pytest.param(_T.format("从2008年——2018年"), "2021-06-14", "2008/2018", id="years-doubled-dash"),
    pytest.param(_T.format("从2018年12月九号到十五号"), "2021-06-14", "2018-12-09/2018-12-15", id="days-in-words"),
    pytest.param(_T.format("2019年4月12-19日"), "2020-01-01", "2019-04-12/2019-04-19", id="days-dash"),
    pytest.param(_T.format("2018年2——4月"), "2021-06-14", "2018-02/2018-04", id="months-doubled-dash"),
    pytest.param(_T.format("2019年1-五月"), "2020-01-01", "2019-01/2019-05", id="months-mixed-numerals"),
    pytest.param(_T.format("9月10号，11号，12号，13号"), "2021-06-14", "2021-09-10/2021-09-13", id="listed-days"),
    # spans to the reference day
    pytest.param(_T.format("二〇一九年5月8日起"), "2021-06-14", "2019-05-08/2021-06-14", id="since-day"),
    pytest.param(_T.format("从去年9月起"), "2021-06-14", "2020-09-01/2021-06-14", id="since-last-year-month"),
    pytest.param(_T.format("从2001年起至今"), "2021-06-14", "2001-01-01/2021-06-14", id="since-year-until-now"),
    pytest.param(_T.format("从上个月到今天"), "2021-06-14", "2021-05-01/2021-06-14", id="last-month-to-today"),
    pytest.param(_T.format("近三个月"), "2021-06-14", "2021-03-14/2021-06-14", id="recent-months"),
    # parts of a month, weeks
    pytest.param(_T.format("1999年7月下旬"), "2021-06-14", "1999-07-21/1999-07-31", id="xia-xun"),
    pytest.param(_T.format("去年6月上旬"), "2021-01-01", "2020-06-01/2020-06-10", id="shang-xun-last-year"),
    pytest.param(_T.format("上周"), "2021-06-14", "2021-06-07/2021-06-13", id="last-week"),
    pytest.param(_T.format("上个礼拜天"), "2021-06-14", "2021-06-13", id="last-sunday"),
    pytest.param(_T.format("6月第3个星期日"), "2021-01-01", "2021-06-20", id="nth-weekday"),
    # holidays and the lunar calendar
    pytest.param(_T.format("教师节"), "2021-01-01", "2021-09-10", id="teachers-day"),
    pytest.param(_T.format("去年元旦"), "2020-01-01", "2019-01-01", id="new-year-last-year"),
    pytest.param(_T.format("十一"), "2001-01-01", "2001-10-01", id="national-day-shiyi"),
    pytest.param(_T.format("去年春节"), "2020-01-01", "2019-02-05", id="spring-festival"),
    pytest.param(_T.format("去年春节到元宵节"), "2020-01-01", "2019-02-05/2019-02-19", id="festival-run"),
    pytest.param(_T.format("零六年端午"), "2020-01-01", "2006-05-31", id="dragon-boat-yy"),
    pytest.param(_T.format("二零一二年农历正月十五"), "2021-06-14", "2012-02-06", id="lunar-day"),
    pytest.param(_T.format("农历闰四月"), "2020-01-01", "2020-05-23/2020-06-20", id="lunar-leap-month"),
    pytest.param(_T.format("腊月初十"), "2022-01-01", "2023-01-01", id="lunar-la-yue"),
    pytest.param(_T.format("大年初十"), "2021-06-14", "2021-02-21", id="da-nian"),
    # set 38's 3810, 3808: the break as the State Council set it that year (8 days in 2020, 5 in 2022)
    pytest.param("记者获悉，国庆假期本市快递业共揽收快递包裹达12.5万件。", "2020-10-13", "2020-10-01/2020-10-08",
                 id="national-day-break"),
    pytest.param("本报讯 “五一”期间，全国邮政快递业共揽收包裹12.5万件。", "2022-05-06", "2022-04-30/2022-05-04",
                 id="labour-day-break-quoted"),
    pytest.param("本报讯 十一黄金周，全市揽收包裹12.5万件。", "2019-10-09", "2019-10-01/2019-10-07",
                 id="golden-week-shiyi"),
    pytest.param("本报讯 2023年中秋国庆假期，全国揽投快递包裹超12.5万件。", "2023-10-08", "2023-09-29/2023-10-06",
                 id="joined-break"),
    pytest.param("本报讯 今年元旦假期，全国揽投快递包裹12.5万件。", "2023-01-04", "2022-12-31/2023-01-02",
                 id="new-year-break-across-years"),
    pytest.param("本报讯 去年春节长假，全国揽投快递包裹12.5万件。", "2025-03-01", "2024-02-10/2024-02-17",
                 id="last-years-spring-break"),
    # 双节 is a break only where 中秋 and 国庆 ran together (2024: two breaks); 双十一期间 is a campaign
    pytest.param("本报讯 双节假期，全市揽收包裹12.5万件。", "2024-10-09", "", id="two-breaks-are-not-one"),
    pytest.param("本报讯 双十一期间，全市揽收包裹12.5万件。", "2024-11-20", "", id="double-eleven-is-not-national-day"),
    # a break beyond the published notices has no days yet
    pytest.param("本报讯 国庆假期，全市揽收包裹12.5万件。", "2031-10-09", "", id="break-not-yet-published"),
    # what is not a period
    pytest.param("本报讯 5年来，全省快递业务量完成12.5万件。", "2021-06-14", "", id="years-of-duration"),
    pytest.param("本报讯 3年内，全省快递业务量完成12.5万件。", "2021-06-14", "", id="within-years"),
    pytest.param("本报讯 七八年，全省快递业务量完成12.5万件。", "2021-06-14", "", id="seven-or-eight-years"),
    # set 38's 3810: a holiday's break is that year's official days off, not its day
    pytest.param("本报讯 春节期间，全省快递业务量完成12.5万件。", "2021-06-14", "2021-02-11/2021-02-17",
                 id="festival-season-is-its-break"),
    pytest.param("本报讯 自2019年5月30日起调整部分邮费，全省快递业务量完成12.5万件。", "2021-06-14", "2019-05-30",
                 id="effective-day-is-not-a-span"),
    pytest.param("本报讯 3日，记者来到县邮政分公司采访。全省快递业务量完成12.5万件。", "2021-06-14", "",
                 id="reporters-day-is-not-a-period"),
    # held-out 612, 912: a lunar month or a 旬 before 以来 is not that month or 旬
    pytest.param("本报讯 腊月以来，全省快递业务量完成12.5万件。", "2026-02-10", "", id="since-la-yue-is-not-the-month"),
    # held-out 1214: someone's 今天 in a quote, on a day the item does not tell
    pytest.param("本报讯 她说：“今天全省快递业务量完成12.5万件。”", "2024-03-08", "", id="today-in-a-quote"),
    # dev 035: … unless the item told the day (3日，记者…)
    pytest.param("本报讯 3日，记者来到县邮政分公司。“今天全省快递业务量完成12.5万件。”", "2021-06-14", "2021-06-03",
                 id="today-in-a-quote-is-the-day-told"),
    # held-out 812: 元旦当天
    pytest.param("本报讯 元旦当天，全省快递业务量完成12.5万件。", "2025-01-03", "2025-01-01", id="new-years-day-itself"),
]


# (text, issue_date, the periods of its figures in order)
SEVERAL = [
    # set 39's 3901: a rate right after a running total (累计) is the total's rate; a 当月 figure is not
    pytest.param("本报讯 今年11月，全省快递业务量累计完成335896.33万件，全国排第16位，同比增长64.86%；"
                 "当月完成3.2亿件，同比增长30%。", "2016-12-22",
                 ["2016-01/2016-11", "2016-01/2016-11", "2016-11", "2016-11"], id="rate-of-a-running-total"),
]


@pytest.mark.parametrize(("text", "issue_date", "periods"), SEVERAL)
def test_periods_of_figures(text, issue_date, periods):
    assert [f.period for f in postmetrics.extract(text, issue_date=issue_date)] == periods


@pytest.mark.parametrize(("text", "issue_date", "period"), GRAMMAR)
def test_period_grammar(text, issue_date, period):
    rows = [f for f in postmetrics.extract(text, issue_date=issue_date) if f.value == 125000]
    assert [f.period for f in rows] == [period]


@pytest.mark.parametrize("two_digit, ref, year", [(15, 2021, 2015), (22, 2021, 2022), (33, 2021, 1933),
                                                  (98, 1997, 1998), (90, 1973, 1990), (7, 2008, 2007),
                                                  (15, None, 2015), (85, None, 1985)])
def test_two_digit_year(two_digit, ref, year):
    assert dates.two_digit_year(two_digit, ref) == year


def test_lunar_calendar():
    assert (dates.lunar_to_solar(2022, 5, 22), dates.lunar_month_span(2021, 1)) == (
        date(2022, 6, 20), "2021-02-12/2021-03-12")


def test_patterns_stay_linear_on_long_runs():
    """No pattern backtracks without bound: long runs of what the patterns
    repeat (numerals, dashes, listed days) are read in well under a second."""
    import time
    pages = ["一" * 5000 + "月", "—" * 5000, "9月10号，" + "11号，" * 3000, "2019." * 2000, "初" * 5000,
             "农历" * 2000, "近" * 5000 + "天", "年" * 5000]
    start = time.perf_counter()
    for page in pages:
        find_periods(page, 2021, Reference(2021, 6, 14, "given"))
    assert time.perf_counter() - start < 5


# (cleaned text, ref_year, reference month/day or None, [(period, matched text)])
FIND = [
    pytest.param("2022年", 2023, None, [("2022", "2022年")], id="year"),
    pytest.param("今年以来，截至3月20日", 2023, None,
                 [("2023", "今年"), ("2023-01-01/2023-03-20", "截至3月20日")], id="this-year-until"),
    pytest.param("自2021年上线以来，截至今年3月15日", 2023, None,
                 [("2021/2023-03-15", "自2021年上线以来，截至今年3月15日")], id="since-until"),
    pytest.param("上一季度", 2023, (11, 30), [("2023-07/2023-09", "上一季度")], id="last-quarter"),
    pytest.param("上一季度", 2023, None, [], id="last-quarter-needs-month"),
    pytest.param("1-10月", None, None, [], id="month-run-needs-year"),
    pytest.param("二〇一五年", None, None, [("2015", "二〇一五年")], id="cn-year"),
    pytest.param("2014/15年度", None, None, [("2014-04/2015-03", "2014/15年度")], id="fiscal-year"),
    pytest.param("比去年同期", 2023, None, [], id="basis-is-not-a-period"),
    pytest.param("与上年同期相比", 2023, None, [], id="basis-is-not-a-period-2"),
]


@pytest.mark.parametrize(("text", "ref_year", "month_day", "expected"), FIND)
def test_find_periods(text, ref_year, month_day, expected):
    ref = Reference(ref_year, *month_day, source="given") if month_day else None
    assert [(t.period, text[t.start:t.end]) for t in find_periods(text, ref_year, ref)] == expected


# --- datelines ----------------------------------------------------------------

# (item text, issue_date, item_date)
DATELINES = [
    pytest.param("本报讯 3 月 17 日，河南省新乡市邮政分公司揽收包裹5000件。", "2023-03-23", "2023-03-17", id="ocr-spaced"),
    pytest.param("本报讯 （通 讯 员 马燕 北京记者 吴玉兰） 3 月 20 日，他带着 21 份证明回到公司。", "2023-03-23",
                 "2023-03-20", id="after-reporter-credit"),
    pytest.param("本报讯 一月二十三日，县分公司发运年货包裹5000件。", "2023-02-01", "2023-01-23", id="chinese-numerals"),
    pytest.param("本报讯 近日，四川省平昌县邮政分公司寄递包裹5000件。", "2023-03-23", "", id="no-dateline"),
    pytest.param("本报讯 2月30日，县分公司发运包裹5000件。", "2023-03-23", "", id="impossible-day"),
    pytest.param("人民网北京5月26日电（记者 叶嘉颖）国家邮政局日前发布公报，2022年快递业务量完成1105.8亿件。",
                 "2023-05-27", "2023-05-26", id="wire-dateline"),
    # held-out 308: no dateline, but the first clause dates the event (…於10月9日推出): 當日 is that day
    pytest.param("【本報訊】澳門郵電局於10月9日「世界郵政日」推出《澳門建築》郵票，當日共售出郵票逾1.2萬套。",
                 "2024-11-20", "2024-10-09", id="event-day-in-first-clause"),
    pytest.param("本报讯 县分公司将于12月1日至5日开展寄递活动，揽收包裹5000件。", "2023-11-20", "",
                 id="a-range-is-not-a-day"),
]


@pytest.mark.parametrize(("text", "issue_date", "item_date"), DATELINES)
def test_item_date(text, issue_date, item_date):
    doc = postmetrics.extract_document(text, issue_date=issue_date)
    assert [it["item_date"] for it in doc.items] == [item_date]
    assert {f.item_date for f in doc.figures} == {item_date}


# (cleaned, simplified item text, ref_year, date)
DATELINE_DIRECT = [
    pytest.param("本报讯3月17日，河南省", 2023, date(2023, 3, 17), id="plain"),
    pytest.param("本报讯（通讯员马燕北京记者吴玉兰）3月20日，北京市", 2023, date(2023, 3, 20), id="credit"),
    pytest.param("本报讯3月17日，", None, None, id="no-year"),
    pytest.param("本报讯近日，四川省", 2023, None, id="none"),
]


@pytest.mark.parametrize(("text", "ref_year", "expected"), DATELINE_DIRECT)
def test_dateline(text, ref_year, expected):
    assert dateline(text, ref_year) == expected


# --- the reference date -------------------------------------------------------

WEB_PAGE = "哈尔滨邮政快递业务量再创新高\n\n来源：生活报  2025年6月19日\n\n今年以来，哈尔滨市邮政分公司快递业务量达到1200万件。\n"

# (page, issue_date, Reference)
REFERENCES = [
    pytest.param((DATA / "seed-page.txt").read_text(encoding="utf-8"), None,
                 Reference(2023, 3, 20, "inferred"), id="seed-page-inferred"),
    pytest.param(WEB_PAGE, None, Reference(2025, 6, 19, "page"), id="date-line-on-page"),
    pytest.param(WEB_PAGE, "2025-06-20", Reference(2025, 6, 20, "given"), id="issue-date-wins"),
    pytest.param(WEB_PAGE, date(2025, 6, 20), Reference(2025, 6, 20, "given"), id="issue-date-as-date"),
    pytest.param("本报讯 今年，全市揽收包裹300万件。", None, None, id="nothing-to-infer"),
]


@pytest.mark.parametrize(("page", "issue_date", "expected"), REFERENCES)
def test_reference(page, issue_date, expected):
    assert postmetrics.extract_document(page, issue_date=issue_date).reference == expected


def test_web_page_date_line_resolves_this_year():
    assert [f.period for f in postmetrics.extract(WEB_PAGE)] == ["2025"]


def test_seed_page_without_issue_date_dates_its_items_in_2023():
    items = postmetrics.extract_document((DATA / "seed-page.txt").read_text(encoding="utf-8")).items
    assert [it["item_date"] for it in items if it["item_date"]] == ["2023-03-17", "2023-03-18", "2023-03-20"]


# (meta lines, datelines (month, day), page text, Reference)
INFER = [
    pytest.param(["2025年6月19日 生活报"], [], "2024年", Reference(2025, 6, 19, "page"), id="page-date-line"),
    pytest.param([], [(3, 17), (3, 20)], "2022年，2021年", Reference(2022, 3, 20, "inferred"), id="latest-year"),
    pytest.param([], [(3, 17)], "2022年5月，2022年", Reference(2023, 3, 17, "inferred"), id="month-already-past"),
    pytest.param([], [], "2019年，2021年", Reference(2021, None, None, "inferred"), id="year-only"),
    pytest.param([], [], "无年份", None, id="none"),
    # set 39's 3906: a year the page only compares with does not date it (its page is of a later year)
    pytest.param([], [], "揽收快递包裹13.4亿件，与2019年同期相比增长97.13%", None, id="compared-year-only"),
    # set 39's 3911: nor does a target year (到2028年); the end of a range (2019年到2023年) does
    pytest.param([], [(6, 17)], "2024年电商逆向件约2200万件，到2028年将增长到209亿件", Reference(2024, 6, 17, "inferred"),
                 id="target-year"),
    pytest.param([], [], "2019年到2023年，快递业务量翻番", Reference(2023, None, None, "inferred"), id="range-end-year"),
    pytest.param([], [], "2021年，揽收快递包裹13.4亿件，与2019年同期相比增长97.13%",
                 Reference(2021, None, None, "inferred"), id="stated-year-beside-compared"),
]


@pytest.mark.parametrize(("meta", "datelines", "text", "expected"), INFER)
def test_infer_reference(meta, datelines, text, expected):
    assert infer_reference(meta, datelines, text) == expected


# (value, Reference)
ISSUE_DATES = [
    pytest.param("2023-03-23", Reference(2023, 3, 23, "given"), id="iso"),
    pytest.param(" 2023-03-23 ", Reference(2023, 3, 23, "given"), id="iso-padded"),
    pytest.param(date(2023, 1, 2), Reference(2023, 1, 2, "given"), id="date"),
    pytest.param(None, None, id="none"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize(("value", "expected"), ISSUE_DATES)
def test_parse_issue_date(value, expected):
    assert parse_issue_date(value) == expected


@pytest.mark.parametrize("value", ["2023-13-01", "23-3-1", "yesterday", "2023/03/23"])
def test_parse_issue_date_rejects(value):
    with pytest.raises(ValueError):
        parse_issue_date(value)


def test_extract_rejects_bad_issue_date():
    with pytest.raises(ValueError):
        postmetrics.extract("本报讯 全年揽收包裹300万件。", issue_date="2023-02-30")


def test_reference_as_date():
    assert (Reference(2023, 3, 20).as_date(), Reference(2023).as_date(), Reference(2023, 2, 30).as_date()) == (
        date(2023, 3, 20), None, None)


def test_daily_words():
    assert (dates.is_daily("医院日均问诊量为"), dates.is_daily("全年问诊量为")) == (True, False)


def test_every_period_match_starts_at_a_trigger():
    """find_periods tries the patterns only where dates._TRIGGER matches; a
    pattern that can start elsewhere would be silently skipped.  Every start
    of every pattern's match on the test pages must be a trigger."""
    from postmetrics.text import join_lines, split_lines

    opener = re.compile(r"[\d〇零一二两三四五六七八九十自截今本去上下前首年当明全过昨这近农正冬腊大元国教劳儿春端中重]")
    checked = 0
    for path in sorted(DATA.rglob("*.txt")):
        text = join_lines(split_lines(path.read_text(encoding="utf-8"))).text
        text = postmetrics.hanzi.to_simplified(text)
        for m in opener.finditer(text):
            i = m.start()
            for name, pattern in dates.PERIOD_PATTERNS:
                if pattern.match(text, i):
                    checked += 1
                    assert dates._TRIGGER.match(text, i), (path.name, name, text[i:i + 12])
    assert checked > 500


def test_headline_figure_takes_the_period_of_its_own_words():
    """held-out 708, 710: 上半年 in a headline dates its figure; a headline
    without a time word leaves the period empty (the body's may differ)."""
    page = ("福建上半年快递业务量同比增长19.1%\n来源：福建邮政  2024年7月24日\n"
            "本报讯 1-6月，全省快递业务量累计完成22.5亿件，同比增长19.1%。\n"
            "龙岩邮政储蓄余额增加21.3亿元\n来源：福建邮政  2024年7月24日\n"
            "本报讯 截至6月底，龙岩市邮政储蓄余额较年初增加21.3亿元。\n")
    got = [(f.value, f.period) for f in postmetrics.extract(page) if f.line in (1, 4)]
    assert got == [(19.1, "2024-01/2024-06"), (2130000000.0, "")]

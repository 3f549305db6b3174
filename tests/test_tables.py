"""Tables printed as text (postmetrics.tables, through extract): cells separated by runs of spaces."""

from __future__ import annotations

import pytest

import postmetrics
from postmetrics.tables import find_tables

# a company's monthly brief (held-out 801): units in the row labels, periods in the header
BRIEF = """韵达控股股份有限公司2024年10月快递服务主要经营指标快报

一、当月经营数据

项目                          2024年10月      2023年10月      同比增长
快递服务业务收入（亿元）          41.15           39.02          5.46%
业务完成量（亿票）                21.08           16.87         24.96%
快递服务单票收入（元）             1.95            2.31        -15.58%
"""

# an annual report (held-out 806): ruling lines, thousands separators, 增减（%） without %
REPORT = """中国邮政集团有限公司2024年度报告（摘要）

主要财务指标
──────────────────────────────────────
指标                         2024年          2023年        增减（%）
──────────────────────────────────────
营业收入（亿元）            8,615.37        8,267.94          4.2
资产总额（万亿元）             18.36           16.86          8.9
──────────────────────────────────────
"""

# a research brief (held-out 809): units in the column headers, years as row labels
COLUMNS = """表1：快递行业主要指标
年份      业务量（亿件）   同比（%）   业务收入（亿元）   单票收入（元）
2023          1320.7         19.4         12074.0          9.14
2024          1750.8         21.5         14033.8          8.02
"""

# a provincial bulletin (held-out 404): cities as row labels, the period stated before the table
CITIES = """本报讯 1-6月，湖南省快递业务量稳步增长。各市情况如下：
地区      业务量（万件）    同比增长（%）
长沙         58672.4           24.8
株洲          9865.2           31.2
"""

# Hong Kong's years in words (held-out 807)
HONG_KONG = """香港郵政  二零二三至二四年度年報

                              二零二三至二四年度    二零二二至二三年度    按年增減
本地郵件（百萬件）                    586                 615            -4.7%
出口郵件（百萬件）                   72.1                83.1           -13.2%
"""

# held-out 1004, 1009: a total row whose label is letter-spaced (全  市); a table drawn with bars
SPACED_LABEL = """本报讯 1-11月，金华市快递业务稳步增长。
县（市、区）      业务量（万件）     同比增长（%）
义乌市             98,503.62            16.2
全  市            138,599.50            15.1
"""

BARS = """中通快递2023年环境、社会及治理报告（摘要）
| 关键绩效指标                   | 2022年    | 2023年    |
| 电子面单使用率（%）            | 100       | 100       |
| 新能源车辆（辆）               | 3687      | 4862      |
"""

# invented statistics-bureau tables: a unit column and a header on two rows (累计 / 当月 under the month)
TWO_ROW_HEADER = """国家邮政局公布2018年9月邮政行业运行情况

                     全国邮政行业运行情况表

 指标名称              单位        9月份               比上年同期增长（%）
                              累计         当月          累计          当月
 一、邮政业务总量       亿元    8754.2      1032.6         26.1          24.9
     其中：特快专递     万件   13456.7      1587.3        -11.2         -13.5
 二、集邮业务           万枚    2234.5       201.1          7.4          -2.0
"""

# the month only in the title; 本年累计 / 本月 in a one-row header; numbering （一）
MONTH_IN_TITLE = """浙江省邮政行业运行情况表（2019年10月）

指标名称                 单位      本年累计      本月     累计比上年增长（%）  本月增长（%）
（一）快递业务量         万件    1003456.8    118932.4        29.4          27.2
      其中：同城         万件     98321.5      10234.9       -12.7         -15.0
"""

# no 当月 columns; one number a row after the unit cell
NO_MONTH = """2022年1-9月四川省邮政行业发展情况

指标名称              单位      1-9月
快递业务量            万件     204567.3
报刊发行              万份      35678.9
"""

# a 环比 column beside 同比
MONTH_ON_MONTH = """湖北省2021年3月邮政行业运行情况

指标            单位      当月        同比增长（%）     环比增长（%）
快递业务量      万件     21345.6        78.5             45.2
快递业务收入    亿元      17.83         56.1             40.3
"""

# full-width digits and spaces
FULL_WIDTH = """2020年5月全市邮政行业运行情况（温州）

指标名称　　　　　单位　　　累计　　　　当月
快递业务量　　　　万件　　　７８９０．５　　１８０２．３
快递业务收入　　　万元　　　５６７８９．１　　１２３４５．６
"""

# a province's cities: the title's months date every cell; the 全省 row is the province's
CITY_TITLE = """本报讯 今年以来，揭阳市快递业务持续增长，全省各市情况如下。

              广东省2023年1-9月各市快递业务量

地区          业务量（万件）       同比增长（%）
全省         2432187.5              10.2
深圳市        497654.2             12.6
揭阳市        210987.6             -3.5
"""

# the unit stated once in the title (单位：万件), a 合计 row letter-spaced
TITLE_UNIT = """江苏省2015年上半年邮政行业运行情况

                 表1  各市快递业务量（单位：万件）
城市            1-6月累计          同比增长（%）
南京市          17234.6              45.3
合  计          89456.2              48.7
"""

# (page, [(value, unit, metric, measure, period, basis, city)])
TABLES = [
    pytest.param(BRIEF, [
        (4115000000, "元", "revenue", "level", "2024-10", "", ""),
        (3902000000, "元", "revenue", "level", "2023-10", "", ""),
        (5.46, "%", "revenue", "pct_change", "2024-10", "同比", ""),
        (2108000000, "票", "volume", "level", "2024-10", "", ""),
        (1687000000, "票", "volume", "level", "2023-10", "", ""),
        (24.96, "%", "volume", "pct_change", "2024-10", "同比", ""),
        (1.95, "元", "price", "level", "2024-10", "", ""),
        (2.31, "元", "price", "level", "2023-10", "", ""),
        (-15.58, "%", "price", "pct_change", "2024-10", "同比", ""),
    ], id="row-labels-with-units"),
    pytest.param(REPORT, [
        (861537000000, "元", "revenue", "level", "2024", "", ""),
        (826794000000, "元", "revenue", "level", "2023", "", ""),
        (4.2, "%", "revenue", "pct_change", "2024", "", ""),
        (18360000000000, "元", "money", "level", "2024", "", ""),
        (16860000000000, "元", "money", "level", "2023", "", ""),
        (8.9, "%", "money", "pct_change", "2024", "", ""),
    ], id="ruled-report-table"),
    pytest.param(COLUMNS, [
        (132070000000, "件", "volume", "level", "2023", "", ""),
        (19.4, "%", "volume", "pct_change", "2023", "同比", ""),
        (1207400000000, "元", "revenue", "level", "2023", "", ""),
        (9.14, "元", "price", "level", "2023", "", ""),
        (175080000000, "件", "volume", "level", "2024", "", ""),
        (21.5, "%", "volume", "pct_change", "2024", "同比", ""),
        (1403380000000, "元", "revenue", "level", "2024", "", ""),
        (8.02, "元", "price", "level", "2024", "", ""),
    ], id="column-units-and-year-rows"),
    pytest.param(CITIES, [
        (586724000, "件", "volume", "level", "2024-01/2024-06", "", "长沙市"),
        (24.8, "%", "volume", "pct_change", "2024-01/2024-06", "同比", "长沙市"),
        (98652000, "件", "volume", "level", "2024-01/2024-06", "", "株洲市"),
        (31.2, "%", "volume", "pct_change", "2024-01/2024-06", "同比", "株洲市"),
    ], id="city-rows-take-the-period-stated-before"),
    pytest.param(HONG_KONG, [
        (586000000, "件", "volume", "level", "2023-04/2024-03", "", "香港特别行政区"),
        (615000000, "件", "volume", "level", "2022-04/2023-03", "", "香港特别行政区"),
        (-4.7, "%", "volume", "pct_change", "2023-04/2024-03", "按年", "香港特别行政区"),
        (72100000, "件", "volume", "level", "2023-04/2024-03", "", "香港特别行政区"),
        (83100000, "件", "volume", "level", "2022-04/2023-03", "", "香港特别行政区"),
        (-13.2, "%", "volume", "pct_change", "2023-04/2024-03", "按年", "香港特别行政区"),
    ], id="hong-kong-fiscal-years-in-words"),
    pytest.param(SPACED_LABEL, [
        (985036200, "件", "volume", "level", "2024-01/2024-11", "", "金华市"),
        (16.2, "%", "volume", "pct_change", "2024-01/2024-11", "同比", "金华市"),
        (1385995000, "件", "volume", "level", "2024-01/2024-11", "", "金华市"),
        (15.1, "%", "volume", "pct_change", "2024-01/2024-11", "同比", "金华市"),
    ], id="letter-spaced-total-row"),
    pytest.param(BARS, [
        (100, "%", "rate", "level", "2022", "", ""),
        (100, "%", "rate", "level", "2023", "", ""),
        (3687, "辆", "count", "level", "2022", "", ""),
        (4862, "辆", "count", "level", "2023", "", ""),
    ], id="table-drawn-with-bars"),
    pytest.param(TWO_ROW_HEADER, [
        (875420000000, "元", "business_total", "level", "2018-01/2018-09", "", ""),
        (103260000000, "元", "business_total", "level", "2018-09", "", ""),
        (26.1, "%", "business_total", "pct_change", "2018-01/2018-09", "上年同期", ""),
        (24.9, "%", "business_total", "pct_change", "2018-09", "上年同期", ""),
        (134567000, "件", "volume", "level", "2018-01/2018-09", "", ""),
        (15873000, "件", "volume", "level", "2018-09", "", ""),
        (-11.2, "%", "volume", "pct_change", "2018-01/2018-09", "上年同期", ""),
        (-13.5, "%", "volume", "pct_change", "2018-09", "上年同期", ""),
        (22345000, "枚", "other", "level", "2018-01/2018-09", "", ""),
        (2011000, "枚", "other", "level", "2018-09", "", ""),
        (7.4, "%", "other", "pct_change", "2018-01/2018-09", "上年同期", ""),
        (-2.0, "%", "other", "pct_change", "2018-09", "上年同期", ""),
    ], id="unit-column-and-two-row-header"),
    pytest.param(MONTH_IN_TITLE, [
        (10034568000, "件", "volume", "level", "2019-01/2019-10", "", ""),
        (1189324000, "件", "volume", "level", "2019-10", "", ""),
        (29.4, "%", "volume", "pct_change", "2019-01/2019-10", "上年", ""),
        (27.2, "%", "volume", "pct_change", "2019-10", "", ""),
        (983215000, "件", "volume", "level", "2019-01/2019-10", "", ""),
        (102349000, "件", "volume", "level", "2019-10", "", ""),
        (-12.7, "%", "volume", "pct_change", "2019-01/2019-10", "上年", ""),
        (-15.0, "%", "volume", "pct_change", "2019-10", "", ""),
    ], id="month-from-the-title"),
    pytest.param(NO_MONTH, [
        (2045673000, "件", "volume", "level", "2022-01/2022-09", "", ""),
        (356789000, "份", "volume", "level", "2022-01/2022-09", "", ""),
    ], id="unit-column-one-value"),
    pytest.param(MONTH_ON_MONTH, [
        (213456000, "件", "volume", "level", "2021-03", "", ""),
        (78.5, "%", "volume", "pct_change", "2021-03", "同比", ""),
        (45.2, "%", "volume", "pct_change", "2021-03", "环比", ""),
        (1783000000, "元", "revenue", "level", "2021-03", "", ""),
        (56.1, "%", "revenue", "pct_change", "2021-03", "同比", ""),
        (40.3, "%", "revenue", "pct_change", "2021-03", "环比", ""),
    ], id="month-on-month-column"),
    pytest.param(FULL_WIDTH, [
        (78905000, "件", "volume", "level", "2020-01/2020-05", "", "温州市"),
        (18023000, "件", "volume", "level", "2020-05", "", "温州市"),
        (567891000, "元", "revenue", "level", "2020-01/2020-05", "", "温州市"),
        (123456000, "元", "revenue", "level", "2020-05", "", "温州市"),
    ], id="full-width-digits"),
    pytest.param(CITY_TITLE, [
        (24321875000, "件", "volume", "level", "2023-01/2023-09", "", ""),
        (10.2, "%", "volume", "pct_change", "2023-01/2023-09", "同比", ""),
        (4976542000, "件", "volume", "level", "2023-01/2023-09", "", "深圳市"),
        (12.6, "%", "volume", "pct_change", "2023-01/2023-09", "同比", "深圳市"),
        (2109876000, "件", "volume", "level", "2023-01/2023-09", "", "揭阳市"),
        (-3.5, "%", "volume", "pct_change", "2023-01/2023-09", "同比", "揭阳市"),
    ], id="title-months-date-city-rows"),
    pytest.param(TITLE_UNIT, [
        (172346000, "件", "volume", "level", "2015-01/2015-06", "", "南京市"),
        (45.3, "%", "volume", "pct_change", "2015-01/2015-06", "同比", "南京市"),
        (894562000, "件", "volume", "level", "2015-01/2015-06", "", ""),
        (48.7, "%", "volume", "pct_change", "2015-01/2015-06", "同比", ""),
    ], id="unit-in-the-title"),
]


@pytest.mark.parametrize(("page", "expected"), TABLES)
def test_table_cells_are_figures(page, expected):
    figures = postmetrics.extract(page, issue_date="2024-11-18")
    got = [(f.value, f.unit, f.metric, f.measure, f.period, f.basis, f.city) for f in figures]
    assert [g for g in got if g[0] in {e[0] for e in expected}] == [
        (pytest.approx(e[0]), *e[1:]) for e in expected]
    # nothing read across the cells (41.15 39.02 run together as 41.1539.02)
    assert all(f.quote.count(" ") >= 2 or f.line not in {r.number for r in find_tables(page)} for f in figures)


# lines that are not table rows
NOT_TABLES = [
    pytest.param("本报讯 全市日均揽收 1 8 6 2 万件，同比增长 1 2 %。\n累计完成 4 . 5 万件。\n", id="letter-spaced-digits"),
    pytest.param("分析师：周晓峰    SAC执业证书编号：S1340523070001\n联系人：陈思远\n", id="one-line-of-cells"),
    pytest.param("快递业务量  1750.8亿件\n业务收入  14033.8亿元\n", id="two-cells-a-line"),
]


@pytest.mark.parametrize("page", NOT_TABLES)
def test_not_a_table(page):
    assert find_tables(page) == []


def test_title_names_the_tables_province():
    """A table titled 广东省…各市… under a lead about one of its cities: its city rows are
    in 广东省, and its 全省 row is the province's."""
    figures = postmetrics.extract(CITY_TITLE, issue_date="2023-10-20")
    places = {(f.value, f.province, f.city) for f in figures if f.measure == "level"}
    assert places == {(24321875000, "广东省", ""), (4976542000, "广东省", "深圳市"),
                      (2109876000, "广东省", "揭阳市")}


def test_two_row_header_is_joined_by_column():
    """Each cell of the lower header row is joined to the upper cell it stands
    under; the unit cell is not part of the label; both header lines are taken out."""
    rows = find_tables(TWO_ROW_HEADER)
    assert [r.cells[:2] for r in rows] == [("一、邮政业务总量", "亿元"), ("其中：特快专递", "万件"), ("二、集邮业务", "万枚")]
    assert rows[0].header == ("9月份 累计", "9月份 当月", "比上年同期增长（%） 累计", "比上年同期增长（%） 当月")
    assert rows[0].header_lines == (5, 6)
    assert rows[0].title == "国家邮政局公布2018年9月邮政行业运行情况 全国邮政行业运行情况表"
    figures = postmetrics.extract(TWO_ROW_HEADER)
    assert {f.subject for f in figures if f.line >= 7} == {"邮政业务总量", "特快专递", "集邮业务"}
    assert all(f.line >= 7 for f in figures)  # nothing read from the header lines


def test_letter_spaced_label_before_a_unit_cell():
    assert find_tables("合  计  万件  12.5  13.6\n函  件  万件  3.5  4.1\n")[0].cells == ("合计", "万件", "12.5", "13.6")


def test_two_row_header_out_of_line():
    """An upper header cell printed off-centre still takes its own run of lower cells."""
    page = ("指标名称  单位                         9月份                   比上年同期增长（%）\n"
            "                                   累计   当月   累计   当月\n"
            "邮政业务总量  亿元  8754.2  1032.6  26.1  24.9\n"
            "快递业务量  万件  13456.7  1587.3  -11.2  -13.5\n")
    assert find_tables(page)[0].header == ("9月份 累计", "9月份 当月", "比上年同期增长（%） 累计", "比上年同期增长（%） 当月")


def test_a_rank_column_before_the_row_label_is_not_a_value():
    """排名 / 单位 (the city) / a change column naming its metric: one pct_change per city."""
    page = ("表  2022年快递业务量前50位城市（摘录）\n"
            "排名\t单位\t快递业务量同比增长（%）\t快递业务收入排名\n"
            "4\t揭阳市\t5.55\t9\n8\t汕头市\t13.63\t17\n")
    got = [(f.city, f.metric, f.measure, f.value, f.unit, f.period) for f in postmetrics.extract(page, issue_date="2023-01-27")]
    assert got == [("揭阳市", "volume", "pct_change", 5.55, "%", "2022"), ("汕头市", "volume", "pct_change", 13.63, "%", "2022")]


def test_year_columns_and_a_year_end_note():
    """项目  2015  2020 (a header of bare years) and 注：…均为年末数: each cell its year's end."""
    page = ("14-16 邮政业网点及邮递路线\n\n"
            "项目                         2015       2020       2021\n"
            "  营业网点(处)               6467       8365      11965\n"
            "  信筒信箱(个)               8730       7312       7291\n\n"
            "注：1.网点、信筒信箱及邮路长度均为年末数。\n")
    got = [(f.value, f.unit, f.period) for f in postmetrics.extract(page, issue_date="2022-10-01")]
    assert got == [(6467, "处", "2015-12-31"), (8365, "处", "2020-12-31"), (11965, "处", "2021-12-31"),
                   (8730, "个", "2015-12-31"), (7312, "个", "2020-12-31"), (7291, "个", "2021-12-31")]


def test_a_bilingual_yearbook_table():
    """A yearbook prints an English gloss after each label and parts the values by single spaces
    (营业网点(处)  Number of Offices (unit) 2254 6467); a row with no unit (快递营业网点, #航空邮路)
    is a part of the row above, in its unit; a label's last parenthesis is its unit
    (邮政总长度(单程)(公里)); a length is no volume (农村投递路线)."""
    page = ("14-16 邮政业网点及邮递路线\n"
            "Postal Network and Postal Routes\n"
            "项目 Item 2020 2021\n"
            "  营业网点(处)  Number of Offices (unit) 8365 11965\n"
            "    快递营业网点   Outlets for Express Services 6730 6349\n"
            "  农村投递路线(公里)  Rural Delivery Routes(km) 117538 117553\n"
            "  邮政总长度(单程)(公里)  Length of Postal Routes(km) 298991 404389\n"
            "   #航空邮路   Airway 162565 160533\n")
    got = [(f.value, f.unit, f.metric, f.subject, f.period) for f in postmetrics.extract(page, issue_date="2022-10-01")]
    assert got == [(8365, "处", "count", "营业网点", "2020"), (11965, "处", "count", "营业网点", "2021"),
                   (6730, "处", "count", "快递营业网点", "2020"), (6349, "处", "count", "快递营业网点", "2021"),
                   (117538, "公里", "other", "农村投递路线", "2020"), (117553, "公里", "other", "农村投递路线", "2021"),
                   (298991, "公里", "other", "邮政总长度", "2020"), (404389, "公里", "other", "邮政总长度", "2021"),
                   (162565, "公里", "other", "航空邮路", "2020"), (160533, "公里", "other", "航空邮路", "2021")]
    # …but a row at the same indent is no part of the row above: its bare numbers are no figures
    page = ("项目                  二零二三年    二零二二年\n出口郵件（百萬件）        72.1         83.1\n"
            "郵政局數目（截至3月31日）   121          121\n")
    assert [(f.value, f.unit) for f in postmetrics.extract(page, issue_date="2024-10-01")] == [
        (72100000, "件"), (83100000, "件")]


def test_a_row_with_one_number_beside_an_empty_cell():
    page = ("表  2022年快递业务量前50位城市（摘录）\n"
            "排名\t单位\t快递业务量同比增长（%）\t快递业务收入排名\n"
            "19\t临汾市\t8.12\t38\n20\t台州市\t5.7\t—\n")
    got = [(f.city, f.value) for f in postmetrics.extract(page, issue_date="2023-01-27")]
    assert got == [("临汾市", 8.12), ("台州市", 5.7)]


def test_tab_table_with_empty_cells_and_provinces_as_columns():
    """序号  公司名称  黑龙江  广东  宁夏  合计, tabs between cells, some empty: each cell keeps its
    column, a province column places its cells, and complaints are counts."""
    page = ("国家邮政局关于2021年3月邮政业用户申诉情况的通告\n\n"
            "邮政快递企业逾期情况表（单位：件）\n\n"
            "序号\t公司名称\t黑龙江\t广东\t宁夏\t合计\n"
            "1\t中国邮政\t2\t\t1\t3\n"
            "2\t中外运-空运\t\t1\t\t1\n")
    got = [(f.value, f.province, f.metric) for f in postmetrics.extract(page, issue_date="2021-04-10")]
    assert got == [(2, "黑龙江省", "count"), (1, "宁夏回族自治区", "count"), (3, "", "count"),
                   (1, "广东省", "count"), (1, "", "count")]


def test_a_change_column_compares_the_level_column_before_it():
    """项目 | 单位 | 2016年9月 | 同比增长(%) | 2016年1-9月 | 同比增长(%): each change column is of
    the level column right before it (the month's, then the months so far)."""
    page = ("运输邮电主要指标（2016年1-9月）\n\n"
            "项目 | 计量单位 | 2016年9月 | 同比增长(%) | 2016年1-9月 | 同比增长(%)\n"
            "邮政行业业务总量 | 亿元 | 32.35 | 36.3 | 277.17 | 53.9\n"
            "电信业务总量 | 亿元 | 124.32 | 50.8 | 989.16 | 49.1\n")
    figures = postmetrics.extract(page, issue_date="2016-10-20")
    assert [(f.value, f.measure, f.period) for f in figures][:4] == [
        (pytest.approx(3235000000), "level", "2016-09"), (36.3, "pct_change", "2016-09"),
        (pytest.approx(27717000000), "level", "2016-01/2016-09"), (53.9, "pct_change", "2016-01/2016-09")]


def test_a_barred_table_with_a_two_row_header_and_a_header_broken_over_lines():
    """Tables copied with bars have no columns to join headers by: the upper header's first
    cells head the label and unit columns and the rest take equal runs of the lower cells
    (6月份 over 累计 | 当月); a header the copy broke over lines is joined (单位 | 快递业务量累计(万件) |
    … / 快递收入累计 (万元) | / 同比增长 (%) |); a 累计 column takes the month the title reports
    (2016年6月邮政行业运行情况) when no text before the table dates it."""
    page = ("2016年6月邮政行业运行情况\n发布时间：2016-07-12\n\n全国邮政行业发展情况表\n"
            "指标名称 | 单位 | 6月份 | 比去年同期增长(%) | ||\n累计 | 当月 | 累计 | 当月 | ||\n"
            "一、邮政行业业务收入 | 亿元 | 2475.8 | 438.9 | 32.3 | 28.1 |\n"
            "其中：快递业务收入 | 亿元 | 1714.6 | 324.1 | 43.4 | 43.3 |\n注：邮政行业业务收入中未包括邮政储蓄银行直接营业收入。\n\n"
            "分省快递服务企业业务量和业务收入情况表\n单位 | 快递业务量累计(万件) | 同比增长 (%) |\n"
            "快递收入累计 (万元) |\n同比增长 (%) |\n全国 | 1325090.4 | 56.7 | 17146323.4 | 43.4 |\n"
            "北京 | 87438.7 | 42.3 | 1190429.7 | 44.4 |\n")
    got = [(f.value, f.unit, f.measure, f.period, f.city) for f in postmetrics.extract(page)]
    assert got[:4] == [(247580000000, "元", "level", "2016-01/2016-06", ""), (43890000000, "元", "level", "2016-06", ""),
                       (32.3, "%", "pct_change", "2016-01/2016-06", ""), (28.1, "%", "pct_change", "2016-06", "")]
    assert got[-4:] == [(874387000, "件", "level", "2016-01/2016-06", "北京市"),
                        (42.3, "%", "pct_change", "2016-01/2016-06", "北京市"),
                        (11904297000, "元", "level", "2016-01/2016-06", "北京市"),
                        (44.4, "%", "pct_change", "2016-01/2016-06", "北京市")]


def test_a_table_copied_one_cell_a_line_is_read_by_rows():
    """A web table copied with each cell on a line of its own, ending in its bar (指标名称 | /
    单位 | / … / 548816.23 |): a line of bars ends a row, and so does a label after a number;
    the rows keep their first lines, and every line of the table is taken out of the text."""
    cells = ["邮政行业发展情况表", "|||||", "指标名称", "单位", "8月份", "比去年同期增长(%)", "||", "累计", "当月", "累计",
             "当月", "||", "一、邮政行业寄递业务量", "万件", "548816.23", "73921.88", "14.28", "13.83", "1、快递业务", "万件",
             "435435.07", "61575.49", "15.89", "19.69"]
    page = ("山东省2023年8月份邮政行业运行情况\n日期:2023-09-21\n1-8月,邮政行业寄递业务量累计完成54.88亿件。\n"
            + "".join(c + " |\n" if c.strip("|") else c + "\n" for c in cells))
    got = [(f.value, f.unit, f.measure, f.period, f.line) for f in postmetrics.extract(page)]
    assert got == [(5488000000, "件", "level", "2023-01/2023-08", 3),
                   (5488162300, "件", "level", "2023-01/2023-08", 16), (739218800, "件", "level", "2023-08", 16),
                   (14.28, "%", "pct_change", "2023-01/2023-08", 16), (13.83, "%", "pct_change", "2023-08", 16),
                   (4354350700, "件", "level", "2023-01/2023-08", 22), (615754900, "件", "level", "2023-08", 22),
                   (15.89, "%", "pct_change", "2023-01/2023-08", 22), (19.69, "%", "pct_change", "2023-08", 22)]


def test_a_statistics_table_copied_with_single_spaces_and_its_lower_header_not_indented():
    """The State Post Bureau's table as a news site copied it (set 45's 4507): one space between
    cells, and the lower header row (累计 当月 累计 当月) starting at the line's start, under no
    upper cell in particular: the rows are read, 累计 under 12月份 is the year (2018, SCHEMA's year
    for its twelve months), 当月 the month, and the growth columns their spans."""
    page = ("2018年邮政函件业务量同比下降15%\n\n人民网北京1月16日电 据国家邮政局网站消息，2018年邮政函件业务累计完成26.8亿件。\n\n"
            "全国邮政行业发展情况表（摘录）\n指标名称 单位 12月份 比去年同期增长(%)\n累计 当月 累计 当月\n"
            "其中:函件 万件 267660.0 18560.0 -15.0 -28.1\n包裹 万件 2407.0 235.1 -9.4 -15.6\n")
    got = [(f.value, f.unit, f.measure, f.period, f.line) for f in postmetrics.extract(page, issue_date="2019-01-16")]
    assert got == [(-15.0, "%", "pct_change", "2018", 1), (2680000000, "件", "level", "2018", 3),
                   (2676600000, "件", "level", "2018", 8), (185600000, "件", "level", "2018-12", 8),
                   (-15.0, "%", "pct_change", "2018", 8), (-28.1, "%", "pct_change", "2018-12", 8),
                   (24070000, "件", "level", "2018", 9), (2351000, "件", "level", "2018-12", 9),
                   (-9.4, "%", "pct_change", "2018", 9), (-15.6, "%", "pct_change", "2018-12", 9)]


def test_a_yearbook_row_numbered_and_glossed_with_digits():
    """1  邮政业务总量  Business Volume… and 函件(万件) Number of Letters(10 000 pcs) 4270 4186."""
    from postmetrics.tables import _cells

    assert _cells("函件(万件) Number of Letters(10 000 pcs) 4270 4186") == ["函件(万件)", "4270", "4186"]
    assert _cells("1     邮政业务总量     Business Volume of Post Service 107785 118798") == [
        "邮政业务总量", "107785", "118798"]


def test_a_page_of_a_table_is_headed_by_its_title():
    """A yearbook's page holds only a table: its rows' headline is the table's title."""
    from postmetrics import extract_items

    page = ("福建统计年鉴—2022\n\n14-16 邮政业网点及邮递路线\nPostal Network and Postal Routes\n项目 Item 2020 2021\n"
            "  营业网点(处)  Number of Offices (unit) 8365 11965\n  信筒信箱(个)  Number of Post Boxes(unit) 7312 7291\n")
    assert [i["headline"] for i in extract_items(page)] == ["14-16邮政业网点及邮递路线"]
    assert {f.headline for f in postmetrics.extract(page)} == {"14-16邮政业网点及邮递路线"}


def test_a_table_under_its_own_headline_in_a_pdf_is_an_item_of_its_own():
    """A PDF's statistics table under a title set in headline type (U+001E) after a county's story is
    an item of its own: the national figures are not the county's (the seed page as PDF)."""
    page = ("\x1e汨罗邮政打造产业链\n本报讯 汨罗市分公司与合作社签约，带动销售农产品120万元。\n\n"
            "\x1e2023年1—2月邮政行业运行情况\n指标名称          单位      1—2月       同比增长（%）\n"
            "邮政行业业务收入    亿元      2561.3      10.2\n快递业务收入        亿元      1806.5      8.1\n")
    got = [(f.item, f.headline, f.county, f.value) for f in postmetrics.extract(page, issue_date="2023-03-24")]
    assert got == [(1, "汨罗邮政打造产业链", "汨罗市", 1200000), (2, "2023年1—2月邮政行业运行情况", "", 256130000000),
                   (2, "2023年1—2月邮政行业运行情况", "", 10.2), (2, "2023年1—2月邮政行业运行情况", "", 180650000000),
                   (2, "2023年1—2月邮政行业运行情况", "", 8.1)]


def test_an_items_last_line_covers_its_tables_rows():
    """items' last_line reaches the last row of a table the item holds (a new user found rows past it)."""
    from postmetrics import extract_items

    page = ("汨罗邮政打造产业链\n本报讯 汨罗市分公司与合作社签约，带动销售农产品120万元。\n\n"
            "指标名称          单位      1—2月       同比增长（%）\n邮政行业业务收入    亿元      2561.3      10.2\n"
            "快递业务收入        亿元      1806.5      8.1\n")
    [item] = extract_items(page)
    assert (item["first_line"], item["last_line"], item["figures"]) == (2, 6, 5)


def test_a_table_copied_out_of_a_pdf_viewer_one_cell_a_line_is_read_by_rows():
    """A table copied out of a PDF viewer, each cell on a line of its own and no bars: the cells
    before the first row's label are its header (of two rows: 累计 and 当月 under 6月份 and under
    比去年同期增长(%)), a unit on a line of its own, (万件), joins the cell above it, and the page's
    footer and number inside the table (2016年6月邮政行业运行情况 / - 1 -) are skipped."""
    cells = ["全国邮政行业发展情况表", "指标名称", "单位", "6月份", "比去年同期增长(%)", "累计", "当月", "累计", "当月",
             "一、邮政行业业务收入", "亿元", "2475.8", "438.9", "32.3", "28.1", "其中：函件", "万件", "194722.8",
             "31867.6", "-21.8", "-22.8", "", "2016年6月邮政行业运行情况", "- 1 -", "", "快递", "万件", "1325090.4",
             "257633.1", "56.7", "56.6", "注：邮政行业业务收入中未包括邮政储蓄银行直接营业收入。", "", "分省快递服务企业业务量情况表",
             "单位", "快递业务量累计", "(万件)", "同比增长", "(%)", "北京", "87438.7", "42.3", "天津", "17255.6", "73.0"]
    page = "国家邮政局公布2016年6月邮政行业运行情况\n2016年7月12日\n现将2016年6月全国邮政行业发展情况公布如下。\n" + "\n".join(cells) + "\n"
    got = [(f.value, f.unit, f.measure, f.period, f.line) for f in postmetrics.extract(page)]
    assert got == [(247580000000, "元", "level", "2016-01/2016-06", 13), (43890000000, "元", "level", "2016-06", 13),
                   (32.3, "%", "pct_change", "2016-01/2016-06", 13), (28.1, "%", "pct_change", "2016-06", 13),
                   (1947228000, "件", "level", "2016-01/2016-06", 19), (318676000, "件", "level", "2016-06", 19),
                   (-21.8, "%", "pct_change", "2016-01/2016-06", 19), (-22.8, "%", "pct_change", "2016-06", 19),
                   (13250904000, "件", "level", "2016-01/2016-06", 29), (2576331000, "件", "level", "2016-06", 29),
                   (56.7, "%", "pct_change", "2016-01/2016-06", 29), (56.6, "%", "pct_change", "2016-06", 29),
                   (874387000, "件", "level", "2016-01/2016-06", 43), (42.3, "%", "pct_change", "2016-01/2016-06", 43),
                   (172556000, "件", "level", "2016-01/2016-06", 46), (73.0, "%", "pct_change", "2016-01/2016-06", 46)]

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

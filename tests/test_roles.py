"""Roles of time expressions and places (issue 14): each row is an invented page
of a kind that went wrong on documents the project was never tuned to, with the
exact place, period and basis of one figure.  Each row failed before its fix."""

from __future__ import annotations

import pytest

from postmetrics import extract

# (page, issue date or None, (value, unit) of the figure, expected {column: value})
CASES = [
    # a comparison is the basis, never the period, and does not pass on to the next sentence
    ("本报讯 2023年，全省快递业务量完成12.5亿件。与2022年同期相比，快递业务量比重上升1个百分点。"
     "分业务看，同城快递业务量完成3.1亿件。",
     "2024-01-20", (310000000.0, "件"), {"period": "2023"}),
    ("本报讯 2023年，全省快递业务量完成12.5亿件。与2022年同期相比，快递业务量比重上升1个百分点。",
     "2024-01-20", (1.0, "百分点"), {"period": "2023", "basis": "2022年同期"}),
    # an event's day (22日发布) and a wire dateline (1月22日电) date no figure; the year after the frame heads
    ("国家邮政局发布2023年快递业务数据\n\n新华社北京1月22日电（记者 闻立群）国家邮政局22日发布的数据显示，"
     "2023年我国快递业务量累计完成1320.7亿件，同比增长19.4%。\n\n分区域看，东、中、西部地区快递业务量比重分别为"
     "75.2%、16.7%和8.1%。",
     None, (75.2, "%"), {"period": "2023", "province": ""}),
    # a national source named first does not make the city's own figure national
    ("邢台快递业加快恢复正常运行\n\n本报讯（记者 韩雪梅 通讯员 庞立新）国家邮政局统计信息系统数据显示，1至2月份，"
     "我市邮政行业业务总量累计完成3.15亿元，同比增长19.93%。",
     "2021-03-16", (315000000.0, "元"), {"province": "河北省", "city": "邢台市"}),
    ("全行业方面，1-10月，全市邮政行业业务总量完成8.81亿元。荆门市邮政管理局通报。",
     "2023-11-20", (881000000.0, "元"), {"province": "湖北省", "city": "荆门市"}),
    # a media outlet, a stock exchange or a venue places nothing
    ("本报讯 据《上海证券报》报道，圆通速递11月快递产品收入53.34亿元，同比增长20.51%。",
     "2023-12-20", (5334000000.0, "元"), {"province": "", "city": ""}),
    ("本报讯 全国邮政管理工作会议在上海举行。会议指出，全年快递业务收入1.2万亿元。",
     "2024-01-10", (1.2e12, "元"), {"province": "", "city": ""}),
    # a national lead: a later anecdote does not place the item's figures
    ("新华社北京6月11日电 中国的邮路有多长？邮路1187.4万公里。在江苏省淮安市洪泽湖上，邮递员老王每天驾船投递。"
     "他说，全程往返1208公里。",
     None, (1208.0, "公里"), {"province": "", "city": "", "county": ""}),
    # the comparison written whole
    ("本报讯 国庆假期，全国揽收快递包裹25亿件，与2022年国庆长假相比增长18.7%。",
     "2023-10-09", (18.7, "%"), {"basis": "2022年国庆长假"}),
    ("本报讯 春运期间，全国揽收快递包裹39.4亿件，较去年农历同期增长12.5%。",
     "2023-02-10", (12.5, "%"), {"basis": "去年农历同期"}),
]


@pytest.mark.parametrize("page, issue_date, figure, expected", CASES,
                         ids=[f"{c[2][0]:g}{c[2][1]}-{'-'.join(c[3])}" for c in CASES])
def test_role(page, issue_date, figure, expected):
    rows = [f for f in extract(page, issue_date=issue_date) if (f.value, f.unit) == figure]
    assert len(rows) == 1, [(f.value, f.unit) for f in extract(page, issue_date=issue_date)]
    assert {k: getattr(rows[0], k) for k in expected} == expected

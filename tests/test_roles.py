"""Roles of time expressions and places (issue 14): each row is an invented page
of a kind that went wrong on documents the project was never tuned to, with the
exact place, period and basis of one figure.  Each row failed before its fix."""

from __future__ import annotations

import pytest

from postmetrics import extract


def _the_figure(page, issue_date, value, unit=None):
    """The one figure of ``page`` with this value (and unit); fails unless exactly one."""
    rows = [f for f in extract(page, issue_date=issue_date) if f.value == value and unit in (None, f.unit)]
    assert len(rows) == 1, [(f.value, f.unit) for f in extract(page, issue_date=issue_date)]
    return rows[0]

# (page, issue date or None, (value, unit) of the figure, expected {column: value})
CASES = [
    # a comparison is the basis, never the period, and does not pass on to the next sentence
    ("本报讯 2023年，全省快递业务量完成12.5亿件。与2022年同期相比，快递业务量比重上升1个百分点。"
     "分业务看，同城快递业务量完成3.1亿件。",
     "2024-01-20", (310000000.0, "件"), {"period": "2023"}),
    ("本报讯 2023年，全省快递业务量完成12.5亿件。与2022年同期相比，快递业务量比重上升1个百分点。",
     "2024-01-20", (1.0, "百分点"), {"period": "2023", "basis": "2022年同期"}),
    # a period after a short framing word (单看2018年11月，…) heads the sentences after it
    ("本报讯 2018年1—11月，全国快递业务完成452.9亿件。单看2018年11月，快递业务完成58.6亿件。"
     "收入构成中，快递业务收入完成648.3亿元。",
     "2018-12-20", (64830000000.0, "元"), {"period": "2018-11"}),
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
    # a list of examples (A、B等地区) does not place a national item; nor does a stock exchange
    ("本报讯 国家邮政局局长表示，2024年，中西部地区快递业务量同比分别增长了30%和34%。"
     "在青海、甘肃等地区，新投产的处理中心处理能力大幅提高。",
     "2025-07-21", (34.0, "%"), {"province": ""}),
    ("本报讯 圆通速递发布了11月的快递业务经营数据（公告见上海证券交易所网站），快递产品收入53.34亿元。",
     "2023-12-20", (5334000000.0, "元"), {"province": "", "city": ""}),
    # a report on a province's cities that names one city more often is still the province's;
    # a university named after a city places nothing
    ("江苏省2014年1-6月快递业务量\n\n本报讯 今年上半年，江苏省快递业务量排名全国第十，同比增长52%。"
     "苏州、南京、无锡、常州进入全国50强城市，南京、苏州的业务收入也进入50强。南京大学教授钱志新说，江苏快递业仍有提升空间。",
     "2014-08-26", (52.0, "%"), {"province": "江苏省", "city": ""}),
    ("本报讯 一季度，全市快递业务量超过2015年全年，接近南京市水平。合肥市快递业务量累计完成2.34亿件。",
     "2021-05-10", (234000000.0, "件"), {"province": "安徽省", "city": "合肥市"}),
    # a city named in an event's name (北京2022年冬奧會), in traditional characters too
    ("本报讯 本月25日發行以「北京2022年冬奧會」為主題的郵品，整套四枚郵票售價為17元。",
     "2022-01-05", (17.0, "元"), {"province": ""}),
    # a broadcaster's dateline (央广网北京2月7日消息) is where the report was filed
    ("央廣網北京2月7日消息（記者 孫佩琳）據國家郵政局監測，今年春節期間，全國郵政快遞業共攬收和投遞快遞包裹7.49億件。",
     "2022-02-08", (749000000.0, "件"), {"province": "", "city": ""}),
    # a company's seat places nothing: its figures are the company's, national
    ("本报讯 总部位于上海的圆通速递发布了11月的快递业务经营数据，快递产品收入53.34亿元。",
     "2023-12-20", (5334000000.0, "元"), {"province": "", "city": ""}),
    # a province's total keeps the province even when a city follows in a 其中 clause …
    ("本报讯 今年1-6月，云南省快递业务量完成5.2亿件，同比增长20%。其中，昆明市完成3.1亿件。",
     "2024-07-10", (20.0, "%"), {"province": "云南省", "city": ""}),
    # … and 全省 at a clause's head puts the figure at the province; 具体到昆明 is not a destination
    ("本报讯 今年1-6月，全省快递业务量完成5.2亿件。具体到昆明，全市快递业务量完成3.1亿件。",
     "2024-07-10", (520000000.0, "件"), {"province": "云南省", "city": ""}),
    ("本报讯 今年1-6月，全省快递业务量完成5.2亿件。具体到昆明，全市快递业务量完成3.1亿件。",
     "2024-07-10", (310000000.0, "件"), {"province": "云南省", "city": "昆明市"}),
    # … but 全省 as what a share is of (占全省的25%) is no scope
    ("本报讯 义乌市邮政管理局消息，1-8月，全市发件量约占全国的7%，占全省的25%。",
     "2020-09-25", (25.0, "%"), {"city": "金华市", "county": "义乌市"}),
    # a national lead: a later anecdote does not place the item's figures
    ("新华社北京6月11日电 中国的邮路有多长？邮路1187.4万公里。在江苏省淮安市洪泽湖上，邮递员老王每天驾船投递。"
     "他说，全程往返1208公里。",
     None, (1208.0, "公里"), {"province": "", "city": "", "county": ""}),
    # the comparison written whole
    ("本报讯 国庆假期，全国揽收快递包裹25亿件，与2022年国庆长假相比增长18.7%。",
     "2023-10-09", (18.7, "%"), {"basis": "2022年国庆长假"}),
    ("本报讯 春运期间，全国揽收快递包裹39.4亿件，较去年农历同期增长12.5%。",
     "2023-02-10", (12.5, "%"), {"basis": "去年农历同期"}),
    # a change over N年来 with no comparison written has the basis N年前 (SCHEMA)
    ("本报讯 负责人指出，5年来，中西部快递业务量占全国的比重提高7.5个百分点。",
     "2026-01-07", (7.5, "百分点"), {"basis": "5年前"}),
    # a list of bases written once hands one to each figure of the 分别 list
    ("本报讯 今年春节期间，攬收快遞包裹4.2億件，與2019年、2020年、2021年農曆同期相比分別增長545%、338%、12.04%。",
     "2022-02-08", (338.0, "%"), {"basis": "2020年農曆同期"}),
    # …and a basis word before 分别 is kept (同比分别增长21%和13%)
    ("本报讯 今年1-6月，全省快递业务量和业务收入同比分别增长21%和13%。",
     "2024-07-01", (13.0, "%"), {"basis": "同比"}),
    # 截至去年底: a stock at the end of last year, not the year
    ("本报讯 截至去年底，我市快递法人企业有200多家，快递网点2000个左右。",
     "2021-03-01", (2000.0, "个"), {"period": "2020-12-31"}),
    # a run of N years ends in the period's year: 6 years to 2019 are 2014-2019
    ("本报讯 从2013-2019年，义乌快递业务量从1.8亿件增长至49.91亿件，连续6年保持50%以上的高速增长。",
     "2020-01-10", (50.0, "%"), {"period": "2014/2019", "measure": "pct_change", "metric": "volume"}),
    # a yearly average over the years its sentence names: from the first to the last
    ("本报讯 五年来，邮政行业业务收入从2020年的1.1万亿元增长到2024年的1.7万亿元，年均增长11.3%。",
     "2025-01-07", (11.3, "%"), {"period": "2020/2024", "basis": "年均"}),
    # growth written as a noun after the percentage: a pct_change with the basis inside it
    ("本报讯 今年1-6月，全省快递业务量实现12%的同比增长。",
     "2024-07-01", (12.0, "%"), {"measure": "pct_change", "metric": "volume", "basis": "同比"}),
    # a page reporting a whole year's statistics is of the next year: its 去年底 is that year's end
    ("去年郵政儲金逾5.5兆\n\n交通部日前公布103年郵政統計。103年全年收寄郵件總計27億8,684萬件。"
     "郵政儲金方面，去年底結存戶數成長近2%，達到3,465萬戶。",
     None, (34650000.0, "户"), {"period": "2014-12-31"}),
    # Taiwan's 年增 is a basis; a signed change in parentheses is a pct_change with no basis
    ("本报讯 2014年，兩岸郵件全年收寄量達513萬件，年增11.3%。", "2015-01-05", (11.3, "%"), {"basis": "年增"}),
    ("本报讯 2014年，全年收寄量達513萬件，年增11.3%；包裹2,356萬件（-8.0%）、快捷郵件819萬件（+8.7%）。",
     "2015-01-05", (8.7, "%"), {"measure": "pct_change", "basis": ""}),
    ("本报讯 结果红薯产量比往年增加了近50%。", "2015-01-05", (50.0, "%"), {"basis": "往年"}),
    # a newspaper named after a city (北京青年报记者) places nothing
    ("中通快递第三季度业绩\n\n11月17日，北京青年报记者了解到，三季度中通快递包裹量达75亿件。",
     "2023-11-18", (7.5e9, "件"), {"province": "", "city": ""}),
    # where an official spoke (21日在北京透露) is a venue, not the subject
    ("本报讯 中国民用航空局局长21日在北京透露，上半年国际货邮运输量达到203.7万吨。",
     "2025-07-22", (2037000.0, "吨"), {"province": "", "city": ""}),
    # stations at the ends of a route (从汉口站驶出，奔向成都东站) do not outweigh the reporting unit
    ("武铁启动铁路快运服务\n\n11月1日，G3463次列车装载2吨快递物资从汉口站驶出，奔向成都东站。"
     "记者从中国铁路武汉局集团有限公司获悉，武铁每日安排动车组240列开展高铁快运服务。"
     "当天，在武汉站，G1105次列车运载快递物资抵达广州白云站。",
     "2025-11-02", (240.0, "列"), {"province": "湖北省", "city": "武汉市"}),
    # a run of years with one value each in a 分别 list: the k-th value is the k-th year's (end)
    ("本报讯 2016—2020年各年末，全省邮政业营业网点分别为7418处、9308处、10255处、8902处和8365处。",
     "2022-10-01", (8902.0, "处"), {"period": "2019-12-31"}),
    ("本报讯 2019—2021年，全省快递业务量分别为10亿件、12亿件和15亿件。",
     "2022-10-01", (1.2e9, "件"), {"period": "2020"}),
    # a company's results of a period (公布第三季度业绩) frame the item; a second article under
    # another's date line takes the year it states itself (预计2022年…)
    ("中通快递第三季度包裹量达75亿件\n\n北京青年报客户端 2023-11-17 10:12\n\n"
     "11月17日，中通快递公布其2023年第三季度财务业绩。三季度公司包裹量达75亿件。\n\n\n"
     "中通快递第三季经调整净利润升63%\n\n中通快递（02057）公布第三季度业绩。季度净利润18.96亿元人民币。\n\n"
     "期内，收入89.45亿元人民币，按年增长21%。\n\n预计2022年的全年包裹量将为243亿件。\n",
     None, (8945000000.0, "元"), {"period": "2022-07/2022-09"}),
    # national words with an adverb (全国也已经…) and China Post's own network are national
    ("本报讯 乌恰县11个乡镇已实现快递进村全覆盖。“全国也已经累计建成超33万个村级寄递物流综合服务站。”他说。",
     "2025-03-05", (330000.0, "个"), {"province": "", "city": "", "county": ""}),
    ("本报讯 邢台市代表郭红岗说，中国邮政有着5.4万个自有网点和45万个村级服务站点。",
     "2025-03-05", (54000.0, "个"), {"province": "", "city": ""}),
    # a national lead whose only places are examples (授予江苏宿迁沭阳花木等117个项目) is national
    ("我国快递服务现代农业金牌项目已达117个\n\n国家邮政局决定授予江苏宿迁沭阳花木等117个项目“金牌项目”称号。"
     "2022年，22个金牌项目业务量超过2000万件。",
     "2023-01-19", (22.0, "个"), {"province": "", "city": "", "county": ""}),
    # a year compared with (已超越2024年全年水平) does not date a later span of its sentence
    ("本报讯 11月，我国年快递业务量首次突破1800亿件，已超越2024年全年水平，在10月21日至11月11日的快递旺季期间，"
     "全行业累计揽收包裹139.38亿件。",
     "2025-12-10", (13938000000.0, "件"), {"period": "2025-10-21/2025-11-11"}),
    # a day named earlier in the clause does not date a daily average
    ("本报讯 记者11日在分拣中心看到，自10月21日进入旺季以来，日均业务量超5.8亿件。",
     "2024-11-12", (580000000.0, "件"), {"period": "daily"}),
    # a target year in the headline (2025年…要超20亿元) is not the report's year
    ("2025年无锡快递服务先进制造业收入要超20亿元\n\n本报讯 今年上半年，全市快递服务制造业业务量达3200万件。",
     "2020-09-17", (32000000.0, "件"), {"period": "2020-01/2020-06"}),
    # figures dated by nothing but a wire dateline take the year the headline reports
    ("国家邮政局发布2020年邮政行业发展统计公报\n\n人民网北京5月13日电 12日，国家邮政局发布统计公报。"
     "快递业务量突破800亿件。",
     None, (8e10, "件"), {"period": "2020"}),
    # places left out (除宁夏、西藏以外) do not place a national survey
    ("本报讯 调查中，从业人员工作的地区覆盖了全国除宁夏、西藏以外的29个省、直辖市和自治区。",
     "2017-06-01", (29.0, "个"), {"province": "", "city": ""}),
    # a quarter compared with (较第一季度分别提升) is the basis, written without 分别
    ("本报讯 2021年第二季度，全国快递服务满意度得分为75.9分，较第一季度分别提升3.8分、2.3分。",
     "2021-08-01", (3.8, "分"), {"basis": "第一季度", "period": "2021-04/2021-06"}),
    # a figure dated by nothing in its text takes the span its report's headline names
    ("国家邮政局关于2021年第二季度快递服务满意度调查和时限准时率测试结果的通告\n\n本报讯 本次调查共获得有效样本225万个。",
     "2021-08-01", (2250000.0, "个"), {"period": "2021-04/2021-06"}),
    # a flow parallel to a daily one in the same sentence is daily too
    ("本报讯 目前，分拣中心日均进港量约3.9万件，出港量约1.07万件。", "2025-10-23", (10700.0, "件"), {"period": "daily"}),
    # …but not a different kind of figure after a daily one (日均服务用户…，快递业务量超过1500亿件)
    ("本报讯 预计到2025年，邮政业日均服务用户超过9亿人次，快递业务量超过1500亿件。", "2021-12-01",
     (1.5e11, "件"), {"period": "2025"}),
    # 日分拣量 is a daily amount
    ("本报讯 哈尔滨邮件处理中心日分拣量达到2万件。", "2019-06-01", (20000.0, "件"), {"period": "daily"}),
    # Y年同期 after a run of months stated is those months of year Y (a prior-period value)
    ("本报讯 2024年上半年总收入达到863.45亿元人民币。公司录得2024年同期的净利润26亿元，而2023年同期录得净亏损5亿元。",
     "2024-09-06", (5e8, "元"), {"period": "2023-01/2023-06"}),
    # a ceremony held somewhere (在铜山区…举办了开通仪式) happens where its subject is; a meeting's venue does not
    ("徐州公交上线首批“交邮融合”线路\n\n近日，徐州公交集团与邮政快递公司合作，在铜山区棠张交通运管所举办了交邮融合线路开通仪式。"
     "3条交邮融合线路日均发车25个班次。",
     "2024-04-24", (25.0, "个"), {"city": "徐州市", "county": "铜山区"}),
    # a lead that opens with a question: its paragraph decides (…？…全国快递业务量…) — a city's
    # survey quoted later does not place the national story
    ("“快递小哥”长啥样\n\n“快递小哥”群体长啥样？他们绝大部分为18至35岁的青年。有关报告显示，2018年全国快递业务量突破500亿件。\n\n"
     "调查显示，快递配送员中男性居多（88.9%）。\n\n南宁的调查中，多数人认为快递业门槛低。",
     "2019-02-26", (88.9, "%"), {"province": "", "city": ""}),
    # a listing market (递交香港公开发售申请, 香港IPO) places nothing
    ("极兔速递稳定价格期结束\n\n11月20日消息，极兔速递昨日发布公告称，于递交香港公开发售申请截止日期后第30日结束。"
     "极兔此次香港IPO发行价定为每股12港元，募资净额约33亿港元。",
     "2023-11-20", (3.3e9, "元"), {"province": "", "city": ""}),
    # a period at the head of a report's sentence (3月经营数据显示，…) heads the sentences after it
    ("本报讯 4月20日，申通快递发布3月快递经营简报。\n\n3月经营数据显示，申通快递业务收入为20.39亿元，同比增长16.93%。"
     "顺丰控股速运物流营收为137.92亿元，同比增长13.39%。",
     "2021-05-10", (13792000000.0, "元"), {"period": "2021-03"}),
    # 今年 after a semicolon heads its own clauses: not the span within this year before it (set 43's 4306)
    ("本报讯 今年1至11月，江苏农村地区快递投递量达8.7亿件，同比增长27.5%;此外，今年江苏共培育重点项目42个，"
     "带动农业总产值271亿元。", "2021-12-21", (27100000000.0, "元"), {"period": "2021"}),
    # a bare day that opens a clause (13日起…, 14日更是…) in the month of the day before it, and
    # 当日 after it that day (set 43's 4307)
    ("新华社北京11月18日电 快递业务量峰值出现在11月11日，当天共处理2.51亿件。13日起逐渐进入派件高峰，"
     "当日派件总量达到1.3亿件，14日更是攀升至1.6亿件。", "2016-11-18", (130000000.0, "件"), {"period": "2016-11-13"}),
    ("新华社北京11月18日电 快递业务量峰值出现在11月11日，当天共处理2.51亿件。13日起逐渐进入派件高峰，"
     "当日派件总量达到1.3亿件，14日更是攀升至1.6亿件。", "2016-11-18", (160000000.0, "件"), {"period": "2016-11-14"}),
    # a paragraph that has turned to the nation goes on about it until a place or a local scope
    # word comes (set 43's 4310: 北京 named only as the office that first distributed a paper)
    ("报刊邮发合一\n\n《人民日报》从1950年3月起就交北京邮政管理局发行。\n\n截至1986年，全国有5万多个邮电局、所发行报刊。"
     "在31万多邮政人员中，约有2.65万人专办发行业务。", "1990-01-01", (26500.0, "人"), {"province": "", "city": ""}),
    ("哈尔滨快递业务量增长\n\n本报讯 哈尔滨市邮政管理局发布数据。\n\n1至5月，全国快递业务量完成500亿件。"
     "我市快递业务量完成1.2亿件，同比增长20%。", "2024-06-10", (120000000.0, "件"), {"province": "黑龙江省", "city": "哈尔滨市"}),
    # the business a company completed (完成快递业务…件) is parcels, not the 企业 counted (set 44's 4405)
    ("本报讯 一季度，昆明市快递企业累计完成快递业务5437.40万件，同比增长42.32%；累计完成快递业务收入7.12亿元。",
     "2019-04-20", (54374000.0, "件"), {"metric": "volume"}),
    ("本报讯 一季度，昆明市快递企业累计完成快递业务5437.40万件，同比增长42.32%；累计完成快递业务收入7.12亿元。",
     "2019-04-20", (712000000.0, "元"), {"metric": "revenue"}),
    # a paragraph whose first clause only gives its time (1月至2月，) is about the place of the next
    # clause, through its 其中 clauses (set 44's 4405)
    ("1月至2月，云南邮政行业收入达23.15亿元\n原创  掌上春城\n\n掌上春城讯 3月23日，记者从云南省邮政管理局获悉，"
     "1月至2月，云南邮政行业收入达23.15亿元。\n\n【全省】\n1月至2月，全省邮政行业寄递量累计20859.48万件。\n\n【昆明】\n"
     "云南邮政看昆明，昆明邮政业务占全省的60%左右。\n\n"
     "1月至2月，昆明市邮政行业寄递量累计10575.16万件，同比增长4.54%。其中，快递业务量累计8164.86万件，同比增长6.15%；"
     "邮政公司寄递量累计2410.30万件。", "2023-03-23", (24103000.0, "件"), {"province": "云南省", "city": "昆明市"}),
    # a province's paper on the masthead, its day after its name (山西经济日报 2019年11月28日), places 全省
    ("山西经济日报 2019年11月28日\n\n全省快递业务量保持较快增长\n\n本报太原11月27日讯(记者 张剑雯)记者日前从省邮政管理局了解到,"
     "10月份,全省快递服务企业业务量完成3913.34万件,同比增长43.13%。", None, (39133400.0, "件"),
     {"province": "山西省", "city": ""}),
    # 覆盖率 names a rate: held at a value (保持98%左右), it is the rate's level, not a share (set 43's 4306)
    ("本报讯 全国乡镇快递网点覆盖率保持98%左右。", "2021-08-17", (98.0, "%"), {"metric": "rate", "measure": "level"}),
    # a growth rate that slowed (放缓) falls, one that quickened (加快) rises, against the span named (set 46's 4611)
    ("本报讯 1至10月，邮电业务总量增幅较1至9月放缓0.1个百分点。", "2019-11-20", (-0.1, "百分点"), {"basis": "1至9月"}),
    ("本报讯 1至10月，快递业务收入增幅较1至9月加快0.7个百分点。", "2019-11-20", (0.7, "百分点"), {"basis": "1至9月"}),
    # the prices' base year (按2010年不变价计算) dates nothing
    ("本报讯 上半年，全省邮政业务总量(按2010年不变价计算)1960.75亿元。", "2019-07-20", (196075000000.0, "元"),
     {"period": "2019-01/2019-06"}),
    # packaging used less (减量25%) is a fall (set 46's 4608)
    ("本报讯 推广瘦身胶带，胶带宽度减量25%。", "2025-01-01", (-25.0, "%"), {"measure": "pct_change"}),
    # a month with its year after a report's frame (据…消息，经测算，2022年7月…) heads the sentences after it
    ("7月中国快递发展指数为275.5\n\n据国家邮政局消息，经测算，2022年7月中国快递发展指数为275.5，环比下降4.8%。"
     "在行业推动高质量发展的背景下，其中服务质量指数与发展趋势指数分别为336.6和68.8。", "2022-08-20", (336.6, ""),
     {"period": "2022-07"}),
    # parcels handled (共处理) are a volume, whatever counted noun (企业) comes before
    ("新华社北京11月18日电 快递业务量峰值出现在11月11日，当天各邮政、快递企业共处理2.51亿件，同比增长52%。",
     "2016-11-18", (251000000.0, "件"), {"metric": "volume", "period": "2016-11-11"}),
]


@pytest.mark.parametrize("page, issue_date, figure, expected", CASES,
                         ids=[f"{c[2][0]:g}{c[2][1]}-{'-'.join(c[3])}" for c in CASES])
def test_role(page, issue_date, figure, expected):
    row = _the_figure(page, issue_date, *figure)
    assert {k: getattr(row, k) for k in expected} == expected


DIGEST = """行 业 资 讯

一季度合肥市快递业务量超过2015年全年

一季度，全市邮政行业累计完成业务收入23.58亿元，同比增长40.14%。（来源：合肥日报，2021年5月10日）

金华1月快递业务量同比下降7.2%

据金华市邮政管理局消息，1月份，金华市快递服务企业业务量完成85151.5万件，同比下降7.2%。（来源：金华市邮政管理局，
2022年2月19日）

贵州快递业高歌猛进

数据显示，今年1至10月，全省邮政行业寄递业务量累计完成11.18亿件，同比增长25.80%。（摘自《贵州日报》2024年11月26日）
"""


@pytest.mark.parametrize("value, expected", [
    (2358000000.0, {"item": 1, "item_date": "2021-05-10", "city": "合肥市"}),
    # a note wrapped so that its date starts a line still closes and dates its item
    (851515000.0, {"item": 2, "period": "2022-01", "item_date": "2022-02-19", "city": "金华市"}),
    (1118000000.0, {"item": 3, "period": "2024-01/2024-10", "item_date": "2024-11-26", "province": "贵州省"}),
])
def test_digest_items_end_at_and_are_dated_by_their_source_notes(value, expected):
    rows = [f for f in extract(DIGEST) if f.value == value]
    assert len(rows) == 1
    assert {k: getattr(rows[0], k) for k in expected} == expected


WIRE_PAGE = """行 业 数 据

新华社北京4月21日电 国家邮政局19日发布2024年一季度邮政快递业运行情况。从市场规模看，一季度邮政行业寄递业务量累计完成417.3亿件，同比增长22.1%。

本报讯（记者 林晓岚）记者从莆田市邮政管理局获悉，我市快递服务“四大名果”寄递模式入选国家邮政局《2025年快递业服务现代农业典型案例》。今年以来，全市寄递荔枝120万件。
"""


def test_an_item_is_dated_by_the_period_its_lead_reports_not_the_latest_year_on_the_page():
    rows = {f.value: f for f in extract(WIRE_PAGE)}
    assert rows[41730000000.0].period == "2024-01/2024-03"


WEB_LIST = """数读 | 节假日快递包裹量

春节假期全国揽投快递包裹量超7亿件

2023-01-29 09:40  来源：联商网

国家邮政局监测数据显示，今年春节长假期间，全国揽收快递包裹约4.1亿件。

“双11”当天全国处理快件6.96亿件，你收到多少？

2021-11-12  来源：人民日报

国家邮政局监测数据显示，今年“双11”当天，全国邮政、快递企业共处理快件6.96亿件。

11月11日快递业务量7.01亿件

2024-11-12  来源：新华社

新华社北京11月12日电（记者戴小河）国家邮政局监测数据显示，今年1-10月，全国共处理快递包裹1400亿件。
"""


@pytest.mark.parametrize("value, expected", [
    (410000000.0, {"item": 1, "item_date": "2023-01-29"}),
    # a date line naming a paper (来源：人民日报) is an article's, not a running header
    (696000000.0, {"item": 2, "headline": "“双11”当天全国处理快件6.96亿件，你收到多少？", "item_date": "2021-11-12"}),
    (140000000000.0, {"item": 3, "period": "2024-01/2024-10"}),
])
def test_each_article_of_a_list_page_is_dated_by_its_own_date_line(value, expected):
    rows = [f for f in extract(WEB_LIST) if f.value == value and f.line > 5 * f.item]  # the body's, not the title's
    assert len(rows) == 1
    assert {k: getattr(rows[0], k) for k in expected} == expected


@pytest.mark.parametrize("page, issue_date", [
    ("本报讯 2021年前两个季度，全省快递业务量完成12.5万件。", "2021-06-14"),
    ("本报讯 近30天，全省快递业务量完成12.5万件。", "2021-06-14"),
    ("本报讯 前两周，全省快递业务量完成12.5万件。", "2021-06-14"),
    # a shopping festival's number (双11, 雙11, 618大促) names a day
    ("本报讯 双11期间，全省快递业务量完成12.5万件。", "2021-06-14"),
    ("本报讯 雙11包裹收到手軟，全省快递业务量完成12.5万件。", "2021-06-14"),
    ("本报讯 618大促期间，全省快递业务量完成12.5万件。", "2021-06-14"),
])
def test_a_number_inside_a_time_expression_is_not_a_figure(page, issue_date):
    assert [(f.value, f.unit) for f in extract(page, issue_date=issue_date)] == [(125000.0, "件")]


@pytest.mark.parametrize("page, value, period", [
    # Hong Kong fiscal years in two numerals (April to March)
    ("本报讯 香港郵政一七至一八年度仍錄得虧損一億五千五百萬元。", 155000000.0, "2017-04/2018-03"),
    ("本报讯 ○五/○六年度郵件量達12億件。", 1200000000.0, "2005-04/2006-03"),
    # a period after the figure, in its clause, introduced by 在/于
    ("本报讯 抽查的郵政局中，有八成一均在一四年度錄得虧損。", 81.0, "2014-04/2015-03"),
    # a fiscal year written with both years in digits; two years apart, the years themselves
    ("本报讯 空郵中心的郵件量由2019至20年度約3.69萬噸，大幅下降至2024至25年度約1.2萬噸。", 12000.0, "2024-04/2025-03"),
    ("本报讯 2011-2012年度，郵件量約5億件。", 500000000.0, "2011-04/2012-03"),
    ("本报讯 2019-2021年度，快递业务量完成5亿件。", 500000000.0, "2019/2021"),
    # a company's fiscal year named by the year it ends in (lexicon.FISCAL_YEAR_ENDS), its quarter
    ("本报讯 联邦快递公布2024财年第三季度业绩，营收216亿美元。", 21600000000.0, "2023-12/2024-02"),
    ("本报讯 联邦快递FY2024营收874亿美元。", 87400000000.0, "2023-06/2024-05"),
    ("本报讯 阿里巴巴2022财年菜鸟营收669亿元。", 66900000000.0, "2021-04/2022-03"),
    # …or by the year it starts in (Japan)
    ("本报讯 日本邮政2023年度营业收益11.98万亿日元。", 11980000000000.0, "2023-04/2024-03"),
    # no such company near it: the calendar year (China's 财年, a Chinese company's 年度)
    ("本报讯 2022财年，公司营收669亿元。", 66900000000.0, "2022"),
    ("本报讯 该公司2023年度营收30亿元。", 3000000000.0, "2023"),
])
def test_fiscal_years_of_hong_kong_and_of_companies_and_periods_placed_after_the_figure(page, value, period):
    assert _the_figure(page, "2018-10-01", value).period == period


@pytest.mark.parametrize("page, value, period, basis", [
    # a five-year plan's years; 年均 is the basis of an average growth
    ("本报讯 “十四五”时期，中国快递业务量增长到近2000亿件，年均增长超过10%。", 10.0, "2021/2025", "年均"),
    ("本报讯 十三五期间全省快递业务量年均增长25%。", 25.0, "2016/2020", "年均"),
    # a change from a level at one time to a level at another: the later time, the earlier its basis
    ("本报讯 上半年，供应链客户的收入由2023年同期的389亿元增加7.6%至2024年同期的418亿元。", 7.6,
     "2024-01/2024-06", "2023年同期"),
    ("本报讯 上半年，供应链客户的收入由2023年同期的389亿元增加7.6%至2024年同期的418亿元。", 38900000000.0,
     "2023-01/2023-06", ""),
    ("本报讯 快递业务量由2019年的635亿件增长87%到2023年的1320亿件。", 87.0, "2023", "2019年"),
    ("本报讯 今年1月，该机场货邮吞吐量同比2019年、2023年春运分别增长4.39%、20.11%。", 4.39, "2026-01", "2019年春运"),
    ("本报讯 今年1月，该机场货邮吞吐量同比2019年、2023年春运分别增长4.39%、20.11%。", 20.11, "2026-01", "2023年春运"),
    # a stock at a year's end and its change since another year's end: both at the year's end
    ("本报讯 2019年末，广东邮路总长度24.12万公里，比2015年末增长74%。", 74.0, "2019-12-31", "2015年末"),
    ("本报讯 2019年末，广东邮政营业网点3.0万个。其中农村投递路线31.09万公里。", 310900.0, "2019-12-31", ""),
    # 相较于 / 比起 a year: the year is the basis, written without 于/起
    ("本报讯 2020年，中通碳排放相较于2019年减少25671吨。", -25671.0, "2020", "2019年"),
    ("本报讯 2020年，业务量比起2019年增长5%。", 5.0, "2020", "2019年"),
    # analysts' notation: 2018H1, Q2, and 同增 for 同比增长
    ("本报讯 2018H1行业件量增速达27.5%。", 27.5, "2018-01/2018-06", ""),
    ("本报讯 其中Q2收入增速27.5%，Q1为32.8%。", 32.8, "2026-01/2026-03", ""),
    ("本报讯 2018H1，全国快递服务企业的业务量完成41.8亿件，同增25.1%。", 25.1, "2018-01/2018-06", "同比"),
])
def test_five_year_plans_and_average_growth(page, value, period, basis):
    row = _the_figure(page, "2026-01-07", value)
    assert (row.period, row.basis) == (period, basis)


@pytest.mark.parametrize("page, value, period", [
    # a window named before its dates, named again later: the same window, not the year
    ("本报讯 今年春节期间（1月31日至2月6日），全国共揽收和投递快递包裹7.49亿件。今年春节期间，全国邮政快递业运行平稳，"
     "其中，揽收快递包裹4.2亿件。", 420000000.0, "2022-01-31/2022-02-06"),
    # a window from an event to a day
    ("本报讯 自1月17日春运启动至2月6日，全国邮政快递业已累计揽收快递包裹38.9亿件。", 3890000000.0,
     "2022-01-17/2022-02-06"),
    ("本报讯 从1月26日春运启动至2月3日，该机场累计货邮吞吐量达到3763.99吨。", 3763.99, "2022-01-26/2022-02-03"),
    # years listed after 同比 are each a basis, never the period
    ("本报讯 从1月26日春运启动至2月3日，国际货邮量累计达321.11吨，同比2019年、2023年分别增长324.76%、8842.08%。",
     8842.08, "2022-01-26/2022-02-03"),
    # an event's window: the day it closed and its length, the day it opened and closed, or its days
    # held; its exhibits and visitors are counted over those days, in the sentences after it too
    ("本报武汉6月17日电 17日，为期一周的世界集邮展览落下帷幕。共有1239部4683框邮集参加展出。", 1239.0,
     "2022-06-11/2022-06-17"),
    ("本报讯 21日下午，历时4天的“集邮与现代通讯产品展览”闭幕。此次展览共接待参观者4000余人次。", 4000.0,
     "2022-02-18/2022-02-21"),  # a bare day is in the page's month
    ("本报讯 历时4天的展览21日闭幕。", 4.0, ""),  # the length itself stays a figure
    ("本报讯 3月5日，集邮节展览在上海邮政博物馆开幕，邮展将于7日结束。本次集邮节共展出邮品59部188框。", 59.0,
     "2022-03-05/2022-03-07"),
    ("本报讯 5月1日，为期3天的快递博览会开幕，吸引观众2万人次。", 20000.0, "2022-05-01/2022-05-03"),
    ("本报讯 3月5日，2007年上海集邮节展览开幕，邮展将于7日结束。本次集邮节共展出邮品59部。", 59.0,
     "2007-03-05/2007-03-07"),  # the year its sentence states before the opening
    ("本报讯 陕西站于7月18日至20日在西安举办。\n\n陕西省集邮协会同步举办集邮展览，展出70部236框邮集。", 70.0,
     "2022-07-18/2022-07-20"),
    # a survey or report named after its year: that year frames what the report gives
    ("本报讯 日前，中国物流与采购联合会对外发布了2017年中国电商物流与快递从业人员调查结果。数据显示，"
     "从业人员中男性占比近90%。", 90.0, "2017"),
    # a brief that opens with a bare day is of that day of the page's month (a roundup printed on the 20th)
    ("5日消息，在山西，目前已有403个邮政快递分拨中心恢复常态化运行。", 403.0, "2022-02-05"),
    ("在19日上午举行的新闻发布会上，局长介绍，目前已有20个分拨处理中心恢复运营。", 20.0, "2022-01-19"),
])
def test_named_windows(page, value, period):
    assert _the_figure(page, "2022-02-08", value).period == period


@pytest.mark.parametrize("page, value, unit, expected", [
    # a cue between the previous figure and a percentage outweighs the previous figure's metric
    ("本报讯 至今年7月建2408座、建置經費6.6億，但檢視使用率，自106年48％降至109年最低36％。", 36.0, "%",
     {"metric": "rate", "measure": "level"}),
    ("本报讯 至今年7月建2408座、建置經費6.6億。", 660000000.0, "元", {"metric": "money"}),
    # 节约 is a fall; 吨公里 is a unit of its own
    ("本报讯 中欧班列运邮时间将比海运节约20天。", -20.0, "天", {"measure": "change", "basis": "海运"}),
    ("本报讯 全年各种运输方式完成货物周转量1228.3亿吨公里。", 122830000000.0, "吨公里", {"metric": "other"}),
    # 增长达到 12%: a growth that reached a rate, not a share
    ("本报讯 快递服务业业务收入平均增长达到18.6%。", 18.6, "%", {"metric": "revenue", "measure": "pct_change"}),
    # trips of vehicles and flights are counts, whatever verb of carrying is before them
    ("本报讯 各寄递企业累计运送应急物资车辆进出武汉38731台次。", 38731.0, "台次", {"metric": "count"}),
    ("本报讯 邮政快递企业发运车辆2.07万辆次。", 20700.0, "辆次", {"metric": "count"}),
    # a price per unit (一杯22元, 以每条2元) and a price range (价位), revenue as 營運收益
    ("本报讯 最便宜的是经典美式，一杯22元。", 22.0, "元", {"metric": "price"}),
    ("本报讯 以每条2元至3元的价格出售快递单信息。", 2.0, "元", {"metric": "price"}),
    ("本报讯 咖啡、茶饮价位在20-40元之间。", 20.0, "元", {"metric": "price"}),
    ("本报讯 美國郵政的營運收益上升至710億元。", 71000000000.0, "元", {"metric": "revenue"}),
    # companies counted before a long clause (9家快递公司官网…) are companies, not parcels
    ("本报讯 记者在圆通、韵达等9家快递公司官网查找或咨询官方客服。", 9.0, "家", {"metric": "count"}),
    # riders and workers counted without a counter are people (SCHEMA: 数百万快递小哥 → 人)
    ("本报讯 1小时，30多万骑手在配送路上。", 300000.0, "人", {"metric": "count"}),
    ("本报讯 试点地区累计有超过2000万新就业形态人员缴费参保。", 20000000.0, "人", {"metric": "count"}),
    # …a few words of their trade before them, even one that names parcels (450万快递从业人员, 87万邮政工作人员)
    ("本报讯 450万快递从业人员日夜奔波在路上。", 4500000.0, "人", {"metric": "count"}),
    ("本报讯 87万邮政工作人员坚守岗位。", 870000.0, "人", {"metric": "count"}),
    # traffic offences counted in 起
    ("本报讯 昨日共查处骑手闯红灯8起，不按道行驶3起。", 3.0, "起", {"metric": "count"}),
    # 根 and 杯 are counters
    ("本报讯 同时4万根香蕉会在赛事前一天达到仓库。", 40000.0, "根", {"measure": "level"}),
    ("本报讯 邮局咖啡店一天能卖出咖啡200杯。", 200.0, "杯", {"measure": "level"}),
])
def test_meaning_of_figures_from_unseen_kinds(page, value, unit, expected):
    row = _the_figure(page, "2025-08-01", value, unit)
    assert {k: getattr(row, k) for k in expected} == expected


@pytest.mark.parametrize("page, value, unit, metric", [
    ("本报讯 各项传统业务有升有降：报纸业务累计完成82.0亿份，同比增长0.4%。", 8200000000.0, "份", "volume"),
    ("本报讯 全市邮政服务业务量完成5.11亿元，同比增长11.87%。", 511000000.0, "元", "business_total"),
    ("本报讯 全省郵政行業攬金18.63億元，同比增長35.37%。", 1863000000.0, "元", "revenue"),
    # a government work report: the economy's aggregates and incomes are money, not revenue
    ("本报讯 全县地区生产总值增长6.5%，快递业务收入增长10%。", 6.5, "%", "money"),
    ("本报讯 规上工业总产值增长14.3%。", 14.3, "%", "money"),
    ("本报讯 第三产业增加值增长2.7%。", 2.7, "%", "money"),
    ("本报讯 农村居民人均可支配收入增长8.0%，达到9807元。", 9807.0, "元", "money"),
    ("本报讯 公共财政预算收入增长18%。", 18.0, "%", "money"),
    ("本报讯 全县地区生产总值增长6.5%，快递业务收入增长10%。", 10.0, "%", "revenue"),
    ("本报讯 快递业务收入与国内生产总值的比值从2015年的0.6%提高到2020年的1.1%。", 1.1, "%", "revenue"),
])
def test_metrics_of_bulletin_wordings(page, value, unit, metric):
    assert _the_figure(page, "2025-01-01", value, unit).metric == metric


@pytest.mark.parametrize("page, value, unit, metric", [
    # an index's value has no unit and means no metric
    ("本报讯 2021年，快递与包裹服务品牌集中度指数CR8为84.1。", 84.1, "", "other"),
    ("本报讯 快递服务质量指数从2018年的122.8升至2021年11月424.8。", 424.8, "", "other"),
    ("本报讯 快递发展指数达478.1。", 478.1, "", "other"),
    # …each of a list of indexes' values, and an index's change in its points (set 45's 4508)
    ("本报讯 4月，发展规模指数、服务质量指数和发展能力指数分别为197.1、210.3和159.1。", 210.3, "", "other"),
    ("本报讯 4月，发展规模指数、服务质量指数和发展能力指数分别为197.1、210.3和159.1。", 159.1, "", "other"),
    ("本报讯 2014年中国快递发展指数达到282.4，比上年增长70.8。", 70.8, "", "other"),
    # electricity and rolls
    ("本报讯 实际发电量40,150兆瓦时。", 40150.0, "兆瓦时", "other"),
    ("本报讯 中通为其网点统一采购了639835卷可降解胶带。", 639835.0, "卷", "count"),
    ("本报讯 洪水冲进营业厅，积水近50厘米。", 50.0, "厘米", "other"),
])
def test_index_values_and_units_of_reports(page, value, unit, metric):
    assert _the_figure(page, "2025-01-01", value, unit).metric == metric


def test_a_span_from_a_day_closed_later_in_its_sentence():
    page = ("本报讯 据悉，从今年3月1日起，黑龙江省邮政公司在四个地区试点开办小额质押贷款业务，至3月29日，"
            "全省累计发生贷款394笔，发放贷款1016.68万元。")
    rows = {f.value: f.period for f in extract(page, issue_date="2007-04-03")}
    assert rows[394.0] == "2007-03-01/2007-03-29"


@pytest.mark.parametrize("page", [
    "本报讯 从2013-2019年，义乌快递业务量从1.8亿件增长至49.91亿件。",
    "本报讯 据统计，2013年到2019年，义乌快递业务量由1.8亿件增长至49.91亿件。",
])
def test_the_two_ends_of_a_change_over_a_run_of_years_take_their_own_years(page):
    assert [(f.value, f.period) for f in extract(page, issue_date="2021-01-01")] == [
        (180000000.0, "2013"), (4991000000.0, "2019")]


def test_a_month_and_a_column_name_under_a_title_are_its_date_line():
    from postmetrics import extract_items

    page = ("寄一件快递，快递公司能收多少钱？一文读懂“单票收入”\n\n2021年5月 · 消费观察\n\n"
            "　　3月，圆通速递业务完成量13.48亿票，同比增长59.20%。快递公司每月发布经营简报。\n")
    assert [i["headline"] for i in extract_items(page)] == ["寄一件快递，快递公司能收多少钱？一文读懂“单票收入”"]


@pytest.mark.parametrize("page, value, unit, metric", [
    ("本报讯 活动期间，网友转发产品链接29万次。", 290000.0, "次", "other"),          # online engagement
    ("本报讯 臨櫃提領有二五四萬人次。", 2540000.0, "人次", "customers"),             # people served
    ("本报讯 全年培训快递从业人员1.06万人次。", 10600.0, "人次", "count"),           # …unless a cue says
    ("本报讯 邮政为合作联社配送了近3.5万公斤优质化肥。", 35000.0, "公斤", "volume"),  # handled, in any unit
    ("本报讯 相当于每一秒就有近6000个快递进入寄递渠道。", 6000.0, "个", "volume"),    # parcels counted in 个
    ("本报讯 无人机载着今天要送往圈头乡的111份报纸起飞。", 111.0, "份", "volume"),
    ("本报讯 突击队共发运4车、26700余件、重达83吨。", 83.0, "吨", "other"),          # what a load weighs
])
def test_metrics_of_unseen_kinds(page, value, unit, metric):
    assert _the_figure(page, "2025-01-01", value, unit).metric == metric


@pytest.mark.parametrize("page, period", [
    ("本报讯 年初至8月，全省快递业务量完成12.5亿件。", "2024-01/2024-08"),
    ("本报讯 今年年初至今，全省快递业务量完成12.5亿件。", "2024-01-01/2024-09-10"),
    ("本报讯 21年全省快递业务量完成12.5亿件。", "2021"),
    ("本报讯 他坚守邮路21年，投递邮件300万件。", ""),  # after a verb, 21年 is how long, not which year
    ("本报讯 截至1986年，全国有5万多个邮电局发行报刊。", "1986-12-31"),  # a stock as of a year's end
])
def test_time_expressions_of_issue_14(page, period):
    assert [f.period for f in extract(page, issue_date="2024-09-10")] == [period]


def test_places_in_a_ranking_are_not_people():
    page = "本报讯 全市快递业务量排名第7位，比2020年年底上升三位，共有快递员3200名。"
    assert [(f.value, f.unit) for f in extract(page, issue_date="2021-05-01")] == [(3200.0, "人")]


@pytest.mark.parametrize("page, value, unit, expected", [
    ("本报讯 调查显示整体满意程度依然很高：大约97%的市民和商界人士对邮政服务表示满意。", 97.0, "%",
     {"metric": "rate", "measure": "level"}),
    ("本报讯 送件覆盖至和平乡80%以上的居民。", 80.0, "%", {"measure": "share"}),
    ("本报讯 调查中，99%的业主表达了支持意见。", 99.0, "%", {"metric": "rate", "measure": "level"}),
    ("本报讯 快递企业日均服务4.5亿人次。", 450000000.0, "人次", {"metric": "customers"}),
    ("本报讯 2021年农村地区快递包裹带动农产品进城和工业品下乡近万亿元。", 1e12, "元", {"metric": "sales"}),
])
def test_survey_rates_people_served_and_goods_carried(page, value, unit, expected):
    row = _the_figure(page, "2022-01-10", value, unit)
    assert {k: getattr(row, k) for k in expected} == expected


@pytest.mark.parametrize("page, value, unit, metric", [
    ("本报讯 日均服务人次达542.85万。", 5428500.0, "人次", "customers"),   # the count named before its amount
    ("本报讯 累计观看人数突破2万。", 20000.0, "人", "other"),
    ("本报讯 年度活跃消费者达到约12.8亿。", 1280000000.0, "人", "customers"),   # people served: 人
    ("本报讯 平台用户突破5亿。", 500000000.0, "人", "customers"),
    ("本报讯 郵政博物館全年參觀人次逾42萬。", 420000.0, "", "other"),      # visits: no unit given
    ("本报讯 今年中签的跑马选手数量攀升至2.6万。", 26000.0, "人", "count"),  # people counted, after 攀升至
])
def test_a_count_named_before_its_amount(page, value, unit, metric):
    rows = [(f.value, f.unit, f.metric) for f in extract(page, issue_date="2022-01-10")]
    assert rows == [(value, unit, metric)]


@pytest.mark.parametrize("page, value, unit, metric", [
    ("本报讯 上半年，全国办理邮政市场行政处罚案件1460件，行政罚款1188.09万元。", 1460.0, "件", "count"),
    ("本报讯 上半年，全国办理邮政市场行政处罚案件1460件，行政罚款1188.09万元。", 11880900.0, "元", "money"),
    ("本报讯 截至目前，全区出动执法人员97人次，检查寄递企业50多家。", 97.0, "人次", "count"),
    ("本报讯 三季度，中通快递毛利27.06亿元，同比增长10.7%。", 2706000000.0, "元", "money"),
    ("本报讯 园区建成后，年纳税可达1500万元。", 15000000.0, "元", "money"),
    ("本报讯 武铁每日安排高铁载客动车组240列。", 240.0, "列", "count"),
])
def test_enforcement_counts_profit_and_trains(page, value, unit, metric):
    assert _the_figure(page, "2020-08-06", value, unit).metric == metric


@pytest.mark.parametrize("page, value, unit, metric", [
    # in an item about complaints or cases, 件 count them unless the clause names parcels
    ("国家邮政局通报10月邮政业用户申诉情况\n\n本报讯 10月，涉及快递业务问题的60868件，占总申诉量的96.8%。",
     60868.0, "件", "count"),
    ("国家邮政局公布上半年行政执法情况\n\n本报讯 上半年，违反快递服务标准207件，占比14.18%。", 14.18, "%", "count"),
    ("国家邮政局通报10月邮政业用户申诉情况\n\n本报讯 10月，全国快递业务量完成100亿件。", 1e10, "件", "volume"),
    # mail and cargo carried by weight is a volume
    ("本报讯 2024年，航空货邮运输量达到898.2万吨。", 8982000.0, "吨", "volume"),
])
def test_cases_complaints_and_mail_by_weight(page, value, unit, metric):
    assert _the_figure(page, "2024-11-20", value, unit).metric == metric


def test_a_county_is_not_outvoted_by_other_counties_written_as_chains():
    """石屏县 named through the item, then 保山市腾冲市、楚雄州姚安县、昭通市大关县 as examples
    (set 17's 1711, from 云南日报): each chain votes once, so the item stays 石屏县's."""
    from pathlib import Path
    from postmetrics import extract_items

    page = (Path(__file__).parent / "data" / "shiping_keyunyou.txt").read_text("utf-8")
    (item,) = extract_items(page, issue_date="2025-10-23")
    assert (item["city"], item["county"]) == ("红河哈尼族彝族自治州", "石屏县")


@pytest.mark.parametrize("page, value, unit, metric", [
    # goods flown or loaded by the tonne are a volume
    ("本报讯 5月以来，空运抵深的樱桃已达1200余吨。", 1200.0, "吨", "volume"),
    ("本报讯 该货机每班载量30吨。", 30.0, "吨", "volume"),
    # a fee is a price
    ("本报讯 王女士寄件时支付了13.5元快递费。", 13.5, "元", "price"),
    # in a survey, a share of the people asked is a count's share, whatever band it names
    ("中国快递从业人员调查报告\n\n本报讯 调查显示，平均每天工作时间8～12个小时的人占到86.66%。", 86.66, "%", "count"),
])
def test_tonnes_flown_fees_and_survey_shares(page, value, unit, metric):
    assert _the_figure(page, "2024-06-01", value, unit).metric == metric


@pytest.mark.parametrize("page, issue_date, value, period", [
    # 截至目前: up to the item's day, from the start the item gave its campaign, else on that day
    ("本报讯 南区局自2月22日起开始监督检查。截至目前，南区局共督导检查寄递企业14家。", "2022-03-02", 14.0,
     "2022-02-22/2022-03-02"),
    ("本报讯 迪庆州邮政管理局自2018年起在全州开展专项行动。截至目前，累计抽查网点28个。", "2022-03-02", 28.0,
     "2018-01-01/2022-03-02"),
    ("本报讯 截至目前，全市共有快递网点500个。", "2022-03-02", 500.0, "2022-03-02"),
    # a level stated for the same months a year before has that period a year back
    ("本报讯 今年第三季度营收4亿5896万元，去年同期为4亿6172万元。", "2024-11-20", 461720000.0, "2023-07/2023-09"),
    ("本报讯 今年第三季度，该公司净亏4989万元，去年同期亏损3334万元，按年扩大49.65%。", "2024-11-20", 33340000.0,
     "2023-07/2023-09"),
    ("本报讯 今年第三季度，该公司净亏4989万元，去年同期亏损3334万元，按年扩大49.65%。", "2024-11-20", 49.65,
     "2024-07/2024-09"),
    ("本报讯 1-9月，全省快递业务量完成50亿件，比去年同期的40亿件增长25%。", "2024-11-20", 4000000000.0,
     "2023-01/2023-09"),
    ("本报讯 1-9月，全省快递业务量完成50亿件，比去年同期的40亿件增长25%。", "2024-11-20", 25.0, "2024-01/2024-09"),
    # a headline's year right after its label's colon is the report's year (its figures' default)…
    ("UPS首席执行官致股东信：2022年是创纪录的一年\n\n本报讯 合并调整后营业利润率达到13.8%。", "2026-01-07", 13.8, "2022"),
    # …but not a target year
    ("国家邮政局：2025年全国快递业务量将达2000亿件\n\n本报讯 合并调整后营业利润率达到13.8%。", "2026-01-07", 13.8, ""),
])
def test_periods_of_campaigns_compared_levels_and_labelled_headlines(page, issue_date, value, period):
    assert _the_figure(page, issue_date, value).period == period


def test_a_day_that_publishes_a_years_report_is_after_that_year():
    # an undated article on a page of 2020 articles: 3月27日发布《2019年…报告》 is a day of 2020,
    # and so is the 3月26日 after it (held-out 2003, written from public pages)
    from pathlib import Path

    page = (Path(__file__).parent / "data" / "heldout" / "2003.txt").read_text("utf-8")
    assert _the_figure(page, None, 2666800.0).period == "2020-03-26"


def test_a_paragraph_that_opens_with_its_period_after_one_that_lost_its_full_stop():
    # …同比增长13.03% / (blank) / 7月份,…: the month heads its own paragraph, not the 1-7月 one before
    page = ("本报讯 1-7月,邮政行业业务收入累计完成16.87亿元,同比增长12.07%。其中,快递业务收入累计完成10.29亿元,"
            "同比增长13.03%\n\n"
            "7月份,邮政行业寄递业务量完成1849.50万件,同比增长8.84%。\n")
    assert _the_figure(page, "2023-08-20", 18495000.0).period == "2023-07"


@pytest.mark.parametrize("page, value, period", [
    # a shopping festival's day (“双十一”首日, 双11当天) is that day; its campaign (双11期间) is none
    ("本报讯 “双十一”首日，潍坊市揽收件量达到161万件。", 1610000.0, "2018-11-11"),
    ("本报讯 双12当天，全市揽收快件50万件。", 500000.0, "2018-12-12"),
    ("本报讯 双11期间，全市揽收快件500万件。", 5000000.0, ""),
    # …当日 / 当天 after the day's name is that day, not the item's own day (a commentary of 12月1日)
    ("本报讯 2018年12月1日 今年“双11”当日，全行业共处理快递包裹5.52亿件。", 552000000.0, "2018-11-11"),
    ("本报讯 2018年2月20日 今年春节当天，全省共揽收快递包裹5万件。", 50000.0, "2018-02-16"),
    # a year's annual report named in the headline dates its figures (德邦股份 - 2019 Q4 - 年度财报)
    ("德邦股份(603056)\n\n德邦股份(603056) - 2019 Q4 - 年度财报\n2020-04-29 16:00\n收入和利润(同比环比) - "
     "营业收入为259.22亿元,同比增长12.58%[33]。\n", 25922000000.0, "2019"),
])
def test_shopping_days_and_annual_reports(page, value, period):
    assert _the_figure(page, "2018-11-13", value).period == period


def test_an_undated_item_is_later_than_what_it_compares_with():
    # an article without a date line under a 2022 one: 今年中秋国庆 compared with 2022年国庆长假 is of 2023
    page = ("国庆假期快递包裹超41亿件\n2022年10月08日 来源：中国新闻网\n\n中新网10月8日电 10月1日至7日，"
            "全国共揽收快递包裹21.35亿件。\n\n国家邮政局发布中秋国庆假期快递数据\n\n新京报讯 今年中秋国庆放假期间"
            "（9月29日-10月6日），全国揽投快递包裹超51.47亿件。其中，日均揽收量与2022年国庆长假相比增长8.6%。\n")
    assert _the_figure(page, None, 5147000000.0).period == "2023-09-29/2023-10-06"


def test_a_page_reporting_a_bulletin_it_names_as_published_is_of_the_next_year():
    # 公布的《2023年…统计公报》 on a page dated 5月20日 alone: the page is of 2024, 去年 is 2023
    page = ("去年新疆年人均快递支出超238元\n\n本报讯 5月20日,记者从新疆邮政管理局公布的《2023年邮政行业发展统计公报》中获悉:"
            "去年,新疆年人均快递使用量为47.55件。")
    assert _the_figure(page, None, 47.55).period == "2023"


@pytest.mark.parametrize("page, value, expected", [
    # analysts' notation: a basis word and a signed number is that change; 1H25, 3Q25 are periods
    ("本报讯 上半年收入358.8亿元，同比+10.2%。", 10.2, {"measure": "pct_change", "basis": "同比"}),
    ("本报讯 上半年归母净利润18.3亿元，同比-7.9%。", -7.9, {"measure": "pct_change", "basis": "同比"}),
    ("本报讯 3Q25净利润/核心净利润分别为同比+5%/-3%。", -3.0,
     {"measure": "pct_change", "basis": "同比", "period": "2025-07/2025-09"}),
    ("本报讯 1H25全国快递业务量956.4亿件，同比+19.3%。", 95640000000.0, {"period": "2025-01/2025-06"}),
    # a growth shared by two measures (均超4成) is a change
    ("本报讯 园区业务量收同比增长均超4成。", 40.0, {"measure": "pct_change", "basis": "同比"}),
    # compared with a named growth (较行业增速快) and with a year a span starts at (自2006年以来)
    ("本报讯 全省快递业务量增长25%，较行业增速快2.5个百分点。", 2.5, {"measure": "change", "basis": "行业增速"}),
    ("本报讯 自2006年以来投递的信件数量减少了60%。", -60.0, {"measure": "pct_change", "basis": "2006年"}),
    # 与2021年同比: compared with that year, not the period
    ("本报讯 10月1日至7日，全国共揽收快递包裹21.35亿件，与2021年同比增长7.23%。", 7.23,
     {"basis": "2021年", "period": "2025-10-01/2025-10-07"}),
    # a growth above another whose value stands in parentheses: compared with that growth
    ("本报讯 1-11月，全市邮政业务总量同比增长3.5%，高于全省平均增速(2.4%)1.1个百分点。", 1.1,
     {"measure": "change", "basis": "全省平均增速"}),
    # …but 同比 written after another growth is no pair (同比增长32.4%（…、同比增长85.8%）
    ("本报讯 货邮吞吐量同比增长32.4%（国际及地区货量49.6万吨、同比增长85.8%）。", 85.8, {"basis": "同比"}),
])
def test_analysts_notation_and_bases_named_in_the_comparison(page, value, expected):
    row = _the_figure(page, "2025-09-01", value)
    assert {k: getattr(row, k) for k in expected} == expected


@pytest.mark.parametrize("page, value, period", [
    # a rate's level under 截至 is on that day (SCHEMA: 截至3月12日，复工率达100% → that day)
    ("本报讯 截至3月27日12时，湖北省营业网点复工率达到89.52%。", 89.52, "2020-03-27"),
    # a running total under 截至 with no start given: known at that day
    ("本报讯 截至3月4日，邮政快递企业累计承运、寄递防疫物资1.63亿件。", 163000000.0, "2020-03-04"),
    # …but this year's running total covers the year to date
    ("本报讯 截至3月4日，今年全国快递业务量累计完成200亿件。", 20000000000.0, "2020-01-01/2020-03-04"),
    # …and so does a yearly series' running total compared year on year or by the day it was
    # reached earlier (set 43's 4302, set 23's 2304)
    ("本报讯 截至3月18日，甘肃省快递业务量累计完成2.93亿件，同比增长49.83%。", 293000000.0, "2020-01-01/2020-03-18"),
    ("本报讯 截至2月8日，累计突破百亿件，较2019年提前40天。", 10000000000.0, "2020-01-01/2020-02-08"),
])
def test_levels_and_running_totals_under_a_cut_off_day(page, value, period):
    assert _the_figure(page, "2020-03-28", value).period == period


def test_an_undated_article_whose_lead_names_a_later_year_is_of_that_year():
    # on a page gathering articles of several dates: no date line, but its lead names 2022
    page = ("《财富》500强公布 中邮集团升至第105位\n发布时间：2016-07-22\n\n"
            "7月20日晚，美国《财富》杂志发布新一期世界500强排行榜，中国110家企业入围。\n"
            "13家中国内地企业首次上榜。\n\n"
            "邮政、顺丰等六家入围中国服务企业500强\n发布时间 | 2019年09月06日 09:03:51\n\n"
            "9月1日，中国企业联合会发布2019中国企业500强榜单，邮政业共有两家企业入围。\n"
            "顺丰杀入前百强，位列第82位。\n\n"
            "顺丰等6家快递企业入围《财富》中国500强\n\n"
            "7月13日消息，《财富》杂志7月12日晚间发布了2022年《财富》中国500强排行榜。"
            "今年500家上榜的中国上市公司总营业收入达到62万亿元人民币。\n")
    from postmetrics import extract_items

    assert [i["item_date"] for i in extract_items(page)] == ["2016-07-20", "2019-09-01", "2022-07-13"]


def test_now_after_a_look_back_is_not_the_past_years_period():
    # 30年前…仅1万余件，如今…已达1.5亿件: the 1.5亿 is the item's present (its year, 2018), not 1989
    page = ("内蒙古邮政业务总量连续7年增速超25%\n\n来源：北方新报 时间：2019年01月15日\n\n"
            "1月14日，全区邮政管理工作会议召开，会议总结2018年工作。2018年全区邮政业保持了平稳增长的良好态势。"
            "全年预计完成邮政业业务总量44亿元。\n\n30年前，全区特快专递年业务量仅1万余件，如今快递年业务量已达1.5亿件。\n")
    assert [(f.value, f.period) for f in extract(page) if f.unit == "件"] == [(10000.0, "1989"), (150000000.0, "2018")]


@pytest.mark.parametrize("page, value, period", [
    # a month's report: 7月份，…累计完成 is January to July (the year to date), its month's own figure the month
    ("2016年7月新余市邮政业运行情况\n\n2016年7月，新余市邮政企业业务收入1236.6万元，本年累计完成9744.61万元。"
     "7月份，新余市快递服务企业业务量累计完成277.3万件，同比增长26.58%。\n", 12366000.0, "2016-07"),
    ("2016年7月新余市邮政业运行情况\n\n2016年7月，新余市邮政企业业务收入1236.6万元，本年累计完成9744.61万元。"
     "7月份，新余市快递服务企业业务量累计完成277.3万件，同比增长26.58%。\n", 97446100.0, "2016-01/2016-07"),
    ("2016年7月新余市邮政业运行情况\n\n2016年7月，新余市邮政企业业务收入1236.6万元，本年累计完成9744.61万元。"
     "7月份，新余市快递服务企业业务量累计完成277.3万件，同比增长26.58%。\n", 2773000.0, "2016-01/2016-07"),
    # …截至6月末，累计参保人数…: counted at that month's end, no year to date
    ("本报讯 2025年9月26日 截至6月末，7个试点省份累计参保人数1234.57万人。\n", 12345700.0, "2025-06-30"),
])
def test_a_months_running_total(page, value, period):
    assert _the_figure(page, "2016-08-20", value).period == period



def test_an_article_before_the_dated_ones_is_dated_by_the_year_its_lead_reports():
    # a page of articles under their own date lines (2016, 2015), the first without one: its lead names
    # 2014年上半年, so its 今年上半年 is 2014's, not the page's 2016
    page = ("苏州南京等8市快递业务量进入全国50强\n\n人民网苏南频道8月26日电 据国家邮政局发布的2014年上半年邮政行业运行情况，"
            "苏南地区表现抢眼。\n\n今年上半年，江苏省以61364万件的快递业务量排名全国第十。\n\n\n"
            "苏州1月快递业务量居全国第8位\n\n2016-03-11 来源：苏州日报\n\n1月份，苏州市快递业务量完成1.2亿件。\n\n\n"
            "南京快递业异军突起\n\n2015-05-22 来源：南京日报\n\n1-4月，南京快递业务量完成1.5亿件。\n")
    assert [(f.value, f.period) for f in extract(page)] == [
        (613640000.0, "2014-01/2014-06"), (120000000.0, "2016-01"), (150000000.0, "2015-01/2015-04")]


def test_the_months_of_a_whole_year_are_the_year():
    # 2013年1-12月 covers 2013: the period is 2013, as SCHEMA writes a year
    page = "新华网浙江频道1月17日电 2013年1-12月，全省2.6万个村邮站为农村百姓办理便民服务1501.8万笔。\n"
    assert [(f.value, f.period) for f in extract(page, issue_date="2014-01-17") if f.unit == "笔"] == [(15018000.0, "2013")]


@pytest.mark.parametrize("page, value, period", [
    # a year a figure is said to exceed (超过2017年全年投递量) is compared with: it dates neither
    # that figure nor the sentences after it
    ("本报讯 今年上半年，全省快递业务投递量达6亿件，超过2017年全年投递量。同时，“五常大米”项目业务量超2261万件。\n",
     22610000.0, "2020-01/2020-06"),
    # …but a level right after it is that year's (超过2017年423万吨的历史高点)
    ("本报讯 2021年，浦东机场货邮吞吐量达436.6万吨，超过2017年423万吨的历史高点。\n", 4230000.0, "2017"),
])
def test_a_year_exceeded_is_compared_with(page, value, period):
    import postmetrics

    assert [f.period for f in postmetrics.extract(page, issue_date="2020-07-27") if f.value == value] == [period]


def test_a_run_of_years_does_not_date_a_year_stated_after_it():
    # short lines of a post run into one sentence: 连续3年 before 继2018年… does not make 2018 a run of years
    import postmetrics

    page = ("本报讯\n近年来\n我市快递业持续高速发展\n我市连续3年位列全省设区市前列\n全市快递业务总量\n"
            "继2018年首次突破1亿件后\n2021年达到4.11亿件\n")
    assert [(f.value, f.period) for f in postmetrics.extract(page, issue_date="2023-08-01")] == [
        (100000000.0, "2018"), (411000000.0, "2021")]


def test_the_day_a_report_is_released_does_not_date_what_follows():
    # 9月15日，…发布《…报告》: the day of the release, not of the figures in the sentences after it
    import postmetrics

    page = ("无人车送快递：降本增效几何\n2025-09-24　来源：中华网\n"
            "功能型无人车的落地正在加速。\n9月15日，深圳市智能网联交通协会发布《2025年8月深圳市功能型无人车月度运行与发展报告》。"
            "数据显示，深圳当月在线无人物流车共320辆。\n"
            "快递网点负责人李黎表示，目前每票的使用成本在0.06元左右。\n")
    assert [f.period for f in postmetrics.extract(page) if f.value == 0.06] == [""]


@pytest.mark.parametrize("page, values", [
    # a length of time in a rate's name (72小时准时率) is the name's (set 44's 4408)
    ("本报讯 一季度快递服务公众满意度和72小时准时率分别为81.6分和75.4%。从72小时准时率看，北京最高。",
     [81.6, 75.4]),
    # the denominator of a rate (平均百万件快件有效申诉14.4件: per million parcels) (set 44's 4407)
    ("本报讯 3月，全国快递业务平均百万件快件有效申诉14.4件，环比增加1.3件。", [14.4, 1.3]),
    # an office's number before its head's title (快件二处处长) counts nothing (set 44's 4410)
    ("本报讯 “申报量增长20%。”浦东国际机场海关快件二处处长徐枫说。", [20.0]),
])
def test_numbers_in_names_and_denominators_are_no_figures(page, values):
    assert [f.value for f in extract(page, issue_date="2023-04-20")] == values

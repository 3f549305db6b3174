"""Item segmentation: the seed page against its items file, and small synthetic pages."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import postmetrics
from postmetrics.items import segment

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed-page.txt").read_text(encoding="utf-8")


def _nospace(s):
    return re.sub(r"\s+", "", s)


def _expected_items():
    with open(DATA / "seed-page.items.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


EXPECTED = _expected_items()
ITEM_COLUMNS = ("item_kind", "headline", "province", "city", "county", "org", "item_date", "first_line")


@pytest.fixture(scope="module")
def seed_items():
    return postmetrics.extract_document(SEED, doc="seed-page.txt").items


def test_seed_page_has_ten_items_in_reading_order(seed_items):
    assert [it["item"] for it in seed_items] == list(range(1, len(EXPECTED) + 1))
    assert len(EXPECTED) == 10


@pytest.mark.parametrize(("n", "row"), list(enumerate(EXPECTED)), ids=[r["item_key"] for r in EXPECTED])
def test_seed_page_item(seed_items, n, row):
    assert set(row) == {"doc", "item_key", *ITEM_COLUMNS}
    got = seed_items[n]
    assert got["doc"] == row["doc"]
    actual = {c: str(got[c]) for c in ITEM_COLUMNS}
    expected = dict(row)
    del expected["doc"], expected["item_key"]
    actual["headline"], expected["headline"] = _nospace(actual["headline"]), _nospace(expected["headline"])
    assert actual == expected


def test_segment_layout_matches_document_items(seed_items):
    layout = segment(SEED)
    assert [(it.kind, _nospace(it.headline), it.first_line) for it in layout.items] == [
        (it["item_kind"], _nospace(it["headline"]), it["first_line"]) for it in seed_items]


# --- synthetic pages ------------------------------------------------------------
# Double-spaced short lines, as PDF extraction gives them.

TWO_NEWS_HEADLINES_AFTER = """本报讯 3 月 17 日，山东省莘县邮政

分公司揽收蔬菜包裹 5000 件，同比

增长 20%。

□张三

本报讯 3 月 18 日，浙江省德清县邮

政分公司寄递邮件 2 万件，业务收

入约 30 万元。

□李四

德清县分公司

寄递邮件再创新高

莘县分公司

蔬菜包裹量稳步增长
"""

PHOTO_THEN_NEWS = """近日，浙江省德清县邮政分公司

联合县公安局走进校园，开展亚运

文化校园行活动。

□朱丽娜 摄影报道

本报讯 3 月 18 日，江苏省扬中市邮

政分公司举办寄递业务推介会，邀

请 30 余个客户参加。 □王凌慧

亚运文化校园行

扬中市分公司

举办寄递业务推介会
"""

CONTINUED = """（上接第1版）

精诚合作互惠互利

共同打造“产业链”

汨罗市分公司积极与民营快递

公司对接合作，与 6 家社会知名

快递企业签订合作协议，日均代

运社会邮件 1000 余件。

□王五
"""

WEB_ARTICLE = """哈尔滨邮政快递业务量再创新高

来源：生活报  2025年6月19日

今年以来，哈尔滨市邮政分公司快递业务量达到1200万件，同比增长15%。

截至6月18日，全市日均揽收包裹40万件。
"""

# a photo credit with the next caption glued to it on one line (bug caught by the
# metamorphic re-wrap test): the text after 摄影报道 starts the next item
CREDIT_THEN_TEXT = """山东省莘县邮政分公司由27名党员组成先锋队，深入田间地头。
□李茹 王文东 摄影报道近日，杭州亚运会迎来倒计时 200 天。浙江省湖州市德清县邮政分公司开展活动。
□朱丽娜 摄影报道
"""

# headlines printed after their bodies, each on two lines, sharing words across
# items (held-out page 503): the figure a headline repeats tells its item
NUMBERED_HEADLINES_AFTER = """本报讯 7 月 16 日，湖北省宜昌市秭归县邮政

分公司在屈原镇召开夏橙寄递总结会。

2024年4月至6月，秭归县分公

司累计寄递脐橙126.8万件，

较去年同期增长32%。 □李楠

本报讯 7 月 18 日，吉林省延边朝鲜

族自治州珲春市邮政分公司举办跨境电

商寄递业务培训会。今年上半年，珲春市分公司

跨境电商寄递业务量达8.6万件，同比

增长46.2%。

  □ 金 哲

秭归邮政夏橙寄递

同比增长32%

珲春邮政跨境电商寄递业务量

上半年增长46.2%
"""

# a city paper's county page (held-out 606/611): single-spaced text, each headline
# above its body with blank lines around it, a page-code and staff line under the
# masthead, a two-line headline, sentence ends inside lines, and credits wrapped
# onto their own line (…以内。（通讯员 / 吴国华）)
LOCAL_PAPER = """茂名日报  2024年6月12日  星期三
A05  县区新闻          编辑 陈 珊  校对 黄 颖

高州荔枝“坐”上邮政专机

本报讯 6月10日，高州市邮政分公司荔枝寄递中
心灯火通明。截至6月10日，累计寄递荔枝邮
件一百二十万件，同比增长近三成。

电白区邮政直播间里卖荔枝
单场销售额达38万元

本报讯 6月8日晚，在电白区邮政分公司
直播间里，当晚直播销售额达38万元，
订单3800余单。

茂南区：“邮快合作”让快递进村更便捷

本 报 讯 茂 南 区 邮 政 分 公 司 与 辖 区 内 4 家
快递企业开展合作，日均代投快件约1.3万件。今
年1—5月，累计代投快件190万余件。（通讯员
 吴国华）

茂名邮政比拼荔枝打包技能

本报讯 6月5日，茂名市邮政分公司举办荔枝
寄递打包技能比武，48名选手参赛。
"""

# a provincial internal paper, single-spaced (held-out 701): masthead furniture
# (准印证号, 第2版 经营发展, 责任编辑), a kicker and headline right above their
# body, a block of three two-line headlines printed after their bodies, then the
# next item's headline above it
INTERNAL_PAPER = """山东邮政报
2024年5月17日 星期五
第2版  经营发展
责任编辑：王琳  美术编辑：张杰
连续性内部资料出版物准印证号：鲁内资准字（2024）第018号

线上线下齐发力
寿光邮政蔬菜寄递量同比增长三成

本报讯 今年1-4月，潍坊寿光市邮政分公司累计寄递蔬菜邮件86.3万件，
同比增长31.2%。                                      □李梦
本报讯 5月10日，临沂市兰陵县邮政分公司通过直播销售蒜薹32万斤，
同比增长1.6倍。                                      □孔祥
本报讯 截至4月末，济南市章丘区邮政分公司储蓄余额达60.8亿元，较年
初新增5.1亿元。                                      □刘倩

兰陵邮政
助销蒜薹32万斤
章丘邮政储蓄余额
突破60亿元

聚焦“三农”服务 做强县域市场
聊城邮政农村电商业务一季度实现“开门红”

本报讯 一季度，聊城市邮政分公司农村电商业务收入同比增长27.5%。
"""

# the same kind of page with each headline printed under its body (held-out 609)
HEADLINES_UNDER = """2024年7月23日 星期二

本报讯 截至6月底，陕西省邮政分公司在全省设有邮政网点1486个，其中
农村网点1012个，占比68.1%。 □任小龙

陕西邮政农村网点占比达68.1%

本报讯 今年以来，浙江省宁波市邮政分公司寄递业务量实现逐季攀升，上
半年累计完成6100万件。 □郑凯

宁波邮政上半年寄递业务量6100万件
"""

# an administration's bulletin (held-out 605): a two-line title, its document
# number, lines typed at uneven widths (not two columns), the signature at the end
BULLETIN = """江苏省邮政管理局关于2024年上半年
全省邮政行业运行情况的通报

苏邮管〔2024〕46号

各设区市邮政管理局，各邮政、快递企业：
现将2024年上半年全省邮政行业运行情况通报如下：
一、总体情况
1—6月，全省邮政行业寄递业务量累计完成51.26亿件，同比增长
17.8%；邮政行业业务收入累计完成489.63亿元，同比增长9.1%。
二、快递业务情况
1—6月，全省快递服务企业业务量累计完成45.3亿件，同比增长
19.4%。同城快递业务量累计完成3.11亿件，同比增长6.5%；异地快
递业务量累计完成41.62亿件，同比增长20.5%；国际/港澳台快递
业务量累计完成6512.3万件，同比增长21.7%。
三、分地区情况
1—6月，苏南、苏中、苏北地区快递业务量分别完成26.19亿件、
7.08亿件和12.03亿件。快递业务量排名前五位的城市依次为苏州、
南京、无锡、徐州和宿迁，分别完成11.24亿件、5.86亿件、4.37亿件、
3.82亿件和3.60亿件。

江苏省邮政管理局
2024年7月18日
（此件公开发布）
"""

# a double-spaced page (held-out 703): a block of headlines after two bodies whose
# last two lines are the next item's headline, printed above it
DOUBLE_SPACED_BLOCK = """本报讯 2024年，南阳市西峡县邮政分公司累

计寄递香菇邮件312万件。 □张书豪

本报讯 春节前后，焦作市温县邮政分公司寄

递铁棍山药邮件8.6万件，同比增长104%。 □司马燕

西峡香菇“邮”出山

温县铁棍山药寄递量翻番

全省邮政农产品寄递量

达1.28亿件

本报讯 3月10日，记者从河南省邮政分公司获悉，2024年，全省

邮政农产品寄递量达1.28亿件。
"""

# held-out 601: a news item without a byline, the headlines of a column, then a photo
# caption that does not open like one (冬日的…): the block parts the two
HEADLINES_BEFORE_CAPTION = """本报讯 河北省邢台市南和区邮政分公司深

耕宠物食品寄递市场，1—11月寄递业务量

达156万件。

南和邮政宠物食品寄递

业务量达156万件

冬日的皖南山区，安徽省黄山市歙县

邮政分公司投递员方建国骑着摩托车

行驶在盘山公路上，每天揽投邮件包裹

300 余件。

□汪立新 摄影报道
"""

# held-out 612: a photo caption that describes its picture (图为…) after a news item
# without byline; the headlines follow both
CAPTION_WITH_TUWEI = """本报讯 今年春节前，湖北省洪湖市分公司寄

递腊鱼、莲藕等年货包裹4.2万件。

春节前，内蒙古自治区呼伦贝尔市邮

政分公司日均发运特产包裹八千余件。图为

工作人员在海拉尔区邮件处理中心分

拣包裹。

□乌日娜 摄影报道

洪湖腊鱼“游”向全国

草原特产年味浓
"""

# a research brief (held-out 809): a section label above the title, a subtitle, the
# issuer and analyst lines under it, then ■ paragraphs
BRIEF = """行业研究 | 交通运输 | 快递

快递行业2024年度复盘及2025年展望
——快递行业研究周报（2025年第6期）

中邮证券研究所
分析师：周晓峰
核心观点

■ 行业规模：据国家邮政局数据，2024年全国快递业务量累计完成1750.8亿件，同比增长21.5%。
"""

# held-out 907: the page's first block, a kicker-less headline on two lines with a
# blank line between them, on a mostly single-spaced page
FIRST_BLOCK = """中国邮政报　2024年2月23日　星期五　第2版　要闻

春节假期

全国揽收快递包裹9.68亿件

本报讯 国家邮政局监测数据显示，春节假期（2月10日至17日），全国邮
政快递业累计揽收快递包裹9.68亿件。
本报讯 春节期间，成都市邮政分公司坚持“春节不打烊”，
日均投递邮件快件56万件。
本报讯 凯里市分公司组织开展“年味寄乡愁”活动，
累计寄递腊肉、香肠等年货邮件12.6万件。
"""

# held-out 1006, 1005, 1106: a web document's title, then its issuer or labelled data, then its date
ISSUED_DOCUMENT = """烟台市2024年邮政行业发展统计公报

烟台市邮政管理局
2025年4月28日

2024年，全市邮政行业业务总量完成68.42亿元，比上年增长18.6%。
"""

LABELLED_DOCUMENT = """当前位置：首页 > 信息公开 > 统计数据

奋楫笃行谱新篇
——贵州邮政2023年工作盘点

发布机构：中国邮政集团有限公司贵州省分公司
发布日期：2024年01月08日

全年实现业务收入86.4亿元，同比增长7.9%。
"""

# held-out 1008: a list of figures after the text (·label：figure) is body, not headlines
FIGURE_LIST = """我省出台方案推进邮政快递业高质量发展
来源：河南日报  2024年3月5日
省邮政管理局有关负责人表示，今年将推动全省新增村级寄递物流综合服务站2000个以上。

【数据链接】2023年全省邮政快递业主要指标

·快递业务量：59.6亿件，同比增长26.3%
·人均快递使用量：60.7件
"""

# held-out 910: a kicker naming a postal unit (无锡邮政) under the running header is not the
# paper's name (河南邮政 above the date line is)
KICKER_UNDER_HEADER = """中国邮政报　2025年6月6日　星期五　第3版　绿色发展

无锡邮政

可循环快递箱累计使用超百万次

本报讯 6月3日，记者从江苏省无锡市邮政分公司获悉，该分公司已在全市投放可循环快递箱12万个，累计使用超过105万次。
"""

# held-out 908: a block of headlines after two items ends with two headlines printed side
# by side over the next two items
SIDE_BY_SIDE = """本报讯 山西省晋中市介休市邮政分公司今年一季度代办交管业务1.36万笔。
□武建平
本报讯 江苏省徐州市邳州市邮政分公司一季度寄递不动产权证书同比增长34.6%。
□孟凡军

介休邮政一季度
代办交管业务1.36万笔

宜昌邮政网点变身　　　　　　　延吉开通出入境证件
政务便民服务站　　　　　　　　“邮寄到家”服务
本报讯 湖北省宜昌市邮政分公司已在邮政网点设立政务便民服务站186个。
□胡晓
本报讯 吉林省延边朝鲜族自治州延吉市邮政分公司开通出入境证件“邮寄到家”服务。
□金美玉
"""

# set 39's 3904: a page gathered from several sites keeps each article's spacing (the first
# double-spaced, the next two not): a title after one blank line over single-spaced text opens an article
GATHERED_SPACING = """1—7月份甲县快递外发包裹数2836万件
发表于 2024-8-19 11:11:14

记者今天从县邮政管理局获悉，今年以来，我县强化快递市场管理。1—7月份，全县快递外发包裹数量2836万件，同比增长24.2%。

近年来，我县以电商物流产业园为核心，打造电商物流配送体系。

南漳县：邮政直播走进巡检镇
来源：人民网-湖北频道

巡检镇位于南漳县最偏远的山区之一，邮路长达273公里。
当天的直播，销售300多单，销售额达2万元。

随县：唐镇支局直播带货

去年疫情突发，唐镇支局帮农民销售了20余吨红薯。
今年以来，该支局累计寄递农产品邮件7.8万件。
"""

# set 23's 2308: a picture's credit over single-spaced text is not a title
PICTURE_CREDIT = """国新办介绍上半年进出口情况

2023/07/17

7月15日消息，国务院新闻办公室日前举行发布会。

图源：国新网
根据海关总署统计，上半年我国货物贸易进出口总值21.94万亿元，同比增长2.9%。
其中，出口13万亿元，同比增长7.2%。
"""

# set 39's 3906: a photo's caption after a news item, set off by a blank line and closed by its credit
CAPTION_AFTER_GAP = """荆门邮政快递业务快速增长

本报讯 1-10月，荆门市邮政行业业务收入完成8.45亿元，同比增长23.96%。
快递业务快速增长。1-10月份，全市快递服务企业业务量完成3441.89万件。
邮政服务业务稳步提升。1-10月份，全市邮政寄递服务业务量完成4256.52万件。

中国邮政集团河北省遵化市分公司的工作人员将快递包裹装车准备派件。国家邮政局监测数据显示，全国邮政快递业揽投快递包裹量近26亿件。
新华社发（刘满仓 摄）
"""

# set 38's 3808, 3812, 3807: a line set apart over the first title of a page of several items is
# the page's label (春运寄递 年味正浓), not part of that title
PAGE_LABEL = """春运寄递 年味正浓

全国快递业春节假期投递快递包裹超6.41亿件
新华社北京2月18日电 国家邮政局监测数据显示，全国快递业投递快递包裹超6.41亿件。
一份份寄往老家的礼品，寄托了游子的牵挂。
一件件从故乡寄来的年货，承载了亲朋的祝福。
各寄递企业克服低温雨雪天气带来的不利影响。

春节期间全国揽投快递包裹7.49亿件
2月7日，记者获悉，全国邮政快递业共揽收和投递快递包裹7.49亿件。
今年春节期间，全国邮政快递业运行情况总体安全稳定。
邮政快递服务业务量增幅较大。
"""

# set 39's 3902: an e-paper reader's lines (文章字数, 版面：… 上一篇 下一篇, 日期：01-21) are furniture
# and a date line, never the title or figures
EPAPER_READER = """电子报阅读机
当前报纸名称：洛阳日报

乡镇公共配送中心今年实现全覆盖
文章字数：274

日期：01-21
版面：第003版：洛阳·综合       上一篇    下一篇

本报讯 （洛报融媒记者 王若馨）昨日，记者从市邮政管理部门获悉，全市乡镇公共配送中心达到80个。
"""

# set 40's 4001: a regional bureau's own site: 今天是 | over its date is the frame, 全区 the region
REGION_SITE = """广西壮族自治区邮政管理局
首页 > 行业统计 > 统计信息

2020年1-4月份全区邮政行业运行情况

今天是 |
2020-05-20 |

1-4月份，全区邮政行业业务收入累计完成44.62亿元，同比增长16.3%。
"""

# (page, [(item_kind, headline, first_line, last_line, county or city, item_date, figures)])
PAGES = [
    pytest.param(EPAPER_READER, [
        ("news", "乡镇公共配送中心今年实现全覆盖", 10, 10, "", "", 1),
    ], id="e-paper-reader-lines"),
    pytest.param(PAGE_LABEL, [
        ("news", "全国快递业春节假期投递快递包裹超6.41亿件", 4, 7, "", "2023-02-18", 2),
        ("news", "春节期间全国揽投快递包裹7.49亿件", 10, 12, "", "2023-02-07", 2),
    ], id="page-label-over-the-first-title"),
    pytest.param(CAPTION_AFTER_GAP, [
        ("news", "荆门邮政快递业务快速增长", 3, 5, "荆门市", "", 4),
        ("other", "", 7, 8, "遵化市", "", 1),
    ], id="caption-after-a-gap-closed-by-its-credit"),
    pytest.param(GATHERED_SPACING, [
        ("news", "1—7月份甲县快递外发包裹数2836万件", 4, 6, "", "2024-08-19", 3),
        ("news", "南漳县：邮政直播走进巡检镇", 11, 12, "南漳县", "", 3),
        ("news", "随县：唐镇支局直播带货", 16, 17, "随县", "", 2),
    ], id="gathered-articles-keep-their-spacing"),
    pytest.param(PICTURE_CREDIT, [
        ("news", "国新办介绍上半年进出口情况", 5, 9, "", "2023-07-15", 4),
    ], id="picture-credit-is-not-a-title"),
    pytest.param(TWO_NEWS_HEADLINES_AFTER, [
        ("news", "莘县分公司蔬菜包裹量稳步增长", 1, 5, "莘县", "2023-03-17", 2),
        ("news", "德清县分公司寄递邮件再创新高", 9, 13, "德清县", "2023-03-18", 2),
    ], id="headline-block-assigned-by-content"),
    pytest.param(PHOTO_THEN_NEWS, [
        ("photo", "亚运文化校园行", 1, 5, "德清县", "", 0),
        ("news", "扬中市分公司举办寄递业务推介会", 9, 13, "扬中市", "2023-03-18", 1),
    ], id="photo-caption-and-byline-on-body-line"),
    pytest.param(CONTINUED, [
        ("continued", "精诚合作互惠互利共同打造“产业链”", 1, 13, "汨罗市", "", 2),
    ], id="continued-with-headline"),
    pytest.param(WEB_ARTICLE, [
        ("news", "哈尔滨邮政快递业务量再创新高", 5, 7, "哈尔滨市", "", 3),
    ], id="web-article-title-and-date-line"),
    pytest.param(CREDIT_THEN_TEXT, [
        ("photo", "", 1, 1, "莘县", "", 1),
        ("photo", "", 2, 2, "德清县", "", 1),
    ], id="photo-credit-glued-to-next-caption"),
    pytest.param(NUMBERED_HEADLINES_AFTER, [
        ("news", "秭归邮政夏橙寄递同比增长32%", 1, 9, "秭归县", "2023-07-16", 3),
        ("news", "珲春邮政跨境电商寄递业务量上半年增长46.2%", 11, 19, "珲春市", "2023-07-18", 3),
    ], id="two-line-headlines-matched-by-their-figures"),
    pytest.param(LOCAL_PAPER, [
        ("news", "高州荔枝“坐”上邮政专机", 6, 8, "高州市", "2023-06-10", 2),
        ("news", "电白区邮政直播间里卖荔枝单场销售额达38万元", 13, 15, "电白区", "2023-06-08", 3),
        ("news", "茂南区：“邮快合作”让快递进村更便捷", 19, 22, "茂南区", "", 3),
        ("news", "茂名邮政比拼荔枝打包技能", 26, 27, "茂名市", "2023-06-05", 1),
    ], id="local-paper-headlines-above-bodies"),
    pytest.param(INTERNAL_PAPER, [
        ("news", "线上线下齐发力寿光邮政蔬菜寄递量同比增长三成", 10, 11, "寿光市", "", 3),
        ("news", "兰陵邮政助销蒜薹32万斤", 12, 13, "兰陵县", "2023-05-10", 3),
        ("news", "章丘邮政储蓄余额突破60亿元", 14, 15, "章丘区", "", 3),
        ("news", "聚焦“三农”服务做强县域市场聊城邮政农村电商业务一季度实现“开门红”", 25, 25, "聊城市", "", 1),
    ], id="internal-paper-headlines-above-and-after"),
    pytest.param(HEADLINES_UNDER, [
        ("news", "陕西邮政农村网点占比达68.1%", 3, 4, "", "", 4),
        ("news", "宁波邮政上半年寄递业务量6100万件", 8, 9, "宁波市", "", 2),
    ], id="single-spaced-headlines-under-bodies"),
    pytest.param(DOUBLE_SPACED_BLOCK, [
        ("news", "西峡香菇“邮”出山", 1, 3, "西峡县", "", 1),
        ("news", "温县铁棍山药寄递量翻番", 5, 7, "温县", "", 3),
        ("news", "全省邮政农产品寄递量达1.28亿件", 17, 19, "", "2023-03-10", 2),
    ], id="double-spaced-block-ends-with-next-headline"),
    pytest.param(HEADLINES_BEFORE_CAPTION, [
        ("news", "南和邮政宠物食品寄递业务量达156万件", 1, 5, "南和区", "", 2),
        ("photo", "", 11, 17, "歙县", "", 1),
    ], id="headline-block-before-photo-caption"),
    pytest.param(CAPTION_WITH_TUWEI, [
        ("news", "洪湖腊鱼“游”向全国", 1, 3, "洪湖市", "", 1),
        ("photo", "草原特产年味浓", 5, 11, "呼伦贝尔市", "", 1),
    ], id="caption-describing-its-picture"),
    pytest.param(FIRST_BLOCK, [
        ("news", "春节假期全国揽收快递包裹9.68亿件", 7, 8, "", "", 2),
        ("news", "", 9, 10, "成都市", "", 1),
        ("news", "", 11, 12, "凯里市", "", 1),
    ], id="first-block-heads-the-first-item"),
    pytest.param(ISSUED_DOCUMENT, [
        ("news", "烟台市2024年邮政行业发展统计公报", 6, 6, "烟台市", "", 2),
    ], id="document-title-above-issuer-and-date"),
    pytest.param(LABELLED_DOCUMENT, [
        ("news", "奋楫笃行谱新篇", 9, 9, "", "", 2),  # its ——subtitle is not the headline
    ], id="title-and-subtitle-above-labelled-data"),
    pytest.param(FIGURE_LIST, [
        ("news", "我省出台方案推进邮政快递业高质量发展", 3, 8, "", "", 4),
    ], id="list-of-figures-after-the-text"),
    pytest.param(KICKER_UNDER_HEADER, [
        ("news", "无锡邮政可循环快递箱累计使用超百万次", 7, 7, "无锡市", "2023-06-03", 3),
    ], id="kicker-under-the-running-header"),
    pytest.param(SIDE_BY_SIDE, [
        ("news", "介休邮政一季度代办交管业务1.36万笔", 1, 1, "介休市", "", 2),
        ("news", "", 3, 3, "邳州市", "", 1),
        ("news", "宜昌邮政网点变身政务便民服务站", 11, 11, "宜昌市", "", 1),
        ("news", "延吉开通出入境证件“邮寄到家”服务", 13, 13, "延吉市", "", 0),
    ], id="headlines-side-by-side-over-the-next-two-items"),
    pytest.param(BRIEF, [
        ("news", "快递行业2024年度复盘及2025年展望", 4, 10, "", "", 2),
    ], id="report-title-among-labels"),
    pytest.param(BULLETIN, [
        ("news", "江苏省邮政管理局关于2024年上半年全省邮政行业运行情况的通报", 6, 20, "", "", 20),
    ], id="bulletin-title-number-and-signature"),
]


@pytest.mark.parametrize(("page", "expected"), PAGES)
def test_synthetic_page_items(page, expected):
    items = postmetrics.extract_document(page, issue_date="2023-03-23").items
    got = [(it["item_kind"], it["headline"], it["first_line"], it["last_line"],
            it["county"] or it["city"], it["item_date"], it["figures"]) for it in items]
    assert got == expected


def test_figures_carry_their_items_headline():
    figures = postmetrics.extract(TWO_NEWS_HEADLINES_AFTER, issue_date="2023-03-23")
    assert [(f.item, f.value, f.unit, f.headline, f.line) for f in figures] == [
        (1, 5000.0, "件", "莘县分公司蔬菜包裹量稳步增长", 3),
        (1, 20.0, "%", "莘县分公司蔬菜包裹量稳步增长", 5),
        (2, 20000.0, "件", "德清县分公司寄递邮件再创新高", 11),
        (2, 300000.0, "元", "德清县分公司寄递邮件再创新高", 13),
    ]


def test_empty_page_has_no_items():
    assert postmetrics.extract_document("", issue_date="2023-03-23").items == []


# (line, is it a byline?)  A box opens a byline only when names follow it; a box
# before running text is a bullet (held-out 809: ■ 行业规模：…) or a caption (▲ …)
BYLINES = [
    ("□李峥", True),
    ("业务量增长12%。 □张三 李四", True),
    ("□记者 张三 通讯员 李四", True),
    ("□李茹 王文东 孙雪萍 摄影报道近日，杭州亚运会迎来倒计时200天。", True),
    ("■ 行业规模：量增价减趋势延续。据国家邮政局数据，全国快递业务量累计完成1750.8亿件。", False),
    ("▲ 秦安县邮政分公司工作人员正在打包蜜桃", False),
    # held-out 805: a caption with its photographer in parentheses
    ("▲ 满载蜜桃的邮车驶出分拣中心（摄影：杨丽娟）", False),
]


@pytest.mark.parametrize("line, expected", BYLINES)
def test_byline_box(line, expected):
    from postmetrics.items import _split_byline

    assert (_split_byline(line) is not None) is expected


# (line start, is it an item marker?)  A marker begins its line: text before it
# that ends a sentence (.3%。本报讯 on a reflowed page) is the previous item's.
MARKERS = [
    ("本报讯 广东省中山市邮政分公司", True),
    ("【本报讯】近日", True),
    ("山东邮政报讯 近日", True),
    ("人民网北京5月26日电", True),
    (".3%。本报讯 国家邮政局", False),
    ("亿人次。本报讯 国家邮政局数据显示", False),
    ("件。新华社北京5月6日电", False),
]


@pytest.mark.parametrize("line, expected", MARKERS)
def test_news_start_marker(line, expected):
    from postmetrics.items import _NEWS_START

    assert bool(_NEWS_START.match(line)) is expected


PHOTO_PAGE = """图 片 新 闻

一个人的邮政所

□ 郑智敏 摄

广西桂林市恭城瑶族自治县观音乡邮政所所长何化文在分拣快递。他平均每天要处理近百个邮递包裹。

深山里的“快递侠”

□ 孙超 摄

安徽省岳西县和平乡邮政所投递员储选明每天骑着摩托，行驶过50公里的山间小路。

武汉“五一”快递量同比增两成

长江日报记者 刘斌 摄

湖北省武汉市的武汉邮区中心局邮件处理中心，机器人分拣线正在作业。这个假期，武汉每天有3万余名快递员奔赴三镇。
"""


def test_photo_headline_and_credit_printed_above_each_caption():
    """headline / □ credit 摄 / caption, repeated: each caption keeps its own headline and place."""
    from postmetrics import extract_items

    got = [(i["headline"], i["city"]) for i in extract_items(PHOTO_PAGE)]
    assert got == [("一个人的邮政所", "桂林市"), ("深山里的“快递侠”", "安庆市"),
                   ("武汉“五一”快递量同比增两成", "武汉市")]


def test_another_article_after_a_further_reading_label_is_its_own_item():
    """延伸阅读 / headline / text: a second article with its own headline and place."""
    from postmetrics import extract_items

    page = ("“十四五”以来邮政业发展成效显著\n\n中新网7月21日电 国家邮政局局长表示，五年来快递业务量年均增长超过20%。\n\n"
            "延伸阅读\n\n合肥快递年业务量突破18亿件\n\n12月1日，记者从合肥市邮政管理局获悉，合肥市2025年快递业务量已突破18亿件。\n")
    got = [(i["headline"], i["city"]) for i in extract_items(page)]
    assert got == [("“十四五”以来邮政业发展成效显著", ""), ("合肥快递年业务量突破18亿件", "合肥市")]


def test_a_photo_caption_inside_a_web_article_does_not_split_it():
    """paragraph / caption …摄 / paragraph: one article, one headline, one place."""
    from postmetrics import extract_items

    page = ("邮储银行漳州分行服务乡村振兴\n\n2024-05-30　来源：人民日报\n\n"
            "　　从邮储银行漳州分行获悉：截至4月末，全行涉农贷款余额接近150亿元，较年初新增超7亿元。\n\n"
            "　　邮储银行东山县支行为村民提供金融服务。陈淑惠　摄\n\n"
            "　　该行立足全市农业产业布局，聚焦“一县一业”“地理标志”，持续丰富特色产业贷款。截至4月末，累计授信5.66亿元。\n")
    got = [(i["headline"], i["city"], i["figures"]) for i in extract_items(page)]
    assert got == [("邮储银行漳州分行服务乡村振兴", "漳州市", 3)]


def test_a_question_standing_alone_above_the_text_is_the_title():
    from postmetrics import extract_items

    page = ("快递行业未来发展趋势如何？\n\n中国快递业业务量快速增长。\n\n"
            "　　2021年，全国快递服务企业业务量累计完成1083亿件，较2020年增长29.9%。\n\n"
            "　　2021年，异地快递业务量累计完成920.8亿件。\n")
    assert [i["headline"] for i in extract_items(page)] == ["快递行业未来发展趋势如何？"]


def test_wechat_origin_credit_and_photo_captions_do_not_split_or_head_an_article():
    """原创 贵州邮政 under the title is its origin line; ▲ marks a photo caption, not a
    byline; 文：… at the end is a credit, never a headline."""
    from postmetrics import extract_items

    page = ("乡村振兴“邮”支撑｜邮银协同，让每一份丰收都闪耀邮政服务的光芒\n\n原创 贵州邮政\n\n"
            "　　贵州省分公司通过构建三级物流网络，今年以来累计寄递农产品120万件。\n\n"
            "▲江口县贵茶产业园抹茶生产线\n\n"
            "　　江口县邮政分公司与茶企合作，全年寄递抹茶产品3.5万件，带动茶农增收500万元。\n\n"
            "文：申瑜 王青 何乾\n")
    items = extract_items(page, issue_date="2024-11-20")
    assert [(i["headline"], i["figures"]) for i in items] == [
        ("乡村振兴“邮”支撑｜邮银协同，让每一份丰收都闪耀邮政服务的光芒", 3)]


def test_a_second_article_with_title_summary_and_date_line():
    """title / date / text … then title / one-paragraph summary / date / 本报讯…: two articles."""
    from postmetrics import extract_items

    page = ("义乌国际邮件互换局春节假期正常作业\n\n2017年2月9日\n\n"
            "据义乌海关统计，春节假期义乌海关共监管出境邮件和跨境电商出口包裹5007.04万件。\n\n"
            "中欧班列（郑州）运邮开行\n\n"
            "中欧班列运邮具有覆盖范围广、运行数量多、开行时间稳定等优势。\n\n"
            "2018年11月21日\n\n"
            "本报讯（记者 赵力文）郑州中欧班列首次搭载9800多件邮件驶出，往返年运邮量可达2.5万吨。\n")
    got = [(i["headline"], i["item_date"]) for i in extract_items(page)]
    assert got == [("义乌国际邮件互换局春节假期正常作业", "2017-02-09"), ("中欧班列（郑州）运邮开行", "2018-11-21")]


@pytest.mark.parametrize("page, expected", [
    # paragraphs one blank line apart, articles two: the line after the wider gap is a title
    ("财经 · 快递公司业绩\n\n中通快递第三季度包裹量达75亿件\n\n北京青年报客户端 2023-11-17 10:12\n\n"
     "11月17日，中通快递公布其2023年第三季度财务业绩。\n\n三季度公司包裹量达75亿件。\n\n\n"
     "中通快递第三季经调整净利润升63% 预计全年包裹量243亿至247.4亿件\n\n"
     "中通快递（02057）公布第三季度业绩。期内，收入89.45亿元人民币，按年增长21%。\n",
     ["中通快递第三季度包裹量达75亿件", "中通快递第三季经调整净利润升63%预计全年包裹量243亿至247.4亿件"]),
    # a column label chain whose second label is long (快递服务质量监测 | 满意度与时限测试结果汇编)
    ("快递服务质量监测 | 满意度与时限测试结果汇编\n\n国家邮政局关于2021年第二季度快递服务满意度调查结果的通告\n\n"
     "为加强快递服务质量监测，国家邮政局组织开展了调查。\n\n一、基本情况\n调查对象为10家全网型快递服务品牌。\n"
     "快递服务满意度调查共获得有效样本13010个。\n\n二、调查结果\n快递服务公众满意度得分为76.1分。\n"
     "快递服务时限准时率为78.6%。\n",
     ["国家邮政局关于2021年第二季度快递服务满意度调查结果的通告"]),
    # a chronicle's entries: a title whose text opens by repeating it (报刊“邮发合一”：由…)
    ("报刊发行\n\n报刊发行建国前，报纸由出版单位推销。\n\n1985年，市内有社会发行站320个。\n\n"
     "报刊“邮发合一”\n\n报刊“邮发合一”：由邮电部门承担报纸、杂志的发行业务。\n\n全国设有288个报刊分地印刷点。\n",
     ["报刊发行", "报刊“邮发合一”"]),
    # paragraphs on consecutive lines, articles one blank line apart
    ("邮政管理动态 > 末端服务\n\n福州出台邮政快递基础设施管理办法\n2023-06-05  来源：海峡都市报\n"
     "记者从福州市邮政管理局获悉，全市将配建智能信包箱。\n以后新建住宅建筑工程，邮件快件送达设施须同步建设。\n\n"
     "承德市部分老旧小区将新添智能化信报箱\n随着快递物流行业的迅速发展，信报箱需求日增。\n"
     "近日，市邮政管理部门主动对接，新添信报箱120组。\n",
     ["福州出台邮政快递基础设施管理办法", "承德市部分老旧小区将新添智能化信报箱"]),
    # a title that asks, set off by two blank lines on a page whose paragraphs run without one
    ("法 治 · 快 递 纠 纷\n\n快递丢失应由谁来承担\n\n年关将至\n不少消费者通过网购置办年货\n在运输过程中\n"
     "快递丢失的现象也时有发生\n法院审理认为，快递公司应当赔偿。\n双方约定保价350元。\n\n\n"
     "快递员工监守自盗，保价包裹该不该赔？\n\n杨某要将38万元金条邮寄给亲戚。\n法院认为快递公司应赔偿100万元。\n",
     ["快递丢失应由谁来承担", "快递员工监守自盗，保价包裹该不该赔？"]),
    # the next article's title after a wider gap, its text set as short lines right under it
    ("随州邮政闻“汛”而动\n\n本报讯 8月11日，湖北随州遭遇强降雨袭击。\n\n随州市邮政分公司转运邮件20余车。\n\n\n"
     "暴雨侵城\n除了湖南邮政\n其实还有更多的邮政人\n也在雨中坚守！\n7月10日凌晨，青田县邮政分公司转移邮件3000件。\n",
     ["随州邮政闻“汛”而动", "暴雨侵城"]),
    # a title above a paragraph that opens with a run of days (7月25日—26日，…)
    ("江苏省邮政管理局召开工作会议\n发布时间：2023/2/9 15:14:40\n\n28日，江苏省邮政管理局召开工作会议。\n\n"
     "会议指出，2022年全省快递业务量完成80亿件。\n\n中国邮政集团召开工作座谈会\n\n"
     "7月25日—26日，中国邮政集团有限公司召开工作座谈会。\n\n会议透露，集团收入同比增长8.7%。\n",
     ["江苏省邮政管理局召开工作会议", "中国邮政集团召开工作座谈会"]),
    # a title with the reporter's credit under it (大河报·豫视频记者宋聪俐文图)
    ("本报讯 市邮政快递服务站每天进口包裹有两三千件。\n随州籍新生刘术香寄了被子。\n\n"
     "2023年河南省高考录取通知书收寄工作拉开序幕\n\n大河报·豫视频记者宋聪俐文图\n"
     "昨日上午，郑州市邮政分公司收寄录取通知书。\n预计今年河南邮政收寄录取通知书约110万封。\n",
     ["", "2023年河南省高考录取通知书收寄工作拉开序幕"]),
    # a WeChat article: its title one blank line above short lines that run without one
    ("快递“白丢了”？消费者的损失应由谁来承担\n\n年关将至\n不少消费者通过网购置办年货\n在运输过程中\n"
     "快递丢失的现象也时有发生\n芳芳支付了13.5元快递费。\n",
     ["快递“白丢了”？消费者的损失应由谁来承担"]),
])
def test_a_wider_gap_than_between_paragraphs_opens_another_article(page, expected):
    """The page's own spacing: a short line after a wider gap than its paragraphs leave,
    with text right under it, is the next article's title (a column label above is not);
    such a title may ask or exclaim, stand above short WeChat lines or above its reporter's
    credit, and a chronicle's entry title is repeated by its text."""
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_a_transcript_without_full_stops_keeps_every_segment():
    """【播出日期】 / 【标题】 / lines with spaces for punctuation: each segment is an item with
    its title and date, and no segment's text is dropped for lacking full stops."""
    from postmetrics import extract_items

    page = ("广播电视新闻 文字转写\n\n【播出日期】2023年11月13日\n【标题】“双11”当天全国快递业务量达6.39亿件\n"
            "主持人 国家邮政局监测数据显示 11月11日当天 全国共揽收快递包裹6.39亿件 同比增长15.76%\n\n"
            "【播出日期】2024年11月12日\n【标题】双11全国邮政快递处理量创新高\n"
            "主持人 国家邮政局监测数据显示 11月11日 全国邮政快递企业共处理快递包裹7.01亿件 同比增长9.7%\n")
    got = [(i["headline"], i["item_date"], i["figures"]) for i in extract_items(page)]
    assert got == [("“双11”当天全国快递业务量达6.39亿件", "2023-11-13", 3),
                   ("双11全国邮政快递处理量创新高", "2024-11-12", 2)]


def test_briefs_that_open_with_a_bracketed_title_and_social_media_posts():
    """【title】text after the end of another item is a new item; a post's author and time
    stamp are not its headline, and its footer (转发 · 评论 · 赞) ends it."""
    from postmetrics import extract_items

    page = ("2021年快递业务量前15名城市出炉\n\n国家邮政总局公布了2021年邮政行业发展统计公报。全年快递业务量1083亿件。\n\n\n"
            "【广东上半年快递业务量全国第一】近日，广东省邮政管理局发布数据，上半年全省快递业务量完成148.5亿件。\n")
    assert [(i["headline"], i["province"]) for i in extract_items(page, issue_date="2022-07-20")] == [
        ("2021年快递业务量前15名城市出炉", ""), ("广东上半年快递业务量全国第一", "广东省")]
    feed = ("马鞍山日报 V\n昨天 18:20 来自 微博网页版\n【“双11”旺季我市收发快递1344万件】11月22日，记者从马鞍山市邮政管理局了解到，"
            "我市收发快递1344万件。\n转发 · 评论 · 赞\n\n马鞍山日报 V\n昨天 18:26 来自 微博网页版\n"
            "三个县中，收发件最多的是当涂县。当涂县邮政快递企业收发快递312万件。\n转发 · 评论 · 赞\n")
    assert [i["headline"] for i in extract_items(feed, issue_date="2024-11-23")] == ["“双11”旺季我市收发快递1344万件", ""]


def test_pages_run_together_after_a_web_pages_related_links_are_read():
    """上一篇 / 相关新闻 end a web article, not the file: a page that follows (本报讯…) is read."""
    from postmetrics import extract

    page = ("义乌快递业务量增长\n\n本报讯 1-2月，义乌快递业务量完成12.5亿件。\n\n上一篇：某某新闻\n相关新闻\n"
            "金华邮政召开会议\n\n本报讯 1-2月，金华快递业务量完成20.3亿件。\n")
    assert [f.value for f in extract(page, issue_date="2021-03-10")] == [1250000000.0, 2030000000.0]


def test_a_page_with_a_labelled_date_line_after_another_pages_related_links():
    from postmetrics import extract

    page = ("澳门邮电局公布2024年业务\n\n本报讯 2024年郵件處理量1,320萬件。\n\n相關新聞\n· 郵電局發行生肖郵票    2025-01-05\n\n"
            "快递行业2024年度复盘\n发布时间：2025年2月17日\n\n据国家邮政局数据，2024年全国快递业务量累计完成1750.8亿件。\n")
    assert [f.value for f in extract(page)] == [13200000.0, 175080000000.0]


def test_a_title_above_a_paragraph_that_opens_an_article_with_its_day():
    """paragraph / title / 今天(9月25日)下午，采访人员…获悉: a second article, even with the page's
    usual gap."""
    from postmetrics import extract_items

    page = ("义乌1-2月快递业务量稳居全国第一\n\n发布时间：2021-03-17  来源：义乌商报\n\n"
            "3月16日，从义乌邮管局获悉，1—2月份，全市快递服务企业业务量完成7.6亿件。\n\n"
            "1—2月跨境业务量899.24万件。\n\n"
            "浙报融媒体|义乌被授予“中国快递示范城市”称号\n\n"
            "今天(9月25日)下午，采访人员从义乌市邮管局获悉，今年1-8月义乌快递业务量为40.74亿件。\n")
    assert [i["headline"] for i in extract_items(page)] == [
        "义乌1-2月快递业务量稳居全国第一", "浙报融媒体|义乌被授予“中国快递示范城市”称号"]


@pytest.mark.parametrize("page, expected", [
    # a column label printed letter-spaced, with quotes, above the title
    ("时 令 鲜 果 · 樱 桃 “ 飞 ” 起 来\n\n烟台大樱桃电商货机运输启动\n\n"
     "5月20号晚上10点，中国邮政速递第一班大樱桃货机顺利起飞。预计每日运输樱桃航空快件100吨。\n",
     ["烟台大樱桃电商货机运输启动"]),
    # a Hong Kong date line, day first (07/01/2026 15:24 經濟通), under the title
    ("交通强国 · 邮政篇 | 访谈与答问\n\n《中國要聞》「十四五」時期內地郵政業務收入提升至1.8萬億\n07/01/2026 15:24　經濟通\n\n"
     "數據顯示，「十四五」時期，中國郵政行業業務收入提升至1.8萬億元人民幣。\n\n《經濟通通訊社7日專訊》\n",
     ["《中國要聞》「十四五」時期內地郵政業務收入提升至1.8萬億"]),
])
def test_letter_spaced_labels_and_day_first_date_lines(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_notices_two_blank_lines_apart_on_a_page_without_blank_lines_between_paragraphs():
    """Procurement notices: paragraphs on consecutive lines, a table's last row, two blank
    lines, the next notice's title, one blank line, its text: another item."""
    from postmetrics import extract_items

    page = ("淮安分公司包裹快递揽收业务外包项目招标公告\n\n中邮通建设咨询有限公司受委托进行公开招标。\n本项目设置4个分包。\n"
            "分包名称 | 重量区间 | 采购限价（元/件） |\n1 | 300g及以下 | 0.1410 |\n\n\n"
            "福建邮政微金融服务号开发及运营维护采购项目公开招标公告\n\n福建盛鑫招标代理有限公司受委托进行公开招标。\n"
            "本项目最高投标限价为391.5万元。\n")
    assert [i["headline"] for i in extract_items(page)] == [
        "淮安分公司包裹快递揽收业务外包项目招标公告", "福建邮政微金融服务号开发及运营维护采购项目公开招标公告"]


def test_a_roundup_of_numbered_briefs_gives_an_item_per_brief_dated_by_its_bare_day():
    """On a page labelled as a roundup (要闻回顾), each numbered line 1., 2., 3. that titles
    text is a brief of its own; a brief opening with a bare day (5日，…) is dated by
    that day of the page's month.  A line starting with a number cut from the line
    above (4.2%；…) is no brief."""
    from postmetrics import extract_items

    page = ("邮政快递 · 要闻回顾（5月5日—5月19日）\n2022年5月20日 星期五\n\n"
            "1.“五一”期间全国邮政快递业揽投快递包裹28.1亿件\n5日，国家邮政局监测数据显示，全国揽投快递包裹28.1亿件。\n\n"
            "2.山西邮政快递业基本恢复常态化正常运行\n5日消息，在山西，已有403个分拨中心恢复运行，正常运行率达到9\n"
            "4.8%；11231个营业网点恢复营业。\n\n"
            "3.前4月全国快递业务量累计完成317.1亿件\n16日，国家邮政局公布4月份邮政行业运行情况。\n")
    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == [
        ("“五一”期间全国邮政快递业揽投快递包裹28.1亿件", "2022-05-05"),
        ("山西邮政快递业基本恢复常态化正常运行", "2022-05-05"),
        ("前4月全国快递业务量累计完成317.1亿件", "2022-05-16")]


def test_a_tables_last_rows_without_full_stops_after_the_last_item_are_read():
    """Short lines after an item's last sentence that no item takes as its headline
    (a table's last rows) stay the item's text: their figures are not lost; a post's
    read counts are not kept."""
    from postmetrics import extract

    page = ("『澳門新八景』通用郵票之發行\n\n本报讯 郵電局將於11月22日發行通用郵票。\n郵品 售價 發行數量\n"
            "一套八枚郵票 澳門幣三十四元 五十萬套\n二十五萬套 （澳門幣3.00、5.50）\n連郵票首日封 澳門幣四十元 七千個\n"
            "阅读2.1万 赞386 在看56\n")
    assert [(f.value, f.unit, f.line) for f in extract(page, issue_date="2019-11-01")] == [
        (8.0, "枚", 5), (34.0, "元", 5), (500000.0, "套", 5), (250000.0, "套", 6), (3.0, "元", 6), (5.5, "元", 6),
        (40.0, "元", 7), (7000.0, "个", 7)]


@pytest.mark.parametrize("page, expected", [
    # a title of two lines over its date line, after the last sentence of the article before
    ("国家邮政局：快递业产能已恢复4成以上\n中国新闻网　2020年02月18日 22:52\n"
     "据中新网，快递业已经恢复正常产能4成以上，投递量超过8000万件。\n\n\n"
     "邮政快递业复工人员近300万人\n复工率达90.2%\n2020年03月07日\n"
     "3月6日10时，国务院联防联控机制举行新闻发布会，邮政快递企业累计承运防疫物资1.63亿件。\n",
     [("国家邮政局：快递业产能已恢复4成以上", "2020-02-18"), ("邮政快递业复工人员近300万人", "2020-03-06")]),  # (its deck left out)
    # a kicker in brackets over the title
    ("杭州亚运村临时邮局启用\n2023-06-26　来源：新华网\n杭州亚运村临时邮局启用，可办理邮票销售业务3项。\n\n\n"
     "【汉马归来 英雄之城再出发】\n武汉马拉松周日开跑 百万件赛事物资已入仓\n2023-04-13 12:29:57\n"
     "记者在武汉市黄陂区的仓库看到，百万件后勤物资已陆续到位。\n",
     [("杭州亚运村临时邮局启用", "2023-06-26"), ("【汉马归来英雄之城再出发】武汉马拉松周日开跑百万件赛事物资已入仓", "2023-04-13")]),
    # a paper's web date line (广州日报 2019-01-30) under a two-line title dates the item
    ("临沧边防：毒贩利用物流寄递业运毒案多发\n2018-11-30　来源：新华网\n新华社昆明11月30日电 临沧边防共查获毒品案件136起。\n\n\n"
     "香烟盒中揪毒品快递小哥再立功\n5名快递小哥受表彰 领走共2.9万元奖励\n广州日报 2019-01-30\n"
     "广州日报讯 会上5名白云快递小哥因举报有功受到表彰，领走了共2.9万元的奖励。\n",
     [("临沧边防：毒贩利用物流寄递业运毒案多发", "2018-11-30"),
      ("香烟盒中揪毒品快递小哥再立功", "2019-01-30")]),
    # a paper's date line in 年月日 under a title (2022年03月04日 宁波日报) on a newspaper page; a title
    # that ends with an office's name but says what happened (海曙区成立邮政管理局) is no issuer line
    ("中国邮政快递报　地方传真　第4版\n\n舟曲灾区邮政通信全面恢复\n2010年08月17日\n\n"
     "本报讯 舟曲县邮政局恢复营业网点5处。\n\n海曙区成立邮政管理局\n1.2万名快递人有了“娘家”\n2022年03月04日　宁波日报\n\n"
     "本报讯 近日，海曙邮政管理局成立。去年，全区快递业务处理量达到4.74亿件。\n",
     [("舟曲灾区邮政通信全面恢复", "2010-08-17"), ("海曙区成立邮政管理局", "2022-03-04")]),
    # a date line written day first (27.02.2018  11:35) dates its item and is no title
    ("三部门联合部署推行邮政网点代办公安交管业务\n\n2018-11-14 12:08 来源: 公安部网站\n\n"
     "近日，公安部部署推行邮政网点代办交管业务。\n\n\n省分公司与省公安厅达成战略合作\n\n27.02.2018  11:35\n\n"
     "本报讯 全省已建成服务窗口546个。\n",
     [("三部门联合部署推行邮政网点代办公安交管业务", "2018-11-14"), ("省分公司与省公安厅达成战略合作", "2018-02-27")]),
    # a title's one-sentence deck over its credit line (文|深燃 邹帅) is neither the title nor an article
    ("极兔调整市场策略\n\n上半年，极兔速递东南亚包裹量增长65.9%。\n\n中国市场包裹量增长23.5%。\n\n\n"
     "极兔冲刺港交所：三年翻四倍\n\n成本高,可能是个长期问题。\n\n文|深燃 邹帅\n\n"
     "6月16日晚间，极兔向港交所提交招股书，总收入72.67亿美元。\n\n2022年亏损14.76亿美元。\n",
     [("极兔调整市场策略", ""), ("极兔冲刺港交所：三年翻四倍", "")]),
])
def test_a_title_of_two_lines_over_its_date_line(page, expected):
    from postmetrics import extract_items

    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == expected


def test_a_short_line_over_a_news_credit_opens_an_article():
    """A page that gathers articles with a blank line after every paragraph: a short line over an
    article's opening credit (DoNews5月5日消息，, 经济观察网讯) is that article's title, and a closing
    note of a paper and its day (（联合早报 2024年2月19日）) ends the article before."""
    from postmetrics import extract_items

    page = ("假日寄递\n\n春节长假快递包裹量大幅增长\n\n数据显示，春节长假期间投递快递包裹6.41亿件。\n"
            "（联合早报 2024年2月19日）\n\n五一假期快递揽投量稳步增长\n\n"
            "DoNews5月5日消息，五一假期全国共揽收快递包裹14.96亿件。\n\n国庆假期快递包裹近63亿件\n\n"
            "经济观察网讯 今年国庆放假期间，全国共揽收快递包裹30亿件。\n")
    assert [i["headline"] for i in extract_items(page, issue_date="2024-10-09")][1:] == [
        "五一假期快递揽投量稳步增长", "国庆假期快递包裹近63亿件"]


@pytest.mark.parametrize("page, expected", [
    # a column's note under its banner is furniture: the title under it is the first item's
    ("禁 毒 · 寄 递 渠 道 查 毒 纪 实\n本版稿件综合自新华社、广州日报等\n\n北京海关严查进境邮件快件藏毒\n"
     "今年短短5个月的时间，北京海关就查获走私毒品案件15起，比去年同期增长275%。\n",
     ["北京海关严查进境邮件快件藏毒"]),
    ("研 报 摘 要\n本栏摘编券商研究报告要点，仅供参考，不构成投资建议\n\n圆通速递业绩符合预期\n"
     "上半年快递业务量148.6亿件，同比增长21.8%，较行业增速快2.5个百分点。\n",
     ["圆通速递业绩符合预期"]),
])
def test_a_columns_note_under_its_banner_is_no_headline(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_a_chronicles_source_line_is_its_date_line_and_places_it():
    # 内容出处：《广昌县志》 under a title: a source line (the item starts at the title) naming the place
    from postmetrics import extract, extract_items

    page = ("地 方 志 · 邮 电 篇\n\n第四节　通邮\n来源：黑龙江省情网\n\n1946年5月，龙江县恢复邮政业务。\n"
            "1985年，全县邮路总长度584公里。\n\n乡村邮路\n内容出处：《广昌县志》　页码：317\n\n"
            "1964年，再次整顿全县邮路，全县有17条邮路，1030.9公里。\n")
    assert [i["headline"] for i in extract_items(page)] == ["第四节通邮", "乡村邮路"]
    row = [f for f in extract(page) if f.value == 17.0][0]
    assert (row.province, row.city, row.county) == ("江西省", "抚州市", "广昌县")


def test_a_date_line_whose_time_lost_its_space_still_dates_the_item():
    # 发布时间：2024-5-6 10:37 read as 2024-5-610:37 once spaces are taken out
    from postmetrics import extract_items

    page = ("美国邮政亏损扩大\n2019-11-15　【KTSF】\n\n美国邮政表示，今年至今的亏损有88亿元。\n"
            "营运开支激增接近800亿元。\n\n加拿大邮政亏损比一年前高了37%\n发布时间：2024-5-6 10:37　来自：加国无忧\n\n"
            "据加通社报道，加拿大邮政表示，去年税前亏损7.48亿加元。\n69亿加元的收入比前一年下降了3.3%。\n")
    assert [i["item_date"] for i in extract_items(page)] == ["2019-11-15", "2024-05-06"]


def test_a_reprints_source_line_and_a_credit_of_names_under_a_title():
    # 标题 / 新华社记者 魏玉坤 王秋韵 高亢 / 《工人日报》（2025年01月16日 03版）: the title alone, dated
    from postmetrics import extract, extract_items

    page = ("外 卖 骑 手 · 万 家 灯 火\n\n骑手与城市的互暖新春\n2026-02-19　来源：新华网\n"
            "春节期间，宿州市约三成外卖骑手选择留守。\n单日最高已超10万单。\n\n"
            "中国外卖！“跑”出万亿元大市场\n新华社记者 魏玉坤 王秋韵 高亢\n《工人日报》（2025年01月16日 03版）\n"
            "在饿了么上海总部大厅，陈列着一辆残旧的报废电动车。\n"
            "我国网上外卖用户规模达5.45亿人。\n")
    assert [(i["headline"], i["item_date"]) for i in extract_items(page)][1] == ("中国外卖！“跑”出万亿元大市场", "2025-01-16")
    row = [f for f in extract(page) if f.value == 545000000.0][0]
    assert (row.province, row.city) == ("", "")  # 上海总部: a company's seat


@pytest.mark.parametrize("page, expected", [
    # a reporter's credit (川观新闻记者 陈碧红) or a repost's (本文转自【澎湃新闻】) under a title: not text
    ("电 商 进 农 村\n\n2021年电子商务进农村综合示范县名单公布\n四川入围数位居全国榜首\n川观新闻记者 陈碧红\n"
     "日前，商务部公布了示范县名单，在全国20个省总共评选出148个示范县。\n近年来，我省加快推进示范项目。\n",
     ["2021年电子商务进农村综合示范县名单公布四川入围数位居全国榜首"]),
    ("个 人 信 息 · 快 递 面 单\n\n澎湃调查：快递用户信息遭贩卖 “内鬼”潜伏多个环节\n本文转自【澎湃新闻】\n"
     "圆通快递“内鬼”涉泄露40万条快递客户信息。\n澎湃新闻连日调查发现，信息泄露现象涉及多个环节。\n",
     ["澎湃调查：快递用户信息遭贩卖“内鬼”潜伏多个环节"]),
])
def test_a_credit_line_under_a_title(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_an_undated_articles_own_year_and_closing_note_date_it():
    """On a page whose first article has a date line, an article without one is dated by a
    later year its lead reports (3月8日，…发布2023年2月…报告: no article reports a year before
    it begins), or by its closing note of a day and the desk's credits (（2025年12月10日 值班主任：
    高原 责任编辑：田艳敏）), never by the first article's date."""
    from postmetrics import extract

    page = ("中国快递发展指数月度发布\n\n国家邮政局发布2022年7月中国快递发展指数报告\n\n2022-08-05\n\n"
            "8月5日消息，2022年7月中国快递发展指数为275.5。\n\n国家邮政局发布2月中国快递发展指数报告\n\n"
            "3月8日，国家邮政局发布2023年2月中国快递发展指数报告，2月，快递发展规模指数为357.6。\n\n"
            "11月中国快递发展指数同比提升3%\n\n新华社北京12月9日电 记者9日从国家邮政局获悉，11月，中国快递发展指数为478.1。\n\n"
            "（2025年12月10日 值班主任：高原 责任编辑：田艳敏）\n")
    assert [(f.value, f.period) for f in extract(page) if f.value in (275.5, 357.6, 478.1)] == [
        (275.5, "2022-07"), (357.6, "2023-02"), (478.1, "2025-11")]


@pytest.mark.parametrize("page, expected", [
    # a date line over a title over its news credit: the title is under the date line, and the
    # page's label above the first date line is no headline
    ("物流指数月报摘编\n\n2014年04月08日\n中国物流业景气指数稳中回升\n中新社北京4月8日电 3月份，物流业务总量指数回升0.3个百分点。\n\n"
     "2023-12-04\n11月仓储指数回升 新订单指数重回扩张区间\n中新社北京12月4日电 新订单指数为53%，较上月回升3.3个百分点。\n",
     [("中国物流业景气指数稳中回升", "2014-04-08"), ("11月仓储指数回升新订单指数重回扩张区间", "2023-12-04")]),
    # a reporter's credit with a slash, or in traditional characters, is no part of the title
    ("“无人派送”：低价战反噬快递业（节选）\n本刊记者/赵一苇\n2020-11-02\n根据统计，8月份快递行业平均单票收入为2.15元。\n\n"
     "中國快遞物流健康監測報告\n每日經濟新聞 2021-07-31 19:49:23\n每經記者 趙雯琪 每經編輯 劉雪梅\n"
     "業務收入完成916.3億元，同比增長15.0%。\n",
     [("“无人派送”：低价战反噬快递业（节选）", "2020-11-02"), ("中國快遞物流健康監測報告", "2021-07-31")]),
    # a day alone in parentheses under a title is its date line, not the article before's closing
    # note; an original title's line (原标题：…) over a news credit is no title
    ("兰溪邮政收到包裹\n    8月8日，兰溪市邮政分公司收到一大批包裹。\n\n舟曲灾区邮政通信全面恢复\n（2010年08月17日）\n\n"
     "    本报讯 甘南州恢复邮政营业网点5处。\n\n预计到2025年快递业务量将超1500亿件\n2021-12-28 来源:工人日报客户端\n"
     "原标题:《“十四五”邮政业发展规划》出台\n工人日报客户端北京12月28日电 规划提出，快递业务量超过1500亿件。\n",
     [("兰溪邮政收到包裹", "2010-08-08"), ("舟曲灾区邮政通信全面恢复", "2010-08-17"),
      ("预计到2025年快递业务量将超1500亿件", "2021-12-28")]),
    # a source label left empty with its value on the next line (來源: / 聯商網 CC): the value is
    # the date line's furniture, not the title (set 43's 4307)
    ("雙11期間全國快遞業務總量11.2億件\n\n2016-11-18 19:45 來源: 新華社\n\n新華社北京11月18日電 全國共攬收快件11.2億件。\n\n"
     "春節假期全國攬投快遞包裹量超7億件\n來源:\n聯商網 CC\n2023-01-29 09:40\n國家郵政局監測數據顯示，全國攬收快遞包裹4.1億件。\n",
     [("雙11期間全國快遞業務總量11.2億件", "2016-11-18"), ("春節假期全國攬投快遞包裹量超7億件", "2023-01-29")]),
])
def test_date_lines_and_credits_around_titles(page, expected):
    from postmetrics import extract_items

    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == expected


@pytest.mark.parametrize("page, expected", [
    # a page's date line written day first dates it (22.12.2016  20:04: 今年11月 → 2016; 累计 under the
    # month is the year to date)
    ("我省快递业务量增长迅速\n\n22.12.2016  20:04\n\n从省邮政管理部门获悉，今年11月，全省快递业务量累计完成3.36亿件。\n",
     [("", "", "2016-01/2016-11")]),
    # 陜西 (a variant of 陝) in the headline places the item; its pinyin glosses are dropped
    ("陜西：一季度全省快遞業(yè)保持較快增長\n4月23日，記者從省郵政管理局獲悉：一季度，全省快遞業務量累計完成1.34億件。\n",
     [("陕西省", "", "")]),
    # an item that glosses its 今年 (今年（2020年）) is of that year, whatever the page's date line
    ("澳門郵政資訊\n\n新郵發行\n20/11/2019 16:15\n郵電局將於11月22日發行郵票一套八枚。\n\n"
     "3月份出口郵件量月增逾3倍\n郵電局統計資料顯示，本澳今年（2020年）3月份入口郵件10,317件。\n",
     [("澳门特别行政区", "澳门特别行政区", "2020-03")]),
])
def test_the_page_date_and_place_an_item_names_itself(page, expected):
    from postmetrics import extract

    figures = extract(page)
    got = [(f.province, f.city, f.period) for f in figures if f.unit in ("件",)]
    assert got == expected


def test_a_month_reports_figures_without_a_time_of_their_own_are_of_that_month():
    """国家邮政局发布2022年7月中国快递发展指数报告 / 2022-08-05: 快递业务量预计同比增长约6.2% is July's."""
    from postmetrics import extract

    page = ("国家邮政局发布2022年7月中国快递发展指数报告\n\n2022-08-05\n\n"
            "8月5日消息，国家邮政局发布报告。快递业务量预计同比增长约6.2%。\n")
    assert [(f.value, f.period) for f in extract(page)] == [(6.2, "2022-07")]


def test_a_roundups_place_heads_open_its_sections():
    """A WeChat roundup heads each county's story with 【省·县】: each is an article about that
    place, headed by it; a ▲ caption inside it is no byline; （杜鹃 裴效华 2024-11-02） closes one."""
    from postmetrics import extract_items

    page = ("邮政助农丨田间地头的“邮”速度\n\n一起来看看各地县邮政分公司\n帮农户把好货寄出去的故事\n\n\n"
            "【山西·右玉】\n\n今年以来，\n山西邮政已开展直播活动500余场。\n\n（杜鹃 裴效华 2024-11-02）\n\n\n"
            "【重庆·巫山】\n\n▲ 巫山脆李\n\n重庆市邮政分公司\n销售了巫山脆李等农产品，\n实现助农销售824.41万元。\n")
    assert [(i["headline"], i["province"], i["county"]) for i in extract_items(page)] == [
        ("【山西·右玉】", "山西省", "右玉县"), ("【重庆·巫山】", "重庆市", "巫山县")]


def test_a_clippings_source_and_day_over_its_title_date_the_article_under_it():
    """A page of clippings, each under its paper's name and day set off by blank lines (2019-08-03
    速递资讯 / title / text; 深圳晚报 2020-09-29 / title / text): each dates and titles the article
    under it, not the one above (set 44's 4411)."""
    from postmetrics import extract_items

    page = ("现代物流报　2021-06-14\n\n烟台樱桃寄递邮政专机首飞\n本报讯 6月3日凌晨，载有24吨大樱桃的货运专机起飞。\n\n\n"
            "2019-08-03　速递资讯\n\n临沂本季1200吨大樱桃空运至各地\n\n5月18日凌晨，樱桃货机起航，满载14吨大樱桃。\n\n\n"
            "深圳晚报　2020-09-29\n\n大闸蟹搭乘南航航班来深\n“秋风起，蟹脚痒”，9月中旬以来，大闸蟹陆续上市。"
            "9月28日蟹类运输量达34.4吨，创年内新高。\n")
    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == [
        ("烟台樱桃寄递邮政专机首飞", "2021-06-03"), ("临沂本季1200吨大樱桃空运至各地", "2019-05-18"),
        ("大闸蟹搭乘南航航班来深", "2020-09-29")]


@pytest.mark.parametrize("page, expected", [
    # a news credit alone on its line over the title (中新网北京7月22日电 (记者 夏宾) / title / text)
    ("“熟悉的陌生人”有了新画像\n\n　　本报讯 2018年，中国快递业务量超过500亿件。\n\n\n中新网北京7月22日电 (记者 夏宾)\n\n"
     "新就业形态人员职业伤害保障试点“扩围”\n\n　　2025年7月1日起，新增10个省份和滴滴出行、顺丰等7家平台企业。\n",
     ["“熟悉的陌生人”有了新画像", "新就业形态人员职业伤害保障试点“扩围”"]),
    # a sidebar's label (链接) over its title: another article, titled (set 44's 4404)
    ("上半年湖北人均使用快递29件\n\n    本报讯 今年上半年，湖北省人均使用快递29件。\n\n链接\n"
     "2022年全省邮政快递行业业务总量增速居全国第一\n    记者日前获悉，2022年全省邮政快递行业业务总量累计完成427.6亿元。\n",
     ["上半年湖北人均使用快递29件", "2022年全省邮政快递行业业务总量增速居全国第一"]),
    # …but an untitled paragraph under 相关链接 is the article's own (set 13's 1306)
    ("“十四五”以来邮政业发展成效显著\n\n中新网7月21日电 五年来，邮政行业业务收入从2020年的1.1万亿元增长到2024年的1.7万亿元。\n\n"
     "相关链接\n\n据《人民日报》报道，国家邮政局印发方案，到2027年，快递业务量超过1500亿件。\n",
     ["“十四五”以来邮政业发展成效显著"]),
])
def test_titles_under_a_credit_line_or_a_sidebars_label(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_an_original_title_a_bracketed_credit_and_a_date_line_between_articles():
    """Articles parted by rules (set 45's 4510): one whose only title is its original one (原標題：…)
    takes it without the label; a credit in brackets under an article (（新華日報 作者 梅劍飛）) is no
    title; date lines printed between articles, over the next one's title, date that one."""
    from postmetrics import extract_items

    page = ("东部机场集团一季度货邮吞吐量12.5万吨\n2025-04-30\n\n今年一季度，东部机场集团货邮吞吐量12.5万吨，同比增长10.8%。\n\n"
            "────────────────────\n\n2020年06月24日 來源：新華日報\n\n原標題：全省機場國際貨運量顯著增長\n\n"
            "6月23日，新華日報記者從江蘇省交通運輸廳獲悉，1-5月，全省共完成國際貨郵吞吐量3.3萬噸，同比增長9.0%。\n"
            "（新華日報 作者 梅劍飛）\n\n────────────────────\n\n來源：互聯網\n發布時間：2014/4/29 8:52:19\n\n"
            "鄭州機場一季度貨郵吞吐量增速全國第一\n\n4月28日，記者獲悉，今年一季度，鄭州機場完成貨郵吞吐量8.96萬噸。\n")
    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == [
        ("东部机场集团一季度货邮吞吐量12.5万吨", "2025-04-30"), ("全省機場國際貨運量顯著增長", "2020-06-23"),
        ("鄭州機場一季度貨郵吞吐量增速全國第一", "2014-04-28")]


def test_a_boxed_section_label_is_no_byline():
    # ■ 行业总体 / ■ 快递服务 between paragraphs: sections of one article, not bylines closing it (set 46's 4606)
    from postmetrics import extract_items

    page = ("青岛人收发快递前4个月超1亿件\n\n2018-05-23 08:51来源:半岛网-半岛都市报\n\n　　21日，记者从青岛市邮政管理局获悉。\n\n"
            "■ 行业总体\n\n　　1~4月份，全市邮政行业业务收入累计完成20.19亿元。\n\n"
            "■ 快递服务\n\n　　1~4月份，全市快递服务企业业务量累计完成10870.11万件。\n")
    assert [(i["headline"], i["city"]) for i in extract_items(page)] == [("青岛人收发快递前4个月超1亿件", "青岛市")]


def test_a_chronicle_databases_record_labels_are_no_titles():
    # 知识类型：析出资源 / 内容出处：… / 颗粒名称：… under an entry's title (set 43's 4310)
    from postmetrics import extract_items

    page = ("报刊发行\n\n知识类型：析出资源\n内容出处：《赣州市志 上册》 图书\n颗粒名称：报刊发行\n关键词：邮政业务 报刊发行\n\n"
            "  1985年，市内有社会发行站320个、发行员320人。\n")
    assert [i["headline"] for i in extract_items(page)] == ["报刊发行"]


def test_a_posts_sections_under_bracketed_labels_stay_one_article():
    """【全省】 … 【昆明】 … 【结构】: sections of one post, the first naming no place, so 【昆明】 opens
    no article; 【往期回顾】2019年一季度 does, with that line as its title (set 44's 4405)."""
    from postmetrics import extract_items

    page = ("掌上春城\n2023-03-23 17:42  云南\n\n1月至2月，云南邮政行业收入达23.15亿元\n原创  掌上春城\n\n"
            "掌上春城讯 3月23日，记者从云南省邮政管理局获悉，1月至2月，云南邮政行业收入达23.15亿元。\n\n"
            "【全省】\n1月至2月，全省邮政行业寄递量累计20859.48万件，同比增长4.57%。\n\n"
            "【昆明】\n1月至2月，昆明市邮政行业寄递量累计10575.16万件，同比增长4.54%。\n\n"
            "【往期回顾】2019年一季度\n一季度，昆明市快递企业累计完成快递业务5437.40万件，同比增长42.32%。\n")
    assert [(i["headline"], i["city"]) for i in extract_items(page)] == [
        ("1月至2月，云南邮政行业收入达23.15亿元", ""), ("【往期回顾】2019年一季度", "昆明市")]


def test_a_related_article_printed_whole_after_related_reading():
    """相关阅读 / a title / its text: a related article printed whole is an item, not the site's list."""
    from postmetrics import extract_items

    page = ("海南2023年快递业务量完成2.14亿件\n\n中新网海口1月21日电 海南快递业务量完成2.14亿件。\n\n相关阅读\n\n"
            "海南前三季度快递业务量超1亿件 较2020年提前2个月\n\n今年前三季度，海南较2020年提前2个月实现快递业务量超1亿件。"
            "记者10月18日从海南省邮政管理局获悉，全省快递服务企业业务量累计完成10697.94万件。\n")
    assert [i["headline"] for i in extract_items(page)] == [
        "海南2023年快递业务量完成2.14亿件", "海南前三季度快递业务量超1亿件较2020年提前2个月"]


@pytest.mark.parametrize("page, expected", [
    # a related article after 相关新闻 that opens with its news credit (据新华社北京1月9日电) keeps its title
    ("去年我市邮政快递业务量突破1亿件\n\n2024-05-17 16:56:17    来源：襄阳发布\n\n我市快递业务量首次突破1亿件。\n\n相关新闻\n\n"
     "去年我国快递业务量 初步统计达1320亿件\n\n据新华社北京1月9日电（记者 戴小河）国家邮政局预计，2023年快递业务量完成1320亿件。\n",
     ["去年我市邮政快递业务量突破1亿件", "去年我国快递业务量初步统计达1320亿件"]),
    # a site's date line written 2024 11/14 20:41:52 is a date line, not a headline
    ("我省“双11”快递业务量超3.3亿件\n\n2024-11-15 09:12:01  来源：云南网\n\n全省快递业务量超3.3亿件。\n\n相关新闻\n\n"
     "云南“双11”快递业务量破亿\n\n2024 11/14 20:41:52  来源：新华网\n\n来自云南省邮政管理局的消息，今年“双11”，云南省快递业务量破亿件。\n",
     ["我省“双11”快递业务量超3.3亿件", "云南“双11”快递业务量破亿"]),
    # a site's date line with an outlet whose name opens with digits (2021-02-26 36氪) is a date line
    ("全国冷藏保温车超过1万辆\n2021-02-26 36氪\n据初步摸排，全国拥有冷藏保温车超过1万辆。\n\n"
     "快递业务量增长\n2021-03-01 新华网\n全省快递业务量完成1.2亿件。\n",
     ["全国冷藏保温车超过1万辆", "快递业务量增长"]),
    # a short line over a reporter's credit (大河報·豫視頻記者宋聰俐文圖) titles the next article, though
    # set off no wider than the paragraphs
    ("朔州市累计投递高校录取通知书25146件\n\n2024-09-13　朔州新闻网\n\n经统计，朔州市累计投递高校录取通知书25146件。\n\n"
     "河南省高考錄取通知書投遞工作正式拉開序幕\n\n大河報·豫視頻記者宋聰俐文圖\n\n"
     "預計今年河南省高考錄取通知書的發寄量為110萬封。\n",
     ["朔州市累计投递高校录取通知书25146件", "河南省高考錄取通知書投遞工作正式拉開序幕"]),
    # a page's section line (第02版：要闻) and a column's banner (—— 各地邮政快递短讯 ——) over a title are
    # not the title's; a date line may give the month alone (2018-11), or the month and the site's
    # section (2023年12月 财经·快递)
    ("我市快递收发量再创新高\n2021-11-22\n\n我市收发快递达1344万件。\n\n[编辑：刘玉倩 审核：戎小平]\n\n\n"
     "第02版：要闻\n我市快件业务创历史新高\n2020-11-14 义乌商报\n\n11月12日，我市共处理快件3.04亿件。\n",
     ["我市快递收发量再创新高", "我市快件业务创历史新高"]),
    ("基层动态\n—— 各地邮政快递短讯 ——\n\n潍坊“双十一”首日快件揽收量同比大增\n2018-11\n\n"
     "本报讯 “双十一”首日，潍坊市揽收快件161万件。\n", ["潍坊“双十一”首日快件揽收量同比大增"]),
    ("圆通速递11月业务完成量同比增长32.95%\n2023年12月  财经·快递\n\n圆通速递11月快递产品收入53.34亿元。\n",
     ["圆通速递11月业务完成量同比增长32.95%"]),
    # a label whose value the copy lost (日期：) between a title and its source line is no title
    ("成都日报锦观 > 经济\n\n2022年四川快递业务量累计完成28.69亿件\n\n日期：\n来源：成都日报锦观\n\n"
     "30日，记者从四川省邮政管理局官网获悉，2022年四川快递业务量累计完成28.69亿件。\n",
     ["2022年四川快递业务量累计完成28.69亿件"]),
    # a related article after 相关新闻 whose date line stands between its title and its text
    ("去年全省快递业务量增速位居中部第一\n\nwww.jctrans.com 2017-1-17\n\n  记者1月16日从省邮政管理局获悉，"
     "2016年全省快递业务量完成6.9亿件。\n\n相关新闻\n\n安徽今年快递业务量将达5.5亿件 收入预计60亿元\n\n"
     "www.jctrans.com 2016-1-22 16:56:00 中安在线\n\n  昨日，记者从全省邮政工作会议上了解到，到2020年，我省快递业将"
     "实现业务量翻番，今年我省快递业务量将达5.5亿件，收入预计60亿元。\n", ["去年全省快递业务量增速位居中部第一", "安徽今年快递业务量将达5.5亿件收入预计60亿元"]),
    # a rule drawn between two articles (————————): the short line under it is the next one's title
    ("1—7月份灌南县快递外发包裹数2836万件\n\n发表于 2024-8-19 11:11:14\n\n记者今天从县邮政管理局获悉，"
     "1—7月份，全县快递外发包裹数量2836万件。\n\n————————————————\n\n孝昌县邮政：快递进村助力黄桃“出村进城”\n\n"
     "当前，正值黄桃销售的热潮，孝昌县邮政公司增加了五台车辆。\n",
     ["1—7月份灌南县快递外发包裹数2836万件", "孝昌县邮政：快递进村助力黄桃“出村进城”"]),
    # a closing note of a paper, its day and its credits (（贵州日报 2024年11月26日 文/李海钦）) ends and dates
    # its article; a day alone in parentheses under a title is the title's date line
    ("一季度我国邮政快递业运行畅通稳定\n\n新华社北京4月21日电 一季度寄递业务量累计完成417.3亿件。\n\n"
     "（2023-03-09 来源：国际日报网）\n\n\n贵州快递业高歌猛进\n\n数据显示，今年1至10月，全省寄递业务量累计完成11.18亿件。\n\n"
     "（贵州日报 2024年11月26日 文/李海钦）\n",
     ["一季度我国邮政快递业运行畅通稳定", "贵州快递业高歌猛进"]),
    # a web page's frame line under an article (责任编辑：付基恒) ends it: the line under it titles the next
    ("我市邮政行业发展态势良好\n\n临汾新闻网讯 今年上半年，我市邮政行业收入累计完成3.13亿元。\n\n"
     "“下半年，将坚决守好安全底线。”市邮政管理局的工作人员说。\n\n责任编辑：付基恒\n\n"
     "山西晋中邮政行业寄递业务量完成1738.18万件 实现首月“开门红”\n\n"
     "日前，记者从晋中市邮政管理局获悉，今年1月份，晋中全市邮政行业寄递业务量完成1738.18万件。\n",
     ["我市邮政行业发展态势良好", "山西晋中邮政行业寄递业务量完成1738.18万件实现首月“开门红”"]),
])
def test_related_articles_keep_their_titles(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_a_closing_note_with_credits_dates_its_article():
    """（贵州日报 2024年11月26日 文/李海钦） after the last article: 今年1至10月 is 2024's."""
    from postmetrics import extract

    page = ("一季度我国邮政快递业运行畅通稳定\n\n新华社北京4月21日电 一季度寄递业务量累计完成417.3亿件。\n\n"
            "（2023-03-09 来源：国际日报网）\n\n\n贵州快递业高歌猛进\n\n数据显示，今年1至10月，全省寄递业务量累计完成11.18亿件。\n\n"
            "（贵州日报 2024年11月26日 文/李海钦）\n")
    assert [(f.value, f.period) for f in extract(page) if f.value == 1118000000] == [(1118000000, "2024-01/2024-10")]


def test_an_items_reporting_unit_is_named_without_the_credit_before_it():
    """黑龙江日报7月26日讯 记者从省邮政管理局了解到…: the unit is 省邮政管理局 (as written, 郵政 too)."""
    from postmetrics import extract_items

    assert [i["org"] for i in extract_items("黑龙江日报7月26日讯 记者从省邮政管理局了解到，上半年全省快递业务量近6亿件。")] == [
        "省邮政管理局"]
    assert [i["org"] for i in extract_items("4月23日，記者從省郵政管理局獲悉：一季度，全省快遞業務量完成1.34億件。")] == [
        "省郵政管理局"]
    # a verb before the unit is cut (由, 从 after a day), not the first character of a name (从江县)
    for text, org in (("本报讯 快递物流园由晋城市邮政管理局牵头建设，入驻企业5家。", "晋城市邮政管理局"),
                      ("本报讯 3日从省邮政管理局获悉，全省快递业务量5万件。", "省邮政管理局"),
                      ("本报讯 从江县邮政分公司揽收包裹5万件。", "从江县邮政分公司")):
        assert [i["org"] for i in extract_items(text)] == [org]


def test_a_disclosure_tables_title_cell_is_the_headline():
    # a government page's disclosure table copied with its bars (标 题: | … | ||||): the title cell, and
    # its other labels (索引号, 发文机构, 概述, 成文日期) are no title of another item
    from postmetrics import extract_items

    page = ("标 题: | 一季度乌海市邮政行业经济运行情况 | ||||||||\n索 引 号: | 111503000115547383/2017-10125 | 发文字号: | |||||||\n"
            "发文机构: | 统计局 | 信息分类: | 统计信息 | ||||||\n概 述: | 一季度乌海市邮政行业经济运行情况 | ||||||||\n"
            "成文日期: | 公开日期: | 2017-06-05 00:00:00 | 废止日期: | 有效性: |\n\n"
            "一季度，乌海市邮政行业业务收入累计完成3050.46万元，同比增长21.35%。\n")
    assert [i["headline"] for i in extract_items(page)] == ["一季度乌海市邮政行业经济运行情况"]


def test_a_roundups_entries_numbered_in_chinese_are_titled_without_their_numbers():
    # 年终盘点 / its title and day / 一、… / its day / text; 二、…: each entry titled without 一、, and the
    # roundup's own title is no entry's
    from postmetrics import extract_items

    page = ("年终盘点\n\n2024年邮政快递业大事盘点\n\n2025年01月10日\n\n"
            "一、国家邮政局：邮政快递行业业务量连续10年位居世界第一\n\n2024年2月28日\n\n"
            "2月28日，国家邮政局负责人表示，我国邮政快递业务量达1320亿件。\n\n"
            "二、一季度邮政快递业运行保持畅通稳定\n\n2024年4月21日\n\n"
            "新华社北京4月21日电 一季度邮政行业寄递业务量累计完成417.3亿件。\n")
    items = extract_items(page)
    assert [(i["headline"], i["first_line"]) for i in items] == [
        ("国家邮政局：邮政快递行业业务量连续10年位居世界第一", 11), ("一季度邮政快递业运行保持畅通稳定", 17)]


@pytest.mark.parametrize("page, expected", [
    # a paper's name and day under a title, a blank line between (新民晚报 2018年1月5日): the article's date line
    ("集邮市场 · 生肖邮票专题\n\n马年生肖邮票昨首发 南京邮迷排队抢购\n\n现代快报 2014-01-06\n\n"
     "快报讯 昨天，鼓楼邮政大楼门前挤满了五六百人。\n\n\n曹杨新村支局通宵开门迎“狗票”\n\n新民晚报 2018年1月5日\n\n"
     "早上6时不到，等着买“狗票”的集邮迷已经聚集了不少。\n",
     [("马年生肖邮票昨首发南京邮迷排队抢购", "2014-01-06"), ("曹杨新村支局通宵开门迎“狗票”", "2018-01-05")]),
    # 原题：… under a reposted article's date line is its data, not its title
    ("吉林省邮政业保持快速平稳发展\n\n2019-01-09 08:52:09 | 来源:吉林日报\n\n"
     "原题:全省邮政业保持快速平稳发展 业务收入增长百分之十二\n\n吉林日报1月9日讯(记者孙寰宇):记者了解到,"
     "2018年吉林省预计完成邮政业务总量69.35亿元。\n",
     [("吉林省邮政业保持快速平稳发展", "2019-01-09")]),
])
def test_date_lines_under_titles(page, expected):
    from postmetrics import extract_items

    assert [(i["headline"], i["item_date"]) for i in extract_items(page)] == expected


@pytest.mark.parametrize("page, expected", [
    # a reporter's credit under an article (記者：阿鬼) ends it; a site and a month under a title
    # (winandmac.com  2022/08) is its date line
    ("香港自2018年起增加邮费\n\n2017-09-07 08:48:02 | 編輯：杨龙威\n\n新华社香港9月6日电 香港邮政署宣布调整邮费。\n\n\n"
     "香港郵政將於下月起加郵費  為彌補不斷上升的營運成本\n\nwinandmac.com  2022/08\n\n"
     "香港郵政今日宣佈，30克或以下的本地信件郵費由現時HK$2調整至HK$2.2。\n\n今次的加幅都不多於一元。\n\n"
     "完整的郵費調整，建議可瀏覽香港郵政官方網站。\n\n記者：阿鬼\n\n\n"
     "香港郵政9月26日起調整主要郵費\n\n香港郵政宣布，將於9月26日起調整主要郵費，其中本地平郵加幅10%。\n",
     ["香港自2018年起增加邮费", "香港郵政將於下月起加郵費為彌補不斷上升的營運成本", "香港郵政9月26日起調整主要郵費"]),
    # a place's name alone between paragraphs (郴州市) heads a section of the article, no new article
    ("湖南多地邮政快递业积极开展防汛抗洪\n\n作者：佚名 来源：北京市邮政管理局 时间：2024-07-31\n\n"
     "  受台风“格美”影响，7月26日起，湖南多地遭遇特大暴雨。\n\n  郴州市\n\n"
     "  暴雨导致资兴全市8个乡镇78个村组通讯中断。\n",
     ["湖南多地邮政快递业积极开展防汛抗洪"]),
    # a site's breadcrumbs and a column's label set apart above the first title come before it, not in it
    ("湛江新闻 > 经济 > 邮政快递\n\n数说湛江邮政快递业\n\n\n前三季度湛江邮政快递业保持高速发展态势\n\n"
     "19日,记者从市邮政管理局获悉,今年前三季度,湛江邮政快递业务量累计完成3000万件。\n\n"
     "今年1-9月份,湛江快递业务收入累计完成3.42亿元,同比增长95.63%。\n",
     ["前三季度湛江邮政快递业保持高速发展态势"]),
    # a title over a reporter's credit set with a bar, in traditional characters (界面新聞記者 | 白帆)
    ("快递驿站转让潮\n\n驿站平均存活周期从2.3年暴跌至11个月。\n\n业内流传的43%倒闭率更让市场心惊。\n\n\n"
     "快遞網點加盟成“燙手山芋”\n\n界面新聞記者 | 白帆\n\n界面新聞編輯 | 沈霄戈\n\n"
     "曾經吸引諸多投資的快遞網點加盟，如今卻成了“燙手山芋”。\n\n該網點的轉讓費550萬元。\n",
     ["快递驿站转让潮", "快遞網點加盟成“燙手山芋”"]),
    # a topic's label over the page's first title (…专题, 规划观察｜…, 邮政惠民 · 服务“一老一农”) is not in it
    ("快递服务满意度调查专题\n\n国家邮政局公布2015年快递服务满意度调查结果\n\n3月1日消息，国家邮政局正式对外公布了"
     "2015年快递服务时限准时率及快递服务满意度调查结果，快递服务总体满意度得分为76.3分，较2014年上升1.6分。\n\n"
     "快递企业总体满意度排名和得分依次为：顺丰速运83.9分、邮政EMS79.2分。\n",
     ["国家邮政局公布2015年快递服务满意度调查结果"]),
    ("邮政惠民 · 服务“一老一农”\n\n小小村邮站 大大民生事\n\n新华网浙江频道1月17日电（刘娅）小小村邮站，大大民生事。"
     "目前全省已建成村邮站2万个。\n", ["小小村邮站大大民生事"]),
    ("规划观察｜“十四五”邮政快递：目标与进度\n\n三部门联合印发《“十四五”邮政业发展规划》\n\n"
     "本报北京12月28日电（记者李心萍）近日，国家邮政局等三部门联合印发规划，到2025年快递业务量达1500亿件。\n",
     ["三部门联合印发《“十四五”邮政业发展规划》"]),
])
def test_where_articles_end_and_sections_begin(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


def test_a_date_line_of_a_month_dates_its_article():
    # 发布时间：2020年3月 under an article's title on a page of dated articles: 2月28日 is 2020's
    from postmetrics import extract_items

    page = ("苍溪猕猴桃购销两旺\n\n2016-09-02 来源：广元在线\n\n本报讯 今年苍溪猕猴桃寄递量达到50万件。\n\n\n"
            "邮政帮忙柑橘网上卖\n\n发布时间：2020年3月\n\n本报讯 2月28日，东坝镇邮政所帮果农销售“春见”近1.5万公斤。\n")
    assert [i["item_date"] for i in extract_items(page)] == ["", "2020-02-28"]


def test_a_headlines_year_does_not_date_the_dateline_of_a_dated_page():
    # 2018年… in the headline is the year reported; the article is printed 2019-01-09 (吉林日报1月9日讯)
    from postmetrics import extract, extract_items

    page = ("2018年吉林省邮政业保持快速平稳发展\n\n2019-01-09 08:52:09 | 来源:吉林日报\n\n"
            "吉林日报1月9日讯(记者孙寰宇):记者了解到,2018年吉林省预计完成邮政业务总量69.35亿元。\n")
    assert [i["item_date"] for i in extract_items(page)] == ["2019-01-09"]
    assert [(f.value, f.period) for f in extract(page)] == [(6935000000.0, "2018")]


def test_a_regions_site_title_and_scope():
    items = postmetrics.extract_document(REGION_SITE).items
    assert [(i["headline"], i["province"]) for i in items] == [("2020年1-4月份全区邮政行业运行情况", "广西壮族自治区")]


@pytest.mark.parametrize("page, expected", [
    # a web title's deck (副题) under it, over the date line: the headline is the main title
    ("上半年全市快递业务量近2亿件\n88.5%！农村快递增势迅猛\n\n发布时间：2021-07-20  来源：某某日报\n\n"
     "某某日报7月20日讯 记者从市邮政管理局了解到，上半年全市快递业务量近2亿件，同比增长25.7%。\n",
     ["上半年全市快递业务量近2亿件"]),
    # a related article's title and deck after 相关新闻: the title is kept, the deck left out of it
    ("全省快递业务量完成13.85亿件\n\n2024-01-23 来源：某某日报\n\n记者从省邮政管理局获悉，去年全省快递业务量完成13.85亿件。\n\n"
     "相关新闻\n\n去年某市邮政快递增幅 居全省第二位\n累计完成6762.8万件，同比增长14.4%\n某某日报 2023-05-05 02版\n\n"
     "本报讯 记者从市邮政管理局获悉，2022年全市邮政行业寄递业务量累计完成6762.8万件，同比增长14.4%。\n",
     ["全省快递业务量完成13.85亿件", "去年某市邮政快递增幅居全省第二位"]),
    # a subtitle opening with a dash (——记…) is not the headline
    ("马班邮路上的忠诚信使\n——记木里县邮递员王顺友\n\n本报讯 在木里的马班邮路上，忠诚信使王顺友一个人赶着马驮着邮件走了20年，行程26万公里。\n",
     ["马班邮路上的忠诚信使"]),
    # a title wrapped in a narrow column (no figure closes its first line): one headline
    ("北京邮政为近14万个家庭\n配送新生儿出生证明\n\n本报讯 北京邮政今年为13.7万个家庭配送出生证明。\n",
     ["北京邮政为近14万个家庭配送新生儿出生证明"]),
    # a kicker (引题) over a main title that names its own subject: both are the headline
    ("线上线下齐发力\n寿光邮政蔬菜寄递量同比增长三成\n2024-03-02\n\n本报讯 今年以来，寿光邮政寄递蔬菜12万件。\n",
     ["线上线下齐发力寿光邮政蔬菜寄递量同比增长三成"]),
    # a first line that leads into the second (…显示) is one title printed on two lines
    ("国家邮政局监测数据显示\n“双11”期间揽收快递包裹52.64亿件\n2023-11-12\n\n本报讯 11月1日至11日，全国共揽收快递包裹52.64亿件。\n",
     ["国家邮政局监测数据显示“双11”期间揽收快递包裹52.64亿件"]),
])
def test_a_titles_deck_is_not_its_headline(page, expected):
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(page)] == expected


#: a web page gathering press releases: an article typed single-spaced, then ones with a blank
#: line between paragraphs, two blank lines between articles; a rule under one title, a closing
#: date and hour (香港時間18時30分) at one article's end, a short tag set apart under another title
GATHERED_RELEASES = (
    "上半年全国国际快递业务增速近50%\n| 编辑: 某某 | 时间: 2021-07-13 16:28:06 | 来源: 央视网 |\n"
    "国家邮政局今天发布数据,上半年国际快递业务量增长45%。\n上半年,快递企业开通国际航线20条。央视网消息\n\n\n"
    "寄往內地部分地區的平郵服務暫停\n******************\n  香港郵政今日宣布,暫停寄往廣州的平郵服務,涉及郵件3000件。\n\n"
    "  市民可瀏覽香港郵政網站了解詳情。\n\n2021年8月24日(星期二)\n香港時間18時30分\n\n\n"
    "修訂郵政服務收費總表\n\n隨著本澳經濟發展,本地函件的基本郵費由澳門幣2元調整至2.5元。\n\n"
    "區域一的空郵基本郵費由澳門幣18元調整至13.5元。\n\n\n"
    "3月份出口郵件量月增逾3倍\n\n全球抗疫\n\n郵電局資料顯示,本澳3月份出口郵件10317件。\n\n資料顯示,2月份出口郵件10096件。\n")


def test_articles_gathered_with_their_own_spacing_are_split_at_their_titles():
    from postmetrics import extract_items

    assert [i["headline"] for i in extract_items(GATHERED_RELEASES)] == [
        "上半年全国国际快递业务增速近50%", "寄往內地部分地區的平郵服務暫停", "修訂郵政服務收費總表", "3月份出口郵件量月增逾3倍"]


#: a page of items parted by rules: the paper's name and column over them, a photo's caption after
#: a rule and a date line, a title after a rule, a credit closing one item; and a box of short
#: lines after a rule, which is still the article's above (no row of it may be lost)
RULED_PAGE = (
    "中国邮政报  各地传真\n\n————————————————————\n\n舟曲灾区邮政通信全面恢复\n\n2010年08月17日\n\n"
    "舟曲特大山洪泥石流灾害发生后，甘南州邮政部门累计投递党报党刊1万余份，办理汇款业务128笔。\n\n"
    "————————————————————\n\n2018年邮政业绿色发展成果\n◆行业电子运单使用率达到92%\n◆行业新能源汽车保有量超过1.2万辆\n\n"
    "————————————————————\n\n2019年9月7日 星期六\n\n"
    "中国邮政一直以来非常重视网点建设工作，2016年全年累计新建网点486个，使全国网点总数达到了5.4万个。\n\n"
    "□李旭昌 摄\n\n————————————————————\n\n“双11”全国邮政快递业务同比增长23.22%\n\n2023年11月13日 08:02\n\n"
    "国家邮政局监测数据显示，11月1日至11日，全国邮政快递企业共揽收快递包裹52.64亿件。\n\n新华社发（何红福 摄）\n")


def test_rules_part_the_items_of_a_page():
    from postmetrics import extract, extract_items

    assert [(i["item_kind"], i["headline"]) for i in extract_items(RULED_PAGE)] == [
        ("news", "舟曲灾区邮政通信全面恢复"), ("photo", ""), ("news", "“双11”全国邮政快递业务同比增长23.22%")]
    assert [(f.value, f.county) for f in extract(RULED_PAGE) if f.unit in ("个", "辆", "%") and f.value != 23.22] == [
        (92.0, "舟曲县"), (12000.0, "舟曲县"), (486.0, ""), (54000.0, "")]


@pytest.mark.parametrize("page, expected", [
    # a post's account over its stamp (连云港发布 / 2023-08-01 10:40 发表于江苏): the title is under them
    ("连云港发布\n2023-08-01 10:40 发表于江苏\n\n这个指标，连云港增幅全省第一！\n\n据统计\n上半年全市累计完成\n"
     "快递业务量27265万件\n同比增长43%\n增幅全省排名第一位。\n",
     [("这个指标，连云港增幅全省第一！", "连云港市")]),
    # a mark set before a title (▲) is not the title's
    ("连云港发布\n2025-08-04 08:30 发表于江苏\n\n▲上半年我市邮政快递揽投业务量同比增长22.28%\n\n"
     "昨日，笔者从连云港市邮政管理局获悉，今年上半年全市揽投业务量累计完成77128.39万件，同比增长22.28%。\n",
     [("上半年我市邮政快递揽投业务量同比增长22.28%", "连云港市")]),
    # a title with its day on one line under the site's breadcrumb: the title, not the breadcrumb
    ("山东省邮政管理局 > 行业统计\n\n2020年1-4月份淄博市邮政行业运行情况 2020-05-14\n\n"
     "1-4月份，全市邮政行业业务收入完成5.89亿元，同比增长8.65%。\n",
     [("2020年1-4月份淄博市邮政行业运行情况", "淄博市")]),
])
def test_a_posts_or_a_sites_title_under_its_account_or_breadcrumb(page, expected):
    from postmetrics import extract_items

    assert [(i["headline"], i["city"]) for i in extract_items(page)] == expected

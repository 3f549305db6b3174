"""Splitting a file into pages (issue 13, :mod:`postmetrics.pages`): form feeds,
mastheads of newspaper pages run together, what opens or ends a page in pages run
together (section labels, web articles' data lines and ends, official documents), a bound on a
page's length; a big
file is read from disk a piece at a time.  A file's rows equal those of its
pages read one by one (tests/test_pages.py for form feeds)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import postmetrics
from postmetrics import io as pm_io
from postmetrics import pages as pm_pages
from postmetrics.cli import app
from postmetrics.pages import masthead_key, split_pages

DATA = Path(__file__).parent / "data"
HELDOUT = DATA / "heldout"

SPLITS = [
    pytest.param("", [""], id="empty"),
    pytest.param("a\nb\n", ["a\nb\n"], id="one-page"),
    pytest.param("a\n\fb\n\f", ["a\n", "b\n", ""], id="form-feeds"),
    pytest.param("a\fb\n", ["a", "b\n"], id="form-feed-inside-a-line"),
    pytest.param("a\r\nb\rc\f\r\nd", ["a\nb\nc", "\nd"], id="crlf-and-cr"),
    pytest.param("中国邮政报 2024年3月22日 星期五 第3版\n正文。\n\n中国邮政报 2024年3月22日 星期五 第3版 综合新闻\n续。\n",
                 ["中国邮政报 2024年3月22日 星期五 第3版\n正文。\n\n中国邮政报 2024年3月22日 星期五 第3版 综合新闻\n续。\n"],
                 id="running-head-of-its-own-page"),
    pytest.param("中国邮政报 2024年3月22日 星期五 第3版\n正文。\n\n3\n\n综 合 新 闻\n\n2024年3月22日 星期五 第4版\n续。\n",
                 ["中国邮政报 2024年3月22日 星期五 第3版\n正文。\n\n",
                  "3\n\n综 合 新 闻\n\n2024年3月22日 星期五 第4版\n续。\n"], id="another-edition-with-its-labels"),
    pytest.param("标题\n正文。\n河南邮政\nHENAN YOUZHENG\n2025年1月9日 星期四\n续。\n",
                 ["标题\n正文。\n", "河南邮政\nHENAN YOUZHENG\n2025年1月9日 星期四\n续。\n"], id="after-a-page-without-masthead"),
    # a date with its weekday alone under an article, on a page without a masthead, dates the next article
    pytest.param("郵費調整\n郵電局將調整郵費。\n\n2015年10月15日星期四\n\n香港郵政明年加郵費\n平均加幅是6.2%。\n",
                 ["郵費調整\n郵電局將調整郵費。\n\n2015年10月15日星期四\n\n香港郵政明年加郵費\n平均加幅是6.2%。\n"],
                 id="a-date-line-with-its-weekday-is-no-masthead"),
    pytest.param("3\n综 合 新 闻\n2024年11月21日 星期四  责任编辑：程红\n正文。\n",
                 ["3\n综 合 新 闻\n2024年11月21日 星期四  责任编辑：程红\n正文。\n"], id="labels-above-the-first-masthead"),
    pytest.param("正文。\n\n【关闭窗口】\n\n主办单位：某市邮政管理局  苏ICP备05002487号\n地址：某路1号\n\n标题\n正文。\n",
                 ["正文。\n\n【关闭窗口】\n\n主办单位：某市邮政管理局  苏ICP备05002487号\n地址：某路1号\n\n", "标题\n正文。\n"],
                 id="after-a-web-footer"),
    pytest.param("正文。\n\n中国新闻网\n首页 > 财经 > 财经频道\n标题\n正文。\n",
                 ["正文。\n\n", "中国新闻网\n首页 > 财经 > 财经频道\n标题\n正文。\n"], id="breadcrumbs-with-the-site"),
    pytest.param("首页 > 财经 > 财经频道\n标题\n正文。\n", ["首页 > 财经 > 财经频道\n标题\n正文。\n"],
                 id="breadcrumbs-at-the-top"),
    pytest.param("正文。\n\n金华市邮政管理局\n标题\n正文。\n", ["正文。\n\n金华市邮政管理局\n标题\n正文。\n"],
                 id="an-article-after-a-page-is-not-seen"),
    pytest.param("滨海新区邮政\n携手保税区服务跨境电商\n2024年3月5日 星期二\n要闻。\n",
                 ["滨海新区邮政\n携手保税区服务跨境电商\n2024年3月5日 星期二\n要闻。\n"], id="headlines-are-not-labels"),
]


#: pages run together that open with what the text shows (issue 13): each row fails without its rule
OPENINGS = [
    pytest.param("正文。\n\n综 合 新 闻\n\n本报讯 续。\n", ["正文。\n\n", "综 合 新 闻\n\n本报讯 续。\n"],
                 id="letter-spaced-section-label"),
    pytest.param("正文。\n\n７\n\n经 营 服 务\n眼下正值旺季。\n", ["正文。\n\n", "７\n\n经 营 服 务\n眼下正值旺季。\n"],
                 id="letter-spaced-label-with-its-page-number"),
    pytest.param("正文。\n\n中国邮政报 2024年5月8日 第5版\n\n金 融 周 刊\n续。\n",
                 ["正文。\n\n", "中国邮政报 2024年5月8日 第5版\n\n金 融 周 刊\n续。\n"], id="letter-spaced-label-under-a-masthead"),
    pytest.param("正文。\n\n中国邮政报 2024年7月3日 第6版\n\n党 建 · 队 伍\n\n本报讯 6月28日，某某分公司召开大会。\n",
                 ["正文。\n\n", "中国邮政报 2024年7月3日 第6版\n\n党 建 · 队 伍\n\n本报讯 6月28日，某某分公司召开大会。\n"],
                 id="letter-spaced-label-parts-over-text"),
    pytest.param("正文。\n\n满 负 荷\n续。\n", ["正文。\n\n满 负 荷\n续。\n"], id="three-spaced-characters-are-a-word"),
    pytest.param("正文。\n\n彭 州 邮 政 蔬 菜 寄 递 量\n突 破 50 万 件\n本 报 讯 续 。\n",
                 ["正文。\n\n彭 州 邮 政 蔬 菜 寄 递 量\n突 破 50 万 件\n本 报 讯 续 。\n"], id="a-letter-spaced-headline"),
    pytest.param("正文。\n\n证券代码：002120　证券简称：某某股份\n\n某某公司10月经营快报\n",
                 ["正文。\n\n", "证券代码：002120　证券简称：某某股份\n\n某某公司10月经营快报\n"], id="stock-code"),
    pytest.param("正文。\n\n会议·经营\n\n全国邮政管理工作会议召开\n\n会议指出，业务量增长。\n",
                 ["正文。\n\n", "会议·经营\n\n全国邮政管理工作会议召开\n\n会议指出，业务量增长。\n"],
                 id="section-label-and-title"),
    pytest.param("正文。\n\n行业协会 | 会员大会 · 年度工作\n\n快递协会成立\n2009-02-12　某某网\n",
                 ["正文。\n\n", "行业协会 | 会员大会 · 年度工作\n\n快递协会成立\n2009-02-12　某某网\n"],
                 id="section-label-of-three-parts"),
    pytest.param("正文。\n\n法 治 · 快 递 纠 纷\n\n快递丢了谁来赔\n\n年关将至\n",
                 ["正文。\n\n", "法 治 · 快 递 纠 纷\n\n快递丢了谁来赔\n\n年关将至\n"], id="letter-spaced-label-parts"),
    pytest.param("正文。\n\n年味里的中国｜“递”出“幸福味”\n新华社音视频部联合出品　2023-01-14\n\n春节将至，中转枢纽进入最忙碌时段。\n",
                 ["正文。\n\n年味里的中国｜“递”出“幸福味”\n新华社音视频部联合出品　2023-01-14\n\n春节将至，中转枢纽进入最忙碌时段。\n"],
                 id="a-title-with-a-bar-over-its-date-line"),
    pytest.param("正文。\n\n服务业统计 · 答问\n\n邮政服务有哪些进展？\n答：很多。\n",
                 ["正文。\n\n服务业统计 · 答问\n\n邮政服务有哪些进展？\n答：很多。\n"], id="label-over-a-question"),
    pytest.param("正文。\n转发 · 评论 · 赞\n\n某某日报 V\n昨天 18:26 来自 微博网页版\n",
                 ["正文。\n转发 · 评论 · 赞\n\n某某日报 V\n昨天 18:26 来自 微博网页版\n"], id="post-footer-is-no-label"),
    pytest.param("正文。\n\n网站首页 | 关于我们 | 联系我们\n某市邮政管理局\n地址：某路1号\n",
                 ["正文。\n\n网站首页 | 关于我们 | 联系我们\n某市邮政管理局\n地址：某路1号\n"], id="site-menu-is-no-label"),
    pytest.param("正文。\n\n丹棱县分公司\n“邮快合作”让快递直达村口\n本报讯 续。\n",
                 ["正文。\n\n丹棱县分公司\n“邮快合作”让快递直达村口\n本报讯 续。\n"], id="kicker-is-no-label"),
    pytest.param("正文。\n\n某省邮政管理局关于上半年\n全省邮政行业运行情况的通报\n\n苏邮管〔2024〕46号\n\n各单位：\n",
                 ["正文。\n\n", "某省邮政管理局关于上半年\n全省邮政行业运行情况的通报\n\n苏邮管〔2024〕46号\n\n各单位：\n"],
                 id="document-number"),
    pytest.param("正文。\n\n某市2024年邮政行业发展统计公报\n\n某市邮政管理局\n2025年4月28日\n\n续。\n",
                 ["正文。\n\n", "某市2024年邮政行业发展统计公报\n\n某市邮政管理局\n2025年4月28日\n\n续。\n"],
                 id="issuer-under-a-document-title"),
    pytest.param("正文。\n\n某市２０２３年１－９月邮政行业运行情况\n２０２３－１０－２０　　某市邮政管理局\n\n续。\n",
                 ["正文。\n\n", "某市２０２３年１－９月邮政行业运行情况\n２０２３－１０－２０　　某市邮政管理局\n\n续。\n"],
                 id="issuer-after-a-full-width-date"),
    pytest.param("正文。\n\n某省邮政管理局\n2023年某省邮政行业发展统计公报\n\n2023年，全省业务量增长。\n",
                 ["正文。\n\n", "某省邮政管理局\n2023年某省邮政行业发展统计公报\n\n2023年，全省业务量增长。\n"],
                 id="issuer-above-a-document-title"),
    pytest.param("正文。\n\n寻乌县分公司\n脐橙寄递量同比增长22%\n\n续。\n",
                 ["正文。\n\n寻乌县分公司\n脐橙寄递量同比增长22%\n\n续。\n"], id="issuer-over-a-headline"),
    pytest.param("正文。\n\n某省政府工作报告\n\n——2024年1月23日在某省人民代表大会第二次会议上\n\n续。\n",
                 ["正文。\n\n", "某省政府工作报告\n\n——2024年1月23日在某省人民代表大会第二次会议上\n\n续。\n"],
                 id="speech-occasion"),
    pytest.param("正文。\n\n某市11月快递业务发展情况\n\n信息来源：某市邮政管理局　发布日期：2023-12-15\n\n续。\n",
                 ["正文。\n\n", "某市11月快递业务发展情况\n\n信息来源：某市邮政管理局　发布日期：2023-12-15\n\n续。\n"],
                 id="web-data-line-apart"),
    pytest.param("正文。\n\n某市快递业务发展情况\n发布时间：2024/3/7 10:10:02\n续。\n",
                 ["正文。\n\n某市快递业务发展情况\n发布时间：2024/3/7 10:10:02\n续。\n"], id="digest-data-line-under-title"),
    pytest.param("正文。\n\n某省邮政行业运行情况\n发布时间：2024-07-22　【字体：大 中 小】\n续。\n",
                 ["正文。\n\n", "某省邮政行业运行情况\n发布时间：2024-07-22　【字体：大 中 小】\n续。\n"],
                 id="web-data-line-with-font-buttons"),
    pytest.param("正文。\n\n某地快件业务量持续增长\n\n2024-10-15 08:30　來源：某某導報　　【字體：大 中 小】\n\n续。\n",
                 ["正文。\n\n", "某地快件业务量持续增长\n\n2024-10-15 08:30　來源：某某導報　　【字體：大 中 小】\n\n续。\n"],
                 id="dated-line-with-font-buttons"),
    pytest.param("正文。\n\n企业社会责任 · ESG报告摘编\n\n某公司发布社会责任报告\n\n续。\n",
                 ["正文。\n\n", "企业社会责任 · ESG报告摘编\n\n某公司发布社会责任报告\n\n续。\n"], id="section-label-with-latin"),
    pytest.param("正文。\n\n邮政管理动态 > 末端服务\n\n某市出台管理办法\n\n续。\n",
                 ["正文。\n\n", "邮政管理动态 > 末端服务\n\n某市出台管理办法\n\n续。\n"], id="section-label-path"),
    pytest.param("正文。\n\n例行新闻发布会（文字实录）\n\n时间：2024年7月16日 10:00　地点：新闻发布厅\n\n续。\n",
                 ["正文。\n\n", "例行新闻发布会（文字实录）\n\n时间：2024年7月16日 10:00　地点：新闻发布厅\n\n续。\n"],
                 id="event-data-line"),
    pytest.param("正文。\n\n某某公告\n\n时间：2025-07-09\n\n续。\n", ["正文。\n\n某某公告\n\n时间：2025-07-09\n\n续。\n"],
                 id="a-date-alone-is-no-event"),
    pytest.param("正文。\n\n某地邮政服务乡村振兴\n\n2024-05-30　来源：人民日报\n\n续。\n",
                 ["正文。\n\n某地邮政服务乡村振兴\n\n2024-05-30　来源：人民日报\n\n续。\n"], id="digest-article"),
    pytest.param("正文。\n\n【打印本页】  【关闭窗口】\n\n标题\n\n正文。\n",
                 ["正文。\n\n【打印本页】  【关闭窗口】\n\n", "标题\n\n正文。\n"], id="after-an-article-end"),
    pytest.param("正文。\n【关闭】\n上一篇：甲\n下一篇：乙\n\n标题\n", ["正文。\n【关闭】\n上一篇：甲\n下一篇：乙\n\n", "标题\n"],
                 id="after-the-links-under-an-end"),
    pytest.param("正文。\n上一篇：甲\n下一篇：乙\n\n标题\n", ["正文。\n上一篇：甲\n下一篇：乙\n\n", "标题\n"],
                 id="after-previous-and-next"),
    pytest.param("正文。\n【关闭窗口】\n相关阅读\n甲文章\n乙文章\n", ["正文。\n【关闭窗口】\n相关阅读\n甲文章\n乙文章\n"],
                 id="the-site-s-list-after-an-end"),
    pytest.param("正文。\n【关闭窗口】\n主办：某市邮政管理局　地址：某路1号\n标题\n",
                 ["正文。\n【关闭窗口】\n主办：某市邮政管理局　地址：某路1号\n", "标题\n"], id="footer-after-an-end"),
    pytest.param("正文。\n阅读 2.1万\n赞 386　在看 56\n\n标题\n", ["正文。\n阅读 2.1万\n赞 386　在看 56\n\n", "标题\n"],
                 id="after-read-counts"),
    pytest.param("正文。\n\n第 1 页 / 共 1 页\n\n标题\n", ["正文。\n\n第 1 页 / 共 1 页\n\n", "标题\n"],
                 id="after-page-of-pages"),
    pytest.param("正文。\n\n微博搜索  #快递旺季#\n综合 | 实时\n", ["正文。\n\n", "微博搜索  #快递旺季#\n综合 | 实时\n"],
                 id="social-media-search"),
    pytest.param("标题\n\n发布时间：2024-10-23  来源：某局\n\n正文。\n", ["标题\n\n发布时间：2024-10-23  来源：某局\n\n正文。\n"],
                 id="the-first-page-s-own-opening"),
]


@pytest.mark.parametrize("text, pages", SPLITS + OPENINGS)
def test_split_pages(text, pages):
    assert list(split_pages([text])) == pages
    assert list(split_pages([text[i:i + 3] for i in range(0, len(text), 3)] or [""])) == pages  # read in pieces


MASTHEADS = [
    pytest.param("中国邮政报　2024年3月22日　星期五　第3版　综合新闻", ("2024年3月22日", "3"), id="paper-date-edition"),
    pytest.param("2024年2月27日 星期二　　中国邮政报　　3", ("2024年2月27日", "3"), id="edition-as-a-number"),
    pytest.param("２０２４年７月２４日  星期三  第１版", ("2024年7月24日", "1"), id="full-width"),
    pytest.param("金 华 日 报　　2024 年 12 月 6 日　星期五　　A5　经济·民生", ("2024年12月6日", "A5"), id="spaced"),
    pytest.param("2023年9月8日  星期五", ("2023年9月8日", ""), id="date-only"),
    pytest.param("2024年3月22日，全省快递业务量…", None, id="a-sentence"),
    pytest.param("2024年3月22日（星期五）上午，会议在京召开。", None, id="a-dateline-sentence"),
]


@pytest.mark.parametrize("line, key", MASTHEADS)
def test_masthead_key(line, key):
    assert masthead_key(line) == key


#: held-out files that are several documents by the splitter's rules, and so split on purpose: four
#: stock-exchange announcements, each opening with its stock code (2711); a web page's copyright
#: notice (…不得转载) with another article after it (2703); a paper's masthead with its day
#: (中国邮政报 2019年9月7日 星期六) over the last item of a page gathered from several sources (2910);
#: web articles copied one after another, a later one's data line set apart under its title
#: (信息来源：鄂州政府网 日期:2023-11-17 in 3701, 发布时间：2020年3月 in 3707, 发布时间：2024/1/22 14:57:19 来源：新华网 in 4003); a site's notice
#: (凡本网未注明…均转载自其它媒体…) with a related article after it (3806); three papers' e-paper
#: pages, each under its own masthead, between rules (3902); two papers' clippings, the second under its
#: masthead after a web page's copyright line (邢台日报数字报 版权所有 / ———— / 河北日报 河北新闻网, 4204);
#: briefs of several years each under its 发布时间 line (发布时间:2005-12-07 in 4305), and a city
#: site's breadcrumb over a later article (福州新闻网 >> 投资福州 >> 县区动态 in 4511)
SEVERAL_DOCUMENTS = {"2703.txt", "2711.txt", "2910.txt", "3701.txt", "3707.txt", "3806.txt", "3902.txt", "4003.txt",
                     "4204.txt", "4305.txt", "4511.txt"}


def test_no_test_or_evaluation_page_is_split():
    paths = [p for p in sorted(DATA.glob("*.txt")) + sorted(HELDOUT.glob("*.txt")) if p.name not in SEVERAL_DOCUMENTS]
    assert [p.name for p in paths if len(list(split_pages([p.read_text("utf-8")]))) != 1] == []
    assert [p.name for p in paths if len(list(split_pages(iter([p.read_text("utf-8")])))) != 1] == []  # line by line


#: the evaluation pages beside the checkout (bench/freeze.py reads them too), when they are there
EVAL = [Path(__file__).parent.parent.parent / "shared" / "eval" / kind for kind in ("public", "dev")]


def test_no_evaluation_page_is_split():
    paths = sorted(p for d in EVAL if d.is_dir() for p in d.glob("*.txt"))
    if not paths:
        pytest.skip("no evaluation pages beside this checkout")
    assert [p.name for p in paths if len(list(split_pages([p.read_text("utf-8")]))) != 1] == []
    assert [p.name for p in paths if len(list(split_pages(iter([p.read_text("utf-8")])))) != 1] == []


def test_a_page_is_cut_at_a_blank_line_past_the_longest(monkeypatch):
    monkeypatch.setattr(pm_pages, "MAX_PAGE_LINES", 3)
    assert list(split_pages(["a\nb\nc\nd\n\ne\n"])) == ["a\nb\nc\nd\n", "\ne\n"]


#: newspaper pages of the held-out set, each with its masthead, run together without form feeds
NEWSPAPER = ["201", "202", "203", "204", "205", "1107", "1108", "1209", "1211", "1212", "309", "701", "702",
             "703", "705", "706", "707", "708", "709", "710", "711", "901", "902", "903"]


def _rows(document):
    return [(f.item, f.line, f.value, f.unit, f.metric, f.period, f.province, f.city, f.county, f.quote)
            for f in document.figures]


def _one_by_one(pages, separator_lines, issue_date):
    rows, items, lines = [], 0, 0
    for page in pages:
        part = postmetrics.extract_document(page, doc="f.txt", issue_date=issue_date)
        rows += [replace(f, item=f.item + items, line=f.line + lines) for f in part.figures]
        items += len(part.items)
        lines += page.count("\n") + separator_lines
    return rows


#: web pages of the held-out set that open with their breadcrumbs (and their site's name)
WEB = ["1002", "1005", "1008", "1101", "1102", "1103", "1104", "1110", "1111", "1112", "1607", "1608", "1707",
       "1710", "401", "402", "403", "404", "410", "607", "610", "802", "804"]


@pytest.mark.parametrize("names, rows", [(NEWSPAPER, 845), (WEB, 775)], ids=["newspaper", "web"])
@pytest.mark.parametrize("separator, separator_lines", [("\f", 0), ("\n", 1), ("", 0)],
                         ids=["form-feeds", "blank-line", "nothing"])
def test_pages_run_together_give_the_rows_of_each_page(names, rows, separator, separator_lines):
    pages = [(HELDOUT / f"{n}.txt").read_text("utf-8").rstrip("\n") + "\n" for n in names]
    text = separator.join(pages)
    assert len(list(split_pages([text]))) == len(pages)
    whole = postmetrics.extract_document(text, doc="f.txt", issue_date="2024-06-01")
    want = _one_by_one(pages, separator_lines, "2024-06-01")
    assert len(want) == rows
    assert _rows(whole) == [(f.item, f.line, f.value, f.unit, f.metric, f.period, f.province, f.city, f.county,
                             f.quote) for f in want]


#: pages of the held-out set that open with a section label, a title over a web article's data line, an
#: official document's number or issuer, a stock code, or after a web article's end (issue 13), in an order
#: where each is told apart from the page before
OPENED = ["1001", "1003", "1004", "1006", "1007", "101", "1010", "1011", "1012", "102", "104", "108", "109", "1109",
          "1210", "1213", "1301", "1302", "1303", "1305", "1307", "1308", "1311", "1401", "1501", "1502", "1505",
          "1506", "1507", "1601", "1602", "1603", "1604", "1605"]


@pytest.mark.parametrize("separator, separator_lines", [("\f", 0), ("\n", 1)], ids=["form-feeds", "blank-line"])
def test_pages_that_open_as_pages_give_the_rows_of_each_page(separator, separator_lines):
    pages = [(HELDOUT / f"{n}.txt").read_text("utf-8").rstrip("\n") + "\n" for n in OPENED]
    text = separator.join(pages)
    assert list(split_pages([text])) == [p + ("\n" if separator == "\n" else "") for p in pages[:-1]] + pages[-1:]
    whole = postmetrics.extract_document(text, doc="f.txt", issue_date="2024-06-01")
    want = _one_by_one(pages, separator_lines, "2024-06-01")
    assert len(want) == 1230  # (1301's 突破千亿级别 is no figure since 级 is a counter after Arabic digits only; 1007's 72小时准时率 is a name)
    assert _rows(whole) == [(f.item, f.line, f.value, f.unit, f.metric, f.period, f.province, f.city, f.county,
                             f.quote) for f in want]


@pytest.mark.parametrize("separator", ["\f", "\n"], ids=["form-feeds", "run-together"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_big_file_read_in_pieces_gives_the_rows_of_the_file_read_whole(tmp_path, monkeypatch, separator,
                                                                        encoding):
    pages = [(HELDOUT / f"{n}.txt").read_text("utf-8") for n in ("901", "1001", "902", "205")]
    path = tmp_path / "year.txt"
    path.write_bytes(separator.join(pages).encode(encoding))
    args = ["extract", str(path), "--csv", "-q", "--issue-date", "2024-06-01"]
    whole = CliRunner().invoke(app, args)
    monkeypatch.setattr(pm_io, "STREAM_BYTES", 1000)
    monkeypatch.setattr(pm_io, "_CHUNK", 777)  # pieces that cut lines and characters
    assert (pm_io.stream_text(str(path)) is None) == (encoding == "gb18030")  # not UTF-8: read whole
    streamed = CliRunner().invoke(app, args)
    assert whole.exit_code == streamed.exit_code == 0
    assert streamed.stdout == whole.stdout
    assert streamed.stdout.count("\n") == 1 + 216


@pytest.mark.parametrize("text", [s.values[0] for s in SPLITS + OPENINGS]
                         + [(HELDOUT / f"{n}.txt").read_text("utf-8") for n in NEWSPAPER + WEB]
                         + ["正文。\r\n中国邮政报 2024年3月22日 星期五 第3版\r\n续。\r\n",
                            "2024年3月22日 星期五\r正文。\r2024年3月23日 星期六\r续。\r"])
def test_the_one_page_test_agrees_with_reading_the_lines(text):
    """pages._one_page says "one page" only where reading the lines finds one."""
    if pm_pages._one_page(text):
        assert len(list(pm_pages.split_pages(iter([text])))) == 1


@pytest.mark.parametrize("text", [
    # credits set like labels under a rule (来源丨…, 记者丨…, 编辑丨…) end an article; no page opens there
    "5月昆明快递业务量同比增长30.73%\n\n5月，全市快递业务量完成3000万件。\n\n——————\n来源丨昆明信息港\n"
    "记者丨李丽朱\n编辑丨昆明邮政行业\n\n同城快递业务量的比重下降2.44个百分点。\n",
    # a title over a reporter's credit set with a bar (界面新聞記者 | 白帆) is the next article's, on the same page
    "快递驿站转让潮\n\n驿站平均存活周期从2.3年暴跌至11个月。\n\n\n快遞網點加盟成“燙手山芋”\n\n界面新聞記者 | 白帆\n\n"
    "界面新聞編輯 | 沈霄戈\n\n曾經吸引諸多投資的快遞網點加盟，如今卻成了“燙手山芋”。\n",
    # a speaker's name with a middle dot in a post of short lines is no section label
    "快递进了嘎查\n\n快递进村以来，牧民网购更方便了。\n\n全国政协委员\n乌恰县政协副主席\n阿衣木沙·托合塔洪\n"
    "讲述的关于“快递进村”的故事\n着实给了小编一个大惊喜\n\n阿衣木沙·托合塔洪委员说\n“‘快递进村’让农产品插上了翅膀\n"
    "老百姓的钱袋子越来越鼓\n",
])
def test_credits_and_names_set_like_labels_open_no_page(text):
    assert len(list(split_pages([text]))) == 1

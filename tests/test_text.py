"""postmetrics.text: line cleanup (OCR spaces, full-width forms) and the line map."""

from __future__ import annotations

import pytest

from postmetrics.text import clean_line, join_lines, split_lines

# (raw line, cleaned line)
CLEAN_OCR_SPACES = [
    ("业 务 创 收 约 60 万 元", "业务创收约60万元"),
    ("量 4.5 万 件 ，业 务 创 收 约 60 万", "量4.5万件，业务创收约60万"),
    ("等 痛 点 ，在 全 省 医 疗 系 统 首 创", "等痛点，在全省医疗系统首创"),
    ("通 讯 员 马燕", "通讯员马燕"),
    ("3 月 17 日", "3月17日"),
    ("里 ’，实 现 快 递 进 村 100% 全 覆", "里’，实现快递进村100%全覆"),
]
CLEAN_NUMBERS = [
    ("4 . 5 万", "4.5万"),
    ("9. 6 亿件", "9.6亿件"),
    ("100 000", "100000"),
    ("1 2 %", "12%"),
    ("销售 180", "销售180"),
]
CLEAN_FULL_WIDTH = [
    ("２．１亿元", "2.1亿元"),
    ("９．３９％", "9.39%"),
    ("累计完成２．１亿元，同比增长９．３９％", "累计完成2.1亿元，同比增长9.39%"),
    ("２０２３年", "2023年"),
    ("１－３月", "1-3月"),
    ("１,２００", "1,200"),
    ("ＥＭＳ", "EMS"),
    ("○", "〇"),
    # Chinese punctuation used to split clauses stays full-width
    ("（括号）：是；否！", "（括号）：是；否！"),
]
CLEAN_LATIN = [
    ("EMS 业务", "EMS业务"),
    ("ABC def", "ABC def"),
    ("New  York", "New York"),
    ("中国 邮政 EMS 特快", "中国邮政EMS特快"),
    ("a\xa0b", "a b"),
]
#: a date line: a whole date keeps its space before a number that is not its time
CLEAN_DATES = [
    ("2021-02-26 36氪", "2021-02-26 36氪"),  # the outlet's name, not day 2636
    ("2024-5-6 10:37", "2024-5-610:37"),  # its time: joined, the date reader takes it
    ("2024 11/14 20:41:52", "2024/11/1420:41:52"),
]
CLEAN_BLANK = [
    ("", ""),
    ("  ", ""),
    ("\u3000全角空格\u3000", "全角空格"),
    ("\t制表\t符 ", "制表符"),
]


def _ids(cases):
    return [raw or "<empty>" for raw, _ in cases]


@pytest.mark.parametrize(
    ("raw", "expected"),
    CLEAN_OCR_SPACES + CLEAN_NUMBERS + CLEAN_FULL_WIDTH + CLEAN_LATIN + CLEAN_DATES + CLEAN_BLANK,
    ids=_ids(CLEAN_OCR_SPACES + CLEAN_NUMBERS + CLEAN_FULL_WIDTH + CLEAN_LATIN + CLEAN_DATES + CLEAN_BLANK),
)
def test_clean_line(raw, expected):
    assert clean_line(raw) == expected


# (text, [(line number, cleaned text, joined_to_previous)])
SPLIT = [
    ("第一行\n\n第 二 行\n第三行", [(1, "第一行", False), (3, "第二行", False), (4, "第三行", True)]),
    ("第一行\r\n\r\n第 二 行\r\n第三行", [(1, "第一行", False), (3, "第二行", False), (4, "第三行", True)]),
    ("第一行\r\r第 二 行\r第三行", [(1, "第一行", False), (3, "第二行", False), (4, "第三行", True)]),
    ("\ufeff一\n\n二", [(1, "一", False), (3, "二", False)]),
    ("\n\n  \n三", [(4, "三", False)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT, ids=["lf", "crlf", "cr", "bom", "leading-blank", "empty"])
def test_split_lines(text, expected):
    assert [(ln.number, ln.text, ln.joined_to_previous) for ln in split_lines(text)] == expected


# (text, joined text, {character of the joined text: input line})
JOIN = [
    ("销售 180\n\n余万元，同比", "销售180余万元，同比", {"1": 1, "0": 1, "余": 3, "比": 3}),
    ("销售 180\r\n\r\n余万元，同比", "销售180余万元，同比", {"1": 1, "0": 1, "余": 3, "比": 3}),
    ("销售 180\r\r余万元，同比", "销售180余万元，同比", {"1": 1, "0": 1, "余": 3, "比": 3}),
    ("寄递 EMS\nexpress 邮件", "寄递EMS express邮件", {"寄": 1, "S": 1, "e": 2, "件": 2}),
    ("４．５\n\n\n\n万 件", "4.5万件", {"4": 1, "万": 5, "件": 5}),
]


@pytest.mark.parametrize(("text", "joined", "lines"), JOIN, ids=["lf", "crlf", "cr", "latin-space", "full-width"])
def test_join_lines_and_line_at(text, joined, lines):
    j = join_lines(split_lines(text))
    assert j.text == joined
    assert {ch: j.line_at(j.text.index(ch)) for ch in lines} == lines


def test_line_at_of_every_offset_is_an_input_line():
    text = "本报讯 3 月 17 日，\n\n河南省新乡市邮政分公司\n\n举办新乡邮政直播基地三楼开业仪式"
    j = join_lines(split_lines(text))
    assert [j.line_at(i) for i in (0, len("本报讯3月17日，"), len(j.text) - 1)] == [1, 3, 5]


def test_line_at_on_empty_text_is_zero():
    assert join_lines(split_lines("")).line_at(0) == 0


def test_a_table_value_and_a_month_on_the_next_line_stay_apart():
    # bug caught on a held-out page: 邵阳 … -1.5 / 6月份，… read as 1.56月份
    joined = join_lines(split_lines("邵阳    11402.5    -3.6    67431.2     -1.5\n6月份，全省快递业务量完成2.86亿件。"))
    assert "-1.5 6月份" in joined.text
    # a number broken across lines still joins
    assert join_lines(split_lines("揽收包裹9.\n6亿件")).text == "揽收包裹9.6亿件"


def test_radicals_written_for_whole_characters_are_read_as_them():
    """PDF text tools put radicals for whole characters (⽇均 with U+2F47, 同⽐增⻓ with U+2F50 and
    U+2ED3, ⼈⺠币): read, and quoted, as 日均, 同比增长, 人民币 (the page is normalised once)."""
    import postmetrics

    got = [(f.value, f.measure, f.period, f.basis, f.quote)
           for f in postmetrics.extract("本报讯 上半年，极兔⽇均包裹量为7690万件，同⽐增⻓23.5%。", issue_date="2025-08-01")]
    assert got == [(76900000, "level", "daily", "", "极兔日均包裹量为7690万件"),
                   (23.5, "pct_change", "daily", "同比", "同比增长23.5%")]

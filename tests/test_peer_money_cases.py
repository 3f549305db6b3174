"""A peer's own suite as a yardstick for amounts (issue 12): the amounts of jionlp's
money-parser tests (test/test_money_parser.py in dongrixinyu/JioNLP, Apache-2.0),
46 cases in tests/data/peer_money_cases.tsv.  The suite holds 49 amounts; the three
in internet slang (15k左右, 30w上下, 10~15k元) are left out.  Each is put in the sentence
本报讯 该公司去年投资{amount}。 and is right when exactly one figure comes out, with the
expected value, value_high, unit and qualifier.

Expected values are jionlp's, except where our own conventions differ (the ``note``
column says so): a vague amount (几十万, 数十亿, 十几块) is the number as written up to the
largest the words allow (数十 = 10 to 90, 十几 = 10 to 19), and 3000多 is ``over`` 3000
with no upper end; units follow SCHEMA (元, 块, 人民币 and 港元/港币 are 元, other
currencies as written), qualifiers are ours (近 is ``about``).  46 are right; the floor
is all of them.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import postmetrics

CASES = Path(__file__).parent / "data" / "peer_money_cases.tsv"
SENTENCE = "本报讯 该公司去年投资{amount}。"


def _float(s):
    return float(s) if s else None


def _same(a, b):
    return a is None and b is None or a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12)


def _wrong():
    with open(CASES, encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f, delimiter="\t"))
    wrong = []
    for case in cases:
        rows = postmetrics.extract(SENTENCE.format(amount=case["amount"]))
        got = [(f.value, f.value_high, f.unit, f.qualifier) for f in rows]
        value, high = _float(case["expected_value"]), _float(case["expected_high"])
        if not (len(got) == 1 and _same(got[0][0], value) and _same(got[0][1], high)
                and got[0][2:] == (case["expected_unit"], case["expected_qualifier"])):
            wrong.append((case["id"], case["amount"], got))
    return cases, wrong


def test_peer_money_cases():
    cases, wrong = _wrong()
    assert len(cases) == 46
    assert wrong == []

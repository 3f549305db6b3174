"""dates.PERIOD_NEEDS: the words without which a period pattern cannot match.

find_periods skips (and never compiles) the patterns whose words are not in
the text, so every entry must be a fact about its patterns: every string a
pattern of that name matches contains one of the words.  ``contains_one_of``
proves it from the pattern's parse tree, conservatively (it may fail to prove
a true entry, never prove a false one).
"""
from __future__ import annotations

import itertools

import pytest

from postmetrics import dates

try:  # Python ≥ 3.11
    from re import _constants as C, _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C
    import sre_parse

#: the most strings a run of fixed items may expand to when they are joined
_MAX_STRINGS = 4096


def _strings(item) -> set[str] | None:
    """Every string one parsed item can match, when they are few (else None)."""
    op, av = item
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # zero width: the strings around it are adjacent
    if op is C.IN:
        if all(o is C.LITERAL for o, _ in av) and len(av) <= 32:
            return {chr(a) for _, a in av}
        return None
    if op is C.SUBPATTERN:
        return _sequence_strings(av[-1])
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            s = _sequence_strings(branch)
            if s is None:
                return None
            out |= s
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        s = _sequence_strings(sub)
        if s is None or hi > 4:
            return None
        out = set()
        for n in range(lo, hi + 1):
            out |= {"".join(p) for p in itertools.product(sorted(s), repeat=n)}
            if len(out) > _MAX_STRINGS:
                return None
        return out
    return None


def _sequence_strings(seq) -> set[str] | None:
    out = {""}
    for item in seq:
        s = _strings(item)
        if s is None or len(out) * len(s) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in s}
    return out


def _heads(item) -> set[str]:
    """Strings one of which every match of the item starts with ({""} when unknown)."""
    s = _strings(item)
    if s is not None:
        return s
    op, av = item
    if op is C.SUBPATTERN:
        return _sequence_heads(av[-1])
    if op is C.BRANCH:
        return set().union(*(_sequence_heads(b) for b in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _sequence_heads(av[2])
    return {""}


def _sequence_heads(seq) -> set[str]:
    out = {""}
    for item in seq:
        s = _strings(item)
        if s is None or len(out) * len(s) > _MAX_STRINGS:
            heads = _heads(item)
            return {a + b for a in out for b in heads} if len(out) * len(heads) <= _MAX_STRINGS else out
        out = {a + b for a in out for b in s}
    return out


def _proves(seq, words: tuple[str, ...]) -> bool:
    """Every match of the parsed sequence ``seq`` contains one of ``words``."""
    items = list(seq)
    # a run of items with few strings: every joined string holds a word
    for i in range(len(items)):
        joined = {""}
        for item in items[i:]:
            s = _strings(item)
            if s is None or len(joined) * len(s) > _MAX_STRINGS:
                s = _heads(item)  # the run ends with how the next item starts
                if len(joined) * len(s) <= _MAX_STRINGS and all(any(w in a + b for w in words)
                                                               for a in joined for b in s):
                    return True
                break
            joined = {a + b for a in joined for b in s}
            if all(any(w in j for w in words) for j in joined):
                return True
    # or one item that must match proves it on its own
    for op, av in items:
        if op is C.SUBPATTERN and _proves(av[-1], words):
            return True
        if op is C.BRANCH and all(_proves(b, words) for b in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _proves(av[2], words):
            return True
    return False


def contains_one_of(pattern: str, words: tuple[str, ...]) -> bool:
    """True when every match of ``pattern`` contains one of ``words`` (proved from its parse)."""
    return _proves(sre_parse.parse(pattern), words)


@pytest.mark.parametrize(("pattern", "words", "proved"), [
    (r"截[至止]\d+月", ("截至", "截止"), True),
    (r"(?:今年|本年)?\d+月(?:底|末)", ("底", "末"), True),
    (r"\d+月(?P<d>初\d|廿[一二])", ("月初", "月廿"), True),
    (r"(?:农历\d+|(?P<m>正|冬)月)", ("农历", "正月", "冬月"), True),
    (r"(?:农历\d+|(?P<m>正|冬)月)", ("农历", "正月"), False),   # 冬月 matches without either
    (r"(?:今年)?\d+月", ("今年",), False),                     # the year is optional
    (r"\d+月(?:份)?以来", ("月份",), False),
    (r"(?<=截至)\d+月", ("截至",), False),                     # a lookbehind is not part of the match
], ids=lambda v: v if isinstance(v, str) else None)
def test_the_prover(pattern, words, proved):
    assert contains_one_of(pattern, words) is proved


@pytest.mark.parametrize(("name", "pattern"),
                         [(name, p.pattern) for name, p in dates.PERIOD_PATTERNS if name in dates.PERIOD_NEEDS],
                         ids=lambda v: v if v in dates.PERIOD_NEEDS else "")
def test_period_needs_hold(name, pattern):
    assert contains_one_of(pattern, dates.PERIOD_NEEDS[name]), (name, pattern[:80])


def test_every_need_names_a_pattern():
    assert set(dates.PERIOD_NEEDS) <= {name for name, _ in dates.PERIOD_PATTERNS}


def test_patterns_for_skips_only_what_cannot_match():
    text = "截至2023年3月底，全省快递业务量同比增长12%，春节期间揽收包裹120万件。"
    names = {name for name, _ in dates._patterns_for(text)}
    assert {"until_month", "year_end", "holiday", "year", "month"} <= names
    assert not names & {"lunar", "xun", "fiscal_year", "since_month", "rel_day", "nth_weekday"}

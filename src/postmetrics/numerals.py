"""Numerals: Arabic, Chinese and mixed, to exact :class:`~decimal.Decimal` values.

cn2an reads the Chinese numerals of one section (below 万, or a whole plain
Chinese number); this module owns what cn2an rejects or gets wrong: scale
words after Arabic digits (``16.4亿``, ``1.23456万`` without truncation,
``3.5万亿``, ``100000万``, ``5万3千``), bare scale words (``千万``, ``万亿``),
thousands separators, 廿/卅, capital numerals (壹贰叁) and the shorthand
``三万五`` (= 35000).  All arithmetic is in ``Decimal``, so values stay exact
until the caller turns them into floats.

>>> parse_numeral("16.4亿")
Decimal('1640000000.0')
>>> parse_numeral("一百九十万零三千九百七十一")
Decimal('1903971')
>>> parse_numeral("5万3千")
Decimal('53000')
"""
from __future__ import annotations

import re
import warnings
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from . import recache

_CAPITALS = str.maketrans({
    "壹": "一", "贰": "二", "叁": "三", "肆": "四", "伍": "五", "陆": "六", "柒": "七",
    "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千", "貳": "二", "參": "三",
    "陸": "六", "萬": "万", "億": "亿", "兩": "两", "○": "〇", "，": "", ",": "",
})
_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_ARABIC = recache.compile(r"\d+(?:\.\d+)?")
_ARABIC_SMALL = recache.compile(r"(\d+(?:\.\d+)?)([十百千])(\d|[一二两三四五六七八九])?")
_BAD_SEPARATOR = recache.compile(r"[,，](?!\d{3}(?!\d))")
#: longest numeral string we read; longer runs are not numbers (and recursion stays shallow).
MAX_LENGTH = 32

TEN_THOUSAND = Decimal(10_000)
HUNDRED_MILLION = Decimal(100_000_000)
#: 兆 as Taiwan writes it (7兆2,568億元): 10^12; 兆瓦 (megawatt) is a unit and never reaches here
TRILLION = Decimal(10 ** 12)


def normalize(s: str) -> str:
    """Fold capitals and traditional forms, expand 廿/卅, drop separators."""
    return s.translate(_CAPITALS).replace("廿", "二十").replace("卅", "三十")


def parse_numeral(s: str) -> Decimal:
    """Read one numeral string (no unit, no qualifier) as an exact Decimal.

    Accepts Arabic digits with ``.`` decimals and ``,`` separators, Chinese
    numerals (lower case, capitals, traditional 萬/億/兩), and mixtures with the
    scale words 十/百/千/万/亿.  Raises ``ValueError`` for anything else,
    including strings longer than :data:`MAX_LENGTH`.
    """
    if not s or len(s) > MAX_LENGTH:
        raise ValueError(f"not a numeral: {s[:40]!r}")
    if _BAD_SEPARATOR.search(s):
        raise ValueError(f"not a numeral (separator not before 3 digits): {s!r}")
    return _parse(normalize(s))


@lru_cache(maxsize=4096)
def _parse(s: str) -> Decimal:
    if _ARABIC.fullmatch(s):
        return Decimal(s)
    for big, factor, lower in (("兆", TRILLION, Decimal(10 ** 11)), ("亿", HUNDRED_MILLION, Decimal(10_000_000)),
                               ("万", TEN_THOUSAND, Decimal(1000))):
        if big in s:
            left, _, right = s.partition(big)
            value = (_parse(left) if left else Decimal(1)) * factor
            if right:
                if right[0] == "点":  # 一万点五 = 10000.5
                    return value + _fraction(right[1:])
                if right[0] in "零〇":
                    right = right.lstrip("零〇")
                    value += _parse(right) if right else 0
                elif len(right) == 1 and right in _DIGITS:  # 三万五 = 35000
                    value += _DIGITS[right] * lower
                elif len(right) == 1 and right.isdigit():
                    value += int(right) * lower
                elif right.startswith(big):  # 万亿 handled by the 亿 split; 万万 is not a number
                    raise ValueError(f"not a numeral: {s!r}")
                else:
                    value += _parse(right)
            return value
    return _section(s)


def _fraction(digits: str) -> Decimal:
    """Digits after a decimal point (五, 零零, 25) as a fraction: 0.5, 0.00, 0.25."""
    if not digits:
        raise ValueError("not a numeral: empty fraction")
    out = "".join(str(_DIGITS[c]) if c in _DIGITS else c for c in digits)
    if not out.isdigit():
        raise ValueError(f"not a numeral: {digits!r}")
    return Decimal("0." + out)


def _section(s: str) -> Decimal:
    """A number below 10 000: Arabic, Arabic + 十/百/千, or Chinese via cn2an."""
    m = _ARABIC_SMALL.fullmatch(s)
    if m:
        value = Decimal(m.group(1)) * _SMALL_UNITS[m.group(2)]
        if m.group(3):
            tail = m.group(3)
            digit = int(tail) if tail.isdigit() else _DIGITS[tail]
            value += digit * _SMALL_UNITS[m.group(2)] // 10
        return value
    if s and s[0] in "百千":
        s = "一" + s
    if any(c.isdigit() for c in s):
        raise ValueError(f"not a numeral: {s!r}")
    plain = _plain_section(s)
    return plain if plain is not None else _cn2an(s)


_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def _plain_section(s: str) -> Decimal | None:
    """A plain Chinese number below 10 000 in its standard form (十五, 二十, 一百零五,
    三千二百, 两千), read without cn2an (whose import costs ~0.1 s at start-up);
    None for any other form (一五, 百五, 壹佰, 三点五…), which cn2an reads.
    tests/test_numerals.py checks it against cn2an on every number below 10 000.

    >>> _plain_section("一百零五"), _plain_section("十五"), _plain_section("一五")
    (Decimal('105'), Decimal('15'), None)
    """
    total, digit, last_unit, zero = 0, None, 10_000, False
    for i, ch in enumerate(s):
        if ch in _CN_DIGIT:
            value = _CN_DIGIT[ch]
            if value == 0:
                if digit is not None or zero or i == 0:
                    return None
                zero = True
                continue
            if digit is not None:
                return None  # 一五: two digits in a row
            digit, zero = value, False  # 一千零五: the zero stands for the skipped places
        elif ch in _CN_UNIT:
            unit = _CN_UNIT[ch]
            if unit >= last_unit or zero:
                return None  # 一千零十 (no digit before 十 after a zero) is cn2an's
            if digit is None:
                if unit != 10 or i != 0:
                    return None  # 十 alone only at the start (十五); 百五 is colloquial
                digit = 1
            total += digit * unit
            digit, last_unit = None, unit
        else:
            return None
    if digit is not None:
        if last_unit in (10_000, 10) or s[-2:-1] == "零":
            total += digit
        else:
            return None  # 三百五 (= 350) is colloquial: cn2an's reading
    elif zero:
        return None
    return Decimal(total) if s else None


def _cn2an(s: str) -> Decimal:
    """cn2an behind one wrapper: Chinese numerals only, result as Decimal."""
    import cn2an  # imported on first use: it costs ~0.1 s

    if s.startswith("点") or s.endswith("点"):
        raise ValueError(f"not a numeral: {s!r}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = cn2an.cn2an(s, "normal")
        except (ValueError, KeyError, IndexError, TypeError) as e:
            raise ValueError(f"not a numeral: {s!r}") from e
    try:
        return Decimal(str(value))
    except InvalidOperation as e:  # pragma: no cover - cn2an returns numbers
        raise ValueError(f"not a numeral: {s!r}") from e


def is_single_one(s: str) -> bool:
    """True for the numeral 一 alone (an article in 一袋, 一本, 一单)."""
    return s == "一"

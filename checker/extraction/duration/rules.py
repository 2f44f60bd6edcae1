"""Durations: a number of years, months, weeks, days or hours ("30 years",
"nearly five decades", "more than a decade", "a three-decade journey")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from ..numbers import tidy
from ..scan import Hit, Rule, Scan

_UNIT = re.compile(r"(?:\s*-\s*|\s*)(?P<u>%s)(?![a-z])" % L.alternation(L.TIME_UNITS))
_A_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))an?\s+\Z")
_A_UNIT_NEEDS_QUALIFIER = {"year", "month", "week", "day", "hour"}
_QUALIFIED = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+\Z" % L.alternation(L.QUALIFIERS_BEFORE))


def number_unit(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    u = _UNIT.match(sc.low, num.end)
    if not u:
        return None
    unit, factor = L.TIME_UNITS[u.group("u")]
    return Hit("duration", tidy(float(num.value) * factor), num.start, u.end(), unit=unit)


def a_unit(sc: Scan, c: re.Match) -> Optional[Hit]:
    word = c.group()
    a = sc.left(_A_BEFORE, c.start(), 4)
    if not a:
        return None
    if word in _A_UNIT_NEEDS_QUALIFIER and not sc.left(_QUALIFIED, a.start(), 30):
        return None  # "a year ago", "once a day": not a stated duration
    unit, factor = L.TIME_UNITS[word]
    return Hit("duration", factor, a.start(), c.end(), unit=unit)


RULES = [
    Rule("<number> <time unit> | <number>-<time unit>", "digits", number_unit, 45),
    Rule("<number in words> <time unit>", "words", number_unit, 45),
    Rule("a decade | a century | more than a year", "a-unit", a_unit, 10),
]

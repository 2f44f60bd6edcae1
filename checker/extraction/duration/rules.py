"""Durations: a number of years, months, weeks, days or hours ("30 years",
"nearly five decades", "more than a decade", "a three-decade journey")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from .. import ranges
from ..numbers import tidy
from ..scan import Hit, Rule, Scan

#: Words between a number and its unit that keep it a length of time ("five consecutive
#: days", "two more years", "9,200 flying hours", "10 trading days"). Not "opening hours"
#: nor "light years"; "in/within 10 business days" are the dates rules' first (periods).
_UNIT_MODIFIERS = ("consecutive", "straight", "successive", "more", "full", "whole", "extra", "additional",
                   "further", "flying", "flight", "trading", "school", "calendar", "long", "solid", "business", "working")
_UNIT = re.compile(r"(?:\s*-\s*|\s*)(?:(?:%s)\s+)?(?P<u>%s)(?![a-z])"
                   % ("|".join(_UNIT_MODIFIERS), L.alternation(L.TIME_UNITS)))
_A_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))an?\s+\Z")
_A_UNIT_NEEDS_QUALIFIER = {"year", "month", "week", "day", "hour"}
_ALL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))all\s+\Z")
_ALL_UNITS = frozenset({"day", "week", "month", "year", "night"})
_HALF_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))half\s+\Z")
_AND_FRACTION = re.compile(r"\s+and\s+an?\s+(?P<f>half|quarter|third)(?![a-z])")
#: "stayed for another week": one more unit of time.
_FOR_ANOTHER = re.compile(r"(?:^|(?<=[^a-z]))for\s+(?P<a>another)\s+\Z")
#: "a story for another day", "that is a fight for another day": "a" and a noun before
#: "for" make the idiom ("searched the rubble for another day" is a day).
_IDIOM_FOR_ANOTHER_DAY = re.compile(r"(?:^|(?<=[^a-z]))(?:a|an)\s+[a-z]+\s+\Z")
#: "the 10Y yield", "a 3Y swap": a tenor in market notation (a capital Y against the
#: digits). Not W (watts: "a 65W charger") nor D ("3D", camera models).
_TENOR = re.compile(r"y(?![\w])")
_QUALIFIED = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+\Z" % L.alternation(L.QUALIFIERS_BEFORE))
#: "for a year", "took a month", "after a year of talks": words that make "a <unit>" a
#: length of time; "once a year", "$5 a day", "a year ago" stay what they are.
_SPAN_OPENER = re.compile(r"(?:^|(?<=[^a-z]))(?:for|after|within|took|take|takes|taking|lasted|lasts|lasting|"
                          r"spent|spend|spends|spending)\s+\Z")
#: "a year of talks", "a week-long strike": the unit is a stretch of time.
_SPAN_AFTER = re.compile(r"\s+of\s+(?!the\s+year|this|that|each|every)[a-z]|-long(?![a-z])")


def number_unit(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    u = _UNIT.match(sc.low, num.end)
    if not u:
        t = _TENOR.match(sc.low, num.end)
        if t and num.digits and num.integer and sc.cased[num.end] == "Y" and num.end - num.start <= 2:
            return Hit("duration", num.value, num.start, t.end(), unit="year")
        r = ranges.second(sc, num, num.end)
        if r is None:
            return None
        u = _UNIT.match(sc.low, r[0].end)
        b = ranges.bounds(num, r[0])
        if u is None or b is None:
            return None
        unit, factor = L.TIME_UNITS[u.group("u")]
        o = ranges.opener(sc, num.start)
        return Hit("duration", (tidy(b[0] * factor), tidy(b[1] * factor)), o.start() if o else num.start,
                   u.end(), unit=unit, qualifier="between")
    unit, factor = L.TIME_UNITS[u.group("u")]
    value, end = float(num.value) * factor, u.end()
    f = _AND_FRACTION.match(sc.low, end)
    if f:  # "one year and a half"
        value += factor / L.FRACTION_SINGULAR[f.group("f")]
        end = f.end()
    else:
        value, end = _smaller_parts(sc, unit, factor, value, end)
    return Hit("duration", tidy(value), num.start, end, unit=unit)


#: A length written in parts, each in a smaller unit ("1 hour, 44 minutes", "3 hours 17
#: minutes 5 seconds", "2 years and 3 months", "1 week 2 days"): one length, in the first
#: part's unit. Only units that divide exactly are joined (months into years, days into
#: weeks, hours into days); minutes and seconds are already parts of an hour.
_AGO_AFTER = re.compile(r"\s+ago(?![a-z])")
_PART_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+")
_SMALLER = {("year", "month"): 1 / 12, ("week", "day"): 1 / 7, ("day", "hour"): 1 / 24, ("hour", "hour"): 1.0}


def _smaller_parts(sc: Scan, unit: str, factor: float, value: float, end: int) -> tuple[float, int]:
    while True:
        sep = _PART_SEP.match(sc.low, end)
        if sep is None or not sc.low[sep.end():sep.end() + 1].isalnum():
            return value, end
        num = sc.number(sep.end())
        if num is None or num.ordinal or num.words and not num.integer:
            return value, end
        u = _UNIT.match(sc.low, num.end)
        if u is None:
            return value, end
        unit2, factor2 = L.TIME_UNITS[u.group("u")]
        conv = _SMALLER.get((unit, unit2))
        if conv is None or unit == unit2 and not factor2 < factor:
            return value, end  # "3 days, 2 weeks": a list, not one length
        if _AGO_AFTER.match(sc.low, u.end()):
            return value, end  # "for 2 weeks and 2 days ago": the last part dates something
        value, end, factor = value + float(num.value) * factor2 * conv, u.end(), factor2 * conv


def a_unit(sc: Scan, c: re.Match) -> Optional[Hit]:
    word = c.group()
    if word not in L.TIME_UNITS:
        return None  # "a tmr year": the candidate pass offers words of other rules too
    a = sc.left(_A_BEFORE, c.start(), 4)
    another = None if a or word not in L.TIME_UNITS or "another" not in sc.low[max(0, c.start() - 9):c.start()] \
        else sc.left(_FOR_ANOTHER, c.start(), 16)
    if another is not None and word == "day" and sc.left(_IDIOM_FOR_ANOTHER_DAY, another.start(), 40):
        another = None  # "a question for another day": put off, not one more day
    if not a and another is None:
        w = sc.left(_ALL_BEFORE, c.start(), 5) if word in _ALL_UNITS else None
        if w is None:
            return None
        return Hit("duration", 1, w.start(), c.end(), unit=L.TIME_UNITS[word][0])  # "all day", "all week"
    start, end = (a.start() if a else another.start("a")), c.end()
    unit, factor = L.TIME_UNITS[word]
    value = float(factor)
    h = sc.left(_HALF_BEFORE, start, 8) if a else None
    f = _AND_FRACTION.match(sc.low, end)
    if h:  # "half a century"
        value, start = value / 2, h.start()
    elif f:  # "a decade and a half"
        value, end = value + value / L.FRACTION_SINGULAR[f.group("f")], f.end()
    elif a and word in _A_UNIT_NEEDS_QUALIFIER and not sc.left(_QUALIFIED, a.start(), 30) \
            and not sc.left(_SPAN_OPENER, a.start(), 10) and not _SPAN_AFTER.match(sc.low, end):
        return None  # "a year ago", "once a day", "$5 a day": not a stated duration
    return Hit("duration", tidy(value), start, end, unit=unit)


#: Vague counts of a unit of time: "several weeks", "a few days", "for some years". They
#: read as about three units (qualifier ``approx``), as Recognizers-Text reads them, "a
#: couple of weeks" as about two; a claim states them in the same words, and an exact
#: "3 weeks" never holds for them.
VAGUE_WORDS = ("several", "few", "some", "couple")
_VAGUE_VALUE = {"several": 3, "few": 3, "some": 3, "couple": 2}
_PLURAL_UNITS = L.alternation(k for k in L.TIME_UNITS if k.endswith("s") and k not in ("yrs", "hrs"))
_VAGUE = re.compile(r"(?P<w>several|few|some|couple)\s+(?:(?<=couple\s)of\s+)?(?P<u>%s)(?![a-z])" % _PLURAL_UNITS)
#: "a few", "a couple (of)" ("quite a few" means many; "every few weeks", "the past few days"
#: are no count).
_A_FEW_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<q>quite\s+)?a\s+\Z")
#: "some" only after "for" ("stayed for some days"; "some days the queue is short" is a
#: frequency); a claim writes "for some days".
_FOR_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))for\s+\Z")
_VAGUE_AT = _VAGUE.pattern


def vague_units(sc: Scan, c: re.Match) -> Optional[Hit]:
    v = _VAGUE.match(sc.low, c.start())
    if v is None:
        return None
    start, word = v.start(), v.group("w")
    if word in ("few", "couple"):
        a = sc.left(_A_FEW_BEFORE, start, 12)
        if a is None or a.group("q"):
            return None
        start = a.end() - len(a.group().lstrip())
    elif word == "some" and not sc.left(_FOR_BEFORE, start, 5):
        return None
    unit, factor = L.TIME_UNITS[v.group("u")]
    return Hit("duration", _VAGUE_VALUE[word] * factor, start, v.end(), unit=unit, qualifier="approx", qualifiable=False)


#: Where ``number_unit`` can read (Rule.after): a unit, a tenor or a range after the number.
_UNIT_AFTER = "|".join((_UNIT.pattern, _TENOR.pattern, ranges.SEPARATOR_AFTER))

RULES = [
    Rule("<number> <time unit> | <number>-<time unit>", "digits", number_unit, 45, reads="cardinal", after=_UNIT_AFTER),
    Rule("<number in words> <time unit>", "words", number_unit, 45, reads="cardinal", after=_UNIT_AFTER),
    Rule("a decade | a century | more than a year", "a-unit", a_unit, 10),
    Rule("several | a few | for some <time units> (about three) | a couple of <time units> (about two)", "vague",
         vague_units, 45, at=_VAGUE_AT),
]

"""Holidays with a fixed or computable date: "on Christmas Day", "Easter 2018", "next
Thanksgiving", "before Halloween".

A holiday's name is a date only where it stands as a time: after a time word ("on", "by",
"before", "since", "until", "this", "next", ...) or with a year after it ("Christmas
2023"); "Christmas trees", "a Thanksgiving dinner recipe" and "Juneteenth, which ..." name
the holiday, not a day. Without a year, it is the occurrence in the reference year (as a
date without a year takes the reference year), or the year before or after where the
tense of its sentence says so (``tense.settle_year``); "next" / "last" the first after /
the latest before the reference date. Holidays whose date depends on the country
("Independence Day", "Labour Day", "National Day") are not read.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from .. import lexicon as L
from ..scan import Hit, Scan

#: name -> how its date is found in a year:
#:   ("fixed", month, day)
#:   ("nth", month, weekday (Monday 0), n (-1: the last), days after it)
#:   ("easter", days after Easter Sunday)
#: The American dates where the name is American (Labor Day, Memorial Day,
#: Thanksgiving); Mother's Day and Father's Day as most countries keep them.
HOLIDAYS = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25), "xmas": ("fixed", 12, 25),
    "christmas eve": ("fixed", 12, 24), "boxing day": ("fixed", 12, 26),
    "new year's day": ("fixed", 1, 1), "new year day": ("fixed", 1, 1), "new years day": ("fixed", 1, 1),
    "new year's eve": ("fixed", 12, 31), "new years eve": ("fixed", 12, 31), "new year eve": ("fixed", 12, 31),
    "valentine's day": ("fixed", 2, 14), "valentines day": ("fixed", 2, 14), "valentine day": ("fixed", 2, 14),
    "halloween": ("fixed", 10, 31), "may day": ("fixed", 5, 1), "juneteenth": ("fixed", 6, 19),
    "international workers' day": ("fixed", 5, 1), "earth day": ("fixed", 4, 22),
    "st. patrick's day": ("fixed", 3, 17), "st patrick's day": ("fixed", 3, 17),
    "saint patrick's day": ("fixed", 3, 17),
    "veterans day": ("fixed", 11, 11), "veterans' day": ("fixed", 11, 11),
    "labor day": ("nth", 9, 0, 1, 0), "memorial day": ("nth", 5, 0, -1, 0),
    "thanksgiving": ("nth", 11, 3, 4, 0), "thanksgiving day": ("nth", 11, 3, 4, 0),
    "black friday": ("nth", 11, 3, 4, 1), "cyber monday": ("nth", 11, 3, 4, 4),
    "martin luther king day": ("nth", 1, 0, 3, 0), "martin luther king jr. day": ("nth", 1, 0, 3, 0),
    "martin luther king jr day": ("nth", 1, 0, 3, 0), "mlk day": ("nth", 1, 0, 3, 0),
    "presidents' day": ("nth", 2, 0, 3, 0), "presidents day": ("nth", 2, 0, 3, 0),
    "mother's day": ("nth", 5, 6, 2, 0), "mothers' day": ("nth", 5, 6, 2, 0), "mothers day": ("nth", 5, 6, 2, 0),
    "father's day": ("nth", 6, 6, 3, 0), "fathers' day": ("nth", 6, 6, 3, 0), "fathers day": ("nth", 6, 6, 3, 0),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter day": ("easter", 0),
    "easter monday": ("easter", 1), "good friday": ("easter", -2),
}
#: Names that are ordinary words in lower case ("a may day", "a memorial day for the
#: victims", "a good Friday for markets"): read only capitalised, or with a year after.
CAPITALISED_ONLY = frozenset({"may day", "memorial day", "boxing day", "good friday", "earth day"})
#: The first word of each name that is not already a trigger of the engine (months,
#: weekdays and "year" are): these start a candidate of their own.
#: A candidate word stops at an apostrophe ("mother's" starts at "mother"), so that no two
#: trigger words end at one place.
TRIGGER_WORDS = sorted({n.split()[0].split("'")[0].rstrip(".") for n in HOLIDAYS} - {"may", "good", "black", "cyber", "new"})

_NAME = re.compile(r"(?P<name>%s)(?![\w'])" % L.alternation(HOLIDAYS))
#: The name of the rule that reads a holiday (a Hit's ``rule``): the tense of its sentence
#: may move a holiday written without a year (``tense.settle_year``).
RULE = "[on|this|next|last] <holiday> [<year>] (Christmas, Easter, Thanksgiving, ...)"
#: The rule's gate: a holiday word reads as nothing unless a holiday's name starts there
#: ("International Monetary Fund" is no "International Workers' Day").
NAME_AT = _NAME.pattern
_NEW_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))new\s+\Z")
_YEAR_DAY = re.compile(r"year(?:'s|s)?\s+(?P<w>day|eve)(?![\w'])")
_WEEKDAY_PREFIXES = ("good", "black", "cyber", "easter")
_MAY_DAY = re.compile(r"may\s+day(?![\w'])")
_WEEKDAY_PREFIX = re.compile(r"(?:^|(?<=[^a-z]))(?P<p>good|black|cyber|easter)\s+\Z")
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+|in\s+)?(?P<y>[12]\d{3})(?![\d%]|[.,]\d)")
_REL_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>this|next|last)\s+year(?![\w'])")
_WHICH_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:(?P<rel>this|next|last|past|previous|coming|following|upcoming)"
    r"|(?P<time>on|at|by|before|after|since|until|till|through|over|during|around|from|to|for|ahead\s+of|week(?:end)?\s+of"
    r"|prior\s+to|until|between|and))\s+(?:the\s+)?\Z")
#: A word after the name that makes it a modifier ("Christmas trees", "Easter eggs"); these
#: may follow a holiday that is a time.
_WEEKEND_AFTER = re.compile(r"\s+weekend(?![\w'])")
_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z]+)")
_TIME_FOLLOWERS = frozenset(
    "and or but nor to through until till when while before after this next last in of at on with for "
    "as is was will would could should the a an from since that which morning afternoon evening night early late "
    "falls fell across around amid among into within without near by because so then also again "
    "here there are were has had".split())
_NEXT = frozenset({"next", "coming", "following", "upcoming"})
_LAST = frozenset({"last", "past", "previous"})


def easter(y: int) -> _dt.date:
    """Easter Sunday of year ``y`` in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


def occurrence(spec: tuple, y: int) -> Optional[_dt.date]:
    """The holiday's day in year ``y``, or None outside the calendar."""
    if not 1 <= y <= 9999:
        return None
    try:
        if spec[0] == "fixed":
            return _dt.date(y, spec[1], spec[2])
        if spec[0] == "easter":
            return easter(y) + _dt.timedelta(days=spec[1])
        _, month, wd, n, shift = spec
        if n > 0:
            first = _dt.date(y, month, 1)
            day = first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        else:
            nxt = _dt.date(y + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)
            day = nxt - _dt.timedelta(days=(nxt.weekday() - wd) % 7)
        return day + _dt.timedelta(days=shift)
    except (ValueError, OverflowError):
        return None


def holiday(sc: Scan, c: "re.Match[str]") -> Optional[Hit]:
    """ "on Christmas Day", "Easter 2018", "next Thanksgiving", "before Halloween"."""
    low = sc.low
    start, end = c.start(), c.end()
    word = c.group()
    if word == "year":  # "New Year's Day"
        if not low.endswith("new", 0, start - 1):
            return None
        p = sc.left(_NEW_BEFORE, start, 8)
        m = _YEAR_DAY.match(low, start) if p is not None else None
        if m is None:
            return None
        name, start, end = "new year's " + m.group("w"), p.start(), m.end()
    elif word in L.WEEKDAYS:  # "Good Friday", "Black Friday", "Cyber Monday"
        if not low.endswith(_WEEKDAY_PREFIXES, 0, start - 1):
            return None
        p = sc.left(_WEEKDAY_PREFIX, start, 8)
        if p is None:
            return None
        name, start = p.group("p") + " " + word, p.start()
    elif word in L.MONTHS:  # "May Day"
        m = _MAY_DAY.match(low, start) if word == "may" else None
        if m is None:
            return None
        name, end = "may day", m.end()
    else:
        m = _NAME.match(low, start)
        if m is None:
            return None
        name, end = L.key(m.group("name")), m.end()
    spec = HOLIDAYS.get(name)
    if spec is None:
        return None
    ref = sc.reference()
    y = _YEAR_AFTER.match(low, end)
    if name in CAPITALISED_ONLY and not sc.cased[start].isupper() and y is None:
        return None  # "a memorial day for the victims"; "earth day 2010" is the day
    if y is None and low.startswith((" of ", " this ", " next ", " last "), end):
        r = _REL_YEAR_AFTER.match(low, end)  # "Christmas of last year", "Easter next year"
        if r is not None:
            day = occurrence(spec, ref.year + L.RELATIVE_SHIFTS[r.group("rel")])
            return Hit("date", day, start, r.end(), qualifiable=False) if day else None
    weekend = _WEEKEND_AFTER.match(low, y.end() if y is not None else end)
    if weekend is not None and y is None:
        y = _YEAR_AFTER.match(low, weekend.end())  # "Halloween weekend 2021"
        if y is not None:
            end = weekend.end()
    w = sc.left(_WHICH_BEFORE, start, 24)
    if y is not None:
        day, end = occurrence(spec, int(y.group("y"))), y.end()
        if w is not None and w.group("rel"):
            w = None  # "last Christmas 2019" is odd: the year decides
    else:
        if w is None:
            return None  # "Christmas trees", "Juneteenth, which ...": the holiday, not a day
        n = _NOUN_AFTER.match(low, end)
        if n is not None and n.group("w") not in _TIME_FOLLOWERS and weekend is None:
            return None  # "on Thanksgiving dinner menus"
        rel = w.group("rel")
        day = occurrence(spec, ref.year)
        if day is not None and rel in _NEXT and day <= ref:
            day = occurrence(spec, ref.year + 1)
        elif day is not None and rel in _LAST and day >= ref:
            day = occurrence(spec, ref.year - 1)
    if day is None:
        return None
    if w is not None and w.group("rel"):
        start = w.start()
    if weekend is not None:  # "Labor Day weekend": the holiday and the weekend next to it
        sat = nearest_saturday(day)
        return Hit("dates", (min(day, sat), max(day, sat + _dt.timedelta(days=1))), start, max(end, weekend.end()),
                   qualifiable=False)
    return Hit("date", day, start, end, qualifiable=False)


def named(wording: str) -> Optional[tuple[tuple, int, int]]:
    """The holiday named in ``wording`` (lower case): its date spec and where the name is."""
    m = _NAME.search(wording)
    if m is None:
        m = _MAY_DAY.search(wording)
        return (HOLIDAYS["may day"], m.start(), m.end()) if m else None
    return HOLIDAYS[L.key(m.group("name"))], m.start(), m.end()


def nearest_saturday(day: _dt.date) -> _dt.date:
    """The Saturday of the weekend nearest ``day`` (its own; a Monday's the one before, a
    Thursday's the one after; a Wednesday's the one after)."""
    wd = day.weekday()
    if wd >= 5:
        return day - _dt.timedelta(days=wd - 5)
    back, ahead = wd + 1, 5 - wd
    return day - _dt.timedelta(days=back + 1) if back < ahead else day + _dt.timedelta(days=ahead)

"""Dates, date ranges, years, year ranges, decades and relative periods.

Kinds: ``date`` (a day), ``dates`` (an inclusive range of days: "September 22-24", a
month, "the first eight months of this year"), ``year``, ``years`` (a range or decade).
A date without a year takes the reference year (the article's publication date).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from .. import lexicon as L
from ..numbers import read_number
from ..scan import Hit, Rule, Scan

_FULL_MONTHS = [m for m in L.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_SHORT_MONTHS = [m for m in L.MONTHS if m not in _FULL_MONTHS]
#: A month name; the dot only after an abbreviation ("Jan."), never after "April.".
_MONTH_ALT = r"(?:%s)(?![a-z])|(?:%s)(?:\.|(?![a-z]))" % (L.alternation(_FULL_MONTHS), L.alternation(_SHORT_MONTHS))
MON = r"(?P<mon>%s)" % _MONTH_ALT
MON2 = r"(?P<mon2>%s)" % _MONTH_ALT
DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
YEAR = r"(?P<y>[12]\d{3})(?![\d])"
#: Between a day and its year: "May 2, 2024", "Dec. 31 , 1994", "4th of July of 1995".
YSEP = r"(?:\s*,?\s+(?:of\s+|in\s+)?)"
TO = r"(?:\s*-\s*|\s+(?:to|until|till|through|thru|and)\s+)"
WORD_YEARS = r"(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous|the past)\s+year"

_MONTH_DAY_RANGE = re.compile(MON + r"\s+" + DAY + TO + r"(?:" + MON2 + r"\s+)?" + DAY2 + r"(?:" + YSEP + YEAR + r")?")
_MONTH_DAY = re.compile(MON + r"\s+(?:the\s+)?" + DAY + r"(?:" + YSEP + YEAR + r")?")
_MONTH_YEAR = re.compile(MON + r",?\s+(?:of\s+)?" + YEAR)
_MONTH_RANGE_YEAR = re.compile(MON + TO + MON2 + r",?\s+(?:of\s+)?" + YEAR)
_DAY_RANGE_MONTH = re.compile(DAY + TO + DAY2 + r"\s+(?:of\s+)?" + MON2 + r"(?:" + YSEP + YEAR + r")?")
_DAY_MONTH = re.compile(DAY + r"\.?\s+(?:of\s+)?" + MON + r"(?:" + YSEP + YEAR + r")?(?![a-z])")
_ISO = re.compile(r"(?P<y>[12]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\.\.(?P<y2>[12]\d{3})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))?(?![\d-])")
_SLASH = re.compile(r"(?P<y>[12]\d{3})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")
_YEAR_RANGE = re.compile(r"(?P<y>[12]\d{3})(?:\s*(?:-|/|\.\.)\s*|\s+(?:to|until|till|through|and)\s+)(?P<y2>[12]\d{3}|\d{2})(?![\d%]|\s*(?:%|per\s*cent|percent))")
_DECADE = re.compile(r"(?P<y>[12]\d{2}0)\s?'?s(?![a-z])")
_SHORT_DECADE = re.compile(r"(?P<y>[1-9]0)'?s(?![a-z])")
_THE = re.compile(r"the\s+'?\Z")
_YEAR = re.compile(r"(?P<y>[12]\d{3})(?![\d,]\d|[a-z%]|\.\d)")
_BEFORE_RANGE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>from|between)\s+\Z")
_YEAR_CONTEXT_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:in|since|by|until|till|of|from|to|before|after|during|the|year|fiscal|mid|early|late|pre|post)[\s-]+\Z")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?P<w>[a-z]+)")
_PERIOD = re.compile(
    r"(?:the\s+)?(?P<which>first|last|past|second|third|fourth)\s+(?:(?P<n>[a-z]+(?:-[a-z]+)?|\d+)\s+)?"
    r"(?P<unit>months|month|weeks|days|quarters|quarter|half)\s+of\s+"
    r"(?:(?P<rel>this|next|last|the\s+current|the\s+previous)\s+year|(?:the\s+year\s+)?(?P<y>[12]\d{3})(?!\d))"
)
_QUARTER = re.compile(r"(?P<h>q|h)(?P<n>[1-4])\s*(?P<y>[12]\d{3})(?!\d)")


def _four_digits(sc: Scan, pos: int) -> bool:
    """Cheap gate: do four digits (and no fifth) start at ``pos``?"""
    low = sc.low
    return low[pos:pos + 4].isdigit() and not low[pos + 4:pos + 5].isdigit()


def _day_like(sc: Scan, pos: int) -> bool:
    """Cheap gate: one or two digits at ``pos``, as a day of the month is written."""
    low = sc.low
    return not low[pos + 1:pos + 3].isdigit() or (low[pos + 1:pos + 2].isdigit() and not low[pos + 2:pos + 3].isdigit())


def _date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _month_ok(sc: Scan, m: re.Match, group: str = "mon") -> bool:
    """Ambiguous month words ("may", "march") count only when capitalised."""
    word = m.group(group)
    if word is None:
        return True
    if word.rstrip(".") in _WORD_MONTHS:
        return sc.cased[m.start(group)].isupper()
    return True


#: Month names that are everyday words: in date shape only when capitalised.
_WORD_MONTHS = frozenset({"may", "march", "mar"})


def _range_start(sc: Scan, pos: int) -> int:
    """Include a leading "from" / "between" in a range's span."""
    b = sc.left(_BEFORE_RANGE, pos, 10)
    return b.start() if b else pos


def _ref_year(sc: Scan, m: re.Match) -> int:
    y = m.groupdict().get("y")
    return int(y) if y else sc.reference().year


def month_day_range(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_DAY_RANGE.match(sc.low, c.start())
    if not m or not _month_ok(sc, m) or not _month_ok(sc, m, "mon2"):
        return None
    y = _ref_year(sc, m)
    mon = L.MONTHS[m.group("mon").rstrip(".")]
    mon2 = L.MONTHS[m.group("mon2").rstrip(".")] if m.group("mon2") else mon
    a, b = _date(y, mon, int(m.group("d1"))), _date(y, mon2, int(m.group("d2")))
    if not a or not b:
        return None
    if b < a:
        b = _date(y + 1, mon2, int(m.group("d2")))
        if not b:
            return None
    return Hit("dates", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)


def month_day(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_DAY.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    d = int(m.group("d1"))
    if len(m.group("d1")) > 2:
        return None
    y = _ref_year(sc, m)
    day = _date(y, L.MONTHS[m.group("mon").rstrip(".")], d)
    if not day:
        return None
    return Hit("date", day, m.start(), m.end(), qualifiable=False)


def _month_span(y: int, mon: int, mon2: Optional[int] = None) -> tuple[_dt.date, _dt.date]:
    last = mon2 or mon
    return _dt.date(y, mon, 1), _dt.date(y, last, calendar.monthrange(y, last)[1])


def month_year(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_RANGE_YEAR.match(sc.low, c.start())
    if m and _month_ok(sc, m) and _month_ok(sc, m, "mon2"):
        mon, mon2 = L.MONTHS[m.group("mon").rstrip(".")], L.MONTHS[m.group("mon2").rstrip(".")]
        if mon2 > mon:
            return Hit("dates", _month_span(int(m.group("y")), mon, mon2), _range_start(sc, m.start()), m.end(), qualifiable=False)
    m = _MONTH_YEAR.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    return Hit("dates", _month_span(int(m.group("y")), L.MONTHS[m.group("mon").rstrip(".")]), m.start(), m.end(), qualifiable=False)


def iso_date(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _four_digits(sc, c.start()) or sc.low[c.start() + 4:c.start() + 5] not in ("-", "/"):
        return None
    m = _ISO.match(sc.low, c.start())
    if not m:
        m = _SLASH.match(sc.low, c.start())
        if not m:
            return None
    a = _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if not a:
        return None
    if m.groupdict().get("y2"):
        b = _date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        if not b or b < a:
            return None
        return Hit("dates", (a, b), m.start(), m.end(), qualifiable=False)
    return Hit("date", a, m.start(), m.end(), qualifiable=False)


def day_range_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _day_like(sc, c.start()):
        return None
    m = _DAY_RANGE_MONTH.match(sc.low, c.start())
    if not m or not _month_ok(sc, m, "mon2"):
        return None
    y = _ref_year(sc, m)
    mon = L.MONTHS[m.group("mon2").rstrip(".")]
    a, b = _date(y, mon, int(m.group("d1"))), _date(y, mon, int(m.group("d2")))
    if not a or not b or b < a:
        return None
    return Hit("dates", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)


def day_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _day_like(sc, c.start()):
        return None
    m = _DAY_MONTH.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    day = _date(_ref_year(sc, m), L.MONTHS[m.group("mon").rstrip(".")], int(m.group("d1")))
    if not day:
        return None
    return Hit("date", day, m.start(), m.end(), qualifiable=False)


def year_range(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _four_digits(sc, c.start()):
        return None
    m = _YEAR_RANGE.match(sc.low, c.start())
    if not m:
        return None
    a = int(m.group("y"))
    b_text = m.group("y2")
    b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
    if not (1000 <= a < b <= 2199) or b - a > 200:
        return None
    sep = sc.low[m.end("y"):m.start("y2")].strip()
    if sep == "and" and not sc.left(_BEFORE_RANGE, m.start(), 10):
        return None  # "in 2022 and 2023" lists two years
    return Hit("years", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)


def decade(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not sc.low[c.start() + 1:c.start() + 2].isdigit():
        return None
    m = _DECADE.match(sc.low, c.start())
    if m:
        y = int(m.group("y"))
        if 1000 <= y <= 2190:
            return Hit("years", (y, y + 9), m.start(), m.end(), qualifiable=False)
    m = _SHORT_DECADE.match(sc.low, c.start())
    if m and sc.left(_THE, m.start(), 8):
        y = 1900 + int(m.group("y"))
        return Hit("years", (y, y + 9), m.start(), m.end(), qualifiable=False)
    return None


def _plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith("ss") and len(word) > 3) or word in L.IRREGULAR_PLURALS


def year(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _four_digits(sc, c.start()):
        return None
    m = _YEAR.match(sc.low, c.start())
    if not m:
        return None
    y = int(m.group("y"))
    if not 1000 <= y <= 2199:
        return None
    if _NUMBER_RANGE_AFTER.match(sc.low, m.end()):
        return None  # "1000-5000": a range of numbers, not a year (year ranges come first)
    if not sc.left(_YEAR_CONTEXT_BEFORE, m.start(), 12):
        # "1500 officers" counts officers; "2023 joint statement" names a year.
        after = _PLURAL_NOUN_AFTER.match(sc.low, m.end())
        if after and _plural(after.group("w")) and after.group("w") not in L.NOUN_PHRASE_STOPS:
            return None
        if sc.left(_QUALIFIED, m.start(), 30):
            return None
    return Hit("year", y, m.start(), m.end(), qualifiable=False)


_QUALIFIED = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+\Z" % L.alternation(L.QUALIFIERS_BEFORE))
_NUMBER_RANGE_AFTER = re.compile(r"\s*-\s*\d{4,}")


def period(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the first eight months of this year", "the first half of 2024", "Q3 2024"."""
    start = c.start()
    m = _PERIOD.match(sc.low, start)
    if m is None:
        t = sc.left(re.compile(r"the\s+\Z"), start, 6)
        if t is None:
            return None
        m = _PERIOD.match(sc.low, t.start())
        if m is None:
            return None
    if m.group("y"):
        y = int(m.group("y"))
    else:
        y = sc.reference().year + {"this": 0, "the current": 0, "next": 1, "last": -1, "the previous": -1}[L.key(m.group("rel"))]
    which, unit = m.group("which"), m.group("unit")
    n = 1
    if m.group("n"):
        num = read_number(m.group("n"), 0)
        if num is None or num.end != len(m.group("n")) or not num.integer:
            return None
        n = int(num.value)
    if which in ("second", "third", "fourth"):
        if m.group("n"):
            return None
        n = {"second": 2, "third": 3, "fourth": 4}[which]
        months = {"quarter": 3, "half": 6}.get(unit)
        if months is None or n * months > 12:
            return None
        first_month, last_month = (n - 1) * months + 1, n * months
    else:
        months = {"month": 1, "months": 1, "quarter": 3, "quarters": 3, "half": 6}.get(unit)
        if months is None or n * months > 12:
            if unit in ("weeks", "days") and which == "first":
                a = _dt.date(y, 1, 1)
                b = a + _dt.timedelta(days=n * (7 if unit == "weeks" else 1) - 1)
                return Hit("dates", (a, b), m.start(), m.end(), qualifiable=False)
            return None
        if which == "first":
            first_month, last_month = 1, n * months
        else:
            first_month, last_month = 12 - n * months + 1, 12
    return Hit("dates", _month_span(y, first_month, last_month), m.start(), m.end(), qualifiable=False)


def quarter(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _QUARTER.match(sc.low, c.start())
    if not m:
        return None
    n, y = int(m.group("n")), int(m.group("y"))
    size = 3 if m.group("h") == "q" else 6
    if n * size > 12:
        return None
    return Hit("dates", _month_span(y, (n - 1) * size + 1, n * size), m.start(), m.end(), qualifiable=False)


_DAY_AFTER_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:the\s+)?day\s+(?P<w>after|before)\s+\Z")
_WEEK_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>this|next|last|the\s+coming|the\s+following|the\s+previous|the\s+past|previous|following|coming)\s+\Z")
_WEEKDAY_AFTER = re.compile(r"\s*(?:-\s*|,\s*|on\s+)?(?:%s)(?![a-z])" % L.alternation(L.WEEKDAYS))
_WEEK_REL = {"this": 0, "next": 1, "last": -1, "the coming": 1, "the following": 1, "the previous": -1,
             "the past": -1, "previous": -1, "following": 1, "coming": 1}
_REL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous)\s+\Z")


def relative(sc: Scan, c: re.Match) -> Optional[Hit]:
    word = c.group()
    ref = sc.reference()
    if word in L.RELATIVE_DAYS:
        shift = L.RELATIVE_DAYS[word]
        start = c.start()
        t = sc.left(_DAY_AFTER_BEFORE, start, 20) if word != "today" else None
        if t and (t.group("w") == "after") == (word == "tomorrow"):
            shift *= 2
            start = t.start()
        return Hit("date", ref + _dt.timedelta(days=shift), start, c.end(), qualifiable=False)
    if word in ("week", "weekend"):
        if word == "week" and _WEEKDAY_AFTER.match(sc.low, c.end()):
            return None  # "next week Monday": the weekday rule reads it
        w = sc.left(_WEEK_BEFORE, c.start(), 20)
        if w is None:
            if word == "week":
                return None
            w = sc.left(re.compile(r"(?:^|(?<=[^a-z]))(?:the|this)\s+\Z"), c.start(), 6)
            if w is None:
                return None
            how = 0
        else:
            how = _WEEK_REL[L.key(w.group("w"))]
        monday = _monday(ref) + _dt.timedelta(days=7 * how)
        if word == "week":
            return Hit("dates", (monday, monday + _dt.timedelta(days=6)), w.start(), c.end(), qualifiable=False)
        return Hit("dates", (monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6)), w.start(), c.end(), qualifiable=False)
    b = sc.left(_REL_BEFORE, c.start(), 14)
    if not b:
        return None
    shift = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "last": -1, "the previous": -1}[L.key(b.group("rel"))]
    if word == "year":
        return Hit("year", ref.year + shift, b.start(), c.end(), qualifiable=False)
    month = ref.month + shift
    y = ref.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return Hit("dates", _month_span(y, month), b.start(), c.end(), qualifiable=False)


# --- weekdays, weeks and relative days -------------------------------------------------

_WD_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?P<w>this\s+past|this\s+coming|this\s+upcoming|this|next|last|previous|following|past|coming|upcoming)\s+\Z")
_WD_WEEK_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?P<w>this|next|last|previous|following)\s+week\s*(?:-\s*|,\s*|on\s+)?\Z")
_WD_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?(?:the\s+)?(?P<w>this|next|last|previous|following)\s+week(?![a-z])")
_WD_DATE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:%s|\d{1,2}[/.-]\d)" % _MONTH_ALT)
_WD_DAY_AFTER = re.compile(r",?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/.,-]|[a-z])")
_WEEK_SHIFT = {"this": 0, "next": 1, "following": 1, "last": -1, "previous": -1}


def _monday(d: _dt.date) -> _dt.date:
    return d - _dt.timedelta(days=d.weekday())


def _nearest_with_day(ref: _dt.date, wd: int, day: int) -> Optional[_dt.date]:
    """The date nearest ``ref`` whose day of the month is ``day`` and weekday ``wd``."""
    best = None
    for shift in range(-14, 15):
        y, m = ref.year + (ref.month - 1 + shift) // 12, (ref.month - 1 + shift) % 12 + 1
        d = _date(y, m, day)
        if d and d.weekday() == wd and (best is None or abs(d - ref) < abs(best - ref)):
            best = d
    return best


def weekday(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "on Monday", "next Friday", "last Wednesday", "Tuesday of next week",
    "Friday the 22nd"; a weekday before a full date ("Monday, Jan 22") leaves it to the date."""
    low = sc.low
    wd = L.WEEKDAYS[c.group()]
    ref = sc.reference()
    start, end = c.start(), c.end()
    if _WD_DATE_AFTER.match(low, end):
        return None
    d = _WD_DAY_AFTER.match(low, end)
    if d:
        day = _nearest_with_day(ref, wd, int(d.group("d")))
        if day:
            return Hit("date", day, start, d.end(), qualifiable=False)
    wk = _WD_WEEK_AFTER.match(low, end)
    b = None if wk else sc.left(_WD_WEEK_BEFORE, start, 22)
    if wk or b:
        shift = _WEEK_SHIFT[(wk or b).group("w")]
        day = _monday(ref) + _dt.timedelta(days=7 * shift + wd)
        return Hit("date", day, b.start() if b else start, wk.end() if wk else end, qualifiable=False)
    p = sc.left(_WD_BEFORE, start, 16)
    if p:
        how = L.WEEKDAY_SHIFTS[L.key(p.group("w"))]
        if how == "past":
            day = ref - _dt.timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
        elif how == "coming":
            day = ref + _dt.timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        else:
            day = _monday(ref) + _dt.timedelta(days=7 * how + wd)
        return Hit("date", day, p.start(), end, qualifiable=False)
    back = (ref.weekday() - wd) % 7
    day = ref - _dt.timedelta(days=back) if back <= 3 else ref + _dt.timedelta(days=7 - back)
    return Hit("date", day, start, end, qualifiable=False)


_AGO = re.compile(
    r"\s+(?P<u>days?|weeks?|fortnight|months?|years?|decades?)\s+"
    r"(?P<w>ago|earlier|before|later|after|from\s+now|from\s+today|from\s+tomorrow|from\s+yesterday|"
    r"after\s+today|before\s+today|before\s+yesterday|after\s+tomorrow)(?![a-z])")
_UNIT_INITIALS = frozenset("dwfmy")
_ANCHORS = {"today": 0, "now": 0, "tomorrow": 1, "yesterday": -1}


def _shift(ref: _dt.date, unit: str, n: float) -> Optional[_dt.date]:
    if unit == "days":
        return ref + _dt.timedelta(days=n)
    months = ref.month - 1 + int(n)
    y, m = ref.year + months // 12, months % 12 + 1
    return _date(y, m, min(ref.day, calendar.monthrange(y, m)[1])) if 1 <= y <= 9999 else None


def ago(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "two years ago", "three weeks from now", "two days before yesterday"."""
    low = sc.low
    num = sc.number(c.start())
    if num is None or num.ordinal or not num.integer or num.value > 1000:
        return None
    if low[num.end + 1:num.end + 2] not in _UNIT_INITIALS:
        return None  # cheap gate: no day, week, fortnight, month, year or decade after
    m = _AGO.match(low, num.end)
    if m is None:
        return None
    w = L.key(m.group("w")).split()
    if w[0] in ("earlier", "before", "later", "after") and len(w) == 1:
        return None  # "two years later": later than the story's time, not the article's
    if w[0] == "ago" and m.group("u").startswith(("year", "decade")):
        return None  # "ties set up 30 years ago": news states the span, a duration
    unit, per = L.RELATIVE_UNITS[m.group("u")]
    sign = -1 if w[0] in ("ago", "before") else 1
    ref = sc.reference() + _dt.timedelta(days=_ANCHORS.get(w[-1], 0))
    day = _shift(ref, unit, sign * int(num.value) * per)
    if day is None:
        return None
    return Hit("date", day, num.start, m.end(), qualifiable=False)


_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d]|[/.-]\d)")
_NUMERIC_YMD = re.compile(r"(?P<y>[12]\d{3})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d]|[/.-]\d)")
_NUMERIC_MD = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d|,\d)")
_MONTH_YEAR_NUMERIC = re.compile(r"(?P<m>\d{1,2})[/-](?P<y>[12]\d{3})(?![\d/.-]|,\d)|(?P<y2>[12]\d{3})[-./](?P<m2>\d{1,2})(?![\d/.-]|,\d)")
_ON_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:on|by|until|till|since|before|after|from|to|%s),?\s+\Z" % L.alternation(L.WEEKDAYS))


def _month_day(a: int, b: int) -> tuple[int, int]:
    """Month and day of a numeric date: day first when the first cannot be a month
    ("21/04"), else month first, as in American usage ("05/06" is May 6)."""
    return (b, a) if a > 12 else (a, b)


def numeric_date(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "05/06/2016" (May 6: month first unless the first number exceeds 12), "21/04/2016",
    "13.5.2015", "2015.5.13", "9-18-15", and "on 4/22" (a month and day after 'on')."""
    low = sc.low
    pos = c.start()
    sep = low[pos + 1:pos + 3]
    if not ("/" in sep or "-" in sep or "." in sep) and low[pos + 4:pos + 5] not in ("/", ".", "-"):
        return None  # cheap gate
    m = _NUMERIC.match(low, pos)
    if m and not (m.group("s") == "." and len(m.group("y")) == 2):
        y = int(m.group("y"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        mon, d = _month_day(int(m.group("a")), int(m.group("b")))
        day = _date(y, mon, d)
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    m = _NUMERIC_YMD.match(low, pos)
    if m and m.group("s") != "-" or (m and len(m.group("m")) + len(m.group("d")) < 4):
        day = _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    m = _NUMERIC_MD.match(low, pos)
    if m and sc.left(_ON_BEFORE, pos, 16):
        mon, d = _month_day(int(m.group("a")), int(m.group("b")))
        day = _date(sc.reference().year, mon, d)
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    return None


def numeric_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "3/2015", "12-2015", "2015-3": a month of a year."""
    low, pos = sc.low, c.start()
    if not (low[pos + 1:pos + 2] in ("/", "-") or low[pos + 2:pos + 3] in ("/", "-") or low[pos + 4:pos + 5] in ("-", ".", "/")):
        return None  # cheap gate
    m = _MONTH_YEAR_NUMERIC.match(low, pos)
    if not m:
        return None
    mon = int(m.group("m") or m.group("m2"))
    y = int(m.group("y") or m.group("y2"))
    if not 1 <= mon <= 12:
        return None
    return Hit("dates", _month_span(y, mon), m.start(), m.end(), qualifiable=False)


_MONTH_WORD_DAY = re.compile(MON + r"\s+(?:the\s+)?(?=[a-z])")
_OF_MONTH = re.compile(r"\s+of\s+" + MON + r"(?:" + YSEP + YEAR + r")?")


def month_word_day(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "May twenty-nine", "January first 2000", "September the twenty-first"."""
    m = _MONTH_WORD_DAY.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    num = read_number(sc.low, m.end())
    if num is None or not num.words or not num.integer or not 1 <= num.value <= 31:
        return None
    y = re.compile(YSEP + YEAR).match(sc.low, num.end)
    year = int(y.group("y")) if y else sc.reference().year
    day = _date(year, L.MONTHS[m.group("mon").rstrip(".")], int(num.value))
    if not day:
        return None
    return Hit("date", day, m.start(), y.end() if y else num.end, qualifiable=False)


def ordinal_of_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the second of August", "twenty-second of June 2017", "fourth of July"."""
    num = sc.number(c.start())
    if num is None or not num.ordinal or not 1 <= num.value <= 31:
        return None
    m = _OF_MONTH.match(sc.low, num.end)
    if not m or not _month_ok(sc, m):
        return None
    y = int(m.group("y")) if m.group("y") else sc.reference().year
    day = _date(y, L.MONTHS[m.group("mon").rstrip(".")], int(num.value))
    if not day:
        return None
    return Hit("date", day, num.start, m.end(), qualifiable=False)


_THE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))on\s+the\s+\Z")
_OF_REL_MONTH = re.compile(r"\s+of\s+(?P<rel>this|next|last|the\s+previous|the\s+following|previous|following)\s+month(?![a-z])")
_REL_MONTH_SHIFT = {"this": 0, "next": 1, "last": -1, "the previous": -1, "previous": -1,
                    "the following": 1, "following": 1}


def _rel_month(sc: Scan, rel: str) -> tuple[int, int]:
    ref = sc.reference()
    month = ref.month - 1 + _REL_MONTH_SHIFT[L.key(rel)]
    return ref.year + month // 12, month % 12 + 1


def day_of_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "on the 18th" (of the reference month), "the 20th of next month"."""
    num = sc.number(c.start())
    if num is None or not num.ordinal or not 1 <= num.value <= 31:
        return None
    r = _OF_REL_MONTH.match(sc.low, num.end)
    if r:
        y, mon = _rel_month(sc, r.group("rel"))
        t = sc.left(re.compile(r"the\s+\Z"), num.start, 5)
        day = _date(y, mon, int(num.value))
        return Hit("date", day, t.start() if t else num.start, r.end(), qualifiable=False) if day else None
    if sc.left(_THE_BEFORE, num.start, 10) and not sc.low[num.end:num.end + 2].strip(" ").startswith(("o", "a")) \
            and not re.match(r"\s+[a-z]", sc.low[num.end:num.end + 3]):
        ref = sc.reference()
        day = _date(ref.year, ref.month, int(num.value))
        return Hit("date", day, num.start - 4, num.end, qualifiable=False) if day else None
    return None


_DAY_RANGE_REL = re.compile(DAY + TO + DAY2 + r"\s+(?:of\s+)?(?P<rel>this|next|last|the\s+previous|the\s+following|previous|following)\s+month(?![a-z])")


def day_range_relative_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "from 4 to 23 of next month", "between 4 and 22 this month"."""
    if not _day_like(sc, c.start()) or "month" not in sc.low[c.start():c.start() + 40]:
        return None  # cheap gate
    m = _DAY_RANGE_REL.match(sc.low, c.start())
    if not m:
        return None
    y, mon = _rel_month(sc, m.group("rel"))
    a, b = _date(y, mon, int(m.group("d1"))), _date(y, mon, int(m.group("d2")))
    if not a or not b or b < a:
        return None
    return Hit("dates", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)


_MONTH_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?P<w>in|since|until|till|by|during|from|through|of|for|before|after|early|late|mid|end\s+of|"
    r"start\s+of|beginning\s+of|this|next|last|the\s+coming|the\s+past)[\s-]+\Z")
_MONTH_REL = {"this": 0, "next": 1, "last": -1, "the coming": 1, "the past": -1}


def month_alone(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "in August" (that month of the reference year), "next June", "last March"."""
    m = re.compile(MON).match(sc.low, c.start())
    if not m:
        return None
    word = m.group("mon").rstrip(".")
    b = sc.left(_MONTH_BEFORE, m.start(), 14)
    cased = sc.cased[m.start()].isupper()
    if word in L.AMBIGUOUS_MONTHS and (not cased or b is None or len(word) == 3 and not m.group().endswith(".")):
        return None
    if word not in L.AMBIGUOUS_MONTHS and b is None and not cased:
        return None
    mon = L.MONTHS[word]
    ref = sc.reference()
    y = ref.year
    start = m.start()
    if b is not None and L.key(b.group("w")) in _MONTH_REL:
        how = _MONTH_REL[L.key(b.group("w"))]
        if how == 1:
            y = ref.year if mon > ref.month else ref.year + 1
        elif how == -1:
            y = ref.year if mon < ref.month else ref.year - 1
        start = b.start()
    end = m.end()
    if sc.low[end - 1:end] == ".":
        end -= 0
    return Hit("dates", _month_span(y, mon), start, end, qualifiable=False)


_YEAR_MONTH = re.compile(YEAR + r"\s*,?\s+" + MON)
_YEAR_QUARTER = re.compile(YEAR + r"\s*[- ]?\s*(?P<h>q|h)(?P<n>[1-4])(?![a-z\d])")


def year_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "2016 June", "2017-Q1", "2019 H2"."""
    if not _four_digits(sc, c.start()):
        return None
    low = sc.low
    nxt = low[c.start() + 4:c.start() + 6]
    if not nxt or nxt[0] not in " -," or nxt[-1:].isdigit():
        return None  # cheap gate
    m = _YEAR_QUARTER.match(low, c.start())
    if m:
        n, y = int(m.group("n")), int(m.group("y"))
        size = 3 if m.group("h") == "q" else 6
        if n * size <= 12:
            return Hit("dates", _month_span(y, (n - 1) * size + 1, n * size), m.start(), m.end(), qualifiable=False)
    m = _YEAR_MONTH.match(low, c.start())
    if not m or not _month_ok(sc, m) or m.group("mon").rstrip(".") in L.AMBIGUOUS_MONTHS and not sc.cased[m.start("mon")].isupper():
        return None
    if _MONTH_DAY.match(low, m.start("mon")) and re.match(r"\s+\d", low[m.end():m.end() + 2]):
        return None  # "2016 June 5" is read from the month
    return Hit("dates", _month_span(int(m.group("y")), L.MONTHS[m.group("mon").rstrip(".")]), m.start(), m.end(), qualifiable=False)


RULES = [
    Rule("<mm>/<dd>/<yyyy> | <dd>/<mm>/<yyyy> (numeric date)", "digits", numeric_date, 9),
    Rule("<yyyy-mm-dd>[..<yyyy-mm-dd>] (ISO date)", "digits", iso_date, 10),
    Rule("<day>-<day> of this/next month", "digits", day_range_relative_month, 19),
    Rule("on the <day>th | the <day>th of next month", "digits", day_of_month, 22),
    Rule("<number> days/weeks/years ago | from now", "digits", ago, 24),
    Rule("<number in words> days/weeks/years ago | from now", "words", ago, 24),
    Rule("<ordinal word> of <month> [<year>]", "ordinal", ordinal_of_month, 4),
    Rule("<ordinal word> of <month> [<year>]", "words", ordinal_of_month, 4),
    Rule("<year> <month> | <year> Q<n>", "digits", year_month, 29),
    Rule("<mm>/<yyyy> | <yyyy>-<mm> (a whole month)", "digits", numeric_month, 32),
    Rule("<month> <day in words> [<year>]", "month", month_word_day, 21),
    Rule("[in|this|next|last] <month> (a whole month)", "month", month_alone, 40),
    Rule("[this|next|last] <weekday> | <weekday> of next week", "weekday", weekday, 10),
    Rule("<day>-<day> [of] <month> [<year>]", "digits", day_range_month, 20),
    Rule("<day> [of] <month> [<year>]", "digits", day_month, 21),
    Rule("<year>-<year> (year range)", "digits", year_range, 30),
    Rule("the <decade>s", "digits", decade, 31),
    Rule("<year>", "digits", year, 60),
    Rule("<month> <day>-<day> [<year>] (date range)", "month", month_day_range, 10),
    Rule("<month> <day> [<year>]", "month", month_day, 20),
    Rule("<month> [of] <year> (a whole month)", "month", month_year, 30),
    Rule("the first <n> months of <year> (period)", "ordinal", period, 5),
    Rule("the last <n> months of <year> (period)", "period", period, 5),
    Rule("Q<n>/H<n> <year> (quarter or half)", "period", quarter, 6),
    Rule("this/next/last year, today (relative)", "relative", relative, 10),
]

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

MON = r"(?P<mon>%s)\.?" % L.alternation(L.MONTHS)
MON2 = r"(?P<mon2>%s)\.?" % L.alternation(L.MONTHS)
DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
YEAR = r"(?P<y>[12]\d{3})(?![\d])"
TO = r"(?:\s*-\s*|\s+(?:to|until|till|through|thru|and)\s+)"
WORD_YEARS = r"(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous|the past)\s+year"

_MONTH_DAY_RANGE = re.compile(MON + r"\s+" + DAY + TO + r"(?:" + MON2 + r"\s+)?" + DAY2 + r"(?:,?\s+" + YEAR + r")?")
_MONTH_DAY = re.compile(MON + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?")
_MONTH_YEAR = re.compile(MON + r",?\s+(?:of\s+)?" + YEAR)
_MONTH_RANGE_YEAR = re.compile(MON + TO + MON2 + r",?\s+(?:of\s+)?" + YEAR)
_DAY_RANGE_MONTH = re.compile(DAY + TO + DAY2 + r"\s+(?:of\s+)?" + MON2 + r"(?:,?\s+" + YEAR + r")?")
_DAY_MONTH = re.compile(DAY + r"\s+(?:of\s+)?" + MON + r"(?:,?\s+" + YEAR + r")?(?![a-z])")
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
    if word.rstrip(".") in L.AMBIGUOUS_MONTHS:
        return sc.cased[m.start(group)].isupper()
    return True


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


_REL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous)\s+\Z")


def relative(sc: Scan, c: re.Match) -> Optional[Hit]:
    word = c.group()
    ref = sc.reference()
    if word in L.RELATIVE_DAYS:
        return Hit("date", ref + _dt.timedelta(days=L.RELATIVE_DAYS[word]), c.start(), c.end(), qualifiable=False)
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


RULES = [
    Rule("<yyyy-mm-dd>[..<yyyy-mm-dd>] (ISO date)", "digits", iso_date, 10),
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

"""Dates, date ranges, years, year ranges, decades and relative periods.

Kinds: ``date`` (a day), ``dates`` (an inclusive range of days: "September 22-24", a
month, "the first eight months of this year"), ``year``, ``years`` (a range or decade).
A date without a year takes the reference year (the article's publication date).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import functools
import re
from typing import Optional

from .. import lexicon as L
from ..numbers import read_number
from ..scan import Hit, Rule, Scan
from .holidays import NAME_AT as HOLIDAY_NAME_AT, RULE as HOLIDAY_RULE, holiday, nearest_saturday
from .tense import LISTED_DAY, _tense, clause_tense, sentence_around

_HOLIDAY = HOLIDAY_RULE

_FULL_MONTHS = [m for m in L.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_SHORT_MONTHS = [m for m in L.MONTHS if m not in _FULL_MONTHS]
#: A month name; the dot only after an abbreviation ("Jan."), never after "April.".
_MONTH_ALT = r"(?:%s)(?![a-z])|(?:%s)(?:\.|(?![a-z]))" % (L.alternation(_FULL_MONTHS), L.alternation(_SHORT_MONTHS))
MON = r"(?P<mon>%s)" % _MONTH_ALT
MON2 = r"(?P<mon2>%s)" % _MONTH_ALT
DAY = r"(?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
DAY2 = r"(?P<d2>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?![\d,.]\d|[a-z])"
#: A date's year: four digits, from 1000 ("May 2, 2024"); from 3000 (or with a leading
#: zero, "0976") only where no word follows, or a word that starts no noun phrase ("Sept. 22-24, 3024.", "October 25,
#: 3025, the", "1 October 3025 in Los Angeles", "15 February 3027 at the latest"), so a
#: digit slipped in a year is still the date's year, not a number beside a date of the
#: article's year ("on May 3, 3000 people" stays a day and a count).
YEAR = (r"(?P<y>[12]\d{3}(?!\d)|[03-9]\d{3}(?!\d)(?![^\S\n]*(?!(?:at|in|on|by|and|or|to|when|as|after|before|"
        r"with|for|from|but|while|until|till|is|was|will|would|has|had|are|were|when|where|amid|despite)(?![a-z]))"
        r"[a-z]))")
#: Between a day and its year: "May 2, 2024", "Dec. 31 , 1994", "4th of July of 1995".
YSEP = r"(?:\s*,?\s+(?:of\s+|in\s+)?)"
TO = r"(?:\s*-\s*|\s+(?:to|until|till|through|thru|and)\s+)"
WORD_YEARS = r"(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous|the past)\s+year"

_MONTH_DAY_RANGE = re.compile(MON + r"\s+" + DAY + TO + r"(?:" + MON2 + r"\s+)?" + DAY2 + r"(?:" + YSEP + YEAR + r")?")
#: A year in two digits after a month: "April '87", "15 April of 87" (without the
#: apostrophe only after "of", not a possible day, and no word or range after it: "in
#: August 99 people died" counts people, "September 40-52" is no year).
SHORT_YEAR = r"(?:'(?P<yy>\d{2})(?![\d%'])|(?<=of\s)(?P<yy2>3[2-9]|[4-9]\d)(?![\d%]|[.,/-]\d|\s*(?:%|[a-z\u2013-])))"
_MONTH_DAY = re.compile(MON + r"\s+(?:the\s+)?" + DAY + r"(?:" + YSEP + r"(?:" + YEAR + "|" + SHORT_YEAR + r"))?")
_MONTH_YEAR = re.compile(MON + r",?\s+(?:of\s+)?(?:" + YEAR + "|" + SHORT_YEAR + ")")
_MONTH_RANGE_YEAR = re.compile(MON + TO + MON2 + r",?\s+(?:of\s+)?" + YEAR)
_DAY_RANGE_MONTH = re.compile(DAY + TO + DAY2 + r"\s+(?:of\s+)?" + MON2 + r"(?:" + YSEP + YEAR + r")?")
_DAY_MONTH = re.compile(DAY + r"\.?\s+(?:of\s+)?" + MON + r"(?:" + YSEP + r"(?:" + YEAR + "|" + SHORT_YEAR + r"))?(?![a-z])")
#: An ISO date (its year from 1000 to 9999: "3025-09-20" is a date, in the wrong millennium).
_ISO = re.compile(r"(?P<y>[1-9]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:\.\.(?P<y2>[1-9]\d{3})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))?(?!\d|-\d)")
_SLASH = re.compile(r"(?P<y>[12]\d{3})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")
_YEAR_RANGE = re.compile(r"(?P<y>[12]\d{3})(?:\s*(?:-|/|~|\.\.)\s*|\s+(?:to|until|till|through|and)\s+)(?P<y2>[12]\d{3}|\d{2})(?![\d%]|\s*(?:%|per\s*cent|percent))")
_DECADE = re.compile(r"(?P<y>[12]\d{2}0)\s?'?s(?![a-z])")
_SHORT_DECADE = re.compile(r"(?P<y>[1-9]0)'?s(?![a-z])")
_THE = re.compile(r"(?:^|(?<=[^a-z]))(?:the|in)\s+'?\Z")
_YEAR = re.compile(r"(?P<y>[12]\d{3})(?![\d,]\d|[a-z%]|\.\d)")
_BEFORE_RANGE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>from|between)\s+\Z")
_YEAR_CONTEXT_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>in|since|by|until|till|of|from|to|before|after|during|the|year|fiscal|fy|mid|early|late|pre|post)[\s-]+\Z")
#: Words before a year that as often stand before a count ("a trial of 1204 adults",
#: "from 1500 to 2000 people"): a plural noun after the number makes it a count.
_WEAK_YEAR_CONTEXT = frozenset({"of", "from", "to"})
#: A year out of our times with no word before it that names one ("in", "since") is a
#: year only after a word of a life or a building ("born 1452", "c. 1500") or before an
#: era ("1066 AD").
_OLD_YEAR_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:born|died|founded|built|established|dated|dating|circa|c\.|ca\.|"
                              r"completed|crowned|reigned|b\.|d\.)\s*\Z")
#: "painted circa 1650", "c. 1920": the year of a work or a life, dated roughly (no
#: approximate number).
_CIRCA_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:circa|c\.|ca\.)\s*\Z")
#: A year dated roughly is that year, approximately: "circa 1650", "c. 1920", and "about",
#: "around", "approximately", "roughly" after a word that names a year ("built in about
#: 1340", "born around 1452"); elsewhere "about 1500" is a number ("about 1500 people").
_APPROX_YEAR = re.compile(r"(?:^|(?<=[^a-z]))(?:(?P<c>circa|c\.|ca\.)\s*|(?:about|around|approximately|roughly)\s+)\Z")
#: (also through "to" or "from" after a word of dating: "dated to around 1200", "dating
#: from about 1450", "dates back to around 1100")
_APPROX_YEAR_CONTEXT = re.compile(r"(?:^|(?<=[^a-z]))(?:in|born|died|founded|built|established|"
                                  r"(?:dated|dating|dates)(?:\s+(?:back\s+)?(?:to|from))?|"
                                  r"completed|crowned|begun|written|painted|published|composed)\s+\Z")
_ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
#: Plurals a year names the time of, not a count of ("from 2019 levels", "the 2024
#: elections", "to 2030 targets").
_YEAR_MODIFIED = frozenset("""levels targets figures prices results elections polls games olympics
standards rates values terms estimates forecasts budgets accounts accords talks protests riots attacks
floods fires championships finals midterms primaries census surveys numbers""".split())
#: Plurals a year names the edition of after a determiner or a possessive ("the
#: Commission's 2006 Guidelines on fines", "under the 2019 rules"); without one they
#: are counted ("it scrapped 2000 rules").
_YEAR_EDITION = frozenset("guidelines regulations rules principles recommendations directives".split())
_DETERMINER_BEFORE = re.compile(r"(?:(?:^|(?<=[^a-z]))(?:the|its|their|our|this|these|his|her)|[a-z]'s?|[a-z]’s?)\s+\Z")
#: Nouns a year names the period of when the phrase ends with them ("its forecast 2026
#: earnings", "2025 sales were"); "2000 sales calls" counts calls.
_YEAR_MODIFIED_LAST = frozenset("earnings profits revenues sales losses dividends".split())
_NEXT_WORD_PLURAL = re.compile(r"\s+(?P<w>[a-z]+)")
_NATIONALITY_NOUN_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:ish|an|ese|ch|i)\s+(?P<w>[a-z]+)(?![a-z])")
#: (after a bound written before the noun: "2000+ members", "2000 or more members")
_PLURAL_NOUN_AFTER = re.compile(r"(?:-plus|\+|-odd|\s+or\s+(?:more|fewer|less|so))?\s+(?:[a-z]+\s+){0,2}?(?P<w>[a-z]+)")
_ORDINAL_WHICH = r"first|last|past|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)"
_PERIOD = re.compile((
    r"(?:the\s+)?(?P<which>%s)\s+(?:(?P<n>[a-z]+(?:-[a-z]+)?|\d+)\s+)?"
    r"(?P<unit>months|month|weeks|week|days|quarters|quarter|half)\s+(?:of\s+)?"
    r"(?:(?P<rel>this|next|last|the\s+current|the\s+previous)\s+year|(?:the\s+year\s+)?" + YEAR +
    r"|the\s+year(?P<the>)(?![a-z])|(?P<mrel>this|next|last)\s+month(?![a-z])|%s(?:,?\s+(?:of\s+)?" + YEAR.replace("?P<y>", "?P<my>") + r")?"
    r"|(?<=of\s)(?P<sp>)(?=[a-z]))")  # a year in words: "the third quarter of two thousand and twenty"
    % (_ORDINAL_WHICH, MON)
)
_QUARTER = re.compile(r"(?P<h>q|h)(?P<n>[1-4])(?:\s*-?\s*(?:of\s+)?(?P<y>[12]\d{3})(?!\d)|\s+(?P<rel>this|next|last)\s+year)?(?![a-z\d])")


def _four_digits(sc: Scan, pos: int) -> bool:
    """Cheap gate: do four digits (and no fifth) start at ``pos``?"""
    low = sc.low
    return low[pos:pos + 4].isdigit() and not low[pos + 4:pos + 5].isdigit()


def _day_like(sc: Scan, pos: int) -> bool:
    """Cheap gate: one or two digits at ``pos``, as a day of the month is written."""
    low = sc.low
    return not low[pos + 1:pos + 3].isdigit() or (low[pos + 1:pos + 2].isdigit() and not low[pos + 2:pos + 3].isdigit())


def _periods_ahead(word: Optional[str]) -> int:
    """How many periods "next", "last", "the previous", … point forward (none written: 0)."""
    return L.RELATIVE_SHIFTS[L.key(word)] if word else 0


def _date(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _month(m: re.Match, group: str = "mon") -> int:
    """The month a matched month word names ("Sept." and "sept" alike)."""
    return L.MONTHS[m.group(group).rstrip(".")]


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
    g = m.groupdict()
    y = g.get("y")
    if y:
        return int(y)
    yy = g.get("yy") or g.get("yy2")
    if yy:  # "April '87": the usual pivot at 30, as for "03/18/40"
        return int(yy) + (2000 if int(yy) < 30 else 1900)
    return sc.reference().year


def _day_of(sc: Scan, m: re.Match, mon: int, d: int) -> Optional[_dt.date]:
    """The day of a date; "Feb 29" with no year written is that of the last leap year."""
    g = m.groupdict()
    if g.get("y") or g.get("yy") or g.get("yy2") or (mon, d) != (2, 29):
        return _date(_ref_year(sc, m), mon, d)
    y = sc.reference().year
    while not calendar.isleap(y):
        y -= 1
    return _date(y, mon, d)


def month_day_range(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_DAY_RANGE.match(sc.low, c.start())
    if not m or not _month_ok(sc, m) or not _month_ok(sc, m, "mon2"):
        return None
    y = _ref_year(sc, m)
    mon = _month(m)
    mon2 = _month(m, "mon2") if m.group("mon2") else mon
    a, b = _date(y, mon, int(m.group("d1"))), _date(y, mon2, int(m.group("d2")))
    if not a or not b:
        return None
    if b < a:
        if not m.group("mon2"):
            return None  # "September 24-22": no range runs backwards within a month
        b = _date(y + 1, mon2, int(m.group("d2")))  # "December 28 - January 3"
        if not b:
            return None
    if _listed(sc, m, a, b) or not m.group("y") and " and " in sc.low[m.end("d1"):m.start("d2") + 1] \
            and not _LIST_END.match(sc.low, m.end()) and not sc.left(_BEFORE_RANGE, m.start(), 10) \
            and not sc.left(_THE_JUST_BEFORE, m.start(), 5):  # "the June 3 and 4 talks" are days
        # "on June 3 and 10": two days, the first read here; "on June 3 and 4 players
        # were hurt": the 4 counts players
        return Hit("date", a, m.start(), m.end("d1"), qualifiable=False)
    return _with_spelled_year(sc, Hit("dates", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False))


def _listed(sc: Scan, m: re.Match, a: _dt.date, b: _dt.date) -> bool:
    """ "3 and 10 June" lists two days; "between 3 and 10 June" and "18 and 19 June" (days
    in a row) are ranges."""
    return " and " in sc.low[m.end("d1"):m.start("d2") + 1] and (b - a).days > 1 \
        and not sc.left(_BEFORE_RANGE, m.start(), 10)


#: Days listed with one month, "June 3, 10 and 17", "3, 10 and 17 June", "June 18 and 20,
#: 2023": each day is a date of that month ("18 and 19 June", days in a row, is a range,
#: read by ``month_day_range`` / ``day_range_month``). A list ends with "and" or "or"
#: and one more day; its last day is followed by a year, punctuation or a word that
#: cannot be what the number counts ("on June 3 and 10 people died" lists no day).
_LIST_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?![\d%]|[.,]\d|[a-z])"
_LIST_END = re.compile(
    r"(?:" + YSEP + YEAR + r"|\s*(?:[.,;:!?)\]\"'\u2019\u201d]|\Z)|\s+(?:in|at|on|and|or|but|when|while|as|after|before|with|to|"
    r"from|for|by|respectively|the|a|an|this|that|its|their|his|her|was|were|is|are|will|would|has|had|have|until|"
    r"till|through|during|each|every)(?![a-z])(?!(?<=in|on)\s+(?:%s)(?![a-z])))" % L.alternation(L.MONTHS))
_LIST_REST = re.compile(r"(?:,\s*" + _LIST_DAY + r")*,?\s+(?:and|or|&)\s+" + _LIST_DAY + r"(?P<d>)(?:" + YSEP + YEAR + r")?")
_LIST_BEFORE = re.compile(
    MON + r"\s+" + _LIST_DAY + r"(?:,\s*" + _LIST_DAY + r")*(?:(?P<last>,?\s+(?:and|or|&))|,)\s+\Z")
_LIST_MONTH_AFTER = re.compile(
    r"(?:,\s*" + _LIST_DAY + r")+,?\s+(?:and|or|&)\s+" + _LIST_DAY + r"(?P<d>)\.?\s+(?:of\s+)?" + MON
    + r"(?:" + YSEP + YEAR + r")?(?![a-z])")


def listed_day(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "June 3, 10 and 17", "June 18 and 20, 2023", "3, 10 and 17 June": a day listed with
    others of one month, read where its month is not next to it."""
    low, pos = sc.low, c.start()
    num = sc.number(pos)
    if num is None or not num.digits or not num.integer or not 1 <= num.value <= 31:
        return None
    end = num.end
    if low[end:end + 2] in _ORD_SUFFIXES:
        end += 2
    # the month and the first day were read as a date already: look past that (sc.floor)
    b = _LIST_BEFORE.search(low, max(0, pos - 48), pos) if low[pos - 1] in " \n\t" else None
    if b is not None:  # "June 3, 10 and 17": the month before
        if b.group("last"):
            y = _YEAR_AFTER_DAY.match(low, end)
            if not _LIST_END.match(low, end) and not _THE_JUST_BEFORE.search(low, max(0, b.start() - 5), b.start()):
                return None  # "on June 3 and 10 people died"; "the June 3 and 10 votes" are days
        else:
            r = _LIST_REST.match(low, end)
            if r is None or not _LIST_END.match(low, r.end()) \
                    and not _THE_JUST_BEFORE.search(low, max(0, b.start() - 5), b.start()):
                return None
            y = r if r.group("y") else None
        if not _month_ok(sc, b):
            return None
        year = int(y.group("y")) if y is not None else sc.reference().year
        day = _date(year, _month(b), int(num.value))
        return Hit("date", day, pos, y.end() if y is not None and b.group("last") else end,
                   qualifiable=False) if day else None
    if low[end:end + 1] != ",":
        return None
    a = _LIST_MONTH_AFTER.match(low, end)  # "3, 10 and 17 June": the month after
    if a is None or not _month_ok(sc, a):
        return None
    day = _date(_ref_year(sc, a), _month(a), int(num.value))
    last = _in_a_row(int(num.value), low[end:a.end("d")])
    if day and last:  # "18, 19 and 20 June": days in a row, one range as "18 and 19 June" is
        last = _date(day.year, day.month, last)
        return _with_spelled_year(sc, Hit("dates", (day, last), pos, a.end(), qualifiable=False)) if last else None
    return Hit("date", day, pos, end, qualifiable=False) if day else None


_DIGITS = re.compile(r"\d+")


def _in_a_row(first: int, rest: str) -> Optional[int]:
    """The last day of a list ("18" and ", 19 and 20") if its days follow one another."""
    days = [first, *map(int, _DIGITS.findall(rest))]
    return days[-1] if all(b == a + 1 for a, b in zip(days, days[1:])) else None


_YEAR_AFTER_DAY = re.compile(YSEP + YEAR)


def month_day(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_DAY.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    d = int(m.group("d1"))
    if len(m.group("d1")) > 2:
        return None
    day = _day_of(sc, m, _month(m), d)
    if not day:
        return None
    if sc.low.startswith(",", m.end()) and not m.group("y"):
        r = _LIST_REST.match(sc.low, m.end())  # "June 3, 10 and 17, 2023": the list's year
        if r is not None and r.group("y"):
            day = _date(int(r.group("y")), day.month, day.day)
            if not day:
                return None
        if r is not None and _in_a_row(d, sc.low[m.end():r.end("d")]) \
                and (_LIST_END.match(sc.low, r.end()) or sc.left(_THE_JUST_BEFORE, m.start(), 5)):
            last = _date(day.year, day.month, _in_a_row(d, sc.low[m.end():r.end("d")]))
            if last:  # "June 18, 19 and 20": days in a row, one range as "June 18 and 19" is
                return Hit("dates", (day, last), m.start(), r.end(), qualifiable=False)
    return _with_spelled_year(sc, Hit("date", day, m.start(), m.end(), qualifiable=False))


#: "Dec31", "October2", "Dec31 , 1994": a month written against its day. Not before a
#: letter, a hyphen or another figure ("Oct4-positive cells", "Dec31a"), nor in capitals
#: ("OCT4", "SEPT9" name genes).
_GLUED_MONTH_DAY = re.compile(r"(?P<mon>%s)(?P<d1>[0-3]?\d)(?![\w-]|[.,/:]\d)(?:%s%s)?" % (
    L.alternation(list(L.MONTHS)), YSEP, YEAR))
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_TIME_WORD_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:on|by|until|till|since|before|after|from)\s+\Z")


def glued_month_day(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _GLUED_MONTH_DAY.match(sc.low, c.start())
    if m is None or sc.cased[m.start():m.end("mon")].isupper():
        return None
    if not m.group("y") and _CAPITAL_WORD_AFTER.match(sc.cased, m.end()) and not sc.left(_TIME_WORD_BEFORE, m.start(), 8):
        return None  # "Jan3 Studios": a name
    day = _day_of(sc, m, L.MONTHS[m.group("mon")], int(m.group("d1")))
    return Hit("date", day, m.start(), m.end(), qualifiable=False) if day else None


def _month_span(y: int, mon: int, mon2: Optional[int] = None) -> tuple[_dt.date, _dt.date]:
    last = mon2 or mon
    return _dt.date(y, mon, 1), _dt.date(y, last, calendar.monthrange(y, last)[1])


def month_year(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _MONTH_RANGE_YEAR.match(sc.low, c.start())
    if m and _month_ok(sc, m) and _month_ok(sc, m, "mon2"):
        mon, mon2 = _month(m), _month(m, "mon2")
        y = int(m.group("y"))
        if mon2 > mon:
            return Hit("dates", _month_span(y, mon, mon2), _range_start(sc, m.start()), m.end(), qualifiable=False)
        if mon2 < mon:  # "Nov-Feb 2017": across the new year, into the year written
            return Hit("dates", (_dt.date(y - 1, mon, 1), _month_span(y, mon2)[1]), _range_start(sc, m.start()), m.end(),
                       qualifiable=False)
    m = _MONTH_YEAR.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    return Hit("dates", _month_span(_ref_year(sc, m), _month(m)), m.start(), m.end(), qualifiable=False)


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


def _after_currency(sc: Scan, pos: int) -> bool:
    """ "$12 December 27": a number after a currency sign is an amount, not a day."""
    low = sc.low
    i = pos - 2 if pos >= 2 and low[pos - 1] == " " else pos - 1
    return i >= 0 and low[i] in _CURRENCY_SIGNS


_CURRENCY_SIGNS = frozenset("$\u00a3\u20ac\u00a5")


def day_range_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _day_like(sc, c.start()) or _after_currency(sc, c.start()):
        return None
    m = _DAY_RANGE_MONTH.match(sc.low, c.start())
    if not m or not _month_ok(sc, m, "mon2"):
        return None
    y = _ref_year(sc, m)
    mon = _month(m, "mon2")
    a, b = _date(y, mon, int(m.group("d1"))), _date(y, mon, int(m.group("d2")))
    if not a or not b or b < a:
        return None
    if _listed(sc, m, a, b):  # "on 3 and 10 June": two days; "10 June" is read next
        return Hit("date", _with_year(a, _ref_year(sc, m)), m.start(), m.end("d1"), qualifiable=False)
    return _with_spelled_year(sc, Hit("dates", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False))


def day_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _day_like(sc, c.start()) or _after_currency(sc, c.start()):
        return None
    m = _DAY_MONTH.match(sc.low, c.start())
    if not m or not _month_ok(sc, m):
        return None
    day = _day_of(sc, m, _month(m), int(m.group("d1")))
    if not day:
        return None
    return _with_spelled_year(sc, Hit("date", day, m.start(), m.end(), qualifiable=False))


def year_range(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _four_digits(sc, c.start()):
        return None
    m = _YEAR_RANGE.match(sc.low, c.start())
    if not m:
        return None
    a = int(m.group("y"))
    b_text = m.group("y2")
    b = int(b_text) if len(b_text) == 4 else (a // 100) * 100 + int(b_text)
    sep = sc.low[m.end("y"):m.start("y2")].strip()
    if len(b_text) == 2 and b + 100 == a + 1 and sep in ("-", "/", "\u2013"):
        b += 100  # "1999-00", "1899/00": a season or a fiscal year across a century's turn ("1995-01" is a month)
    if 1000 <= b <= a <= 2199 and a - b <= 200 and len(b_text) == 4 and sep in ("-", "/"):
        # "(2032–2023)", "(2023–2023)": a range written backwards or of one year (a slip,
        # or an edit of one end) is still the range the text states, so a claim on it
        # names what it now says
        return Hit("years", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)
    if not (1000 <= a < b <= 2199) or b - a > 200:
        return None
    o = sc.left(_BEFORE_RANGE, m.start(), 10) if sep == "and" else None
    if sep == "and" and (o is None or o.group("w") != "between"):
        return None  # "in 2022 and 2023", "data from 2015 and 2016" list two years
    return Hit("years", (a, b), _range_start(sc, m.start()), m.end(), qualifiable=False)


def decade(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not sc.low[c.start() + 1:c.start() + 2].isdigit():
        return None
    m = _DECADE.match(sc.low, c.start())
    if m:
        y = int(m.group("y"))
        if 1000 <= y < 2000 and y % 100 == 0:
            return Hit("years", (y, y + 99), m.start(), m.end(), qualifiable=False)  # "the 1800s": a century
        if 1000 <= y <= 2190:
            return Hit("years", (y, y + 9), m.start(), m.end(), qualifiable=False)
    m = _SHORT_DECADE.match(sc.low, c.start())
    if m and sc.left(_THE, m.start(), 8) and not sc.left(_DECADE_NOT, m.start(), 48):  # "highs in the 90s"
        y = 1900 + int(m.group("y"))
        return Hit("years", (y, y + 9), m.start(), m.end(), qualifiable=False)
    return None


def _plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith("ss") and len(word) > 3) or word in L.IRREGULAR_PLURALS


#: "AD 79", "79 AD", "1066 CE": a year however few its digits (capitals only: "ad" is an
#: advert). Before the common era ("500 BC") is no year we read: years are positive.
_ERA_BEFORE = re.compile(r"(?<![A-Za-z])A\.?D\.?\s+\Z")
_ERA_AFTER = re.compile(r"\s*(?:A\.D\.|A\.D|AD|C\.E\.|C\.E|CE)(?![A-Za-z])")
_ERA_AT = r"(?<=ad\s)|(?<=a\.d\.\s)|\d{1,4}\s*(?:a\.?d|c\.?e)(?![a-z])"


def era_year(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.words or not num.integer or num.grouped or num.scaled or not 1 <= num.value <= 2199:
        return None
    b = _ERA_BEFORE.search(sc.cased, max(0, num.start - 8), num.start)
    if b is not None:
        return Hit("year", int(num.value), b.start(), num.end, qualifiable=False)
    a = _ERA_AFTER.match(sc.cased, num.end)
    if a is not None and (num.value >= 100 or "A" in a.group()):  # "5 CE marks" are certificates
        return Hit("year", int(num.value), num.start, a.end(), qualifiable=False)
    return None


#: Four digits a year cannot have (before 1000, after 2199), where only a year can stand:
#: after "in", "since", "by", "until", "before", "after", "during" and before the end of
#: the clause or a word that starts no noun phrase. A digit slipped in a year ("in 3022,
#: down from 2021", "joined in 0958 as") is then still the year the text states, which a
#: year claim names, instead of a number beside the sentence's other year.
_SLIPPED_YEAR = re.compile(r"(?P<y>(?:[03-9]\d|2[2-9])\d\d)(?![\d,]\d|[a-z%]|\.\d)")
_SLIPPED_YEAR_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\]]|\Z)|\s+(?:at|in|on|by|and|or|to|when|as|after|before|with|for|from|but|while|until|"
    r"till|is|was|will|would|has|had|are|were|where|amid|despite|through|the|a|an|it|its|their|his|her)(?![a-z])")
_SLIPPED_YEAR_CONTEXT = frozenset("in since by until till before after during".split())


def slipped_year(sc: Scan, c: re.Match) -> Optional[Hit]:
    if not _four_digits(sc, c.start()):
        return None
    m = _SLIPPED_YEAR.match(sc.low, c.start())
    if m is None or int(m.group("y")) == 0 or not _SLIPPED_YEAR_AFTER.match(sc.low, m.end()):
        return None
    context = sc.left(_YEAR_CONTEXT_BEFORE, m.start(), 12)
    if context is None or context.group("w") not in _SLIPPED_YEAR_CONTEXT:
        return None
    return _year_part(sc, Hit("year", int(m.group("y")), m.start(), m.end(), qualifiable=False))


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
    if sc.low[max(0, m.start() - 3):m.start()].rstrip().endswith("\u00a7") \
            or _CODE_BEFORE.search(sc.low, max(0, m.start() - 12), m.start()):
        return None  # "18 U.S.C. § 1030", "42 USC 1983": a section, not a year
    if sc.index_name(m.start(), y):
        return None  # "the Russell 2000": an index, not a year
    if _BLOCK_AFTER.match(sc.low, m.end()):
        return None  # "the 1400 block of Main Street": an address, not a year
    if sc.low[m.end():m.end() + 1] == "-" and _MEASURE_AFTER.match(sc.low, m.end()):
        return None  # "the 1000-kilometre line", "a 2000-seat arena": a measure, not a year
    if (sc.low[m.start() - 1:m.start()].isspace() or sc.low[m.start() - 1:m.start()] == ".") \
            and (ap := sc.left(_APPROX_YEAR, m.start(), 16)) is not None \
            and (ap.group("c") or sc.left(_APPROX_YEAR_CONTEXT, ap.start(), 16)) \
            and not ((a := _PLURAL_NOUN_AFTER.match(sc.low, m.end())) and _plural(a.group("w"))
                     and a.group("w") not in L.NOUN_PHRASE_STOPS and a.group("w") not in _YEAR_MODIFIED):
        return _year_part(sc, Hit("year", y, ap.start(), m.end(), qualifier="approx", qualifiable=False))
    if (sc.cased[m.start() - 2:m.start() - 1].isalpha() or sc.cased[m.start() - 2:m.start() - 1] == ",") \
            and _named_year(sc, m):
        return _year_part(sc, Hit("year", y, m.start(), m.end(), qualifiable=False))
    context = sc.left(_YEAR_CONTEXT_BEFORE, m.start(), 12)
    if context is not None and context.group("w") == "from" and y > sc.reference().year \
            and sc.left(_CHANGE_FROM, context.start(), 12) is not None \
            and not ((a := _PLURAL_NOUN_AFTER.match(sc.low, m.end())) and a.group("w") in _YEAR_MODIFIED):
        return None  # "up from 2092 last year" (a level before, written without its comma): no year to come
    if context is None or context.group("w") in _WEAK_YEAR_CONTEXT \
            or context.group("w") == "the" and not 1900 <= y <= 2099:
        if context is None and _PHONE_GROUP.match(sc.low, m.end()):
            return None  # "call 1900 9095": the first group of a phone number
        if context is None and not 1800 <= y <= 2100 \
                and not _ERA_AFTER.match(sc.cased, m.end()) \
                and not sc.left(_OLD_YEAR_BEFORE, m.start(), 14):
            return None  # "he paid 1500 for it": a number; "in 1500", "born 1452", "1066 AD",
            # "the 2130 Agenda" (an edited "the 2030 Agenda", which a year claim must catch) are years
        # "1500 officers", "a trial of 1204 adults", "the 1500 troops" count; "2023 joint
        # statement", "the 2020 elections", "since 2019 levels" name a year.
        nat = _NATIONALITY_NOUN_AFTER.match(sc.cased, m.end())
        if nat and _plural(nat.group("w")) and nat.group("w") not in _YEAR_MODIFIED:
            return None  # "a survey of 1004 British adults", "1500 Ukrainian troops": a count
        after = _PLURAL_NOUN_AFTER.match(sc.low, m.end())
        if after and _plural(after.group("w")) and after.group("w") not in L.NOUN_PHRASE_STOPS \
                and not (1900 <= y <= 2099 and (after.group("w") in _YEAR_MODIFIED
                                                or after.group("w") in _YEAR_EDITION
                                                and sc.left(_DETERMINER_BEFORE, m.start(), 16) is not None
                                                or after.group("w") in _YEAR_MODIFIED_LAST and not (
                                                    (nw := _NEXT_WORD_PLURAL.match(sc.low, after.end())) is not None
                                                    and _plural(nw.group("w")) and nw.group("w") not in L.NOUN_PHRASE_STOPS))):
            return None
        if context is None and (q := sc.left(_QUALIFIED, m.start(), 30)) is not None \
                and sc.left(_UNTIL_BEFORE, q.start(), 10) is None and sc.left(_CIRCA_BEFORE, m.start(), 8) is None:
            return None  # "at least 2000": a number; "through at least 2035", "circa 1650" stay years
    return _year_part(sc, Hit("year", y, m.start(), m.end(), qualifiable=False))


#: "2023's second half", "next year's first quarter": a part of the year named before.
_YEAR_PART = re.compile(r"'s\s+(?P<n>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-](?P<u>quarter|half)(?![a-z-])")
_APOSTROPHE_S = re.compile(r"'s?\s+")
_PART_RANK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _year_part(sc: Scan, hit: Hit) -> Hit:
    if sc.low[hit.end:hit.end + 1] != "'":
        return hit  # cheap gate
    p = _YEAR_PART.match(sc.low, hit.end)
    if p is None:
        # "last year's first eight months", "2023's first 10 days": any period of the year
        q = _APOSTROPHE_S.match(sc.low, hit.end)
        m = _PERIOD_AFTER_YEAR.match(sc.low, q.end()) if q is not None else None
        period = _period_of(m.group("which"), m.group("unit"), m.group("n"), hit.value, None, hit.start,
                            m.end()) if m is not None else None
        return period if period is not None else hit
    size = 3 if p.group("u") == "quarter" else 6
    n = _PART_RANK.get(p.group("n"), 12 // size)  # "final", "last": the last one
    if n * size > 12:
        return hit
    return Hit("dates", _month_span(hit.value, (n - 1) * size + 1, n * size), hit.start, p.end(), qualifiable=False)


_QUALIFIED = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+\Z" % L.alternation(L.QUALIFIERS_BEFORE))
_CHANGE_FROM = re.compile(r"(?:^|(?<=[^a-z]))(?:up|down|rose|fell|increased|decreased|climbed|dropped|jumped|grew)\s+\Z")
_UNTIL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:through|thru|until|till|since|before|after|beyond)\s+\Z")
_CODE_BEFORE = re.compile(r"(?:u\.\s?s\.\s?c\.?|(?<![a-z])usc|c\.\s?f\.\s?r\.?|(?<![a-z])cfr)\s+\Z")
_BLOCK_AFTER = re.compile(r"\s+block\s+of(?![a-z])")
#: A word joined to four digits by a hyphen makes them a measure ("the 1000-kilometre
#: line", "a 2000-seat arena", "a 1500-word essay"), except words of a year's kind
#: ("a 2008-style crash", "2023-born").
_MEASURE_AFTER = re.compile(r"-(?!(?:style|era|like|vintage|born|built|model|present|onwards?|ish|season|edition|%s)(?![a-z]))[a-z]{2,}"
                            % L.alternation(k.rstrip(".") for k in L.MONTHS))  # "2018-May/2019": a range of dates
#: A year in a title: after a law's kind ("the Online Safety Act 2023", "the Companies
#: Act, 2013", "the Data Protection Regulations 2018"), or between a capitalised name and
#: a capitalised word ("the Paris 2024 Olympics", "Tokyo 2020 Games"), whatever follows.
_NAMED_YEAR = re.compile(r"(?<![A-Za-z])(?:(?P<law>Act|Acts|Bill|Regulations|Rules|Order|Code)\s*,?|(?P<name>[A-Z][a-z]+))\s+\Z")
#: A capitalised word after the year that is not followed by a counted plural
#: ("Ukraine 2000 Leopard tanks" counts tanks).
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]+(?!\w|\s+(?:[a-z]{2,}[a-rt-z]s|[a-z]*men)(?![a-z]))")


def _named_year(sc: Scan, m: re.Match) -> bool:
    n = _NAMED_YEAR.search(sc.cased, max(0, m.start() - 16), m.start())
    if n is None:
        return False
    if n.group("law"):
        return True
    w = n.group("name").lower()
    return (_CAPITAL_AFTER.match(sc.cased, m.end()) is not None and not sc.sentence_start(n.start())
            and w not in L.NOUN_PHRASE_STOPS and w not in L.QUALIFIERS_BEFORE and w not in L.MONTHS)
#: Another bare group of digits after four digits: a phone number ("1900 9095", "1800 599 920").
_PHONE_GROUP = re.compile(r"(?:[.-]|\s+)\d{3,4}(?![\d,]|\.\d)")
_NUMBER_RANGE_AFTER = re.compile(r"\s*-\s*\d{4,}")


_THE_END = re.compile(r"the\s+\Z")
#: Trigger words of the "period" group that no "first/last <n> <unit>s of <year>" starts with.
_PERIOD_UNITS = ("month", "week", "day", "quarter", "half")
_NOT_PERIOD_WORDS = frozenset({"next", "previous", "coming", "following", "upcoming", "within", "current",
                               "q1", "q2", "q3", "q4", "h1", "h2"})


def _week_one(first: _dt.date) -> _dt.date:
    """The Monday of the first week of a month or year: the week that holds its first
    Thursday (as ISO 8601 counts the weeks of a year)."""
    thursday = first + _dt.timedelta(days=(3 - first.weekday()) % 7)
    return thursday - _dt.timedelta(days=3)


#: "the second quarter", "the first half", "third-quarter profit", with no year: a period of
#: the reference year only in a sentence about the economy or a business, never in one
#: about a game ("scored twice in the second half", "a first-half goal").
_BARE_QUARTER = re.compile(r"(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)(?P<sep>\s+|-)(?P<unit>quarter|half)(?![a-z-])")
_THE_JUST_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))the\s+\Z")
_BUSINESS = re.compile(
    r"(?<![a-z])(?:revenues?|sales|profits?|earnings|income|loss(?:es)?|margins?|gdp|economy|economic|growth|output|"
    r"exports?|imports?|inflation|shares|results|fiscal|turnover|deliveries|shipments|demand|spending|investments?|"
    r"unemployment|jobs|lender|bank's|company's|firm's|group's|quarterly|year-on-year|y/y|market|markets|prices?|"
    r"deals?|acquisitions?|mergers?|takeovers?|transactions?|orders|bookings|production|borrowing|wages|costs|"
    r"volumes|subscribers|tax|taxes|budget|debt|throughput|traffic|cargo|freight|passengers)(?![a-z])")
_GAME = re.compile(
    r"(?<![a-z])(?:scored?|scoring|goals?|game|games|match|matches|minutes?|touchdowns?|innings?|quarterback|"
    r"half-time|halftime|penalty|penalties|tries|rebounds|kick-off|kickoff|referee|season)(?![a-z])")
_QUARTER_MONTHS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _bare_quarter(sc: Scan, start: int) -> Optional[Hit]:
    m = _BARE_QUARTER.match(sc.low, start)
    if m is None or m.group("sep") != "-" and sc.left(_THE_JUST_BEFORE, start, 5) is None:
        return None  # "the third quarter", "third-quarter profit"; not "a third quarter"
    n, unit = _QUARTER_MONTHS[m.group("which")], m.group("unit")
    if unit == "half" and n > 2:
        return None
    low = sc.low
    lo, hi = sentence_around(low, start, m.end())
    if _BUSINESS.search(low, lo, hi) is None or _GAME.search(low, lo, hi) is not None:
        return None
    months = 3 if unit == "quarter" else 6
    y = sc.reference().year
    return Hit("dates", _month_span(y, (n - 1) * months + 1, n * months), start, m.end(), qualifiable=False)


def period(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the first eight months of this year", "the first half of 2024", "the third quarter
    of the year", "the 9th month of 2022", "the second week of October", "the last week of 2015"."""
    start = c.start()
    low = sc.low
    if (not _ord_suffix(low, start)) if low[start].isdigit() else c.group() in _NOT_PERIOD_WORDS:
        return None  # cheap gate: "3rd", "1st", "first", "last", "past"
    window = low[start:start + 40]
    if not any(u in window for u in _PERIOD_UNITS):
        return None  # cheap gate: no month, week, day, quarter or half follows
    m = _PERIOD.match(low, start)
    if m is None and "'" in low[max(0, start - 4):start]:
        possessive = _possessive_period(sc, start)
        if possessive is not None:
            return possessive
    if m is None:
        bare = _bare_quarter(sc, start)
        if bare is not None:
            return bare
        t = sc.left(_THE_END, start, 6)
        if t is None:
            return None
        m = _PERIOD.match(low, t.start())
        if m is None:
            return None
    ref = sc.reference()
    mon = None
    end = m.end()
    if m.group("sp") is not None:
        sp = spelled_year(low, end)
        if sp is None:
            return None  # "the first half of the season"
        y, end = sp
    elif m.group("y"):
        y = int(m.group("y"))
    elif m.group("rel"):
        y = ref.year + L.RELATIVE_SHIFTS[L.key(m.group("rel"))]
    elif m.group("mrel"):
        y, mon = _rel_month(sc, m.group("mrel"))
    elif m.group("mon"):
        if not _month_ok(sc, m):
            return None
        mon = _month(m)
        y = int(m.group("my")) if m.group("my") else ref.year
    else:
        y = ref.year
    return _period_of(m.group("which"), m.group("unit"), m.group("n"), y, mon, m.start(), end)


#: "the year's first eight months": the year before the period, in the possessive, where
#: no year was read before it (a year that was, "2023's", "last year's", gives its own
#: part in ``_year_part``).
_YEAR_POSSESSIVE = re.compile(
    r"(?:(?P<rel>this|next|last)\s+year|the\s+year|(?P<y>[12]\d{3}))'s?\s+\Z")
_PERIOD_AFTER_YEAR = re.compile(
    r"(?P<which>%s)\s+(?:(?P<n>[a-z]+(?:-[a-z]+)?|\d+)\s+)?(?P<unit>months|month|weeks|week|days|quarters|quarter|half)"
    r"(?![a-z])(?!\s+of\s)" % _ORDINAL_WHICH)


def _possessive_period(sc: Scan, start: int) -> Optional[Hit]:
    p = sc.left(_YEAR_POSSESSIVE, start, 20)
    m = _PERIOD_AFTER_YEAR.match(sc.low, start) if p is not None else None
    if m is None:
        return None
    ref = sc.reference()
    y = int(p.group("y")) if p.group("y") else ref.year + (L.RELATIVE_SHIFTS[p.group("rel")] if p.group("rel") else 0)
    return _period_of(m.group("which"), m.group("unit"), m.group("n"), y, None, p.start(), m.end())


def _period_of(which: str, unit: str, n_text: Optional[str], y: int, mon: Optional[int],
               start: int, end: int) -> Optional[Hit]:
    """The days of "the <which> [<n>] <unit>" of year ``y`` (of month ``mon``, if given)."""
    rank = None
    if which == "1st" and n_text:
        which = "first"  # "the 1st eight months of this year", as "the first eight months"
    if which not in ("first", "last", "past"):
        if which[0].isdigit():
            rank = int(which[:-2])
        else:
            rank = L.ORDINAL_WORDS[which]
        if n_text or rank < 1:
            return None
    n = 1
    if n_text:
        num = read_number(n_text, 0)
        if num is None or num.end != len(n_text) or not num.integer or num.value < 1:
            return None
        n = int(num.value)
    hit = lambda a, b: Hit("dates", (a, b), start, end, qualifiable=False)  # noqa: E731
    if unit in ("week", "weeks", "days"):
        first = _dt.date(y, mon or 1, 1)
        last = _dt.date(y, mon, calendar.monthrange(y, mon)[1]) if mon else _dt.date(y, 12, 31)
        if unit == "days":
            if rank is not None or which != "first" or n > (last - first).days + 1:
                return None
            return hit(first, first + _dt.timedelta(days=n - 1))
        if which in ("last", "past"):
            if (unit == "weeks") != bool(n_text):
                return None  # "the last weeks of 2015": how many is not said
            thursday = last - _dt.timedelta(days=(last.weekday() - 3) % 7)
            monday = thursday - _dt.timedelta(days=3)
            return hit(monday - _dt.timedelta(days=7 * (n - 1)), monday + _dt.timedelta(days=6))
        monday = _week_one(first) + _dt.timedelta(days=7 * ((rank or 1) - 1))
        return hit(monday, monday + _dt.timedelta(days=7 * (n if rank is None else 1) - 1))
    if mon is not None:
        return None  # "the first quarter of March"
    months = {"month": 1, "months": 1, "quarter": 3, "quarters": 3, "half": 6}[unit]
    if rank is not None:
        if rank * months > 12:
            return None
        first_month, last_month = (rank - 1) * months + 1, rank * months
    else:
        if n * months > 12:
            return None
        if which == "first":
            first_month, last_month = 1, n * months
        else:
            first_month, last_month = 12 - n * months + 1, 12
    return hit(*_month_span(y, first_month, last_month))


def _ord_suffix(low: str, pos: int) -> bool:
    """Cheap gate: one or two digits at ``pos`` with an ordinal suffix ("3rd", "21st")."""
    i = pos + 2 if low[pos + 1:pos + 2].isdigit() else pos + 1
    return low[i:i + 2] in _ORD_SUFFIXES


_ORD_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
#: ``period``'s cheap gate as its Rule.at for the words of the "period" trigger: not one
#: of ``_NOT_PERIOD_WORDS``, and a unit word starting in its 40-character window.
_PERIOD_WORD_AT = r"(?!(?:%s)(?!\w))(?=[\s\S]{0,%d}?(?:%s))" % (
    "|".join(sorted(_NOT_PERIOD_WORDS)), 40 - min(map(len, _PERIOD_UNITS)), "|".join(_PERIOD_UNITS))


def quarter(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "Q3 2024", "q1-2019", "Q3 this year", "H2"; alone, a quarter of the reference year."""
    if c.group()[:1] not in ("q", "h"):
        return None  # cheap gate
    m = _QUARTER.match(sc.low, c.start())
    if not m:
        return None
    n = int(m.group("n"))
    if m.group("y"):
        y = int(m.group("y"))
    else:
        y = sc.reference().year + _periods_ahead(m.group("rel"))
    size = 3 if m.group("h") == "q" else 6
    if n * size > 12:
        return None
    return Hit("dates", _month_span(y, (n - 1) * size + 1, n * size), m.start(), m.end(), qualifiable=False)


_NQ = re.compile(r"(?P<n>[1-4])(?P<h>q|h)(?:\s*(?P<y>[12]\d{3})|\s*'?(?P<yy>\d{2}))(?![\d%]|[a-z])")


def quarter_first(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "3Q 2024", "2Q24", "1H 2023": a quarter or half written number first, as financial
    news does; only with its year ("3Q" alone may be anything)."""
    m = _NQ.match(sc.low, c.start())
    if m is None or not sc.cased[m.start("h")].isupper():
        return None
    n, size = int(m.group("n")), 3 if m.group("h") == "q" else 6
    y = int(m.group("y")) if m.group("y") else 2000 + int(m.group("yy"))
    if n * size > 12:
        return None
    return Hit("dates", _month_span(y, (n - 1) * size + 1, n * size), m.start(), m.end(), qualifiable=False)


#: "FY2024", "FY24", "FY2023-24", "FY24/25": a fiscal year, the letters against its digits;
#: "FY26-FY28", "FY26 to FY28": a range of them.
_FISCAL = re.compile(r"fy(?P<y>[12]\d{3}|\d{2})(?:(?:[-/\u2013]|\s+to\s+fy)\s?(?:(?<=[-/\u2013])fy)?(?P<y2>[12]\d{3}|\d{2}))?"
                     r"(?![\w%]|[.,]\d)")


def _full_year(digits: str, before: Optional[int] = None) -> int:
    """A year written in two digits: in the century of ``before`` (the first year of a
    range), else the nearer of 19xx and 20xx."""
    y = int(digits)
    if len(digits) == 4:
        return y
    if before is not None:
        return before // 100 * 100 + y
    return 2000 + y if y < 50 else 1900 + y


def fiscal_year(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "FY2024" and "FY24" are the year 2024 (a ledger claims `year: 2024`); "FY2023-24"
    and "FY24/25", a fiscal year across two calendar years, are that range of years. Which
    months a fiscal year spans is each organisation's own, so no months are inferred."""
    m = _FISCAL.match(sc.low, c.start())
    if m is None:
        return None
    y = _full_year(m.group("y"))
    if m.group("y2") is None:
        return Hit("year", y, m.start(), m.end(), qualifiable=False)
    y2 = _full_year(m.group("y2"), y)
    if not y < y2 <= y + 10:
        return Hit("year", y, m.start(), m.end("y"), qualifiable=False)
    return Hit("years", (y, y2), _range_start(sc, m.start()), m.end(), qualifiable=False)


# --- periods counted from the reference date ------------------------------------------

_SPAN_WORD = re.compile(
    r"(?P<w>past|last|previous|next|coming|following|upcoming|current|within(?:\s+the)?(?:\s+(?:next|coming|upcoming|following))?)\s+")
_SPAN_UNIT = re.compile(r"\s*-?\s*(?P<u>days?|weeks?|fortnights?|months?|years?|decades?|quarters?)(?![a-z])")
_SPAN_THE = re.compile(r"(?:^|(?<=[^a-z]))the\s+\Z")
_SPAN_OF_AFTER = re.compile(r"\s+of\s")
_BACK = frozenset({"past", "last", "previous"})
_QUARTERS_AFTER = re.compile(r"(?P<n>[a-z]+(?:-[a-z]+)?)\s+quarters(?![a-z])")
_WITHIN_A = re.compile(r"an?\s+(?=(?:day|week|fortnight|month|year|decade|quarter)(?![a-z]))")
_SPAN_UNIT_WORDS = ("day", "week", "fortnight", "month", "year", "decade", "quarter")
_NUMBER_WORDS = frozenset([*L.UNITS, *L.TENS, "a", "an", "dozen", "couple"])
#: "the next couple of weeks", "the past couple years": two.
_COUPLE = re.compile(r"(?:a\s+)?couple(?:\s+of)?(?=\s)")


class _Two:
    """The reading of "couple" where a number is expected."""
    value, ordinal, integer, scaled = 2, False, True, False

    def __init__(self, end: int):
        self.end = end
_WORD_AT = re.compile(r"[a-z]*")
#: ``relative_span``'s cheap gate as its Rule.at (a little wider: any character that is no
#: letter or space stands for a digit): the span word, then a number or a unit.
_SPAN_AT = r"(?:%s)(?:[^a-z\s]|%s|(?:%s)(?![a-z]))" % (
    _SPAN_WORD.pattern, "|".join(_SPAN_UNIT_WORDS), "|".join(sorted(_NUMBER_WORDS)))


#: What keeps a past-tense "within" looking ahead from the publication date: a telling of
#: the future ("the report was expected within 12 months", "said it would rule within a
#: month").
_PROSPECT = re.compile(r"(?<![a-z])(?:expected|due|scheduled|set\s+to|planned|likely|promised|pledged|vowed|"
                       r"must|should|would|could|aims?|plans?|will|shall|going\s+to)(?![a-z])")


def _add(ref: _dt.date, unit: str, n: int) -> Optional[_dt.date]:
    if unit in ("day", "week", "fortnight"):
        return ref + _dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    return _shift(ref, "months", n * (12 if unit == "year" else 1))


#: "4 business days", "ten working days": days from Monday to Friday.
_BUSINESS_DAYS = re.compile(r"\s+(?:business|working)[\s-]+days?(?![a-z])")


def _working_days(ref: _dt.date, n: int) -> _dt.date:
    """The ``n``-th day from Monday to Friday after ``ref`` (before it, for ``n`` < 0)."""
    step = _dt.timedelta(days=1 if n > 0 else -1)
    d = ref
    for _ in range(abs(n)):
        d += step
        while d.weekday() >= 5:
            d += step
    return d


def in_business_days(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "in four business days": the date that many days from Monday to Friday after the
    reference date ("within 10 working days", the span to it, is the span rule's)."""
    low = sc.low
    num = sc.number(c.start())
    if num is None or num.ordinal or not num.integer or not 1 <= num.value <= 1000:
        return None
    bd = _BUSINESS_DAYS.match(low, num.end)
    i = sc.left(_IN_BEFORE, num.start, 4) if bd is not None else None
    if i is None or _past_span(low, i.start(), bd.end()):
        return None  # "the deal closed in 10 business days": the span it took
    return Hit("date", _working_days(sc.reference(), int(num.value)), i.start(), bd.end(), qualifiable=False)


def relative_span(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the past three years" (up to the reference date), "the next two weeks" (from the day
    after it), "within 3 days" (from it), "last quarter", "the next two decades"."""
    low = sc.low
    if c.group()[:1] in ("q", "h"):
        return None  # cheap gate: "Q3" is the quarter rule's
    w = _SPAN_WORD.match(low, c.start())
    if not w:
        return None
    nxt = low[w.end():w.end() + 12]
    if not (nxt[:1].isdigit() or nxt.startswith(_SPAN_UNIT_WORDS) or _WORD_AT.match(nxt).group() in _NUMBER_WORDS):
        return None  # cheap gate: a number or a unit after the word
    word = L.key(w.group("w")).split()[0]
    cp = _COUPLE.match(low, w.end())
    num = read_number(low, w.end()) if cp is None else _Two(cp.end())
    if num is not None and not num.integer and _QUARTERS_AFTER.match(low, w.end()):
        num = read_number(low[:_QUARTERS_AFTER.match(low, w.end()).end("n")], w.end())  # "two quarters" is no 0.5
    if num is not None and (num.ordinal or not num.integer or not 1 <= num.value <= 1000 or num.scaled):
        return None
    if num is not None and low[num.end + 1:num.end + 2] in ("b", "w"):
        bd = _BUSINESS_DAYS.match(low, num.end)
        if bd is not None and word != "current":  # "the next 4 business days"
            ref = sc.reference()
            t = sc.left(_SPAN_THE, c.start(), 5)
            if word in _BACK:
                a, b = _working_days(ref, -int(num.value)), ref - _dt.timedelta(days=1)
                while b.weekday() >= 5:
                    b -= _dt.timedelta(days=1)
            else:
                a = ref if word == "within" else _working_days(ref, 1)
                b = _working_days(ref, int(num.value))
            return Hit("dates", (a, b), t.start() if t else c.start(), bd.end(), qualifiable=False)
    at = num.end if num is not None else w.end()
    if num is None and word == "within" and (art := _WITHIN_A.match(low, at)) is not None:
        at = art.end()  # "within a year": one unit from the reference date
    u = _SPAN_UNIT.match(low, at)
    if u is None or (num is None and u.start() != at) or _SPAN_OF_AFTER.match(low, u.end()):
        return None  # "the last two years of his term" are not counted from the article's date
    unit = u.group("u").rstrip("s") if u.group("u") != "days" else "day"
    n = int(num.value) if num is not None else 1
    if num is None and u.group("u").endswith("s"):
        return None  # "the past weeks": how many is not said
    ref = sc.reference()
    t = sc.left(_SPAN_THE, c.start(), 5)
    start = t.start() if t else c.start()
    def hit(kind: str, a: _dt.date, b: _dt.date) -> Hit:
        if a == b:  # "the past day": one day
            return Hit("date", a, start, u.end(), qualifiable=False)
        return Hit(kind, (a, b), start, u.end(), qualifiable=False)
    if unit == "quarter":
        q0 = (ref.year * 12 + ref.month - 1) // 3
        if word == "current":
            if num is not None:
                return None
            first, last = q0, q0
        elif word in _BACK:
            first, last = q0 - n, q0 - 1
        else:
            first, last = q0 + 1, q0 + n
        a = _dt.date(first * 3 // 12, first * 3 % 12 + 1, 1)
        y2, m2 = (last * 3 + 2) // 12, (last * 3 + 2) % 12 + 1
        return hit("dates", a, _dt.date(y2, m2, calendar.monthrange(y2, m2)[1]))
    if unit == "decade":
        if word == "current":
            d0 = ref.year // 10 * 10
            return hit("years", d0, d0 + 9) if num is None else None
        unit, n = "year", 10 * n  # "the past two decades": twenty years up to the reference date
    elif num is None and word != "past" and unit != "fortnight" and at == w.end():
        return None  # "last week", "next month": the calendar period (no calendar has fortnights)
    if word == "current":
        return None
    if word in _BACK:
        a = _add(ref, unit, -n)
        return hit("dates", a, ref - _dt.timedelta(days=1)) if a else None
    if word == "within":
        if (_tense(low, c.start(), u.end(), True) == "past" or _past_span(low, c.start(), u.end())) \
                and not _PROSPECT.search(low, *sentence_around(low, c.start(), u.end())):
            return None  # "shops sold out within a week": a length of time, not a span from today
        b = _add(ref, unit, n)
        return hit("dates", ref, b - _dt.timedelta(days=1)) if b else None
    b = _add(ref, unit, n)
    return hit("dates", ref + _dt.timedelta(days=1), b) if b else None


_QUARTER_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:the\s+)?(?P<w>this|current|next|last|past|previous|coming|following|upcoming)\s+\Z")


def this_quarter(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "this quarter", "this decade" (the words before are read from the unit)."""
    word = c.group()
    if word not in ("quarter", "decade"):
        return None
    b = sc.left(_QUARTER_BEFORE, c.start(), 16)
    if b is None or b.group("w") != "this":
        return None
    ref = sc.reference()
    if word == "decade":
        d0 = ref.year // 10 * 10
        return Hit("years", (d0, d0 + 9), b.start(), c.end(), qualifiable=False)
    q = (ref.month - 1) // 3
    return Hit("dates", _month_span(ref.year, 3 * q + 1, 3 * q + 3), b.start(), c.end(), qualifiable=False)


_DAY_AFTER_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:the\s+)?day\s+(?P<w>after|before)\s+\Z")
_WEEK_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>this\s+past|this\s+coming|this|next|last|current|the\s+current|the\s+coming|the\s+following|the\s+previous|the\s+past|previous|following|coming)\s+(?P<work>working\s+)?\Z")
_WEEKDAY_AFTER = re.compile(r"\s*(?:-\s*|,\s*|on\s+)?(?:%s)(?![a-z])" % L.alternation(L.WEEKDAYS))
_REL_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<rel>this|next|last|the\s+current|the\s+coming|the\s+previous|upcoming|the\s+upcoming)\s+(?:calendar\s+)?\Z")


_PART_OF_THE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?:early|mid|middle|late|beginning|start|end|earlier|later)"
    r"(?:\s+of|\s+in)?\s+(?:the\s+)?\Z")


_REST_OF = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?:rest|remainder|remaining\s+part)\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?\Z")


def part_of_the_period(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "by the end of the year", "later in the year", "the end of the week": part of the
    reference year, month or week."""
    word = c.group()
    if word not in ("year", "month", "week") or sc.low[c.end():c.end() + 1].isalnum():
        return None
    rest = sc.left(_REST_OF, c.start(), 32)
    if rest is None and not sc.left(_PART_OF_THE, c.start(), 24):
        return None
    ref = sc.reference()
    if word == "year":
        a, b = _dt.date(ref.year, 1, 1), _dt.date(ref.year, 12, 31)
    elif word == "month":
        a, b = _month_span(ref.year, ref.month)
    else:
        a = _monday(ref)
        b = a + _dt.timedelta(days=6)
    if rest is not None:  # "for the rest of the year": from the reference date to its end
        return Hit("dates", (ref, b), rest.start(), c.end(), qualifiable=False)
    whole = Hit("dates", (a, b), c.start(), c.end(), qualifiable=False)
    part = part_of(sc, whole)
    return part if part is not whole else None


def century(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the 21st century" (2000-2099), "the fifteenth century"."""
    if "century" not in sc.low[c.start():c.start() + 32]:
        return None  # cheap gate
    num = sc.number(c.start())
    if num is None or not num.ordinal or not 1 <= num.value <= 21:
        return None
    m = _CENTURY_AFTER.match(sc.low, num.end)
    if m is None or _BEFORE_CHRIST.match(sc.cased, m.end()):
        return None  # "the fourth century BC" runs from 400 to 301 BC: no year we can state
    first = (int(num.value) - 1) * 100
    return Hit("years", (max(first, 1), first + 99), num.start, m.end(), qualifiable=False)


_CENTURY_AFTER = re.compile(r"[\s-]+century(?![a-z])")
#: An era after a century: "the third century BC", "the 5th century BCE", "B.C.".
_BEFORE_CHRIST = re.compile(r"\s*(?:BCE?|B\.\s?C\.(?:E\.)?)(?![A-Za-z])")


_WEEK_NUMBER = re.compile(
    r"\s(?P<n>[1-5]?\d)(?![\d,.:]\d|[a-z])"
    r"(?:\s+of\s+(?:(?P<rel>this|next|last)\s+year(?![a-z])|(?:the\s+year\s+)?(?P<y>[12]\d{3})(?!\d))|(?P<of>\s+of\s)"
    r"|(?=\s*(?:\Z|[.,;:)!?\u00b6]|\s(?:and|to|through|until|till|-)\s)))")
#: A bare "week 5" straight after a preposition numbers the weeks of a season or a trial;
#: "in the week 31", "from week 31 to week 35", "week 6 of 2024" are weeks of the year.
_WEEK_AFTER_PREPOSITION = re.compile(r"(?:^|(?<=[^a-z]))(?:in|before|after|by|until|till|since|at|during|for|from|of|on)\s+\Z")
_WEEK_RANGE_NEXT = re.compile(r"\s*(?:-|to\s|through\s|until\s|till\s|and\s)")
_WEEK_NUMBER_NOT_AFTER = re.compile(r"(?:^|(?<=[^a-z]))(?:this|next|last|a|per|each|every|one|that|the\s+past|the\s+next)\s+\Z")


def week_number(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "week 31" (ISO 8601 week of the reference year), "week 3 of 2027", "week 27 of
    last year"."""
    m = _WEEK_NUMBER.match(sc.low, c.end())
    if m is None or m.group("of") or sc.left(_WEEK_NUMBER_NOT_AFTER, c.start(), 12):
        return None  # "week 3 of the trial" counts the trial's weeks; "this week 5 people"
    if not m.group("y") and not m.group("rel") and sc.left(_WEEK_AFTER_PREPOSITION, c.start(), 10) \
            and not _WEEK_RANGE_NEXT.match(sc.low, m.end("n")):
        return None  # "in Week 5" (a season's), "before week 12" (a trial's): no week of the calendar
    n = int(m.group("n"))
    ref = sc.reference()
    y = int(m.group("y")) if m.group("y") else ref.year + _periods_ahead(m.group("rel"))
    try:
        monday = _dt.date.fromisocalendar(y, n, 1)
    except ValueError:
        return None
    return Hit("dates", (monday, monday + _dt.timedelta(days=6)), c.start(), m.end(), qualifiable=False)


_AFTER_NEXT = re.compile(r"\s+after\s+(?:the\s+)?next(?![a-z])")
_THE_ONLY = re.compile(r"(?:^|(?<=[^a-z]))the\s+\Z")


def after_next(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the year after next", "the week after next", "the month after the next"."""
    word = c.group()
    a = _AFTER_NEXT.match(sc.low, c.end())
    t = sc.left(_THE_ONLY, c.start(), 5) if a is not None else None
    if t is None:
        return None
    ref = sc.reference()
    if word == "year":
        return Hit("year", ref.year + 2, t.start(), a.end(), qualifiable=False)
    if word == "month":
        y, mon = ref.year + (ref.month + 1) // 12, (ref.month + 1) % 12 + 1
        return Hit("dates", _month_span(y, mon), t.start(), a.end(), qualifiable=False)
    monday = _monday(ref) + _dt.timedelta(days=14)
    first = monday + _dt.timedelta(days=5 if word == "weekend" else 0)
    return Hit("dates", (first, monday + _dt.timedelta(days=6)), t.start(), a.end(), qualifiable=False)


#: A verb in the past before "the weekend" ("rallied over the weekend", "was held at the
#: weekend"): the latest weekend, not the coming one.
_PAST_VERB = re.compile(r"(?<![a-z'])(?!(?:hundred|indeed|sacred|naked|wicked|kindred|beloved|rugged)(?![a-z]))(?:[a-z]{2,}[^e\s]ed|was|were|had|did|said|saw|met|held|took|came|went|began|ran|"
                        r"made|spent|left|led|won|lost|fell|rose|grew|broke|drew|told|got|kept|sold|paid|hit|struck)(?![a-z'])")


def _past_sentence(low: str, start: int, end: int) -> bool:
    a = _sentence_start(low, start, 200)
    e = _SENTENCE_END.search(low, end, end + 200)
    return bool(_PAST_VERB.search(low, a, start)) and not _FUTURE.search(low, a, e.start() if e else min(len(low), end + 200))


#: "year to date", not "it took a year to date the fossils" (a verb with its object).
_TO_DATE = re.compile(r"[\s-]+to[\s-]+date(?![a-z])(?!\s+(?:the|a|an|it|them|this|that|these|those|his|her|their|its)(?![a-z]))")
_THE_OR_THIS = re.compile(r"(?:^|(?<=[^a-z]))(?:the|this)\s+\Z")


def relative(sc: Scan, c: re.Match) -> Optional[Hit]:
    word = c.group()
    ref = sc.reference()
    if word in ("year", "month") and sc.low.startswith(("-to", " to"), c.end()):
        t = _TO_DATE.match(sc.low, c.end())
        if t is not None and not sc.left(_AN_BEFORE, c.start(), 4):  # "year to date": from the first day of the year to the day before the reference date
            first = _dt.date(ref.year, ref.month if word == "month" else 1, 1)
            last = ref - _dt.timedelta(days=1)
            if last < first:
                return None
            the = sc.left(_THE_OR_THIS, c.start(), 6)
            return Hit("dates", (first, last), the.start() if the else c.start(), t.end(), qualifiable=False)
    if word != "today" and sc.low.startswith(" after", c.end()):
        h = after_next(sc, c)
        if h is not None:
            return h
    if word in L.RELATIVE_DAYS:
        if word == "tmr" and not sc.cased[c.start()].islower():
            return None  # "TMR", "Tmr": a name; "tmr", "tmrw", "Tmrw" are "tomorrow"
        shift = L.RELATIVE_DAYS[word]
        start = c.start()
        t = sc.left(_DAY_AFTER_BEFORE, start, 20) if word != "today" else None
        if t and (t.group("w") == "after") == (shift == 1):
            shift *= 2
            start = t.start()
        return Hit("date", ref + _dt.timedelta(days=shift), start, c.end(), qualifiable=False)
    if word == "week" and sc.low[c.end():c.end() + 1].isspace() and sc.low[c.end() + 1:c.end() + 2].isdigit():
        n = week_number(sc, c)
        if n is not None:
            return n  # else "this week 8am", "this week 5 people": the week itself
    if word in ("week", "weekend"):
        if word == "week" and _WEEKDAY_AFTER.match(sc.low, c.end()):
            return None  # "next week Monday": the weekday rule reads it
        if word == "weekend" and sc.low.startswith(" of ", c.end()):
            return None  # "the weekend of June 8" is read from the date (week_of); "the weekend of the vote" is no reference weekend
        w = sc.left(_WEEK_BEFORE, c.start(), 20)
        if w is None:
            if word == "week":
                return None
            w = sc.left(_THE_OR_THIS, c.start(), 6)
            if w is None:
                return None
            how = 0
            if w.group().startswith("the") and _past_sentence(sc.low, w.start(), c.end()):
                sat = ref - _dt.timedelta(days=(ref.weekday() - 5) % 7)  # "protests erupted over the weekend"
                return Hit("dates", (sat, sat + _dt.timedelta(days=1)), w.start(), c.end(), qualifiable=False)
        elif L.key(w.group("w")) in ("this past", "this coming"):
            past = L.key(w.group("w")) == "this past"
            if word == "week":
                how = -1 if past else 1
            else:  # "this past weekend": the latest one over; "this coming weekend": the next one to start
                sat = ref - _dt.timedelta(days=(ref.weekday() - 5) % 7)
                if past and sat + _dt.timedelta(days=1) >= ref:
                    sat -= _dt.timedelta(days=7)
                elif not past and sat <= ref:
                    sat += _dt.timedelta(days=7)
                return Hit("dates", (sat, sat + _dt.timedelta(days=1)), w.start(), c.end(), qualifiable=False)
        else:
            how = _periods_ahead(w.group("w"))
        monday = _monday(ref) + _dt.timedelta(days=7 * how)
        if word == "week":
            last = monday + _dt.timedelta(days=4 if w.groupdict().get("work") else 6)  # "this working week": Monday to Friday
            return Hit("dates", (monday, last), w.start(), c.end(), qualifiable=False)
        return Hit("dates", (monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6)), w.start(), c.end(), qualifiable=False)
    b = sc.left(_REL_BEFORE, c.start(), 14)
    if not b:
        return None
    shift = _periods_ahead(b.group("rel"))
    if word == "year":
        return _year_part(sc, Hit("year", ref.year + shift, b.start(), c.end(), qualifiable=False))
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
#: "next week between Wednesday and Friday", "Tuesday to Thursday next week": the first day
#: of a range of weekdays in a week named before or after the range.
_WD_RANGE_WEEK_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?P<w>this|next|last|previous|following)\s+week,?\s+(?:between|from)\s+\Z")
_WD_RANGE_WEEK_AFTER = re.compile(
    r"\s*(?:-\s*|\s(?:to|through|until|till|and)\s+)(?P<wd2>%s)" % L.alternation(L.WEEKDAYS) + _WD_WEEK_AFTER.pattern)
_WD_DATE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:%s|\d{1,2}[/.-]\d|[12]\d{3}-[01]\d-[0-3]\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:%s)"
                            r"|[a-z]+(?:-[a-z]+)?\s+of\s+(?:%s))" % (_MONTH_ALT, _MONTH_ALT, _MONTH_ALT))
#: "Friday the 13th", "Sunday 3" (not "Saturday 3 days from now", "Sunday 3 pm").
_WD_DAY_AFTER = re.compile(r",?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:/.,\u00bc-\u00be\u2150-\u215e-]|[a-z]|\s*[ap]\.?m(?![a-z])|\s+[a-z]+s(?<!ss)(?![a-z]))")
_WD_ABBR_DAY = re.compile(r"\.?,?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![a-z\d])(?!\s+(?:of\s+)?(?:%s))" % _MONTH_ALT)
#: "Wednesday the thirty-first"; not "Friday, the third in as many years" or "Monday, the
#: first day of talks": after a comma, or before a noun, an ordinal in words is an aside.
_WD_THE_AFTER = re.compile(r"\s+the\s+(?=[a-z])")
_NOT_DAY_AFTER = re.compile(r"\s+(?!(?:and|or|to|at|when|until|through|before|after)(?![a-z]))[a-z]")


_HOLIDAY_WEEKDAY_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:easter|good|black|cyber) \Z")


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
    ref = sc.reference()
    start, end = c.start(), c.end()
    if c.group() in L.WEEKDAY_ABBREVIATIONS:  # "Fri 14th": only capitalised, before a day
        d = _WD_ABBR_DAY.match(low, end)
        if d is None or not sc.cased[start].isupper():
            return None
        day = _nearest_with_day(ref, L.WEEKDAY_ABBREVIATIONS[c.group()], int(d.group("d")))
        return Hit("date", day, start, d.end(), qualifiable=False) if day else None
    wd = L.WEEKDAYS[c.group()]
    if _WD_DATE_AFTER.match(low, end):
        return None
    h = sc.left(_HOLIDAY_WEEKDAY_BEFORE, start, 8)
    if h is not None and (h.group() == "easter " or sc.cased[h.start()].isupper()):
        return None  # "Black Friday sales", "Easter Sunday services": a holiday's name, no weekday of this week
    d = _WD_DAY_AFTER.match(low, end)
    if d:
        day = _nearest_with_day(ref, wd, int(d.group("d")))
        if day:
            return Hit("date", day, start, d.end(), qualifiable=False)
    d = _WD_THE_AFTER.match(low, end)
    if d:  # "Wednesday the thirty-first"
        num = read_number(low, d.end())
        if num is not None and num.ordinal and num.words and 1 <= num.value <= 31 \
                and not _NOT_DAY_AFTER.match(low, num.end):
            day = _nearest_with_day(ref, wd, int(num.value))
            if day:
                return Hit("date", day, start, num.end, qualifiable=False)
    wk = _WD_WEEK_AFTER.match(low, end)
    b = None if wk else sc.left(_WD_WEEK_BEFORE, start, 22)
    if wk is None and b is None:
        r = _WD_RANGE_WEEK_AFTER.match(low, end)
        if r is not None and L.WEEKDAYS[r.group("wd2")] < wd:
            r = None  # "from Friday to Monday next week": from this Friday, across the weekend
        r = r or _WD_RANGE_WEEK_BEFORE.search(low, max(0, start - 32), start)
        if r is not None:  # the range itself is joined with the next weekday (join_dates)
            day = _monday(ref) + _dt.timedelta(days=7 * _periods_ahead(r.group("w")) + wd)
            return Hit("date", day, start, end, qualifiable=False)
    if wk or b:
        shift = _periods_ahead((wk or b).group("w"))
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
    if back:  # a weekday of a past event is the one before, of one to come the one after
        tense = clause_tense(low, start)  # ("met on Monday" in a Friday article, "will meet on Tuesday")
        ahead = back > 3 if tense is None else tense == "future"
    else:
        ahead = False  # the reference day itself
    day = ref + _dt.timedelta(days=7 - back) if ahead else ref - _dt.timedelta(days=back)
    return Hit("date", day, start, end, qualifiable=False)


_AGO = re.compile(
    r"\s+(?P<u>days?|weeks?|fortnight|months?|years?|decades?)\s+"
    r"(?P<w>ago|from\s+now|from\s+today|from\s+(?:tomorrow|tmrw)|from\s+yesterday|after\s+today|before\s+today|"
    r"before\s+yesterday|after\s+(?:tomorrow|tmrw)|earlier|before|later|after)(?![a-z])")
_UNIT_INITIALS = frozenset("dwfmy")
_ANCHORS = {"today": 0, "now": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}


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
        return compound_ago(sc, num) or in_units(sc, c)  # "in two weeks"
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
    return _offset_bound(sc, Hit("date", day, num.start, m.end(), qualifiable=False), ref, sign < 0)


_COMPOUND_UNIT = re.compile(r"\s+(?P<u>days?|weeks?|months?|years?)(?:\s*,\s*|\s+)(?:and\s+)?(?=[a-z\d])")
_AGO_WORD = re.compile(r"\s+(?P<w>days?|weeks?|months?|years?)\s+(?P<a>ago|from\s+now|from\s+today|before\s+today|after\s+today)(?![a-z])")


_AND_BEFORE = re.compile(r"\s*(?:,|and(?![a-z]))\s*")


def compound_ago(sc: Scan, num) -> Optional[Hit]:
    """ "1 month and 21 days ago", "two weeks, three days from now", "2 years 1 month 21
    days ago": the offsets added up (one figure, not a span and a date)."""
    low = sc.low
    window = low[num.end:num.end + 48]
    if "ago" not in window and "now" not in window and "today" not in window:
        return None  # cheap gate: no word that counts from the reference date follows
    if sc.floor and num.start - sc.floor < 8 and _AND_BEFORE.fullmatch(low, sc.floor, num.start):
        return None  # "the last 3 months and 2 weeks and 2 days ago": a list goes on, the last item is the date
    parts = []
    while len(parts) < 3:
        u = _COMPOUND_UNIT.match(low, num.end)
        if u is None:
            return None
        parts.append((num, u.group("u").rstrip("s")))
        num = read_number(low, u.end())
        if num is None or num.ordinal or not num.integer or not 1 <= num.value <= 1000:
            return None
        a = _AGO_WORD.match(low, num.end)
        if a is not None:
            break
    else:
        return None
    parts.append((num, a.group("w").rstrip("s")))
    if len({unit for _, unit in parts}) != len(parts):
        return None  # "3 days 4 days ago" is no one offset
    w = L.key(a.group("a")).split()
    sign = -1 if w[0] in ("ago", "before") else 1
    ref = sc.reference() + _dt.timedelta(days=_ANCHORS.get(w[-1], 0))
    day = ref
    for n, unit in sorted(parts, key=lambda p: "ymwd".index(p[1][0])):  # years and months first, then days
        kind, per = L.RELATIVE_UNITS[unit]
        day = _shift(day, kind, sign * int(n.value) * per)
        if day is None:
            return None
    return _offset_bound(sc, Hit("date", day, parts[0][0].start, a.end(), qualifiable=False), ref, sign < 0)


#: A bound on the time counted ("more than two weeks ago", "less than a month from now").
_OFFSET_BOUND = re.compile(
    r"(?:^|(?<=[^a-z]))(?P<q>(?:just\s+|well\s+)?(?:more\s+than|over)|upwards\s+of|(?:just\s+)?(?:less|fewer)\s+than"
    r"|just\s+under|under|at\s+least|no\s+less\s+than|not\s+less\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than)\s+\Z")


_OFFSET_SIDES = {"more than": "longer", "over": "longer", "upwards of": "longer", "less than": "shorter",
                 "fewer than": "shorter", "under": "shorter", "at least": "at_least", "no less than": "at_least",
                 "not less than": "at_least", "at most": "at_most", "no more than": "at_most", "not more than": "at_most"}


_OVER_PARTICLE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:t[ao]ken?|takes|took|taking|hand(?:s|ed)?|turn(?:s|ed)?|w[oi]n|c[ao]me|pass(?:es|ed)?|sign(?:s|ed)?"
    r"|pull(?:s|ed)?|blew|fell|r[au]n|went|go|move(?:s|d)?)\s+\Z")


def _offset_bound(sc: Scan, hit: Hit, anchor: _dt.date, past: bool) -> Hit:
    """ "more than two weeks ago" is before the day two weeks ago (below it); "at least a
    month from now" from that day on; "less than two weeks from today" the days between
    (today to the day before the one two weeks on, as "within two weeks")."""
    b = sc.left(_OFFSET_BOUND, hit.start, 24)
    if b is None:
        return hit
    q = " ".join(w for w in b.group("q").split() if w not in ("just", "well"))
    if q == "over" and sc.left(_OVER_PARTICLE, b.start(), 12):
        return hit  # "the rebels took over two weeks ago": a phrasal verb, no bound
    side = _OFFSET_SIDES[q]
    day = hit.value
    if side == "longer":  # "more than two weeks ago": before that day
        hit.qualifier = "below" if past else "above"
    elif side == "at_least":
        hit.qualifier = "at_most" if past else "at_least"
    else:  # "less than": a day between; "at most": that day or one between
        shorter = 1 if side == "shorter" else 0
        a, z = (day + _dt.timedelta(days=shorter), anchor) if past else (anchor, day - _dt.timedelta(days=shorter))
        if z < a:
            return hit
        hit = Hit("dates", (a, z), hit.start, hit.end, qualifiable=False)
    hit.start = b.start()
    return hit


_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d]|[/.-]\d)")
_NUMERIC_YMD = re.compile(r"(?P<y>[12]\d{3})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d]|[/.-]\d)")
#: "10/1/2018-10/7/2018", "10-1-2018-10-7-2018", "10/1-11/2/2017", "5/1-5/7, 2020".
_NUMERIC_RANGE = re.compile(
    r"(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?:(?P=s)(?P<y>[12]\d{3}))?\s*(?:-|\s(?:to|until|till|through)\s)\s*"
    r"(?P<c>\d{1,2})(?P=s)(?P<d>\d{1,2})(?:(?P=s)(?P<y2>[12]\d{3})|,\s*(?P<y3>[12]\d{3}))?(?![\d/.-]\d|\d)")
_NUMERIC_MD = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d|,\d)")
_MONTH_YEAR_NUMERIC = re.compile(r"(?P<m>\d{1,2})[/-](?P<y>[12]\d{3})(?![\d/.-]|,\d)|(?P<y2>[12]\d{3})[-./](?P<m2>\d{1,2})(?![\d/.-]|,\d)")
#: What makes a year and month written with a dot ("2015.3") a decimal: a word of
#: quantity after it ("2019.12 points", "1999.05 per 100,000"), or a sign of percent.
_QUANTITY_AFTER = re.compile(r"\s*(?:%|per(?![a-z])|(?:[a-z]+\s+)?(?:dollars?|euros?|pounds?|yen|cents?|points?|an?\s+(?:ounce|barrel|share|tonne|ton|bushel|pound|lb|unit)s?)(?![a-z]))")
_ON_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:on|by|until|till|since|before|after|from|to|between|%s),?\s+\Z" % L.alternation(L.WEEKDAYS))
#: "on 11/20, 11/22 or 11/25", "10/1-11/7": a month and day after another.
_MD_BEFORE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?:\s*(?:-|,)|\s+(?:or|and|to|until|till|through))\s*\Z")


def _md_listed(low: str, pos: int) -> bool:
    """Does a month and day read as a date ("on 11/20") come just before, alone or in a
    list ("on 11/20, 11/22 or 11/25", "from 10/1-11/7")?"""
    for _ in range(6):
        m = _MD_BEFORE.search(low, max(0, pos - 16), pos)
        if m is None:
            return False
        pos = m.start()
        if _ON_BEFORE.search(low, max(0, pos - 16), pos):
            return True
    return False


def _month_day(a: int, b: int, day_first: bool = False) -> tuple[int, int]:
    """Month and day of a numeric date: day first when the first cannot be a month
    ("21/04") or the text writes its dates day first, else month first, as in American
    usage ("05/06" is May 6)."""
    return (b, a) if a > 12 or day_first and b <= 12 else (a, b)


#: Numeric dates that can only be read one way: day first ("13/05/2024") or month first
#: ("05/13/2024").
_DAY_FIRST = re.compile(r"(?<![\d/.-])(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:\d{4}|\d{2})(?![\d/])")
_MONTH_FIRST = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.](?:1[3-9]|2\d|3[01])[/.](?:\d{4}|\d{2})(?![\d/])")


def _day_first(sc: Scan) -> bool:
    """Does the text write numeric dates day first? Yes where one of them can only be read
    that way ("13/05/2024", a British or Australian text) and none only month first."""
    if sc.day_first is None:
        sc.day_first = _DAY_FIRST.search(sc.low) is not None and _MONTH_FIRST.search(sc.low) is None
    return sc.day_first


def numeric_date(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "05/06/2016" (May 6: month first unless the first number exceeds 12), "21/04/2016",
    "13.5.2015", "2015.5.13", "9-18-15", and "on 4/22" (a month and day after 'on')."""
    low = sc.low
    pos = c.start()
    sep = low[pos + 1:pos + 3]
    if not ("/" in sep or "-" in sep or "." in sep) and low[pos + 4:pos + 5] not in ("/", ".", "-"):
        return None  # cheap gate
    r = _NUMERIC_RANGE.match(low, pos) if low[pos + 1:pos + 2] in _SEPS or low[pos + 2:pos + 3] in _SEPS else None
    if r is not None and (r.group("y2") or r.group("y3") or r.group("s") == "/" and not r.group("y") and sc.left(_ON_BEFORE, pos, 16)) \
            and (r.group("s") == "/" or r.group("y") and r.group("y2")):
        ys = [int(r.group(g)) if r.group(g) else None for g in ("y", "y2", "y3")]
        y2 = ys[1] or ys[2] or sc.reference().year
        df = _day_first(sc)
        (m1, d1), (m2, d2) = _month_day(int(r.group("a")), int(r.group("b")), df), _month_day(int(r.group("c")), int(r.group("d")), df)
        a, b = _date(ys[0] or y2, m1, d1), _date(y2, m2, d2)
        if a is not None and b is not None and a > b and not ys[0]:
            a = _date(y2 - 1, m1, d1)  # "12/23-1/2, 2025" starts in 2024
        if a is not None and b is not None and a <= b:
            return Hit("dates", (a, b), _range_start(sc, pos), r.end(), qualifiable=False)
    m = _NUMERIC.match(low, pos)
    if m and not (m.group("s") == "." and len(m.group("y")) == 2):
        y = int(m.group("y"))
        if y < 100:  # "3-7-27" is 2027, "03/18/40" 1940: the usual pivot at 30
            y += 2000 if y < 30 else 1900
        mon, d = _month_day(int(m.group("a")), int(m.group("b")), _day_first(sc))
        day = _date(y, mon, d)
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    m = _NUMERIC_YMD.match(low, pos)
    if m and m.group("s") != "-" or (m and len(m.group("m")) + len(m.group("d")) < 4):
        day = _date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    m = _NUMERIC_MD.match(low, pos)
    if m and m.end() - pos == 4 and low.startswith("9/11", pos):
        return None  # "after 9/11", "since 9/11": the attacks of 2001, named; no date of this year
    if m and (sc.left(_ON_BEFORE, pos, 16) or _md_listed(low, pos)
              or (m.group("a")[0] == "0" or m.group("b")[0] == "0") and len(m.group("a")) == len(m.group("b")) == 2):
        mon, d = _month_day(int(m.group("a")), int(m.group("b")), _day_first(sc))
        day = _date(sc.reference().year, mon, d)
        return Hit("date", day, pos, m.end(), qualifiable=False) if day else None
    if m and low.startswith(("this ", "next "), pos - 5):
        h = _this_next_md(sc, m)
        if h is not None:
            return h
    return numeric_with_month(sc, c)  # "05-Aug-2016", "2019/sep/01"


_THIS_NEXT_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>this|next)\s+\Z")
#: What may follow "this 5/12" for it to be a date: the end of a clause or a word that
#: joins it to another time, not a noun ("this 2/3 majority", "the next 1/2 mile").
_MD_CLAUSE_END = re.compile(r"\s*(?:\Z|[.,;:!?)]|(?:to|until|till|through|and|or|at|with|for|from|in|on)(?![a-z]))")


def _this_next_md(sc: Scan, m: re.Match) -> Optional[Hit]:
    """ "this 5/12" (that day of the reference year), "next 5/12" (the first after the
    reference date)."""
    w = sc.left(_THIS_NEXT_BEFORE, m.start(), 6)
    if w is None or not _MD_CLAUSE_END.match(sc.low, m.end()):
        return None
    mon, d = _month_day(int(m.group("a")), int(m.group("b")), _day_first(sc))
    ref = sc.reference()
    day = _date(ref.year, mon, d)
    if day is not None and w.group("w") == "next" and day <= ref:
        day = _date(ref.year + 1, mon, d)
    return Hit("date", day, w.start(), m.end(), qualifiable=False) if day else None


#: "Friday 7-6", "Friday, 7.6": a month and day with a dash or a dot after a weekday, a
#: date only where that day falls on that weekday (else a score: "won Friday 7-6").
_WEEKDAY_MD_AT = r"(?:(?<=day\s)|(?<=day,\s))\d{1,2}[.-]\d{1,2}(?![\d.,-]\d|\d)"
_WEEKDAY_MD = re.compile(r"(?P<a>\d{1,2})[.-](?P<b>\d{1,2})(?![\d.,-]\d|\d)(?!\s*(?:%%|(?:%s)(?![a-z])))" % L.alternation(
    ["per", "percent", "points", "point", "pts", *L.SCALES, "bn", "m", "mn", "k"]))
_WEEKDAY_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<wd>%s),?\s+\Z" % L.alternation(L.WEEKDAYS))


def weekday_numeric(sc: Scan, c: re.Match) -> Optional[Hit]:
    m = _WEEKDAY_MD.match(sc.low, c.start())
    w = sc.left(_WEEKDAY_BEFORE, c.start(), 12) if m else None
    if w is None:
        return None
    wd = L.WEEKDAYS[w.group("wd")]
    mon, d = _month_day(int(m.group("a")), int(m.group("b")), _day_first(sc))
    ref = sc.reference()
    day = min((x for x in (_date(y, mon, d) for y in (ref.year - 1, ref.year, ref.year + 1)) if x),
              key=lambda x: abs(x - ref), default=None)
    if day is None or day.weekday() != wd or abs((day - ref).days) > 31:
        return None  # a date a weekday names lies near the article's; else a score or a figure
    return Hit("date", day, m.start(), m.end(), qualifiable=False)


def numeric_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "3/2015", "12-2015", "2015-3": a month of a year."""
    low, pos = sc.low, c.start()
    if not (low[pos + 1:pos + 2] in ("/", "-") or low[pos + 2:pos + 3] in ("/", "-") or low[pos + 4:pos + 5] in ("-", ".", "/")):
        return None  # cheap gate
    m = _MONTH_YEAR_NUMERIC.match(low, pos)
    if not m or _after_currency(sc, pos):
        return None  # "$2956.12 an ounce": an amount
    mon = int(m.group("m") or m.group("m2"))
    y = int(m.group("y") or m.group("y2"))
    if not 1 <= mon <= 12:
        return None
    if m.group("y2") and low[m.end("y2")] == "." and (not 1800 <= y <= 2100 or _QUANTITY_AFTER.match(low, m.end())):
        return None  # "2019.12 points", "2956.12 dollars", "1999.05 per 100,000": a decimal number
    return Hit("dates", _month_span(y, mon), m.start(), m.end(), qualifiable=False)


_MONTH_WORD_DAY = re.compile(MON + r"\s+(?:the\s+)?(?=[a-z])")
_OF_MONTH = re.compile(r"\s+(?:day\s+)?of\s+" + MON + r"(?:" + YSEP + YEAR + r")?")


_ZERO_UNIT = re.compile(r"\s+(?:zero|oh|o)[\s-]+(?P<u>one|two|three|four|five|six|seven|eight|nine)(?![a-z])")
_UNIT_VALUES = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))}
_SPELLED_YEAR_BEFORE = re.compile(r"(?:\s*,)?\s+(?:of\s+|in\s+)?")
#: Words that may follow a year in words; any other word makes it a count ("two thousand people").
_AFTER_YEAR_OK = frozenset({"and", "or", "but", "to", "in", "on", "at", "when", "as", "the", "was", "were", "is", "he",
                            "she", "they", "we", "it", "i", "until", "till", "through", "after", "before", "with"})
_WORD_AFTER = re.compile(r"\s+(?P<w>[a-z]+)")


def spelled_year(low: str, pos: int, round_ok: bool = True) -> Optional[tuple[int, int]]:
    """A year in words at ``pos``: "nineteen ninety-six", "two thousand and fifteen",
    "seventeen hundred thirty three", "nineteen oh one" -> (year, end). Not when a noun
    follows ("two thousand and fifteen people"); a round "two thousand" only if
    ``round_ok``."""
    num = read_number(low, pos)
    if num is None or not num.words or not num.integer or num.ordinal:
        return None
    year, end = int(num.value), num.end
    if 1000 <= year <= 2199:
        if not round_ok and year % 100 == 0:
            return None
    elif 10 <= year <= 21:  # "nineteen ninety-six": hundreds, then the rest
        z = _ZERO_UNIT.match(low, end)
        if z is not None:
            year, end = year * 100 + _UNIT_VALUES[z.group("u")], z.end()
        else:
            sp = _skip(low, end)
            rest = read_number(low, sp) if sp > end else None
            if rest is None or not rest.words or not rest.integer or rest.ordinal or not 10 <= rest.value <= 99:
                return None
            year, end = year * 100 + int(rest.value), rest.end
    else:
        return None
    w = _WORD_AFTER.match(low, end)
    if w is not None and w.group("w") not in _AFTER_YEAR_OK:
        return None
    return year, end


def _skip(low: str, pos: int) -> int:
    while pos < len(low) and low[pos] in " \t\n-":
        pos += 1
    return pos


def _with_spelled_year(sc: Scan, hit: Optional[Hit]) -> Optional[Hit]:
    """ "13 Sept nineteen seventy two", "October two thousand and five": a date or month
    written without a year in digits takes a year in words after it."""
    if hit is None or _EXPLICIT_YEAR.search(sc.low, hit.start, hit.end):
        return hit
    b = _SPELLED_YEAR_BEFORE.match(sc.low, hit.end)
    if b is None or not sc.low[b.end():b.end() + 1].isalpha():
        return hit
    y = spelled_year(sc.low, b.end())
    if y is None:
        return hit
    if hit.kind == "date":
        value = _with_year(hit.value, y[0])
    else:
        value = (_with_year(hit.value[0], y[0]), _with_year(hit.value[1], y[0], month_end=True))
        if None in value:
            return None
    if value is None:
        return hit
    return Hit(hit.kind, value, hit.start, y[1], qualifiable=False)


_MONTH_NEAR = re.compile(r"\s(?:%s)" % _MONTH_ALT)
_WORD_DAY_MONTH = re.compile(r"\s+(?:of\s+)?" + MON)
_DIGIT_YEAR_AFTER = re.compile(YSEP + YEAR)


def word_day_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "twenty-five January nineteen eighty-six", "fifteen August 1993": a day in words
    before the month, when a year follows (without one, "two March rallies" counts)."""
    if c.group() not in _DAY_WORDS or not _MONTH_NEAR.search(sc.low, c.end(), c.end() + 24):
        return None  # cheap gate: a month name within a few words
    num = sc.number(c.start())
    if num is None or not num.words or not num.integer or num.ordinal or not 1 <= num.value <= 31:
        return None
    m = _WORD_DAY_MONTH.match(sc.low, num.end)
    if m is None or not _month_ok(sc, m):
        return None
    mon = _month(m)
    y = _DIGIT_YEAR_AFTER.match(sc.low, m.end())
    if y is not None:
        w = _WORD_AFTER.match(sc.low, y.end())
        if w is not None and (_plural(w.group("w")) or w.group("w") in L.IRREGULAR_PLURALS):
            return None  # "two May 2020 reports"
        day = _date(int(y.group("y")), mon, int(num.value))
        return Hit("date", day, num.start, y.end(), qualifiable=False) if day else None
    hit = _with_spelled_year(sc, Hit("date", _dt.date(2000, mon, 1), num.start, m.end(), qualifiable=False))
    if hit is None or hit.end == m.end():
        return None
    day = _date(hit.value.year, mon, int(num.value))
    return Hit("date", day, num.start, hit.end, qualifiable=False) if day else None


_DAY_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty"})
_YEAR_WORDS_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:in|since|by|until|till|from|to|before|after|during|year)\s+\Z")


def year_in_words(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "in nineteen ninety-six", "since two thousand and fifteen": a year in words after
    a word that introduces one."""
    if not sc.left(_YEAR_WORDS_BEFORE, c.start(), 8):
        return None
    y = spelled_year(sc.low, c.start(), round_ok=False)
    if y is None:
        return None
    return Hit("year", y[0], c.start(), y[1], qualifiable=False)


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
    day = _date(year, _month(m), int(num.value))
    if not day:
        return None
    return _with_spelled_year(sc, Hit("date", day, m.start(), y.end() if y else num.end, qualifiable=False))


def ordinal_of_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the second of August", "twenty-second of June 2017", "fourth of July"; through
    ``century``, "the twenty-first century"."""
    num = sc.number(c.start())
    if num is None or not num.ordinal or not 1 <= num.value <= 31:
        return None
    if "century" in sc.low[num.end:num.end + 12]:
        return century(sc, c)
    w = nth_weekday(sc, c)  # "the first Monday of October"
    if w is not None:
        return w
    m = _OF_MONTH.match(sc.low, num.end)
    if not m or not _month_ok(sc, m):
        return None
    y = int(m.group("y")) if m.group("y") else sc.reference().year
    day = _date(y, _month(m), int(num.value))
    if not day:
        return None
    return _with_spelled_year(sc, Hit("date", day, num.start, m.end(), qualifiable=False))


_THE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:on(?:\s+the)?|week\s+(?:of|beginning|starting|commencing)\s+the)\s+\Z")
_OF_REL_MONTH = re.compile(r"\s+(?:(?:day\s+)?of\s+)?(?P<rel>this|next|last|the\s+previous|the\s+following|previous|following)\s+month(?![a-z])")


def _rel_month(sc: Scan, rel: str) -> tuple[int, int]:
    ref = sc.reference()
    month = ref.month - 1 + _periods_ahead(rel)
    return ref.year + month // 12, month % 12 + 1


#: "adjourned until the 15th.", "set for the 27th.", "closed since the 3rd.": a day of the
#: month alone, at the end of its clause ("for the 27th time" is a rank).
_DAY_ALONE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>for|until|till|by|since|before|after)\s+(?P<the>the)\s+\Z")
_DAY_ALONE_AFTER = r"\s*(?:[.!?;,)]|\Z)"
_DAY_ALONE_END = re.compile(_DAY_ALONE_AFTER)


def day_alone(sc: Scan, num) -> Optional[Hit]:
    """The day of the month that ``num`` names after "for the", "until the", …: the one the
    preposition points to ("since": the latest on or before the reference date; "until",
    "by", "before": the first on or after it), else the one its sentence's tense points
    to, else the nearest."""
    if not 1 <= num.value <= 31 or num.decimal or not _DAY_ALONE_END.match(sc.low, num.end):
        return None
    b = sc.left(_DAY_ALONE_BEFORE, num.start, 12)
    if b is None or sc.floor and b.start() - sc.floor <= 2:
        return None  # "from April 9 till the 17th": the end of a range (join_day)
    if num.words and b.group("w") in ("after", "before"):
        return None  # "tied 1-1 after the first": a period of a game
    ref = sc.reference()
    days = [d for d in (_date(y, m, int(num.value)) for y, m in (
        ((ref.year * 12 + ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1) for k in (-1, 0, 1))) if d]
    w = b.group("w")
    if w == "since":
        way = "back"
    elif w in ("until", "till", "by", "before"):
        way = "ahead"  # "was adjourned until the 15th": the day it waits for
    else:
        tense = _tense(sc.low, num.start, num.end)
        way = "back" if tense == "past" else "ahead" if tense == "future" else None
    if way == "back":
        days = [d for d in days if d <= ref]
    elif way == "ahead":
        days = [d for d in days if d >= ref]
    if not days:
        return None
    day = min(days, key=lambda d: abs(d - ref))
    return Hit("date", day, b.start("the"), num.end, qualifiable=False)


def day_alone_rule(sc: Scan, c: re.Match) -> Optional[Hit]:
    """An ordinal in words ("until the twenty-second."); a cardinal is no day here ("doctors
    cared for the 12.": a group)."""
    num = sc.number(c.start())
    if num is None or num.scaled or not num.ordinal:
        return None
    return day_alone(sc, num)


def day_of_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "on the 18th" (of the reference month), "the 20th of next month"; and, through
    ``period`` and ``nth_weekday``, "the 3rd week of January", "the 2nd Monday of May"."""
    num = sc.number(c.start())
    if num is None or not num.ordinal or not 1 <= num.value <= 31:
        return None
    p = period(sc, c) or nth_weekday(sc, c) or century(sc, c)
    if p is not None:
        return p
    m = _OF_MONTH.match(sc.low, num.end) if sc.low.startswith(" day", num.end) else None
    if m is not None and _month_ok(sc, m):  # "the 15th day of June" ("15th of June" is day_month's)
        day = _date(int(m.group("y")) if m.group("y") else sc.reference().year, _month(m), int(num.value))
        t = sc.left(_SPAN_THE, num.start, 5)
        return Hit("date", day, t.start() if t else num.start, m.end(), qualifiable=False) if day else None
    r = _OF_REL_MONTH.match(sc.low, num.end)
    if r:
        y, mon = _rel_month(sc, r.group("rel"))
        t = sc.left(re.compile(r"the\s+\Z"), num.start, 5)
        day = _date(y, mon, int(num.value))
        return Hit("date", day, t.start() if t else num.start, r.end(), qualifiable=False) if day else None
    if sc.left(_THE_BEFORE, num.start, 24) and not sc.low[num.end:num.end + 2].strip(" ").startswith(("o", "a")) \
            and not re.match(r"\s+[a-z]", sc.low[num.end:num.end + 3]):
        ref = sc.reference()
        day = _date(ref.year, ref.month, int(num.value))
        t = sc.left(_SPAN_THE, num.start, 5)
        return Hit("date", day, t.start() if t else num.start, num.end, qualifiable=False) if day else None
    return day_alone(sc, num)


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
    r"(?:^|(?<=[^a-z]))(?P<w>in|since|until|till|by|during|from|through|of|for|before|after|early|late|mid|end\s+of|between|to|and|"
    r"start\s+of|beginning\s+of|this|next|last|the\s+coming|the\s+past)[\s-]+\Z")
#: Three-letter months that are also words or names: a month alone only with a full stop.
_WORD_ABBREVIATIONS = frozenset({"jan", "mar"})
#: Words before a month alone that move it to another year ("next June", "last March").
_MONTH_SHIFT_WORDS = frozenset({"this", "next", "last", "the coming", "the past"})


_MONTH_QUARTER = re.compile(MON + r"[\s-]+quarter(?![a-z-])(?:\s+of\s+(?P<y>[12]\d{3})(?!\d))?")


def month_quarter(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the June quarter" (April to June), "the September quarter of 2023": the quarter
    that ends with the month named."""
    if not sc.low.startswith("quarter", c.end() + 1) and not sc.low.startswith("quarter", c.end() + 2):
        return None  # cheap gate
    m = _MONTH_QUARTER.match(sc.low, c.start())
    if m is None or not sc.cased[m.start()].isupper() or not sc.left(_THE_ONLY, m.start(), 5):
        return None
    y = int(m.group("y")) if m.group("y") else sc.reference().year
    last = _month_span(y, _month(m))[1]
    return Hit("dates", (_months_to(last, 3, True), last), m.start(), m.end(), qualifiable=False)


#: A dash and a month after a month: the first month of a range ("May-June").
_MONTH_RANGE_AFTER = re.compile(r"[-\u2013](?=" + MON + r"(?![a-z]))")


def month_alone(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "in August" (that month of the reference year), "next June", "last March"."""
    m = re.compile(MON).match(sc.low, c.start())
    if not m:
        return None
    word = m.group("mon").rstrip(".")
    b = sc.left(_MONTH_BEFORE, m.start(), 14)
    cased = sc.cased[m.start()].isupper()
    if word in L.AMBIGUOUS_MONTHS and (not cased or b is None and not _MONTH_RANGE_AFTER.match(sc.low, m.end())
                                       or len(word) == 3 and word in _WORD_ABBREVIATIONS
                                       and not m.group().endswith(".")):
        return None  # "may", "march", "Jan" (a name), "Mar": months only in date shape
        # (a range of months is one: "the May-June quarter", "March–April")
    if word not in L.AMBIGUOUS_MONTHS and b is None and not cased:
        return None
    mon = L.MONTHS[word]
    ref = sc.reference()
    y = ref.year
    start = m.start()
    if b is not None and L.key(b.group("w")) in _MONTH_SHIFT_WORDS:
        how = _periods_ahead(b.group("w"))
        if how == 1:
            y = ref.year if mon > ref.month else ref.year + 1
        elif how == -1:
            y = ref.year if mon < ref.month else ref.year - 1
        start = b.start()
    end = m.end()
    r = _REL_YEAR_AFTER.match(sc.low, end) if sc.low[end:end + 1].isspace() else None
    if r is not None:  # "in June next year", "March last year"
        y = ref.year + _periods_ahead(r.group("rel"))
        end = r.end()
        return Hit("dates", _month_span(y, mon), start, end, qualifiable=False)
    return _with_spelled_year(sc, Hit("dates", _month_span(y, mon), start, end, qualifiable=False))


_REL_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>this|next|last)\s+year(?![a-z])")


_YEAR_MONTH = re.compile(YEAR + r"\s*,?\s+" + MON)
_YEAR_QUARTER = re.compile(YEAR + r"\s*[- ]?\s*(?P<h>q|h)(?P<n>[1-4])(?![a-z\d])")


def year_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "2016 June", "2017-Q1", "2019 H2"."""
    if not _four_digits(sc, c.start()):
        return None
    low = sc.low
    nxt = low[c.start() + 4:c.start() + 6]
    if not nxt or (nxt[0] not in "-,qh" and not nxt[0].isspace()) or (nxt[-1:].isdigit() and nxt[0] not in "qh"):
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
    return Hit("dates", _month_span(int(m.group("y")), _month(m)), m.start(), m.end(), qualifiable=False)



# --- two date figures joined into one range, or a span counted from a date -------------
# Called by the engine with the figure just read and the one before it.

#: A weekday before the second date of a range: "from Friday, September 20 to Sunday,
#: September 22", "from this friday 5/12 to next sunday 5/20".
_JOIN_WEEKDAY = r"(?:(?:this|next|last)\s+)?(?:%s|%s\.?)(?:,\s*|\s+)" % (
    L.alternation(L.WEEKDAYS), L.alternation(L.WEEKDAY_ABBREVIATIONS))
#: A day after a month that the month does not have ("to Nov. 31 by phone"): the month
#: alone, read as the whole month, must not end a range. Before a word that a number can
#: count ("to February 30 people") the number is no day.
_NO_SUCH_DAY = re.compile(
    r"[ \u00a0](?:(29|3[01])(?:st|th)?(?:,?[ \u00a0](?P<year>\d{4}))?(?![\w%.,]\d)(?![ \u00a0]*[a-z])"
    r"|(29|3[01])(?:st|th)?(?=[ \u00a0]+(?:by|and|or|to|at|in|on|for|from|with|when|until|as|the|this|next"
    r"|last|that|a|an|is|was|were|are|will|would|said|after|before|but|while|because|if)\b))")
_JOIN_TO = re.compile(r"\s*(?:(?P<dash>-|~)|,?\s*(?P<w>to|until|till|through|thru|and)\s)\s*(?:the\s+|%s)?" % _JOIN_WEEKDAY)
#: "from Friday, September 20 to ...": the range starts at "from" before the weekday.
_BEFORE_RANGE_WEEKDAY = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>from|between)\s+%s\Z" % _JOIN_WEEKDAY)
_JOIN_SHIFT = re.compile(r",?\s+(?P<w>after|before|from|later\s+than|earlier\s+than|(?:starting|beginning|commencing)(?:\s+(?:on|from))?)\s+")
_EXPLICIT_YEAR = re.compile(r"[1-9]\d{3}(?!\d)|'\d\d")
_YEARLESS = re.compile(r"(?:%s)|\d{1,2}/\d{1,2}" % _MONTH_ALT)
DATE_KINDS = frozenset({"date", "dates", "year", "years"})


def _span_of(hit: Hit) -> tuple[_dt.date, _dt.date]:
    v = hit.value
    if hit.kind == "date":
        return v, v
    if hit.kind == "dates":
        return v
    if hit.kind == "year":
        return _dt.date(v, 1, 1), _dt.date(v, 12, 31)
    return _dt.date(v[0], 1, 1), _dt.date(v[1], 12, 31)


def _with_year(d: _dt.date, y: int, month_end: bool = False) -> Optional[_dt.date]:
    """``d`` moved to year ``y``; with ``month_end`` (the end of a whole month), the last
    day of February stays the last."""
    if not 1 <= y <= 9999:
        return None
    last = calendar.monthrange(y, d.month)[1]
    if month_end and d.month == 2 and d.day == calendar.monthrange(d.year, 2)[1]:
        return _dt.date(y, 2, last)
    return _date(y, d.month, min(d.day, last))


_BEFORE_RANGE_THE = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>from|between)\s+(?:the\s+)?\Z")


def join_day(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "April 9th through the 17th", "from the ninth till the 17th of April", "from 4 to
    January 22": a day of the month on one side of a date range."""
    low = sc.low
    j = _JOIN_TO.fullmatch(low, prev.end, hit.start)
    if j is None:
        return None
    o = _BEFORE_RANGE_THE.search(low, max(0, prev.start - 14), prev.start)
    if j.group("w") == "and" and not (o and o.group("w") == "between"):
        return None
    if prev.kind == "date":
        if hit.kind != "ordinal" or not isinstance(hit.value, int) or not 1 <= hit.value <= 31:
            return None
        a = prev.value
        b = _date(a.year, a.month, hit.value)
        if b is not None and b < a:
            b = _date(a.year + a.month // 12, a.month % 12 + 1, hit.value)
        start = o.start() if o else prev.start
    else:
        if not isinstance(prev.value, int) or not 1 <= prev.value <= 31 or hit.kind != "date":
            return None
        if prev.kind == "number" and o is None:
            return None  # "4 to January 22" needs "from" or "between"
        b = hit.value
        a = _date(b.year, b.month, prev.value)
        if a is not None and a > b:
            if j.group("dash"):
                return None  # "24-22 September": no range runs backwards within a month
            a = _date(b.year - (b.month == 1), (b.month - 2) % 12 + 1, prev.value)
        start = o.start() if o else prev.start
        t = _SPAN_THE.search(low, max(0, start - 4), start)
        if t and o is None:
            start = t.start()
    if a is None or b is None or b < a:
        return None
    return Hit("dates", (a, b), start, hit.end, qualifiable=False)


_IN_YEAR = re.compile(r"\s+(?:in|of)\s+")


def _in_year(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "from April to June in 2017": a year after a range of days or months written
    without one is its year."""
    if hit.kind != "year" or prev.kind != "dates" or not _IN_YEAR.fullmatch(sc.low, prev.end, hit.start):
        return None
    text = sc.low[prev.start:prev.end]
    if _EXPLICIT_YEAR.search(text) or not _YEARLESS.search(text):
        return None
    a, b = prev.value
    shift = hit.value - b.year
    a2, b2 = _with_year(a, a.year + shift), _with_year(b, hit.value, month_end=a.day == 1)
    if a2 is None or b2 is None or b2 < a2:
        return None
    return Hit("dates", (a2, b2), prev.start, hit.end, qualifiable=False)


def join_dates(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "from 1 January to 22 January", "between 2007 and the end of 2008", "Nov 18 2014-Dec 19
    2015", "from next Monday to Friday", "today till tomorrow": one range (the first day of the
    first figure to the last day of the second)."""
    low = sc.low
    j = _JOIN_TO.fullmatch(low, prev.end, hit.start)
    if j is None:
        return _in_year(sc, prev, hit)
    o = _BEFORE_RANGE.search(low, max(0, prev.start - 10), prev.start)
    if o is None and low[prev.start - 1:prev.start] in (" ", ","):
        o = _BEFORE_RANGE_WEEKDAY.search(low, max(0, prev.start - 32), prev.start)
    if j.group("w") == "and" and not (o and o.group("w") == "between"):
        return None  # "in 2022 and 2023" lists two years
    if j.group("dash") and prev.kind in ("year", "years") and hit.kind in ("year", "years"):
        return None  # year ranges are read whole by their own rule
    a, a_end = _span_of(prev)
    b_start, b = _span_of(hit)
    prev_text, hit_text = low[prev.start:prev.end], low[hit.start:hit.end]
    if hit.kind == "dates" and b_start.day == 1 and b.day > 27:
        d = _NO_SUCH_DAY.match(low, hit.end)
        year = int(d.group("year")) if d is not None and d.group("year") else b.year
        if d is not None and calendar.monthrange(year, b.month)[1] < int(d.group(1) or d.group(3)):
            return None  # "from Nov. 28 to Nov. 31": a slip for a day, not to the end of November
    if hit.kind in ("year", "years") or _EXPLICIT_YEAR.search(hit_text):
        if not _EXPLICIT_YEAR.search(prev_text) and prev.kind in ("date", "dates") and _YEARLESS.search(prev_text):
            # "from Feb 1st to March 2019": the first takes the year of the second
            a2 = _with_year(a, b.year)
            if a2 is not None and a2 > b:
                a2 = _with_year(a, b.year - 1)
            if a2 is None:
                return None
            a = a2
    if hit_text.strip() in L.WEEKDAYS:
        b = a + _dt.timedelta(days=(b.weekday() - a.weekday()) % 7)  # "from next Monday to Friday"
    if (b < a or prev.kind in ("date", "dates") and _EXPLICIT_YEAR.search(prev_text) and _YEARLESS.search(hit_text)
            and b.year > a_end.year + 1) \
            and not _EXPLICIT_YEAR.search(hit_text) and hit.kind in ("date", "dates"):
        # "from Dec 28 to Jan 3"; "from March 1, 2023 to Feb 28" ends in 2024, not in the reference year
        b = _with_year(b, a.year + (1 if _with_year(b, a.year) < a else 0), month_end=b_start.day == 1 and hit.kind == "dates")
    if b is None or b < a:
        return None
    start = o.start() if o else prev.start
    if prev.kind in ("year", "years") and hit.kind in ("year", "years"):
        return Hit("years", (a.year, b.year), start, hit.end, qualifiable=False)
    return Hit("dates", (a, b), start, hit.end, qualifiable=False)


_FOR_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))for\s+\Z")


_SPAN_TO = re.compile(r"\s+(?:to|through|ended|ending)\s+")
_THE_SPAN_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))the\s+(?:(?:first|last|past|latest|previous)\s+)?\Z")


def span_to(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "the 12 months to June 2024", "the three months ended September 30", "the four
    weeks to Sept. 7": the span that ends with the date or month named."""
    j = _SPAN_TO.match(sc.low, prev.end)
    n = prev.value * 12 if prev.unit == "year" else prev.value  # "the half-year to June": six months
    if j is None or j.end() != hit.start or prev.unit not in ("day", "week", "month", "year") \
            or not isinstance(n, (int, float)) or n < 1 or n != int(n):
        return None
    t = _THE_SPAN_BEFORE.search(sc.low, max(0, prev.start - 16), prev.start)
    if t is None:
        return None  # "it took two weeks to June 5", "from three months to June"
    a, b = _span_of(hit)
    if _END_OF.match(sc.low, hit.start):  # "the three months to the end of June": to its last day
        a = b.replace(day=1)
    if hit.kind == "dates" and not (_whole_months(a, b) and a.month == b.month and a.year == b.year):
        return None
    n = int(n)
    if prev.unit in ("day", "week"):
        first = b - _dt.timedelta(days=n * (7 if prev.unit == "week" else 1) - 1)
    else:
        first = _months_to(b, n, _whole_months(b.replace(day=1), b))
    return Hit("dates", (first, b), t.start(), hit.end, qualifiable=False, rule="the <n> months to <month> | ended <date>")


def shift_date(sc: Scan, prev: Hit, hit: Hit) -> Optional[Hit]:
    """ "two weeks before May 13, 1999", "16 days from 01/02/2018", "three months after
    next Friday": a duration counted from a date is a date."""
    if prev.qualifier != "exact" or hit.kind not in ("date", "dates"):
        return None
    if sc.low.startswith((" to", " through", " end"), prev.end):
        return span_to(sc, prev, hit)
    if hit.kind != "date" or not isinstance(prev.value, int):
        return None
    j = _JOIN_SHIFT.match(sc.low, prev.end)
    if j is None or j.end() != hit.start:
        return None
    sign = -1 if j.group("w").startswith(("before", "earlier")) else 1
    unit = prev.unit
    for_before = _FOR_BEFORE.search(sc.low, max(0, prev.start - 5), prev.start) is not None
    if sc.low[prev.end:prev.end + 1] == "," and not for_before:
        return None  # "two weeks, from May 13" is no shift
    if for_before and j.group("w") == "from" or j.group("w").startswith(("starting", "beginning", "commencing")):
        # "for two weeks starting May 20", "for ten days from 3 July": the span from that day
        end = _add(hit.value, unit, prev.value) if unit in ("day", "week", "month", "year") else None
        if end is None or prev.value < 1:
            return None
        return Hit("dates", (hit.value, end - _dt.timedelta(days=1)), prev.start, hit.end, qualifiable=False)
    n = sign * prev.value
    if unit in ("day", "week"):
        day = hit.value + _dt.timedelta(days=n * (7 if unit == "week" else 1))
    elif unit in ("month", "year"):
        day = _shift(hit.value, "months", n * (12 if unit == "year" else 1))
    else:
        return None
    if day is None:
        return None
    return Hit("date", day, prev.start, hit.end, qualifiable=False)


#: "a week before Christmas", "a year after 3 March 2020", "the day after Christmas": one
#: unit counted from the date, written with an article ("two weeks before" is a duration
#: joined by ``shift_date``; "a week" alone is no stated duration, so nothing joins it).
#: "the week before Christmas", "the month after June 5": the span of that unit up to the
#: day before the date, or from the day after it.
_ONE_UNIT_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:an?\s+(?P<u>day|week|fortnight|month|year)|the\s+(?:(?P<d>day)|(?P<p>week|fortnight|month)))"
    r"\s+(?P<w>before|after)\s+\Z")
_ONE_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def one_unit_from(sc: Scan, hit: Hit) -> Hit:
    """ "a week before Christmas" (18 December), "a month after June 5" (July 5), "the day
    after Christmas" (26 December): the date one unit from the date named; "the week
    before Christmas" (18 to 24 December): the unit's days up to it."""
    low, i = sc.low, hit.start - 1
    while i >= 0 and low[i] in " \n\t":
        i -= 1
    if hit.kind != "date" or not low.endswith(("before", "after"), 0, i + 1):
        return hit  # cheap gate: the bound word just before the date
    u = sc.left(_ONE_UNIT_BEFORE, hit.start, 32)
    if u is None:
        return hit
    unit, sign = u.group("u") or u.group("p") or "day", (-1 if u.group("w") == "before" else 1)
    if u.group("p"):  # "the week before Christmas": 18 to 24 December
        one = _dt.timedelta(days=1)
        if unit in _ONE_UNIT_DAYS:
            far = hit.value + _dt.timedelta(days=sign * _ONE_UNIT_DAYS[unit])
        else:
            far = _shift(hit.value, "months", sign)
        if far is None:
            return hit
        span = (far, hit.value - one) if sign < 0 else (hit.value + one, far)
        return Hit("dates", span, u.start(), hit.end, qualifiable=False, rule="the <unit> before/after <date>")
    if unit in _ONE_UNIT_DAYS:
        day = hit.value + _dt.timedelta(days=sign * _ONE_UNIT_DAYS[unit])
    else:
        day = _shift(hit.value, "months", sign * (12 if unit == "year" else 1))
    if day is None:
        return hit
    return Hit("date", day, u.start(), hit.end, qualifiable=False, rule="a <unit> before/after <date>")


_PART_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?:(?P<p>early|mid|late|earlier|later)(?:\s+of|\s+in)?|(?P<n>middle|beginning|start|end)(?:\s+of)?)"
    r"(?:[\s-]+the)?[\s-]*\Z")  # "early in 2024", but "start in 2025", "end in 2150" are verbs
_PART_WORD = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
              "late": "late", "end": "late", "earlier": "earlier", "later": "later"}


_WEEK_OF_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?week(?P<end>end)?\s+(?P<w>of|beginning|starting|commencing)(?:\s+on)?(?:\s+the)?\s+\Z")


def week_of(sc: Scan, hit: Hit) -> Hit:
    """ "the week of April 10" (Monday to Sunday), "the week beginning 4 February" (seven
    days from it), "the weekend of June 8" (its Saturday and Sunday; a weekday's, as
    "the weekend of Thanksgiving", from the day to the Sunday of the weekend nearest it)."""
    w = sc.left(_WEEK_OF_BEFORE, hit.start, 32)
    if w is None:
        return hit
    d = hit.value
    if w.group("end"):
        if w.group("w") != "of":
            return hit
        sat = d - _dt.timedelta(days=d.weekday() - 5) if d.weekday() >= 5 else nearest_saturday(d)
        return Hit("dates", (min(d, sat), max(d, sat + _dt.timedelta(days=1))), w.start(), hit.end, qualifiable=False,
                   rule="the weekend of <date>")
    a = d if w.group("w") != "of" else d - _dt.timedelta(days=d.weekday())
    return Hit("dates", (a, a + _dt.timedelta(days=6)), w.start(), hit.end, qualifiable=False,
               rule="the week of | beginning <date>")


_PERIOD_TO_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?P<u>year|quarter|half[\s-]year|week)"
    r"\s+(?:to|ended(?:\s+in)?|ending(?:\s+in)?|through)\s+(?P<end>(?:the\s+)?end\s+of\s+)?\Z")
_PERIOD_TO_MONTHS = {"year": 12, "quarter": 3}


def _months_to(last: _dt.date, months: int, whole_month: bool) -> _dt.date:
    """The first day of the ``months`` months that end on ``last``."""
    if whole_month:
        k = last.year * 12 + last.month - months
        return _dt.date(k // 12, k % 12 + 1, 1)
    return _shift(last, "months", -months) + _dt.timedelta(days=1)


def _whole_months(a: _dt.date, b: _dt.date) -> bool:
    return a.day == 1 and b.day == calendar.monthrange(b.year, b.month)[1]


def period_to(sc: Scan, hit: Hit) -> Hit:
    """ "the year to March" (April to March), "the quarter ended June 30", "the fiscal year
    ending 31 March 2024": the period that ends with the date or month named."""
    w = sc.left(_PERIOD_TO_BEFORE, hit.start, 44)
    if w is None or hit.kind not in ("date", "dates"):
        return hit
    a, b = _span_of(hit)
    if w.group("u") == "week":  # "the week to Friday", "the week ended June 7": seven days
        if hit.kind != "date" or w.group("end"):
            return hit
        return Hit("dates", (b - _dt.timedelta(days=6), b), w.start(), hit.end, qualifiable=False,
                   rule="the year | quarter | week to <date>")
    whole = _whole_months(a, b) if hit.kind == "dates" else _whole_months(b.replace(day=1), b)
    if hit.kind == "dates" and (not whole or a.month != b.month or a.year != b.year):
        return hit  # a range of days or months: "the year to June-July" says nothing clear
    first = _months_to(b, _PERIOD_TO_MONTHS.get(w.group("u"), 6), whole)
    return Hit("dates", (first, b), w.start(), hit.end, qualifiable=False, rule="the year | quarter | week to <date>")


_NOW_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:between\s+now\s+and|from\s+now\s+(?:to|until|till|through|on\s+to))\s+\Z")
_AND_NOW = re.compile(r"\s+and\s+now(?![a-z])")


def now_range(sc: Scan, hit: Hit) -> Hit:
    """ "between now and 2030", "from now until the end of June" (from the reference date);
    "between January 22 and now" (to it)."""
    ref = sc.reference()
    a, b = _span_of(hit)
    w = sc.left(_NOW_BEFORE, hit.start, 24)
    if w is not None and b >= ref:
        return Hit("dates", (ref, b), w.start(), hit.end, qualifiable=False, rule="between now and <date>")
    n = _AND_NOW.match(sc.low, hit.end)
    if n is not None and a <= ref:
        o = _BEFORE_RANGE.search(sc.low, max(0, hit.start - 10), hit.start)
        if o is not None and o.group("w") == "between":
            return Hit("dates", (a, ref), o.start(), n.end(), qualifiable=False, rule="between <date> and now")
    return hit


def part_of(sc: Scan, hit: Hit) -> Hit:
    """ "early 2024" (January to April), "mid-March" (10 to 20 March), "the end of June" (16 to
    30 June), "late last week" (Thursday to Sunday), "earlier this month" (up to the day
    before the reference date): part of the period a figure names."""
    if hit.kind == "years":
        return _part_of_decade(sc, hit)
    before = sc.low[max(0, hit.start - 32):hit.start]
    if "now" in before or sc.low.startswith(" and now", hit.end):
        hit = now_range(sc, hit)  # "between now and 2030"
        if hit.rule.startswith("between"):
            return hit
    if hit.kind != "year" and ("to" in before or "end" in before or "through" in before):
        h = period_to(sc, hit)  # "the year to March", "the quarter ended June 30"
        if h is not hit:
            return h
    if hit.kind == "date":
        return week_of(sc, hit) if "week" in before else hit
    if hit.kind not in ("year", "dates") or hit.start < 3:
        return hit
    p = sc.left(_PART_BEFORE, hit.start, 24)
    if p is None:
        return hit
    part = _PART_WORD[p.group("p") or p.group("n")]
    a, b = _span_of(hit)
    length = (b - a).days + 1
    ref = sc.reference()
    if a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31 and a.year == b.year:
        thirds = ((1, 4), (5, 8), (9, 12))
        halves = (_dt.date(a.year, 6, 30), _dt.date(a.year, 7, 1))
        if part in ("early", "mid", "late"):
            m1, m2 = thirds[("early", "mid", "late").index(part)]
            a, b = _month_span(a.year, m1, m2)
    elif a.day == 1 and a.month == b.month and a.year == b.year and b.day == calendar.monthrange(b.year, b.month)[1]:
        halves = (a.replace(day=15), a.replace(day=16))
        if part in ("early", "mid", "late"):
            a, b = {"early": (a, a.replace(day=15)), "mid": (a.replace(day=10), a.replace(day=20)),
                    "late": (a.replace(day=16), b)}[part]
    elif length == 7 and a.weekday() == 0:
        halves = (a + _dt.timedelta(days=2), a + _dt.timedelta(days=3))
        if part in ("early", "mid", "late"):
            a, b = {"early": (a, a + _dt.timedelta(days=2)), "mid": (a + _dt.timedelta(days=1), a + _dt.timedelta(days=4)),
                    "late": (a + _dt.timedelta(days=3), b)}[part]
    else:
        return hit
    if part == "earlier":
        b = min(halves[0], ref - _dt.timedelta(days=1)) if a <= ref <= b else halves[0]
    elif part == "later":
        a = max(halves[1], ref) if a <= ref <= b else halves[1]
    if b < a:
        return hit
    return Hit("dates", (a, b), p.start(), hit.end, qualifiable=False,
               rule="early | mid | late | the end of <period> (part of a period)")


#: Years of a decade that "early", "mid" and "late" name (the 1980s: 1980-83, 1984-86, 1987-89).
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


#: ... and of a century (the 1800s: 1800-1833, 1834-1866, 1867-1899).
_CENTURY_PARTS = {"early": (0, 33), "mid": (34, 66), "late": (67, 99)}


def _part_of_decade(sc: Scan, hit: Hit) -> Hit:
    """ "the late 1980s" (1987-1989), "the mid-2000s" (2004-2006), "the early 2010s",
    "the early 1900s" (1900-1933)."""
    a, b = hit.value
    if a % 10 or b not in (a + 9, a + 99) or hit.start < 3:
        return hit
    p = sc.left(_PART_BEFORE, hit.start, 24)
    if p is None or _PART_WORD[p.group("p") or p.group("n")] not in _DECADE_PARTS:
        return hit
    parts = _DECADE_PARTS if b == a + 9 else _CENTURY_PARTS
    lo, hi = parts[_PART_WORD[p.group("p") or p.group("n")]]
    return Hit("years", (a + lo, a + hi), p.start(), hit.end, qualifiable=False,
               rule="early | mid | late <decade> (part of a decade)")


#: A clock time may stand between the bound and the day: "until 8 p.m. Thursday", "by
#: 11:59 p.m. on Sunday", "until midnight Friday" (AP style); so may the day's weekday:
#: "until Saturday, 28 March 2026", "on or before Mon., February 10".
_BOUND_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?P<q>%s)\s*(?:the\s+year\s+)?"
                           r"(?:(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|midnight|noon)\s+(?:on\s+)?)?"
                           r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
                           r",?\s+(?:the\s+)?)?\Z"
                           % L.alternation(L.DATE_BOUNDS_BEFORE))
#: ... and only at the end of its phrase ("1/1/2016 and after my shift" is a clause).
_BOUND_AFTER = re.compile(r",?\s+(?:(?P<q>%s)(?=\s*(?:[.,;:)!?]|\Z|(?:and|or|but)(?![a-z])))|(?P<o>onwards?)(?![a-z]))"
                          % L.alternation(L.DATE_BOUNDS_AFTER))
#: "or later" binds the figure before it only when no other figure follows ("2018 or
#: later than 2020" is two figures).
_FIGURE_AFTER = re.compile(r"\s*(?:than\s+)?(?:the\s+)?[\d(]")
#: "two weeks before June 5", "the day after Christmas": the bound word counts from the
#: date, it does not bound it.
_UNIT_BEFORE_BOUND = re.compile(
    r"(?:^|(?<=[^a-z]))(?:days?|weeks?|months?|years?|hours?|decades?|fortnight|night|eve|morning|evening"
    r"|shortly|soon|just|right|long|well|immediately)\s+\Z")


_END_OF = re.compile(r"(?:the\s+)?end\s+of\s")


def bound(sc: Scan, hit: Hit) -> Hit:
    """ "before 2010", "since 2019", "until June", "by the end of 2025": a date or a year
    with a one-sided bound keeps the bound as its qualifier (a claim ``year: before 2010``
    must not hold where the text says "in 2010"). The value stays the period named; the
    qualifier says which side of it is meant: below = before its first day, above = after
    its last day, at_least = from its first day on, at_most = up to its last day."""
    b = sc.left(_BOUND_BEFORE, hit.start, 40)
    if b is None:
        a = _BOUND_AFTER.match(sc.low, hit.end)
        if a is not None and not _FIGURE_AFTER.match(sc.low, a.end()):
            hit.qualifier = L.DATE_BOUNDS_AFTER[L.key(a.group("q") or a.group("o"))]
            hit.end = a.end()
        return hit
    word = L.key(b.group("q"))
    q = L.DATE_BOUNDS_BEFORE[word]
    if word[0].isalpha() and b.end("q") == hit.start:
        return hit  # "since2019": glued, not a word
    if q in ("below", "above") and sc.left(_UNIT_BEFORE_BOUND, b.start(), 16) is not None:
        return hit
    if _END_OF.match(sc.low, hit.start):
        if q == "below":
            q = "at_most"  # "before the end of December": up to 31 December
    elif word in L.DATE_BOUND_ONLY_BEFORE_END:
        return hit
    hit.qualifier = q
    hit.start = b.start()
    return hit


# --- dates written with a month abbreviation between numbers, "in two weeks", the nth
# weekday of a month ------------------------------------------------------------------

_DMY_ABBR = re.compile(r"(?P<d>[0-3]?\d)(?P<s>[-/])" + MON + r"(?P=s)(?P<y>[12]\d{3})(?!\d)")
_YMD_ABBR = re.compile(r"(?P<y>[12]\d{3})(?P<s>[-/])" + MON + r"(?P=s)(?P<d>[0-3]?\d)(?![\d/-])")
_MY_ABBR = re.compile(MON + r"[-/](?P<y>[12]\d{3})(?![\d/-])")
_MDY_ABBR = re.compile(MON + r"(?P<s>[-/])(?P<d>[0-3]?\d)(?:(?P=s)(?P<y>[12]\d{3}))?(?![\d/]|-\d)")


_SEPS = frozenset("-/")


def numeric_with_month(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "05-Aug-2016", "23/Sep/2020", "2019-aug-1", "2020/Sep/23", "Sep-23-2020", "Oct/2"."""
    low, pos = sc.low, c.start()
    if low[pos].isdigit():
        if low[pos + 1:pos + 2] not in _SEPS and low[pos + 2:pos + 3] not in _SEPS and low[pos + 4:pos + 5] not in _SEPS:
            return None  # cheap gate
        i = pos + (4 if _four_digits(sc, pos) else 2 if low[pos + 1:pos + 2].isdigit() else 1)
        if low[i:i + 1] not in ("-", "/") or not low[i + 1:i + 2].isalpha():
            return None  # cheap gate: a separator and a letter after the first number
        m = (_YMD_ABBR if i - pos == 4 else _DMY_ABBR).match(low, pos)
    else:
        m = _MDY_ABBR.match(low, pos)
        if m is None:
            m = _MY_ABBR.match(low, pos)  # "Dec/2018": a whole month
            if m is None or not _month_ok(sc, m):
                return None
            return Hit("dates", _month_span(int(m.group("y")), _month(m)),
                       m.start(), m.end(), qualifiable=False)
    if m is None or not _month_ok(sc, m):
        return None
    y = int(m.group("y")) if m.group("y") else sc.reference().year
    day = _date(y, _month(m), int(m.group("d")))
    return Hit("date", day, m.start(), m.end(), qualifiable=False) if day else None


_A_UNIT_AGO = re.compile(r"\s+(?:ago|(?P<ahead>from\s+(?:now|today)))(?![a-z])")
_AGO_UNITS = frozenset({"day", "week", "fortnight", "month"})
_AN_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))an?\s+\Z")
_IN_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))in\s+\Z")
_IN_UNIT = re.compile(r"\s*(?P<u>days?|weeks?|fortnights?|months?)(?:'?s?\s+time)?(?![a-z])|\s*(?P<t>years?)'?\s+time(?![a-z])")
#: Between another figure and "in two weeks": a new sentence or an alternative, not a span.
_IN_UNIT_FREE = re.compile(r"[.?!;]|(?<![a-z])or(?![a-z])")


def in_units(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "in two weeks", "in 10 days", "in a fortnight", "in three months' time": a date after
    the reference date. Not after another figure ("rose 5% in two weeks" is a span)."""
    low = sc.low
    start = c.start()
    if low[start - 3:start - 1] != "in" and (low[start - 5:start - 3] != "in" or low[start].isdigit()) \
            and (low[start].isdigit() or c.group() not in _AGO_UNITS or not _A_UNIT_AGO.match(low, c.end())):
        return None  # cheap gate: "in " before the number, or before "a week"; "a week ago"
    if low[start].isdigit() or low[start] in "abcdefghijklmnopqrstuvwxyz" and c.group() not in _AGO_UNITS:
        num = sc.number(start)
        if num is None or num.ordinal or not num.integer or not 1 <= num.value <= 1000:
            return None
        n, end = int(num.value), num.end
    else:
        a = sc.left(_AN_BEFORE, start, 4)
        if a is None:
            return None
        n, end, start = 1, start, a.start()
        g = _A_UNIT_AGO.match(low, c.end())
        if g is not None:  # "a week ago", "a month from now" ("a year ago" stays a span, as "30 years ago")
            past = g.group("ahead") is None
            day = _add(sc.reference(), c.group(), -1 if past else 1)
            return _offset_bound(sc, Hit("date", day, start, g.end(), qualifiable=False), sc.reference(), past) if day else None
    u = _IN_UNIT.match(low, end)
    if u is None:
        return None
    i = sc.left(_IN_BEFORE, start, 4)
    if i is None or (sc.floor and i.start() - sc.floor < 25 and not _IN_UNIT_FREE.search(low, sc.floor, i.start())):
        return None
    if not u.group("t") and "time" not in u.group() and _past_span(low, i.start(), u.end()):
        return None  # "doubled in three weeks", "the highest in two months": a span, no date ahead
    unit = (u.group("u") or u.group("t")).rstrip("s")
    day = _add(sc.reference(), unit, n)
    return Hit("date", day, i.start(), u.end(), qualifiable=False) if day else None


#: In the sentence of "in two months": a verb in the past or a superlative makes it the
#: span something took ("prices doubled in two months"), unless the future is stated.
_PAST_SPAN = re.compile(
    r"(?<![a-z'])(?:was|were|had|did|rose|fell|grew|doubled|tripled|halved|jumped|climbed|dropped|surged|"
    r"soared|slumped|plunged|slid|gained|shrank|went|took|broke|came|became|began|ran|made|"
    r"highest|lowest|biggest|largest|smallest|strongest|weakest|"
    r"best|worst|fastest|slowest|steepest|sharpest|greatest)(?![a-z'])")
_FUTURE = re.compile(r"(?<![a-z])(?:will|shall|'ll|going\s+to|due\s+to|set\s+to|expected\s+to|expects?|plans?|"
                     r"aims?|hopes?|intends?|scheduled|planned)(?![a-z])")
_SENTENCE_END = re.compile(r"[.?!;](?:\s|\Z)")


#: Where the sentence before "in two months" starts: a full stop, question or exclamation
#: mark before white space (a line break too: "service.\nIn"), a paragraph, a list item.
#: Not a bare line break: a wrapped line goes on with its sentence ("the third diversion
#: of the service\nin 12 months" is a span, as on one line).
_SENTENCE_START = re.compile(r"[.?!](?=\s)|\u00b6|\n(?=[ \t]*(?:[-*\u2022+]|\d{1,2}[.)])\s)")


def _sentence_start(low: str, start: int, width: int) -> int:
    """Where the sentence holding ``start`` begins, at most ``width`` characters back."""
    a = max(0, start - width)
    for b in _SENTENCE_START.finditer(low, a, start):
        a = b.end()
    return a


def _past_span(low: str, start: int, end: int) -> bool:
    a = _sentence_start(low, start, 300)
    e = _SENTENCE_END.search(low, end, end + 300)
    b = e.start() if e else min(len(low), end + 300)
    return bool(_PAST_SPAN.search(low, a, b)) and not _FUTURE.search(low, a, b)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_NTH_WEEKDAY = re.compile(
    r"(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>%s)(?![a-z])"
    r"(?:\s+(?:of|in)\s+(?:(?P<rel>this|next|last|previous|the\s+previous|the\s+following|following)\s+month(?![a-z])|%s(?:%s%s)?))?"
    % (L.alternation(L.WEEKDAYS), MON, YSEP, YEAR))


_NOT_NTH_WORDS = _NOT_PERIOD_WORDS | {"past"}
_WEEKDAY_NEXT = re.compile(r"[a-z0-9]+\s+[mtwfs]")
_NTH_NOT_MONTH = re.compile(r"\s+(?:after|before|since|following|of|in)(?![a-z])")


def nth_weekday(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the first Friday of July", "the second Monday of next month", "third Tuesday" (of
    the reference month)."""
    low = sc.low
    pos = c.start()
    if not _WEEKDAY_NEXT.match(low, pos) or c.group() in _NOT_NTH_WORDS:
        return None  # cheap gate: a weekday after the ordinal
    m = _NTH_WEEKDAY.match(low, pos)
    if m is None or (m.group("n") == "last" and not (m.group("rel") or m.group("mon"))):
        return None  # "last Friday" is the weekday rule's
    ref = sc.reference()
    if m.group("rel"):
        y, mon = _rel_month(sc, m.group("rel"))
    elif m.group("mon"):
        if not _month_ok(sc, m):
            return None
        mon = _month(m)
        y = int(m.group("y")) if m.group("y") else ref.year
    else:
        if _NTH_NOT_MONTH.match(low, m.end()):
            return None  # "the first Sunday after the election"
        y, mon = ref.year, ref.month
    wd = L.WEEKDAYS[m.group("wd")]
    n = _NTH[m.group("n")]
    if n > 0:
        first = _dt.date(y, mon, 1)
        day = first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        last = _dt.date(y, mon, calendar.monthrange(y, mon)[1])
        day = last - _dt.timedelta(days=(last.weekday() - wd) % 7)
    if day.month != mon:
        return None
    t = sc.left(_SPAN_THE, pos, 5)
    return Hit("date", day, t.start() if t else pos, m.end(), qualifiable=False)


_SEASON_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:(?P<w>this|next|last|coming|past|previous|following|the\s+coming|the\s+past|the\s+previous|the\s+following)"
    r"|(?:(?<![a-z])(?:in|during|over|through|throughout|for|by|until|till|since|before|after|from)\s+)?(?P<the>the)(?:\s+(?:whole|entire))?)\s+\Z")
_SEASON_YEAR = re.compile(r"(?:\s+of|,)?\s+(?P<y>[12]\d{3})(?:[-/](?P<y2>\d{2}(?:\d{2})?))?(?![\d,]\d|[a-z%])")
_SEASON_NOT_AFTER = re.compile(r"\s+(?:of\s+(?![12]\d{3}(?!\d))|[a-z]+\s+(?:of|in)\s|(?:season|school|term|session|games|olympics|palace|camp)(?![a-z]))")


def _season(y: int, first: int) -> tuple[_dt.date, _dt.date]:
    a = _dt.date(y, first, 1)
    y2, m2 = (y, first + 2) if first + 2 <= 12 else (y + 1, first + 2 - 12)
    return a, _dt.date(y2, m2, calendar.monthrange(y2, m2)[1])


#: "the nineties", "the nineteen-eighties"; with a part of the decade, as in digits ("the
#: late nineties" is 1997-1999, as "the late 1990s").
_DECADE_THE = re.compile(r"(?:^|(?<=[^a-z]))the\s+(?:(?P<part>early|mid|late)[\s-]+)?(?:(?P<c>nineteen|twenty)[\s-]+)?\Z")
#: "highs in the seventies" (degrees), "aged in their seventies": no decade.
_DECADE_NOT = re.compile(r"(?:temperature|high|low|degree|fahrenheit|celsius|age)s?(?![a-z])[^.]{0,30}\Z")


_CENTURY_DECADES = {**L.DECADE_WORDS, "twenties": 20, "tens": 10}
#: "the two thousands" (2000-2009), not "the two thousands of ..." (a count).
_TWO_THOUSANDS = re.compile(r"two[\s-]+thousands(?![a-z])(?!\s+of\s)")
_DECADE_AFTER = re.compile(r"[\s-]+(?P<d>%s)(?![a-z])" % L.alternation(_CENTURY_DECADES))


def decade_word(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the seventies", "the nineteen-eighties", "the noughties", "the twenty-tens", "the two
    thousands": a decade in words."""
    word = c.group()
    if word == "two":  # "the two thousands"
        d = _TWO_THOUSANDS.match(sc.low, c.start())
        t = sc.left(_THE_ONLY, c.start(), 5) if d is not None else None
        return Hit("years", (2000, 2009), t.start(), d.end(), qualifiable=False) if t is not None else None
    if word in ("nineteen", "twenty"):  # "the nineteen-seventies", "the twenty-tens", read from its first word
        d = _DECADE_AFTER.match(sc.low, c.end())
        t = sc.left(_DECADE_THE, c.start(), 16)
        if d is None or t is None or d.group("d") == "tens" and "-" not in d.group():
            return None  # "the twenty tens in his wallet": ten-pound notes
        y = (1900 if word == "nineteen" else 2000) + _CENTURY_DECADES[d.group("d")]
        return Hit("years", _decade_part(y, t), t.start(), d.end(), qualifiable=False)
    if word not in L.DECADE_WORDS:
        return None
    t = sc.left(_DECADE_THE, c.start(), 20)
    if t is None or sc.left(_DECADE_NOT, t.start(), 48):
        return None
    century = {"nineteen": 1900, "twenty": 2000}.get(t.group("c"), 2000 if word == "noughties" else 1900)
    y = century + L.DECADE_WORDS[word]
    return Hit("years", _decade_part(y, t), t.start(), c.end(), qualifiable=False)


def _decade_part(y: int, the: "re.Match[str]") -> tuple[int, int]:
    """The years of the decade starting ``y`` that ``the`` ("the late ") names."""
    lo, hi = _DECADE_PARTS.get(the.group("part") or "", (0, 9))
    return y + lo, y + hi


def season(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "this summer", "last winter", "summer 2024", "the summer of 1969", "over the summer":
    meteorological seasons (summer is June to August; winter 2024 runs into February 2025)."""
    low = sc.low
    if c.group() not in L.SEASONS:
        return None
    first = L.SEASONS[c.group()]
    y = _SEASON_YEAR.match(low, c.end())
    b = sc.left(_SEASON_BEFORE, c.start(), 28)
    ref = sc.reference()
    if y is not None:
        a, z = _season(int(y.group("y")), first)
        end = y.end()
        if y.group("y2") is not None:  # "winter 2023-24": the winter across those years
            if first != 12 or int(y.group("y2")) % 100 != (int(y.group("y")) + 1) % 100:
                return None  # "summer 2023-24": which summer?
        start = b.start("the") if b is not None and b.group("the") else c.start()
        return Hit("dates", (a, z), start, end, qualifiable=False)
    if b is not None and b.group("the") and not re.match(r"(?:in|during|over|through|throughout|for|by|until|till|since|before|after)\s", low[b.start():b.start() + 11]) \
            and not low.startswith(("whole", "entire"), b.end("the") + 1):
        b = None  # "water from the spring": the season only after "in the", "during the", "the whole", …
    if b is None or _SEASON_NOT_AFTER.match(low, c.end()) or sc.cased[c.end() + 1:c.end() + 2].isupper():
        return None  # "the summer of discontent", "the summer season", "the Summer Olympics"
    year = ref.year - 1 if first == 12 and ref.month <= 2 else ref.year
    how = _periods_ahead(b.group("w")) if b.group("w") else 0
    if how < 0:  # "last summer": the latest one over before the reference date
        while _season(year, first)[1] >= ref:
            year -= 1
    elif how > 0:  # "next winter": the first one to start after it
        while _season(year, first)[0] <= ref:
            year += 1
    a, z = _season(year, first)
    return Hit("dates", (a, z), b.start("the") if b.group("the") else b.start(), c.end(), qualifiable=False)



# Where each rule can read (Rule.reads, .at, .after: for the engine's dispatch only): the
# regex a rule must match at the candidate, or the start of it, or its own cheap gate.
# numeric_date: _NUMERIC, _NUMERIC_YMD, _NUMERIC_MD, or through numeric_with_month
# _DMY_ABBR / _YMD_ABBR, each cut short.
_NUMERIC_AT = r"\d{1,2}[/.-]\d{1,2}[/.-]\d\d|[12]\d{3}[/.-]\d{1,2}[/.-]\d|\d{1,2}/\d|(?:[12]\d{3}|[0-3]?\d)[-/][a-z]"
_DAY_TO_AT = DAY + TO
#: ``ago`` reads nothing unless white space and a unit's first letter follow the number
#: (``_AGO``, ``_COMPOUND_UNIT`` and, past ``ago``'s own gate, ``_IN_UNIT`` start so).
_AGO_AFTER = r"\s[%s]" % "".join(sorted(_UNIT_INITIALS))

#: Where the rules of a number word that read dates can read one (``Rule.at``, for
#: dispatch; each is what the rule's own first test asks, made wider where it must be):
#: "two thousands" or "nineteen"/"twenty" and a decade ("the nineteen-seventies");
#: one of ``_YEAR_WORDS_BEFORE``'s words and white space just before ("in nineteen
#: ninety-six"; two white space characters or more before pass too, as that pattern
#: allows any); a day in words with a month name within its 24 characters after.
_DECADE_WORD_AT = r"two[\s-]+thousands(?![a-z])|(?:nineteen|twenty)" + _DECADE_AFTER.pattern
_YEAR_WORDS_AT = "|".join(r"(?<=%s\s)" % w for w in
                          ("in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "year",
                           r"\s"))
_WORD_DAY_MONTH_AT = r"(?:%s)(?![a-z])(?=[\s\S]{0,23}?%s)" % ("|".join(sorted(_DAY_WORDS)), _MONTH_NEAR.pattern)
assert _YEAR_WORDS_BEFORE.pattern.endswith(r"(?:in|since|by|until|till|from|to|before|after|during|year)\s+\Z")

RULES = [
    Rule("<mm>/<dd>/<yyyy> | <dd>/<mm>/<yyyy> | <dd>-<Mon>-<yyyy> (numeric date)", "digits", numeric_date, 9,
         at=_NUMERIC_AT),
    Rule("<yyyy-mm-dd>[..<yyyy-mm-dd>] (ISO date)", "digits", iso_date, 10, at=r"[1-9]\d{3}[-/]"),
    Rule("<weekday> <m>-<d> | <weekday> <m>.<d> (on that weekday)", "digits", weekday_numeric, 9, at=_WEEKDAY_MD_AT),
    Rule("<day>-<day> of this/next month", "digits", day_range_relative_month, 19, at=_DAY_TO_AT),
    Rule("on the <day>th | the <day>th of next month | the <n>th week/<weekday> of <month>", "digits", day_of_month, 22,
         reads="ordinal"),
    Rule("<number> days/weeks/years ago | from now | in <number> weeks", "digits", ago, 24,
         reads="cardinal", after=_AGO_AFTER),
    Rule("<number in words> days/weeks/years ago | from now | in <number> weeks", "words", ago, 24,
         reads="cardinal", after=_AGO_AFTER),
    Rule("in <number> business days", "digits", in_business_days, 24, reads="cardinal", after=_BUSINESS_DAYS.pattern),
    Rule("for/until/since the <day> (a day of the month alone)", "ordinal", day_alone_rule, 23, reads="ordinal",
         after=_DAY_ALONE_AFTER),
    Rule("in <number> business days", "words", in_business_days, 24, reads="cardinal", after=_BUSINESS_DAYS.pattern),
    Rule("<ordinal word> of <month> [<year>] | the <ordinal> century | the <nth> <weekday> of <month>", "ordinal",
         ordinal_of_month, 4, reads="ordinal"),
    Rule("<ordinal word> of <month> [<year>] | the <ordinal> century", "words", ordinal_of_month, 4, reads="ordinal"),
    Rule("<year> <month> | <year> Q<n>", "digits", year_month, 29, at=_YEAR_QUARTER.pattern + "|" + _YEAR_MONTH.pattern),
    Rule("<mm>/<yyyy> | <yyyy>-<mm> (a whole month)", "digits", numeric_month, 32, at=_MONTH_YEAR_NUMERIC.pattern),
    Rule("<month> <day in words> [<year>]", "month", month_word_day, 21),
    Rule("[in|this|next|last] <month> (a whole month)", "month", month_alone, 40),
    Rule("the <month> quarter (the quarter ending with that month)", "month", month_quarter, 39),
    Rule("[this|next|last] <weekday> | <weekday> of next week", "weekday", weekday, 10),
    Rule("<Mon>-<dd>[-<yyyy>] (month abbreviation between numbers)", "month", numeric_with_month, 9),
    Rule("in <number> days/weeks | in a fortnight | in <n> months' time", "a-unit", in_units, 4),
    Rule("the <nth> <weekday> of <month>", "period", nth_weekday, 3, at=_NTH_WEEKDAY.pattern),
    Rule(LISTED_DAY, "digits", listed_day, 19,
         at=r"(?:(?<=,\s)|(?<=\sand\s)|(?<=\sor\s)|(?<=&\s))[0-3]?\d(?!\d)|[0-3]?\d(?:st|nd|rd|th)?,\s"),
    Rule("<day>-<day> [of] <month> [<year>]", "digits", day_range_month, 20, at=_DAY_TO_AT),
    Rule("<day> [of] <month> [<year>]", "digits", day_month, 21, at=DAY + r"\.?\s+(?:of\s+)?" + MON),
    Rule("<year>-<year> (year range)", "digits", year_range, 30, at=_YEAR_RANGE.pattern),
    Rule("the <decade>s | the <hundred>s (a century before 2000)", "digits", decade, 31, at=_DECADE.pattern + "|" + _SHORT_DECADE.pattern),
    Rule("<year>", "digits", year, 60, at=_YEAR.pattern),
    Rule("in/since/by <year out of range> (a slipped digit)", "digits", slipped_year, 61, at=_SLIPPED_YEAR.pattern),
    Rule("AD <year> | <year> AD/CE (a year of the common era)", "digits", era_year, 59, at=_ERA_AT),
    Rule("<month> <day>-<day> [<year>] (date range)", "month", month_day_range, 10),
    Rule("<month> <day> [<year>]", "month", month_day, 20),
    Rule("<month><day> [<year>] (written together: Dec31)", "glued-month", glued_month_day, 20),
    Rule("FY<yyyy> | FY<yy> | FY<yyyy>-<yy> (a fiscal year)", "glued-fiscal", fiscal_year, 20),
    Rule("<month> [of] <year> (a whole month)", "month", month_year, 30),
    Rule("the first <n> months of <year> (period)", "ordinal", period, 5, reads="ordinal"),
    Rule("the last <n> months of <year> (period)", "period", period, 5, at=_PERIOD_WORD_AT),
    Rule("Q<n>/H<n> [<year>] (quarter or half)", "period", quarter, 6, at=_QUARTER.pattern),
    Rule("<n>Q <year> | <n>H <year> (quarter or half)", "digits", quarter_first, 8, at=_NQ.pattern),
    Rule("the past/next <n> days/weeks/months/years/quarters/decades | within <n> days", "period", relative_span, 7,
         at=_SPAN_AT),
    Rule("this quarter | this decade", "this-period", this_quarter, 3),
    Rule("this/next/last year, today (relative)", "relative", relative, 10),
    Rule("this/last/next summer | <season> <year> (a meteorological season)", "season", season, 10),
    Rule("the seventies | the nineteen-eighties (a decade in words)", "season", decade_word, 11),
    Rule("the nineteen-seventies (a decade in words)", "words", decade_word, 2, at=_DECADE_WORD_AT),
    Rule("in <year in words>", "words", year_in_words, 3, at=_YEAR_WORDS_AT),
    Rule("<day in words> <month> <year>", "words", word_day_month, 3, at=_WORD_DAY_MONTH_AT),
    Rule("the end of the year | later in the year (part of the reference period)", "relative", part_of_the_period, 9),
    Rule(_HOLIDAY, "holiday", holiday, 10, at=HOLIDAY_NAME_AT),
    Rule(_HOLIDAY, "month", holiday, 5, at=r"may\s+day(?![a-z])"),
    Rule(_HOLIDAY, "weekday", holiday, 5, at=r"(?:(?<=good\s)|(?<=black\s)|(?<=cyber\s))(?:friday|monday)"),
    Rule(_HOLIDAY, "relative", holiday, 5, at=r"(?<=new\s)year(?:'s|s)?\s+(?:day|eve)(?![a-z])"),
]


def _calendar_safe(fn, keep_hit: bool = False):
    """A date beyond the calendar (year 0 or 10000, from a reference date at its very end)
    reads as nothing rather than stopping the whole check."""
    @functools.wraps(fn)
    def safe(*args):
        try:
            return fn(*args)
        except (ValueError, OverflowError):
            return args[-1] if keep_hit else None
    return safe


# The RULES themselves are guarded by the engine, where it calls them (one try, no
# extra call on every date rule tried).
join_day, join_dates, shift_date = _calendar_safe(join_day), _calendar_safe(join_dates), _calendar_safe(shift_date)
period_to = _calendar_safe(period_to, keep_hit=True)
part_of = _calendar_safe(part_of, keep_hit=True)
one_unit_from = _calendar_safe(one_unit_from, keep_hit=True)
bound = _calendar_safe(bound, keep_hit=True)

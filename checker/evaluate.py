"""Claimed versus stated: value, unit, qualifier, direction, tolerance.

Compared by value, never by spelling. Without a tolerance every part must agree,
qualifier included: "nearly 88 billion" does not hold where the text says "over 88
billion". With a tolerance the stated value may differ by that much, and its
qualifier must still be consistent with the claimed value ("nearly 90" is consistent
with 88; "over 90" is not).
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as _dt
import re
from typing import Optional

from .extraction import lexicon as L
from .extraction.dates.tense import states_year
from .extraction.numbers import read_number
from .model import Claim, Mention
from .text.normalize import without_invisible

_QUALIFIER_WORDS = {
    "exact": "exactly", "approx": "about", "below": "below",
    "above": "above", "at_least": "at least", "at_most": "at most", "between": "between",
}
_HOURS = {"week": 168.0, "day": 24.0, "hour": 1.0}
_MONTHS = {"year": 12.0, "month": 1.0}


#: How far apart two readings of one value may be: rounding in the arithmetic that reads
#: them ("1.99m" is 1.99 * 1e6), far below a digit an editor can change. (At 1e-9,
#: "88,000,000,001 USD" read as the claimed 88 billion.)
SAME = 1e-12


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= SAME * max(1.0, abs(a), abs(b))


def _scalar(m: Mention) -> Optional[float]:
    """A number for numeric kinds (durations in months, or hours offset by 1e12 to keep
    them apart): an identity for ``signature``; lengths compare with ``_durations``."""
    v = m.value
    if isinstance(v, tuple) or isinstance(v, _dt.date):
        return None
    if m.kind == "duration":
        if m.unit in _MONTHS:
            return float(v) * _MONTHS[m.unit]
        return float(v) * _HOURS.get(m.unit or "", 1.0) + 1e12  # keep apart from months
    return float(v)


def _durations(claimed: Mention, found: Mention) -> Optional[tuple[float, float]]:
    """Both lengths in the claimed unit, for a tolerance, which is in the claim's unit
    ("10 weeks" ± 2 is weeks; ± 10% is of ten weeks, not of ``_scalar``'s offset); None
    across months and hours (a month has no fixed number of days)."""
    for table in (_MONTHS, _HOURS):
        if claimed.unit in table and found.unit in table:
            return float(claimed.value), float(found.value) * table[found.unit] / table[claimed.unit]
    return None


def same_value(a: Mention, b: Mention) -> bool:
    """Do two figures state the same value (units of time converted, floats compared loosely)?"""
    if isinstance(a.value, tuple) or isinstance(b.value, tuple):
        if not (isinstance(a.value, tuple) and isinstance(b.value, tuple)):
            return False
        if a.kind == "duration" and b.kind == "duration":
            # each end in one unit: "12 to 14 years" is not "12 to 14 months"
            return len(a.value) == len(b.value) and all(
                pair is not None and _close(*pair) for pair in (
                    _durations(dataclasses.replace(a, value=x), dataclasses.replace(b, value=y))
                    for x, y in zip(a.value, b.value)))
        return all(_eq(x, y) for x, y in zip(a.value, b.value))
    if a.kind == "duration" and b.kind == "duration":
        # In one unit, not ``_scalar``'s: its offset of 1e12 hours made every two lengths
        # in weeks, days or hours within 1,000 hours of each other "close".
        pair = _durations(a, b)
        return pair is not None and _close(*pair)
    return _eq(a.value, b.value)


def _eq(x, y) -> bool:
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return _close(float(x), float(y))
    return x == y


def _singular(word: str) -> str:
    w = word.lower().strip("'")
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("ses", "s"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + repl
    return w


def _unit_agrees(claimed: Mention, found: Mention) -> bool:
    if claimed.kind == "count" and claimed.unit:
        head = _lemma(claimed.unit.split()[-1])
        return found.unit is not None and head in {_lemma(w) for w in found.unit.split()}
    if claimed.kind in ("money", "percent"):
        return claimed.unit == found.unit
    return True


def preference(claim: Claim):
    """Among several figures of its kind near a claim's words, those the claim can be
    about: a count of the same thing, money in the same currency, a percentage in the
    same unit ("employs 12,000 people in 14 countries": '14 countries' is the countries'),
    a rank written as one for an ordinal (a bare number is one only where no rank is).
    None when any figure of the kind will do."""
    expected = claim.expected
    if expected is None:
        return None
    if expected.kind == "ordinal":
        return _Stages(lambda m, after: m.kind == "ordinal")  # "made it 4-0 in the 78th minute": the rank, not the score
    stages = []
    if expected.kind == "count" and expected.unit:
        # "the 55-vote majority" counts votes as "314 votes" does (judge reads it so too)
        stages.append(lambda m, after: _unit_agrees(expected, m) or (
            m.kind == "number" and m.unit is None and after is not None
            and _counted_after(expected, after(m)) is not None))
    elif expected.kind == "money" and expected.unit:
        # ... or the claimed amount in another currency: an edit of the currency alone
        # ("$94.9 billion" to "€94.9 billion") is reported, not the sentence's other dollars
        stages.append(lambda m, after: _unit_agrees(expected, m) or (m.kind == "money" and same_value(expected, m)))
    elif expected.kind == "percent" and expected.unit:
        stages.append(lambda m, after: _unit_agrees(expected, m))
    if expected.kind == "percent":
        # "grew by 18.9% to 30,112 units, a 9.5% share": a level claimed prefers a level, a
        # change a change in its direction (or the claimed value in another direction: an
        # edit of the direction alone, "grew" to "fell", is reported)
        stages.append(lambda m, after: m.kind != "percent" or m.direction == expected.direction
                      or same_value(expected, m))
    if expected.qualifier != "exact":
        # "aged 70 or older" for `number: at least 70`, past "enrolled 19,114 people": a bound
        # claimed prefers a figure stated with that bound, after the unit has chosen; a
        # range claimed, a range ("a 25% lower risk (95% CI, 18%-32%)": 18-32, not 95)
        bound = expected.qualifier
        # (or the claimed value with another qualifier: an edit of the qualifier alone,
        # "about €58m" to "over €58m", is reported, not the sentence's "around €10m")
        stages.append(lambda m, after: m.qualifier == bound or same_value(expected, m))
    return _Stages(*stages) if stages else None


class _Stages:
    """Preferences applied in turn, each narrowing the candidates only where it keeps any.
    A stage is a test of a figure and of ``after(m)``, the text just after it as matching
    reads it ("a **236**-seat cabin": "-seat cabin"), None when unknown."""

    def __init__(self, *stages):
        self.stages = stages

    def narrow(self, candidates: list, after=None) -> list:
        for stage in self.stages:
            kept = [m for m in candidates if stage(m, after)]
            if kept:
                candidates = kept
        return candidates


def consistent(qualifier: str, claimed: float, found: float) -> bool:
    """Is the stated qualifier true of the claimed value? ("nearly 90" of 88: yes)."""
    if qualifier == "below":
        return claimed <= found + SAME * max(1.0, abs(found))
    if qualifier == "above":
        return claimed >= found - SAME * max(1.0, abs(found))
    if qualifier == "at_least":
        return claimed >= found - SAME * max(1.0, abs(found))
    if qualifier == "at_most":
        return claimed <= found + SAME * max(1.0, abs(found))
    return True


def bounds_meet(claimed_qualifier: str, found_qualifier: str, claimed: float, found: float) -> bool:
    """Can one value be true of the claim's bound and the text's, when they point opposite
    ways? "nearly 88" (below 88) and "over 86" can both hold; "nearly 88" and "over 88" cannot,
    whatever the tolerance: a tolerance accepts rounding, never the other side of the figure."""
    margin = SAME * max(1.0, abs(claimed))
    if claimed_qualifier in ("below", "at_most") and found_qualifier in ("above", "at_least"):
        strict = claimed_qualifier == "below" or found_qualifier == "above"
        return found < claimed - margin if strict else found <= claimed + margin
    if claimed_qualifier in ("above", "at_least") and found_qualifier in ("below", "at_most"):
        strict = claimed_qualifier == "above" or found_qualifier == "below"
        return found > claimed + margin if strict else found >= claimed - margin
    return True


#: A number of units, in digits or words ("25", "two", "twenty-five", "a few").
_HOW_MANY = r"(?:\d[\d,.]*|(?:%s)(?:-(?:%s))?|few|several|couple\s+of)" % (
    "|".join(sorted([*L.UNITS, *L.TENS], key=len, reverse=True)), "|".join(L.UNITS))
#: A period counted from the reference date: "the next five years", "the past 18 months",
#: "the last 25 years", "within four years". "Last" only with a number: "last month" and
#: "the last financial year" are calendar periods, no length of time.
RELATIVE_SPAN = re.compile(r"(?:the\s+)?(?:(?:next|past|coming|previous|following)\s+(?:\S+\s+)?\S+"
                           r"|last\s+%s\s+\S+|within\s+(?:the\s+next\s+)?(?:\S+\s+)?\S+)" % _HOW_MANY, re.I)


def _plain(wording: str) -> str:
    """A mention's wording as matching reads it: "the next&nbsp;25&nbsp;years",
    "wit\u00adhin four years", "the <em>next</em> decade", "within **three** months" (HTML
    references, soft hyphens, inline tags, emphasis) are the plain words."""
    if "&" in wording or "<" in wording or "](" in wording or "*" in wording or "_" in wording \
            or "\t" in wording or not wording.isascii():
        from .text.normalize import Normalized

        wording = Normalized(wording).cased
    return wording


def is_relative_span(wording: str) -> bool:
    """Is a dates mention's wording a period counted from the reference date? (Read as
    matching reads it: ``_plain``.)"""
    return RELATIVE_SPAN.match(_plain(wording)) is not None


#: A period of a stated length up to a named time: "the 12 months to March", "the three
#: months ending September 30", "the six weeks through Sunday". Its end is a date of the
#: calendar (its year may be a guess), but its length is stated, so it is a length too.
_COUNTED_TO = re.compile(r"(?:the\s+)?%s\s+(?:days?|weeks?|months?|years?)\s+"
                         r"(?:to|ending|ended|through|until|up\s+to)\s" % _HOW_MANY, re.I)


def states_length(wording: str) -> bool:
    """Does a dates mention's wording state a length of time: a period counted from the
    reference date ("the past 18 months") or one of a stated length up to a named time
    ("the 12 months to March")?"""
    return is_relative_span(wording) or _COUNTED_TO.match(_plain(wording)) is not None


_BUSINESS_DAYS = re.compile(r"(?<![a-z])(?P<n>[a-z\d][a-z\d-]*)\s+(?:business|working)\s+days?(?![a-z])")


def span_as_duration(found: Mention) -> Optional[Mention]:
    """A period such as "the next five years" or "the 12 months to March" as the length of
    time it spans (5 years, 1 year), for a duration claim; None for any other dates, or a span of no whole number of units."""
    if found.kind != "dates" or not isinstance(found.value, tuple) or not states_length(found.text):
        return None
    first, last = found.value
    if not (isinstance(first, _dt.date) and isinstance(last, _dt.date)) or last < first:
        return None
    low = _plain(found.text).lower()
    b = _BUSINESS_DAYS.search(low)
    if b is not None:  # "within 20 business days": 20 days of work, whatever the calendar spans
        num = read_number(low, b.start("n"))
        if num is not None and not num.ordinal:
            return dataclasses.replace(found, kind="duration", value=float(num.value), unit="day", qualifier="exact")
    after = last + _dt.timedelta(days=1)
    months = (after.year - first.year) * 12 + after.month - first.month
    if after.day == first.day and months > 0:
        value, unit = (months / 12, "year") if months % 12 == 0 else (float(months), "month")
    elif (after - first).days % 7 == 0:
        value, unit = (after - first).days / 7, "week"
    else:
        value, unit = float((after - first).days), "day"
    return dataclasses.replace(found, kind="duration", value=float(value), unit=unit, qualifier="exact")


#: Between a noun and the number that counts it, words that start another clause
#: ("deaths fell, but 300 were hurt": the 300 are not deaths).
_CLAUSE_BETWEEN = re.compile(r"[;:()]|,\s|\s[-\u2013\u2014]\s|\b(?:while|whereas|but|although|and|or)\b", re.I)
#: How many words before its number a counted noun may stand ("heat-related deaths in
#: Europe topped 61,000").
_NOUN_REACH = 8


def _counted_before(claimed: Mention, before: str) -> Optional[str]:
    """The claim's counted noun written as the subject before a bare number ("deaths in
    Europe topped 61,000" counts deaths), in its clause and a few words away; else None."""
    head = _singular(claimed.unit.split()[-1])
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", before))[-_NOUN_REACH:]
    for w in reversed(words):
        if _singular(w.group()) == head:
            return None if _CLAUSE_BETWEEN.search(before, w.end()) else w.group()
    return None


#: An age written as a length of time ("the 87-year-old", "87 years old") or as a number
#: ("aged 87", "at the age of 87"): the same fact, whichever the article writes.
_AGE_AFTER = re.compile(r"[\s-]*old(?![a-z])", re.I)
_AGE_BEFORE = re.compile(r"(?:(?<![a-z])aged|age\s+of)\s+\Z", re.I)


def age_of(m: Mention, text: str) -> Optional[float]:
    """The age ``m`` states in ``text`` (the raw text it was read from), if it is one."""
    if m.kind == "duration" and m.unit == "year" and m.qualifier == "exact" and not isinstance(m.value, tuple) \
            and _AGE_AFTER.match(text, m.end):
        return float(m.value)
    if m.kind == "number" and not isinstance(m.value, tuple) and _AGE_BEFORE.search(text, max(0, m.start - 12), m.start):
        return float(m.value)
    return None


_DAY_NUMBERS = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # days, not years


def range_ends(found: Mention) -> Optional[tuple]:
    """The first and last day of a range written day by day ("September 22-24", "3 April
    1934 – 1 October 2025"): each is a date the text states, for a ``date`` claim. None for
    a period named whole ("July 1960", "autumn 2022", "this week", "the first eight months
    of this year"), whose first day the text never writes."""
    value = found.value
    if found.kind != "dates" or not isinstance(value, tuple) or len(value) != 2:
        return None
    first, last = value
    if not (isinstance(first, _dt.date) and isinstance(last, _dt.date)) or first == last:
        return None
    wording = _plain(found.text)
    one_day = len(_DAY_NUMBERS.findall(wording)) < 2 and not any(w in wording.lower() for w in _DAY_WORDS)
    if one_day:
        # "the week to March 10", "the week ended March 6", "the quarter ended March 31"
        # (whole months, but the day is written): the one day written, at its end
        day = _ONE_DAY.search(wording.lower())
        if day is not None and int(day.group("a") or day.group("b")) == last.day \
                and L.MONTHS.get(L.key(day.group("m") or day.group("n"))) == last.month:
            return last, last
    if first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]:
        return None  # whole months: "from March to May 2024", "September 2022 to March 2023"
    if one_day:
        return None  # "this week", "the next ten days": no day written
    return first, last


#: One day with its month in a period's wording ("the week to March 10", "the seven days
#: to 6 March").
_ONE_DAY = re.compile(r"(?<![a-z])(?:(?P<m>%s)\.?\s+(?P<a>\d{1,2})(?:st|nd|rd|th)?(?!\d)|(?P<b>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<n>%s)(?![a-z]))"
                      % (L.alternation(L.MONTHS), L.alternation(L.MONTHS)))


#: Days written in words at a range's ends ("from the first to the fifth of May").
_DAY_WORDS = ("first", "second", "third", "fourth", "fifth")


def year_of_period(found: Mention) -> Optional[Mention]:
    """A date or a period written with its year ("the summer of 2022", "March 2024") as
    that year, for a ``year`` claim; None when it spans years or states none."""
    value = found.value
    first, last = value if isinstance(value, tuple) else (value, value)
    if not (isinstance(first, _dt.date) and isinstance(last, _dt.date)) or first.year != last.year \
            or not states_year(_plain(found.text)):
        return None
    return dataclasses.replace(found, kind="year", value=first.year)


#: A period named by its rank: "third-quarter", "the fourth quarter", "first half of 2024".
_RANKED_PERIOD = re.compile(r"(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)(?![a-z])", re.I)


def rank_of_period(found: Mention) -> Optional[Mention]:
    """A quarter or half named by its rank ("third-quarter profit", "the fourth quarter")
    as that rank, for an ``ordinal`` claim (`ordinal: fourth`); None for other periods."""
    if found.kind != "dates":
        return None
    text = without_invisible(_plain(found.text)).lower()  # "four\u00adth-quar\u00adter": soft hyphens
    m = _RANKED_PERIOD.match(text)
    if m is None:
        return None
    return dataclasses.replace(found, kind="ordinal", value=read_number(text, m.start("n")).value, unit=None)


_HYPHEN_NOUN = re.compile(r"-(?P<w>[A-Za-z]+)(?![A-Za-z-])")


def _counted_after(claimed: Mention, after: str) -> Optional[str]:
    """The claim's counted noun joined by a hyphen after the number ("a 5-point lead" is 5
    points, "a 23-man squad" 23 men), else None."""
    m = _HYPHEN_NOUN.match(after)
    if m is None:
        return None
    word = m.group("w")
    return word if _lemma(word) == _lemma(claimed.unit.split()[-1]) else None


_IRREGULAR = {"men": "man", "women": "woman", "people": "person", "children": "child", "feet": "foot"}


def _lemma(word: str) -> str:
    w = word.lower()
    return _IRREGULAR.get(w) or _singular(w)


def counted_head(m: Mention) -> Optional[str]:
    """The noun a count counts, as the judge compares it ("150 officials": official)."""
    return _lemma(m.unit.split()[-1]) if m.kind == "count" and m.unit else None


def judge(claim: Claim, found: Mention, before: Optional[str] = None, after: Optional[str] = None,
          dated: bool = False) -> Optional[str]:
    """None when the stated figure agrees with the claim, else why not (one line).

    ``before`` and ``after``: the text of the figure's sentence up to the figure and from
    it, where a count's noun may stand ahead of a bare number or be joined to it by a
    hyphen ("a 5-point lead"). ``dated``: the article has a publication date, so a date
    it writes without a year is read in a known year and its weekday can be checked."""
    expected = claim.expected
    assert expected is not None
    if expected.kind in ("number", "count") and found.kind == "duration" and found.unit == "year" and before is not None:
        found = dataclasses.replace(found, kind="number", unit=None)  # located as an age: "the 87-year-old"
    elif expected.kind == "duration" and found.kind == "number" and before is not None:
        found = dataclasses.replace(found, kind="duration", unit="year", value=float(found.value))  # "aged 87"
    if expected.kind == "year" and found.kind in ("date", "dates"):
        year = year_of_period(found)
        if year is None:
            return "a period that is not within one year"
        found = year
    if expected.kind == "ordinal" and found.kind == "dates":
        rank = rank_of_period(found)
        if rank is None:
            return "a period, not a rank"
        found = rank
    if expected.kind == "count" and expected.unit and found.unit is None and found.kind in ("number", "count") \
            and before is not None:
        noun = _counted_before(expected, before) or _counted_after(expected, after or "")
        if noun is not None:
            found = dataclasses.replace(found, kind="count", unit=noun)
    if expected.kind == "date" and found.kind == "dates":
        ends = range_ends(found)
        if ends is None:
            return "a period of dates, not one day"
        claimed = expected.value
        last = ends[1]
        pick = last if (claimed.month, claimed.day) == (last.month, last.day) else ends[0]
        found = dataclasses.replace(found, kind="date", value=pick,
                                    qualifier="exact" if found.qualifier == "between" else found.qualifier)
    if expected.kind == "duration" and found.kind == "dates":
        length = span_as_duration(found)
        if length is None:
            return "a period of dates, not a length of time"
        found = length
    if not _unit_agrees(expected, found):
        if expected.kind == "count":
            return f"counts {found.unit or 'nothing named'}, not {expected.unit}"
        return f"unit differs: text has {found.unit}, claim has {expected.unit}"
    if expected.kind == "percent" and expected.direction != found.direction:
        return f"direction differs: text says {_direction(found)}, claim says {_direction(expected)}"
    stated = found
    if expected.kind in ("date", "dates") and found.kind == expected.kind and not states_year(claim.figure) \
            and not states_year(_plain(found.text)) and not is_relative_span(found.text):
        # neither states the year: the text's may be a guess (a span counted from the
        # publication date is none: "within five years" ends a year after "within four")
        found = _in_claimed_year(expected, found)
    if expected.kind == "date" and found.kind == "date" and _BARE_WEEKDAY.fullmatch(claim.figure.strip()) \
            and isinstance(found.value, _dt.date) and isinstance(expected.value, _dt.date) \
            and found.value.weekday() == expected.value.weekday() and abs((found.value - expected.value).days) <= 7:
        # "Friday" as a claim's figure is the Friday the article means: which week a
        # weekday falls in is read from its clause's tense ("will meet on Friday", "met on
        # Friday"), which a claim's few words do not state; the weekday must agree
        found = dataclasses.replace(found, value=expected.value)
    if claim.tolerance is not None:
        ce, cf = _scalar(expected), _scalar(found)
        if expected.kind == "duration" and ce is not None and cf is not None:
            pair = _durations(expected, found)
            if pair is None:
                return "value differs"
            ce, cf = pair
        if ce is None or cf is None or isinstance(found.value, tuple):
            if not same_value(expected, found):
                return "value differs"
            return _qualifier_differs(expected, found)  # dates: a tolerance does not bend "before"
        if not claim.tolerance.allows(ce, cf):
            return f"value differs by more than the tolerance ({claim.tolerance})"
        if not consistent(found.qualifier, ce, cf):
            return (f"the text's qualifier ({_QUALIFIER_WORDS[found.qualifier]} {found.text.strip()}) "
                    f"is not true of the claimed value")
        if not bounds_meet(expected.qualifier, found.qualifier, ce, cf):
            return _qualifier_differs(expected, found)
        return _negated(expected, before)
    if not same_value(expected, found):
        return "value differs" + _year_read(found)
    return _qualifier_differs(expected, found) or _negated(expected, before) \
        or (_weekday_disagrees(stated, before) if dated or states_year(_plain(stated.text)) else None)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A weekday written against a day of the month: "Saturday 6 June", "Sunday, October 25",
#: "Tuesday the 15th of September", "Thursday 2026-05-14" (the day's number is what it is
#: checked against).
_WEEKDAY_DAY = re.compile(
    r"\b(?P<w>(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
    r",?\s+(?:the\s+)?(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]{3}|[a-z]{3,9}\.?\s+(?P<d2>[0-3]?\d)(?!\d)"
    r"|[12]\d{3}-[01]\d-(?P<d3>[0-3]\d))")


def _weekday_disagrees(found: Mention, before: Optional[str] = None) -> Optional[str]:
    """Why a date that agrees does not hold: the text names it with another weekday
    ("from Sunday 6 June" where 6 June is a Saturday), or None. A weekday that matches no
    day of the date read ("Saturday 6 June to 14 June": 14 June is not checked) says nothing.
    The weekday may stand just before the figure's wording ("on Saturday, October 25",
    ``before``: the sentence up to the figure)."""
    if found.kind not in ("date", "dates"):
        return None
    wording = (before or "")[-16:] + _plain(found.text)
    if "day" not in wording.lower() and "." not in wording:
        return None
    value = found.value
    days = [value] if isinstance(value, _dt.date) else \
        [d for d in value if isinstance(d, _dt.date)] if isinstance(value, tuple) else []
    low = wording.lower()
    for m in _WEEKDAY_DAY.finditer(low):
        day = int(m.group("d1") or m.group("d2") or m.group("d3"))
        named = next(i for i, w in enumerate(_WEEKDAYS) if w.startswith(m.group("w")[:3]))
        pair = _WEEKDAY_RANGE.search(low, 0, m.start())
        if pair is not None and len(days) == 2:
            # "Friday through Sunday, June 13-15": the weekdays name the range's two ends
            first = next(i for i, w in enumerate(_WEEKDAYS) if w.startswith(pair.group("w")[:3]))
            for d, want in ((days[0], first), (days[1], named)):
                if d.weekday() != want:
                    return (f"the weekday differs: the text says {_WEEKDAYS[want].capitalize()}, "
                            f"but {d.day} {d:%B %Y} is a {d:%A}")
            continue
        for d in days:
            if d.day == day and d.weekday() != named:
                return (f"the weekday differs: the text says {_WEEKDAYS[named].capitalize()}, "
                        f"but {d.day} {d:%B %Y} is a {d:%A}")
    return None


#: A weekday, then a range word, just before another weekday: "Friday through Sunday".
_WEEKDAY_RANGE = re.compile(
    r"\b(?P<w>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*(?:through|thru|to|until|till|and|-|\u2013)\s*\Z")


#: A negation just before a figure, in its clause: "did not reach nearly 88 billion",
#: "has not deployed 1,500", "never surpassing 100 billion", "not up 22%", "hasn't topped
#: $5m", "was not the first": at most one word between (the verb), with the adverbs a
#: negated verb takes ("has not yet been"). Not a phrase that keeps the figure stated or
#: is a bound of its own: "not only 5", "not just", "not least", "not all 12", "not
#: counting 3", "not including", "not to exceed 5" (at most), "not far from" (two words),
#: "whether or not", "if not" (or even), and not a negation in a qualifier, which the
#: figure's wording holds ("not more than"). The verb may take its particle: "never rose
#: to 3.8%", "is no longer valued at $8.5 billion", "did not account for 41%" (``_PARTICLE``).
_NEGATION = re.compile(
    r"(?P<neg>(?<![\w'])(?<!\bor )(?<!\bif )(?:not|never|no longer|cannot)|n't)\s+"
    r"(?:(?:yet|ever|even|quite|once|actually|really|officially|have|has|had|be|been|being|to\s+have)\s+)*"
    r"(?:(?!(?:only|just|merely|simply|least|all|every|each|counting|including|includ\w*|to|far|but|or|"
    r"more|less|fewer|over|under|above|below|until|till|before|after|since)\s)[a-z][\w'-]*\s+"
    r"(?:(?P<p>to|by|at|for|of|on|in|into|from|with)\s+)?)?\Z")
#: Particles after which a negated length is still stated: "had not been seen in five
#: years", "has not rained for 40 days" (the length is how long it has not).
_STILL_STATED_AFTER = frozenset({"in", "for"})
_NEGATED_KINDS = frozenset({"number", "count", "money", "percent", "duration", "ordinal"})


def _negated(expected: Mention, before: Optional[str]) -> Optional[str]:
    """Why a figure that agrees does not hold: the text negates it ("did not reach nearly
    88 billion USD"), or None. Dates and years are left alone: "not until 2026", "not
    before March" state the date."""
    if before is None or expected.kind not in _NEGATED_KINDS:
        return None
    tail = before[-60:].lower()
    if "not" not in tail and "n't" not in tail and "never" not in tail and "no longer" not in tail:
        return None  # cheap gate
    m = _NEGATION.search(tail)
    if m is None or expected.kind == "duration" and m.group("p") in _STILL_STATED_AFTER:
        return None
    return f"the text negates it ('{' '.join(m.group().split())}')"


#: A claim's date given as a weekday alone, with a bound or "on" before it ("Friday",
#: "on Tuesday", "starting Friday", "by Monday"), not "next Friday" or "last Monday".
_BARE_WEEKDAY = re.compile(r"(?:(?:on|by|from|since|until|till|starting|beginning|before|after)\s+)?(?:%s)\.?"
                           % "|".join(L.WEEKDAYS), re.I)


def _year_read(found: Mention) -> str:
    """For a date the text writes without a year: which year it was read in. For a period
    whose wording does not spell out its ends ("by the end of the 1990s", "the early
    2000s", "the second half of 2024"): the years or days it was read as."""
    value = found.value
    wording = " ".join(_plain(found.text).split())
    if found.kind == "years" and isinstance(value, tuple) and not _PLAIN_YEARS.fullmatch(wording):
        return f" ({wording!r} reads as {value[0]}-{value[1]})"
    if found.kind not in ("date", "dates"):
        return ""
    shown = f"{value[0].isoformat()}..{value[1].isoformat()}" if isinstance(value, tuple) else \
        value.isoformat() if isinstance(value, _dt.date) else None
    if shown is None:
        return ""
    if states_year(_plain(found.text)):
        return f" ({wording!r} reads as {shown})" if isinstance(value, tuple) and _PERIOD_WORDS.search(wording) else ""
    return f" (the text gives no year; {wording!r} reads as {shown})"


#: Years written out in full ("2019-2023", "from 2019 to 2023"): their reading is plain.
_PLAIN_YEARS = re.compile(r"(?:from\s+|between\s+)?\d{4}\s*(?:[-\u2013\u2014/]|to|and|until|through)\s*\d{2,4}", re.I)
#: Words that make a period's ends a reading, not its wording.
_PERIOD_WORDS = re.compile(r"(?<![a-z])(?:early|mid|late|end|start|beginning|half|quarter|summer|winter|spring|"
                           r"autumn|fall|first|second|third|fourth|last|past|next|week|fiscal|financial|year)(?![a-z])",
                           re.I)


def _in_claimed_year(expected: Mention, found: Mention) -> Mention:
    """A date the claim writes without a year ("December 28") takes the publication year;
    the text's, written without one too, may lie a year either side of it, where its tense
    put it ("the fire broke out on December 28" in a January article). The same day a year
    off is the same date. A year the text states is never bent ("December 28, 2023")."""
    def shifted(d, e):
        if isinstance(d, _dt.date) and isinstance(e, _dt.date) and abs(d.year - e.year) == 1 \
                and (d.month, d.day) == (e.month, e.day):
            return e
        return d
    value, claimed = found.value, expected.value
    if isinstance(value, tuple) and isinstance(claimed, tuple) and len(value) == len(claimed):
        new = tuple(shifted(d, e) for d, e in zip(value, claimed))
        if len(new) == 2 and new[0] == claimed[0] and _both_february(value, claimed):
            new = claimed  # "February" a leap year apart: the month ends on the 29th or the 28th
    elif not isinstance(value, tuple) and not isinstance(claimed, tuple):
        new = shifted(value, claimed)
    else:
        return found
    return found if new == value else dataclasses.replace(found, value=new)


def _both_february(value: tuple, claimed: tuple) -> bool:
    """Both periods are the whole of February (of years next to each other)."""
    def whole(v):
        first, last = v
        return (isinstance(first, _dt.date) and isinstance(last, _dt.date) and first.month == last.month == 2
                and first.day == 1 and first.year == last.year and (last + _dt.timedelta(days=1)).day == 1)
    return whole(value) and whole(claimed)


def _qualifier_differs(expected: Mention, found: Mention) -> Optional[str]:
    if expected.qualifier != found.qualifier:
        return f"qualifier differs: text says {_said(found)}, claim says {_said(expected)}"
    return None


#: What each qualifier means, said after its wording ("'nearly' (less than)"); exact and
#: between say themselves (``_QUALIFIER_WORDS``).
_QUALIFIER_MEANINGS = {"below": "less than", "above": "more than", "approx": "about",
                       "at_least": "at least", "at_most": "at most"}
#: ... and what a bound of a date or year means (docs/claims.md: "ends before the period named").
_DATE_BOUNDS = {"below": "before", "above": "after", "at_least": "from (on or after)", "at_most": "until (on or before)"}
_BEFORE_WORDS = sorted(L.QUALIFIERS_BEFORE, key=len, reverse=True)
_AFTER_WORDS = sorted(L.QUALIFIERS_AFTER, key=len, reverse=True)


def _said(m: Mention) -> str:
    """A figure's qualifier as its own words give it and what it means ("'over' (more
    than)"), so that a failure read in one line of a table says which word differs;
    the meaning alone where no word of it leads or ends the wording ("exactly")."""
    if m.kind in ("date", "dates", "year", "years") and m.qualifier in _DATE_BOUNDS:
        return _DATE_BOUNDS[m.qualifier]  # "before 2010", "since 2019": a bound of time
    meaning = _QUALIFIER_MEANINGS.get(m.qualifier) or _QUALIFIER_WORDS[m.qualifier]
    low = " ".join(m.text.lower().split())
    for word in _BEFORE_WORDS:
        if low.startswith(word) and low[len(word):len(word) + 1] in (" ", "") and L.QUALIFIERS_BEFORE[word] == m.qualifier:
            return f"{word!r} ({meaning})" if word != meaning else meaning
    for word in _AFTER_WORDS:
        if low.endswith(" " + word) and L.QUALIFIERS_AFTER[word] == m.qualifier:
            return f"{word!r} ({meaning})" if word != meaning else meaning
    return meaning


def _direction(m: Mention) -> str:
    return {"up": "up", "down": "down"}.get(m.direction or "", "no direction")


def signature(m: Mention) -> tuple:
    """What makes two stated figures the same figure (for 'ambiguous')."""
    value = m.value
    if m.kind == "duration":
        value = _scalar(m)
    return (value, m.unit if m.kind != "count" else None, m.qualifier, m.direction)

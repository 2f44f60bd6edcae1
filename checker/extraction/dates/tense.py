"""The year of a date written without one ("December 28", "March 3-5", "the fourth
quarter"), by tense.

A date without a year takes the year of the reference date (the article's publication
date), unless the sentence says it lies on the other side of it: an article of 3 January
2025 saying "the fire broke out on December 28" means 28 December 2024, and one of 20
December 2024 saying "voting will take place on March 3" means 3 March 2025. The verb
nearest the date decides, and only where the other year also brings the date nearer
the reference date (so a tense misread far from a year's turn changes nothing); with no
verb of either tense the reference year stands.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Optional

from .. import lexicon as L
from ..scan import Hit, Scan
from .holidays import RULE as _HOLIDAY_RULE, named as _holiday_named, occurrence as _occurrence

#: A year, or words that place a date relative to the reference: then the date's year
#: was not a default and stays.
_YEAR_STATED = re.compile(r"\d{4}|'\d\d|(?<![a-z])(?:this|next|last|coming|past|previous|ago|year)(?![a-z])")
_MONTH = re.compile(r"(?<![a-z])(?:%s|quarter|half)(?![a-z])" % L.alternation(L.MONTHS))

#: Markers of tense. "-ed" words after "be"/"been"/"being" are passive forms that go
#: with any tense ("will be held"); the auxiliaries before them decide.
_FUTURE = (r"will|shall|'ll|upcoming|(?:could|might|would)(?!\s+(?:have|not\s+have)\b)|(?:is|are)\s+(?:due|expected|scheduled|set|slated|planned|poised|going|sworn\s+in|inaugurated)"
           r"|(?:plans?|intends?|aims?)\s+to"
           # the present of a schedule: "construction begins in March", "the show opens on May 2"
           r"|begins|starts|opens|reopens|resumes|kicks\s+off|takes\s+(?:effect|place|office)|expires|launches|"
           r"(?<=\w\s)(?:begin|reopen|resume|expire)|"
           r"goes\s+on\s+sale|comes\s+into\s+force"
           # a change that applies from a month: "council tax rises by 5% from April", "the
           # new fee applies from January" (a past change says "rose" or "has risen")
           r"|(?:rises|increases|goes\s+up|falls|drops|doubles|changes|applies|kicks\s+in|comes\s+in"
           r"|(?:is|are)\s+(?:cut|raised|frozen|capped|increased|reduced))"
           r"(?=[^.;\n]{0,40}?\sfrom\s+(?:%s)(?![a-z]))") % L.alternation(L.MONTHS)
_PAST = (r"was|were|had|did|said|told|broke|began|begun|took|held|went|came|made|won|lost|fell|rose|"
         r"grew|died|met|left|saw|gave|ran|struck|hit|shot|sold|paid|spent|[a-z]{3,}ed")
_MARKER = re.compile(r"(?<![a-z'])(?:(?P<f>%s)|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?P<p>%s))(?![a-z])"
                     % (_FUTURE, _PAST))
#: Words in -ed that are no past verbs.
_NOT_VERBS = frozenset("""
hundred need needed indeed speed feed seed bed red shed embed proceed succeed exceed breed
creed greed weed bleed sacred naked wicked rugged ragged beloved aged learned blessed
alleged supposed so-called biased based
""".split())
#: Verbs of telling: they date the telling, and count only just before the date
#: ("said on December 28").
_REPORTING = frozenset("""
said told reported announced added noted stated confirmed explained claimed warned
""".split())
#: The rule that reads a day listed after its month ("June 3, 10 and 17": the 10 and the
#: 17), whose wording names no month: its year follows the tense as the month's would.
LISTED_DAY = "<month> <day>, <day> and <day> | <day>, <day> and <day> <month> (days listed with one month)"
_MONTHLESS_RULES = frozenset({_HOLIDAY_RULE, LISTED_DAY})
#: A full stop before white space ends a sentence, except that of "a.m." / "p.m." before a
#: weekday: "the curfew was lifted at 6 a.m. Friday" is one sentence, as AP style writes it.
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?](?=\s)"
                           r"|(?<=[ap]\.m)\.(?=\s)(?!\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?![a-z]))|\u00b6")
_WINDOW = 160


def states_year(wording: str) -> bool:
    """Does a date's wording give its year (or place it relative to the reference)?"""
    return _YEAR_STATED.search(wording.lower()) is not None


def settle_year(sc: Scan, hit: Hit) -> Hit:
    """``hit`` (a date or a range of dates) moved a year where its sentence's tense puts
    it on the other side of the reference date than the reference year does."""
    if hit.kind not in ("date", "dates"):
        return hit
    ref = sc.reference()
    value = hit.value
    first, last = value if type(value) is tuple else (value, value)
    if not (isinstance(first, _dt.date) and isinstance(last, _dt.date)) or first.year != ref.year or last.year != ref.year:
        return hit
    if hit.kind == "date" and sc.low.endswith("next ", 0, hit.start) and _NEXT_BEFORE.search(sc.low, 0, hit.start):
        return _next_one(sc, hit, ref)  # "next 6th of April"
    # the cheap tests first: only a date the other year brings nearer is worth reading
    # the sentence for ("ahead of the trip from September 21-24" stays, whatever its verbs)
    if ref < first:
        shift = -1
    elif last < ref:
        shift = 1
    else:
        return hit
    low = sc.low
    wording = low[hit.start:hit.end]
    if hit.rule == _HOLIDAY_RULE:  # "flights were packed over Christmas" (a January article)
        h = _holiday_named(wording) if hit.kind == "date" else None
        moved_day = _occurrence(h[0], first.year + shift) if h is not None else None
        if moved_day is None:
            return hit
        moved = (moved_day, moved_day)
        wording = wording[:h[1]] + wording[h[2]:]  # "new year's day" states no year
    else:
        try:
            if first != last and _month_end(last):  # "February" of a leap year ends on the 29th
                y = last.year + shift
                moved = (first.replace(year=first.year + shift),
                         _dt.date(y, last.month, calendar.monthrange(y, last.month)[1]))
            else:
                moved = tuple(d.replace(year=d.year + shift) for d in (first, last))
        except (ValueError, OverflowError):  # 29 February; a year out of range
            return hit
    strict = False
    since = shift == -1 and (wording.startswith("since") or _SINCE_BEFORE.search(low, max(0, hit.start - 12), hit.start))
    if since and (_MONTH.search(wording) is not None or hit.rule in _MONTHLESS_RULES) \
            and _YEAR_STATED.search(wording) is None:
        hit.value = moved if type(value) is tuple else moved[0]  # "its first cut since December": the one before
        return hit
    if _distance(ref, *moved) >= _distance(ref, first, last):
        if not (_distance(ref, first, last) <= _SOON and _whole_month(first, last)):
            return hit
        strict = True  # further away: only a verb that is surely one moves it
    if (_MONTH.search(wording) is None and hit.rule not in _MONTHLESS_RULES) or _YEAR_STATED.search(wording) is not None:
        return hit
    if shift == -1:
        if not wording.startswith("since") and _tense(low, hit.start, hit.end, strict) != "past":
            return hit
    elif _tense(low, hit.start, hit.end, strict) != "future":
        return hit
    hit.value = moved if type(value) is tuple else moved[0]
    return hit


#: "since" before a date without a year: the period began before the reference date,
#: whatever the distance ("the first cut since December" in a September article).
_SINCE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:ever\s+)?since\s+(?:the\s+)?\Z")

#: How near the reference date (days) a month named whole on the wrong side of it for its
#: tense is moved a year even where that puts it further away: "sea ice hit its lowest in
#: February" in an article of 10 January is last February; "in May" stays this May. A
#: day ("on January 15") is not moved so: a publication date a few days off is likelier.
_SOON = 92


def _month_end(d: _dt.date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def _whole_month(first: _dt.date, last: _dt.date) -> bool:
    return first.day == 1 and first.month == last.month and first.year == last.year and _month_end(last)

_NEXT_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))next \Z")


def _next_one(sc: Scan, hit: Hit, ref: _dt.date) -> Hit:
    """ "next 6th of April", "next June 5": the first such day after the reference date."""
    wording = sc.low[hit.start:hit.end]
    if _MONTH.search(wording) is None or _YEAR_STATED.search(wording) is not None:
        return hit
    if hit.value <= ref:
        try:
            hit.value = hit.value.replace(year=ref.year + 1)
        except ValueError:  # 29 February
            return hit
    hit.start -= 5
    return hit


def _distance(ref: _dt.date, first: _dt.date, last: _dt.date) -> int:
    if first <= ref <= last:
        return 0
    return min(abs((first - ref).days), abs((last - ref).days))


def sentence_around(low: str, start: int, end: int, width: int = _WINDOW) -> tuple[int, int]:
    """The sentence holding ``low[start:end]``, at most ``width`` characters either side:
    extraction has no sentence boundaries of its own (the judge's come later), and a full
    stop ends one only before white space ("15.6%" does not)."""
    lo = max(0, start - width)
    for b in _SENTENCE_END.finditer(low, lo, start):
        lo = b.end()
    nxt = _SENTENCE_END.search(low, end, end + width)
    return lo, nxt.start() if nxt else min(len(low), end + width)


#: What follows a word in -ed that is a verb ("approved in", "fell to", "hit its"), not an
#: adjective before its noun ("imported steel").
_AFTER_VERB = re.compile(r"\s*(?:[,.;]|(?:in|on|at|by|to|the|a|an|its|their|his|her|from|for|over|during|"
                         r"last|this|with|after|before|until|since|again|sharply|slightly)(?![a-z]))")


#: Verbs of deciding or promising before an infinitive ("agreed on Saturday to raise
#: output in July", "voted to cut rates in March"): they date the decision, and the
#: infinitive's time is its own, so they mark no tense of the date after them.
_DECIDING = frozenset("""agreed decided voted pledged promised vowed resolved opted planned intended aimed
sought chose proposed offered threatened expected forecast predicted projected scheduled slated""".split())
# ("humidity expected to drop", "a plant scheduled to open": the expectation is no past of
# the date either)
_INFINITIVE_AFTER = re.compile(r"(?:\s+(?:on|late|early|last)\s+[a-z]+)?\s+to\s+(?!(?:the|a|an|its|their|his|her|be)(?![a-z]))[a-z]{2,}")


def _tense(low: str, start: int, end: int, strict: bool = False) -> Optional[str]:
    """"past", "future" or None: the tense marker nearest the date in its sentence.
    ``strict``: a word in -ed counts only where a verb's object or phrase follows it."""
    lo, hi = sentence_around(low, start, end)
    best, best_gap = None, None
    for m in _MARKER.finditer(low, lo, hi):
        if m.group("p") is not None and m.group() in _NOT_VERBS:
            continue
        if strict and m.group("p") is not None and m.group().endswith("ed") and not _AFTER_VERB.match(low, m.end()):
            continue  # "applies to imported steel from October": an adjective
        if m.group("p") is not None and m.group() in _DECIDING and _INFINITIVE_AFTER.match(low, m.end()):
            continue  # "agreed on Saturday to raise output in July": the decision's time, not July's
        gap = start - m.end() if m.end() <= start else m.start() - end
        if gap < 0:
            continue
        if m.group() in _REPORTING and not (m.end() <= start and gap <= 4):
            continue  # "will take place on January 15, officials said": the telling, not the event
        if best_gap is None or gap < best_gap:
            best, best_gap = ("future" if m.group("f") is not None else "past"), gap
    return best


_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013]\s")


def clause_tense(low: str, start: int) -> Optional[str]:
    """"past", "future" or None: the last tense marker before ``start`` in its clause, else
    the first after it in its statement. "The summit, which opened on Monday, will close
    on Thursday": Monday's verb is "opened", though "will" stands as near after it; "On
    Monday, the minister said talks had failed": "had"."""
    lo, _ = sentence_around(low, start, start)
    for b in _CLAUSE_START.finditer(low, lo, start):
        lo = b.end()
    found = None
    for m in _MARKER.finditer(low, lo, start):
        if m.group("p") is not None and m.group() in _NOT_VERBS or m.group() in _REPORTING and start - m.end() > 4:
            continue  # "said on Tuesday that ... would": the telling is dated, just before the day
        found = "future" if m.group("f") is not None else "past"
    if found is not None:
        return found
    _, hi = sentence_around(low, start, start)
    semicolon = low.find(";", start, hi)  # "Kick-off is on Saturday; the goals came ...": another statement
    for m in _MARKER.finditer(low, start, hi if semicolon < 0 else semicolon):
        if m.group("p") is not None and (m.group() in _NOT_VERBS
                                         or m.group() in _DECIDING and _INFINITIVE_AFTER.match(low, m.end())):
            continue  # "until Thursday, with humidity expected to drop": no past of Thursday
        return "future" if m.group("f") is not None else "past"  # "On Tuesday the premier said ..."
    return None


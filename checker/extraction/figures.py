"""Reading a claim's figure: the article's own wording or a canonical form.

A claim says ``money: nearly 88 billion USD`` or ``money: 88e9 USD``; ``percent: up 22``;
``ordinal: 79``; ``dates: 2024-09-22..2024-09-24``. The same extractor that reads the
article reads the claim, so both sides are compared by value, never by spelling.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from dataclasses import replace
from typing import Optional

from ..errors import FigureError
from ..locale import DEFAULT as _DEFAULT_LOCALE, Locale
from ..model import Mention
from . import lexicon as L

#: Mention kinds a claim of each kind accepts, and what they become.
COMPATIBLE = {
    "number": ("number", "count"),
    "count": ("count", "number"),
    "percent": ("percent",),
    "money": ("money",),
    "date": ("date",),
    "dates": ("dates", "date"),
    "year": ("year",),
    "years": ("years",),
    "ordinal": ("ordinal", "number"),
    "duration": ("duration",),
}
_LEADING = re.compile(r"(?:(?:the|all|both|its|their|an?|for)\s+)*", re.I)  # "for some days"
#: A date's preposition that reads nothing ("by summer 2026", "in March", "on October
#: 25"): a claim may copy it from the article.
_LEADING_DATE = re.compile(r"(?:(?:by|in|on|during|at)\s+)?(?:(?:the|all|both|its|their|an?|for)\s+)*", re.I)
#: A quarter or half named by its rank, as a `dates` claim's figure ("the third quarter",
#: "the first half of 2025"): read as "Q3", "H1 2025". In prose the rank alone is a
#: period only in a sentence about business figures; a claim's kind says it is one.
_RANKED_PERIOD = re.compile(r"(?:in\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
                            r"|(?P<h>first|second|1st|2nd)[\s-]+half)(?:\s+(?:of\s+)?(?P<y>\d{4}))?", re.I)
_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR_FIRST = re.compile(r"(?:(?:nearly|about|around|over|more than|almost|some)\s+)?(\d)(\d{3})(?=\s+\D)")
_EXPONENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[eE]([+]?\d{1,2})(?![\w.])")
_EXAMPLES = {
    "number": "1,500 | nearly 1500 | one thousand five hundred",
    "count": "150 heads | nearly 1,500 officers and soldiers | all six key bodies",
    "percent": "22% | up 22 | sixteen per cent | 1.5 percentage points",
    "money": "nearly 88 billion USD | US$88bn | 88e9 USD",
    "date": "October 25 | 25 October 2025 | 2025-10-25",
    "dates": "September 22-24 | 2024-09-22..2024-09-24",
    "year": "2025 | this year",
    "years": "2022-2023 | 2022..2023 | the 2000s",
    "ordinal": "79 | 79th | eleventh | between 10th and 15th",
    "duration": "30 years | nearly five decades | more than a decade",
}


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _expand_exponent(m: re.Match) -> str:
    value = float(m.group(1)) * 10 ** int(m.group(2))
    return str(int(value)) if value.is_integer() else repr(value)


def _read(kind: str, wording: str, published: Optional[_dt.date],
          locale: Locale = _DEFAULT_LOCALE) -> Optional[Mention]:
    from .engine import extract

    text = wording.strip().rstrip(".;,")
    mentions = [m for m in extract(text, published, locale=locale) if m.kind in COMPATIBLE[kind]]
    if len(mentions) == 1:
        m = mentions[0]
        leading = _LEADING_DATE if kind in ("date", "dates", "year", "years") else _LEADING
        if leading.fullmatch(text, 0, m.start) and (m.end == len(text) or _direction_after(m, text)):
            return m
    return None


_DIRECTION_NOUN = re.compile(r"\s+([a-z]+)\s*", re.I)


#: A currency's letters against the digits that a text reads as money only where the
#: amount has an amount's shape or the text names the currency ("R370", "RM5", "Tk20").
#: A money claim names the kind itself: there the letters are the currency.
_LETTER_SIGN = re.compile(r"(?<![A-Za-z])(%s)(?=\d)" % "|".join(
    sorted(["R", *L.MIXED_CASE_SIGNS.values()], key=len, reverse=True)))


def _read_letter_sign(text: str, published: Optional[_dt.date], locale: Locale) -> Optional[Mention]:
    """ "money: R370", "money: nearly RM5": the letters read as their ISO code would
    ("ZAR370"), the wording kept as written."""
    sign = _LETTER_SIGN.search(text)
    if sign is None:
        return None
    code = "ZAR" if sign.group() == "R" else L.CURRENCY_PREFIXES[sign.group().lower()]
    shift = len(code) - len(sign.group())
    m = _read("money", text[:sign.start()] + code + text[sign.end():], published, locale)
    if m is None or m.start > sign.start():
        return None
    end = m.end - shift
    return replace(m, end=end, text=text[m.start:end])


def _direction_after(m: Mention, text: str) -> bool:
    """A percentage followed only by the noun that gave it its direction: "a 5% rise",
    "a half-point cut" (the article's wording, copied into a claim)."""
    if m.kind != "percent" or m.direction is None:
        return False
    n = _DIRECTION_NOUN.fullmatch(text, m.end)
    from .lexicon import DIRECTIONS_AFTER

    return n is not None and DIRECTIONS_AFTER.get(n.group(1).lower()) == m.direction


def _year_bound(text: str, published: Optional[_dt.date], locale: Locale = _DEFAULT_LOCALE) -> Optional[Mention]:
    """A year's bound worded as a part of that year: "by the end of 2027" is at most 2027
    (up to its last day), as "until 2027" is; "from the start of 2027" at least 2027."""
    m = _read("dates", text, published, locale)
    if m is None or not isinstance(m.value, tuple):
        return None
    first, last = m.value
    if first.year != last.year:
        return None
    if m.qualifier == "at_most" and (last.month, last.day) == (12, 31) \
            or m.qualifier == "at_least" and (first.month, first.day) == (1, 1):
        return replace(m, kind="year", value=first.year, unit=None)
    return None


def _convert(kind: str, m: Mention) -> Mention:
    if m.kind == kind:
        return m
    if kind == "dates" and m.kind == "date":
        return replace(m, kind="dates", value=(m.value, m.value))
    if kind == "ordinal":
        # "between 10 and 15": a range of ranks; a bound ("over 10") is no rank at all.
        if m.qualifier not in ("exact", "between"):
            raise FigureError(f"an ordinal takes no qualifier, only a range: {m.text!r} "
                              f"(e.g. {_EXAMPLES[kind]})")
        values = m.value if isinstance(m.value, tuple) else (m.value,)
        for v in values:
            if not float(v).is_integer():
                raise FigureError(f"an ordinal is a whole number, not {v}")
        value = tuple(int(v) for v in values) if isinstance(m.value, tuple) else int(m.value)
        return replace(m, kind="ordinal", value=value, unit=None)
    if kind == "number":
        return replace(m, kind="number", unit=None)
    if kind == "count":
        return replace(m, kind="count")
    return replace(m, kind=kind)


_ISO_DAY = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
_ISO_DAYS = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})\s*(?:\.\.|\u2013|\u2014|\bto\b)\s*(\d{4}-\d{1,2}-\d{1,2})")
_YEAR_SPAN = re.compile(r"(\d{4})\s*(?:\.\.|-|\u2013|\u2014|\bto\b)\s*(\d{4})")
#: Days of one month written backwards: "September 24-22", "24-22 September".
_DAY_SPAN = re.compile(r"(?:(?P<m1>[A-Za-z]+\.?)\s+)?(?P<d1>\d{1,2})\s*(?:-|\u2013|\u2014|\bto\b)\s*(?P<d2>\d{1,2})"
                       r"(?:\s+(?P<m2>[A-Za-z]+\.?))?(?:,?\s+(?P<y>\d{4}))?")


def _impossible(kind: str, text: str) -> Optional[str]:
    """Why a figure in canonical form that did not read cannot be: a day that does not
    exist ('2024-02-30'), or a range written backwards ('2024-09-24..2024-09-22')."""
    if kind in ("date", "dates"):
        days = []
        for m in _ISO_DAY.finditer(text):
            try:
                days.append(_dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError as error:
                where = "" if m.group() == text else f" ({m.group()!r})"
                return f"is not a valid date{where}: {error}"
        if kind == "dates" and len(days) == 2 and _ISO_DAYS.fullmatch(text) and days[1] < days[0]:
            return f"ends before it starts: write the earlier day first ({days[1]}..{days[0]})"
        m = _DAY_SPAN.fullmatch(text)
        if kind == "dates" and m and bool(m.group("m1")) != bool(m.group("m2")) \
                and (m.group("m1") or m.group("m2")).lower().rstrip(".") in L.MONTHS \
                and int(m.group("d2")) < int(m.group("d1")):
            d1, d2 = m.group("d1"), m.group("d2")
            fixed = text[:m.start("d1")] + d2 + text[m.end("d1"):m.start("d2")] + d1 + text[m.end("d2"):]
            return f"ends before it starts: write the earlier day first ({fixed})"
    if kind == "years":
        m = _YEAR_SPAN.fullmatch(text)
        if m and int(m.group(2)) < int(m.group(1)):
            return f"ends before it starts: write the earlier year first ({m.group(2)}-{m.group(1)})"
    return None


#: The words that date a year roughly (extraction/dates/rules.py: _APPROX_YEAR).
_APPROX_WORD = re.compile(r"(?:about|around|approximately|roughly)\s+\d", re.I)


def parse_figure(kind: str, wording: str, published: Optional[_dt.date] = None,
                 locale: Locale = _DEFAULT_LOCALE) -> Mention:
    """One Mention of ``kind`` read from a claim's wording; FigureError when it does not read.

    A figure too large for a float ("1e400") reads as infinity, which every comparison
    would treat alike: no article states it, so the claim is refused, not judged."""
    m = _parse_figure(kind, wording, published, locale)
    values = m.value if isinstance(m.value, tuple) else (m.value,)
    if any(isinstance(v, float) and not math.isfinite(v) for v in values):
        raise FigureError(f"{wording.strip()!r} is too large a figure to compare")
    return m


def _parse_figure(kind: str, wording: str, published: Optional[_dt.date], locale: Locale) -> Mention:
    if kind not in COMPATIBLE:
        raise FigureError(f"unknown kind {kind!r}")
    if not isinstance(wording, str) or not wording.strip():
        raise FigureError(f"empty {kind} figure (e.g. {_EXAMPLES[kind]})")
    text = _EXPONENT.sub(_expand_exponent, wording.strip())
    tries = [text]
    if kind == "percent" and not re.search(r"%|per\s?cent|percent|point", text, re.I):
        tries.append(text + "%")
    if kind == "percent" and re.search(r"(?<![a-z-])points?(?![a-z])", text, re.I) and not re.search(r"percentage|basis", text, re.I):
        # "up 0.2 points", "a quarter point": a percentage claim's points are percentage points
        tries.append(re.sub(r"(?<![a-z-])(points?)(?![a-z])", r"percentage \1", text, flags=re.I))
    if kind == "money" and (p := re.fullmatch(r"(.*\d)p", text)) is not None:
        tries.append(p.group(1) + " pence")  # "24.67p": pence, as the article reads them beside pounds
    if kind == "duration":
        tries.append("for " + text)  # "a month", "an hour": a length of one where a claim states it
    if kind == "dates" and text.lower() in L.AMBIGUOUS_MONTHS:
        tries.append("in " + text)  # "May", "March": verbs in prose, a month as a claim's figure
    if kind == "dates" and (rp := _RANKED_PERIOD.fullmatch(text)) is not None:
        rank = (rp.group("q") or rp.group("h")).lower()
        tries.append(f"{'Q' if rp.group('q') else 'H'}{_RANKS[rank]}" + (f" {rp.group('y')}" if rp.group("y") else ""))
    if kind == "year" and _APPROX_WORD.match(text):
        tries.append("in " + text)  # "about 1340": a year dated roughly, as "built in about 1340" reads
    if kind in ("count", "number") and (y := _YEAR_FIRST.match(text)) is not None:
        # "count: 1004 British adults": a count, though "1004" before a capital reads as a year
        tries.append(f"{text[:y.start(1)]}{y.group(1)},{y.group(2)}{text[y.end():]}")
    if kind in ("year", "ordinal", "number", "count") and re.fullmatch(r"\d+", text):
        # A bare canonical figure: "2025", "79"; "1990" as a number or count is no year.
        value = int(text)
        if kind == "year" and not 1 <= value <= 9999:
            raise FigureError(f"{value} is not a year")
        return Mention(kind, value, None, "exact", None, 0, len(text), text, "canonical")
    if kind == "years" and (backwards := _impossible(kind, text)):
        raise FigureError(f"{wording.strip()!r} {backwards}")  # an article's slip is no claim's figure
    for t in tries:
        m = _read(kind, t, published, locale)
        if m is not None:
            return _convert(kind, m)
    if kind == "money" and (m := _read_letter_sign(text, published, locale)) is not None:
        return m
    if kind == "year" and (m := _year_bound(text, published, locale)) is not None:
        return m
    impossible = _impossible(kind, text)
    if impossible:
        raise FigureError(f"{wording.strip()!r} {impossible}")
    found = None
    from .engine import extract

    others = extract(text, published, locale=locale)
    if others:
        o = others[0]
        if o.kind not in COMPATIBLE[kind] and len(others) == 1 and o.end == len(text) \
                and _LEADING_DATE.fullmatch(text, 0, o.start):
            found = f"it reads as {_a(o.kind)} figure: write `{o.kind}: {text}`"  # "date: December 2020"
        elif o.kind not in COMPATIBLE[kind]:
            found = f"it reads as {_a(o.kind)} ({o.text!r})"
        elif len(others) > 1 and re.fullmatch(r"\d+\s*[-\u2013:]\s*\d+", text):
            found = f"it holds two figures, as a score or a vote does: a `text: {text}` claim checks it as written"
        elif len(others) > 1:
            found = "it holds more than one figure"
        else:
            found = f"only {o.text!r} reads as {_a(kind)} figure"
    hint = f"; {found}" if found else ""
    examples = "" if found and "write `" in found else f" (e.g. {_EXAMPLES[kind]})"
    raise FigureError(f"{wording.strip()!r} is not {_a(kind)} figure{hint}{examples}")

"""Percentages and percentage points ("22%", "sixteen per cent", "up 22%", "3-7%",
"1.5 percentage points")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from .. import ranges
from ..numbers import read_number
from ..scan import Hit, Rule, Scan

_SIGN = r"(?:%(?![\da-f]{2}\b)|\s*per\s*-?\s*cents?(?![a-z])|\s*percents?(?![a-z])|\s*pct(?![a-z])|\s*percentage(?!\s*-?\s*points?)(?![a-z]))"
_PERCENT = re.compile(r"\s*" + _SIGN)
_POINTS = re.compile(r"\s*(?:percentage(?:\s+|\s*-\s*)points?|pp|ppt|ppts)(?![a-z])")
#: A basis point is a hundredth of a percentage point ("cut by 25 basis points", "35bp",
#: "a 50-basis-point rise"): read as percentage points, so the two spellings agree.
_BASIS_POINTS = re.compile(r"(?:\s*-?\s*basis[\s-]+points?|\s?bps?)(?![a-z])")
_RANGE_TO = re.compile(r"(?:\s*" + _SIGN + r"|pc)?(?P<sep>\s*-\s*|\s+to\s+|\s+and\s+)(?=[\da-z])")
_BETWEEN = re.compile(r"(?:^|(?<=[^a-z]))(?:between|from)\s+\Z")


def percent(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    # A range first: "3-7%", "3% to 7%", "between 3 and 7 per cent".
    r = _RANGE_TO.match(sc.low, num.end)
    if r:
        sep = r.group("sep").strip()
        # A minus before the first bound belongs to the range ("from -2 to 3%").
        minus = ranges.sign(sc, num.start)
        first = num.start if minus is None else minus
        low = -float(num.value) if minus is not None else float(num.value)
        b = sc.left(_BETWEEN, first, 12)
        if sep == "to" and r.start("sep") > num.end and ranges.change_then_level(sc, first):
            pass  # "fell 0.5% to 3.1%": the change, then the new level
        elif (sep != "and" or b) and not ranges.is_minus(r.group("sep")) and not (b and b.group().startswith("from") and ranges.is_change(sc, first)):
            num2 = read_number(sc.low, r.end())
            if num2 is not None and not num2.ordinal:
                for pat, unit in ((_PERCENT, "%"), (_POINTS, "pp"), (_PC, "%")):
                    p = pat.match(sc.cased if pat is _PC else sc.low, num2.end)
                    if p and num2.value >= low and (pat is not _PC or num2.digits):
                        if sep == "to" and r.start("sep") > num.end \
                                and ranges.change_by_then_level(sc, first, low, float(num2.value)):
                            break  # "rates fall by 0.5% to 3.1%": the change, then the new level
                        start = b.start() if b else first
                        return Hit("percent", (low, float(num2.value)), start, p.end(),
                                   unit=unit, qualifier="between", inclusive=ranges.DEFAULT_INCLUSIVE)
    for pat, unit in ((_PERCENT, "%"), (_POINTS, "pp")):
        p = pat.match(sc.low, num.end)
        if p:
            return Hit("percent", float(num.value), num.start, p.end(), unit=unit)
    p = _PC.match(sc.cased, num.end) or _PC_SPACED.match(sc.cased, num.end)
    if p and num.digits:
        return Hit("percent", float(num.value), num.start, p.end(), unit="%")
    if num.words and not num.digits and num.value in _FRACTIONS:
        p = _FRACTION_POINTS.match(sc.low, num.end)
        if p:
            return Hit("percent", float(num.value), num.start, p.end(), unit="pp")
        p = _FRACTION_OF_A_POINT.match(sc.low, num.end)
        if p and _points_of_a_rate(sc, num.start, p.end()):  # "cut rates by a quarter point", "half a point"
            return Hit("percent", float(num.value), num.start, p.end(), unit="pp")
    p = _PLAIN_POINTS.match(sc.low, num.end)
    if p and not num.scaled and _points_of_a_rate(sc, num.start, p.end()):
        return Hit("percent", float(num.value), num.start, p.end(), unit="pp")
    p = _BASIS_POINTS.match(sc.low, num.end)
    if p and not num.scaled:
        from ..numbers import tidy
        return Hit("percent", float(tidy(num.value / 100)), num.start, p.end(), unit="pp")
    return None


#: "22pc", as some British papers write per cent: lower case, against the digits ("3 PC
#: makers", "a 2pcs pack" are no percentages).
_PC = re.compile(r"pc(?![a-zA-Z0-9])")
#: "16 pc", spaced, as a few papers and wires write it: only where what follows cannot be
#: the noun of a count of PCs or pieces ("3 pc makers", "a 2 pc set"): a stop or other
#: punctuation, the end, or a word that follows a percentage ("16 pc of", "a 16 pc stake",
#: "16 pc year-on-year").
_PC_SPACED = re.compile(
    r" pc(?![a-zA-Z0-9])(?=[^\S\n]*(?:[^\w\s]|\Z|\n|(?:of|in|on|to|from|for|and|or|but|than|at|by|with|while|"
    r"after|before|since|against|a|an|the|this|last|year|rise|fall|increase|decrease|drop|gain|jump|higher|"
    r"lower|more|less|up|down|growth|decline|stake|share|cut|hike|rise|year-on-year|y/y)(?![\w-])))")


#: A fraction of a percentage point, as rate decisions are reported: "a quarter of a
#: percentage point", "half a percentage point", "a quarter-point cut", "a half-point
#: rate hike". "Point" alone only before a noun of change: "the index rose a half point"
#: are index points, "half a point ahead" in a chess report is a score.
_FRACTIONS = frozenset({0.25, 0.5, 0.75})
_FRACTION_POINTS = re.compile(
    r"(?:\s+of)?\s+an?\s+percentage[\s-]+points?(?![a-z])"
    r"|(?:\s+|\s*-\s*)point(?=\s+(?:(?:interest\s+)?rate\s+)?(?:cut|hike|rise|increase|reduction|move|drop|fall|"
    r"decrease|decline|raise)s?(?![a-z]))")

#: "Points" alone are percentage points where they move a rate or a share: "the jobless
#: rate rose 0.2 point to 4.3%", "raised rates by a quarter point", "Labour's share fell
#: 3 points to 31%". Elsewhere they are an index's or a score's ("the Dow rose 300 points,
#: or 0.8%", "won by 5 points"), counted as such.
_PLAIN_POINTS = re.compile(r"(?:\s+|\s*-\s*)(?:points?|pts?)(?![a-z-])")  # "pts": as tables and wires write them
_FRACTION_OF_A_POINT = re.compile(r"(?:\s+of)?(?:\s+an?)?(?:\s+|\s*-\s*)point(?![a-z-])")
#: ... a level in per cent right after: "0.2 point to 4.3%", "3 points from 34%"
_TO_A_PERCENTAGE = re.compile(r"\s+(?:to|from)\s+(?:an?\s+)?(?:(?:new\s+)?record(?:\s+high|\s+low)?\s+(?:of\s+)?)?"
                              r"-?\d[\d.]*\s*(?:%|per\s*cent|percent|pc(?![a-z]))")
#: ... or a rate or yield the clause before it speaks of: "cut its key rate by half a point"
_RATE_BEFORE = re.compile(r"(?<![a-z])(?:rates?|yields?)(?![a-z])[^.;:!?\d]{0,48}\Z")


#: ... or a level in per cent just before, the change after it: "turnout was 31.2%, down
#: 2.4 points", "support stood at 44 per cent, up three points"
_AFTER_A_PERCENTAGE = re.compile(r"(?<![a-z])(?:was|were|is|are|at|to|of|reached|hit)\s+(?:an?\s+)?(?:(?:new\s+)?record"
                                  r"(?:\s+high|\s+low)?\s+(?:of\s+)?)?\d[\d.]*\s*(?:%|per\s*cent|percent|pc)\s*,?\s+"
                                  r"(?:up|down)\s+(?:by\s+)?\Z")
#: ... or the other level of a gap in percentage points: "widened to 10.1 percentage
#: points, from 9.2 points", "from 9.2 points to 10.1 percentage points"
_PERCENTAGE_POINTS_BEFORE = re.compile(r"\d\s*(?:percentage[\s-]+points?|pp|ppts?)\s*,?\s+(?:from|to)\s+(?:%s\s+)?\Z"
                                       % L.alternation(L.QUALIFIERS_BEFORE))
_TO_PERCENTAGE_POINTS = re.compile(r"\s+(?:to|from)\s+-?\d[\d.]*\s*(?:percentage[\s-]+points?|pp|ppts?)(?![a-z])")


def _points_of_a_rate(sc: Scan, start: int, end: int) -> bool:
    low = sc.low
    if _TO_A_PERCENTAGE.match(low, end) or _AFTER_A_PERCENTAGE.search(low, max(0, start - 60), start) \
            or _TO_PERCENTAGE_POINTS.match(low, end) or _PERCENTAGE_POINTS_BEFORE.search(low, max(0, start - 40), start):
        return True
    return _RATE_BEFORE.search(low, max(sc.floor, start - 70), start) is not None


#: Where a percentage can follow its number: a sign, a "p…" word, or a range (Rule.after).
_AFTER = r"\s*(?:[%pb-]|to\s|and\s)"
#: In words, also "a quarter of a percentage point", "half a percentage point".
_AFTER_WORDS = r"\s*(?:[%pb-]|to\s|and\s|of\s|an?\s)"

RULES = [
    Rule("<number> per cent | <number>% | <low>-<high>%", "digits", percent, 35, reads="cardinal", after=_AFTER),
    Rule("<number in words> per cent | a quarter of a percentage point | a half-point", "words", percent, 35,
         reads="cardinal", after=_AFTER_WORDS),
]

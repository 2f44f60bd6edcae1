"""Stated ranges of numbers: "between 20 and 30", "from 20 to 30", "20-30", "20 to 30",
"$2-3 billion". Shared by the rules of every kind that can state a range.

A range is (low, high) with qualifier ``between``. A change ("rose from 85 to 92") is
not a range: "from" after a verb of change introduces two values, not bounds.
"""
from __future__ import annotations

import re
from typing import Optional

from . import lexicon as L
from .numbers import Num, read_number
from .scan import Scan

#: Between the two numbers of a range. "and" needs "between" before the first.
_SEP = re.compile(r"(?P<sep>\s*(?:-|~)\s*|\s+(?:to|through|thru|till|until|and)\s+)(?=[\da-z$£€¥₫₹₩]|\.\d)")
#: Where ``second`` can find a range: just after the first number (a gate for the rules
#: that read ranges, ``Rule.after``; it follows any change of ``_SEP``).
SEPARATOR_AFTER = _SEP.pattern
_OPENER = re.compile(r"(?:^|(?<=[^a-z]))(?P<w>between|from)\s+\Z")
_CHANGE_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z]))(?:%s|raised|cut|lowered|reduced|changed|moved|went|shifted)(?:\s+[a-z]+){0,3}?\s+from\s+\Z"
    % L.alternation(L.DIRECTIONS_BEFORE)
)
#: A verb of change in the past just before an amount: "rose $1.20 to $84.50", "fell 0.5% to
#: 3.1%" state the change and the new level when both carry their own unit.
_PAST_CHANGE = re.compile(r"(?:^|(?<=[^a-z]))(?:%s)\s+(?:by\s+)?\Z" % L.alternation(
    k for k in L.DIRECTIONS_BEFORE
    if k.endswith("ed") or k in ("rose", "fell", "grew", "slid", "shrank", "lost", "cut", "sank", "up", "down")))
_SIGN = re.compile(r"(?:(?:^|(?<=[\s(\[:=<>\u00b6]))-|(?:^|(?<=[^a-z]))(?<!plus or )(?<!plus/)(?:minus|negative)\s+)\Z")
_SPACE_NEXT = frozenset("tua-~")
#: A stated range without bound words includes its low end and not its high end
#: (the convention of Recognizers-Text, whose test cases we measure against).
DEFAULT_INCLUSIVE = (True, False)


def opener(sc: Scan, pos: int) -> Optional["re.Match[str]"]:
    """ "between" / "from" just left of ``pos`` (or of a minus sign there)."""
    o = sc.left(_OPENER, pos, 10)
    if o is None:
        s = sign(sc, pos)
        if s is not None:
            o = sc.left(_OPENER, s, 10)
    return o


def sign(sc: Scan, pos: int) -> Optional[int]:
    """Where a minus sign or word just left of ``pos`` starts ("between -5 and 10",
    "from minus 3 to 4"): the first bound of a range is negative."""
    before = sc.low[pos - 1:pos] if pos else ""
    if before != "-" and not (before.isspace() and sc.low[max(0, pos - 24):pos].rstrip().endswith(("minus", "negative"))):
        return None  # cheap gate: no "-" just before, nor "minus"/"negative" and white space
    m = sc.left(_SIGN, pos, 10)
    return m.start() if m else None


def is_minus(sep: str) -> bool:
    """ "5 -3", "-3 -3": a space before the dash and none after make it the sign of the
    next number, not a range dash (as a writer keys "5 - 3" or "5-3" for a range)."""
    return sep.strip() == "-" and sep[0].isspace() and not sep[-1].isspace()


def is_change(sc: Scan, pos: int) -> bool:
    """ "rose from 85": a change, not the start of a range (``pos`` is the first number)."""
    s = sign(sc, pos)  # "rose from -2 to 3%": the change starts at the minus sign
    return sc.left(_CHANGE_BEFORE, pos if s is None else s, 60) is not None


def change_then_level(sc: Scan, pos: int) -> bool:
    """ "rose $1.20 to $84.50": ``pos`` (where the first amount starts, its unit before it
    or after it as well as after the second) follows a verb of change in the past, so
    "to" leads to the new level, not to the top of a range ("expects to grow 8% to 10%",
    "revenue of $6.2bn to $6.4bn" stay ranges)."""
    m = sc.left(_PAST_CHANGE, pos, 20)
    if m is None:
        return False
    return not (sc.low.startswith("up", m.start()) and MAKE_BEFORE.search(sc.low, max(0, m.start() - 8), m.start()))


#: "by" just before an amount: the size of a change ("fall by £124 to £1,683").
_BY = re.compile(r"(?:^|(?<=[^a-z]))by\s+(?:(?:just\s+)?(?:(?:more|less)\s+than|over|under)|nearly|almost|about"
                 r"|around|roughly|some|up\s+to|at\s+least)?\s*\Z")


def change_by_then_level(sc: Scan, pos: int, low: float, high: float) -> bool:
    """ "bills fall by £124 to £1,683", "and on receipt of a bill by £135 to £1,812": after
    "by", two amounts that each carry their unit, the second more than four times the
    first, are the change and the new level, whatever the verb's tense (or with none,
    where a list leaves it out); "fall by 10% to 15%", "cut costs by $2bn to $3bn" stay
    ranges of the change."""
    return 0 < low and high > 4 * low and sc.left(_BY, pos, 24) is not None


#: "make up", "makes up", "made up", "making up" a share ("women make up 16%", "made up
#: 20% to 25%"): "up" is no rise there, and "to" leads to no new level.
MAKE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:make|makes|made|making)\s+\Z")


def second(sc: Scan, num: Num, end: int, allow_prefix: Optional[re.Pattern] = None,
           start: Optional[int] = None) -> Optional[tuple[Num, str, int]]:
    """The second number of a range after the first (which ends at ``end``):
    (number, separator word, where the number starts); None when no range follows.
    """
    low = sc.low
    if end >= len(low):
        return None
    ch = low[end]
    if ch in " \t\r\n":
        # cheap gate: " to", " through", " till", " until", " and", " -", " ~", after any
        # white space a line break leaves ("billion \r\nand": CRLF, a trailing space)
        nxt = end + 1
        while low[nxt:nxt + 1] in (" ", "\t", "\r", "\n") and nxt < end + 8:
            nxt += 1
        if low[nxt:nxt + 1] not in _SPACE_NEXT:
            return None
    elif ch not in "-~":
        return None
    s = _SEP.match(low, end)
    if not s:
        return None
    sep = s.group("sep").strip() or "-"
    if is_minus(s.group("sep")):
        return None
    first = num.start if start is None else start
    o = opener(sc, first)
    if sep == "and" and not (o and o.group("w") == "between"):
        return None  # "20 and 30" lists two numbers
    if o is not None and o.group("w") == "from" and is_change(sc, first):
        return None
    pos = s.end()
    if allow_prefix is not None:
        p = allow_prefix.match(low, pos)
        if p:
            if sep == "to" and change_then_level(sc, first):
                return None  # "rose $1.20 to $84.50": the change, then the new level
            pos = p.end()
    num2 = read_number(low, pos)
    if num2 is None and low[pos:pos + 1] == "." and low[pos + 1:pos + 2].isdigit() and low[pos - 1:pos] == " ":
        num2 = read_number(low, pos + 1)  # "0.72 to .90": the second end without its leading zero
    if num2 is None or num2.ordinal:
        return None
    if low[num2.end:num2.end + 1] in ("-", "/") and low[num2.end + 1:num2.end + 2].isdigit():
        return None  # "1-222-2222": a phone number or a code, not a range
    if first > 0 and low[first - 1] == "+":
        return None
    if sep == "-" and s.end() == end + 1 and sc.cased[pos:pos + 1].isupper() and low[first:first + 1].isdigit():
        return None  # "7-Eleven": digits, a hyphen and a capitalised number word make a name
    return num2, sep, pos


def bounds(num: Num, num2: Num, negative: bool = False) -> Optional[tuple[float, float]]:
    """The two values, the first taking the second's scale when it has none
    ("2-3 billion") and negated after a minus sign (``sign``); None when they do not
    make a range (low above high)."""
    a, b = float(num.value), float(num2.value)
    if num2.scaled and not num.scaled and a < b:
        factor = b / float(_unscaled(num2))
        if a * factor <= b:
            a *= factor
    if negative:
        a = -a
    if a >= b:
        return None
    return a, b


def unscaled(num: Num) -> float:
    """A scaled number's digits without their scale ("400 million": 400)."""
    return _unscaled(num)


def _unscaled(num: Num) -> float:
    if num.digits:
        return float(num.digits.replace(",", ""))
    v = float(num.value)
    for scale in (1e12, 1e9, 1e6, 1e3):
        if 1 <= v / scale < 1000:
            return v / scale
    return v

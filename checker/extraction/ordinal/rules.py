"""Ordinals: "79th", "first", "eleventh", "twenty-first", and session numbers written
after an acronym ("UNGA 80", "COP 28", "COP-28")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from ..numbers import read_number
from ..ranges import DEFAULT_INCLUSIVE
from ..scan import Hit, Rule, Scan

_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])(?P<a>[A-Z][A-Z0-9]*[A-Z])(?:\s+|-)\Z")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:an?|one)\s+\Z")
_NUMBER_BEFORE = re.compile(r"(?:\d|\b(?:one|per|every|each))\s+\Z")
#: "a second" is a unit of time before what measures by it or ends the phrase ("a second
#: later", "a second behind", "by a second.", "a second or two", "a tenth of a second"),
#: and a rank before a noun ("won a second term", "a second straight title").
_A_BEFORE = re.compile(r"\ba\s+\Z")
_OF_A_BEFORE = re.compile(r"\bof\s+a\s+\Z")  # "a millionth of a second", "a fraction of a second"
_TIME_AFTER_A_SECOND = re.compile(
    r"(?:\s*(?:[^\w\s-]|\Z)|\s+(?:later|earlier|sooner|faster|quicker|slower|longer|shorter|behind|ahead|off|"
    r"clear|adrift|per|or|and|of|to|a|an|the|before|after|in|into|too|more|less|left|each|at|for|from|than|apart|"
    r"away|long|old|is|was|will|would|could|can)(?![\w-]))", re.I)
_NOT_AFTER_ACRONYM = re.compile(r"\s*(?:%|[.,]\d|-\d|\s?per\s?cent|\s+(?:percent|million|billion|years?|months?|days?))")


def ordinal(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or not num.ordinal:
        return number_sign(sc, c) if num is not None and "no" in sc.low[num.start - 4:num.start] else None
    if sc.low.startswith("second", num.start) and (
            sc.left(_NUMBER_BEFORE, num.start, 12)
            or sc.left(_A_BEFORE, num.start, 4) and (_TIME_AFTER_A_SECOND.match(sc.low, num.end)
                                                     or sc.left(_OF_A_BEFORE, num.start, 8))):
        return None  # "one second", "per second", "a second later": a unit of time
    if num.words and num.value >= 100 and sc.left(_ARTICLE_BEFORE, num.start, 5):
        return None  # "a hundredth", "one thousandth": a fraction, not a rank
    return Hit("ordinal", int(num.value), num.start, num.end, qualifiable=False)


#: A verb that places something among ranks, just before "between": "ranks between the
#: tenth and the fifteenth", "is expected to finish between fifth and eighth". Elsewhere
#: two ordinals after "between" are two things ("the gap between first and second", "the
#: years between the first and second world wars"). At the start of the text: a claim.
_RANK_BETWEEN = re.compile(
    r"(?:^\s*|(?:^|(?<=[^a-z]))(?:rank|ranks|ranked|ranking|finish|finishes|finished|finishing|place|places|"
    r"placed|placing|come|comes|came|coming|sit|sits|sat|sitting|land|lands|landed|landing|end|ends|ended|"
    r"rate|rates|rated|hover|hovers|hovered|remain|remains|remained|slot|slots|slotted)"
    r"(?:\s+(?:somewhere|anywhere|usually|typically|consistently|now|still|again|only))?\s+)"
    r"(?P<b>between)\s+(?:the\s+)?\Z")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
#: What may follow a range of ranks: punctuation, the end, a word for a rank, or a word
#: that starts no noun phrase of its own. A noun ("the first and second rounds") makes
#: the two ordinals two things; "of April" makes the second a date.
_AFTER_RANK_RANGE = re.compile(
    r"\s*(?:[.,;:!?)\]]|\Z)|\s+(?:place|places|position|positions|spot|spots|in|on|at|among|for|with|by|"
    r"after|behind|overall|worldwide|globally|nationally|and|or|but|while|when|last|this)(?![\w-])")


def rank_range(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "ranks between the tenth and the fifteenth": a range of ranks, (low, high) with
    qualifier ``between``, as a stated range of numbers is."""
    num = sc.number(c.start())
    if num is None or not num.ordinal:
        return None
    b = sc.left(_RANK_BETWEEN, num.start, 60)
    if b is None:
        return None
    a = _AND.match(sc.low, num.end)
    if a is None:
        return None
    num2 = read_number(sc.low, a.end())
    if num2 is None or not num2.ordinal or not num.integer or not num2.integer or not num.value < num2.value:
        return None
    if not _AFTER_RANK_RANGE.match(sc.low, num2.end):
        return None
    return Hit("ordinal", (int(num.value), int(num2.value)), b.start("b"), num2.end, qualifier="between",
               qualifiable=False, inclusive=DEFAULT_INCLUSIVE)


def session_number(sc: Scan, c: re.Match) -> Optional[Hit]:
    pos = c.start()
    i = pos - 2
    while i > 0 and sc.cased[i].isspace():
        i -= 1  # "UNGA  79", "UNGA\n79": any white space between, or a hyphen ("COP-28")
    if i < 0 or not sc.cased[i].isupper():
        return None  # cheap gate: an acronym ends just before the white space
    num = sc.number(pos)
    if num is None or num.words or num.ordinal or not num.integer or num.grouped or num.scaled:
        return None
    if not 1 <= num.value < 1000 or len(num.digits) > 3:
        return None
    a = _ACRONYM_BEFORE.search(sc.cased, max(0, num.start - 12), num.start)
    if not a or len(a.group("a")) < 3:
        return None  # "VF 8", "F 16": a model name; sessions are "UNGA 80", "COP 28"
    word = a.group("a").lower()
    if word in _NOT_ACRONYMS or word in L.INDEX_NAMES or word in L.NOUN_PHRASE_STOPS or word in L.QUALIFIERS_BEFORE \
            or word in L.LABEL_WORDS:
        return None  # "WITH 150 LEADERS", "NEARLY 50", "CATEGORY 3": a headline in capitals, no session
    if _NOT_AFTER_ACRONYM.match(sc.low, num.end) or sc.low[num.end:num.end + 1].isalpha():
        return None
    if word.endswith("s") and len(word) >= 4 and (_CAPITALS_BEFORE.search(sc.cased, max(0, a.start() - 20), a.start())
                                                  or _CAPITALS_AFTER.match(sc.cased, num.end)):
        return None  # "STORM KILLS 12 PEOPLE", "QUAKE KILLS 12": a headline's verb in capitals, no session
    return Hit("ordinal", int(num.value), num.start, num.end, qualifiable=False)


#: A word in capitals just before the acronym or just after the number: a headline.
_CAPITALS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[ \t]+\Z")
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-Z]{2,}(?![a-z])")


#: Capitalised words before a number that do not name a numbered session.
_NOT_ACRONYMS = frozenset("""
usd vnd eur gbp jpy cny inr krw aud cad chf hkd sgd nzd thb idr myr php rub brl mxn zar
sek nok dkk pln try sar aed twd khr lak mmk rmb covid sars mers pm no nos vol art
ftse msci dax cac smi ibex aex omx nse bse sti kospi asx hsi tsx atx
""".split())  # the last line: stock indexes ("FTSE 100", "DAX 40") count their members

_NO_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))no\.\s?\Z")


def number_sign(sc: Scan, c: re.Match) -> Optional[Hit]:
    """ "the world's No. 1 exporter": a rank written with the number sign."""
    pos = c.start()
    n = sc.left(_NO_BEFORE, pos, 5)
    num = sc.number(pos)
    if n is None or num is None or num.words or num.ordinal or not num.integer or num.grouped or num.scaled \
            or num.end < len(sc.low) and (sc.low[num.end].isalnum() or sc.low[num.end:num.end + 2] in (".0", ".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9")):
        return None
    if _STREET_AFTER.match(sc.cased, num.end):
        return None  # "No. 10 Downing Street": an address, no rank
    return Hit("ordinal", int(num.value), n.start(), num.end, qualifiable=False)


#: A street's name after a house number ("No. 10 Downing Street", "No. 4 Privet Drive").
_STREET_AFTER = re.compile(r"\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Square|Place|Boulevard|"
                           r"Way|Drive|Terrace|Crescent|Row|Gardens|Close|Mews|Quay|Embankment)(?![A-Za-z])")


#: Where ``ordinal`` can read: an ordinal ends where the number does (Rule.after), or
#: "no" stands just before it (Rule.at, ``number_sign``).
_ENDS_ORDINAL = "(?<=%s)" % "|".join(sorted({w[-2:] for w in L.ORDINAL_WORDS} | {"st", "nd", "rd", "th"}))
_NO_JUST_BEFORE = r"(?<=no)|(?<=no[\s\S])|(?<=no[\s\S]{2})|(?<=no[\s\S]{3})"

#: Where ``rank_range`` can read: just after "between" or "between the".
_AFTER_BETWEEN = "|".join("(?<=between%s)" % gap for gap in (
    r"\s", r"\s\s", r"\s\s\s", r"\sthe\s", r"\s\sthe\s", r"\sthe\s\s", r"\s\sthe\s\s"))  # white space doubled too

RULES = [
    Rule("between <ordinal> and <ordinal> (a range of ranks)", "digits", rank_range, 24, reads="ordinal",
         at=_AFTER_BETWEEN),
    Rule("between <ordinal> and <ordinal> (a range of ranks)", "ordinal", rank_range, 24, reads="ordinal",
         at=_AFTER_BETWEEN),
    Rule("<number>th | <ordinal word> | No. <number> (a rank)", "digits", ordinal, 25,
         at=_NO_JUST_BEFORE, after=_ENDS_ORDINAL),
    Rule("<ordinal word>", "ordinal", ordinal, 25, at=_NO_JUST_BEFORE, after=_ENDS_ORDINAL),
    # Its own cheap gate: an acronym's last capital, one space (or a hyphen), the number.
    Rule("<ACRONYM> <number> (numbered session)", "digits", session_number, 50, reads="cardinal",
         at=r"(?<=[a-z]\s)|(?<=[a-z]\s\s)|(?<=[a-z]\s\s\s)|(?<=[a-z]-)"),
]

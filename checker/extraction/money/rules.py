"""Money: an amount with a currency, as an ISO 4217 code ("88 billion USD", "US$88bn",
"$1.5bn", "£800m", "VND 5 trillion", "five billion dollars")."""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicon as L
from ..scan import Hit, Rule, Scan

_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z$£€¥₫₹₩₱₽₺฿]))(?P<cur>%s)\s*\Z" % L.alternation(L.CURRENCY_PREFIXES)
)
_SHORT_SCALE = re.compile(r"\s?(?P<s>%s)(?![a-z])" % L.alternation(L.MONEY_SCALE_ABBREVIATIONS))
_AFTER = re.compile(r"\s*(?P<cur>%s)(?![a-z])" % L.alternation(L.CURRENCY_SUFFIXES))
_SYMBOL_CODES = {k for k in L.CURRENCY_PREFIXES if not k.isalpha()}
_SYMBOL_CHARS = frozenset(ch for k in _SYMBOL_CODES for ch in k[-1:])


def _scaled(sc: Scan, num, end: int) -> tuple[float, int]:
    value = float(num.value)
    if not num.scaled and not num.words:
        s = _SHORT_SCALE.match(sc.low, end)
        if s:
            return value * L.MONEY_SCALE_ABBREVIATIONS[s.group("s")], s.end()
    return value, end


def currency_before(sc: Scan, c: re.Match) -> Optional[Hit]:
    pos = c.start()
    prev = sc.low[max(0, pos - 2):pos]
    if not prev or not (prev[-1] in _SYMBOL_CHARS or prev[-1].isalpha()
                        or (prev[-1].isspace() and (prev[:1].isalpha() or prev[:1] in _SYMBOL_CHARS))):
        return None  # cheap gate: no symbol or code can end just before
    num = sc.number(pos)
    if num is None or num.ordinal:
        return None
    b = sc.left(_BEFORE, num.start, 12)
    if not b:
        return None
    cur = L.key(b.group("cur"))
    if cur.isalpha() and cur not in ("rs",) and not sc.cased[b.start("cur")].isupper():
        return None  # "try 5" is not Turkish lira; codes are written in capitals
    value, end = _scaled(sc, num, num.end)
    a = _AFTER.match(sc.low, end)
    if a and L.CURRENCY_SUFFIXES[L.key(a.group("cur"))] == L.CURRENCY_PREFIXES[cur] and cur in _SYMBOL_CODES:
        end = a.end()  # "$5 million USD"
    return Hit("money", value, b.start("cur"), end, unit=L.CURRENCY_PREFIXES[cur])


def currency_after(sc: Scan, c: re.Match) -> Optional[Hit]:
    num = sc.number(c.start())
    if num is None or num.ordinal:
        return None
    value, end = _scaled(sc, num, num.end)
    a = _AFTER.match(sc.low, end)
    if not a:
        return None
    cur = L.key(a.group("cur"))
    if cur in ("won", "real", "try", "rand", "lira") and not num.scaled and end == num.end:
        return None  # "won 3 seats": a currency word that is also an English word needs a scale
    return Hit("money", value, num.start, a.end(), unit=L.CURRENCY_SUFFIXES[cur])


def glued_code(sc: Scan, c: re.Match) -> Optional[Hit]:
    code = c.group()
    if not sc.cased[c.start():c.end()].isupper():
        return None  # codes glued to digits are written in capitals: "VND5", not "try5"
    num = sc.number(c.end())
    if num is None or num.ordinal:
        return None
    value, end = _scaled(sc, num, num.end)
    return Hit("money", value, c.start(), end, unit=L.CURRENCY_PREFIXES[code])


RULES = [
    Rule("<CODE><amount> (code against the digits)", "glued-currency", glued_code, 40),
    Rule("<currency symbol or code> <amount>", "digits", currency_before, 40),
    Rule("<amount> <currency code or word>", "digits", currency_after, 41),
    Rule("<amount in words> <currency word>", "words", currency_after, 41),
]

"""Where a number is parsed: digits ("1,500", "2.5", "88bn") and words ("one thousand
five hundred", "twenty-two", "a dozen", "sixteen").

The readers take the lower-cased matching text and a position, and return a ``Num``
with its value and where it ends, or None. They never look at context: the rules do.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Union

from . import lexicon as L

Number = Union[int, float]


@dataclass(frozen=True)
class Num:
    start: int
    end: int
    value: Number
    words: bool = False          # spelled out
    ordinal: bool = False        # "79th", "eleventh"
    grouped: bool = False        # thousands separators ("1,500")
    decimal: bool = False        # "2.5"
    scaled: bool = False         # "88 billion", "1.5bn"
    digits: str = ""             # the digits as written, for years and dates

    @property
    def integer(self) -> bool:
        return not self.decimal and float(self.value).is_integer()


_DIGITS = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+(?!\d|\.\d))?")
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
_SCALE_AFTER = re.compile(
    r"(?:\s*(?P<abbr>bn|bln|mn|mln|tn|trn)|\s+(?P<word>thousand|million|billion|trillion))(?![a-z])"
)
_WORD = re.compile(r"[a-z]+")
_SEP = re.compile(r"(?:\s*-\s*|\s+)(?=[a-z])")
_AND_SEP = re.compile(r"\s+and\s+(?=[a-z])")


def _and_number_follows(low: str, pos: int) -> bool:
    """ "hundred and fifth": a bare "hundred" that does start a number."""
    a = _AND_SEP.match(low, pos)
    w = _WORD.match(low, a.end()) if a else None
    return bool(w) and (w.group() in L.UNITS or w.group() in L.TENS or w.group() in L.ORDINAL_WORDS)


def tidy(value: float) -> Number:
    """An int when the value is whole, so 1500.0 reads back as 1500."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def read_digits(low: str, pos: int) -> Optional[Num]:
    """Digits at ``pos``, with an ordinal suffix or a scale word ("88 billion", "1.5bn")."""
    m = _DIGITS.match(low, pos)
    if not m:
        return None
    s = m.group()
    grouped = "," in s
    decimal = "." in s
    value: float = float(s.replace(",", "")) if (decimal or grouped) else int(s)
    end = m.end()
    o = _ORD_SUFFIX.match(low, end)
    if o and not decimal:
        return Num(pos, o.end(), tidy(value), ordinal=True, grouped=grouped, digits=s)
    scaled = False
    sc = _SCALE_AFTER.match(low, end)
    if sc:
        factor = L.SCALE_ABBREVIATIONS[sc.group("abbr") or sc.group("word")]
        value = value * factor
        end = sc.end()
        scaled = True
    return Num(pos, end, tidy(float(value)) if not isinstance(value, int) or scaled else value, grouped=grouped, decimal=decimal and not scaled, scaled=scaled, digits=s)


def read_words(low: str, pos: int) -> Optional[Num]:
    """Spelled-out number at ``pos``: "one thousand five hundred", "twenty-first".

    Reads the longest valid prefix: "twenty twenty" is 20 followed by another 20.
    """
    total = 0
    current = 0
    last = None        # kind of the last word taken
    seen = False
    end = pos
    i = pos
    article = False
    ordinal = False
    scaled = False
    fraction = 0.0
    while True:
        m = _WORD.match(low, i)
        if not m:
            break
        w = m.group()
        if not seen and w in ("a", "an"):
            nxt = _SEP.match(low, m.end())
            if not nxt:
                break
            n2 = _WORD.match(low, nxt.end())
            if not n2 or n2.group() not in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
                break
            article = True
            current = 1
            i = nxt.end()
            continue
        if w in L.UNITS:
            v = L.UNITS[w]
            if last in ("unit",) or (last == "ten" and v >= 10) or (last == "teen"):
                break
            current += v
            last = "teen" if v >= 10 else "unit"
        elif w in L.TENS:
            if last in ("unit", "ten", "teen"):
                break
            current += L.TENS[w]
            last = "ten"
        elif w == "hundred":
            if last == "hundred" or (not seen and not article and not _and_number_follows(low, m.end())):
                break
            current = (current or 1) * 100
            last = "hundred"
            article = False
        elif w in ("thousand", "million", "billion", "trillion"):
            if not seen and not article:
                break  # "trillion" alone is a scale, not a number
            scale = L.SCALES[w]
            if last == "scale" and total and total < scale * 1000 and current == 0:
                break
            total += (current or 1) * scale
            current = 0
            last = "scale"
            scaled = True
            article = False
        elif w == "dozen":
            current = (current or 1) * 12
            last = "dozen"
            article = False
        elif w in L.ORDINAL_WORDS:
            v = L.ORDINAL_WORDS[w]
            if v >= 100:
                if v == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * v
                    current = 0
            elif last in ("unit", "teen") or (last == "ten" and v >= 10):
                break
            else:
                current += v
            ordinal = True
            seen = True
            end = m.end()
            break
        elif w == "half" and seen and last in ("unit", "teen", "ten", "hundred", "scale", "dozen"):
            break
        else:
            break
        seen = True
        end = m.end()
        # Separator to the next word: space, hyphen, or "and" inside a compound.
        nxt = _SEP.match(low, end)
        if nxt is None:
            break
        i = nxt.end()
        a = _AND_SEP.match(low, end)
        if a:
            n2 = _WORD.match(low, a.end())
            w2 = n2.group() if n2 else ""
            if last in ("hundred", "scale") and (w2 in L.UNITS or w2 in L.TENS or w2 in L.ORDINAL_WORDS):
                i = a.end()
            elif w2 == "a" and low.startswith("a half", a.end()) and not low[a.end() + 6: a.end() + 7].isalpha():
                fraction = 0.5
                end = a.end() + 6
                break
    if not seen:
        return None
    value = total + current + fraction
    return Num(pos, end, tidy(float(value)), words=True,
               ordinal=ordinal, scaled=scaled)


def read_number(low: str, pos: int) -> Optional[Num]:
    """A number in digits or words at ``pos``."""
    if pos < len(low) and low[pos].isdigit():
        return read_digits(low, pos)
    return read_words(low, pos)


def format_number(value: Number) -> str:
    """Short human form used in messages: 88000000000 -> '88 billion'."""
    if isinstance(value, tuple):
        return "-".join(format_number(v) for v in value)
    v = float(value)
    for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if abs(v) >= scale and (v / scale) * 1000 == int((v / scale) * 1000):
            return f"{v / scale:g} {word}"
    if v.is_integer():
        return f"{int(v):,}" if abs(v) >= 10000 else str(int(v))
    return f"{v:g}"

"""Where a number is parsed: digits ("1,500", "2.5", "88bn") and words ("one thousand
five hundred", "twenty-two", "a dozen", "sixteen").

The readers take the lower-cased matching text and a position, and return a ``Num``
with its value and where it ends, or None. They never look at context: the rules do.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple, Optional, Union

from . import lexicon as L

Number = Union[int, float]


class Num(NamedTuple):
    """A number read (immutable: rules share it through ``Scan.number``). A named tuple,
    not a frozen dataclass: one is built at nearly every candidate, five times faster."""

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


_DIGITS = re.compile(r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+(?!\d|\.\d))?")
#: Thousands grouped by spaces ("40 000", "1 234 567"): two groups or more, or "000".
_SPACE_GROUPS = re.compile(r"(?: \d{3}(?!\d|,\d|\.\d+\.\d))+")
#: One group after a space ("1 500 officers", SI and South African style) is the same
#: number unless the digits before it can be a figure of their own: a day after a month
#: ("May 1 500 people"), a number after a word that numbers things ("page 3", "No. 7",
#: "flight 2"), the last of a run of figures ("in 2023 1 500 people") or the end of a
#: range or ratio ("September 22-24 150 heads"); nor where the
#: group starts a compound ("the top 10 100-metre times").
_NOT_BEFORE_ONE_GROUP = re.compile(
    r"(?:(?<![a-z])(?:%s)\.?|(?<![a-z])(?:no|nos|p|pp|vol)\.|(?<![a-z])(?:number|page|pages|chapter|section|"
    r"article|clause|paragraph|room|flight|route|gate|platform|seat|row|volume|week|day|game|round|"
    r"stage|level|grade|phase|step|line|bus|item)|[#\d])\s*$|[-\u2013/.,:]$" % L.alternation(L.MONTHS))
_INTEGER = re.compile(r"\d+")
#: After one group: the plural or the variant of a model ("48 737s", "12 737 MAX jets",
#: "6 777X", "9 787 Dreamliners"), which makes the digits before it a count of the model,
#: not thousands. No SI text groups a number with such letters glued or a variant after.
LINE_SPACE = r"(?:[ \t]*\r?\n[ \t]*|[ \t]+)"  # white space within a paragraph
_MODEL_AFTER = re.compile(r"(?:[sx]|neo|ceo)(?![a-z\d])|%s(?:%s)(?![a-z\d])"
                          % (LINE_SPACE, L.alternation(L.MODEL_VARIANTS)))
#: Longer runs of digits are read as one plain float (see read_digits).
_LONGEST = 100
_ORD_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
#: The first characters ``_ORD_SUFFIX`` and ``_SCALE_AFTER`` can match (or white
#: space): elsewhere they are not tried.
_ORD_FIRST = frozenset("snrt")
_SCALE_FIRST = frozenset("bmtk-")
_HYPHEN_SCALES = ("-million", "-billion", "-trillion", "-lakh", "-crore")  # no plain integer before them
#: (A scale word joined by a hyphen, as Canadian and Indian papers write amounts:
#: "$3.9-billion", "a $120-million grant", "the Rs 4,500-crore budget".)
_SCALE_AFTER = re.compile(
    r"(?:\s*(?P<abbr>bn|bln|mn|mln|tn|trn|trln|tln)|(?:\s+|-)(?P<word>million|billion|trillion)"
    r"|\s+(?P<word2>thousand)|(?:\s+|-)(?P<word3>lakhs?(?P<lc>(?:\s+|-)crores?)?|crores?)"
    r"|(?P<k>\s?k)|\s+(?P<hundred>hundred)|\s+(?P<dozen>%s))(?![a-z])" % L.alternation(L.DOZEN_WORDS)
)
#: After the digits: an exponent ("1e10", "1.3x10^6", "2.5^-1") or a fraction ("2 1/4").
_EXPONENT = re.compile(r"e(?P<e>[+-]?\d{1,3})(?![\w.])")
_TIMES_TEN = re.compile(r"\s*[x×*]\s*10\^(?P<e>[+-]?\d{1,3})(?![\w.])")
_POWER = re.compile(r"\^(?P<e>[+-]?\d{1,2})(?![\w.])")
_SLASH_FRACTION = re.compile(r"/(?P<d>\d{1,3})(?![\d/.]|,\d)")
_MIXED_FRACTION = re.compile(r"\s+(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/.]|,\d)")
#: A decimal comma, as South African and European style writes it ("2,6 per cent",
#: "R2,4 billion", "€3,50", "0,5 percentage points"): one or two digits after the comma,
#: then a percent, points of one or a scale, or a currency sign before the number, or a
#: nought before the comma ("another 0,5 points": no list starts "0, 5"). Elsewhere "2,5"
#: stays two numbers.
_DECIMAL_COMMA = re.compile(r",(?P<f>\d{1,2})(?![\d,])(?:(?P<u>\s*(?:%|per\s*cent(?![a-z])|percent(?![a-z])|pc(?![a-z])|pct(?![a-z])|"
                            r"(?:percentage|basis)[\s-]*points?(?![a-z])|pp(?![a-z])|"
                            r"bn(?![a-z])|mn(?![a-z])|m(?![a-z])|billion|million|trillion))|(?![.]\d))")
_CURRENCY_CHARS = frozenset("$\u00a3\u20ac\u00a5")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100})
#: A fraction of the last digit's place joined by a hyphen, as grain and bond prices are
#: quoted: "up 14-1/4 cents" is 14.25 cents, "$11.86-1/2 a bushel" $11.865.
_HYPHEN_FRACTION = re.compile(r"-(?P<n>[1-7])/(?P<d>[248])(?![\d/]|[.,]\d)")
#: Off only to check that the readers' fast paths change no reading (tests/test_fast_paths.py).
FAST_PATHS = True
#: After a plain run of digits, the characters that none of the readers below takes
#: (no decimals, suffix, exponent, fraction or scale can follow): most digits end there.
_PLAIN_NEXT = frozenset(("", ",", ".", ";", ":", ")", "(", "-", "%", "'", '"', "!", "?", "[", "]", "+", "&", "\u00b6"))
#: Likewise one space and a word that starts no scale ("88 billion", "5 bn", "3k"), no
#: "x 10^6" and no "and a half": the digits are a plain integer.
_PLAIN_SPACE = re.compile(r" (?!x|and(?![a-z])|bn|bln|mn|mln|tn|trn|trln|tln|k(?![a-z])|%s)[a-z]" % L.alternation(
    ("thousand", "million", "billion", "trillion", "lakh", "crore", "hundred", *L.DOZEN_WORDS)))
#: ``Num(...)`` without the keyword handling of a named tuple's ``__new__`` (a third of the time).
_num = tuple.__new__
_WORD = re.compile(r"[a-z]+")
_SEP = re.compile(r"(?:\s*-\s*|\s+)(?=[a-z])")
_AND_SEP = re.compile(r"(?:\s+and\s+|-and-)(?=[a-z])")  # "two and a half", "two-and-a-half"


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


def _fraction(n: int, d: int) -> Optional[float]:
    if d in _FRACTION_DENOMINATORS and 0 < n < d:
        return n / d
    return None


#: What may stand before the point of a decimal written without its leading zero.
_BEFORE_LEADING_POINT = frozenset(" \t\n(\"'$=<>~[\u00b1\u2248\u2264\u2265")


def read_digits(low: str, pos: int) -> Optional[Num]:
    """Digits at ``pos``, with an ordinal suffix or a scale word ("88 billion", "1.5bn")."""
    if FAST_PATHS and low[pos - 1:pos] != ".":
        # A run of digits not followed by "," or "." and a digit is what ``_DIGITS`` reads
        # there (its groups and decimals need one of those straight after the run): the
        # plain integers and ordinals below are read with the cheaper ``_INTEGER``. A
        # vulgar fraction is no ``\d``; a run after a "." is read below.
        m = _INTEGER.match(low, pos)
        if m is not None:
            end = m.end()
            nxt = low[end:end + 1]
            if (nxt != "," and nxt != "." or not low[end + 1:end + 2].isdigit()) and end - pos <= _LONGEST \
                    and (nxt != "-" or low[end + 2:end + 3] != "/"):
                if (nxt in _PLAIN_NEXT and not (nxt == "-" and low.startswith(_HYPHEN_SCALES, end))
                        or nxt == " " and _PLAIN_SPACE.match(low, end) is not None):
                    s = m.group()
                    return _num(Num, (pos, end, int(s), False, False, False, False, False, s))
                if nxt in _ORD_FIRST and (o := _ORD_SUFFIX.match(low, end)) is not None:  # "80th"
                    s = m.group()
                    return _num(Num, (pos, o.end(), int(s), False, True, False, False, False, s))
    if pos < len(low) and low[pos] in L.VULGAR_FRACTIONS:
        return Num(pos, pos + 1, L.VULGAR_FRACTIONS[low[pos]], decimal=True)
    dotted = pos >= 2 and low[pos - 1] == "." and low[pos - 2].isdigit()
    m = (_INTEGER if dotted else _DIGITS).match(low, pos)
    if not m:
        return None
    s = m.group()
    end = m.end()
    if FAST_PATHS and s.isdigit() and low[pos - 1:pos] != "." and len(s) <= _LONGEST and (low[end:end + 1] != "-" or low[end + 2:end + 3] != "/") \
            and (low[end:end + 1] != "," or not low[end + 1:end + 2].isdigit()):
        nxt = low[end:end + 1]
        if (nxt in _PLAIN_NEXT and not (nxt == "-" and low.startswith(_HYPHEN_SCALES, end))
                or nxt == " " and _PLAIN_SPACE.match(low, end) is not None):
            return _num(Num, (pos, end, int(s), False, False, False, False, False, s))
        if nxt in _ORD_FIRST and (o := _ORD_SUFFIX.match(low, end)) is not None:  # "80th"
            return _num(Num, (pos, o.end(), int(s), False, True, False, False, False, s))
    start = pos
    if not dotted and pos >= 1 and low[pos - 1] == "." and (pos == 1 or low[pos - 2] in _BEFORE_LEADING_POINT) \
            and "." not in s and "," not in s:
        # ".08": a decimal without its leading zero (also after a sign of relation, as
        # statistics write them: "p=.004", "r = -.31", "\u00b1.13", "p<.001").
        start = pos - 1
        s = "0." + s
    elif len(s) <= 3 and s.isdigit() and low.startswith(" ", end):
        g = _SPACE_GROUPS.match(low, end)
        if g and (g.group().count(" ") >= 2 or g.group() == " 000" or s[0] != "0"
                  and low[g.end():g.end() + 1] not in ("-", "\u2013", "/", ":")  # "top 10 100-metre times"
                  and _MODEL_AFTER.match(low, g.end()) is None  # "48 737 MAX jets", "9 787s"
                  and _NOT_BEFORE_ONE_GROUP.search(low, max(0, pos - 12), pos) is None):
            s = s + g.group().replace(" ", ",")
            end = g.end()
            d = re.match(r"\.\d+(?!\d|\.\d)", low[end:end + 20])
            if d:
                s += d.group()
                end += d.end()
    if low[end:end + 1] == "," and s.isdigit() and (dc := _DECIMAL_COMMA.match(low, end)) is not None \
            and (dc.group("u") or s == "0" or pos and (low[pos - 1] in _CURRENCY_CHARS
                                           or low[pos - 1] == "r" and not low[pos - 2:pos - 1].isalpha())):
        s, end = s + "." + dc.group("f"), dc.end("f")  # "2,6 per cent", "R18,42": a decimal comma
    grouped = "," in s
    decimal = "." in s
    if len(s) > _LONGEST:
        # No figure in prose is this long: read the run as one plain float (huge or inf),
        # so int() limits and int-to-float overflows cannot crash, and it is read once.
        return Num(start, end, float(s.replace(",", "")), grouped=grouped, decimal=True, digits=s)
    value: float = float(s.replace(",", "")) if (decimal or grouped) else int(s)
    nxt = low[end:end + 1]
    if nxt == "-" and (f := _HYPHEN_FRACTION.match(low, end)) is not None and int(f.group("n")) < int(f.group("d")):
        places = len(s) - s.find(".") - 1 if decimal else 0
        value = round(float(value) + int(f.group("n")) / int(f.group("d")) / 10 ** places, places + 3)
        return Num(start, f.end(), tidy(value), decimal=True, grouped=grouped, digits=s)
    o = _ORD_SUFFIX.match(low, end) if nxt in _ORD_FIRST else None
    if o and not decimal:
        return _num(Num, (start, o.end(), tidy(value), False, True, grouped, False, False, s))
    if nxt in ("e", "x", "^", " ", "*", "×", "/") and not grouped:
        e = (_EXPONENT if nxt == "e" else _POWER if nxt == "^" else _TIMES_TEN).match(low, end)
        if e and nxt != "/":
            exp = int(e.group("e"))
            try:
                value = float(value) * 10 ** exp if nxt != "^" else float(value) ** exp
            except OverflowError:   # "5e999", "9999^99": beyond any float
                value = math.inf
            return Num(start, e.end(), tidy(value), decimal=True, digits=s)
        if nxt == "/" and not decimal:
            f = _SLASH_FRACTION.match(low, end)
            if f and not low[start - 1:start] == "/":
                v = _fraction(int(value), int(f.group("d")))
                if v is not None:
                    return Num(start, f.end(), v, decimal=True, digits=s)
        elif nxt == " " and not decimal:
            f = _MIXED_FRACTION.match(low, end)
            if f:
                v = _fraction(int(f.group("n")), int(f.group("d")))
                if v is not None:
                    return Num(start, f.end(), value + v, decimal=True, digits=s)
            a = _AND_WORDS.match(low, end)
            if a is not None:
                # "3 and a half years" is 3.5 years (not 3, then half a year)
                fp = _fraction_part(low, a.end())
                if fp is not None and fp[0] < 1 and not _WORD_GLUED.match(low, fp[1]):
                    sa = _scale_after(low, fp[1])  # "3 and a half million" is 3.5 million
                    if sa is None:
                        return Num(start, fp[1], value + fp[0], decimal=True, digits=s)
                    return Num(start, sa[1], tidy((value + fp[0]) * sa[0]), scaled=True, digits=s)
    if nxt in L.VULGAR_FRACTIONS and not decimal:
        value += L.VULGAR_FRACTIONS[nxt]
        sa = _scale_after(low, end + 1)  # "1¼ million" is 1.25 million
        if sa is None:
            return Num(start, end + 1, value, decimal=True, digits=s)
        return Num(start, sa[1], tidy(value * sa[0]), scaled=True, digits=s)
    scaled = False
    sc = _SCALE_AFTER.match(low, end) if nxt and (nxt in _SCALE_FIRST or nxt.isspace()) else None
    if sc:
        if sc.group("k"):
            factor = 1e3
        elif sc.group("hundred"):
            factor = 100
        elif sc.group("dozen"):
            factor = 12
        else:
            word = sc.group("abbr") or sc.group("word") or sc.group("word2") or sc.group("word3")
            factor = 1e12 if sc.group("lc") else (  # "2 lakh crore": a lakh of crores
                L.SCALE_ABBREVIATIONS.get(word) or L.INDIAN_SCALES.get(word) or 1e12)
        # rounded to the places the digits state: 8.3 * 1e9 is 8300000000.000001 in binary floating point
        value = round(value * factor, max(0, (len(s) - s.find(".") - 1 if decimal else 0) - round(math.log10(factor))))
        end = sc.end()
        scaled = True
        if (sc.group("word") or sc.group("word2") or sc.group("word3") or sc.group("hundred")) \
                and low[end:end + 1].isspace() and not decimal:
            value, end = _smaller_parts(low, end, value, factor)
    return _num(Num, (start, end, tidy(float(value)) if not isinstance(value, int) or scaled else value,
                      False, False, grouped, decimal and not scaled, scaled, s))


_PART_AFTER = re.compile(r"\s+(?P<and>and\s+)?(?P<d>\d{1,3})(?![\d,.]\d|[a-z])(?:\s+(?P<s>hundred|thousand|million|billion)(?![a-z]))?")
_AND_WORDS = re.compile(r"\s+and\s+(?=[a-z])")


def _smaller_parts(low: str, end: int, value: float, factor: float) -> tuple[float, int]:
    """ "4 thousand 3 hundred and 21", "3 hundred and one", "2 million 500 thousand": the
    smaller parts after a number with a scale word."""
    for _ in range(4):
        m = _PART_AFTER.match(low, end)
        if m is not None:
            part = int(m.group("d")) * (L.SCALES[m.group("s")] if m.group("s") else 1)
            if not (m.group("s") or m.group("and") and factor == 100) or not 0 < part < factor:
                break  # "5 million and 3 people" are two figures; "3 hundred and 21" is one
            value, end = value + part, m.end()
            if not m.group("s"):
                break
            factor = L.SCALES[m.group("s")]
            continue
        a = _AND_WORDS.match(low, end)
        if a is not None and factor == 100:
            w = read_words(low, a.end())
            if w is not None and not w.ordinal and w.integer and 0 < w.value < 100:
                value, end = value + w.value, w.end
        elif a is not None:
            value, end = _and_fraction(low, a.end(), value, end, factor)
        break
    return value, end


def _and_fraction(low: str, pos: int, value: float, end: int, scale: float) -> tuple[float, int]:
    """ "3 million and a half" (3.5 million), "one billion and a half million" (1,000.5
    million): a fraction after "and" at ``pos`` is of the scale word after it, else of
    the one before."""
    f = _fraction_part(low, pos)
    if f is None or _WORD_GLUED.match(low, f[1]):
        return value, end  # "and a half-dozen others": a figure of its own
    sc = _scale_after(low, f[1])
    if sc is not None and sc[0] < scale:
        return value + f[0] * sc[0], sc[1]
    return value + f[0] * scale, f[1]


_WORD_GLUED = re.compile(r"-[a-z]")


_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore")
_ARTICLE = re.compile(r"(?:an?|one)(?:\s+|-(?=half|quarter))")


def _simple_words(low: str, pos: int) -> Optional[tuple[int, int]]:
    """A small number in words ("three", "twenty-one") at ``pos``: (value, end)."""
    m = _WORD.match(low, pos)
    if not m:
        return None
    w = m.group()
    if w in L.UNITS:
        return L.UNITS[w], m.end()
    if w in L.TENS:
        v, end = L.TENS[w], m.end()
        s = _SEP.match(low, end)
        if s:
            u = _WORD.match(low, s.end())
            if u and u.group() in L.UNITS and 0 < L.UNITS[u.group()] < 10:
                return v + L.UNITS[u.group()], u.end()
        return v, end
    return None


def _denominator(low: str, pos: int, plural: bool) -> Optional[tuple[int, int]]:
    """A fraction's denominator word at ``pos`` ("fifths", "quarter"): (denominator, end)."""
    m = _WORD.match(low, pos)
    if not m:
        return None
    w = m.group()
    if w in L.TENS:
        # "twenty-fifths", "twenty firsts": a compound denominator.
        s = _SEP.match(low, m.end())
        u = _WORD.match(low, s.end()) if s else None
        if u is None:
            return None
        end = u.group()[:-1] if plural and u.group().endswith("s") else "" if plural else u.group()
        v = L.COMPOUND_DENOMINATOR_ENDS.get(end)
        return (L.TENS[w] + v, u.end()) if v is not None else None
    d = (L.FRACTION_PLURAL if plural else L.FRACTION_SINGULAR).get(w)
    if d is None:
        return None
    return d, m.end()


def _fraction_part(low: str, pos: int) -> Optional[tuple[float, int]]:
    """ "a half", "one quarter", "three fifths" at ``pos`` (after "and"): (value, end)."""
    a = _ARTICLE.match(low, pos)
    if a:
        d = _denominator(low, a.end(), plural=False)
        if d:
            return 1 / d[0], d[1]
    n = _simple_words(low, pos)
    if n and n[0] > 1:
        s = _SEP.match(low, n[1])
        d = _denominator(low, s.end(), plural=True) if s else None
        if d and n[0] < d[0]:  # "and three fifths"; "and thirty fifths" is 130/5
            return n[0] / d[0], d[1]
    return None


#: After "a fifth": "of", a word of time ("up from a quarter last year"), or no word (a noun makes it a rank: "a fifth term").
_FRACTION_ALONE = re.compile(r"\s+(?:of|last|this|next|since|earlier|ago)(?![a-z])|(?!\s*-?\s*[a-z])")
#: After "one tenth" (written apart): "of", no word, or a word that measures by it
#: ("one tenth the size", "one fifth as much"); a noun makes it a rank ("one tenth
#: anniversary", "one hundredth match").
_ONE_FRACTION = re.compile(r"\s+(?:of|the|as|that|less|more)(?![a-z])|(?!\s*-?\s*[a-z])")
#: "fell by a third in a year": after "by", an ordinal followed by a word that is no
#: noun ("in", "to", "since") is a fraction; "hit by a third wave" stays a rank.
#: Before "a fifth" followed by a function word, what makes it a share: "by", a qualifier
#: or both ("rose by a fifth in", "by nearly a third over", "almost a quarter since").
#: A verb or adverb of change does too, with or without "by" ("rents are up a third in
#: five years", "costs jumped a quarter in 2024", "sales fell by nearly a fifth over").
_CHANGE_WORDS = (r"up|down|rose|risen|rises|fell|fallen|falls|grew|grown|grows|jumped|jumps|climbed|climbs|"
                 r"dropped|drops|slid|slumped|gained|surged|soared|plunged|tumbled|declined|increased|decreased|"
                 r"shrank|shrunk|shrinks|slashed|trimmed|reduced|lowered|boosted|expanded|contracted")
_QUALIFIER_WORDS = (r"nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|under|just\s+over|"
                    r"just\s+under|close\s+to")
_BY_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:(?:(?:%s)\s+)?by(?:\s+(?:%s))?|(?:%s)(?:\s+(?:%s))?|%s)\s+\Z"
                        % (_CHANGE_WORDS, _QUALIFIER_WORDS, _CHANGE_WORDS, _QUALIFIER_WORDS, _QUALIFIER_WORDS))
_NEXT = re.compile(r"\s+([a-z]+)")


def _function_word_after(low: str, pos: int) -> bool:
    m = _NEXT.match(low, pos)
    return m is not None and m.group(1) in L.NOUN_PHRASE_STOPS


def fraction_alone(low: str, start: int, end: int) -> bool:
    """Does "a quarter" / "a fifth" at ``start:end`` stand for a share? "of", a word of time
    or no word after it, or a change or a qualifier before it and a function word after
    ("jumped by a quarter in 2024", "up a third since"); a noun after it makes the ordinal
    a rank or the fraction part of a name ("a fifth term", "a quarter-final")."""
    return _FRACTION_ALONE.match(low, end) is not None or (
        _BY_BEFORE.search(low, max(0, start - 30), start) is not None and _function_word_after(low, end))


#: "once a quarter", "twice a quarter": a period of time, not a fourth.
_FREQUENCY_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))(?:once|twice|thrice|times)\s+\Z")
_OF_A = re.compile(r"\s+of\s+an?\s+(?=million|billion|trillion|thousand|dozen)")


def _scale_after(low: str, pos: int) -> Optional[tuple[float, int]]:
    """A scale word after a fraction ("a half million", "three quarters billion", "two
    thirds of a million")."""
    s = _OF_A.match(low, pos) or _SEP.match(low, pos)
    if not s:
        return None
    m = _WORD.match(low, s.end())
    if m and m.group() in ("million", "billion", "trillion", "thousand", "dozen"):
        return (12 if m.group() == "dozen" else L.SCALES[m.group()]), m.end()
    return None


_POINT = re.compile(r"\s+point\s+")
_SPACE_WORD = re.compile(r"\s+(?=[a-z])")


def _point_decimals(low: str, pos: int) -> Optional[tuple[str, int]]:
    """ "point zero three", "point seventy-one" after a number in words: (digits, end)."""
    m = _POINT.match(low, pos)
    if not m:
        return None
    i = m.end()
    digits = ""
    end = None
    while True:
        w = _WORD.match(low, i)
        if not w or w.group() not in L.UNITS or L.UNITS[w.group()] > 9:
            break
        digits += str(L.UNITS[w.group()])
        end = w.end()
        s = _SPACE_WORD.match(low, end)
        if not s:
            break
        i = s.end()
    if end is None:
        n = _simple_words(low, m.end())
        if n is None:
            return None
        return str(n[0]), n[1]
    return digits, end


_HALF_OF = re.compile(r"\s+(?:an?\s+)?")


def _after_half(low: str, pos: int) -> Optional[tuple[float, int]]:
    """ "half a dozen", "half a million", "half million": the scale after "half"."""
    s = _HALF_OF.match(low, pos)
    if not s:
        return None
    m = _WORD.match(low, s.end())
    if m and m.group() in ("dozen", "hundred", "thousand", "million", "billion", "trillion", "century", "decade"):
        if m.group() in ("century", "decade"):
            return None
        return 0.5 * (12 if m.group() == "dozen" else L.SCALES[m.group()]), m.end()
    return None


#: Number words read on their own when no word that ``read_words`` takes further follows.
_SIMPLE_WORDS = {w: tidy(float(v)) for w, v in {**L.UNITS, **L.TENS}.items()}
_RANK_WORDS = {w: tidy(float(v)) for w, v in L.ORDINAL_WORDS.items()
               if w not in _SIMPLE_WORDS and w not in L.SCALES and w not in L.INDIAN_SCALES and w not in L.DOZEN_WORDS
               and w not in ("a", "an", "half", "quarter", "thousand", "million", "billion", "trillion")}
_GOES_ON = frozenset({"and", "point", "half", "a", "an", *L.UNITS, *L.TENS, *L.SCALES, *L.INDIAN_SCALES, *L.DOZEN_WORDS,
                      *L.ORDINAL_WORDS, *L.FRACTION_SINGULAR, *L.FRACTION_PLURAL})


def read_words(low: str, pos: int) -> Optional[Num]:
    """Spelled-out number at ``pos``: "one thousand five hundred", "twenty-first",
    "two thirds", "half a dozen", "five and a half million", "nine point five".

    Reads the longest valid prefix: "twenty twenty" is 20 followed by another 20.
    """
    w0 = _WORD.match(low, pos)
    if FAST_PATHS and w0 is not None:
        w = w0.group()
        v = _SIMPLE_WORDS.get(w)
        if v is not None:
            # "two", "twenty" followed by no word, or by one space and a word that goes on
            # no number (no unit, scale, rank, fraction, "and", "point"): read without the loop.
            e = w0.end()
            nxt = low[e:e + 1]
            if not (nxt.isspace() or nxt == "-") or nxt == " " and (
                    (w2 := _WORD.match(low, e + 1)) is not None and w2.group() not in _GOES_ON):
                return _num(Num, (pos, e, v, True, False, False, False, False, ""))
        elif (v := _RANK_WORDS.get(w)) is not None:  # "first", "twelfth": a rank ends the number where it stands
            return _num(Num, (pos, w0.end(), v, True, True, False, False, False, ""))
    if w0 and w0.group() in ("half", "quarter"):
        h = _after_half(low, w0.end())
        if h:
            v = h[0] / 2 if w0.group() == "quarter" else h[0]
            return Num(pos, h[1], tidy(float(v)), words=True, scaled=True)
        if w0.group() == "half":
            return Num(pos, w0.end(), 0.5, words=True)
        return None
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
    last_scale = 1
    after_and = False
    while True:
        m = w0 if i == pos else _WORD.match(low, i)  # the first word is read already
        if not m:
            break
        w = m.group()
        if not seen and w in ("a", "an"):
            nxt = _SEP.match(low, m.end())
            if not nxt:
                break
            n2 = _WORD.match(low, nxt.end())
            d = _denominator(low, nxt.end(), plural=False) if n2 and n2.group() not in _SCALE_WORDS else None
            if d is not None:
                # "a quarter", "a third of", "a fifth", "a millionth", "a twenty-first": a
                # fraction, unless a noun follows the ordinal ("a third term", "a
                # third-party app", "a twenty-first birthday").
                sc = _scale_after(low, d[1])
                if sc:
                    return Num(pos, sc[1], tidy(sc[0] / d[0]), words=True, scaled=True)
                if n2.group() == "quarter" and _FREQUENCY_BEFORE.search(low, max(0, pos - 8), pos):
                    break
                if n2.group() in ("half", "quarter") or fraction_alone(low, pos, d[1]):
                    return Num(pos, d[1], 1 / d[0], words=True, decimal=True)
                break
            if not n2 or n2.group() not in _SCALE_WORDS:
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
            if last in ("hundred", "scale") and not after_and:
                cd = _denominator(low, m.start(), plural=True)
                if cd is not None and cd[0] % 10:
                    # "one hundred thirty-fifths" is 100/35: the tens and the ordinal after
                    # them are one denominator ("one hundred and thirty fifths" is 130/5)
                    return Num(pos, cd[1], tidy((total + current) / cd[0]), words=True, decimal=True)
            current += L.TENS[w]
            last = "ten"
        elif w == "hundred":
            if last == "hundred" or (not seen and not article and not _and_number_follows(low, m.end())):
                break
            current = (current or 1) * 100
            last = "hundred"
            article = False
        elif w in ("thousand", "million", "billion", "trillion") or w in L.INDIAN_SCALES:
            if not seen and not article:
                break  # "trillion" alone is a scale, not a number
            scale = L.SCALES.get(w) or L.INDIAN_SCALES[w]
            if last == "scale" and total and total < scale * 1000 and current == 0:
                if w in L.INDIAN_SCALES:  # "three lakh crore"
                    total *= scale
                    seen = True
                    end = m.end()
                    nxt = _SEP.match(low, end)
                    if nxt is None:
                        break
                    i = nxt.end()
                    continue
                break
            total += (current or 1) * scale
            current = 0
            last = "scale"
            last_scale = scale
            scaled = True
            article = False
        elif w in L.DOZEN_WORDS and (seen or w in ("dozen", "dozens")):
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
            f = _fraction_part(low, a.end())
            if f is not None:
                # "one and a half", "twenty and three fifths", "a decade and a half" is
                # read by the duration rules.
                fraction = f[0]
                end = f[1]
                break
            if last in ("hundred", "scale") and (w2 in L.UNITS or w2 in L.TENS or w2 in L.ORDINAL_WORDS):
                i = a.end()
                after_and = True
    if not seen:
        return None
    value = total + current
    decimal = False
    if not ordinal:
        sc = _scale_after(low, end) if fraction else None
        if fraction and last == "scale" and current == 0 and sc and sc[0] < last_scale:
            # "one billion and a half million" is 1,000.5 million.
            value += fraction * sc[0]
            end = sc[1]
        elif fraction:
            # "one million and a half" is 1.5 million; "one and a half" is 1.5.
            value += fraction * (last_scale if last == "scale" and current == 0 else 1)
            decimal = last != "scale"
            if sc and value < 1000:
                value *= sc[0]
                end = sc[1]
                scaled = True
        else:
            s = _SEP.match(low, end)
            d = None
            if s is not None and s.group().strip() in ("", "-"):
                d = _denominator(low, s.end(), plural=value != 1)
                if d is not None and value == 1 and d[0] > 20 and d[0] % 10 and not _FRACTION_ALONE.match(low, d[1]):
                    d = None  # "one thirty-second spot": a compound ordinal before a noun is no fraction
                elif (d is not None and value == 1 and d[0] > 4 and s.group().strip() == ""
                      and not _ONE_FRACTION.match(low, d[1])):
                    d = None  # "one tenth anniversary": a rank ("a one-tenth stake" stays a fraction)
                elif d is not None and d[0] in (2, 4) and value not in (1, 3):
                    d = None  # "two quarters of growth", "the two halves": periods and parts, not 2/4
            if d is None and s is not None and low.startswith("one", s.end()) and value >= 1 and not scaled:
                d = _one_denominator(low, s.end(), plural=value != 1)  # "two one-hundredths"
            if d is not None:
                value = value / d[0]
                end = d[1]
                decimal = True
                sc = _scale_after(low, end)
                if sc:
                    value *= sc[0]
                    end = sc[1]
                    scaled = True
            else:
                p = _point_decimals(low, end)
                if p is not None and not scaled:
                    value = float(f"{value}.{p[0]}")
                    end = p[1]
                    decimal = True
    return _num(Num, (pos, end, tidy(float(value)), True, ordinal, False, decimal, scaled, ""))


def _one_denominator(low: str, pos: int, plural: bool) -> Optional[tuple[int, int]]:
    """A denominator that starts with "one" after a numerator: "one-hundredth(s)", "one
    hundred fifth(s)", "one thousandths" -> (denominator, end). A rank is no denominator
    when a noun follows ("Formula One one hundredth race")."""
    c = read_words(low, pos)
    if c is None or c.decimal or c.scaled and not c.ordinal:
        return None
    if c.ordinal:
        if plural or c.value < 100:
            return None
        d = (int(c.value), c.end)
    else:
        s = _SEP.match(low, c.end)
        w = _denominator(low, s.end(), plural=plural) if s is not None and s.group().strip() in ("", "-") else None
        if w is None or not plural and w[0] < 3:
            return None
        d = (int(c.value) * w[0] if w[0] >= 100 else int(c.value) + w[0], w[1])
        if d[0] < 100:
            return None  # "one twentieths": no such word
    if not plural and not _ONE_FRACTION.match(low, d[1]):
        return None
    return d


def read_number(low: str, pos: int) -> Optional[Num]:
    """A number in digits or words at ``pos``."""
    if pos < len(low) and (low[pos].isdigit() or low[pos] in L.VULGAR_FRACTIONS):
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

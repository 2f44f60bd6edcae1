"""A figure the text now states, written the way the claim wrote its figure.

``factlock update`` accepts what the text states. The editor's ledger has its own
style, which the text's wording would throw away: a claim ``date: 20 February 2024``
whose article now says "February 21" becomes ``21 February 2024`` (not ``February 21``,
which loses the year); ``2024-02-20`` stays ISO; ``US$88bn`` becomes ``US$101bn``, not
the article's "101 billion USD"; ``up sixteen per cent`` becomes ``up seventeen per
cent``, not "rose 17%"; ``some 1,200 officers`` keeps its noun and its lower case.

The claim's wording is the template: its numbers (digits or words), the day, month and
year of a date are replaced by the new figure's, written as the claim wrote them (ISO,
month names in full or short, thousands commas, words for numbers, a scale word such
as ``bn``, singular or plural noun after one); everything else of it (currency as
written, ``%`` or ``per cent``, the counted noun, qualifier words while the qualifier is
the same) stays. A qualifier or direction that changed takes the text's words.

Every candidate is read back with the claim's own reader and judged against the text's
figure exactly as the check judges it (no tolerance): only a wording that states the
same figure is offered. Where none does, ``restyle`` returns None and the caller writes
the text's own wording, as before.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from typing import Iterator, Optional

from .errors import FigureError
from .evaluate import judge
from .extraction import parse_figure
from .extraction.lexicon import (DATE_BOUNDS_BEFORE, DIRECTIONS_BEFORE, MONEY_SCALE_ABBREVIATIONS,
                                 MONTHS, QUALIFIERS_BEFORE, SCALE_ABBREVIATIONS, TENS, UNITS)
from .locale import DEFAULT as DEFAULT_LOCALE, Locale
from .model import Claim, Mention

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_ONES = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                 "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                 "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_ORDINAL_TENS = ("", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                 "seventieth", "eightieth", "ninetieth")
_ORDINAL_WORD_VALUES = {w: i for i, w in enumerate(_ORDINAL_ONES)} | \
    {w: i * 10 for i, w in enumerate(_ORDINAL_TENS) if w}

_NUMBER_WORD = "|".join(sorted(set(UNITS) | set(TENS), key=len, reverse=True))
#: A number as a claim writes it: digits (with thousands commas, decimals) or words
#: below a hundred ("five", "fifty-five", "twenty one").
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])"
    rf"|(?<![\w-])(?P<words>(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?)(?![\w-])", re.I)
_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<digits>\d+)(?P<suffix>st|nd|rd|th)?(?![\w])"
    rf"|(?<![\w-])(?P<words>(?:(?:{'|'.join(_TENS[2:])})[- ])?"
    rf"(?:{'|'.join(sorted(_ORDINAL_WORD_VALUES, key=len, reverse=True))}))(?![\w-])", re.I)
_SCALE_WORDS = {**{k: v for k, v in SCALE_ABBREVIATIONS.items()}, **MONEY_SCALE_ABBREVIATIONS}
_SCALE_AFTER = re.compile(r"( ?)(%s)\b" % "|".join(sorted(_SCALE_WORDS, key=len, reverse=True)), re.I)
_LEAD_WORDS = sorted(set(QUALIFIERS_BEFORE) | set(DIRECTIONS_BEFORE) | set(DATE_BOUNDS_BEFORE),
                     key=len, reverse=True)
_LEAD_PHRASE = re.compile(r"(%s)\s+" % "|".join(re.escape(w) for w in _LEAD_WORDS if w[0].isalpha()),
                          re.I)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\b(%s)\b(\.?)" % "|".join(sorted(MONTHS, key=len, reverse=True)), re.I)
_DAY = re.compile(r"(?<![\w,.:/])(\d{1,2})(st|nd|rd|th)?(?![\w:/]|\.\d|-\d{2}-)", re.I)
_YEAR = re.compile(r"(?<![\w.,/-])(\d{4})(?![\w/]|-\d{2}-)")
_CANONICAL_LEAD = {"approx": "about", "below": "nearly", "above": "over", "at_least": "at least",
                   "at_most": "up to", "up": "up", "down": "down"}


def restyle(claim: Claim, wording: str, expected: Optional[Mention], found: Mention,
            published: Optional[_dt.date], locale: Locale = DEFAULT_LOCALE) -> Optional[str]:
    """``found`` written in the style of the claim's ``wording`` (whose reading is
    ``expected``, against ``published`` and the article's ``locale``), or None when no
    such wording states exactly the figure found."""
    if expected is None or claim.kind in ("text", "absent") or found.kind == "dates" \
            and claim.kind == "duration":
        return None
    seen: set[str] = set()
    for candidate in _candidates(claim.kind, wording, expected, found):
        candidate = " ".join(candidate.split())
        if candidate in seen:
            continue
        seen.add(candidate)
        if _states(claim, candidate, found, published, locale):
            return candidate
    return None


def _states(claim: Claim, wording: str, found: Mention, published: Optional[_dt.date],
            locale: Locale = DEFAULT_LOCALE) -> bool:
    """Does ``wording``, read as the claim's figure, state exactly ``found``?"""
    try:
        reading = parse_figure(claim.kind, wording, published, locale)
    except FigureError:
        return False
    as_claim = dataclasses.replace(claim, figure=wording, expected=reading, tolerance=None)
    return judge(as_claim, found) is None


def _candidates(kind: str, wording: str, expected: Mention, found: Mention) -> Iterator[str]:
    if kind in ("date", "dates"):
        yield from _dates(kind, wording, found)
    elif kind == "ordinal":
        yield from _ordinals(wording, found)
    elif kind in ("year", "years"):
        yield from _years(wording, found)
    else:
        yield from _amounts(kind, wording, expected, found)
    text = " ".join(found.text.split())
    yield _lower_first(text)       # at least not a sentence's capital: "About 1,500 officers"


# --- leading qualifier and direction words -----------------------------------------------

def _lead(text: str) -> tuple[list[tuple[str, str]], str]:
    """The qualifier and direction words a figure starts with, each phrase with what it
    says ("direction" or "qualifier"), and the rest: "up about 12%" -> [("up ",
    "direction"), ("about ", "qualifier")], "12%"."""
    parts, at = [], 0
    while (m := _LEAD_PHRASE.match(text, at)) is not None:
        word = m.group(1).lower()
        parts.append((m.group(0), "direction" if word in DIRECTIONS_BEFORE else "qualifier"))
        at = m.end()
    return parts, text[at:]


#: Direction words and their opposites, as a claim turns round ("up" -> "down").
_OPPOSITES = dict(pair for a, b in (
    ("up", "down"), ("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("risen", "fallen"),
    ("rising", "falling"), ("increase", "decrease"), ("increased", "decreased"),
    ("increases", "decreases"), ("higher", "lower"), ("grew", "shrank"), ("gained", "lost"),
    ("raised", "lowered")) for pair in ((a, b), (b, a)))


def _opposite(phrase: str) -> Optional[str]:
    """A direction phrase ("rose ") turned round ("fell "), in its case; None if unknown."""
    word = phrase.rstrip()
    other = _OPPOSITES.get(word.lower())
    if other is None:
        return None
    if word[0].isupper():
        other = other.capitalize()
    return other + phrase[len(word):]


def _lower_first(text: str) -> str:
    """A sentence's capital taken off the first word ("About" -> "about"; "US$" stays)."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[0].isupper() and word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _with_lead(wording: str, expected: Mention, found: Mention) -> Iterator[str]:
    """``wording`` with the qualifier and direction words ``found`` needs: the claim's own
    where they mean the same as the text's, else the text's (or plain ones)."""
    if (expected.qualifier, expected.direction) == (found.qualifier, found.direction):
        yield wording
        return
    parts, rest = _lead(wording)
    text_parts, _ = _lead(" ".join(found.text.split()))
    lead = []
    for what, same in (("direction", expected.direction == found.direction),
                       ("qualifier", expected.qualifier == found.qualifier)):
        mine = [w for w, k in parts if k == what]
        theirs = [_lower_first(w) for w, k in text_parts if k == what]
        wanted = found.direction if what == "direction" else found.qualifier
        opposite = [_opposite(w) for w in mine]
        if same:
            lead += mine
        elif what == "direction" and mine and all(opposite) and found.direction:
            lead += opposite            # the claim's own word turned round: "up" -> "down"
        elif theirs:
            lead += theirs
        elif wanted in _CANONICAL_LEAD:
            lead.append(_CANONICAL_LEAD[wanted] + " ")
    yield "".join(lead) + rest
    if text_parts:
        yield "".join(_lower_first(w) for w, _ in text_parts) + rest


# --- numbers ------------------------------------------------------------------------------

def _word_value(words: str) -> Optional[int]:
    total = 0
    for part in re.split(r"[- ]", words.lower()):
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total


def _token_value(m: re.Match) -> Optional[float]:
    if m.group("digits"):
        return float(m.group("digits").replace(",", ""))
    return _word_value(m.group("words"))


def _in_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + ("-" + _ONES[ones] if ones else "")


def _digits(value: float, commas: bool) -> str:
    if float(value).is_integer():
        return f"{int(value):,}" if commas else str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if commas:
        whole, _, fraction = text.partition(".")
        text = f"{int(whole):,}" + ("." + fraction if fraction else "")
    return text


def _styled(value: float, token: re.Match, text_token: Optional[re.Match]) -> str:
    """``value`` written as the claim wrote ``token``: words below a hundred if it used
    words; thousands commas if it used them (or, when it cannot tell, as the text does)."""
    if token.group("words"):
        if float(value).is_integer() and 0 <= value < 100:
            words = _in_words(int(value))
            return words.capitalize() if token.group("words")[0].isupper() else words
        return _digits(value, True)
    written = token.group("digits")
    if "," in written or float(written.replace(",", "")) >= 1000:
        return _digits(value, "," in written)
    commas = text_token is not None and "," in (text_token.group("digits") or "")
    return _digits(value, commas)


def _decimals(written: str) -> int:
    return len(written.partition(".")[2])


def _plain(value: float, text_token: Optional[re.Match]) -> bool:
    """Is ``value`` (a number in the claim's scale) as plain as the text's own number,
    with no more decimals ("5.5 decades" for "55 years" is not; "88.5 billion" for
    "88.5 billion" is)?"""
    if value <= 0:
        return False
    allowed = _decimals(text_token.group("digits")) if text_token is not None and \
        text_token.group("digits") else 0
    return _decimals(_digits(value, False)) <= allowed and \
        abs(value * 10 ** allowed - round(value * 10 ** allowed)) < 1e-6 * max(1.0, value)


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ss|x|z|ch|sh)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _agree(text: str, at: int, before: float, after: float) -> str:
    """The word at ``at`` (a counted noun, a unit of time) made plural or singular when
    the number before it went from one to more, or back."""
    m = re.compile(r"\s*([A-Za-z]+)").match(text, at)
    if not m or (before == 1) == (after == 1):
        return text
    word = m.group(1)
    new = _plural(word) if before == 1 else _singular(word)
    return text[:m.start(1)] + new + text[m.end(1):]


def _amounts(kind: str, wording: str, expected: Mention, found: Mention) -> Iterator[str]:
    """Numbers, counts, percentages, money, durations: each number of the claim replaced
    by the new one, in the claim's scale (``88 billion`` -> ``101 billion``) where that
    gives a plain number, else in the text's (``1.2 million`` -> ``900,000``)."""
    olds = expected.value if isinstance(expected.value, tuple) else (expected.value,)
    news = found.value if isinstance(found.value, tuple) else (found.value,)
    if len(olds) != len(news) or any(not isinstance(v, (int, float)) for v in olds + news):
        return
    if kind == "duration" and expected.unit != found.unit:
        ratio = _unit_ratio(found.unit, expected.unit)
        if ratio is None:          # months against days: no fixed ratio, no claim's scale
            return
        news = tuple(v * ratio for v in news)
    tokens = list(_NUMBER.finditer(wording))
    text = " ".join(found.text.split())
    text_tokens = list(_NUMBER.finditer(text))
    if len(tokens) != len(olds):
        return
    for lead_wording in _with_lead(wording, expected, found):
        lead_tokens = list(_NUMBER.finditer(lead_wording))
        if len(lead_tokens) != len(olds):
            continue
        # the claim's scale: each number times the factor its words carry
        out, ok = lead_wording, True
        pairs = text_tokens if len(text_tokens) == len(lead_tokens) else [None] * len(lead_tokens)
        for token, text_token, old, new in reversed(list(zip(lead_tokens, pairs, olds, news))):
            n = _token_value(token)
            if not n:
                ok = False
                break
            value = new / (old / n)
            scaled_in_text = text_token is not None and _SCALE_AFTER.match(text, text_token.end())
            if not _plain(value, text_token) or (value < 1 <= n) or (value >= 1000 > n and scaled_in_text):
                ok = False
                break
            written = _styled(value, token, text_token)
            out = out[:token.start()] + written + out[token.end():]
            if kind in ("count", "duration"):
                out = _agree(out, token.start() + len(written), n, value)
        if ok:
            yield out
        # the text's scale: the claim's number and scale word replaced by the text's
        if len(lead_tokens) == 1 and len(text_tokens) == 1:
            token, text_token = lead_tokens[0], text_tokens[0]
            end = token.end()
            scale = _SCALE_AFTER.match(lead_wording, end)
            if scale:
                end = scale.end()
            text_scale = _SCALE_AFTER.match(text, text_token.end())
            number = _token_value(text_token)
            if number is None:
                continue
            core = _styled(number, token, text_token) + _scale_like(text_scale, scale)
            if kind == "duration" and not scale:
                unit = re.compile(r"\s*[A-Za-z]+").match(text, text_token.end())
                wunit = re.compile(r"\s*[A-Za-z]+").match(lead_wording, end)
                if unit and wunit:
                    core += unit.group(0)
                    end = wunit.end()
            yield lead_wording[:token.start()] + core + lead_wording[end:]


_SCALE_FAMILIES = (
    {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"},
    {1e6: "mn", 1e9: "bn", 1e12: "tn"},
    {1e6: "mln", 1e9: "bln", 1e12: "trn"},
)


def _scale_like(text_scale: Optional[re.Match], claim_scale: Optional[re.Match]) -> str:
    """The text's scale word ("bn") written as the claim writes its own ("billion"), with
    the claim's space or none; the text's as it is where the claim has none."""
    if text_scale is None:
        return ""
    if claim_scale is None:
        return text_scale.group(0)
    magnitude = _SCALE_WORDS[text_scale.group(2).lower()]
    mine = claim_scale.group(2)
    for family in _SCALE_FAMILIES:
        if mine.lower() in family.values() and magnitude in family:
            word = family[magnitude]
            return claim_scale.group(1) + (word.upper() if mine.isupper() else word)
    return text_scale.group(0)


_UNIT_HOURS = {"week": 168.0, "day": 24.0, "hour": 1.0}
_UNIT_MONTHS = {"year": 12.0, "month": 1.0}


def _unit_ratio(source: Optional[str], target: Optional[str]) -> Optional[float]:
    for table in (_UNIT_MONTHS, _UNIT_HOURS):
        if source in table and target in table:
            return table[source] / table[target]
    return None


# --- ordinals and years -------------------------------------------------------------------

def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ordinal_words(n: int) -> Optional[str]:
    if n < 20:
        return _ORDINAL_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _ORDINAL_TENS[tens] if not ones else f"{_TENS[tens]}-{_ORDINAL_ONES[ones]}"
    return None


def _ordinals(wording: str, found: Mention) -> Iterator[str]:
    news = found.value if isinstance(found.value, tuple) else (found.value,)
    tokens = list(_ORDINAL.finditer(wording))
    if len(tokens) != len(news) or any(not float(v).is_integer() for v in news):
        return
    out = wording
    for token, new in reversed(list(zip(tokens, news))):
        new = int(new)
        if token.group("words"):
            written = _ordinal_words(new) or f"{new}{_suffix(new)}"
            if token.group("words")[0].isupper():
                written = written.capitalize()
        else:
            written = f"{new}{_suffix(new) if token.group('suffix') else ''}"
        out = out[:token.start()] + written + out[token.end():]
    yield out


def _years(wording: str, found: Mention) -> Iterator[str]:
    news = found.value if isinstance(found.value, tuple) else (found.value,)
    if not all(isinstance(v, int) for v in news):
        return
    decade = re.search(r"(?<!\d)(\d{3}0)s\b", wording)
    if decade and len(news) == 2 and news[0] % 10 == 0 and news[1] == news[0] + 9:
        yield wording[:decade.start(1)] + str(news[0]) + wording[decade.end(1):]
        return
    tokens = list(re.finditer(r"(?<!\w)(?<!\d[.,])(\d{4}|\d{2})(?!\w|[.,]\d|-\d{2}-)", wording))
    if len(tokens) != len(news) or len(tokens[0].group(1)) != 4:
        return
    out = wording
    for token, new in reversed(list(zip(tokens, news))):
        written = str(new) if len(token.group(1)) == 4 else f"{new % 100:02d}"
        out = out[:token.start()] + written + out[token.end():]
    yield out


# --- dates --------------------------------------------------------------------------------

def _month_name(month: int, token: re.Match) -> str:
    written = token.group(1)
    name = _MONTH_NAMES[month - 1]
    if len(written) <= 4 and written.lower() != name.lower():      # "Feb", "Sept", "Sep"
        name = name[:len(written)] if len(written) >= 3 else name[:3]
        if name.lower() not in MONTHS:
            name = name[:3]
    if written.isupper():
        name = name.upper()
    elif written.islower():
        name = name.lower()
    return name + token.group(2)


def _dates(kind: str, wording: str, found: Mention) -> Iterator[str]:
    value = found.value
    days = value if isinstance(value, tuple) else (value, value)
    if not all(isinstance(d, _dt.date) for d in days):
        return
    first, last = days
    isos = list(_ISO.finditer(wording))
    if isos:
        lead = "".join(w for w, _ in _lead(wording)[0])
        if len(isos) == 2 and first != last:
            yield wording[:isos[0].start()] + first.isoformat() + \
                wording[isos[0].end():isos[1].start()] + last.isoformat() + wording[isos[1].end():]
        elif len(isos) == 1 and first == last:
            yield wording[:isos[0].start()] + first.isoformat() + wording[isos[0].end():]
        elif first == last:
            yield lead + first.isoformat()
        else:
            yield lead + f"{first.isoformat()}..{last.isoformat()}"
        return
    months = list(_MONTH.finditer(wording))
    day_tokens = [m for m in _DAY.finditer(wording)]
    year_tokens = list(_YEAR.finditer(wording))
    if not months or not day_tokens or len(months) > 2 or len(day_tokens) > 2 or len(year_tokens) > 2:
        return
    wanted = [first] if first == last else [first, last]
    edits: list[tuple[int, int, str]] = []
    if len(day_tokens) == len(wanted) and len(months) == len(wanted):
        for day_token, month_token, day in zip(day_tokens, months, wanted):
            edits.append((day_token.start(1), day_token.end(), _day(day, day_token)))
            edits.append((month_token.start(), month_token.end(), _month_name(day.month, month_token)))
    elif len(day_tokens) == len(wanted) and len(months) == 1 and first.month == last.month:
        for day_token, day in zip(day_tokens, wanted):
            edits.append((day_token.start(1), day_token.end(), _day(day, day_token)))
        edits.append((months[0].start(), months[0].end(), _month_name(first.month, months[0])))
    elif len(day_tokens) == 2 and len(months) == 1 and len(wanted) == 2:
        # one month written, the new range spans two: "September 22-24" -> "September 30-October 2"
        d1, d2 = day_tokens
        month = months[0]
        if month.end() <= d1.start():          # month first
            edits.append((month.start(), month.end(), _month_name(first.month, month)))
            edits.append((d1.start(1), d1.end(), _day(first, d1)))
            edits.append((d2.start(1), d2.end(), _month_name(last.month, month) + " " + _day(last, d2)))
        elif month.start() >= d2.end():        # day first
            edits.append((d1.start(1), d1.end(), _day(first, d1) + " " + _month_name(first.month, month)))
            edits.append((d2.start(1), d2.end(), _day(last, d2)))
            edits.append((month.start(), month.end(), _month_name(last.month, month)))
        else:
            return
    else:
        return
    years = [first.year] if len(year_tokens) == 1 else [first.year, last.year][:len(year_tokens)]
    if len(year_tokens) == 1 and first.year != last.year:
        return
    for token, year in zip(year_tokens, years):
        edits.append((token.start(1), token.end(1), str(year)))
    out = wording
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    yield out
    if not year_tokens:
        # the claim gave no year: with the year the text's date is read in, the same style
        yield out + (", " if months[-1].start() < day_tokens[-1].start() else " ") + str(last.year)


def _day(day: _dt.date, token: re.Match) -> str:
    return f"{day.day}{_suffix(day.day) if token.group(2) else ''}"


__all__ = ["restyle"]

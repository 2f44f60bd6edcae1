"""More families of systematic edits, over the bundled example and every story, for
tests/test_edit_families.py.

``example_attacks`` and ``figure_edits`` edit digits, number words, months, scale words,
qualifiers, directions, negations ("did not reach"), swaps within a sentence and across
two claimed figures, per cent to points, and whole-article layouts. These are the edits
they leave out, each applied next to every claimed figure that holds (its ``span``):

- *harmful* (the claim must fail): a length in another unit ("12 to 14 months" -> "12
  to 14 years"), a bound added before an exact figure ("up to 16 crew"), a negation the
  earlier batteries do not write ("never rose to 3.8%", "is no longer valued at"), a
  wrong weekday before a full date, the decimal point moved ("2.5" -> "25"), a range cut
  to one end or its end moved, both ends of a range in another currency, a compound
  number word edited ("twenty-two" -> "twenty-three"), a number in words of a
  neighbouring value, a qualifier turned to its opposite ("more than" -> "fewer than"),
  a multiplier or fraction word ("doubled" -> "tripled"), a count's unit of measure
  ("490 litres" -> "490 gallons"), a quarter or half of another rank ("the third
  quarter" -> "the fourth"), a figure's number exchanged with one of its kind in another
  sentence of the paragraph;
- *neutral* (every claim that held must still hold): a footnote marker after the figure
  or its sentence ("22%[1],", "said.[1]"), invisible characters inside it
  ("1,<U+200B>500"), the right weekday added before a full date ("Monday, February 10,
  2025"), wire-style scale words ("$1.2 trln", "5 mln"), a leading zero dropped (".72"
  for "0.72"), "%" after a no-break or thin space, digits grouped by thin or figure
  spaces, "US$" as "$", an amount used as an adjective ("a $5-billion deal"), a number
  in words ("three hundred and fourteen"), an unrelated sentence with figures after the
  figure's sentence, two paragraphs swapped.

An edit is ``Edit(family, set, claim key, label, article, new text)``; ``problems(family)``
judges each in memory (a claims file loaded once) and returns what went wrong, by
``Edit.case_id``.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Optional

import checker
from checker.claims import load_claims
from checker.engine import check_claim_set

from example_edits import key

ROOT = Path(__file__).resolve().parent.parent
#: claim set name -> claims file: the bundled example and every story
SETS = {"example": ROOT / "claims.yaml",
        **{p.name: p / "claims.yaml" for p in sorted((ROOT / "tests" / "stories").iterdir())
           if (p / "claims.yaml").is_file()}}


@lru_cache(maxsize=None)
def claim_set(name: str):
    return load_claims(str(SETS[name]))


@lru_cache(maxsize=None)
def baseline(name: str) -> dict:
    return {key(r): r for r in check_claim_set(claim_set(name))}


def judged(name: str, article: str, text: str) -> dict:
    cs = claim_set(name)
    return {key(r): r for r in check_claim_set(dataclasses.replace(cs, texts={**cs.texts, article: text}))}


class Claimed(NamedTuple):
    key: str
    kind: str
    unit: Optional[str]
    article: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=None)
def claimed(name: str) -> tuple[Claimed, ...]:
    """Each passing claim whose figure the text states: its key, kind, unit and span."""
    cs = claim_set(name)
    mentions, out = {}, []
    for k, r in baseline(name).items():
        if r.status.value != "pass" or r.span is None or r.kind in ("text", "absent"):
            continue
        text, s, e = cs.texts[r.version], r.span.start, r.span.end
        if r.version not in mentions:
            mentions[r.version] = checker.extract(text, cs.articles[r.version].published)
        unit = next((m.unit for m in mentions[r.version] if m.kind == r.kind and m.start < e and s < m.end), None)
        out.append(Claimed(k, r.kind, unit, r.version, text, s, e))
    return tuple(out)


class Edit(NamedTuple):
    family: str
    set: str
    key: str       # the claim whose figure is edited (it must fail, for a harmful edit)
    label: str
    article: str
    text: str      # the article after the edit

    @property
    def case_id(self) -> str:
        return f"{self.set}:{self.key}:{self.label}"


#: family -> (expect: "fail" | "pass", edits of one claim set)
FAMILIES: dict[str, tuple[str, Callable[[str], Iterator[Edit]]]] = {}

#: a rule: (claimed figure) -> (start, end, new wording, label) replacements of its text
Rule = Callable[[Claimed], Iterator[tuple[int, int, str, str]]]


def near(c: Claimed, rule: Rule, family: str, name: str) -> Iterator[Edit]:
    seen = set()
    for a, b, new, label in rule(c):
        text = c.text[:a] + new + c.text[b:]
        if text != c.text and text not in seen:
            seen.add(text)
            yield Edit(family, name, c.key, f"{c.text[a:b]!r}->{new!r}:{label}" if label else
                       f"{c.text[a:b]!r}->{new!r}", c.article, text)


def family(name: str, expect: str):
    """Register a rule over each claimed figure as the family ``name``."""
    def register(rule: Rule) -> Rule:
        def edits(set_name: str) -> Iterator[Edit]:
            for c in claimed(set_name):
                yield from near(c, rule, name, set_name)
        FAMILIES[name] = (expect, edits)
        return rule
    return register


def problems(name: str, sets=None) -> tuple[int, dict[str, tuple[str, object]]]:
    """(edits tried, {case id: ("slipped", what the claim found) | ("alarm", {broken
    claim: (status, found)})}) for family ``name`` over ``sets`` (all by default)."""
    expect, edits = FAMILIES[name]
    tried, out = 0, {}
    for set_name in sets or SETS:
        passing = {k for k, r in baseline(set_name).items() if r.status.value == "pass"}
        for edit in edits(set_name):
            tried += 1
            results = judged(set_name, edit.article, edit.text)
            if expect == "fail":
                r = results.get(edit.key)
                if r is not None and r.status.value == "pass":
                    out[edit.case_id] = ("slipped", r.found)
            else:
                broke = {k: (r.status.value, r.found) for k, r in results.items()
                         if k in passing and r.status.value != "pass"}
                if broke:
                    out[edit.case_id] = ("alarm", broke)
    return tried, out


# =========================================================================== harmful

_DURATION_UNITS = [("years", "months"), ("months", "years"), ("weeks", "days"), ("days", "weeks"),
                   ("hours", "days"), ("minutes", "hours"), ("decades", "years")]


@family("duration-unit", "fail")
def duration_unit(c: Claimed):
    """A length in another unit, one end or a range: "three weeks" -> "three days", "12 to
    14 months" -> "12 to 14 years"."""
    if c.kind != "duration":
        return
    w = c.text[c.start:c.end]
    for old, new in _DURATION_UNITS:
        m = re.search(r"\b%ss?\b" % old[:-1], w)
        if m:
            plural = m.group().endswith("s")
            yield c.start + m.start(), c.start + m.end(), new if plural else new[:-1], ""
            return


_BOUND_WORDS = re.compile(r"\b(?:about|around|nearly|almost|over|more|less|fewer|under|up|down|at least|at most|some|"
                          r"roughly|approximately|between|from|rose|fell|to|and|or|aged|estimated)\b|[-–]\s?[$£€]?\d", re.I)


@family("bound-added", "fail")
def bound_added(c: Claimed):
    """A bound or an approximation written before an exact figure: "16 crew" -> "up to 16
    crew", "at least", "nearly", "over", "fewer than"."""
    if c.kind not in ("count", "number", "money", "percent", "duration"):
        return
    w = c.text[c.start:c.end]
    if _BOUND_WORDS.search(w) or not re.match(r"[$£€¥₹]?\d", w):
        return
    for q in ("at least ", "up to ", "nearly ", "over ", "fewer than "):
        yield c.start, c.start, q, ""


# =========================================================================== neutral

@family("invisible-in-figure", "pass")
def invisible_in_figure(c: Claimed):
    """An invisible character inside the figure's number, as web copy leaves them: a
    zero-width space (a line-break hint) or a zero-width no-break space after each group
    comma ("1,\u200b500"), or between two digits ("7\u200b9th")."""
    w = c.text[c.start:c.end]
    for ch in ("\u200b", "\ufeff"):
        if re.search(r"\d,\d{3}", w):
            yield c.start, c.end, re.sub(r"(?<=\d,)(?=\d{3})", ch, w), f"after-comma-{ord(ch):04x}"
    m = re.search(r"\d(?=\d)", w)
    if m:
        yield c.start + m.end(), c.start + m.end(), "\u200b", "between-digits"


_PARTICLES = ("to", "by", "at", "for", "of", "on", "in", "from", "with", "into")
_IRREGULAR_PAST = {"rose", "fell", "grew", "hit", "won", "sold", "made", "took", "lost", "spent", "paid", "saw",
                   "got", "held", "kept", "left", "led", "came", "ran", "stood", "put", "set", "shed", "cut"}


@family("negated-verb-particle", "fail")
def negated_verb_particle(c: Claimed):
    """A negation before a verb and the particle it takes: "rose to 3.8%" -> "never rose
    to 3.8%", "is seen at 3.0%" -> "is not seen at 3.0%", "was valued at" -> "was no longer
    valued at"."""
    if c.kind not in ("count", "number", "money", "percent"):
        return
    before = c.text[max(0, c.start - 50):c.start]
    off = c.start - len(before)
    m = re.search(r"(?:\b(?P<aux>is|are|was|were|has|have|had|been)\s+)?\b(?P<v>[a-z]+)\s+(?P<p>%s)\s+\Z"
                  % "|".join(_PARTICLES), before)
    if m is None or m.group("v") in _PARTICLES or not (m.group("v").endswith("ed") or m.group("v") in _IRREGULAR_PAST
                                                       or m.group("aux")):
        return
    if re.search(r"\b(?:not|never|no|only|just)\s+(?:\w+\s+)?\Z", before[:m.start("v")]):
        return
    if m.group("aux"):
        yield off + m.end("aux"), off + m.end("aux"), " not", "aux-not"
        yield off + m.end("aux"), off + m.end("aux"), " no longer", "aux-no-longer"
    else:
        yield off + m.start("v"), off + m.start("v"), "never ", "never"


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_FULL_DATE = re.compile(r"\b(?:(?P<d1>\d{1,2}) (?P<m1>%s),? (?P<y1>\d{4})|(?P<m2>%s) (?P<d2>\d{1,2}),? (?P<y2>\d{4}))\b"
                        % ("|".join(_MONTHS), "|".join(_MONTHS)))


def _weekday_before_date(c: Claimed, shift: int):
    if c.kind != "date":
        return
    m = _FULL_DATE.search(c.text, c.start, c.end)
    if m is None or re.search(r"day,?\s+\Z|\d\s+\Z", c.text[max(0, m.start() - 12):m.start()]):
        return
    d = datetime.date(int(m.group("y1") or m.group("y2")), _MONTHS.index(m.group("m1") or m.group("m2")) + 1,
                      int(m.group("d1") or m.group("d2")))
    yield m.start(), m.start(), (d + datetime.timedelta(days=shift)).strftime("%A") + ", ", ""


@family("weekday-added", "pass")
def weekday_added(c: Claimed):
    """The date's own weekday written before a full date: "until 28 March 2026" ->
    "until Saturday, 28 March 2026", "on or before Monday, February 10, 2025"."""
    yield from _weekday_before_date(c, 0)


@family("wrong-weekday-added", "fail")
def wrong_weekday_added(c: Claimed):
    """Another day's weekday written before a full date: "Sunday, 28 March 2026"."""
    yield from _weekday_before_date(c, 1)


@family("leading-zero-dropped", "pass")
def leading_zero_dropped(c: Claimed):
    """A decimal below one written without its leading zero, as statistics write them:
    "p=0.004" -> "p=.004", "0.72 to 0.90" -> "0.72 to .90"."""
    if c.kind not in ("number", "percent", "money", "count"):
        return
    for m in re.finditer(r"(?<![\d.,])0(?=\.\d)", c.text[c.start:c.end]):
        yield c.start + m.start(), c.start + m.end(), "", ""


_FOOTNOTES = ("[1]", "[12]", "\u00b9", "\u2020", "*", "[a]")


@family("footnote-marker", "pass")
def footnote_marker(c: Claimed):
    """A footnote or reference marker where a reference work puts one: straight after the
    figure before its punctuation ("22%[1],"), or after the full stop of its sentence
    ("... 22%.[1]")."""
    after = c.text[c.end:c.end + 1]
    if after in (",", ";", ":", ")"):
        for mark in _FOOTNOTES:
            yield c.end, c.end, mark, "after-figure"
    stop = re.match(r"[^.!?\n]*?[.!?](?=\s|\Z)", c.text[c.end:c.end + 300])
    if stop and not re.search(r"\d\.\Z", stop.group()):
        at = c.end + stop.end()
        for mark in _FOOTNOTES:
            yield at, at, mark, "after-sentence"


@family("decimal-point-moved", "fail")
def decimal_point_moved(c: Claimed):
    """The decimal point moved one place: "2.5" -> "25" or "0.25", "412" -> "41.2"."""
    if c.kind in ("date", "dates", "year", "years", "ordinal"):
        return
    w = c.text[c.start:c.end]
    m = re.search(r"(?<![\d.,])(\d+)\.(\d+)(?![\d.,]*\d)", w)
    if m:
        i, f = m.group(1), m.group(2)
        right = (i + f[0]).lstrip("0") or "0"
        yield c.start + m.start(), c.start + m.end(), right + ("." + f[1:] if f[1:] else ""), "right"
        if i != "0":
            yield c.start + m.start(), c.start + m.end(), "0." + i + f if len(i) == 1 else i[:-1] + "." + i[-1] + f, "left"
        return
    m = re.search(r"(?<![\d.,])(\d{2,3})(?![\d.,]*\d|st|nd|rd|th)", w)
    if m:
        yield c.start + m.start(), c.start + m.end(), m.group()[:-1] + "." + m.group()[-1], "left"


_RANGE = re.compile(r"(?:between |from )?([$£€]?)(\d+(?:[.,]\d+)*)(\s?(?:-|–|to|and)\s?)([$£€]?)(\d+(?:[.,]\d+)*)")


@family("range-cut", "fail")
def range_cut(c: Claimed):
    """A range cut to one end ("$27 to $30" -> "$30", "$27"), or its end moved by one
    ("12 to 14" -> "12 to 15", "2019-2024" -> "2019-2025")."""
    w = c.text[c.start:c.end]
    for m in _RANGE.finditer(w):
        if m.group(2) == m.group(5) or len(m.group(2)) == 4 and len(m.group(5)) == 2:
            continue  # a season ("2019-20") is one figure
        a, b = c.start + m.start(), c.start + m.end()
        yield a, b, (m.group(4) or m.group(1)) + m.group(5), "to-last"
        yield a, b, m.group(1) + m.group(2), "to-first"
        last = m.group(5)
        if last.isdigit():
            new = str(int(last) + 1 if not last.endswith("9") else int(last) - 1).zfill(len(last))
            if c.kind in ("date", "dates") and len(last) <= 2 and int(new) > 28:
                new = str(int(last) - 1)
            yield c.start + m.start(5), c.start + m.end(5), new, "end-moved"


_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_WORDS = "one two three four five six seven eight nine".split()


@family("compound-number-word", "fail")
def compound_number_word(c: Claimed):
    """A compound number word edited in either part: "twenty-two" -> "twenty-three",
    "thirty-two"."""
    for m in re.finditer(r"\b(%s)([- ])(%s)\b" % ("|".join(_TENS_WORDS), "|".join(_UNIT_WORDS)),
                         c.text[c.start:c.end], re.I):
        u = _UNIT_WORDS.index(m.group(3).lower())
        yield c.start + m.start(3), c.start + m.end(3), _UNIT_WORDS[u + 1 if u < 8 else u - 1], "ones"
        t = _TENS_WORDS.index(m.group(1).lower())
        new = _TENS_WORDS[t + 1 if t < 7 else t - 1]
        yield c.start + m.start(1), c.start + m.end(1), new.capitalize() if m.group(1)[0].isupper() else new, "tens"


_OPPOSITES = [("more than", "fewer than"), ("at least", "fewer than"), ("up to", "more than"),
              ("as many as", "as few as"), ("as much as", "as little as"), ("almost", "more than"),
              ("nearly", "more than"), ("exceeding", "below"), ("above", "under"), ("at most", "at least"),
              ("no more than", "no less than"), ("no less than", "no more than"), ("in excess of", "short of"),
              ("upwards of", "under"), ("well over", "well under"), ("just over", "just under"),
              ("just under", "just over"), ("fewer than", "more than"), ("less than", "more than"),
              ("under", "over"), ("below", "above"), ("about", "at least"), ("over", "below")]


@family("qualifier-opposite", "fail")
def qualifier_opposite(c: Claimed):
    """A qualifier turned to its opposite or to a bound: "more than" -> "fewer than",
    "up to" -> "more than", "about" -> "at least"."""
    w = c.text[c.start:c.end]
    for old, new in _OPPOSITES:
        m = re.search(r"(?<!\w)%s(?!\w)" % old, w, re.I)
        if m:
            yield c.start + m.start(), c.start + m.end(), new.capitalize() if m.group()[0].isupper() else new, ""
            return


_MULTIPLIERS = [("doubled", "tripled"), ("tripled", "doubled"), ("twice", "three times"), ("half", "a third"),
                ("two-thirds", "one-third"), ("one-third", "two-thirds"), ("a third", "a quarter"),
                ("a quarter", "a third"), ("halved", "doubled"), ("quarter", "third"), ("thirds", "quarters")]


@family("multiplier-word", "fail")
def multiplier_word(c: Claimed):
    """A multiplier or fraction word: "doubled" -> "tripled", "two-thirds" -> "one-third"."""
    w = c.text[c.start:c.end]
    for old, new in _MULTIPLIERS:
        m = re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(old), w, re.I)
        if m:
            yield c.start + m.start(), c.start + m.end(), new, ""
            return


@family("wire-scale-words", "pass")
def wire_scale_words(c: Claimed):
    """Scale words as wire services abbreviate them: "million" -> "mln", "billion" ->
    "bln", "trillion" -> "trln", "1.5bn" -> "1.5 bln"."""
    for old, new in (("million", "mln"), ("billion", "bln"), ("trillion", "trln"), ("m", "mln"), ("bn", "bln")):
        m = re.search(r"(?<=\d)(\s?)%s\b" % old, c.text[c.start:c.end])
        if m and (old != "m" or c.kind == "money"):
            yield c.start + m.start(), c.start + m.end(), " " + new, ""


@family("spaced-percent-sign", "pass")
def spaced_percent_sign(c: Claimed):
    """"%" after a no-break, narrow no-break or thin space, as French and SI style set it."""
    if c.kind != "percent":
        return
    for m in re.finditer(r"(?<=\d)\s?%", c.text[c.start:c.end]):
        for space in ("\u00a0", "\u202f", "\u2009"):
            yield c.start + m.start(), c.start + m.end(), space + "%", f"U+{ord(space):04X}"


@family("space-grouped-digits", "pass")
def space_grouped_digits(c: Claimed):
    """Digits grouped by a thin space, a figure space or a narrow no-break space."""
    w = c.text[c.start:c.end]
    if re.search(r"\d,\d{3}(?!\d)", w):
        for space in ("\u2009", "\u2007", "\u202f"):
            yield c.start, c.end, re.sub(r"(?<=\d),(?=\d{3}(?!\d))", space, w), f"U+{ord(space):04X}"


@family("amount-as-adjective", "pass")
def amount_as_adjective(c: Claimed):
    """An amount before its noun with its scale word hyphened: "a $5 billion deal" -> "a
    $5-billion deal"."""
    if c.kind != "money":
        return
    m = re.search(r"(?<=\d) (billion|million|trillion)\b", c.text[c.start:c.end])
    after = c.text[c.end:c.end + 14]
    if m and re.match(r" [a-z]+", after) and not re.match(
            r" (?:in|of|to|and|or|for|on|from|a|an|the|by|at|with|was|is|were|are|last|this|that|over|since|"
            r"more|less|than|after|before|as|per|each)\b", after):
        yield c.start + m.start(), c.start + m.end(), "-" + m.group(1), ""


@family("dollar-sign-for-usd", "pass")
def dollar_sign_for_usd(c: Claimed):
    """An amount in US dollars written with a bare "$": "US$1.2 billion", "USD 1.2
    billion", "1.2 billion US dollars" -> "$1.2 billion"."""
    if c.kind != "money" or c.unit != "USD":
        return
    w = c.text[c.start:c.end]
    for pattern in (r"US\$\s?", r"USD\s?(?=\d)", r"U\.S\.\s?\$"):
        m = re.search(pattern, w)
        if m:
            yield c.start + m.start(), c.start + m.end(), "$", ""
    m = re.search(r"(\d(?:[\d.,]*\d)?(?:\s?(?:billion|million|trillion|bn|m))?)\s(?:USD|US dollars|U\.S\. dollars)\b", w)
    if m:
        yield c.start + m.start(), c.start + m.end(), "$" + m.group(1), "code-after"


_MEASURES = [("kilometres", "miles"), ("kilometers", "miles"), ("km", "miles"), ("miles", "km"), ("metres", "feet"),
             ("meters", "feet"), ("feet", "metres"), ("litres", "gallons"), ("gallons", "litres"),
             ("hectares", "acres"), ("acres", "hectares"), ("tonnes", "kg"), ("tons", "kg"), ("barrels", "tonnes"),
             ("inches", "cm"), ("knots", "mph"), ("mph", "km/h"), ("megawatts", "gigawatts")]


@family("measure-unit", "fail")
def measure_unit(c: Claimed):
    """A count's unit of measure turned to another ("490 litres" -> "490 gallons", "148
    knots" -> "148 mph"). (A ``number`` claim states no unit: "1,152 km" edited to "1,152
    miles" keeps ``number: 1152``, by design; a claim that cares counts the unit.)"""
    if c.kind != "count":
        return
    w = c.text[c.start:c.end]
    for old, new in _MEASURES:
        m = re.search(r"(?<=\d )%s\b" % re.escape(old), w)
        if m:
            yield c.start + m.start(), c.start + m.end(), new, ""
            return


# ============================================================ edits beyond the figure

def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    from checker.text.sentences import Sentences
    s = Sentences(text)
    return list(zip(s.starts, s.ends))


_SWAPPED_KINDS = ("count", "number", "money", "percent", "duration", "year", "ordinal")
_DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _paragraph_figure_swaps(set_name: str) -> Iterator[Edit]:
    """The claimed figure's number exchanged with the number of a figure of its kind (of
    its currency, for money) in another sentence of its paragraph: both sentences now state
    other figures, and the claim must fail."""
    cs = claim_set(set_name)
    mentions = {}
    for c in claimed(set_name):
        if c.kind not in _SWAPPED_KINDS:
            continue
        if c.article not in mentions:
            mentions[c.article] = (checker.extract(c.text, cs.articles[c.article].published), _sentence_bounds(c.text))
        found, sentences = mentions[c.article]
        mine = next(((a, b) for a, b in sentences if a <= c.start < b), None)
        first = _DIGITS.search(c.text, c.start, c.end)
        if mine is None or first is None:
            continue
        para_start = c.text.rfind("\n\n", 0, c.start)
        para_end = c.text.find("\n\n", c.end) % (len(c.text) + 1)
        for m in found:
            if m.kind != c.kind or not para_start < m.start < para_end or mine[0] <= m.start < mine[1] \
                    or c.kind == "money" and m.unit != c.unit:
                continue
            other = _DIGITS.search(c.text, m.start, m.end)
            if other is None or other.group() == first.group():
                continue
            (a1, b1), (a2, b2) = sorted([first.span(), other.span()])
            t = c.text
            text = t[:a1] + t[a2:b2] + t[b1:a2] + t[a1:b1] + t[b2:]
            yield Edit("paragraph-figure-swap", set_name, c.key, f"{first.group()}<->{other.group()}", c.article, text)


FAMILIES["paragraph-figure-swap"] = ("fail", _paragraph_figure_swaps)

_ASIDE = ("Separately, a museum in Oslo reopened on 4 March 2019 after a 14-month refit costing NOK 12 million, "
          "and 7,200 people, 9% more than forecast, came in its first week.")


def _aside_sentences(set_name: str) -> Iterator[Edit]:
    """An unrelated sentence with figures of every kind written after each sentence that
    holds a claimed figure (where no claim's words would find it)."""
    from checker.locate import phrase_pattern
    from checker.text.normalize import fold
    cs = claim_set(set_name)
    if any(phrase_pattern(p) is not None and phrase_pattern(p).search(fold(_ASIDE)) for c in cs.claims for p in c.about):
        return
    done = set()
    for c in claimed(set_name):
        end = next((b for a, b in _sentence_bounds(c.text) if a <= c.start < b), None)
        if end is None or (c.article, end) in done:
            continue
        done.add((c.article, end))
        text = c.text[:end].rstrip() + " " + _ASIDE + " " + c.text[end:].lstrip(" ")
        yield Edit("aside-sentence", set_name, c.key, f"after:{c.text[max(0, end - 20):end]!r}", c.article, text)


FAMILIES["aside-sentence"] = ("pass", _aside_sentences)


def _paragraphs_swapped(set_name: str) -> Iterator[Edit]:
    """Two neighbouring paragraphs of prose exchanged (not the first, which may hold a
    headline or a dateline; not lists, tables, headings or quotes)."""
    seen = set()
    for c in claimed(set_name):
        if c.article in seen:
            continue
        seen.add(c.article)
        parts = re.split(r"(\n\s*\n)", c.text)
        paras = list(range(0, len(parts), 2))
        for j in range(2, len(paras) - 1):
            a, b = paras[j], paras[j + 1]
            if not parts[a].strip() or not parts[b].strip() \
                    or any(re.match(r"\s*(?:[|#>*+-]|\d+\.|[A-Z .]{12,}$)", parts[k]) for k in (a, b)):
                continue
            text = "".join(parts[:a] + [parts[b], parts[a + 1], parts[a]] + parts[b + 1:])
            yield Edit("paragraphs-swapped", set_name, c.key, f"paragraphs {j}<->{j + 1}", c.article, text)


FAMILIES["paragraphs-swapped"] = ("pass", _paragraphs_swapped)


_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int, british: bool = True) -> str:
    """A number below a thousand in words: 22 "twenty-two", 314 "three hundred and
    fourteen" ("three hundred fourteen" in American style)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    return _ONES[hundreds] + " hundred" + ((" and " if british else " ") + in_words(rest) if rest else "")


_SMALL_NUMBER = re.compile(r"(?<![\w.,$£€¥₹-])(\d{2,3})(?![\d.,]\d|\w|%| \d{3}\b)")


@family("number-in-words", "pass")
def number_in_words(c: Claimed):
    """A count or number of 21 to 999 in words, British and American style: "314 votes"
    -> "three hundred and fourteen votes", "three hundred fourteen votes"."""
    if c.kind not in ("count", "number"):
        return
    for m in _SMALL_NUMBER.finditer(c.text, c.start, c.end):
        n = int(m.group())
        if n > 20 and n % 10 and not re.match(r"[\w\u00b0]", c.text[m.end():m.end() + 1]):  # "43C" keeps its digits
            yield m.start(), m.end(), in_words(n), "british"
            if n >= 100:
                yield m.start(), m.end(), in_words(n, british=False), "american"


@family("number-in-words-edited", "fail")
def number_in_words_edited(c: Claimed):
    """A count or number written in words with a neighbouring value: "22 people" ->
    "twenty-three people", "314 votes" -> "three hundred and thirteen votes"."""
    if c.kind not in ("count", "number"):
        return
    for m in _SMALL_NUMBER.finditer(c.text, c.start, c.end):
        n = int(m.group())
        if n > 20 and n % 10 and not re.match(r"[\w\u00b0]", c.text[m.end():m.end() + 1]):
            new = n + 1 if (n + 1) % 10 else n - 1
            yield m.start(), m.end(), in_words(new), f"{n}->{new}"


_PERIOD_RANKS = ["first", "second", "third", "fourth"]


@family("period-rank", "fail")
def period_rank(c: Claimed):
    """A quarter or half of a year named by another rank: "the third quarter" -> "the
    fourth quarter", "the first half" -> "the second half", "Q3" -> "Q4", "H1" -> "H2"."""
    if c.kind not in ("dates", "date", "year", "years"):
        return
    w = c.text[c.start:c.end]
    for m in re.finditer(r"\b(first|second|third|fourth)([- ](?:quarter|half))\b", w, re.I):
        k = _PERIOD_RANKS.index(m.group(1).lower())
        top = 4 if "quarter" in m.group(2) else 2
        new = _PERIOD_RANKS[k + 1 if k + 1 < top else k - 1]
        yield c.start + m.start(1), c.start + m.end(1), new.capitalize() if m.group(1)[0].isupper() else new, ""
    for m in re.finditer(r"\b([QH])([1-4])\b", w):
        top = 4 if m.group(1) == "Q" else 2
        d = int(m.group(2))
        yield c.start + m.start(2), c.start + m.end(2), str(d + 1 if d < top else d - 1), ""


@family("range-currency", "fail")
def range_currency(c: Claimed):
    """Both ends of a range of money in another currency: "$27 to $30" -> "€27 to €30"."""
    if c.kind != "money":
        return
    w = c.text[c.start:c.end]
    for old, new in (("US$", "A$"), ("$", "€"), ("£", "€"), ("€", "£"), ("USD", "EUR"), ("EUR", "USD")):
        if w.count(old) >= 2 and re.search(r"\d\s?(?:-|–|to|and)\s?", w):
            yield c.start, c.end, w.replace(old, new), f"{old}->{new}"
            return

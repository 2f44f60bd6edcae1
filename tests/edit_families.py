"""More families of systematic edits, over the bundled example and every story, for
tests/test_edit_families.py.

``example_attacks`` and ``figure_edits`` edit digits, number words, months, scale words,
qualifiers, directions, negations ("did not reach"), swaps within a sentence and across
two claimed figures, per cent to points, and whole-article layouts. These are the edits
they leave out, each applied next to every claimed figure that holds (its ``span``):

- *harmful* (the claim must fail): a length in another unit ("12 to 14 months" -> "12
  to 14 years"), a bound added before an exact figure ("up to 16 crew"), a
  negation the earlier batteries do not write ("never rose to 3.8%", "is no longer
  valued at"), the decimal point moved ("2.5" -> "25"), a range cut to one end or its end
  moved, a compound number word edited ("twenty-two" -> "twenty-three"), a qualifier
  turned to its opposite ("more than" -> "fewer than"), a multiplier or fraction word
  ("doubled" -> "tripled"), a figure swapped with one of its kind in another sentence of
  the paragraph;
- *neutral* (every claim that held must still hold): a footnote marker after the figure
  or its sentence ("22%[1]", "22%.[1]"), invisible characters inside it ("1,\\u200b500"),
  the right weekday added before a full date ("Monday, February 10, 2025"), wire-style
  scale words ("$1.2 trln", "5 mln"), a leading zero dropped (".72" for "0.72"), a
  trailing zero added ("1.50 billion"), "%" after a no-break or thin space, digits
  grouped by thin or figure spaces, "US$" as "$", an amount used as an adjective
  ("a $5-billion deal"), an unrelated sentence with figures after the figure's sentence,
  two paragraphs swapped.

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


@family("wire-scale-words", "pass")
def wire_scale_words(c: Claimed):
    """Scale words as wire services abbreviate them: "million" -> "mln", "billion" ->
    "bln", "trillion" -> "trln", "1.5bn" -> "1.5 bln"."""
    for old, new in (("million", "mln"), ("billion", "bln"), ("trillion", "trln"), ("m", "mln"), ("bn", "bln")):
        m = re.search(r"(?<=\d)(\s?)%s\b" % old, c.text[c.start:c.end])
        if m and (old != "m" or c.kind == "money"):
            yield c.start + m.start(), c.start + m.end(), " " + new, ""

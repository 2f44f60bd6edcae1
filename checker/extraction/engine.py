"""The extraction engine: one cheap pass finds candidates, rules read figures there.

Speed comes from the design, not tuning: a single regex over the lower-cased text
stops only where a figure can start (a digit, a number word, a month, ...); the rules
of that trigger run there in priority order and the first that reads a figure wins
and consumes its text. Qualifiers ("nearly", "over") and directions ("up", "fell")
are read once, by the engine, just left of what a rule found.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
import unicodedata
from typing import Any, Iterable, Optional

from ..errors import FigureError
from ..locale import DEFAULT as DEFAULT_LOCALE, Locale
from ..model import Mention
from ..text.normalize import _INLINE_TAG, PARAGRAPH, Normalized
from . import lexicon as L
from .count.rules import RULES as COUNT_RULES
from .dates.rules import DATE_KINDS as _DATE_KINDS, RULES as DATE_RULES, bound as _bound, join_dates, join_day, one_unit_from, part_of, shift_date
from .dates.holidays import TRIGGER_WORDS as HOLIDAY_WORDS
from .dates.tense import settle_year
from .duration.rules import RULES as DURATION_RULES, VAGUE_WORDS
from .money.rules import LOCAL_SIGN_KEYS, RULES as MONEY_RULES, carried_currency, range_to_amount
from .ordinal.rules import RULES as ORDINAL_RULES
from .percent.rules import RULES as PERCENT_RULES
from .qualifiers import ONE_SIDED as _ONE_SIDED, QUALIFIABLE as _QUALIFIABLE, finish as _finish, two_sided as _two_sided
from .scan import Hit, Rule, Scan, UNREAD as _UNREAD
from .numbers import read_number as _read_number

#: Every rule, one flat registry; each kind's list lives beside its corpus.
RULES: list[Rule] = [
    *DATE_RULES, *MONEY_RULES, *PERCENT_RULES, *DURATION_RULES, *ORDINAL_RULES, *COUNT_RULES,
]


#: The word that starts a candidate decides which rules run there.
_WORD_TRIGGERS: dict[str, str] = {}
for _w in [*L.UNITS, *L.TENS, *L.SCALES, "dozen", "half", "quarter"]:
    _WORD_TRIGGERS[_w] = "words"
for _w in L.ORDINAL_WORDS:
    _WORD_TRIGGERS[_w] = "ordinal"
for _w in L.MONTHS:
    _WORD_TRIGGERS[_w] = "month"
for _w in ("year", "month", "today", "tomorrow", "yesterday", "week", "weekend", *L.TOMORROW_ABBREVIATIONS):
    _WORD_TRIGGERS[_w] = "relative"
for _w in [*L.WEEKDAYS, *L.WEEKDAY_ABBREVIATIONS]:
    _WORD_TRIGGERS[_w] = "weekday"
for _w in L.SEASONS:
    _WORD_TRIGGERS[_w] = "season"
for _w in HOLIDAY_WORDS:
    _WORD_TRIGGERS[_w] = "holiday"  # "Christmas", "Thanksgiving", "Easter"
for _w in L.DECADE_WORDS:
    _WORD_TRIGGERS[_w] = "season"  # "the seventies": a decade, read with the seasons
for _w in ("decade", "century", "year", "month", "week", "fortnight", "day", "hour"):
    _WORD_TRIGGERS.setdefault(_w, "a-unit")
for _w in VAGUE_WORDS:
    _WORD_TRIGGERS[_w] = "vague"  # "several weeks", "a few days"
for _w in ("last", "past", "next", "previous", "coming", "following", "upcoming", "within", "current",
           "q1", "q2", "q3", "q4", "h1", "h2"):
    _WORD_TRIGGERS[_w] = "period"
#: Currency codes written against the digits ("VND5 trillion", "USD3m").
_GLUED_CODES = [k for k in L.CURRENCY_PREFIXES if k.isalpha() and len(k) == 3] + ["r"] \
    + [k for k in L.MIXED_CASE_SIGNS if len(k) != 3]  # "R14 300": rand; "RM2.5bn", "Dh5m"
_GLUED_CODES += [k for k in LOCAL_SIGN_KEYS if k not in _GLUED_CODES]  # "Sh500", "N500" (a country's own)
#: Month names written against a day ("Dec31", "October2"): month candidates too.
_GLUED_MONTHS = list(L.MONTHS)
#: Other letters written against digits that start a figure, and their trigger:
#: "FY2024", "FY24/25" (a fiscal year).
_GLUED_TRIGGERS = {"fy": "glued-fiscal"}
#: A country's letters after the dollar sign, against the digits ("$US3 billion", "$A4.6
#: million", "$NZ20m"): candidates only where the sign stands just before them.
_GLUED_DOLLAR = [k[1:] for k in L.CURRENCY_PREFIXES if k[:1] == "$" and k[1:].isalpha()]
#: Each glued candidate with the look-ahead (and look-behind) that ends it.
_GLUED_ENDS = [*((k, r"(?=\d)") for k in [*_GLUED_CODES, *_GLUED_MONTHS, *_GLUED_TRIGGERS]),
               *((k, r"(?<=\$%s)(?=\d)" % k) for k in _GLUED_DOLLAR)]


def _first_letters(ends: Iterable[tuple[str, str]]) -> list[str]:
    """A regex for a set of words as a trie, one alternative per first letter, each word
    ending in its own look-ahead (``ends``: (word, look-ahead) pairs). A trie keeps the
    engine's one pass as fast however many words the lexicon holds; flat, so that the
    candidate pattern is one alternation whose branches all start with a literal, which
    ``re`` rules out in one test each at every word start (a nested group costs a jump)."""
    root: dict = {}
    for w, end in ends:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node.setdefault("", set()).add(end)

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # after the longer words, as a greedy optional group would try it
            tails = sorted(node[""])
            alts.append(tails[0] if len(tails) == 1 else "(?:%s)" % "|".join(tails))
        return alts[0] if len(alts) == 1 else "(?:%s)" % "|".join(alts)

    return [re.escape(ch) + build(child) for ch, child in sorted(root.items())]


#: Where a candidate starts: a digit, a vulgar fraction, a trigger word ending where a
#: word ends, a code against digits (a word and a code never match at the same place:
#: one needs a letter or nothing after it, the other a digit).
_CANDIDATE = r"(?:\d|[%s]|%s)" % ("".join(L.VULGAR_FRACTIONS), "|".join(_first_letters(
    [*((w, r"(?!\w)") for w in _WORD_TRIGGERS), *_GLUED_ENDS])))


def _finder(candidate: str, gates: Optional[dict[str, "re.Pattern[str]"]] = None):
    """``re.compile(r"(?<!\\w)" + candidate).search``, found faster from the character
    before the candidate: ``re`` skips ASCII letters, digits and "_" in one tight loop (a
    pattern that starts with a look-behind is tried at every place); where the character
    found before the candidate is a letter or digit beyond ASCII ("é", "²"), the
    look-behind turns the place down and the search goes on from there. That test is
    made at the candidates, not by the search at every space and punctuation mark it
    stops at (a sixth of the pass's time).

    The search has matched the candidate already: it is handed on as ``_whole``'s match
    of the same span, so the candidate pattern (38 KB with its gates) is compiled once
    per process, not twice. At the start of the text, where no character stands before
    it, the candidate is read with ``_CANDIDATES`` (no gates) and the gate of a word
    that ``gates`` (trigger -> gate, ``_WORD_GATES``) names, as the pattern's own gate
    would be tested there."""
    _search = re.compile(r"[^0-9A-Za-z_]" + candidate).search

    def next_candidate(low: str, pos: int) -> Optional["re.Match[str]"]:
        if not pos:
            c = _at_start(low, gates)  # nothing stands before the start of the text
            if c is not None:
                return c
            pos = 1
        b = _search(low, pos - 1)
        while b is not None:
            ch = low[b.start()]
            if not (ch.isalnum() or ch == "_"):   # re's \w
                return _whole(low, b.start() + 1, b.end())
            b = _search(low, b.start() + 1)
        return None

    next_candidate.search = _search  # for the engine's loop, inlined
    return next_candidate


#: Every candidate, gated or not, where it stands after no letter or digit.
_CANDIDATES = re.compile(r"(?<!\w)" + _CANDIDATE)
#: Any span, matched whole: the candidate a search found, as a match of its own.
_whole = re.compile(r".+", re.S).match


def _at_start(low: str, gates: Optional[dict[str, "re.Pattern[str]"]]) -> Optional["re.Match[str]"]:
    """The candidate at the start of ``low``: ``_CANDIDATES``, then, for a word whose
    trigger ``gates`` names, its gate there (a word and a code glued to digits never
    match at one place: one needs no letter or digit after it, the other a digit)."""
    c = _CANDIDATES.match(low, 0)
    if c is not None and gates:
        gate = gates.get(_WORD_TRIGGERS.get(c.group()))
        if gate is not None and not low[c.end():c.end() + 1].isdecimal() and gate.match(low, 0) is None:
            return None
    return c


#: ``_CANDIDATES.search(low, pos)``: every candidate, gated or not.
_next_candidate = _finder(_CANDIDATE)

#: Likewise a run of this many trigger words (number words, months, ordinals, …) with
#: nothing but spaces and punctuation between them is a list, not prose: skipped whole.
_WORD_RUN_MIN = 40
_WORD_RUN_MIN_CHARS = _WORD_RUN_MIN * 3
_WORD_STEP = r"(?:(?:%s)[^\w]*)" % "|".join(_first_letters((w, r"(?!\w)") for w in _WORD_TRIGGERS))
_BY_TRIGGER: dict[str, list[Rule]] = {}
for _rule in sorted(RULES, key=lambda r: r.priority):
    _BY_TRIGGER.setdefault(_rule.trigger, []).append(_rule)
# Ordinal words are numbers too ("twenty-first" starts with a number word); the words
# "year" and "month" start both relative years and durations ("a year", "this year").
_BY_TRIGGER["words"] = sorted(_BY_TRIGGER.get("words", []) + _BY_TRIGGER.get("ordinal", []), key=lambda r: r.priority)
_BY_TRIGGER["relative"] = sorted(_BY_TRIGGER.get("relative", []) + _BY_TRIGGER.get("a-unit", []), key=lambda r: r.priority)
# "this quarter", "this decade": their own rule first, then those of a number word / a unit.
_WORD_TRIGGERS["quarter"], _WORD_TRIGGERS["decade"] = "quarter", "decade"
_BY_TRIGGER["decade"] = sorted(_BY_TRIGGER.pop("this-period", []) + _BY_TRIGGER.get("a-unit", []), key=lambda r: r.priority)
_BY_TRIGGER["quarter"] = sorted([r for r in _BY_TRIGGER["decade"] if r.trigger == "this-period"] + _BY_TRIGGER["words"],
                                key=lambda r: r.priority)
# A rule read through two triggers ("ordinal_of_month" for ordinal words and number
# words) runs once: the same function at the same place answers the same.
for _trigger, _rules in _BY_TRIGGER.items():
    _seen: set = set()
    _BY_TRIGGER[_trigger] = [r for r in _rules if not (r.apply in _seen or _seen.add(r.apply))]


def _uncaptured(gate: str) -> str:
    """``gate`` with every group made non-capturing, so that a match's ``groups()`` holds
    only the engine's markers. Back-references are refused (a gate is a quick test, not
    the rule: it can always be written without them)."""
    out = []
    i, n = 0, len(gate)
    in_class = False
    while i < n:
        ch = gate[i]
        if ch == "\\":
            out.append(gate[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not (gate[i - 1] == "[" or gate[i - 2:i] == "[^"):
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch == "(":
            if gate.startswith("(?P=", i):
                raise ValueError(f"a rule gate cannot use a back-reference: {gate!r}")
            if gate.startswith("(?P<", i):
                i = gate.index(">", i) + 1
                out.append("(?:")
                continue
            if not gate.startswith("(?", i):
                out.append("(?:")
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _gates(gates: list[str]) -> Optional["re.Pattern[str]"]:
    """Many gates tested in one regex call: each is an optional look-ahead with an empty
    marker group, so ``match(...).groups()`` says which ones hold ('' where a gate
    matches, None where not)."""
    if not gates:
        return None
    return re.compile("".join(f"(?:(?={_uncaptured(g)})()|)" for g in gates))


class _Dispatch:
    """Which rules of one trigger can read a figure at a candidate, from what the rules
    declare (``Rule.reads``, ``Rule.at``, ``Rule.after``): the sort of number read there
    and two regex calls decide; the answer for each combination is kept."""

    __slots__ = ("rules", "at", "after", "chosen", "_at_of", "_after_of")

    def __init__(self, rules: list[Rule]):
        self.rules = tuple(rules)
        # A gate declared by several rules ("<day>-<day> [of] <month>", "... of next month")
        # is tested once: each rule reads its marker by the gate's place.
        ats = list(dict.fromkeys(r.at for r in rules if r.at))
        afters = list(dict.fromkeys(r.after for r in rules if r.after))
        self.at = _gates(ats)
        self.after = _gates(afters)
        self._at_of = tuple(ats.index(r.at) if r.at else -1 for r in rules)
        self._after_of = tuple(afters.index(r.after) if r.after else -1 for r in rules)
        self.chosen: dict = {}

    def choose(self, key: tuple) -> tuple:
        """The rules that can apply for ``key``: (ordinal?, at markers, after markers)."""
        ordinal, at, after = key
        out = []
        for r, i, j in zip(self.rules, self._at_of, self._after_of):
            ok_at = i >= 0 and at is not None and at[i] is not None
            ok_after = j >= 0 and after is not None and after[j] is not None
            if r.reads is not None and (r.reads == "ordinal") != ordinal:
                continue
            if (r.at or r.after) and not (ok_at or ok_after):
                continue
            out.append(r)
        rules = self.chosen[key] = tuple(out)
        return rules


#: Triggers whose candidates start with a number, with rules that declare where they can
#: apply; the other triggers run all their rules.
_DISPATCH: dict[str, _Dispatch] = {
    t: _Dispatch(rs) for t, rs in _BY_TRIGGER.items()
    if t in ("digits", "words", "ordinal", "quarter") and any(r.reads or r.at or r.after for r in rs)
}
#: Word triggers (holiday names, ...) whose every rule declares ``at``: where none of those
#: gates matches, no rule runs, in one regex call ("International Monetary Fund").
_WORD_GATES: dict[str, "re.Pattern[str]"] = {
    t: re.compile("|".join(f"(?:{_uncaptured(r.at)})" for r in rs))
    for t, rs in _BY_TRIGGER.items()
    if t not in _DISPATCH and rs and all(r.at and not r.after and not r.reads for r in rs)
}
#: Those trigger words become candidates only where one of their rules' gates holds: each
#: word's end tests, looking back over the word, the gate at its start. A word its gate
#: leaves out starts no run of trigger words either (the run is tried from the next
#: candidate, with dispatch on or off): testing for a run there as well wrote the run
#: pattern into the candidate pattern once per gated word, 124 KB that took 0.4 s to
#: compile in every process.
def _gated_end(word: str, gate: str) -> str:
    return r"(?!\w)(?<=(?=%s)%s)" % (gate, re.escape(word))


_next_gated_candidate = _finder(r"(?:\d|[%s]|%s)" % ("".join(L.VULGAR_FRACTIONS), "|".join(_first_letters([
    *((w, _gated_end(w, _WORD_GATES[t].pattern) if t in _WORD_GATES else r"(?!\w)") for w, t in _WORD_TRIGGERS.items()),
    *_GLUED_ENDS]))), _WORD_GATES)
#: Off only to check that dispatch changes no result (tests/test_dispatch.py).
DISPATCH = True

_VULGAR = frozenset(L.VULGAR_FRACTIONS)
_ARTICLE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
#: "a third of", "a quarter", "a fifth": fractions that start at the article.
_ARTICLE_FRACTIONS = frozenset(L.FRACTION_SINGULAR)
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[^a-z]))an?\s+\Z")
_ARTICLE_NUMBER = re.compile(r"an?\s+(?:hundred|thousand|million|billion|trillion|dozen)")
_ARTICLE_FRACTION = re.compile(r"an?\s+[a-z]+")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_HYPHEN_PREFIX_OK = re.compile(r"(?:mid|pre|post|early|late|end|start|fy)-\Z")
_SETTLED = frozenset({"date", "dates"})
_PARTS_OF = frozenset({"year", "years", "dates", "date"})
#: Cheap gate for part_of: the words it looks for ("early", "mid", "late", "beginning",
#: "start", "end", "middle", "earlier", "later", "week of", "between now and", "quarter to").
_PART_HINTS = ("ear", "mid", "lat", "beg", "sta", "end", "week", "now", "quar")
_PART_HINT = re.compile("|".join(map(re.escape, _PART_HINTS)))  # one search for all


#: A numbered meeting's acronym and hyphen before its number ("COP-28", "UNGA-79"):
#: only the acronyms of ``lexicon.SESSION_ACRONYMS``, since most capitals glued to digits
#: by a hyphen name a thing ("COVID-19", "MIG-29", "HIV-1"); one to three digits that
#: end the token.
_SESSION_BEFORE = re.compile(r"(?<![A-Za-z\d-])(?P<a>[A-Z]{3,5})-\Z")
_SESSION_NUMBER = re.compile(r"\d{1,3}(?![\d\w]|[.,-]\d)")
#: Digits glued after letters, as in a model name ("a320"), just before a hyphen.
_MODEL_BEFORE = re.compile(r"(?<![A-Za-z\d])(?!FY|CY|Q\d|H\d)[A-Z]{1,3}\d{1,4}\Z")
#: "sales_report-2002-10-09.xlsx": a date in a file name is still a date.
_ISO_AHEAD = re.compile(r"[12]\d{3}-[01]\d-[0-3]\d(?!\d)")
_URL_CHARS = frozenset("%/=?&#_.:-")
_TOKEN_END = re.compile(r"\S*")


def _digits_excluded(sc: Scan, pos: int) -> bool:
    """Digits glued to a name ("COVID-19", "G7", "A320") are not figures, nor digits
    inside a web address ("?q=30%25"). Only ever after one of ``_URL_CHARS``: the engine
    calls it only there."""
    low = sc.low
    if pos >= 1 and low[pos - 1] in _URL_CHARS and _in_url(low, pos):
        return True
    if pos >= 2 and low[pos - 1] == "-" and low[pos - 2].isalpha():
        if (a := _SESSION_BEFORE.search(sc.cased, max(0, pos - 12), pos)) is not None \
                and a.group("a").lower() in L.SESSION_ACRONYMS and _SESSION_NUMBER.match(low, pos):
            return False  # "COP-28", "UNGA-79": a numbered session, as "COP 28" is (ordinal rules)
        if pos >= 4 and low[pos - 4].isdigit() and low[pos - 3:pos - 1] in _ORDINAL_SUFFIXES \
                and (n := sc.number(pos)) is not None and n.ordinal:
            return False  # "the 18th-19th centuries": a second ordinal, not a name's digits
        return not sc.left(_HYPHEN_PREFIX_OK, pos, 6) and not _ISO_AHEAD.match(low, pos)
    if pos >= 3 and low[pos - 1] == "-" and low[pos - 2].isdigit() and not _ISO_AHEAD.match(low, pos) \
            and _MODEL_BEFORE.search(sc.cased, max(0, pos - 12), pos - 1):
        return True  # "A320-200", "A350-1000": the variant of a model name
    if pos >= 3 and low[pos - 1] in "./-" and low[pos - 2].isdigit():
        i = pos - 2
        while i > 0 and low[i - 1].isdigit():
            i -= 1
        if i > 0 and low[i - 1].isalpha():
            return True  # "PM2.5", "H5.1", "FY2024/25", "FY2023-24": the rest of digits glued to a name
    return False


#: How far back a web address is looked for: without a bound, every candidate on a long
#: line with no space ("1-1-1-…") searched back to the start of the text (quadratic).
_URL_LOOKBACK = 2048


def _in_url(low: str, pos: int) -> bool:
    floor = max(0, pos - _URL_LOOKBACK)
    start = max(low.rfind(" ", floor, pos), low.rfind("\n", floor, pos), floor - 1) + 1
    token = low[start:pos]
    return "://" in token or token.startswith("www.")


#: Kinds whose values PRODUCT.md gives as floats ("88 billion USD" is 88e9, not the int).
_FLOAT_KINDS = frozenset({"duration", "money", "percent"})


def _mention(sc: Scan, hit: Hit) -> Mention:
    """``Mention(...)`` without the field-by-field ``object.__setattr__`` of a frozen
    dataclass's ``__init__`` (the same object; a tenth of extraction's time went there)."""
    norm = sc.norm
    start, end = norm.raw_span(hit.start, hit.end) if norm.mapped else (hit.start, hit.end)
    value = hit.value
    if hit.kind in _FLOAT_KINDS and type(value) is not float:  # the contract's types
        value = tuple(map(float, value)) if type(value) is tuple else float(value)
    m = _new(Mention)
    _set(m, "__dict__", {"kind": hit.kind, "value": value, "unit": hit.unit, "qualifier": hit.qualifier,
                         "direction": hit.direction, "start": start, "end": end, "text": norm.raw[start:end],
                         "rule": hit.rule, "inclusive": hit.inclusive})
    return m


_new = object.__new__
_set = object.__setattr__


def scan(text: str, published: Optional[_dt.date] = None, kinds: Optional[Iterable[str]] = None,
         trace: Optional[list] = None, locale: Locale = DEFAULT_LOCALE) -> list[Mention]:
    """Every figure in ``text``, in order of position.

    With ``trace`` (a list), the engine appends one ``Step`` per candidate: which rule read
    it, or why nothing did (``factlock explain``). Without it, tracing costs nothing.
    ``locale``: how the article writes a bare "$" and numeric dates (``checker.locale``).
    """
    return scan_normalized(Normalized(text), published, kinds, trace, locale)


def scan_normalized(norm: Normalized, published: Optional[_dt.date] = None,
                    kinds: Optional[Iterable[str]] = None, trace: Optional[list] = None,
                    locale: Locale = DEFAULT_LOCALE) -> list[Mention]:
    """``scan`` for a text already normalised (the judge normalises each article once)."""
    sc = Scan(norm, published if published is not None else reference_date(norm.raw), locale)
    out: list[Mention] = []
    _read(sc, paragraph_starts(norm.low), 0, None, None if kinds is None else set(kinds), trace, out, True)
    return out


#: ``_read`` went past the end of its paragraph (a skipped run): the next one is read afresh.
_AFRESH: Any = object()


def paragraph_starts(low: str) -> list[int]:
    """Where each paragraph of a matching text starts: at 0 and after each paragraph
    mark (``normalize.PARAGRAPH``, which stands in for the line break ending a blank line)."""
    starts = [0]
    at = low.find(PARAGRAPH)
    while at >= 0:
        starts.append(at + 1)
        at = low.find(PARAGRAPH, at + 1)
    return starts


class Paragraphs:
    """The figures of one normalised text, read a paragraph at a time when first asked
    for: each paragraph is read as ``scan_normalized`` reads it (on its own), so the
    figures of any paragraphs are those the whole scan lists there."""

    __slots__ = ("sc", "starts", "_read", "_ahead", "_all")

    def __init__(self, norm: Normalized, published: Optional[_dt.date] = None,
                 locale: Locale = DEFAULT_LOCALE):
        self.sc = Scan(norm, published if published is not None else reference_date(norm.raw), locale)
        self.starts = paragraph_starts(norm.low)
        self._read: dict[int, list[Mention]] = {}
        #: paragraph -> its first candidate, found while reading one before it
        self._ahead: dict[int, "re.Match[str]"] = {}
        self._all: Optional[list[Mention]] = None

    def __len__(self) -> int:
        return len(self.starts)

    def at(self, offset: int) -> int:
        """The paragraph holding the matching-text ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def figures(self, k: int) -> list[Mention]:
        """Every figure read in paragraph ``k`` (kept: callers only read the list)."""
        found = self._read.get(k)
        if found is not None:
            return found
        starts, read = self.starts, self._read
        found = read[k] = []
        after = _read(self.sc, starts, k, self._ahead.pop(k, None), None, None, found)
        if after is not _AFRESH:
            # no candidate stands between: the paragraphs before the one it is in read
            # nothing (so reading every paragraph searches the text once, as the scan does)
            upto = len(starts) if after is None else bisect.bisect_right(starts, after.start(), k + 1) - 1
            for j in range(k + 1, upto):
                read.setdefault(j, [])
            if after is not None and upto not in read:
                self._ahead[upto] = after
        return found

    def all(self) -> list[Mention]:
        """Every figure of the text, in order: ``scan_normalized``'s list."""
        if self._all is None:
            out: list[Mention] = []
            for k in range(len(self.starts)):
                out += self.figures(k)
            self._all = out
        return self._all


def _read(sc: Scan, starts: list[int], k: int, found: Optional["re.Match[str]"], wanted: Optional[set],
          trace: Optional[list], out: list[Mention], whole: bool = False) -> Optional["re.Match[str]"]:
    """Read the figures of paragraph ``k`` (``starts``: where each starts) into ``out``,
    as if the text started there: nothing read before it is carried in. ``found``: its
    first candidate, found already. Returns the first candidate at or after the
    paragraph's end found on the way (no candidate stands between), None if the text has
    no more, or ``_AFRESH`` where a skipped run went past its end. ``whole``: go on with
    each next paragraph instead (afresh, as if read alone), to the end of the text."""
    low = sc.low
    n_low = len(low)
    n_starts = len(starts)
    pos = starts[k]
    stop = starts[k + 1] if k + 1 < n_starts else n_low
    next_candidate = _next_gated_candidate if DISPATCH else _next_candidate
    search = next_candidate.search
    dispatch, word_gates = (_DISPATCH, _WORD_GATES) if DISPATCH else ({}, {})
    prev: Optional[Hit] = None
    sc.floor = 0
    nums = sc._nums
    while True:
        if found is not None:
            c, found = found, None
        elif pos:  # next_candidate(low, pos), inlined
            if pos > stop:  # a skipped run went past the paragraph: the next is read afresh
                if not whole:
                    return _AFRESH
                k += 1
                pos = starts[k]
                stop = starts[k + 1] if k + 1 < n_starts else n_low
                prev = None
                sc.floor = 0
            c = search(low, pos - 1)
            if c is None:
                break
            b = low[c.start()]
            while b.isalnum() or b == "_":  # after a letter or digit beyond ASCII: no candidate there
                c = search(low, c.start() + 1)
                if c is None:
                    break
                b = low[c.start()]
            if c is None:
                break
            c = _whole(low, c.start() + 1, c.end())
        else:
            c = next_candidate(low, 0)
            if c is None:
                break
        cs, cg = c.start(), c.group()
        if cs >= stop:
            if not whole:
                return c
            # the paragraphs up to the one ``c`` is in read nothing; that one starts afresh
            k = bisect.bisect_right(starts, cs, k + 1) - 1
            stop = starts[k + 1] if k + 1 < n_starts else n_low
            prev = None
            sc.floor = 0
        first = low[cs]
        trigger = "digits" if first.isdigit() or first in _VULGAR else (_WORD_TRIGGERS.get(cg) or _GLUED_TRIGGERS.get(cg, "glued-currency"))
        if trigger == "month" and low[c.end():c.end() + 1].isdigit():
            trigger = "glued-month"  # "Dec31", "October2"
        if trigger == "digits" and cs and low[cs - 1] in _URL_CHARS and _digits_excluded(sc, cs):
            m = _SKIP_DIGITS.match(low, cs)
            pos = m.end() if m else c.end()     # a vulgar fraction ("Monday-½") is no digit
            if trace is not None:
                trace.append(Step(sc, cs, pos, "skipped: digits glued to a name or inside a web address"))
            continue
        if trigger == "digits" and (code_end := _code_end(low, cs)) is not None:
            pos = code_end  # "888-555-0147", "serial numbers beginning with 2304 through 2511"
            if trace is not None:
                trace.append(Step(sc, cs, pos, "skipped: a code (a serial, model or phone number), no figure"))
            continue
        if trigger == "digits" and n_low - cs >= _LETTERLESS_MIN \
                and low.find(" ", cs, cs + _LETTERLESS_MIN) < 0:  # a space ends any run
            r = _run_end(_LETTERLESS_RUN, _LETTERLESS_MORE, low, cs)
            if r is not None:  # "1-1-1-1-…", "0,3,45,,9,…": not prose; skipped in one step
                pos = r
                if trace is not None:
                    trace.append(Step(sc, cs, pos, f"skipped: {_LETTERLESS_MIN} characters or more "
                                                          "without a letter or a space (not prose)"))
                continue
        if trigger != "digits" and stop - cs >= _WORD_RUN_MIN_CHARS \
                and (DISPATCH or trigger not in _WORD_GATES or _WORD_GATES[trigger].match(low, cs)):
            r = _run_end(_WORD_RUN, _WORD_RUN_MORE, low, cs, stop)  # a list ends with its paragraph
            if r is not None:  # "one one one …", "January February …" forty times: a list, not prose
                pos = r
                if trace is not None:
                    trace.append(Step(sc, cs, pos, f"skipped: {_WORD_RUN_MIN} trigger words or more "
                                                          "in a row with no other word (not prose)"))
                continue
        if (cg in _ARTICLE_FRACTIONS and trigger in ("words", "ordinal", "quarter")
                or trigger == "words" and cg in L.TENS):
            # "a third of", "a quarter", "a twenty-fifth": the fraction starts at the article.
            a = sc.left(_ARTICLE_BEFORE, cs, 4)
            if a is not None:
                num = sc.number(a.start())
                if num is not None and not num.ordinal:
                    c = _ARTICLE_FRACTION.match(low, a.start())
                    cs, cg = c.start(), c.group()
                    trigger = "words"
        elif trigger == "words" and cg in _ARTICLE_SCALES:
            # "a million", "a dozen": the number starts at the article.
            a = sc.left(_ARTICLE_BEFORE, cs, 4)
            if a is not None:
                c = _ARTICLE_NUMBER.match(low, a.start())
                cs, cg = c.start(), c.group()
            elif sc.number(cs) is None:
                pos = c.end()
                if trace is not None:
                    trace.append(Step(sc, cs, pos, "skipped: a scale word with no number before it"))
                continue
        hit = None
        d = dispatch.get(trigger)
        if d is None:
            g = word_gates.get(trigger)
            rules = _BY_TRIGGER.get(trigger, ()) if g is None or g.match(low, cs) is not None else ()
        else:
            num = nums.get(cs, _UNREAD)  # sc.number(cs), inlined
            if num is _UNREAD:
                num = nums[cs] = _read_number(low, cs)
            if num is None:
                rules = d.rules
            else:
                key = (num.ordinal, d.at.match(low, cs).groups() if d.at is not None else None,
                       d.after.match(low, num.end).groups() if d.after is not None else None)
                rules = d.chosen.get(key)
                if rules is None:  # (an empty choice is kept too)
                    rules = d.choose(key)
        for rule in rules:
            try:
                hit = rule.apply(sc, c)
            except (ValueError, OverflowError):
                if rule.apply not in _CALENDAR_RULES:
                    raise
                hit = None  # a date beyond the calendar (year 0 or 10000) reads as nothing
            if hit is not None:
                hit.rule = rule.name
                break
        if hit is None and trigger == "digits" and prev is not None and prev.kind == "money" \
                and (num := sc.number(cs)) is not None and not num.ordinal:
            hit = carried_currency(sc, prev, Hit("number", num.value, num.start, num.end))  # "to £300m from 412m a year earlier"
        if hit is None:
            if trigger == "digits":
                num = sc.number(cs)
                pos = num.end if num is not None and num.end > cs else c.end()
            else:
                pos = c.end()
            if trace is not None:
                names = ", ".join(r.name for r in rules)
                skipped = len(_BY_TRIGGER.get(trigger, ())) - len(rules)
                trace.append(Step(sc, cs, pos, f"no rule read a figure here (tried: {names or 'none'}"
                                  + (f"; {skipped} more cannot apply to what is written here)" if skipped else ")")))
            continue
        if hit.kind in _QUALIFIABLE or hit.qualifier == "between":  # else finish changes nothing
            hit = _finish(sc, hit)
        if hit.kind in _PARTS_OF and (_PART_HINT.search(low, max(0, hit.start - 16), hit.start) is not None
                                      or low.startswith(" and now", hit.end)):
            hit = part_of(sc, hit)  # "early 2024", "the end of June", "the week of April 10"
        if hit.kind in _SETTLED:
            hit = settle_year(sc, hit)  # "the fire broke out on December 28" (a January article)
            hit = one_unit_from(sc, hit)  # "a week before Christmas", "the day after June 5"
        merged = _two_sided(sc, prev, hit) if prev is not None and hit.qualifier in _ONE_SIDED else None
        if merged is None and hit.kind == "money" and prev is not None and prev.kind == "number" \
                and (merged := range_to_amount(sc, prev, hit)) is not None:
            merged = _finish(sc, merged)  # "between 3.5 billion and €4 billion"
        if merged is not None and out and (wanted is None or prev.kind in wanted):
            if trace is not None:
                for step in reversed(trace):
                    if step.mention is not None:
                        step.why = f"a bound ({step.mention.qualifier}), joined with the next into one range"
                        step.mention = None
                        break
            out.pop()
            hit = merged
        if prev is not None and hit.kind in _DATE_KINDS and out and prev.end <= hit.start \
                and (prev.kind in _DATE_KINDS or prev.kind == "duration") and (wanted is None or prev.kind in wanted):
            joined = (join_dates if prev.kind != "duration" else shift_date)(sc, prev, hit)
        elif prev is not None and out and prev.end <= hit.start and (wanted is None or prev.kind in wanted) and (
                (prev.kind == "date" and hit.kind == "ordinal")
                or (hit.kind == "date" and prev.kind in ("ordinal", "number"))):
            joined = join_day(sc, prev, hit)  # "April 9th through the 17th"
        else:
            joined = None
        if joined is not None:
            joined.rule = joined.rule or ("<date> to <date> (date range)" if prev.kind != "duration" else
                                          "<duration> after/before/from <date>")
            if trace is not None:
                for step in reversed(trace):
                    if step.mention is not None:
                        step.why = "the start of a range or a shift, joined with the next figure"
                        step.mention = None
                        break
            out.pop()
            hit = joined
        elif hit.kind in _DATE_KINDS and hit.qualifier == "exact":
            hit = _bound(sc, hit)  # "before 2010", "since 2019", "until June"
        elif hit.kind == "number" and prev is not None and prev.kind == "money":
            hit = carried_currency(sc, prev, hit) or hit  # "to 5.61 billion dlrs from 5.17 billion"
        if wanted is None or hit.kind in wanted:
            out.append(_mention(sc, hit))
        if trace is not None:
            trace.append(Step(sc, hit.start, hit.end, "", out[-1] if out and (wanted is None or hit.kind in wanted) else None))
        prev = hit
        pos = max(hit.end, cs + 1)
        sc.floor = hit.end
    return None


#: Date rules, whose dates can fall beyond the calendar: such a date reads as nothing
#: rather than stopping the whole check.
_CALENDAR_RULES = frozenset(r.apply for r in DATE_RULES)
_SKIP_DIGITS = re.compile(r"[\d.,]+")
#: A telephone number ("888-555-0147", "020.7946.0018") or digits with a second group
#: that starts with a nought ("2405-0081734"): a code, no figure ("won 2-0" is a score).
_PHONE_OR_CODE = re.compile(r"\d{3}[-.]\d{3,4}[-.]\d{4}(?![\d-])|\d+-0\d{2,}(?![\d])")
#: A field of a notice that gives codes, not quantities: "serial numbers beginning with",
#: "Recall number:", "lot codes", "UPC", "in the format". Its digits, and a range or list
#: of them, are no figures.
_CODE_FIELD = re.compile(
    r"(?<![a-z])(?:(?:serial|model|lot|batch|part|item|catalog|catalogue|recall|style|product|tracking|"
    r"reference|order|case|docket|account|registration|phone|telephone|fax|sku|upc|date)\s+(?:numbers?|nos?\.?|codes?)|"
    r"upcs?|skus?|in\s+the\s+format)"
    r"(?:\s*:|\s+(?:is|are|was|were|of|from|between|beginning\s+with|starting\s+with|ending\s+(?:in|with)|"
    r"in\s+the\s+range(?:\s+of)?|range))?\s*(?:\d[\w./-]*\s*(?:through|thru|to|and|or|,|-|\u2013)\s*)*\Z")
_CODE_GATE = re.compile(r"numb|code|format|upc|sku|nos?\b")
_CODE_RUN = re.compile(r"\d[\w./-]*(?:\s*(?:through|thru|to|and|or|,|-|\u2013)\s*\d[\w./-]*)*")


def _code_end(low: str, pos: int) -> Optional[int]:
    """Where the code that starts at ``pos`` ends, or None where the digits are a figure."""
    nxt = low[pos + 3:pos + 4]
    if (nxt == "-" or nxt == "." or "-0" in low[pos + 1:pos + 12]) and (m := _PHONE_OR_CODE.match(low, pos)) is not None:
        return m.end()
    lo = max(0, pos - 60)
    if _CODE_GATE.search(low, lo, pos) is None:
        return None  # cheap gate
    if _CODE_FIELD.search(low[lo:pos]) is None:
        return None
    return _CODE_RUN.match(low, pos).end()
#: A figure that starts a run of this many characters or more with no letter and no white
#: space ("1-1-1-1-…", a megabyte of digits and commas) is not prose: the run is skipped
#: whole, so such input costs no more per MB than news (docs/extraction-scope.md).
_LETTERLESS_MIN = 200
#: Runs are matched this many steps at a time (``_run_end``).
_RUN_STEPS = 1000
_LETTERLESS_STEP = r"(?:[\d_]|[^\w\s])"
_LETTERLESS_RUN = re.compile(r"%s{%d,%d}" % (_LETTERLESS_STEP, _LETTERLESS_MIN, _RUN_STEPS))
_LETTERLESS_MORE = re.compile(r"%s{1,%d}" % (_LETTERLESS_STEP, _RUN_STEPS))
_WORD_RUN = re.compile(r"%s{%d,%d}" % (_WORD_STEP, _WORD_RUN_MIN, _RUN_STEPS))
_WORD_RUN_MORE = re.compile(r"%s{1,%d}" % (_WORD_STEP, _RUN_STEPS))


def _run_end(first: "re.Pattern[str]", more: "re.Pattern[str]", low: str, pos: int,
             stop: Optional[int] = None) -> Optional[int]:
    """Where the run ``first`` matches at ``pos`` ends (None: no run there), read a
    thousand steps at a time: one match over a megabyte-long run keeps a backtracking
    entry per step, and slows down per character once those outgrow the CPU cache.
    ``stop``: where the text to match ends (by default, where ``low`` does)."""
    if stop is None:
        stop = len(low)
    r = first.match(low, pos, stop)
    if r is None:
        return None
    end = r.end()
    while (m := more.match(low, end, stop)) is not None and m.end() > end:
        end = m.end()
    return end


class Step:
    """One candidate of the pass, for ``explain``: the span looked at (raw offsets) and
    either the Mention a rule read there or why none did."""

    __slots__ = ("start", "end", "text", "why", "mention")

    def __init__(self, sc: Scan, start: int, end: int, why: str, mention: Optional[Mention] = None):
        self.start, self.end = sc.norm.raw_span(start, end)
        self.text = sc.norm.raw[self.start:self.end]
        self.why = why
        self.mention = mention

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Step({self.start}, {self.end}, {self.text!r}, {self.why!r}, {self.mention!r})"


extract = scan

#: What may open the line of a dateline: spaces, a BOM, Markdown marks ("**", "## ",
#: "> ") and opening HTML tags ("<p>", "<div class=\"lede\">", "<strong>").
_LINE_OPENING = r"(?:\A|\n)(?:[\s\ufeff*_#>]|<[a-z][a-z0-9]*(?:\s[^<>\n]{0,100})?>)*"
_DATELINE = re.compile(
    _LINE_OPENING + r"(?:(?:date|dated|published|updated|posted)\s*:?\s*)?[*_]{0,3}"
    r"(?P<y>[1-9]\d{3})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
    re.I,
)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_WORD = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
               r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
#: A dateline written in words at the start of a line, with its year: "HÀ NỘI, September
#: 20, 2025 —", "WASHINGTON (AP) — Sept. 20, 2025", "Published: 20 September 2025" (not an
#: "Updated:" line, which may follow the first publication); a
#: place in capitals (and an agency in brackets) may stand before it, its region or
#: country after a comma or two ("PORTLAND, Maine, ...", "ACCRA, Ghana (AFP) — ..."),
#: a wire's name between slashes may follow the date ("..., 2026 /PRNewswire/ --"), and
#: so may the closing marks or tags of its emphasis ("**BERLIN, Jan. 5, 2021** —",
#: "<strong>HÀ NỘI, September 20, 2025</strong> —").
_PLACE_PART = r"[^\W\d_](?:[^\W\d_]|[^\S\n]|[.'\u0300-\u036f-]){1,40}?"
_DATELINE_WORDS = re.compile(
    _LINE_OPENING +
    r"(?:(?:date|dated|published|posted)\s*:?\s*"
    r"|(?P<place>" + _PLACE_PART + r"(?:,[^\S\n]*" + _PLACE_PART + r"){0,2})"
    r"(?:\s*\([^()\n]{1,30}\))?\s*(?:,|[-\u2013\u2014])\s*)?"
    r"[*_]{0,3}"  # "Published **13 August 2026**"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:" + _MONTH_WORD + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH_WORD.replace("mon>", "mon2>") + r")"
    r",?\s+(?P<y>[12]\d{3})(?![\d-])[*_]{0,3}(?:</[a-z][a-z0-9]*>){0,3}\s*(?:\([^()\n]{1,30}\)\s*)?(?:/[^/\s]{1,30}/\s*)?(?:[-\u2013\u2014:]|$)",
    re.I | re.M,
)
_FULL_WIDTH = re.compile("[\uff10-\uff19]")
_INLINE_TAGS = re.compile(_INLINE_TAG)
_FROM_FULL_WIDTH = {0xFF10 + d: str(d) for d in range(10)} | {0xFF0D: "-", 0xFF0C: ",", 0xFF1A: ":"}
#: How far into an article a dateline may stand (after a headline and a photo caption).
DATELINE_WINDOW = 2000


def _dateline_in_words(text: str) -> "Optional[re.Match[str]]":
    """The first dateline written in words whose place, if any, is a name ("HÀ NỘI",
    "Paris"), not the start of a sentence ("The summit ran from September 22, 2024")."""
    for m in _DATELINE_WORDS.finditer(text, 0, DATELINE_WINDOW):
        place = m.group("place")
        if place is None or place.isupper() or all(w[:1].isupper() for w in place.split()):
            return m
    return None


def reference_date(text: str) -> Optional[_dt.date]:
    """The publication date an article states at the start of a line near its top
    (a dateline such as "date 2025-09-20 HÀ NỘI —" or "HÀ NỘI, September 20, 2025 —"),
    if any: the first such line."""
    if "&" in text[:DATELINE_WINDOW]:  # "date&nbsp;2025-09-20": exported with HTML references
        import html
        text = html.unescape(text[:DATELINE_WINDOW])
    if "\u00ad" in text[:DATELINE_WINDOW] or "\u200b" in text[:DATELINE_WINDOW]:
        # "Pub\u00adlished 13 Aug\u00adust 2026": soft hyphens and zero-width spaces (as the
        # text is read elsewhere) split no word
        text = text[:DATELINE_WINDOW].replace("\u00ad", "").replace("\u200b", "")
    if "<" in text[:DATELINE_WINDOW] and _INLINE_TAGS.search(text, 0, DATELINE_WINDOW):
        # "Published <strong>13</strong> August <em>2026</em>": inline tags, as matching drops them
        text = _INLINE_TAGS.sub("", text[:DATELINE_WINDOW])
    if _FULL_WIDTH.search(text, 0, DATELINE_WINDOW):  # "date ２０２５-０９-２０", typed with a CJK input method
        text = text[:DATELINE_WINDOW].translate(_FROM_FULL_WIDTH)
    if not text[:DATELINE_WINDOW].isascii():
        # "QUE\u0301BEC CITY, October 28, 2025 —": an article saved with decomposed accents
        # (NFD) names its place with combining marks, which are no letters to the pattern
        text = unicodedata.normalize("NFC", text[:DATELINE_WINDOW])
    found = [m for m in (_DATELINE.search(text, 0, DATELINE_WINDOW), _dateline_in_words(text)) if m is not None]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    try:
        if m.re is _DATELINE:
            return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        mon = (m.group("mon") or m.group("mon2")).lower()[:3]
        month = next(i for i, name in enumerate(_MONTH_NAMES, 1) if name.startswith(mon))
        return _dt.date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def parse_figure(kind: str, wording: str, published: Optional[_dt.date] = None,
                 locale: Locale = DEFAULT_LOCALE) -> Mention:
    """Read a claim's figure (article wording or canonical form) as one Mention of ``kind``,
    as its article reads it (``locale``: "$10.50" is NZD 10.50 in a New Zealand article).

    Raises FigureError with a message naming what was expected.
    """
    from .figures import parse_figure as _parse

    return _parse(kind, wording, published, locale)

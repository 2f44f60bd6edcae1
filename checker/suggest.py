"""``factlock suggest``: draft a claim for every figure an article states.

Each draft names the figure in the article's own wording and gives ``about`` words that
locate that figure and no other: the shortest run of content words near it, in its
sentence, that the judge itself (``checker.locate``) resolves to exactly that figure.
Every draft is verified by judging it before it is offered. ``--append`` adds drafts
for the figures no claim covers yet to an existing claims file, as text inserted after
its last claim, so the file's comments and layout stay byte for byte.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

import yaml

from .claims.loader import Document, compose, display_path
from .claims.schema import ID_PATTERN, build_claim_set
from .errors import FigureError, Problem, UserError
from .evaluate import judge, preference
from .extraction import extract, parse_figure, reference_date
from .locate import ArticleIndex, locate
from .locale import DEFAULT as DEFAULT_LOCALE, Locale
from .model import Claim, Mention
from .text.source import ArticleError, read_article

#: Longest ``about`` phrase tried, in words.
MAX_WORDS = 8
#: How far from the figure (in words) the first, preferred pass looks for ``about`` words.
NEAR = 12

#: Words that never start or end an ``about`` phrase, and never make one on their own.
STOPWORDS = frozenset("""
a about above after again against all almost also although among an and another any are
around as at be because been before being below between both but by can could did do does
during each either even ever every few for from further had has have having he her here
hers him his how however i if in into is it its itself just least less like many may
me might more most much must my near nearly neither no nor not now of off on once one only
onto or other our ours out over own per same shall she should since so some such than that
the their theirs them then there these they this those through thus to too toward towards
under until up upon us very via was we well were what when where whether which while who
whom whose why will with within without would yet you your said says say told according
new also including include includes included up down rose fell reached surpassing
exceeding approximately roughly just still already last next first second third
""".split())
#: Words too common in reports to tell one figure from another on their own: a phrase of
#: nothing else ("year on year", "best day", "percentage gain") is a last resort.
GENERIC = frozenset("""
year years month months week weeks day days time times today yesterday tomorrow quarter half
percent percentage cent point points total number figure figures level levels rate period end
start record compared earlier later ago previous average estimate estimates expected data
increase increased decrease decreased rise rising fall falling gain gained gains loss losses
growth higher lower high low highest lowest biggest largest smallest best worst strongest
weakest most least annual annually respectively people company firm group report reported
""".split())
_WORD = re.compile(r"\w+")
#: a dash set off by spaces ends a phrase: "LONDON — The Chancellor" is no phrase
_SPACED_DASH = re.compile(r"\s[-\u2010-\u2015]+\s|--")
_JOINER = re.compile(r"\s*[-\u2010-\u2014'\u2019]?\s*")
_QUALIFIER_WORDS = {
    "exact": "", "approx": "about", "below": "nearly", "above": "over",
    "at_least": "at least", "at_most": "up to",
}


@dataclass
class Draft:
    """One drafted claim, and where its figure stands."""

    id: str
    kind: str
    about: str
    figure: str
    mention: Mention
    line: int
    column: int
    context: str            # the sentence around the figure, on one line
    unique: bool = True     # the about words locate this figure alone
    ok: bool = True         # the draft passes when judged (always, unless noted)

    @property
    def live(self) -> bool:
        """Written as a claim (else commented out): it has words that locate it, and it
        holds where they do, so a drafted file passes `factlock check` as it is."""
        return bool(self.about) and self.ok


# --- the publication date ------------------------------------------------------------

#: How far into the article its publication date may stand (after a headline, a byline).
DATE_WINDOW = 2000
_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
_PUBLISHED = re.compile(r"[\W_]*(?:first\s+)?(?:published|posted|dated?|issued)\b", re.I)
_UPDATED = re.compile(r"[\W_]*(?:last\s+)?(?:updated|modified)\b", re.I)
_BYLINE = re.compile(r"[\W_]*by\s+\w", re.I)
#: a dateline: the place in capitals ("NEW YORK", "CUPERTINO, Calif.") then the date,
#: closed by a dash, a bracket or a colon ("NEW YORK, Nov. 14, 2023 -- ...")
_PLACE = re.compile(r"[\W_]*[A-Z\u00c0-\u024f][A-Z\u00c0-\u024f'.\- ]*[A-Z\u00c0-\u024f]\b")
_DATELINE_END = re.compile(r"\s*(?:[-\u2013\u2014]|\(|:|/|\|)")
#: what may stand beside the date on a line of its own: weekday, time, zone, markup
_DATE_ONLY = re.compile(r"(?:[\W\d_]|\b(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?i:a\.?m|p\.?m|at|on))\b\.?"
                        r"|\b[A-Z]{2,4}\b)*")


def publication_date(text: str) -> Optional[_dt.date]:
    """The date an article says it was published, from its top: the dateline factlock
    check reads itself ("date 2025-09-20 HÀ NỘI —"), else a line saying so
    ("Published 24 October 2024", "*Published: Thu 24 Oct 2024*"), a dateline with its
    year ("NEW YORK, Nov. 14, 2023 --"), a byline date ("By Jane Roe | October 24,
    2024") or a date on a line of its own. A date without its year (the dateline
    "LONDON, Nov 11 (Reuters)") is no publication date. A "last updated" date is taken
    only when nothing says when the article was first published."""
    found = reference_date(text)
    if found is not None:
        return found
    best: Optional[tuple[int, _dt.date]] = None
    pos = 0
    head = text[:DATE_WINDOW]
    for line in head.splitlines():
        pos += 1
        if not line.strip() or not _YEAR.search(line):
            continue
        dates = [m for m in extract(line) if m.kind == "date" and _YEAR.search(m.text)]
        if not dates:
            continue
        first = dates[0]
        if _PUBLISHED.match(line):
            rank = 0
        elif _BYLINE.match(line):
            rank = 1
        elif _UPDATED.match(line):
            rank = 2
        elif (_PLACE.match(line) and first.start <= 60
              and _DATELINE_END.match(line, first.end)
              and not re.search(r"[a-z]", line[:first.start].split(",")[0])):
            rank = 1
        elif _DATE_ONLY.fullmatch(line[:first.start] + " " + line[first.end:]):
            rank = 1
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, first.value)
    return best[1] if best is not None else None


# --- choosing the words -----------------------------------------------------------

class _Article:
    """An article indexed once, with its sentences in raw offsets."""

    def __init__(self, text: str, published: Optional[_dt.date], locale: Locale = DEFAULT_LOCALE):
        self.text = text
        self.published = published if published is not None else reference_date(text)
        self.locale = locale
        self.index = ArticleIndex(text, self.published, locale=locale)
        norm = self.index.norm
        self.sentences = [self.index.sentences.span(i) for i in range(len(self.index.sentences))]
        self.raw_sentences = [norm.raw_span(s, e) for s, e in self.sentences]
        self._raw_starts = [s for s, _ in self.raw_sentences]
        self.mention_spans = [(m.start, m.end) for m in self.index.mentions]

    def in_figure(self, i: int) -> bool:
        return any(ms <= i < me for ms, me in self.mention_spans)

    def cuts_compound(self, start: int, end: int) -> bool:
        """Would a phrase from ``start`` to ``end`` cut a hyphenated word ("cap Russell"
        out of "small-cap Russell")? A figure's half of one stays out ("quarter
        revenue" of "fourth-quarter revenue"), but an age's "old" is the figure's own
        ("the 87-year-old actor" gives "actor")."""
        text = self.text
        if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum():
            if not self.in_figure(start - 2) or text[start:end].lower().startswith("old"):
                return True
        if end + 1 < len(text) and text[end] in _HYPHENS and text[end + 1].isalnum():
            return not self.in_figure(end + 1)
        return False

    def sentence_of(self, m: Mention) -> int:
        return max(0, bisect.bisect_right(self._raw_starts, m.start) - 1)

    def words(self, i: int) -> list[tuple[int, int]]:
        """Raw spans of the words of sentence ``i`` that are not part of any figure."""
        norm = self.index.norm
        s, e = self.sentences[i]
        out = []
        for w in _WORD.finditer(norm.cased, s, e):
            rs, re_ = norm.raw_span(*w.span())
            if any(ms < re_ and rs < me for ms, me in self.mention_spans):
                out.append(None)            # a figure's word breaks a run
            else:
                out.append((rs, re_))
        return out


def _content(word: str) -> bool:
    w = word.lower()
    return w not in STOPWORDS and not w.isdigit() and len(w) > 1


def _phrase(text: str, start: int, end: int) -> str:
    return unicodedata.normalize("NFC", " ".join(text[start:end].split()))


def _candidates(art: _Article, m: Mention) -> Iterable[tuple[str, list[str]]]:
    """Phrases near ``m`` in its sentence, shortest first, then nearest."""
    words = art.words(art.sentence_of(m))
    runs: list[list[tuple[int, int]]] = [[]]
    for w in words:
        if w is None:
            if runs[-1]:
                runs.append([])
        else:
            if runs[-1] and _SPACED_DASH.search(art.text, runs[-1][-1][1], w[0]):
                runs.append([])
            runs[-1].append(w)
    found = []
    for run in runs:
        tokens = [art.text[s:e] for s, e in run]
        for n in range(1, min(MAX_WORDS, len(run)) + 1):
            for i in range(len(run) - n + 1):
                first, last = tokens[i], tokens[i + n - 1]
                if not (_content(first) and _content(last)):
                    continue
                if any(t.isdigit() for t in tokens[i:i + n]):
                    continue
                if _splits_name(art.text, run, tokens, i, i + n - 1):
                    continue
                s, e = run[i][0], run[i + n - 1][1]
                if art.cuts_compound(s, e):
                    continue
                gap = m.start - e if e <= m.start else s - m.end if s >= m.end else 0
                content = [t for t in tokens[i:i + n] if _content(t)]
                # a phrase of common words only ("annual fall") still beats one word ("fall")
                telling = 0 if _telling(content) else 1 if len(content) >= 2 else 2
                # Words run together ("Việt Nam–UN ties") read better than across a comma.
                joined = all(_JOINER.fullmatch(art.text[run[j][1]:run[j + 1][0]]) for j in range(i, i + n - 1))
                rank = telling + (0 if joined else 3)
                found.append((rank, n, gap, s, e, content))
    words_gap = _word_gaps(art, m, words)
    found.sort(key=lambda f: (0 if words_gap(f[3], f[4]) <= NEAR else 1, f[0], words_gap(f[3], f[4]), f[1],
                              f[2], f[3]))
    seen = set()
    for rank, _, _, s, e, content in found:
        phrase = _phrase(art.text, s, e)
        if phrase.lower() not in seen:
            seen.add(phrase.lower())
            yield phrase, content, rank == 0 and words_gap(s, e) <= NEAR


def _telling(content: list[str]) -> bool:
    """Do the content words of a phrase read like an editor's note about a fact?

    Two will ("bilateral trade", "unemployment rate"), unless every one is a word any
    report uses ("year on year"); one will when it is an acronym ("UNGA"). A single
    other word ("worth", "decline") is a last resort: it also locates the next
    paragraph that uses it."""
    strong = [t for t in content if t.lower() not in GENERIC]
    if not strong:
        return False
    if len(content) >= 2:
        return True
    return any(_acronym(t) for t in strong)


def _acronym(word: str) -> bool:
    """"UNGA", "EBITDA", "FedWatch"; not a place in capitals ("SPRINGFIELD"), nor a label
    with digits ("FY2024", "Q3": a period, not what the figure is about)."""
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 and (len(word) <= 6 or capitals < len(word)) and not any(c.isdigit() for c in word)


_HYPHENS = "-\u2010\u2011"


def _splits_name(text: str, run: list, tokens: list[str], first: int, last: int) -> bool:
    """Would the phrase cut a name in two ("Nam has" out of "Việt Nam has")?"""
    def joined(j: int) -> bool:
        return " " == text[run[j][1]:run[j + 1][0]]
    # (an article or a preposition in capitals opens a sentence: "The City Council")
    if (first > 0 and tokens[first][:1].isupper() and tokens[first - 1][:1].isupper()
            and tokens[first - 1].lower() not in _OPENERS and joined(first - 1)):
        return True
    return (last + 1 < len(tokens) and tokens[last][:1].isupper() and tokens[last + 1][:1].isupper()
            and tokens[last + 1].lower() not in _OPENERS and joined(last))


_DETERMINERS = frozenset("the a an its his her their our this that these those and or but nor".split())
_OPENERS = frozenset("""
the a an this that these those its his her their our in on at for by but and as after before
when while if of to from with
""".split())


def _word_gaps(art: _Article, m: Mention, words: list):
    spans = [w for w in words if w is not None]
    starts = [s for s, _ in spans]

    def gap(s: int, e: int) -> int:
        if e <= m.start:
            return bisect.bisect_left(starts, m.start) - bisect.bisect_left(starts, e)
        if s >= m.end:
            return bisect.bisect_left(starts, s) - bisect.bisect_left(starts, m.end)
        return 0
    return gap


# --- the figure's wording ---------------------------------------------------------

def _fmt(x) -> str:
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return f"{x:,}" if isinstance(x, int) and abs(x) >= 10000 else str(x)


def _wordings(m: Mention, dated: bool = True) -> list[str]:
    """The article's wording first, then canonical forms to fall back on. Undated
    (no publication date: relative dates were read as of today), a month keeps to the
    article's words ("in May"), which hold whatever date the editor then gives."""
    own = " ".join(m.text.split())
    out = [own]
    compound = _COMPOUND.fullmatch(own) if m.kind == "duration" else None
    if compound:
        # "the 87-year-old", "a four-hour meeting": the length as an editor notes it
        number, unit = compound.group(1), compound.group(2).lower()
        one = number.lower() in ("one", "1", "a", "an")
        out.insert(0, f"{number} {unit if one else _PLURAL.get(unit, unit + 's')}")
    low = own.lower()
    for lead in ("from ", "since ", "in ", "on ", "by ", "until "):
        if low.startswith(lead):
            out.append(own[len(lead):])
    q = _QUALIFIER_WORDS.get(m.qualifier, "")
    v = m.value
    if m.kind in ("date",) and isinstance(v, _dt.date):
        out.append(v.isoformat())
    elif m.kind == "dates" and isinstance(v, tuple):
        if _whole_month(v) and not dated and own.lower() == f"{v[0]:%B}".lower():
            out.append(f"in {own}")
        if _whole_month(v):
            # "in March" read with the year it falls in: "March 2025" (a bare "March" or
            # "May" is no figure: the words are verbs too)
            out.append(f"{v[0]:%B} {v[0].year}")
        elif _whole_part(v, 3):
            # "the fourth quarter": Q4 2023, before the article's words, which give no year
            out.insert(0 if not any(c.isdigit() for c in own) else len(out), f"Q{(v[0].month + 2) // 3} {v[0].year}")
        elif _whole_part(v, 6) and not any(c.isdigit() for c in own):
            out.insert(0, f"H{(v[0].month + 5) // 6} {v[0].year}")  # "the first half": H1 2023
        out.append(f"{v[0].isoformat()}..{v[1].isoformat()}")
    elif m.kind in ("year", "ordinal") and not isinstance(v, tuple):
        out.append(str(v))
    elif m.kind == "ordinal":
        out.append(f"between {v[0]} and {v[1]}")
    elif m.kind == "years" and isinstance(v, tuple):
        out.append(f"{v[0]}..{v[1]}")
    elif m.qualifier != "between" and not isinstance(v, tuple):
        if m.kind == "percent":
            d = {"up": "up ", "down": "down "}.get(m.direction or "", "")
            # the direction first: "up about 40%" reads, "about up 40%" does not
            out.append(f"{d}{q} {_fmt(v)}{'%' if m.unit == '%' else ' percentage points'}".strip().replace("  ", " "))
        elif m.kind == "money":
            out.append(f"{q} {_fmt(v)} {m.unit}".strip())
        elif m.kind in ("count", "number"):
            out.append(f"{q} {_fmt(v)} {m.unit or ''}".strip())
        elif m.kind == "duration":
            out.append(f"{q} {_fmt(v)} {m.unit}s".strip())
    return list(dict.fromkeys(w for w in out if w))


#: a length written as a compound adjective: "87-year(-old)", "four-hour", "12-month"
_COMPOUND = re.compile(r"(.*?\w)[-\u2010\u2011\u2013](year|month|week|day|hour|minute|second|decade|century)",
                       re.I)
_PLURAL = {"century": "centuries"}


def _whole_month(v) -> bool:
    first, last = v
    if not (isinstance(first, _dt.date) and isinstance(last, _dt.date)):
        return False
    following = (last + _dt.timedelta(days=1))
    return first.day == 1 and (first.year, first.month) == (last.year, last.month) and following.day == 1


def _whole_part(v, months: int) -> bool:
    """Is the period ``v`` one whole quarter (``months`` 3) or half (6) of a year?"""
    first, last = v
    return (isinstance(first, _dt.date) and isinstance(last, _dt.date) and first.day == 1
            and first.month % months == 1 % months and first.year == last.year
            and last.month == first.month + months - 1 and (last + _dt.timedelta(days=1)).day == 1)


def _claim(kind: str, about: tuple[str, ...], figure: str, published: Optional[_dt.date],
           locale: Locale = DEFAULT_LOCALE) -> Optional[Claim]:
    try:
        expected = parse_figure(kind, figure, published, locale)
    except FigureError:
        return None
    return Claim(id="draft", article="draft", kind=kind, figure=figure, about=about, expected=expected)


def _verdict(art: "_Article", claim: Claim, m: Mention) -> Optional[str]:
    """``judge`` as the check calls it: with the figure's sentence around it (a negation
    before it, a weekday against its date) and whether the article is dated."""
    index = art.index
    (s, e), _ = index.sentence_at(index.norm.norm_offset(m.start))
    return judge(claim, m, index.matching_text(s, m.start), index.matching_text(m.end, e),
                 dated=index.reference is not None)


def _figure(m: Mention, published: Optional[_dt.date], art: Optional["_Article"] = None) -> Optional[str]:
    for wording in _wordings(m, dated=published is not None):
        claim = _claim(m.kind, ("x",), wording, published, art.locale if art is not None else DEFAULT_LOCALE)
        if claim is not None and (judge(claim, m) if art is None else _verdict(art, claim, m)) is None:
            return wording
    return None


# --- ids ----------------------------------------------------------------------------

def slug(words: Iterable[str], limit: int = 3) -> str:
    parts = []
    for w in words:
        folded = unicodedata.normalize("NFD", w.lower()).replace("đ", "d")
        folded = "".join(c for c in folded if c.isascii() and (c.isalnum()))
        if folded and folded not in parts:
            parts.append(folded)
        if len(parts) == limit:
            break
    return "-".join(parts)


def _unique_id(base: str, kind: str, taken: set[str]) -> str:
    base = base or kind
    if not ID_PATTERN.match(base):
        base = kind
    for candidate in (base, f"{base}-{kind}"):
        if candidate not in taken:
            return candidate
    n = 2
    while f"{base}-{kind}-{n}" in taken:
        n += 1
    return f"{base}-{kind}-{n}"


# --- drafting -----------------------------------------------------------------------

def _about(art: _Article, m: Mention, claim_figure: str) -> tuple[str, list[str], bool, bool]:
    """(about, its content words, locates m alone, passes when judged)."""
    fallback = None
    first = None
    normal = list(_candidates(art, m))
    adjacent = list(_adjacent(art, m))
    # telling words near the figure first; then the words next to it when they start
    # where a noun phrase does ("Net profit of" beats "year-on-year" and a lone
    # "agency"); then the rest; the other words next to it ("up from", "She was") last
    ordered = ([c for c in normal if c[2]] + [c for c in adjacent if c[2]] +
               [c for c in normal if not c[2]] + [c for c in adjacent if not c[2]])
    # (the words next to it "start a noun phrase" when c[2]: "Net profit of", not "on type")
    for phrase, content, _ in ordered:
        claim = _claim(m.kind, (phrase,), claim_figure, art.published, art.locale)
        # located as the check will locate the claim (preferring a count of its noun, ...)
        places, _, _ = locate(art.index, (phrase,), m.kind, preference(claim) if claim is not None else None)
        if not any(p.mention.start == m.start for p in places):
            continue
        if first is None:
            first = (phrase, content)
        if len(places) == 1:  # (the wording holds on it, unless the sentence negates it, ...)
            return phrase, content, True, claim is None or _verdict(art, claim, m) is None
        if fallback is None:
            if claim is not None and all(_verdict(art, claim, p.mention) is None for p in places):
                fallback = (phrase, content)
    if fallback is not None:
        return fallback[0], fallback[1], False, True
    if first is not None:
        return first[0], first[1], False, False
    return "", [], False, False


#: How many words next to a figure the last-resort phrases take ("Adjusted EBITDA of").
ADJACENT = 4


def _adjacent(art: _Article, m: Mention) -> Iterable[tuple[str, list[str]]]:
    """The last resort, when no run of content words locates ``m``: the words right
    next to it, function words included, as an editor notes them ("Adjusted EBITDA of"
    €212m where "adjusted EBITDA" also names the year's margin, "up from" €71.2m, "She
    was" 93), or next to the figure just ahead of it in its clause ("Net profit of"
    ₹1,527 crore, up 9.2%): two words or more, shortest first, those before the figure
    first."""
    words = [w for w in art.words(art.sentence_of(m))]
    before: list[tuple[int, int]] = []
    after: list[tuple[int, int]] = []
    for w in words:
        if w is None:
            continue
        if w[1] <= m.start:
            before.append(w)
        elif w[0] >= m.end:
            after.append(w)
    text = art.text
    # the figure's subject may stand before the figure ahead of it, in its clause:
    # "Net profit of ₹1,527 crore, up 9.2%" (then the words before ₹1,527 crore do)
    s_start = art.raw_sentences[art.sentence_of(m)][0]
    ahead = [p for p in art.index.mentions if s_start <= p.start and p.end <= m.start]
    lead = ahead[-1].start if ahead and not re.search(r"[;:()\u2013\u2014]", text[ahead[-1].end:m.start]) else None

    def tight(a: int, b: int) -> bool:      # only spaces (a line break) between
        return not text[a:b].strip()

    def clean(run: list[tuple[int, int]]) -> bool:
        return (all(tight(run[j][1], run[j + 1][0]) for j in range(len(run) - 1))
                and text[run[-1][0]:run[-1][1]].lower() not in _DETERMINERS   # "in the", "bridges and" lead on
                and not any(text[s:e].isdigit() for s, e in run)
                and not art.cuts_compound(run[0][0], run[-1][1]))

    def whole(run: list[tuple[int, int]], previous: Optional[tuple[int, int]]) -> int:
        """0: starts where a noun phrase does ("median age rose to", not "age rose to");
        1: holds a content word; 2: function words only ("up from")."""
        words = [text[s:e] for s, e in run]
        if not any(_content(w) for w in words):
            return 2
        opens = previous is None or not _content(text[previous[0]:previous[1]]) or not tight(previous[1], run[0][0])
        return 0 if _content(words[0]) and opens else 1

    found = []
    for n in range(2, ADJACENT + 1):
        if len(before) >= n and tight(before[-1][1], m.start) and clean(before[-n:]):
            found.append((whole(before[-n:], before[-n - 1] if len(before) > n else None), n, 0, before[-n:]))
        if len(after) >= n and tight(m.end, after[0][0]) and clean(after[:n]):
            found.append((whole(after[:n], None), n, 1, after[:n]))
    if lead is not None:
        subject = [w for w in before if w[1] <= lead]
        for n in range(2, ADJACENT + 1):
            if len(subject) >= n and tight(subject[-1][1], lead) and clean(subject[-n:]):
                found.append((3 + whole(subject[-n:], subject[-n - 1] if len(subject) > n else None), n, 2,
                              subject[-n:]))
    for rank, *_, run in sorted(found, key=lambda f: f[:3]):
        phrase = _phrase(text, run[0][0], run[-1][1])
        tokens = [text[s:e] for s, e in run]
        yield phrase, [t for t in tokens if _content(t)] or tokens, rank % 3 == 0


def draft_claims(text: str, published: Optional[_dt.date] = None,
                 only: Optional[Iterable[Mention]] = None, taken_ids: Iterable[str] = (),
                 locale: Locale = DEFAULT_LOCALE) -> list[Draft]:
    """A draft for every figure of ``text`` (or for the figures in ``only``), read and
    worded as an article with ``locale``'s options (``$10.50`` is NZD 10.50 in one whose
    claims file says ``country: NZ``)."""
    art = _Article(text, published, locale)
    wanted = None if only is None else {(m.start, m.end) for m in only}
    taken = set(taken_ids)
    drafts = []
    for m in art.index.mentions:
        if wanted is not None and (m.start, m.end) not in wanted:
            continue
        figure = _figure(m, art.published, art)
        readable = figure is not None
        figure = figure or " ".join(m.text.split())
        about, content, unique, ok = _about(art, m, figure)
        if not about or not readable:
            # no words in the sentence to locate it by (a bare figure), or no wording of
            # the figure that a claim reads as this figure ("295 DEGREES" alone is no count)
            ok = False
        draft_id = _unique_id(slug(content), m.kind, taken)
        taken.add(draft_id)
        line, col = art.index.line_col(m.start)
        s, e = art.raw_sentences[art.sentence_of(m)]
        drafts.append(Draft(draft_id, m.kind, about, figure, m, line, col,
                            " ".join(text[s:e].split()), unique, ok))
    return drafts


# --- writing YAML by hand (readable, block style) ------------------------------------

def _plain_ok(value: str) -> bool:
    """Can ``value`` stand unquoted after ``key: `` and read back as the same words?"""
    if value != value.strip() or not value or "\n" in value or " #" in value or ": " in value:
        return False
    try:
        node = compose(f"k: {value}\n", "-")[0]
    except Exception:  # pragma: no cover - compose reports, it does not raise
        return False
    if node is None or not hasattr(node, "value") or not node.value:
        return False
    scalar = node.value[0][1]
    if getattr(scalar, "style", None) not in (None, "") or not isinstance(scalar.value, str):
        return False
    return scalar.value == value and scalar.tag.endswith(("str", "int", "float", "timestamp"))


def scalar(value: str) -> str:
    return value if _plain_ok(value) else json.dumps(value, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(text.split())


def _excerpt(d: Draft, width: int = 70) -> str:
    ctx = d.context
    i = ctx.find(" ".join(d.mention.text.split()))
    if len(ctx) <= width or i < 0:
        return ctx
    lo = max(0, i - width // 2)
    hi = min(len(ctx), lo + width)
    return ("…" if lo else "") + ctx[lo:hi].strip() + ("…" if hi < len(ctx) else "")


def claims_yaml(drafts: list[Draft], article: str, indent: str = "  ") -> str:
    """The drafts as block-style YAML list items (each preceded by a comment)."""
    out = []
    inner = indent + "  "
    for d in drafts:
        out.append(f"{indent}# line {d.line}: {_comment(_excerpt(d))}")
        entry = [f"{indent}- id: {scalar(d.id)}", f"{inner}article: {scalar(article)}"]
        if d.about:
            entry.append(f"{inner}about: {scalar(d.about)}")
        entry.append(f"{inner}{d.kind}: {scalar(d.figure)}")
        if not d.live:
            # Left commented out, so the file stays valid and passing for `factlock check`
            # until an editor gives the claim words that locate it (alone).
            if not d.about:
                out.append(f"{indent}# no words in its sentence locate this figure: give it an `about` and uncomment it")
            else:
                out.append(f"{indent}# these words also locate other figures, stated otherwise: "
                           f"give it words of its own and uncomment it")
            out.extend(f"{indent}# {line[len(indent):]}" for line in entry)
            continue
        if not d.unique:
            out.append(f"{indent}# the same figure is stated in more than one place these words locate")
        out.extend(entry)
    return "\n".join(out) + ("\n" if out else "")


def article_yaml(name: str, path: str, published: Optional[_dt.date], indent: str = "  ",
                 locale: Locale = DEFAULT_LOCALE, text: Optional[str] = None) -> str:
    """The article entry; ``text``: the article, whose dateline may hint at its country."""
    lines = [f"{indent}{scalar(name)}:", f"{indent}  path: {scalar(path)}"]
    if published is not None:
        lines.append(f"{indent}  published: {published.isoformat()}")
    else:
        # Relative dates ("this year", "in May") were read against today: say so where
        # the editor will look, and where the date goes.
        lines.append(f"{indent}  # published: YYYY-MM-DD   (no date found in the article: "
                     "relative dates read as of today)")
    lines += [f"{indent}  {key}: {value}" for key, value in _locale_keys(locale).items()]
    lines += _locale_hint(text, locale, indent)
    return "\n".join(lines) + "\n"


#: A dateline's city and its country, for ``dateline_country``: the chief cities of the
#: countries whose reading options change something (a bare $, numeric dates, signs).
_DATELINE_CITIES = {
    "WELLINGTON": "NZ", "AUCKLAND": "NZ", "CHRISTCHURCH": "NZ", "SYDNEY": "AU", "MELBOURNE": "AU",
    "CANBERRA": "AU", "BRISBANE": "AU", "PERTH": "AU", "ADELAIDE": "AU", "NAIROBI": "KE",
    "MOMBASA": "KE", "LAGOS": "NG", "ABUJA": "NG", "KAMPALA": "UG", "DAR ES SALAAM": "TZ",
    "LONDON": "GB", "EDINBURGH": "GB", "CARDIFF": "GB", "BELFAST": "GB", "DUBLIN": "IE",
    "SINGAPORE": "SG", "HONG KONG": "HK", "TAIPEI": "TW", "MEXICO CITY": "MX", "OTTAWA": "CA",
    "TORONTO": "CA", "JOHANNESBURG": "ZA", "CAPE TOWN": "ZA", "NEW DELHI": "IN", "MUMBAI": "IN",
}
#: A dateline's place at the start of a line: the city alone (an agency in brackets may
#: follow), then a dash, a colon, or a comma and a date ("WELLINGTON (Reuters) -",
#: "Wellington, 29 May 2026"). A region after the comma ("PERTH, Scotland") is none.
_DATELINE_PLACE = re.compile(
    r"^[\s*_#>]*(?P<city>[A-Z][A-Za-z.' ]{1,20}?)\s*(?:\([^()\n]{1,30}\)\s*)?"
    r"(?:[-\u2013\u2014:]|,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))", re.M)


def dateline_country(text: str) -> Optional[tuple[str, str]]:
    """(city as written, country) of a dateline near the top of ``text`` whose city is
    one of ``_DATELINE_CITIES``: only a hint, which ``suggest`` writes commented out
    (where a story was filed does not say how its figures are written)."""
    for m in _DATELINE_PLACE.finditer(text, 0, DATE_WINDOW):
        city = " ".join(m.group("city").split())
        country = _DATELINE_CITIES.get(city.upper())
        if country is not None:
            return city, country
    return None


def _locale_hint(text: str, locale: Locale, indent: str) -> list[str]:
    """A commented ``country:`` line for an article given no reading options whose
    dateline names a city of a country that has them."""
    if locale != DEFAULT_LOCALE or text is None:
        return []
    found = dateline_country(text)
    if found is None:
        return []
    city, country = found
    hinted = Locale(country=country)
    said = []
    if hinted.dollar_code != "USD":
        said.append(f"a bare $ as {hinted.dollar_code}")
    if hinted.day_first is not None:
        said.append(f"numeric dates {'day' if hinted.day_first else 'month'} first")
    if hinted.signs:
        said.append("its own signs (" + ", ".join(sorted(hinted.signs)) + ")")
    return [f"{indent}  # country: {country}   # the dateline names {city}: uncomment to read "
            f"{' and '.join(said)}, if the article writes so"]


def _locale_keys(locale: Locale) -> dict[str, str]:
    """The article keys that give ``locale`` (those given, in the file's order)."""
    return {key: getattr(locale, key) for key in ("country", "dollar", "numeric_dates")
            if getattr(locale, key) is not None}


def new_file_yaml(drafts: list[Draft], name: str, path: str, published: Optional[_dt.date],
                  source: str, locale: Locale = DEFAULT_LOCALE, text: Optional[str] = None) -> str:
    head = [
        f"# Claims drafted by `factlock suggest` from {_comment(source)}: one claim per figure",
        "# the article states. Keep, edit or delete each entry; `factlock check` checks them",
        "# all. The format is described in docs/claims.md.",
        "version: 1",
        "",
        "articles:",
    ]
    out = "\n".join(head) + "\n" + article_yaml(name, path, published, locale=locale, text=text)
    out += "\nclaims:\n" if drafts else "\nclaims: []\n"
    return out + claims_yaml(drafts, name)


def new_file_json(drafts: list[Draft], name: str, path: str, published: Optional[_dt.date],
                  locale: Locale = DEFAULT_LOCALE) -> str:
    article = {"path": path}
    if published is not None:
        article["published"] = published.isoformat()
    article.update(_locale_keys(locale))
    claims = []
    for d in drafts:
        if not d.live:
            continue  # JSON has no comments: a draft that would fail is left out
        item = {"id": d.id, "article": name}
        if d.about:
            item["about"] = d.about
        item[d.kind] = d.figure
        claims.append(item)
    doc = {"version": 1, "articles": {name: article}, "claims": claims}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --- appending to a claims file -------------------------------------------------------

def _line_end(text: str, index: int) -> int:
    """Index just after the line holding ``index`` (after its newline, if any)."""
    nl = text.find("\n", index)
    return len(text) if nl == -1 else nl + 1


def _after_block(text: str, node, key_column: int) -> int:
    """Where to insert after a block node: after its last line and any comment lines
    indented deeper than ``key_column`` (they belong to it)."""
    end = node.end_mark.index
    # A block node's end mark may sit at the start of the next line already.
    if end > 0 and text[end - 1] == "\n":
        pos = end
    else:
        pos = _line_end(text, max(0, end - 1))
    while pos < len(text):
        nxt = _line_end(text, pos)
        line = text[pos:nxt]
        stripped = line.lstrip(" ")
        if stripped.startswith("#") and len(line) - len(stripped) > key_column:
            pos = nxt
            continue
        break
    return pos


def _top(root, key: str):
    for k, v in root.value:
        if getattr(k, "value", None) == key:
            return k, v
    return None


def _commented(d: Draft, article: str) -> list[str]:
    about = [f"#   about: {scalar(d.about)}"] if d.about else []
    return [f"# - id: {scalar(d.id)}", f"#   article: {scalar(article)}", *about, f"#   {d.kind}: {scalar(d.figure)}"]


def _contains(lines: list[str], run: list[str]) -> bool:
    return any(lines[i:i + len(run)] == run for i in range(len(lines) - len(run) + 1))


def append_text(doc_text: str, path: str, drafts: list[Draft], article_name: str,
                new_article: Optional[str]) -> str:
    """``doc_text`` with the drafts added after its last claim (and the article entry
    ``new_article`` after its last article, when the article is new to it)."""
    root, problems = compose(doc_text, path)
    if root is None or problems or not isinstance(root, yaml.MappingNode):
        raise UserError(Problem(path, 1, 1, "cannot append: the claims file does not read as a mapping"))

    inserts: list[tuple[int, str]] = []
    eol = "\r\n" if "\r\n" in doc_text else "\n"
    if new_article is not None:
        found = _top(root, "articles")
        if found is None or not isinstance(found[1], yaml.MappingNode) or found[1].flow_style or not found[1].value:
            raise UserError(Problem(path, 1, 1, "cannot append: write 'articles:' as an indented block "
                                                "(not {...}) to let factlock add an article to it"))
        articles = found[1]
        first_key = articles.value[0][0]
        col = first_key.start_mark.column
        at = _after_block(doc_text, articles, col)
        inserts.append((at, _reindent(new_article, " " * col)))
    found = _top(root, "claims")
    if found is None:
        raise UserError(Problem(path, 1, 1, "cannot append: the claims file has no 'claims:' list"))
    key, seq = found
    if isinstance(seq, yaml.ScalarNode) and seq.value == "" and seq.tag.endswith("null"):
        at = _line_end(doc_text, key.start_mark.index)
        dash = " " * (key.start_mark.column + 2)
        block = claims_yaml(drafts, article_name, dash)
        if at == len(doc_text) and doc_text and not doc_text.endswith("\n"):
            block = "\n" + block
        inserts.append((at, block))
    elif isinstance(seq, yaml.SequenceNode) and not seq.flow_style and seq.value:
        dash_col = _dash_column(doc_text, seq.value[0])
        at = _after_block(doc_text, seq, dash_col)
        block = claims_yaml(drafts, article_name, " " * dash_col)
        if at == len(doc_text) and not doc_text.endswith("\n"):
            block = "\n" + block
        inserts.append((at, block))
    else:
        line, col = key.start_mark.line + 1, key.start_mark.column + 1
        raise UserError(Problem(path, line, col, "cannot append: write 'claims:' as a list of "
                                                 "'- id: ...' entries (not [...]) to let factlock add to it"))
    out = doc_text
    for at, block in sorted(inserts, reverse=True):
        if eol != "\n":
            block = block.replace("\n", eol)
        out = out[:at] + block + out[at:]
    return out


def _dash_column(text: str, item) -> int:
    """The column of the '- ' that starts a block sequence item."""
    i = item.start_mark.index - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i >= 0 and text[i] == "-":
        return i - (text.rfind("\n", 0, i) + 1)
    return max(0, item.start_mark.column - 2)


def _reindent(block: str, indent: str) -> str:
    return "".join(indent + line[2:] if line.startswith("  ") else line
                   for line in block.splitlines(keepends=True))


# --- the command ----------------------------------------------------------------------

def article_name(path: str) -> str:
    base = os.path.splitext(os.path.basename(path))[0]
    name = re.sub(r"[^A-Za-z0-9_.:-]+", "-", unicodedata.normalize("NFKD", base)).strip("-.")
    return name if name and ID_PATTERN.match(name) else "article"


def relative_path(article: str, claims_file: Optional[str]) -> str:
    folder = os.path.dirname(os.path.abspath(claims_file)) if claims_file else os.getcwd()
    try:
        rel = os.path.relpath(os.path.abspath(article), folder)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(article)
    return rel.replace(os.sep, "/")


def read(article: str) -> str:
    try:
        return read_article(article)
    except ArticleError as error:
        raise UserError(Problem(display_path(article), 1, 1, f"cannot read article: {error}")) from None


def suggest(article: str, *, format: str = "yaml", published: Optional[_dt.date] = None,
            name: Optional[str] = None, output: Optional[str] = None,
            locale: Locale = DEFAULT_LOCALE) -> tuple[str, list[Draft]]:
    """A new claims file (YAML or JSON text) drafting every figure of ``article``; the
    article entry carries ``locale``'s keys (``country: NZ``), as its drafts were read."""
    text = read(article)
    published = published if published is not None else publication_date(text)
    name = name or article_name(article)
    drafts = draft_claims(text, published, locale=locale)
    path = relative_path(article, output)
    if format == "json":
        return new_file_json(drafts, name, path, published, locale), drafts
    return new_file_yaml(drafts, name, path, published, display_path(article), locale, text), drafts


def suggest_append(article: str, claims_file: str, *, published: Optional[_dt.date] = None,
                   name: Optional[str] = None, locale: Optional[Locale] = None) -> tuple[str, list[Draft]]:
    """The claims file's text with drafts for the article's uncovered figures added: read
    with the article's own options where the file has it (``country: NZ``), else with
    ``locale``, which a new article entry then carries."""
    from .coverage import article_coverage
    from .engine import check_claim_set
    from .claims import load_document

    doc, claim_set = load_document(claims_file)
    target = os.path.realpath(article)
    known = [a for a in claim_set.articles.values() if os.path.realpath(a.file) == target]
    new_article = None
    if known:
        art = known[0]
        text = claim_set.texts[art.name]
        published = art.published or reference_date(text)
        locale = art.locale
        article_label = art.name
        coverage = [c for c in article_coverage(claim_set, check_claim_set(claim_set))
                    if c.name == art.name][0]
        only = [f.mention for f in coverage.uncovered]
    else:
        text = read(article)
        published = published if published is not None else publication_date(text)
        article_label = name or article_name(article)
        taken_names = set(claim_set.articles)
        base, n = article_label, 2
        while article_label in taken_names:
            article_label, n = f"{base}-{n}", n + 1
        locale = locale or DEFAULT_LOCALE
        new_article = article_yaml(article_label, relative_path(article, claims_file), published, locale=locale,
                                   text=text)
        only = None
    taken = {c.id for c in claim_set.claims}
    drafts = draft_claims(text, published, only=only, taken_ids=taken, locale=locale)
    # a draft left commented out by an earlier append is not written again
    lines = [line.strip() for line in doc.text.splitlines()]
    drafts = [d for d in drafts if d.live or not _contains(lines, _commented(d, article_label))]
    if not drafts:
        return doc.text, drafts
    out = append_text(doc.text, doc.path, drafts, article_label, new_article)
    _verify(out, claims_file)
    return out, drafts


def _verify(text: str, claims_file: str) -> None:
    """Refuse to write a file the loader would reject (it never should)."""
    shown = display_path(claims_file)
    root, problems = compose(text, shown)
    if not problems:
        _, problems = build_claim_set(Document(shown, text, root), os.path.dirname(claims_file))
    if problems:
        first = problems[0]
        raise UserError(Problem(shown, first.line, first.column,
                                f"cannot append: the result would not load ({first.message}); "
                                "the file is unchanged"))


__all__ = ["Draft", "draft_claims", "suggest", "suggest_append", "claims_yaml", "scalar", "slug"]

"""Which sentence and which figure a claim is about.

Each article is indexed once (normalised text, figures, sentences) however many claims
point at it. A claim's ``about`` words are matched loosely — case, diacritics,
punctuation and line breaks do not matter — and in each sentence they match, the
figure of the claim's kind nearest to them is the one the claim speaks of.
"""
from __future__ import annotations

import bisect
import dataclasses
import math
import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from .extraction.engine import Paragraphs, reference_date, scan
from .evaluate import age_of, range_ends, rank_of_period, same_value, states_length, year_of_period
from .extraction.count.rules import OF_WHOLE as _COUNT_OF_WHOLE
from .extraction.figures import COMPATIBLE
from .locale import DEFAULT as DEFAULT_LOCALE, Locale
from .model import Mention
from .text.normalize import Normalized, base_letter as _base_letter, fold
from .text.sentences import Sentences


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    base = _base_letter(c).lower()     # "İ" is left upper-case in the text's lower case
    return base if len(base) == 1 else c


_MARKS = re.compile("[\u0300-\u036f]+")


_ASCII_BYTES = bytes(range(128))


@lru_cache(maxsize=4096)
def _fold_letter(c: str) -> Optional[str]:
    """One character of lower-case NFC text without its diacritics, as decomposing the
    whole text gives it; None where that may differ (no one-for-one base letter, or a
    combining character, which decomposition may reorder)."""
    folded = _MARKS.sub("", unicodedata.normalize("NFD", c)).replace("đ", "d")
    if len(folded) != 1 or unicodedata.combining(c) or unicodedata.combining(folded):
        return None
    return folded.lower()     # "İ", left upper-case in the text's lower case, folds to "i"


def _fold_same_length(low: str) -> str:
    """Diacritics removed from lower-case NFC text, one character for one.

    Only the few distinct letters outside ASCII are looked at (found with C string
    methods, a regex scan of the text costs ten times more), each replaced throughout.
    Text where that is not one for one is left to ``_fold_whole_text``.
    """
    if low.isascii():
        return low
    others = set(low.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
                 .decode("utf-8", "surrogatepass"))
    folds = {c: _fold_letter(c) for c in others}
    if None in folds.values():
        return _fold_whole_text(low)
    for c, f in folds.items():
        if f != c:
            low = low.replace(c, f)
    return low


def _fold_whole_text(low: str) -> str:
    """``_fold_same_length`` the slow way: also the reference its tests compare with.

    Decomposing and dropping the marks runs in C; it keeps the length whenever every
    accented letter is one base letter plus marks (all of Latin script). Otherwise a
    per-character table, ten times slower, does it.
    """
    if low.isascii():
        return low
    if _MARKS.search(low) is None:  # a stray mark could hide an expansion elsewhere
        folded = _MARKS.sub("", unicodedata.normalize("NFD", low)).replace("đ", "d").lower()
        if len(folded) == len(low):
            return folded
    table = {ord(c): _fold_char(c) for c in set(low) if not c.isascii()}
    return low.translate(table)


#: An initialism written with full stops ("U.S.", "E.U."), read as its letters alone.
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,4}[A-Z])\.?(?![\w.])")
#: An initialism as a claim writes it, capitals only: "US", "UN", "EU", "USA".
_INITIALISM = re.compile(r"[A-Z]{2,5}")
#: A whole word of a text claim that is an initialism, dotted or not: "UN", "U.N.".
_TOKEN_INITIALISM = re.compile(r"%s|(?:[A-Z]\.){1,4}[A-Z]\.?" % _INITIALISM.pattern)


def _initialism_letters(letters: str) -> str:
    """An initialism's letters as a pattern matching them with or without full stops."""
    return r"(?:\.\s?)?".join(map(re.escape, letters))


def _either_number(word: str) -> str:
    """A noun as a pattern for its singular or its plural ("tariffs" or "tariff",
    "subsidy" or "subsidies"): English's regular plurals only."""
    w = re.escape(word)
    if len(word) < 4 or not word.isalpha() or not word.isascii():
        return w
    if word.endswith("ies"):
        return re.escape(word[:-3]) + "(?:y|ies)"
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        return re.escape(word[:-2]) + "(?:es)?"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return re.escape(word[:-1]) + "s?"
    if word.endswith("y") and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + "(?:y|ies)"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return w + "(?:es)?"
    return w + "s?"


@lru_cache(maxsize=4096)
def phrase_pattern(phrase: str, either_number: bool = False) -> Optional["re.Pattern[str]"]:
    """A phrase as a loose pattern: its words in order, any punctuation or space between.

    Style guides disagree on full stops in initialisms (AP's "U.S.", the Guardian's
    "US"): an initialism in the phrase, dotted or in capitals, matches either way, so
    a house-style edit of the article does not lose the claims that name it.

    ``either_number``: each word matches its singular or its plural too ("tariffs" finds
    "the tariff"), for a phrase found nowhere as written.
    """
    phrase = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), phrase)
    words = re.findall(r"\w+", fold(phrase))
    if not words:
        return None
    tokens = re.findall(r"(\w+)([+#]*)", fold(phrase, case=False))  # split as ``words`` ("क़" is two)
    written = [t[0] for t in tokens]
    marks = [t[1] for t in tokens]      # "S25+", "C#", "Disney+": the sign is part of the name
    if len(written) != len(words):      # folding split or joined words: no initialisms
        written = marks = [""] * len(words)
    word = _either_number if either_number else re.escape
    parts = [(_initialism_letters(w) if _INITIALISM.fullmatch(orig) and w.isalpha() and w.isascii()
              else word(w)) + re.escape(mark) for orig, w, mark in zip(written, words, marks)]
    # A hyphen inside a word of the phrase may be dropped in the text ("co-operation" as
    # "cooperation", "e-commerce" as "ecommerce"): house styles differ there too.
    seps = re.findall(r"(?<=\w)\W+(?=\w)", fold(phrase)) if len(parts) > 1 else []
    joins = [r"\W*" if sep == "-" else r"\W+" for sep in seps] if len(seps) == len(parts) - 1 \
        else [r"\W+"] * (len(parts) - 1)
    # A literal first word lets the regex engine skip ahead like str.find; the word
    # boundary before it is checked by the caller (a lookbehind here costs 20x).
    return re.compile("".join(p + j for p, j in zip(parts, joins + [""])) + r"(?!\w)")


def _qualifier_words() -> dict:
    from .extraction import lexicon as L
    out: dict = {}
    for q in L.QUALIFIERS_BEFORE:
        words = q.split()
        if all(w.isalpha() for w in words):
            out.setdefault(words[0], []).append(words)
    return out


def _direction_words() -> frozenset:
    """Words of a change's direction, as a percentage's are read ("rose", "fell", "up",
    "down", "growth of", "a cut of"), in lower case."""
    from .extraction import lexicon as L
    return frozenset(w for w in [*L.DIRECTIONS_BEFORE, *L.DIRECTIONS_AFTER, "growth", "decline"]
                     if w.isalpha() and w not in ("more", "less"))


def _figure_words() -> frozenset:
    from .extraction import lexicon as L
    return frozenset(L.UNITS) | frozenset(L.TENS) | frozenset(L.SCALES) | frozenset(L.ORDINAL_WORDS) \
        | frozenset(L.SCALE_ABBREVIATIONS) | L.DOZEN_WORDS | frozenset(L.SPECIAL_NUMBERS) \
        | frozenset(L.PERCENT_SIGNS) | {"per", "cent", "percent", "and", "a", "an"}


_QUALIFIER_WORDS: Optional[dict] = None
_FIGURE_WORDS: Optional[frozenset] = None
_DIRECTION_WORDS: frozenset = frozenset()
_ANY_FIGURE = ""
#: A qualifier however written: "nearly", "almost", "close to", "in excess of".
_ANY_QUALIFIER = ""
#: A direction of change however written: "rose", "fell", "up", "down", "dipped".
_ANY_DIRECTION = ""
#: Comparatives that state a figure's direction after it ("a 31% lower risk"): opening a
#: claim's words, they are the figure's direction too.
_COMPARATIVES = frozenset({"higher", "lower", "fewer", "smaller", "larger", "bigger"})
#: Just after a figure: its digits or percent sign, or "per cent" / "percent", and a space.
_AFTER_FIGURE = r"(?:(?<=[\d%]\s)|(?<=cent\s)|(?<=pct\s))"


def _any_figure(words: frozenset) -> str:
    """A figure however written: digits ("2", "1,500", "16%", "$4.1bn") or number words
    ("sixteen per cent", "twenty-five", "a dozen"), up to five words."""
    number = "|".join(sorted((re.escape(w) for w in words if w not in ("and", "a", "an", "per")),
                             key=len, reverse=True))
    token = r"(?:[$\u00a3\u20ac\u00a5\u20b9]?\d(?:[\w%%]|[.,](?=\d))*|(?:%s)(?:-(?:%s))*)(?!\w)" % (number, number)
    return r"(?:(?:a|an)\s+)?" + token + r"(?:\s+(?:and\s+|per\s+)?" + token + r"){0,4}?"


@lru_cache(maxsize=1024)
def _figure_values(words: str) -> frozenset:
    """The values the figures in a few words state, whatever their spelling: a loosely
    matched phrase whose figures keep their values is the claim's own words rewritten
    ("to 15%" as "to 15 per cent"); other figures there only share its shape."""
    return frozenset(round(m.value, 9) if isinstance(m.value, float) else m.value
                     for m in scan(words))


@lru_cache(maxsize=1024)
def loose_phrase_pattern(phrase: str) -> Optional["re.Pattern[str]"]:
    """``phrase_pattern`` with its figures and qualifiers left open: "two-year yield"
    matches "2-year yield", "travelled nearly 300 days" matches "travelled almost 300
    days". Claims' words should name the fact, not its figure, but where they do, a
    neutral rewrite of that figure must not lose the sentence. Only tried where the
    phrase itself is nowhere; None when it holds no figure or nothing else."""
    global _QUALIFIER_WORDS, _FIGURE_WORDS, _DIRECTION_WORDS
    global _ANY_FIGURE, _ANY_QUALIFIER, _ANY_DIRECTION
    if _QUALIFIER_WORDS is None:
        _QUALIFIER_WORDS, _FIGURE_WORDS = _qualifier_words(), _figure_words()
        _DIRECTION_WORDS = _direction_words()
        _ANY_FIGURE = _any_figure(_FIGURE_WORDS)
        _ANY_QUALIFIER = "(?:%s)" % "|".join(sorted((r"\s+".join(ws) for first in _QUALIFIER_WORDS.values()
                                                     for ws in first), key=len, reverse=True))
        _ANY_DIRECTION = "(?:%s)" % "|".join(sorted(_DIRECTION_WORDS, key=len, reverse=True))
    words = re.findall(r"\w+", fold(phrase))  # lower case, as the text it is matched in
    kinds, i = [], 0
    while i < len(words):
        w = words[i]
        q = next((len(ws) for ws in sorted(_QUALIFIER_WORDS.get(w, ()), key=len, reverse=True)
                  if words[i:i + len(ws)] == ws), 0)
        if q:
            kinds.append(("qual", None))
            i += q
            continue
        if w in _DIRECTION_WORDS and (kinds and kinds[-1][0] in ("word", "fig")
                                      or not kinds and w in _COMPARATIVES and i + 1 < len(words)):
            kinds.append(("dir", None))  # "Brent fell" rewritten "Brent rose": the change is the figure's
            # (also after a name's figure: "S&P 500 gained" rewritten "S&P 500 lost"; and a
            # comparative opening the words: "lower risk of dementia" rewritten "higher risk")
            i += 1
            continue
        fig = any(c.isdigit() for c in w) or w in _FIGURE_WORDS and not (w in ("and", "a", "an", "per") and
                                                                           (not kinds or kinds[-1][0] != "fig"))
        if fig and kinds and kinds[-1][0] == "fig":
            i += 1
            continue  # "twenty five", "sixteen per cent": one figure
        kinds.append(("fig", None) if fig else ("word", w))
        i += 1
    if all(k == "word" for k, _ in kinds) or not any(k == "word" for k, _ in kinds):
        return None
    out, need_sep = "", False
    for i, (k, w) in enumerate(kinds):
        if k == "qual":  # a qualifier may be rewritten ("nearly" as "almost")
            nxt = kinds[i + 1][0] if i + 1 < len(kinds) else None
            if need_sep and nxt == "fig":  # ... or dropped before its figure ("travelled 300 days")
                out += r"(?:\W+%s)?" % _ANY_QUALIFIER
            elif need_sep and nxt is None:  # ... or at the end, where a figure follows ("sold 230 million")
                out += r"(?:\W+%s|(?=\W+%s))" % (_ANY_QUALIFIER, _ANY_FIGURE)
            else:
                out += (r"\W+" if need_sep else "") + _ANY_QUALIFIER
            need_sep = True
            continue
        if k == "dir":  # so may a direction, when the figure's change is edited ("fell" as "rose");
            # a comparative opening the words is the direction of the figure just before
            # them ("a 31% lower risk")
            out += (r"\W+" if need_sep else "" if i else _AFTER_FIGURE) + _ANY_DIRECTION
            need_sep = True
            continue
        piece = re.escape(w) if k == "word" else r"(?:%s\s+)?%s" % (_ANY_QUALIFIER, _ANY_FIGURE)
        out += (r"\W+" if need_sep else "") + piece
        need_sep = True
    return re.compile(out + r"(?!\w)")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_matches(pat: "re.Pattern[str]", text: str, spans: bool = True) -> list:
    """The matches of ``pat`` that start a word (spans, or the matches themselves). A match
    inside a word is skipped and the search goes on from its second character, so a later
    match that overlaps it is still found ('t, t' inside 'it, T T' hid 'T T')."""
    out = []
    pos = 0
    while (m := pat.search(text, pos)) is not None:
        s = m.start()
        if s and _is_word(text[s - 1]):
            pos = s + 1
            continue
        out.append(m.span() if spans else m)
        pos = m.end() if m.end() > s else s + 1
    return out


#: White space a sentence must not hold to be one line already: any but a single space
#: (``\s`` is what ``str.split`` splits at). A search for it costs an eighth of collapsing;
#: ``str.isprintable`` and a test for two spaces, a fifth of the search, come first: every
#: white space character but the space is unprintable (tests/test_fast_paths.py).
_NOT_ONE_LINE = re.compile(r"[^\S ]|  ")


@dataclass
class Place:
    """A figure the claim may be about, with the sentence around it (raw offsets)."""

    mention: Mention
    sentence: tuple[int, int]


class ArticleIndex:
    """One article read once: normalised forms, figures, sentence boundaries.

    Figures are read a paragraph at a time, when first asked for (``mentions_between``,
    ``mentions``): a check looks at the sentences its claims' words locate, a third of
    an article's text, and each paragraph is read as the whole scan reads it
    (``extraction.engine.Paragraphs``), so the figures are the same."""

    def __init__(self, text: str, published: Optional[_dt.date] = None, *,
                 stages: Optional[tuple[Normalized, Optional[_dt.date], Paragraphs, Sentences]] = None,
                 locale: Locale = DEFAULT_LOCALE):
        """``stages``: the normalised text, reference date, paragraphs (to read figures
        from) and sentences of ``text``, computed already (``ArticleIndex.many``).
        ``locale``: the article's reading options (a bare "$", numeric dates): figures
        are read with them, so an index belongs to one article entry, not to its text."""
        self.text = text
        self.locale = locale
        if stages is None:
            self.norm = Normalized(text)
            self.reference = published or reference_date(text)
            self.paragraphs = Paragraphs(self.norm, self.reference, locale)
            self.sentences = Sentences(self.norm.cased)
        else:
            self.norm, self.reference, self.paragraphs, self.sentences = stages
        self._folded: Optional[str] = None
        self._folded_cased: Optional[str] = None
        self._line_starts: Optional[list[int]] = None
        self._sentence_lines: dict[tuple[int, int], tuple[str, bool]] = {}
        self._sentence_at: dict[int, tuple[tuple[int, int], list[Mention]]] = {}
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._all_starts: Optional[list[int]] = None

    @classmethod
    def many(cls, articles: list[tuple[str, Optional[_dt.date]]],
             locales: Optional[list[Locale]] = None) -> list["ArticleIndex"]:
        """``ArticleIndex(text, published)`` of each (text, published), built one stage at
        a time over all of them: normalising every text, then finding every sentence.
        Each stage runs its own code and tables; taking the stages in turn, article by
        article, evicted them from the processor's caches, and indexing 1,000 articles
        took some 7% longer."""
        norms = [Normalized(text) for text, _ in articles]
        references = [published or reference_date(text) for text, published in articles]
        locales = locales or [DEFAULT_LOCALE] * len(articles)
        paragraphs = [Paragraphs(norm, ref, loc) for norm, ref, loc in zip(norms, references, locales)]
        sentences = [Sentences(norm.cased) for norm in norms]
        return [cls(text, published, stages=stages, locale=loc) for (text, published), stages, loc
                in zip(articles, zip(norms, references, paragraphs, sentences), locales)]

    @property
    def mentions(self) -> list[Mention]:
        """Every figure of the article, in order of position (read now where not yet)."""
        return self.paragraphs.all()

    @property
    def _starts(self) -> list[int]:
        if self._all_starts is None:
            self._all_starts = [m.start for m in self.mentions]
        return self._all_starts

    @property
    def folded_cased(self) -> str:
        if self._folded_cased is None:
            self._folded_cased = _fold_same_length_cased(self.norm.cased)
        return self._folded_cased

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = _fold_same_length(self.norm.low)
        return self._folded

    def find(self, phrase: str) -> list[tuple[int, int]]:
        """Where a phrase occurs, loosely matched, as normalised offsets (the list is kept
        and shared: claims of one sentence often give the same words, and each search
        reads the article to its end; callers only read it)."""
        found = self._found.get(phrase)
        if found is None:
            found = self._found[phrase] = self._find(phrase)
        return found

    def _find(self, phrase: str) -> list[tuple[int, int]]:
        pat = phrase_pattern(phrase)
        if pat is None:
            return []
        found = _word_matches(pat, self.folded)
        if not found and (loose := loose_phrase_pattern(phrase)) is not None:
            found = _word_matches(loose, self.folded)  # "two-year yield" rewritten "2-year yield"
            wanted = _figure_values(phrase)
            same = [(s, e) for s, e in found if wanted <= _figure_values(self.norm.cased[s:e])]
            if same:  # "to 15%" rewritten "to 15pc", not any "to £470"
                found = same
        if not found and (inflected := phrase_pattern(phrase, True)) is not None and inflected.pattern != pat.pattern:
            found = _word_matches(inflected, self.folded)  # "the tariffs" rewritten "the tariff"
        return found

    def age_of(self, m: Mention) -> Optional[float]:
        """``evaluate.age_of`` read in the matching text ("aged&nbsp;91" is "aged 91")."""
        if not self.norm.mapped:
            return age_of(m, self.text)
        at = self.norm.norm_boundary
        return age_of(dataclasses.replace(m, start=at(m.start), end=at(m.end)), self.norm.cased)

    def matching_text(self, start: int, end: int) -> str:
        """The raw span ``start:end`` as matching reads it (entities decoded, invisible
        characters dropped, NFC): what rules about words before a figure should see."""
        if not self.norm.mapped:
            return self.norm.cased[start:end]
        at = self.norm.norm_boundary
        return self.norm.cased[at(start):at(end)]

    def sentence_raw(self, norm_offset: int) -> tuple[int, int]:
        i = self.sentences.index(norm_offset)
        s, e = self.sentences.span(i)
        return self.norm.raw_span(s, e)

    def sentence_at(self, norm_offset: int) -> tuple[tuple[int, int], list[Mention]]:
        """``sentence_raw(norm_offset)`` and the figures in that sentence, found once per
        sentence however many claims' words locate it."""
        i = self.sentences.index(norm_offset)
        found = self._sentence_at.get(i)
        if found is None:
            span = self.norm.raw_span(*self.sentences.span(i))
            found = self._sentence_at[i] = (span, self.mentions_between(*span))
        return found

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The figures starting in the raw span ``start:end``, reading only the
        paragraphs it touches where the whole article is not read yet."""
        if end <= start:
            return []
        if self._all_starts is not None:
            lo = bisect.bisect_left(self._starts, start)
            hi = bisect.bisect_left(self._starts, end)
            return self.mentions[lo:hi]
        paragraphs = self.paragraphs
        first = paragraphs.at(self.norm.norm_offset(start))
        last = paragraphs.at(self.norm.norm_offset(end - 1))
        found = paragraphs.figures(first) if first == last else \
            [m for k in range(first, last + 1) for m in paragraphs.figures(k)]
        return [m for m in found if start <= m.start < end]

    def evidence(self, start: int, end: int, sentence: tuple[int, int]) -> tuple[str, str, tuple[int, int]]:
        """The figure at raw ``start:end`` and its ``sentence`` (raw span) each as one line
        (white space collapsed), and where the figure sits in that line.

        Each sentence is collapsed once, however many claims' figures it holds; where
        that changed nothing, the figure's place in it is plain arithmetic.
        """
        s, e = sentence
        raw = self.text
        cached = self._sentence_lines.get(sentence)
        if cached is None:
            chunk = raw[s:e]
            if (chunk.isprintable() and "  " not in chunk or _NOT_ONE_LINE.search(chunk) is None) \
                    and chunk[:1] != " " and chunk[-1:] != " ":
                cached = self._sentence_lines[sentence] = (chunk, True)  # what collapsing gives
            else:
                line = " ".join(chunk.split())
                cached = self._sentence_lines[sentence] = (line, line == chunk)
        line, plain = cached
        found = " ".join(raw[start:end].split())
        if plain and s <= start <= e:
            head = start - s
        else:
            before = raw[s:start]
            collapsed = " ".join(before.split())
            head = len(collapsed) + (1 if before and before[-1].isspace() and collapsed else 0)
        return found, line, (head, head + len(found))

    def line_col(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            starts = [0]
            find = self.text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


#: A rate's denominator: "21.5 events per 1,000 person-years", "per 100,000 people".
_PER_BEFORE = re.compile(r"\b(?:per|every)\s+\Z", re.I)


def _per(index: ArticleIndex, m: Mention) -> bool:
    """Is ``m`` the denominator of a rate ("per 1,000 person-years")? It is stated only
    as the rate's unit, never the figure a claim about the sentence speaks of."""
    if m.kind not in ("number", "count"):
        return False
    before = index.matching_text(max(0, m.start - 72), m.start)  # "per&nbsp;1,000", "every <b>100</b>"
    return _PER_BEFORE.search(before) is not None


#: A group of people by age just before a bound: "people over 65", "children under five",
#: "residents aged 80 or older".
_AGE_GROUP_BEFORE = re.compile(r"\b(?:people|persons|adults|children|kids|those|patients|women|men|residents|voters|"
                               r"workers|pupils|students|drivers|babies|infants|anyone|everyone|individuals|"
                               r"participants|seniors|teenagers|youngsters)\s+(?:aged\s+|who\s+are\s+)?\Z", re.I)


def _age_group(index: ArticleIndex, m: Mention) -> bool:
    """Is ``m`` the bound of an age group ("among people over 65")? It says who is
    counted, not the statistic: a claim of an exact figure speaks of another figure in
    the sentence ("stood at 7,100"), while a claim of a bound still finds it."""
    if m.kind not in ("number", "count") or m.qualifier not in ("above", "below", "at_least", "at_most"):
        return False
    before = index.matching_text(max(0, m.start - 84), m.start)  # room for tags and references
    return _AGE_GROUP_BEFORE.search(before) is not None


#: Between a part and its whole: "six of the last seven seasons", "two of the three judges",
#: "six of the board's nine members" (the count rules' own pattern).
_PART_OF_WHOLE = re.compile(_COUNT_OF_WHOLE + r"\Z", re.I)


def _phrase_partners(best: Mention, candidates: list[Mention], text, between, max_gap: int):
    """The figures that form one phrase with ``best``: within ``max_gap`` characters of it,
    with only words ``between`` accepts (a match ending the gap) standing between.
    ``text(start, end)`` is a raw span as matching reads it ("of its *six lanes*": the
    emphasis marks are no words between)."""
    for m in candidates:
        if m is best or isinstance(m.value, tuple):
            continue
        first, second = (best, m) if best.end <= m.start else (m, best)
        if second.start - first.end > 2 * max_gap + 160:
            continue  # cheap gate: the gap is measured as matching reads it (soft hyphens, "&nbsp;",
            #           inline tags: "<strong>15</strong> and <strong>17</strong> September")
        gap = text(first.end, second.start)
        if len(gap) <= max_gap and between(gap):
            yield m


def _part_or_whole(best: Mention, candidates: list[Mention], text, claimed: Optional[Mention],
                   words: tuple[int, int] = (0, 0)) -> Mention:
    """``best``, or the other figure of its part-and-whole phrase where that one is the
    claimed figure: in "won the title in six of the last seven seasons" both count
    seasons, and `count: seven seasons` speaks of the whole, `count: six seasons` of the
    part, whichever stands nearer the claim's words."""
    if claimed is None or best.kind != "count" or isinstance(best.value, tuple) or same_value(claimed, best):
        return best
    same_noun = [m for m in candidates if m.kind == "count" and m.unit == best.unit]
    partners = list(_phrase_partners(best, same_noun, text, _PART_OF_WHOLE.search, 40))
    for m in partners:
        if same_value(claimed, m):
            return m
    # neither states the claimed figure (one was edited): a part written in the claim's
    # own words, as they state it ("close two of its" six lanes), is not the edited one
    inside = lambda m: words[0] <= m.start and m.end <= words[1]  # noqa: E731
    if inside(best):
        return next((m for m in partners if not inside(m)), best)
    # ... else the one fewer digits from the claimed figure: "42 of 52 economists" edited
    # from 41 fails naming 42, not the nearer 52; on a tie the nearer one ("14 of its
    # last 27 home games" edited from 17: 27, though 14 is nearer in size)
    return min([best, *(m for m in partners if not inside(m))],
               key=lambda m: (_likeness(claimed, m)[0], m is not best))


#: Between a change and the level it led to: "fell 12 cents to $77.93", "settled 5 cents
#: lower at $82.47", "rose 489.83 points, or 1.43%, to 34,827.70"; and between a level
#: and the one before it: "jumped to 3.8% from 3.5%"; also through the verb of a close
#: ("rose 3.35 cents, or 1.2%, to settle at $2.8415"). A cricket score is one phrase of
#: two figures too: "reached 6 for 312", bowling figures "4 for 39".
_PERIOD_NAMED = (r"(?:(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|previous|prior|same)\s+)?"
                 r"(?:january|february|march|april|may|june|july|august|september|october|november"
                 r"|december|quarter|month|week|year|half|period)(?:\s+(?:of\s+)?\d{4})?"
                 r"|in\s+(?:fiscal\s+|fy\s*)?[12]\d{3}(?:[-/\u2013](?:\d{2}|\d{4}))?"
                 r"|(?:a|one)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)|last\s+(?:year|month|week|quarter))")
_CHANGE_THEN_LEVEL = re.compile(
    r"\s*,?\s*(?:(?:higher|lower|up|down)\s*)?(?:,\s*or\s+[^,;()]{1,25},\s*)?"
    # what the first figure is a share of, and its period, may stand between: "eased to
    # 3.8% in April from 4.1%", "cut the deficit to 4.4% of GDP in 2026-27 from 4.8%"
    r"(?:of\s+(?:the\s+)?[a-z]+\s*)?(?:" + _PERIOD_NAMED + r"\s*,?\s*)?"
    r"(?:to\s+(?:settle|close|end|finish|trade)\s+at|to|at|from|for)\s+\Z"
    # "R2,4 billion for expropriation in the 2027/28 financial year, up from R1,1 billion",
    # "rose to 9th, the first time it reached the top 10, up from 12th"
    r"|,?(?:[^,;:()]|(?<=\d),(?=\d)){0,70},\s*(?:up|down)\s+from\s+\Z"
    # a level, then its change: "settled at $62.78 a barrel on Friday, down 33 cents"
    r"|[^,;:()\d]{0,30},\s*(?:up|down)\s+\Z", re.I)
#: Between the two sides of a tally or a score: "312 electoral votes to Democrat Kamala
#: Harris's 226", "49.9% of the popular vote to Harris's 48.3%", "a 53-47 majority",
#: "beat them 3 goals to 1"; a figure and the one it is compared with ("$1.07, versus
#: $1.19"): a claim of either side speaks of that phrase.
_TALLY = re.compile(r"(?:\s+(?:of\s+)?(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})?\s*"
                    r"(?:\s(?:to|against|versus|vs\.?)\s|[-\u2013]|,?\s+compared\s+(?:with|to)\s"
                    # an earnings release's figure and the year before's: "$1.07, versus
                    # $1.19", "$1.07 (vs. $1.19)", "41.2%, against 42%"
                    r"|\s*(?:,|\()\s*(?:against|versus|vs\.?|compared\s+(?:with|to))\s)\s*"
                    r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}?(?:[A-Z][\w.-]*(?:'s|\u2019s)\s+)?\Z")


def _magnitude_gap(a: Mention, b: Mention) -> float:
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return math.inf
    return abs(math.log(x / y)) if x > 0 and y > 0 else (0.0 if x == y else math.inf)


def _digits(m: Mention) -> Optional[str]:
    """The digits of a figure's value as written out in full, float noise rounded off:
    157,000 is "157000", $82.47 is "8247", 18.94 cents "1894"."""
    try:
        text = format(Decimal(format(float(m.value), ".12g")), "f")
    except (TypeError, ValueError, ArithmeticError):
        return None
    return text.replace("-", "").replace(".", "").lstrip("0") or "0"


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def _digit_edits(a: Optional[str], b: Optional[str]) -> int:
    """How many digits one must change, add or drop to make ``a`` into ``b``, in full
    ("157000" to "157001": one) or by significant digits (45 million to 45 billion: none)."""
    if a is None or b is None:
        return 99
    return min(_edit_distance(a, b), _edit_distance(a.rstrip("0") or "0", b.rstrip("0") or "0"))


def _likeness(claimed: Mention, m: Mention) -> tuple:
    """How like the claimed figure a stated one is, most alike first: an edit changes a
    digit or a scale word, so the fewest digits apart, then the nearest in size. In
    "312 electoral votes to Harris's 326" (226 edited) that is 326, though 312 is nearer."""
    return _digit_edits(_digits(claimed), _digits(m)), _magnitude_gap(claimed, m)


#: Between a gap in a table and the level it leaves ("a further 37 points back on 282",
#: "two points clear on 45"), and between a golf score against par and the round or
#: total it is ("a 6-under 66", "finishing at 14-under 274", "a 1-over-par 73").
_GAP_OR_PAR = re.compile(r"\s+(?:points?\s+)?(?:back|behind|clear|adrift|ahead)\s+on\s+\Z"
                         r"|-(?:under|over)(?:[- ]par)?\s+\Z", re.I)


#: Between a measure and its conversion in brackets: "44°C (111°F)", "5 miles (8 km)",
#: "12 stone (about 76 kg)": one quantity stated twice, in two units.
_CONVERSION = re.compile(r"\s*(?:°\s?[cf]|[a-z]{1,12}\.?)?\s*\(\s*(?:about|around|roughly|approximately|some|or)?\s*\Z", re.I)


def _one_phrase(between: str) -> bool:
    return _CHANGE_THEN_LEVEL.match(between) is not None or _TALLY.match(between) is not None \
        or _GAP_OR_PAR.match(between) is not None or _CONVERSION.match(between) is not None


def _change_or_level(best: Mention, candidates: list[Mention], text, claimed: Optional[Mention]) -> Mention:
    """``best``, or the other figure of its change-and-level phrase: in "Brent settled 5
    cents lower at $82.47" both are money and the claim's words stand nearer the change;
    `money: $82.47` speaks of the level, `money: 5 cents` of the change. Where neither is
    the claimed figure (one was edited), the one most like the claimed figure is the one
    to report ("$82.48", not "5 cents"; ``_likeness``)."""
    if claimed is None or isinstance(best.value, tuple) or same_value(claimed, best):
        return best
    # any two figures of the claim's kind ("120.5 points to 4,495.70")
    for m in _phrase_partners(best, candidates, text, _one_phrase, 90):
        if same_value(claimed, m) or _likeness(claimed, m) < _likeness(claimed, best):
            return m
    return best


#: Between two cells of one row of a table ("| London | 438 | 4.9 |"): a bar, on one line.
_SAME_ROW = re.compile(r"[^\n|]*\|[^\n]*\Z")


def _table_cell(best: Mention, candidates: list[Mention], text, claimed: Optional[Mention]) -> Mention:
    """``best``, or another cell of its table row: in "| London | 438 | 4.9 |" the claim's
    words name the row, and the column is the claim's figure, `number: 4.9` or
    `number: 438`. Where no cell is the claimed figure (one was edited), the one most like
    it is reported (``_likeness``), as in a tally."""
    if claimed is None or isinstance(best.value, tuple) or same_value(claimed, best):
        return best
    for m in _phrase_partners(best, candidates, text, _SAME_ROW.match, 200):
        if same_value(claimed, m) or _likeness(claimed, m) < _likeness(claimed, best):
            best = m
            if same_value(claimed, m):
                break
    return best


#: Days listed in one phrase: "the walkouts on 15 and 17 September", "on May 3, 10 or 17";
#: years too: "we grew too fast in 2021 and 2022"; and ranks: "birdies at the 15th and 17th".
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)\Z", re.I)


def _listed_day(best: Mention, candidates: list[Mention], text, claimed: Optional[Mention]) -> Mention:
    """``best``, or the day listed with it that is the claimed one: `date: 17 September`
    holds on "on 15 and 17 September" whichever day stands nearer the claim's words."""
    if claimed is None or best.kind not in ("date", "year", "ordinal") or claimed.kind != best.kind \
            or same_value(claimed, best):
        return best
    days = [m for m in candidates if m.kind == best.kind]
    seen = {id(best)}
    frontier = [best]
    while frontier:  # the whole list, one neighbour at a time
        cur = frontier.pop()
        for m in _phrase_partners(cur, days, text, _LISTED.match, 8):
            if id(m) in seen:
                continue
            if same_value(claimed, m):
                return m
            seen.add(id(m))
            frontier.append(m)
    return best


_FOUR_DIGITS = re.compile(r"\d{4}")


def locate(index: ArticleIndex, about: tuple[str, ...], kind: str,
           prefer=None, claimed: Optional[Mention] = None) -> tuple[list[Place], int, list[Place]]:
    """The figures a claim is about: per place its ``about`` words match, the nearest
    figure of a compatible kind in that sentence (of those ``prefer`` narrows them to:
    ``evaluate.preference``).

    Returns (places, number of sentences matched, nearest figures of other kinds).
    """
    wanted = COMPATIBLE.get(kind, (kind,))
    places: dict[int, Place] = {}
    others: dict[int, Place] = {}
    sentences_seen: set[tuple[int, int]] = set()
    raw_span = index.norm.raw_span
    for phrase in about:
        for ns, ne in index.find(phrase):
            rs, re_ = raw_span(ns, ne)
            sent, in_sentence = index.sentence_at(ns)
            sentences_seen.add(sent)
            candidates = [m for m in in_sentence if m.kind in wanted]
            if kind in ("number", "count", "duration"):  # an age: "aged 87" = "the 87-year-old"
                candidates += [m for m in in_sentence if m.kind not in wanted and index.age_of(m) is not None]
            if kind == "duration":  # "over the next five years", "the 12 months to March": a length
                candidates += [m for m in in_sentence if m.kind == "dates" and states_length(m.text)]
            elif kind == "date":  # "(3 April 1934 – 1 October 2025)", "the quarter ended March 31": days written
                ends = [m for m in in_sentence if m.kind == "dates" and range_ends(m) is not None]
                if ends:  # beside other dates too ("MUMBAI, May 14, 2025 — ... the quarter ended March 31")
                    candidates = sorted(candidates + ends, key=lambda m: (m.start, m.end))
            elif kind == "ordinal" and not candidates:  # "third-quarter profit": the quarter's rank
                candidates = [m for m in in_sentence if m.kind == "dates" and rank_of_period(m) is not None]
            elif kind == "year" and not candidates:  # "in the summer of 2022": a period in a year
                candidates = [m for m in in_sentence if m.kind in ("date", "dates") and year_of_period(m) is not None] \
                    or [m for m in in_sentence if m.kind == "number" and _FOUR_DIGITS.fullmatch(m.text)]
                # ... or four bare digits out of our times ("the 3030 Agenda", an edit): a year
                # claim must fail naming them, in every version, not find nothing
            if len(candidates) > 1 and claimed is not None:
                # a figure inside the claim's own words labels the fact ("95% CI", "the
                # 2-year note"): the nearest other one is the claim's, unless it is claimed
                inside = [m for m in candidates if rs <= m.start and m.end <= re_]
                if inside and all(m.kind == claimed.kind and not same_value(claimed, m) for m in inside):
                    candidates = [m for m in candidates if not (rs <= m.start and m.end <= re_)] or candidates
            if len(candidates) > 1:
                candidates = [m for m in candidates if not _per(index, m)] or candidates
            if len(candidates) > 1 and claimed is not None and claimed.qualifier == "exact":
                candidates = [m for m in candidates if not _age_group(index, m)] or candidates
            if prefer is not None and len(candidates) > 1:
                candidates = prefer.narrow(candidates, lambda m: index.matching_text(m.end, min(m.end + 40, len(index.text))))
            if candidates and candidates[-1].start >= re_:
                # a figure of the next item of a list, named by its own words, is that
                # item's: "expects net sales growth of 5% to 6%, and diluted EPS of $4.10
                # to $4.25" states no money for net sales
                candidates = [m for m in candidates if m.start < re_ or
                              _OTHER_ITEM.search(index.matching_text(re_, m.start)) is None]
            best = _nearest(candidates, rs, re_, index.text, index.norm) if candidates else None
            if best is not None:
                # each of these keeps ``best`` where it states the claimed figure (or nothing
                # is claimed): that is tested once, for the commonest case, a claim that holds
                if claimed is not None and not same_value(claimed, best):
                    # the claim's words still state their own figure: a part among them is not
                    # the edited figure (where they had to be loosened, it is)
                    own = (rs, re_) if _figure_values(phrase) == _figure_values(index.norm.cased[ns:ne]) \
                        else (0, 0)
                    best = _part_or_whole(best, candidates, index.matching_text, claimed, own)
                    best = _change_or_level(best, candidates, index.matching_text, claimed)
                    best = _listed_day(best, candidates, index.matching_text, claimed)
                    best = _table_cell(best, candidates, index.matching_text, claimed)
                places.setdefault(best.start, Place(best, sent))
            else:
                other = _nearest(in_sentence, rs, re_, index.text, index.norm)
                if other is not None:
                    others.setdefault(other.start, Place(other, sent))
    ordered = [places[k] for k in sorted(places)]
    return ordered, len(sentences_seen), [others[k] for k in sorted(others)]


#: The end of what stands between a claim's words and a figure after them that opens
#: the next item of a list with its own words: ", and diluted EPS of", "; and operating
#: income was" (not a pronoun: ", and it was").
_OTHER_ITEM = re.compile(
    r"[,;]\s*(?:and|or|but|while|whereas)\s+(?!(?:it|this|that|they|these|those|which)\s)"
    r"(?:(?:the|its|their|his|her|our|a|an)\s+)?(?:[a-z][\w&'.-]*\s+){0,3}[a-z][\w&'.-]*\s+"
    r"(?:of|at|was|were|is|are|totall?ed|reached|stood\s+at|came\s+in\s+at)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|over|under|more\s+than|less\s+than|up\s+to)\s+)?\Z", re.I)


#: What ends a clause between a claim's words and a figure: "Revenue rose to $4.1bn,
#: while net profit fell to $900m" speaks of net profit's $900m, not of the nearer $4.1bn.
#: A comma or colon inside a figure ("Rs 5,566 crore", "3:15") ends nothing; one before the
#: closing quote of a quotation does ('"the longest 20 laps of my life," said Norris, 26').
_CLAUSE_BREAK = re.compile(r"[;()\[\]]|[,:](?=[\"\u201d]?\s)|[?!][\"\u201d](?=\s)|\s[-\u2013\u2014]\s|\b(?:while|whereas|but|although)\b", re.I)
#: Of those, the ones that start another statement, not an aside: "iPhone revenue rose to
#: $46.22 billion, while services, which include the App Store, grew 12%" speaks of
#: services' 12% across two commas, not of the $46.22 billion across "while".
_STATEMENT_BREAK = re.compile(r";|\b(?:while|whereas|but|although)\b", re.I)


#: A figure straight after the claim's words and one of these starts the next item of a
#: list: "$110 billion for roads and bridges and $65 billion for broadband", also with a
#: determiner ("the No. 1 position in Europe and the No. 3 position globally"); one
#: straight before them ends the item before: "revised down to 157,000 from 187,000 and
#: June's figure was cut to 105,000" speaks of June's 105,000.
_NEXT_ITEM_WORDS = re.compile(r"(?:and|or|as\s+well\s+as|plus)(?:\s+(?:the|a|an|its|their|his|her|our))?", re.I)
#: The claim's words opening the next clause after a comma and a conjunction: "domestic
#: routes carried 1.21 million passengers (+2.5%), and the long-haul network, launched in
#: March 2023, carried 318,000" speaks of the long-haul network's 318,000; the figure
#: before the comma ends the clause before, as one across "while" does. So does one in
#: the brackets of the item before: "Germany (9 golds, 24 medals) and Canada (7 golds,
#: 22 medals)" speaks of Canada's 22.
_NEXT_CLAUSE_OPENS = re.compile(r"[,)]\s*(?:and|but|or|while)(?:\s+(?:the|a|an|its|their|his|her|our))?\s*\Z", re.I)
#: A unit glued to a figure that is not part of its mention ("above 40C and wind gusts
#: reached 90km/h": 40 ends the item before "and").
_GLUED_UNIT = re.compile(r"\A[^\W\d_]{1,4}(?:/[^\W\d_]{1,2})?(?=\s)|\A\u00b0[CF]?(?=\s)")


#: A figure said again in brackets ("612 (52%) were in children", "11.2 billion kroner
#: ($1.05 billion) last year", "612 (fifty-two per cent)"): no aside between a figure and
#: its words.
_BRACKETED_FIGURE = re.compile(r"\s*\((?:[^()\[\];,\n]{0,4}\d[^()\[\];\n]{0,20}"
                               r"|(?:[a-z]+[- ]){1,3}(?:per[ -]?cent|percent)(?: [a-z]+)?)\)", re.I)


def _apart(text: str, start: int, end: int) -> int:
    """How far apart ``start:end`` puts a figure and the claim's words: 0 in one clause,
    1 across a comma, colon, bracket or dash, 2 across another statement."""
    if _CLAUSE_BREAK.search(text, start, end) is None:
        return 0
    if "(" in text[start:end] and _CLAUSE_BREAK.search(_BRACKETED_FIGURE.sub("", text[start:end])) is None:
        return 0
    return 2 if _STATEMENT_BREAK.search(text, start, end) else 1


def _nearest(mentions: list[Mention], start: int, end: int, text: str = "",
             norm: Optional[Normalized] = None) -> Optional[Mention]:
    """The figure nearest the claim's words (raw ``start:end``): one in the same clause
    first, then the fewest characters away, then one after them. Clauses are read in the
    matching text (``norm``) when the raw text differs from it ("&nbsp;" holds a ";")."""
    if len(mentions) == 1:
        return mentions[0]
    if norm is not None and norm.mapped:
        at = norm.norm_boundary
        text = norm.cased
        mentions_at = {id(m): (at(m.start), at(m.end)) for m in mentions}
        start, end = at(start), at(end)
    else:
        mentions_at = None
    best = None
    best_key = None
    for m in mentions:
        m_start, m_end = mentions_at[id(m)] if mentions_at is not None else (m.start, m.end)
        if m_end <= start:
            gap, after = start - m_end, 1
            apart = _apart(text, m_end, start) or int(_NEXT_ITEM_WORDS.fullmatch(_GLUED_UNIT.sub("", text[m_end:start], 1).strip()) is not None)
            if apart == 1 and _NEXT_CLAUSE_OPENS.search(text, m_end, start):
                apart = 2  # "carried 1.21 million (+2.5%), and the long-haul network ... carried 318,000"
        elif m_start >= end:
            gap, after = m_start - end, 0
            apart = _apart(text, end, m_start) or int(_NEXT_ITEM_WORDS.fullmatch(text[end:m_start].strip()) is not None)
        else:
            gap, after, apart = 0, 0, 0
        key = (apart, gap, after)
        if best_key is None or key < best_key:
            best, best_key = m, key
    return best


def find_text(index: ArticleIndex, phrase: str, ignore_case: bool, ignore_diacritics: bool,
              within: Optional[list[tuple[int, int]]] = None) -> list[tuple[int, int]]:
    """Raw spans where a phrase of a text/absent claim occurs (optionally only within
    some raw spans). Spaces and line breaks always match loosely."""
    words = fold(phrase, case=ignore_case, diacritics=ignore_diacritics).split(" ")
    written = phrase.split()
    if len(written) == len(words):  # initialisms match with or without full stops
        words = [_INITIALISM_MARK + w if _TOKEN_INITIALISM.fullmatch(orig) else w
                 for orig, w in zip(written, words)]
    if ignore_diacritics:
        hay = index.folded if ignore_case else index.folded_cased
    else:
        hay = index.norm.low if ignore_case else index.norm.cased
    pat = _text_pattern(tuple(w for w in words if w))
    spans = []
    for m in _word_matches(pat, hay, spans=False):
        rs, re_ = index.norm.raw_span(*m.span())
        if within is None or any(s <= rs and re_ <= e for s, e in within):
            spans.append((rs, re_))
    return spans


_WORD_TOKEN = re.compile(r"\w+(?:['\u2019.-]\w+)*")


def nearest_text(index: ArticleIndex, phrase: str, within: Optional[list[tuple[int, int]]] = None,
                 cutoff: float = 0.75, near: tuple[int, ...] = ()) -> Optional[tuple[int, int]]:
    """The raw span of the wording most like ``phrase`` (case and diacritics aside), for a
    ``text`` claim that no longer holds: "Lydia Bousour" where the claim says "Lydia
    Boussour" is what the text says instead, and the report should show it. None when
    nothing comes close. Of wordings alike, the one nearest ``near`` (normalised
    offsets of the claim's words).

    Each wording of n-1 to n+1 words is a candidate. Most cannot come close, and are
    passed over before any string is made of them: a wording can share with ``phrase``
    no more of its letters than it holds letters of ``phrase`` at all, and no more
    spaces than it has runs of white space, so 2 * shared / (its length + the phrase's)
    bounds difflib's ratio from above as its quick_ratio does (counted once per sentence,
    see _WordingBounds); one whose bound does not exceed the best so far cannot be chosen,
    as quick_ratio would not have let it through either."""
    import difflib    # only for a failing claim
    want = fold(phrase)  # as the index is folded: lower case, no diacritics
    n = len(want.split())
    if not want or n > 12:
        return None
    hay = index.folded
    ranges = [(index.norm.norm_offset(s), index.norm.norm_offset(e)) for s, e in within] \
        if within is not None else [(0, len(hay))]
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(want)
    # a score or a code with other digits ("4-2" for "5-2", "voted 11-2" for "voted 11-1")
    # is that wording edited, however little of it the letters share
    shape = _digit_shape(want) if any(c.isdigit() for c in want) else None
    bounds = _WordingBounds(want)
    lw, letters, spaces = len(want), bounds.letters, bounds.spaces
    best, best_ratio, best_gap = None, cutoff, 0

    def gap(a: int) -> int:
        return min((abs(a - x) for x in near), default=0)

    for s, e in ranges:
        tokens = [m.span() for m in _WORD_TOKEN.finditer(hay, s, e)]
        at_start, at_end = bounds.measure(hay, tokens)
        for size in (n, n + 1, n - 1):
            if size < 1:
                continue
            for (a, _), (l0, c0, r0), (_, b), (l1, c1, r1) in zip(tokens, at_start, tokens[size - 1:],
                                                                   at_end[size - 1:]):
                if shape is not None:
                    candidate = " ".join(hay[a:b].split())
                    if _digit_shape(candidate) == shape:
                        matcher.set_seq1(candidate)
                        r = max(matcher.ratio(), _SAME_SHAPE)
                        if r > best_ratio or r == best_ratio and best is not None and gap(a) < best_gap:
                            best, best_ratio, best_gap = (a, b), r, gap(a)
                        continue
                runs = r1 - r0
                lc = c1 - c0 + runs     # len(candidate)
                shared = l1 - l0        # min(l1 - l0, letters) + min(runs, spaces), min(that, lc)
                if shared > letters:
                    shared = letters
                shared += runs if runs < spaces else spaces
                if 2.0 * (shared if shared < lc else lc) / (lc + lw) <= best_ratio:
                    continue    # neither real_quick_ratio nor quick_ratio would exceed it
                candidate = " ".join(hay[a:b].split())
                matcher.set_seq1(candidate)
                if matcher.quick_ratio() > best_ratio:
                    r = matcher.ratio()
                    if r > best_ratio or r == best_ratio and best is not None and gap(a) < best_gap:
                        best, best_ratio, best_gap = (a, b), r, gap(a)
    return index.norm.raw_span(*best) if best is not None else None


_WHITE_RUN = re.compile(r"\s+")    # what str.split() splits at (\s is str.isspace)


class _WordingBounds:
    """For nearest_text: how many of a phrase's letters, how many characters and how many
    runs of white space lie between the start of a sentence's first word and each start and
    end of its words, so that a wording's counts are two look-ups. A "letter" is any
    character that is not white space; one of the phrase's is counted wherever it stands,
    however often the phrase holds it."""

    def __init__(self, want: str):
        self.letters = sum(not c.isspace() for c in want)  # the phrase's, white space aside
        self.spaces = want.count(" ")    # a wording's only white space is single spaces
        # each of its letters marked "\0" (a text's own NUL only loosens the bound)
        self.marks = {ord(c): "\0" for c in want if not c.isspace()}

    def measure(self, hay: str, tokens: list[tuple[int, int]]):
        """Cumulative counts at each word's start and at each word's end, as (phrase
        letters, characters other than white space, runs of white space). Words hold no
        white space (_WORD_TOKEN); what lies between two is mostly one space."""
        at_start, at_end = [], []
        if not tokens:
            return at_start, at_end
        first = tokens[0][0]
        count = hay[first:tokens[-1][1]].translate(self.marks).count
        n_letters = n_chars = n_runs = 0
        prev = None
        for a, b in tokens:
            if prev is not None:
                between = hay[prev:a]
                if between == " ":
                    n_runs += 1
                elif between:
                    runs = _WHITE_RUN.findall(between)
                    n_runs += len(runs)
                    rest = len(between) - sum(map(len, runs))
                    if rest:
                        n_chars += rest
                        n_letters += count("\0", prev - first, a - first)
            at_start.append((n_letters, n_chars, n_runs))
            n_chars += b - a
            n_letters += count("\0", a - first, b - first)
            at_end.append((n_letters, n_chars, n_runs))
            prev = b
        return at_start, at_end


#: How close a wording of the claimed one's shape, other digits, counts as (above the cutoff,
#: below any wording that shares more letters).
_SAME_SHAPE = 0.9


def _digit_shape(wording: str) -> str:
    """Its words with every digit as 0: "5-2" and "4-2" have one shape ("0-0")."""
    return re.sub(r"\d", "0", " ".join(_WORD_TOKEN.findall(wording)))


_INITIALISM_MARK = "\0"   # marks such a word for _text_pattern (no text holds a NUL)


@lru_cache(maxsize=1024)
def _text_pattern(words: tuple[str, ...]) -> "re.Pattern[str]":
    def one(w: str) -> str:
        if w.startswith(_INITIALISM_MARK):
            return _initialism_letters(w[1:].replace(".", "")) + r"\.?"
        return re.escape(w)
    return re.compile(r"\s+".join(one(w) for w in words) + r"(?!\w)")


def _fold_same_length_cased(cased: str) -> str:
    if cased.isascii():
        return cased
    table = {ord(c): _base_letter(c) for c in set(cased) if not c.isascii()}
    return cased.translate(table)

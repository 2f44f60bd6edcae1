"""Normalisation for matching, with a map back to raw offsets.

Matching happens on one canonical form (NFC, straight quotes, one hyphen for every
dash, plain spaces, lower case) so that neutral edits of an article change nothing.
Reported offsets must still point into the raw text, so every normalised character
remembers where it came from. In the common case (text already NFC) the forms have the
same length and the map is the identity, costing nothing.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from bisect import bisect_right
from typing import Optional

# One-for-one replacements: they keep the length, so offsets survive unchanged.
_TRANSLATE = {
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x2002: " ",
    0x2003: " ", 0x2004: " ", 0x2005: " ", 0x2006: " ", 0x2008: " ", 0x3000: " ",
    0xFEFF: " ", 0x200B: " ", 0x0009: " ",  # a tab between words is a space ("edged up\tto 57.4%")
    0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x02BC: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x2033: '"', 0x00AB: '"', 0x00BB: '"',
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-",
    0x2212: "-", 0xFE58: "-", 0xFE63: "-", 0xFF0D: "-",
    0x2024: ".", 0x2026: ".",  # an ellipsis character becomes one dot: length kept
    0xFF05: "%", 0xFF0B: "+", 0xFF0C: ",", 0xFF0E: ".",  # full-width forms from CJK input methods
    **{0xFF10 + d: str(d) for d in range(10)},          # and full-width digits ("２２％")
}


_TRANSLATE_CHARS = {chr(k): v for k, v in _TRANSLATE.items()}
_TRANSLATE_ITEMS = tuple(_TRANSLATE_CHARS.items())


_SPECIAL = re.compile("[%s]" % "".join(_TRANSLATE_CHARS))
#: Below this length a text is unified by a regex; above it, by ``str.replace``.
_SHORT = 512


#: Digits grouped in threes by a thin space ("1 500", "12 345 678", as SI style writes
#: them): the space is the group separator, a comma. Not a no-break space, which stands
#: for an ordinary space as often ("September 22-24 150 heads" is two figures).
_SPACE_GROUPS = re.compile("(?<![\\d.,/-])\\d{1,3}(?:[\u2009\u202f]\\d{3})+(?!\\d|[\u2009\u202f]\\d)")
_GROUP_SPACES = re.compile("[\u2009\u202f]")


def _grouped(m: "re.Match[str]") -> str:
    return _GROUP_SPACES.sub(",", m.group())


def _unify(text: str) -> str:
    """Apply the one-for-one replacements. A short text (a phrase, a sentence) is searched
    once for any of the characters; a long one gets one ``in`` test per character and a
    ``str.replace`` for each that occurs (each a scan in C; every replacement is ASCII, so
    the order does not matter): a regex substitution calls back into Python at each curly
    quote or dash, twice as slow on news, and str.translate with a dict visits every
    character in Python, ten times slower."""
    if "\u2009" in text or "\u202f" in text:
        text = _SPACE_GROUPS.sub(_grouped, text)  # before those spaces become plain ones
    if len(text) < _SHORT:
        if _SPECIAL.search(text) is None:
            return text
        return _SPECIAL.sub(lambda m: _TRANSLATE_CHARS[m.group()], text)
    for ch, to in _TRANSLATE_ITEMS:
        if ch in text:
            text = text.replace(ch, to)
    return text


#: Markdown emphasis around words or figures ("**88 billion**", "_79th_", "nearly **88**
#: billion", "$**10**m", "**9**%"): the marks of each pair are dropped (offsets map back as
#: for references), so a figure or a phrase reads as without them. A pair opens after a
#: space or punctuation and holds no white space at either end; one of underscores also
#: closes before one ("snake_case", "5*10^3", "a * b" keep theirs).
_EMPHASIS = re.compile(
    r"(?<![\w*])(?P<s>\*{1,3})(?=[^\s*])[^*\n]{0,300}?(?<=[^\s*])(?P=s)(?!\*)"
    r"|(?<![\w_])(?P<u>_{1,3})(?=[^\s_])[^_\n]{0,300}?(?<=[^\s_])(?P=u)(?![\w_])")


#: A footnote or reference marker glued to what it annotates, as reference works and web
#: copy write them: "22%[1]", "said.[12][13]", "[^2]", "USD\u00b9" (a superscript digit
#: after a word of three letters or more, an ordinal, "%" or punctuation, a year, or a
#: superscript one after any digits, since no one raises a year to a power or anything to
#: the first: "km\u00b2" and "10\u00b2" keep theirs), a dagger ("1,500\u2020"), a lone
#: asterisk ("22%* ", "cents*,", "said.* "; a pair of asterisks is emphasis, dropped
#: before). Dropped from
#: the matching text, so no "[1]" reads as a number and no marker after a full stop
#: joins two sentences.
_SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_FOOTNOTE = re.compile(
    r"(?<=[^\s\[(])(?:\[(?:\d{1,3}|[a-z]|\^\w{1,10})\])+(?=[\s.,;:)!?]|\Z)"
    r"|(?:(?<=[^\W\d_]{3})|(?<=\d(?:st|nd|rd|th))|(?<=[%%.,;:!?)\]])|(?<=1[5-9]\d\d|20\d\d)(?<![\d,.]\d{4})"
    r"|(?<=\d(?=\u00b9)))[%s]+(?=[\s.,;:)!?]|\Z)"
    r"|(?<=\S)[\u2020\u2021]+(?=[\s.,;:)!?]|\Z)"
    r"|(?<=[\w%%.!?)])\*(?=[\s.,;:)]|\Z)" % _SUPERSCRIPT_DIGITS)
_FOOTNOTE_GATE = frozenset("[*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021")


class _Mark:
    """One emphasis mark, as ``_substitute`` reads a match."""

    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class _Marks:
    """The marks of every emphasis pair in a text, found as a pattern's matches would be."""

    @staticmethod
    def finditer(text: str):
        for m in _EMPHASIS.finditer(text):
            width = len(m.group("s") or m.group("u"))
            yield _Mark(m.start(), m.start() + width)
            yield _Mark(m.end() - width, m.end())


#: Inline markup a CMS or a Markdown export leaves around words and figures: HTML tags of
#: inline elements ("<strong>nearly 1,500</strong>", "officers</em> and soldiers", "<a
#: href=\"/2019/03/12/story\">"), and a Markdown link's brackets and address ("all
#: [six key bodies](https://...) of UNESCO"). They are dropped from the matching text
#: (offsets map back as for emphasis), so the words and the figure read as without them
#: and no ">" reads as "more than". Block tags ("</p>", "<br>", "</li>") stay: they end
#: sentences. Superscripts and subscripts stay too ("10<sup>6</sup>" is no 106: after
#: digits it is an exponent, ``_SUPERSCRIPT``).
_INLINE_TAG = (r"</?(?i:a|abbr|b|bdi|bdo|big|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|"
               r"strike|strong|time|tt|u|var)(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>]{0,500}\"|'[^'<>]{0,500}'|[^\s\"'<>=]{1,500}))*"
               r"\s*/?>")
_LINK = r"(?<!!)\[(?=[^\[\]\n]{1,300}\]\((?:[^()\s]|\([^()\s]*\)){1,500}\))|\]\((?:[^()\s]|\([^()\s]*\)){1,500}\)"
_MARKUP = re.compile(_INLINE_TAG + "|" + _LINK)

#: A superscript after digits: an exponent ("10<sup>6</sup>" reads as "10^6", a million)
#: or an ordinal's suffix ("79<sup>th</sup>" as "79th"); after a letter, part of a name
#: or a symbol ("CO<sub>2</sub>" as "CO2", no ">2"). Other superscripts stay.
_SUPERSCRIPT = re.compile(
    r"(?<=\d)<sup>(?=(?:-?\d{1,3}|st|nd|rd|th)</sup>)|(?<=\d<sup>\d)</sup>|(?<=\d<sup>\d\d)</sup>"
    r"|(?<=\d<sup>\d\d\d)</sup>|(?<=\d<sup>-\d)</sup>|(?<=\d<sup>-\d\d)</sup>|(?<=\d<sup>(?:st|nd|rd|th))</sup>"
    r"|(?<=[a-z])<(?P<t>su[pb])>(?P<x>[\w+-]{1,4})</(?P=t)>", re.I)


def _superscript(m) -> str:
    if m.group("x") is not None:
        return m.group("x"), m.start("x")  # "CO<sub>2</sub>", "mc<sup>2</sup>": a name's or a symbol's, read as "CO2"
    text = m.string
    return "^" if m.group()[1] != "/" and (text[m.end()].isdigit() or text[m.end()] == "-") else ""


#: A zero-width space beside white space ("R14 \u200b000", "trade\u200b reached") is
#: nothing: it would make the white space two spaces (between words with none beside it,
#: it is a space, as a break between words). Nor is one, or a zero-width no-break space,
#: inside a number: before a digit after a digit or a digit's group comma or point, where
#: a page allows a line break ("1,\u200b500,\u200b000", "7\u200b9th"), a reader sees
#: "1,500,000" and "79th", not two numbers.
_SPACED_ZWSP = re.compile(r"(?<=\s)\u200b+|\u200b+(?=\s)|(?:(?<=\d)|(?<=\d[,.]))[\u200b\ufeff]+(?=\d)")

#: Emphasis marks dropped from the matching text: a span ending before them leaves them out.
_DROPPED_AFTER = frozenset("*_>)]\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079\u2020\u2021")
#: The marks and markup a span's raw end may run over ("**", "</strong>", "](https://...)",
#: a footnote's "[1]", "\u00b9", "\u2020").
_MARKUP_TAIL = re.compile(r"(?:[*_\u2020\u2021" + _SUPERSCRIPT_DIGITS + r"]|" + _INLINE_TAG
                          + r"|\]\((?:[^()\s]|\([^()\s]*\)){1,500}\)|\[(?:\d{1,3}|[a-z]|\^\w{1,10})\])+\Z")


def _nothing(m) -> str:
    return ""


#: Stands in for the line break that ends a blank line, so no figure, qualifier or unit
#: is read across paragraphs (white space patterns do not match it). Same length.
PARAGRAPH = "\u00b6"
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _mark_paragraphs(text: str) -> str:
    if _BLANK_LINE.search(text) is None:
        return text
    return _BLANK_LINE.sub(lambda m: m.group()[:-1] + PARAGRAPH, text)


class Normalized:
    """A text in matching form: ``cased`` (NFC, punctuation unified, paragraph breaks
    marked) and ``low`` (lower case).

    Both have the same length; ``raw_offset(i)`` maps an offset in them to the raw text.
    """

    __slots__ = ("raw", "cased", "low", "_map", "mapped")

    def __init__(self, raw: str):
        self.raw = raw
        mapping = None
        nfc = raw
        if not raw.isascii():
            nfc, mapping = _compose(raw)
        if "&" in nfc and _ENTITY.search(nfc):
            nfc, mapping = _decode_entities(nfc, mapping)
        if not nfc.isascii() and any(ch in nfc for ch in _INVISIBLE_CHARS):
            nfc, mapping = _drop_invisible(nfc, mapping)
        if ("\u200b" in nfc or "\ufeff" in nfc) and _SPACED_ZWSP.search(nfc) is not None:
            nfc, mapping = _substitute(nfc, mapping, _SPACED_ZWSP, _nothing)
        if ("<su" in nfc or "<SU" in nfc) and _SUPERSCRIPT.search(nfc) is not None:
            nfc, mapping = _substitute(nfc, mapping, _SUPERSCRIPT, _superscript)
        if ("<" in nfc or "](" in nfc) and _MARKUP.search(nfc) is not None:
            nfc, mapping = _substitute(nfc, mapping, _MARKUP, _nothing)
        if ("*" in nfc or "_" in nfc) and _EMPHASIS.search(nfc) is not None:
            nfc, mapping = _substitute(nfc, mapping, _Marks, _nothing)
        if any(ch in nfc for ch in _FOOTNOTE_GATE) and _FOOTNOTE.search(nfc) is not None:
            nfc, mapping = _substitute(nfc, mapping, _FOOTNOTE, _nothing)
        cased = _unify(nfc) if not nfc.isascii() or "\t" in nfc else nfc
        if "\n" in cased:
            cased = _mark_paragraphs(cased)
        low = cased.lower()
        if len(low) != len(cased):  # a few letters lower to two characters ("İ")
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in cased)
        self.cased = cased
        self.low = low
        self._map = mapping
        #: Do offsets differ from the raw text's (it was not NFC)? Else they are its own.
        self.mapped = mapping is not None

    def raw_offset(self, i: int) -> int:
        if self._map is None:
            return i
        return self._map.raw(i)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if self._map is None:
            return start, end
        # ``end`` maps through the start of the character after the span, so a
        # decomposed last letter keeps its combining marks; emphasis marks dropped after
        # the last character ("_79th_") are left out again.
        s, e = self._map.raw(start), self._map.raw(end)
        if end > start and e - s > end - start:
            last = self._map.raw(end - 1)
            if e > last + 1 and self.raw[e - 1] in _DROPPED_AFTER:
                tail = _MARKUP_TAIL.search(self.raw, last + 1, e)
                if tail is not None:
                    e = tail.start()
        return s, e

    def norm_offset(self, raw_offset: int) -> int:
        """A raw offset back in matching-text terms: the last character starting at or
        before it (identity unless the text was not NFC)."""
        if self._map is None:
            return raw_offset
        return self._map.norm(raw_offset)

    def norm_boundary(self, raw_offset: int) -> int:
        """A raw offset between two characters (a span's start or end) back in
        matching-text terms: just after the last character before it. Unlike
        ``norm_offset``, an end before dropped marks ("**87-year**-old") or after an entity
        ("&nbsp;") falls after the span's last character, not on it."""
        if self._map is None:
            return raw_offset
        return self._map.norm(raw_offset - 1) + 1 if raw_offset > 0 else 0


class OffsetMap:
    """Where each character of the composed text starts in the raw text, stored as the few
    places where the distance between the two changes (a decomposed article has one per
    composed letter, not one per character: no array as long as the text is built).

    ``raw(i)`` is ``i + shift`` for the last change at or before ``i``; offsets run from 0
    to the composed length (its end maps to the raw end).
    """

    __slots__ = ("starts", "shifts", "raw_starts", "length")

    def __init__(self, starts: list[int], shifts: list[int], length: int):
        self.starts = starts
        self.shifts = shifts
        self.raw_starts = [s + d for s, d in zip(starts, shifts)]
        self.length = length

    def raw(self, i: int) -> int:
        if not 0 <= i <= self.length:
            raise IndexError(i)
        return i + self.shifts[bisect_right(self.starts, i) - 1]

    def norm(self, raw: int) -> int:
        j = bisect_right(self.raw_starts, raw) - 1
        if j < 0:
            return 0
        last = self.starts[j + 1] - 1 if j + 1 < len(self.starts) else self.length
        return min(raw - self.shifts[j], last)


class _MapBuilder:
    """Collects the changes of shift while a composed text is built left to right."""

    __slots__ = ("starts", "shifts", "shift")

    def __init__(self):
        self.starts: list[int] = [0]
        self.shifts: list[int] = [0]
        self.shift = 0

    def at(self, i: int, raw: int) -> None:
        """Composed offset ``i`` starts at raw offset ``raw`` (and so on after it)."""
        d = raw - i
        if d != self.shift:
            if self.starts[-1] == i:
                self.shifts[-1] = d
            else:
                self.starts.append(i)
                self.shifts.append(d)
            self.shift = d

    def done(self, length: int) -> OffsetMap:
        return OffsetMap(self.starts, self.shifts, length)


def _combining_class(astral: bool = True) -> str:
    """A regex character class of every combining mark, built once from unicodedata.

    Without ``astral``, only the marks of the Basic Multilingual Plane: ``re`` tests such
    a class with one bitmap look-up, where marks above U+FFFF make it try each range in
    turn (about fifteen times slower on a decomposed article)."""
    ranges = []
    lo = None
    for cp in range(0x300, 0x20000 if astral else 0x10000):  # none above (plane 14 selectors are class 0)
        if unicodedata.combining(chr(cp)):
            if lo is None:
                lo = prev = cp
            elif cp == prev + 1:
                prev = cp
            else:
                ranges.append((lo, prev))
                lo = prev = cp
    if lo is not None:
        ranges.append((lo, prev))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in ranges)


_CLUSTER = None
_CLUSTER_BMP = None
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _cluster(raw: str) -> "re.Pattern[str]":
    """A base character and its marks; the faster pattern when the text has no character
    above U+FFFF (nearly always), the complete one otherwise."""
    global _CLUSTER, _CLUSTER_BMP
    if _ASTRAL.search(raw):
        if _CLUSTER is None:
            _CLUSTER = re.compile(".[%s]+" % _combining_class(), re.S)
        return _CLUSTER
    if _CLUSTER_BMP is None:
        _CLUSTER_BMP = re.compile(".[%s]+" % _combining_class(astral=False), re.S)
    return _CLUSTER_BMP


#: A long text is composed piece by piece, each piece ending before a line break.
_PIECE = 8192


#: Characters that print as nothing inside a word, left in text copied from web pages:
#: the soft hyphen ("bil\u00adlion"), zero-width non-joiner and joiner, the word joiner.
_INVISIBLE_CHARS = "\u00ad\u200c\u200d\u2060"
_INVISIBLE = re.compile("[%s]+" % _INVISIBLE_CHARS)
#: Whether a text holds any is asked with ``in`` for each of the four (a fast scan in C
#: each): searching for the class tried it at every character, 6% of extracting news.


def without_invisible(text: str) -> str:
    """``text`` as matching reads its words: "four\u00adth" is "fourth"."""
    return _INVISIBLE.sub("", text)


def _drop_invisible(text: str, mapping: Optional[OffsetMap]) -> tuple[str, OffsetMap]:
    """``text`` without invisible characters, and the map from it to the raw text
    (through ``mapping``, the map of ``text`` itself, when there is one)."""
    return _substitute(text, mapping, _INVISIBLE, lambda m: "")


#: An HTML character reference ("&nbsp;", "&ndash;", "&#8217;", "&#x2013;"), left in text
#: exported from a web page or a CMS; it reads as the character it stands for.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity(m: "re.Match[str]") -> str:
    ref = m.group()
    if m.end() < len(m.string) and unicodedata.combining(m.string[m.end()]):
        return ref  # a mark composed onto the ";": the reference is not text we can map
    if ref[1] == "#":
        code = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ref
    from html.entities import html5
    return html5.get(ref[1:], ref)


def _decode_entities(text: str, mapping: Optional[OffsetMap]) -> tuple[str, Optional[OffsetMap]]:
    """``text`` with its HTML character references decoded, and the map to the raw text
    (the text unchanged when none decodes: "AT&T;" is no reference)."""
    if not any(_entity(m) != m.group() for m in _ENTITY.finditer(text)):
        return text, mapping
    return _substitute(text, mapping, _ENTITY, _entity)


def _substitute(text: str, mapping: Optional[OffsetMap], pattern: "re.Pattern[str]",
                repl) -> tuple[str, OffsetMap]:
    """``pattern``'s matches in ``text`` replaced with ``repl(match)`` (each character of a
    replacement maps to where its match starts), and the map from the result to the raw
    text (through ``mapping``, the map of ``text`` itself, when there is one). ``repl``
    may return (replacement, where in ``text`` it is copied from): the part of the match
    kept ("CO<sub>2</sub>" keeps its "2"), whose characters map to their own places."""
    b = _MapBuilder()
    out: list[str] = []
    n = 0
    last = 0
    points = mapping.starts if mapping is not None else [0]
    raw = mapping.raw if mapping is not None else (lambda i: i)
    k = 0

    def keep(s: int, e: int) -> None:
        nonlocal n, k
        b.at(n, raw(s))
        while k < len(points) and points[k] <= s:
            k += 1
        while k < len(points) and points[k] < e:   # the shifts of ``mapping`` inside the piece
            b.at(n + points[k] - s, raw(points[k]))
            k += 1
        out.append(text[s:e])
        n += e - s

    for m in pattern.finditer(text):
        if m.start() > last:
            keep(last, m.start())
        new = repl(m)
        if isinstance(new, tuple):
            new, at = new
            for j in range(len(new)):
                b.at(n + j, raw(at + j))
            out.append(new)
            n += len(new)
        elif new:
            b.at(n, raw(m.start()))
            if len(new) > 1:
                b.at(n + 1, raw(m.start()) + 1)
            out.append(new)
            n += len(new)
        last = m.end()
    if last < len(text):
        keep(last, len(text))
    b.at(n, raw(len(text)))
    return "".join(out), b.done(n)


def _compose(raw: str) -> tuple[str, Optional[OffsetMap]]:
    """``raw`` in NFC, with the map back to it (None when ``raw`` is NFC already).

    A text already NFC comes back unchanged from one quick check in C, a decomposed one is
    composed once and the map built only then. A long text is taken in pieces of about
    ``_PIECE`` characters that end before a line break, and only the pieces that are not
    NFC are composed: one decomposed paragraph in a long text cost a full composition of
    the whole text (NFC is the same taken piece by piece: a line break composes with
    nothing and no mark is reordered across it)."""
    normalize = unicodedata.normalize
    n_raw = len(raw)
    if n_raw <= _PIECE:
        nfc = normalize("NFC", raw)
        return (nfc, None) if nfc == raw else _nfc_with_map(raw, nfc)
    out: list[str] = []
    b: Optional[_MapBuilder] = None
    n = 0               # composed length so far
    start = 0
    while start < n_raw:
        end = raw.find("\n", start + _PIECE)
        if end < 0:
            end = n_raw
        piece = raw[start:end]
        nfc = normalize("NFC", piece)
        if nfc != piece:
            composed = _cluster_map(piece, nfc)
            if composed is None:  # the whole text is mapped character by character, as before
                return _nfc_with_map(raw, normalize("NFC", raw))
            nfc, m = composed
            if b is None:
                b = _MapBuilder()
            for s, d in zip(m.starts, m.shifts):
                b.at(n + s, start + s + d)
            b.at(n + len(nfc), end)
        out.append(nfc)
        n += len(nfc)
        start = end
    if b is None:
        return raw, None
    text = "".join(out)
    return text, b.done(len(text))


def _nfc_with_map(raw: str, nfc: str) -> tuple[str, OffsetMap]:
    """Compose to NFC (``nfc``, composed already), remembering each composed character's
    raw start."""
    return _cluster_map(raw, nfc) or _nfc_per_character(raw)


def _cluster_map(raw: str, nfc: str) -> Optional[tuple[str, OffsetMap]]:
    """``_nfc_with_map`` by clusters, or None where composing each cluster alone does not
    give ``nfc`` (compositions without marks, as of Hangul jamo).

    Only clusters with combining marks are visited in Python; the text between them is
    copied by slices, so a decomposed article costs little more than a composed one.
    """
    out: list[str] = []
    b = _MapBuilder()
    n = 0               # composed length so far
    last = 0
    normalize = unicodedata.normalize
    for m in _cluster(raw).finditer(raw):
        s, e = m.span()
        if s > last:
            out.append(raw[last:s])
            n += s - last
        composed = normalize("NFC", m.group())
        out.append(composed)
        # The first character stands for the whole cluster; marks that stay
        # separate keep their own raw places.
        b.at(n, s)
        if len(composed) > 1:
            b.at(n + 1, e - len(composed) + 1)
        n += len(composed)
        b.at(n, e)
        last = e
    out.append(raw[last:])
    text = "".join(out)
    if text != nfc:  # compositions without marks (Hangul jamo)
        return None
    return text, b.done(len(text))


def _nfc_per_character(raw: str) -> tuple[str, OffsetMap]:
    out: list[str] = []
    b = _MapBuilder()
    k = 0
    i, n = 0, len(raw)
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(raw[j]):
            j += 1
        composed = unicodedata.normalize("NFC", raw[i:j])
        out.append(composed)
        for t in range(len(composed)):
            b.at(k + t, i)
        k += len(composed)
        i = j
    b.at(k, n)
    return "".join(out), b.done(k)


@lru_cache(maxsize=4096)
def base_letter(c: str) -> str:
    """``c`` without its diacritics: the first character of its decomposition when the
    rest are combining marks, else ``c`` itself (a Hangul syllable decomposes into
    letters; a mark that composes with nothing stays, as it does in an article's text,
    which folding may not shorten)."""
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    decomposed = unicodedata.normalize("NFD", c)
    if len(decomposed) > 1 and not all(unicodedata.combining(m) for m in decomposed[1:]):
        return c
    return decomposed[0]


def fold(text: str, *, case: bool = True, diacritics: bool = True) -> str:
    """Text reduced for loose comparison of phrases (names typed without accents), one
    NFC character for one, as an article's text is folded for matching."""
    text = _unify(unicodedata.normalize("NFC", text))
    if diacritics and not text.isascii():
        text = "".join(map(base_letter, text))
    if case:
        lowered = text.lower()
        if len(lowered) != len(text):  # as Normalized.low: "İ" stays, one character
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        text = lowered
    return " ".join(text.split())

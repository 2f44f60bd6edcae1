"""The map from the matching text back to raw offsets, on decomposed text.

Every figure's span is reported through it, so it must hold for any mix of letters,
combining marks and jamo: spans between two spaces compose back to exactly the text
matched (up to canonical equivalence), and a raw offset maps back to the character that
starts there.
"""
from __future__ import annotations

import unicodedata

import pytest
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.text import normalize
from checker.text.normalize import Normalized

# Letters, marks that compose with them (and some that do not), Hangul jamo that
# compose without marks, a character above U+FFFF with marks, spaces.
_PIECES = ["a", "e", "o", "u", "\u0301", "\u0300", "\u0302", "\u0323", "\u0303", "\u0345",
           "\u1100", "\u1161", "\u11a8", "\U0001d15e", "\U0001d165", "5", " ", "d\u0323"]


def _check(raw: str) -> None:
    norm = Normalized(raw)
    n = len(norm.cased)
    assert norm.raw_span(0, n) == (0, len(raw))
    offsets = [norm.raw_span(i, i)[0] for i in range(n + 1)]
    assert offsets == sorted(offsets)
    spaces = [0] + [i for i, ch in enumerate(norm.cased) if ch == " "] + [n]
    for i in spaces:
        for j in spaces:
            if i < j:
                a, b = norm.raw_span(i, j)
                # canonically equivalent (Hangul jamo, composed without marks, stay apart)
                assert unicodedata.normalize("NFC", raw[a:b]) == unicodedata.normalize("NFC", norm.cased[i:j])
    for i, r in enumerate(offsets):
        last = max(k for k, o in enumerate(offsets) if o == r)
        assert norm.norm_offset(r) == last, (raw, i)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_raw_offsets_of_decomposed_text(raw):
    _check(unicodedata.normalize("NFD", raw))
    _check(raw)


def test_composed_text_needs_no_map():
    assert Normalized("Hà Nội, 22%").norm_offset(5) == 5
    nfd = unicodedata.normalize("NFD", "Hà Nội tăng 22%")
    norm = Normalized(nfd)
    start = norm.cased.index("22%")
    assert nfd[slice(*norm.raw_span(start, start + 3))] == "22%"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["\n", "\n\n", "\r\n"]), max_size=40).map("".join), st.integers(1, 12))
def test_long_text_composed_in_pieces(raw, piece):
    """A long text is composed piece by piece (pieces end before a line break): the
    same text and the same map, every offset, as composing it whole."""
    for text in (raw, unicodedata.normalize("NFD", raw)):
        nfc = unicodedata.normalize("NFC", text)
        whole = normalize._nfc_with_map(text, nfc) if nfc != text else (text, None)
        with mock.patch.object(normalize, "_PIECE", piece):
            pieces = normalize._compose(text)
        assert pieces[0] == whole[0]
        assert (pieces[1] is None) == (whole[1] is None)
        if whole[1] is not None:
            assert [pieces[1].raw(i) for i in range(len(nfc) + 1)] == [whole[1].raw(i) for i in range(len(nfc) + 1)]
            assert [pieces[1].norm(r) for r in range(len(text) + 1)] == [whole[1].norm(r) for r in range(len(text) + 1)]


_INVISIBLE = ["\u00ad", "\u200c", "\u200d", "\u2060"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _INVISIBLE), max_size=30).map("".join))
def test_invisible_characters_are_dropped_and_offsets_still_map(raw):
    """A soft hyphen or a zero-width joiner inside a word is not there for matching; every
    offset still maps into the raw text, in order, and each span between spaces holds the
    same letters in both."""
    for text in (raw, unicodedata.normalize("NFD", raw)):
        norm = Normalized(text)
        assert not any(c in norm.cased for c in _INVISIBLE)
        n = len(norm.cased)
        assert norm.raw_span(0, n)[1] == len(text)
        offsets = [norm.raw_span(i, i)[0] for i in range(n + 1)]
        assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)
        spaces = [0] + [i for i, ch in enumerate(norm.cased) if ch == " "] + [n]
        for i in spaces:
            for j in spaces:
                if i < j:
                    a, b = norm.raw_span(i, j)
                    visible = "".join(c for c in text[a:b] if c not in _INVISIBLE)
                    assert unicodedata.normalize("NFC", visible) == unicodedata.normalize("NFC", norm.cased[i:j])


def test_a_figure_with_soft_hyphens_reads_as_without():
    from checker import extract
    plain = "Trade reached nearly 88 billion USD in the first eight months of this year, up 22%."
    shy = plain.replace("billion", "bil\u00adlion").replace("months", "mon\u00adths").replace("22%", "22\u2060%")
    for text in (shy, unicodedata.normalize("NFD", "Hà Nội: " + shy)):
        found = extract(text)
        assert [(m.kind, m.value, m.qualifier) for m in found] == \
            [(m.kind, m.value, m.qualifier) for m in extract(plain)]
        assert all(text[m.start:m.end] == m.text for m in found)


@given(st.text(alphabet="ab \u00ad\u200c\u200d\u2060\u200b\u00a0é", max_size=30))
def test_invisible_characters_are_found_as_the_regex_finds_them(text):
    assert any(ch in text for ch in normalize._INVISIBLE_CHARS) == (normalize._INVISIBLE.search(text) is not None)


_UNIFY_ALPHABET = "ab 5\n" + "".join(normalize._TRANSLATE_CHARS)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_UNIFY_ALPHABET, max_size=40), st.integers(0, 40))
def test_long_and_short_texts_are_unified_alike(text, copies):
    """A long text is unified by str.replace per character, a short one by a regex
    substitution: both give the one-for-one replacement of every character."""
    text = text * copies + text

    def one_for_one(t: str) -> str:  # digits grouped by a thin space ("5\u2009555") get a comma first
        t = normalize._SPACE_GROUPS.sub(normalize._grouped, t)
        return "".join(normalize._TRANSLATE_CHARS.get(ch, ch) for ch in t)

    assert normalize._unify(text) == one_for_one(text)
    longer = text * (normalize._SHORT // max(1, len(text)) + 1)
    assert len(text) >= normalize._SHORT or normalize._unify(longer) == one_for_one(longer)


_ENTITIES = ["&nbsp;", "&ndash;", "&amp;", "&rsquo;", "&#8217;", "&#x2013;", "&shy;", "&eacute;", "&bogus;", "&", ";"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _ENTITIES), max_size=30).map("".join)
       .filter(lambda s: not any(a == ";" and unicodedata.combining(b) for a, b in zip(s, s[1:]))))
def test_html_references_are_decoded_and_offsets_still_map(raw):
    """A text exported from a web page keeps "&nbsp;" and "&ndash;": they read as the
    characters they stand for, and every offset still maps into the raw text, in order,
    with each span between spaces holding the same text once decoded. (A reference with
    a combining mark after its ";" is left as written: the mark composes onto the ";".)"""
    import html
    for text in (raw, unicodedata.normalize("NFD", raw)):
        norm = Normalized(text)
        n = len(norm.cased)
        assert norm.raw_span(0, n)[1] == len(text)
        offsets = [norm.raw_span(i, i)[0] for i in range(n + 1)]
        assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)
        assert "&nbsp;" not in norm.cased and "&ndash;" not in norm.cased and "\u00ad" not in norm.cased
        spaces = [0] + [i for i, ch in enumerate(norm.cased) if ch == " "] + [n]
        for i, j in zip(spaces, spaces[1:]):
            a, b = norm.raw_span(i, j)
            decoded = normalize._unify(html.unescape(text[a:b]).replace("\u00ad", ""))
            assert unicodedata.normalize("NFC", decoded).strip() == unicodedata.normalize("NFC", norm.cased[i:j]).strip()


def test_figures_written_with_html_references_read_as_without():
    from checker import extract
    plain = "From September 22\u201324, trade reached nearly 88\u00a0billion USD, up 22%; R&D rose."
    coded = "From September 22&ndash;24, trade reached nearly 88&nbsp;billion USD, up 22&#37;; R&amp;D rose."
    found = extract(coded)
    assert [(m.kind, m.value, m.qualifier, m.direction) for m in found] == \
        [(m.kind, m.value, m.qualifier, m.direction) for m in extract(plain)]
    assert all(coded[m.start:m.end] == m.text for m in found)
    assert [m.text for m in found][:2] == ["From September 22&ndash;24", "nearly 88&nbsp;billion USD"]


def test_an_ampersand_that_is_no_reference_is_left_alone():
    assert Normalized("AT&T; R&D & S&P 500").cased == "AT&T; R&D & S&P 500"
    assert Normalized("&amp;\u0301 x").cased == "&amp;\u0301 x"  # a mark on the ";"


def test_markdown_emphasis_marks_are_dropped_and_others_stay():
    raw = "the _79th_ session, nearly **88** billion, $**10**m, __x__ and snake_case, 5*10^3, a * b"
    n = Normalized(raw)
    assert n.cased == "the 79th session, nearly 88 billion, $10m, x and snake_case, 5*10^3, a * b"
    start = n.cased.index("79th")
    assert n.raw_span(start, start + 4) == (raw.index("79th"), raw.index("79th") + 4)
    start = n.cased.index("88 billion")
    assert raw[slice(*n.raw_span(start, start + 10))] == "88** billion"


@given(st.text(alphabet="ab 1_*.", max_size=30))
def test_emphasis_marks_dropped_offsets_still_map(raw):
    n = Normalized(raw)
    offsets = [n.raw_offset(i) for i in range(len(n.cased))]
    assert offsets == sorted(offsets)
    assert all(raw[o] == c for o, c in zip(offsets, n.cased))


def test_inline_html_tags_and_markdown_links_are_dropped_and_block_tags_stay():
    raw = ('<p>Viet Nam deployed <strong>nearly 1,500 officers</strong> and soldiers to <a href="https://x.org/'
           '2019/03/12/item-7">missions</a>, all [six key bodies](https://x.org/a_(b)/3) of <em>UNESCO</em>,'
           ' 10<sup>6</sup> cells, a <b and c> d.</p>')
    n = Normalized(raw)
    assert n.cased == ("<p>Viet Nam deployed nearly 1,500 officers and soldiers to missions, all six key bodies of "
                       "UNESCO, 10^6 cells, a <b and c> d.</p>")
    start = n.cased.index("nearly")
    end = n.cased.index(" and soldiers")
    assert raw[slice(*n.raw_span(start, end))] == "nearly 1,500 officers"
    start = n.cased.index("six")
    assert raw[slice(*n.raw_span(start, start + len("six key bodies")))] == "six key bodies"


@given(st.lists(st.sampled_from(["a", "1", " ", "<b>", "</b>", "<em>", "[", "](u/2)", "*", "\u0301", "<", ">",
                                 "<sup>", "</sup>", "<sub>", "</sub>", "th", "-"]),
                max_size=30).map("".join))
@example("a<sup>a</sup>")  # a name's superscript kept: its letter mapped back to the "<"
@example("CO<sub>2</sub>, a<sup>1</sup>b")
def test_inline_markup_dropped_offsets_still_map(raw):
    n = Normalized(raw)
    offsets = [n.raw_offset(i) for i in range(len(n.cased))]
    assert offsets == sorted(offsets)
    assert all(unicodedata.normalize("NFC", raw[o]) [:1] == c or unicodedata.combining(c) or
               unicodedata.normalize("NFC", raw[o:o + 2])[:1] == c for o, c in zip(offsets, n.cased))


def test_figures_in_inline_markup_read_as_without():
    from checker import extract
    plain = "Trade reached nearly 88 billion USD, up 22%, and 6 key bodies met."
    marked = ('Trade <a href="/news/2019/03/12/trade-7">reached</a> <strong>nearly 88 billion USD</strong>, '
              '<em>up 22%</em>, and [6 key bodies](https://x.org/2020/5) met.')
    found = extract(marked)
    assert [(m.kind, m.value, m.qualifier, m.direction, m.unit) for m in found] == \
        [(m.kind, m.value, m.qualifier, m.direction, m.unit) for m in extract(plain)]
    assert [m.text for m in found][:2] == ["nearly 88 billion USD", "up 22%"]


def test_superscripts_after_digits_are_exponents_or_ordinal_suffixes():
    from checker import extract
    raw = ("Cultures reached 10<sup>6</sup> cells and 2<SUP>10</SUP> bytes; the 79<sup>th</sup> session; "
           "CO<sub>2</sub> output rose 5%.")
    found = extract(raw)
    assert [(m.kind, m.value, m.text) for m in found] == [
        ("count", 1000000, "10<sup>6</sup> cells"), ("count", 1024, "2<SUP>10</SUP> bytes"),
        ("ordinal", 79, "79<sup>th</sup>"), ("percent", 5.0, "rose 5%")]   # no ">2" read as "more than 2"
    assert all(raw[m.start:m.end] == m.text for m in found)


def test_full_width_digits_read_as_ascii_digits():
    from checker import extract
    import datetime
    found = extract("Trade rose ２２％ to ８８ billion USD in ２０２４.")
    assert [(m.kind, m.value, m.text) for m in found] == [
        ("percent", 22.0, "rose ２２％"), ("money", 88e9, "８８ billion USD"), ("year", 2024, "２０２４")]
    from checker.extraction.engine import reference_date
    assert reference_date("date ２０２５-０９-２０ HÀ NỘI — text") == datetime.date(2025, 9, 20)


def test_a_tab_between_words_is_a_space_and_a_zero_width_space_beside_one_is_nothing():
    from checker import extract
    assert Normalized("edged up\tto 57.4%").cased == "edged up to 57.4%"
    n = Normalized("R14 \u200b000 and trade\u200breached")
    assert n.cased == "R14 000 and trade reached"
    assert [(m.kind, m.value, m.qualifier, m.direction) for m in extract("Dominance edged up\tto 57.4% from 56.9%.")] == \
        [(m.kind, m.value, m.qualifier, m.direction) for m in extract("Dominance edged up to 57.4% from 56.9%.")]


@pytest.mark.parametrize("raw, plain", [
    ("It sent 1,\u200b500 officers.", "It sent 1,500 officers."),         # a break allowed after a group comma
    ("It sent 1,\ufeff500,\u200b000 officers.", "It sent 1,500,000 officers."),
    ("the 7\u200b9th session", "the 79th session"),
    ("a 1.\u200b5 million rise", "a 1.5 million rise"),
])
def test_a_zero_width_space_inside_a_number_is_nothing(raw, plain):
    """edits11: "1,\\u200b500 officers" (a web page's break hint after a group comma) read
    as 1 and 500 officers, "7\\u200b9th" as 7 and 9th: a reader sees one number."""
    from checker import extract
    assert Normalized(raw).cased == plain
    assert [(m.kind, m.value, m.text.replace("\u200b", "").replace("\ufeff", "")) for m in extract(raw)] == \
        [(m.kind, m.value, m.text) for m in extract(plain)]


def test_a_zero_width_space_between_a_number_and_a_word_stays_a_break():
    assert Normalized("the 22\u200bSeptember vote").cased == "the 22 September vote"


@pytest.mark.parametrize("raw, plain", [
    ("Exports rose 22%[1], the ministry said.[12][13] Imports fell.", "Exports rose 22%, the ministry said. Imports fell."),
    ("Trade hit 88 billion USD\u00b9 in 2024.", "Trade hit 88 billion USD in 2024."),
    ("It has grown since 2019\u00b2, and ranked 9th\u00b9.", "It has grown since 2019, and ranked 9th."),
    ("About 1,500\u2020 officers served.\u2021 Then 12 more.", "About 1,500 officers served. Then 12 more."),
    ("It fell 97 cents*, or 1.3%.* Gold rose.", "It fell 97 cents, or 1.3%. Gold rose."),
    ("See the note[^2] on prices.", "See the note on prices."),
])
def test_a_footnote_marker_is_nothing(raw, plain):
    """edits11: "aged 91[1]" read 1 as a figure, "88 billion USD\\u00b9" no amount, and a
    marker after a full stop ("said.\\u2020 Then") joined two sentences."""
    from checker import extract
    assert Normalized(raw).cased == plain
    assert [(m.kind, m.value) for m in extract(raw)] == [(m.kind, m.value) for m in extract(plain)]


@pytest.mark.parametrize("text, cased", [
    ("148.6 km\u00b2 of land", "148.6 km\u00b2 of land"),        # a square
    ("an area of 10\u00b2 metres", "an area of 10\u00b2 metres"),  # a power after digits
    ("x = 5 * 3", "x = 5 * 3"),                                  # an asterisk between spaces
    ("grew *5* more", "grew 5 more"),                            # emphasis, dropped as before
    ("[1] alone", "[1] alone"),                                  # a bracket glued to nothing
])
def test_what_no_footnote_marker_is_stays(text, cased):
    assert Normalized(text).cased == cased

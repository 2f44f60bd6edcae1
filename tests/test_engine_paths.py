"""The engine's faster paths build exactly what the plain ones would.

- Candidates: the flat trie found from the character before a candidate finds, from any
  position, what one search with a plain pattern (every trigger word, then every currency
  code written against digits) finds.
- A Mention built without the frozen dataclass's ``__init__`` is the same object.
- A number (``Num``, a named tuple) keeps its fields and cannot be changed.
- The qualifier and direction searches left of a figure, skipped when the text there
  ends in none of their last words, find what the plain search finds.
- Digits read with the suffix and scale patterns tried only after the characters they
  can start with read as with both tried everywhere.
- A run of trigger words or of characters without letters, matched a thousand steps at
  a time, ends where one unbounded match ends.
"""
from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import checker
from checker.extraction import engine
from checker.extraction import lexicon as L
from checker.extraction import numbers as N
from checker.extraction import qualifiers as Q
from checker.extraction.numbers import Num, read_number
from checker.extraction.scan import Hit, Scan
from checker.model import Mention
from checker.text.normalize import Normalized

# At one place at most one trigger word can be followed by no letter (and at most one
# code or month by a digit: "USD5", "Dec31"), so a plain alternation finds what the trie finds.
_PLAIN = re.compile(r"(?<!\w)(?:\d|[%s]|(?:%s)(?!\w)|(?:%s)(?=\d))" % (
    "".join(L.VULGAR_FRACTIONS), "|".join(map(re.escape, engine._WORD_TRIGGERS)),
    "|".join(map(re.escape, [*engine._GLUED_CODES, *engine._GLUED_MONTHS]))))
_PIECES = sorted({*engine._WORD_TRIGGERS, *engine._GLUED_CODES, "5", "2024", "½", "a", "x", "the", "usd5",
                  "fives", "ệ", "é", "_", "-", " ", "\n", ".", "¶", "4th", "VND5", "Ⅻ", "²", "\u0663",
                  "dec31", "October2"})
#: Separators: letters and digits beyond ASCII ("ệ", "²", Arabic-Indic three) stop the
#: finder's search (its class names only ASCII ones) and must then be turned down.
_SEPARATORS = ["", " ", "-", ",", "ệ", "_", "²", "\u0663", "½"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=25))
def test_candidates_are_those_of_the_plain_pattern(pieces):
    low = Normalized("".join(a + b for a, b in pieces)).low
    for pos in range(len(low) + 1):
        a, b = engine._next_candidate(low, pos), _PLAIN.search(low, pos)
        assert (a and a.span()) == (b and b.span()), (low, pos)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=25))
def test_gated_candidates_are_those_of_one_search(pieces):
    """The gated finder finds what its own pattern, searched for with its look-behind
    (tried at every place), finds."""
    low = Normalized("".join(a + b for a, b in pieces)).low
    for pos in range(len(low) + 1):
        a, b = engine._next_gated_candidate(low, pos), _GATED_PLAIN.search(low, pos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (low, pos)


#: r"(?<!\w)" + the gated candidate: the finder's search pattern without its first class.
_SEARCH = engine._next_gated_candidate.search.__self__.pattern
assert _SEARCH.startswith("[^0-9A-Za-z_]")
_GATED_PLAIN = re.compile(r"(?<!\w)" + _SEARCH[len("[^0-9A-Za-z_]"):])


@pytest.mark.parametrize("text", ["ệ5 days", "x²3 people", "Hà Nội5 km", "café2024", "Ⅻ3 kg"])
def test_no_figure_starts_after_a_letter_or_digit_beyond_ascii(text):
    """The engine's pass (its own copy of the finder's loop) turns down such a place as
    the finder does, at the start of a text and after a figure alike."""
    assert checker.extract(text) == []
    assert [m.text for m in checker.extract(f"In 2020, {text}")] == ["2020"]


def test_mention_built_fast_is_a_mention():
    sc = Scan(Normalized("It rose nearly 22% to $5."), None)
    hit = Hit("percent", 22.0, 8, 18, unit="%", qualifier="below", direction="up", rule="r", inclusive=None)
    fast = engine._mention(sc, hit)
    plain = Mention("percent", 22.0, "%", "below", "up", 8, 18, "nearly 22%", "r", None)
    assert fast == plain and vars(fast) == vars(plain) and repr(fast) == repr(plain)
    assert list(vars(fast)) == [f.name for f in dataclasses.fields(Mention)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.value = 1


def test_numbers_are_named_tuples_that_cannot_change():
    n = read_number("1,500 officers", 0)
    assert n == Num(0, 5, 1500, grouped=True, digits="1,500")
    assert (n.start, n.end, n.value, n.grouped, n.integer) == (0, 5, 1500, True, True)
    with pytest.raises(AttributeError):
        n.value = 3


_LEFT_PIECES = sorted({*L.QUALIFIERS_BEFORE, *L.DIRECTIONS_BEFORE, "an increase of", "a drop", "of", "by",
                       "minus", "negative", "-", "the", "rates", "x", "=", "5"})
_LAST_PIECES = ["an increase of", "a drop of", "a total of", "rose", "up by", "raised rates by", "about",
                "approx.", "more than", "at least or equal to", "minus", "negative", "-", ">=", "<", "the", "x"]
_LEFT_CHECKS = [(Q._QUALIFIER_BEFORE, 30, Q._QUALIFIER_TAILS), (Q._DIRECTION_BEFORE, 30, Q._DIRECTION_TAILS),
                (Q._DIRECTION_GAP, 40, ("by",)), (Q._NEGATIVE, 10, ("-", "minus", "negative"))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LEFT_PIECES), st.sampled_from(["", " ", "  ", "\n", ",", ", ", "("])),
                max_size=6), st.sampled_from(_LAST_PIECES), st.sampled_from(["", " ", ", ", " \n"]), st.integers(0, 12))
def test_searches_left_of_a_figure_skip_only_where_nothing_is_found(pieces, last, gap, floor):
    sc = Scan(Normalized("".join(a + b for a, b in pieces) + last + gap + "5"), None)
    pos = len(sc.low) - 1
    sc.floor = min(floor, pos)
    for pattern, width, tails in _LEFT_CHECKS:
        a, b = Q._left(sc, pattern, pos, width, tails), sc.left(pattern, pos, width)
        assert (a and a.span()) == (b and b.span()), (sc.low, pattern.pattern[:40])


_RUN_WORDS = ["one", "two", "twenty-one", "january", "third", "may", "mayor", "1", "22", "-", ",", "x"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_RUN_WORDS), st.integers(1, 1500), st.sampled_from([" ", "-", ", ", ""])),
                min_size=1, max_size=6), st.integers(0, 40))
def test_runs_read_in_steps_end_where_one_match_ends(blocks, pos):
    low = "".join((w + sep) * n for w, n, sep in blocks)
    for first, more, step, least in ((engine._WORD_RUN, engine._WORD_RUN_MORE, engine._WORD_STEP, engine._WORD_RUN_MIN),
                                     (engine._LETTERLESS_RUN, engine._LETTERLESS_MORE, engine._LETTERLESS_STEP,
                                      engine._LETTERLESS_MIN)):
        plain = re.compile(r"%s{%d,}" % (step, least)).match(low, pos)
        assert engine._run_end(first, more, low, pos) == (plain and plain.end())


class _Everything:
    def __contains__(self, item):
        return True


_AFTER_DIGITS = ["", " ", "  ", "\t", "\n", "st", "nd", "rd", "th", "k", " k", "bn", " bn", "mln", "tn", " trn",
                 " million", "billion", " hundred", " dozen", "thousand", "lakh", " crores", "x", "e5", "^2",
                 " 1/2", "/4", "½", "%", ".", ",", "-", "s"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["1", "22", "1,500", "3.5", "2024", "40 000", "7"]), st.lists(st.sampled_from(_AFTER_DIGITS), max_size=3))
def test_digits_read_alike_with_the_first_character_gates_or_without(digits, after):
    low = digits + "".join(after)
    gated = N.read_digits(low, 0)
    saved = N._ORD_FIRST, N._SCALE_FIRST
    N._ORD_FIRST = N._SCALE_FIRST = _Everything()
    try:
        plain = N.read_digits(low, 0)
    finally:
        N._ORD_FIRST, N._SCALE_FIRST = saved
    assert gated == plain, low

"""The judge's fast paths give what the plain ways they replaced gave.

Each fast path (folding diacritics letter by letter, articles indexed stage by stage
all together, an article's figures read a paragraph at a time where claims look, an
evidence line cut once per sentence, results built without a frozen
dataclass's field-by-field init, the JSON report written without the standard library's
slow indenting encoder, version chains from one map of later versions, sentence
boundaries looked for only where one may start, the number readers' plain digits and
lone number words) is compared here with the plain way, kept as the reference, on
generated input.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.extraction.engine import Paragraphs, scan
from checker.locate import ArticleIndex, _fold_same_length, _fold_whole_text
from checker.model import Article, Outcome, Position, Report, Result, Span, new_result
from checker.report import RENDERERS
from checker.report.json import dumps, render
from checker.engine import later_versions, version_chain, version_chains
from checker.text.normalize import Normalized

# Letters an article may hold: Vietnamese and other Latin, marks on their own (which
# NFC may leave, or reorder), letters that decompose into several (Hangul, Devanagari
# nukta, the "dz" digraph), dotted capital I (its lower case is two characters).
LETTERS = ("aeiouy dđDĐ ếệẫờưởữăắẵôồổ ÀÉÎÕÜçñøåæœß ǣǖǅǆİıŉ 가힣 क़ज़ "
           "\u0300\u0301\u0303\u0309\u0323\u0345\u034f\u0591\u05b0\u1dc0\u0f71\u0f73 ¶.,\n\t"
           "\u00a0\u2028 0123456789 Ωω ﬁ ㎏ \ufb2c")
TEXT = st.text(alphabet=LETTERS, max_size=60)


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example("Tô Lâm và Lương Cường đến Hà Nội")
@example("\u0301e")
@example("ǖ ǣ æ")
@example("\u1dc0\u0f71")
def test_folding_letter_by_letter_is_folding_the_whole_text(text):
    low = unicodedata.normalize("NFC", text).lower()
    assert _fold_same_length(low) == _fold_whole_text(low)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def reference_evidence(index: ArticleIndex, sentence, start: int, end: int):
    """The evidence as the judge cut it before it cached sentences (found, line, place)."""
    s, _e = sentence
    raw = index.text
    before = raw[s:start]
    head = _collapse(before)
    if before and before[-1].isspace() and head:
        head += " "
    figure = _collapse(raw[start:end])
    return figure, _collapse(raw[s:_e]), (len(head), len(head) + len(figure))


SPACES = st.sampled_from([" ", "  ", "\n", "\r\n", "\t", "\u00a0", " \n ", "\n\n"])
WORDS = st.sampled_from(["Trade", "reached", "nearly", "88 billion USD", "in", "2024",
                         "up 16%", "Vietnam", "Việt Nam", "the", "30th", "anniversary",
                         "three decades", "Tô Lâm", "1,500", "officers."])


@st.composite
def articles(draw):
    pieces = []
    for _ in range(draw(st.integers(1, 40))):
        pieces.append(draw(WORDS))
        pieces.append(draw(SPACES))
    text = "".join(pieces)
    return unicodedata.normalize("NFD", text) if draw(st.booleans()) else text


@settings(max_examples=150, deadline=None)
@given(articles())
def test_evidence_cut_once_per_sentence_is_the_plain_cut(text):
    index = ArticleIndex(text)
    for mention in index.mentions:
        for sentence in (index.sentence_raw(0), index.sentence_at(0)[0],
                         index.sentence_raw(max(0, len(index.norm.cased) - 1))):
            want = reference_evidence(index, sentence, mention.start, mention.end)
            assert index.evidence(mention.start, mention.end, sentence) == want
            assert index.evidence(mention.start, mention.end, sentence) == want  # cached


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(articles(), st.sampled_from([None, dt.date(2024, 9, 20), dt.date(2025, 1, 3)])),
                max_size=4))
def test_articles_indexed_together_are_indexed_as_one_by_one(articles_):
    together = ArticleIndex.many(articles_)
    assert len(together) == len(articles_)
    for (text, published), index in zip(articles_, together):
        alone = ArticleIndex(text, published)
        assert (index.text, index.reference, index.mentions, index._starts) == \
            (alone.text, alone.reference, alone.mentions, alone._starts)
        assert (index.norm.cased, index.norm.low, index.norm.raw_span(0, len(index.norm.cased))) == \
            (alone.norm.cased, alone.norm.low, alone.norm.raw_span(0, len(alone.norm.cased)))
        assert (index.sentences.starts, index.sentences.ends) == (alone.sentences.starts, alone.sentences.ends)


@settings(max_examples=150, deadline=None)
@given(articles(), st.sampled_from([None, dt.date(2024, 9, 20)]), st.randoms(use_true_random=False),
       st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), max_size=6))
def test_figures_read_a_paragraph_at_a_time_are_the_whole_scan(text, published, rnd, spans):
    """An article's figures are read a paragraph at a time, in whatever order the claims'
    sentences ask for them: the same figures as one scan of the whole text."""
    whole = scan(text, published)
    index = ArticleIndex(text, published)
    sentences = [index.sentence_raw(s) for s in index.sentences.starts] + spans
    rnd.shuffle(sentences)
    for s, e in sentences:
        assert index.mentions_between(s, e) == [m for m in whole if s <= m.start < e]
    assert index.mentions == whole
    assert [index.mentions_between(s, e) for s, e in sentences] == \
        [[m for m in whole if s <= m.start < e] for s, e in sentences]
    paragraphs = Paragraphs(Normalized(text), published)
    order = list(range(len(paragraphs)))
    rnd.shuffle(order)
    read = {k: paragraphs.figures(k) for k in order}
    assert [m for k in range(len(paragraphs)) for m in read[k]] == whole == paragraphs.all()


RESULT_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12) | \
    st.sampled_from(["", "\"", "\\", "\u2028", "\x00", "é", "\U0001F600"])


@st.composite
def results(draw):
    found = draw(st.booleans())
    return Result(
        id=draw(RESULT_TEXT), article=draw(RESULT_TEXT), version=draw(RESULT_TEXT),
        path=draw(RESULT_TEXT), kind=draw(RESULT_TEXT), status=draw(st.sampled_from(Outcome)),
        expected=draw(RESULT_TEXT), message=draw(RESULT_TEXT),
        found=draw(RESULT_TEXT) if found else None,
        span=Span(draw(st.integers(0, 10**6)), draw(st.integers(0, 10**6))) if found else None,
        line=draw(st.integers(1, 10**6)) if found else None,
        column=draw(st.integers(1, 10**6)) if found else None,
        evidence=draw(RESULT_TEXT) if found else None,
        warning=draw(st.booleans()),
        claim_pos=Position("claims.yaml", 3, 5),
        others=tuple(draw(st.lists(place(), max_size=2))))


@st.composite
def place(draw):
    """One more place an ambiguous claim's words locate."""
    return Result(id="x", article="a", version="a", path="p", kind="count", status=Outcome.AMBIGUOUS,
                  expected="3", found=draw(RESULT_TEXT), span=Span(draw(st.integers(0, 10**6)), 7),
                  line=draw(st.integers(1, 10**6)), column=2, evidence=draw(RESULT_TEXT))


def stdlib(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(results(), max_size=6))
def test_json_report_is_what_the_standard_library_writes(records):
    report = Report(records)
    assert render(report) == stdlib(report)


def test_json_report_of_unusual_values_falls_back_to_the_standard_library():
    odd = Result("a", "b", "b", "p", "count", Outcome.MISMATCH, "3", found="4",
                 span=Span(1, 2), line=True, column=2.0, evidence="x")
    report = Report([odd])
    assert render(report) == stdlib(report)
    assert '"line": true' in render(report)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | RESULT_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(RESULT_TEXT, inner, max_size=4),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_dumps_is_json_dumps_with_indent_1(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=1)


@given(results())
def test_a_result_built_fast_is_a_result(result):
    values = {f.name: getattr(result, f.name) for f in dataclasses.fields(Result)}
    fast = new_result(dict(values))
    assert fast == result and hash(fast) == hash(result) and repr(fast) == repr(result)
    assert fast.to_dict() == result.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.status = Outcome.PASS  # type: ignore[misc]
    assert dataclasses.replace(fast, message="x").message == "x"


def reference_chain(articles: dict[str, Article], name: str) -> list[str]:
    """Version chains as the engine built them before it mapped later versions once."""
    root, seen = name, {name}
    while articles[root].previous in articles and articles[root].previous not in seen:
        root = articles[root].previous
        seen.add(root)
    chain, queue = [], [root]
    while queue:
        current = queue.pop(0)
        if current in chain:
            continue
        chain.append(current)
        queue += [a.name for a in articles.values() if a.previous == current]
    return chain


def _acyclic(articles: dict[str, Article], name: str) -> bool:
    """Does following ``previous`` from ``name`` end without coming back?"""
    seen = {name}
    while articles[name].previous in articles:
        name = articles[name].previous
        if name in seen:
            return False
        seen.add(name)
    return True


@given(st.lists(st.one_of(st.none(), st.integers(0, 7), st.just(99)), min_size=1, max_size=8))
def test_version_chains_from_a_map_of_later_versions(previous):
    """Any graph of ``previous`` links: chains, branches, cycles, unknown names."""
    names = [f"v{i}" for i in range(len(previous))]
    articles = {n: Article(n, n, n, previous=None if p is None else f"v{p}")
                for n, p in zip(names, previous)}
    children = later_versions(articles)
    chains = version_chains(articles)
    assert set(chains) == set(names)
    for name in names:
        assert version_chain(articles, name, children) == reference_chain(articles, name)
        assert version_chain(articles, name) == reference_chain(articles, name)
        assert chains[name] == reference_chain(articles, name)
        if _acyclic(articles, name):
            # the versions of one story share one list: built once, not per article
            assert all(chains[m] is chains[name] for m in chains[name])


def test_a_json_check_loads_no_other_report_format(tmp_path):
    """The formats are imported on first use (a JSON run in CI pays for no HTML writer)."""
    code = ("import sys, io, contextlib\nfrom checker import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    code = cli.main(['check', 'claims.yaml', '--format', 'json'])\n"
            "print(code, sorted(m for m in sys.modules if m.startswith('checker.report.')))")
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True).stdout.split(" ", 1)
    assert out[0] == "0"
    assert out[1].strip() == "['checker.report.json', 'checker.report.output']"
    assert RENDERERS["html"] is __import__("checker.report.html", fromlist=["render"]).render


def reference_boundaries(text: str) -> list[int]:
    """Sentence ends as found before candidates were scanned for first: the boundary
    regex tried at every character."""
    from checker.text.sentences import _BOUNDARY, abbreviation_before
    ends = []
    for m in _BOUNDARY.finditer(text):
        if m.group("stop") is not None and m.group("stop") == "." and abbreviation_before(text, m.start()):
            continue
        ends.append(m.end())
    return ends


SENTENCE_BITS = st.sampled_from(["Trade rose", " ", ".", "!", "?", "...", "?!", "\n", "\r",
                                 "\r\n", "\t", "\u00b6", "\n\u00b6", "\r \r", "\"", "'", ")",
                                 "]", "(", "U.S.", "Dr.", "e.g.", "1.5", "Étude", "élan",
                                 "Ệ", "9", "a", "/.", "\u00a0", "\u2028", "A", "</p>", "<p>",
                                 "<br>", "</P >", "<", "</a>"])


@settings(max_examples=400, deadline=None)
@given(st.lists(SENTENCE_BITS, max_size=30).map("".join))
@example("He said so.\n\u00b6\nThen U.S. trade rose.\r\r9 more.")
@example("<p>Trade rose.</p>\n<p>It fell<br>9 more</p>")
def test_sentence_boundaries_found_from_candidates_are_the_plain_ones(text):
    from checker.text.sentences import Sentences
    sentences = Sentences(text)
    ends = reference_boundaries(text)
    # every sentence the plain scan would cut, trimmed as Sentences trims it
    spans = []
    for s, e in zip([0] + ends, ends + [len(text)]):
        while s < e and (text[s].isspace() or text[s] == "\u00b6"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\u00b6"):
            e -= 1
        if e > s:
            spans.append((s, e))
    assert list(zip(sentences.starts, sentences.ends)) == spans


def test_a_check_pauses_the_cyclic_collector_and_gives_it_back(work):
    """The collector is paused for a run (its objects form no cycles) and is as it was
    afterwards, also when the run ends in an error."""
    import gc

    import checker
    seen = []
    real = checker.engine.check_claim_set

    def spy(claim_set, indexes=None):
        seen.append(gc.isenabled())
        return real(claim_set, indexes)

    assert gc.isenabled()
    try:
        checker.engine.check_claim_set = spy
        assert checker.check("claims.yaml").ok
    finally:
        checker.engine.check_claim_set = real
    assert seen == [False] and gc.isenabled()
    with pytest.raises(checker.UserError):
        checker.check("no-such-claims.yaml")
    assert gc.isenabled()
    gc.disable()
    try:
        checker.check("claims.yaml")
        assert not gc.isenabled()     # left off by whoever turned it off
    finally:
        gc.enable()


def test_after_a_pause_the_run_objects_are_not_walked_at_once_and_nothing_leaks():
    """What a run allocated leaves the pause in the oldest generation (no collection of it
    at the next allocation), a cycle made inside is still collected later, and objects the
    program froze itself stay frozen."""
    import gc
    import weakref

    from checker.gcpause import paused

    class Node:
        pass

    assert gc.isenabled()
    with paused():
        kept = [[i] for i in range(50_000)]          # tracked objects that outlive the run
        a, b = Node(), Node()
        a.other, b.other = b, a                       # a cycle only the collector can free
        gone = weakref.ref(a)
        del a, b
    assert gc.isenabled() and gc.get_count()[0] < 1_000
    assert gone() is not None
    gc.collect()
    assert gone() is None and len(kept) == 50_000

    mine = [[1]]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused():
            more = [[i] for i in range(1_000)]
        assert gc.get_freeze_count() == frozen and gc.isenabled() and more and mine
    finally:
        gc.unfreeze()


# What starts a number, what may follow it, and pieces of what comes after: for the
# number readers' fast paths (a plain run of digits, a lone number word or rank).
_NUMBER_HEADS = ["1", "22", "150", "2024", "1,500", "2.5", ".5", "two", "twenty", "sixteen", "one", "first", "twelfth",
                 "thousandth", "a", "half", "quarter"]
_NUMBER_PIECES = ["1", "2", "4", "22", "1,500", "2.5", ".", ",", "-", "/", "%", ")", " ", "  ", "\n", "¶", "th", "st", "e5",
                  "x", "x 10^6", "^2", "*", "½", "k", "bn", "m", "mln", "tn", "trn", "b", "t", "n", "r", "s", "two",
                  "twenty", "one", "first", "fifth", "a", "an", "and", "half", "quarter", "quarters", "thirds", "point",
                  "hundred", "thousand", "million", "lakh", "crore", "dozen", "doz", "dz", "years", "people", "per",
                  "000", "é", "_", "'", "$"]


@settings(max_examples=1000, deadline=None)
@given(st.sampled_from(_NUMBER_HEADS), st.sampled_from(["", " ", " ", "-"]),
       st.lists(st.sampled_from(_NUMBER_PIECES), max_size=6), st.sampled_from(["", "x ", ".", "1.", "x.", "(", "\u00b2"]))
@example("150", " ", ["people"], "")
@example("2024", "", [".", "5"], "")
@example("2024", "", [",", " ", "the"], "")
@example("12", "", [".", "\u00b2"], "")
@example("5", "", [",", "000"], "1.")
@example("22", " ", ["x 10^6"], "")
@example("3", " ", ["and", " ", "a", " ", "half"], "")
@example("two", " ", ["and", " ", "a", " ", "half"], "")
@example("two", " ", ["thirds"], "")
@example("twenty", " ", ["one"], "")
@example("88", " ", ["billion"], "")
@example("5", " ", ["k"], "")
@example("2", " ", ["dz"], "")
@example("first", " ", ["time"], "")
@example("twenty", " ", ["first"], "")
@example("1", "", ["/", "4"], "")
@example("one", " ", ["point", " ", "five"], "")
def test_number_readers_fast_paths_read_what_the_full_readers_read(head, sep, pieces, before):
    from checker.extraction import numbers
    low = before + head + sep + "".join(pieces)
    fast = numbers.read_number(low, len(before))
    numbers.FAST_PATHS = False
    try:
        full = numbers.read_number(low, len(before))
    finally:
        numbers.FAST_PATHS = True
    assert fast == full, low
    assert fast is None or type(fast.value) is type(full.value), low


_WORD_LISTS = {
    "qualifiers": lambda L: list(L.QUALIFIERS_BEFORE), "after": lambda L: list(L.QUALIFIERS_AFTER),
    "currencies": lambda L: list(L.CURRENCY_SUFFIXES), "prefixes": lambda L: list(L.CURRENCY_PREFIXES),
    "months": lambda L: list(L.MONTHS), "directions": lambda L: list(L.DIRECTIONS_BEFORE),
    "numbers": lambda L: [*L.UNITS, *L.TENS, *L.ORDINAL_WORDS],
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_WORD_LISTS)), st.data())
@example("currencies", None)
def test_trie_alternations_match_what_flat_ones_match(which, data):
    import re

    from checker.extraction import lexicon as L
    words = _WORD_LISTS[which](L)
    if data is None:
        pieces = ["us dollars", " ", "us", "$", "usd", "dollar"]
    else:
        pieces = data.draw(st.lists(st.sampled_from([*words, *(w[:-1] for w in words if len(w) > 1), " ", "  ", "\n", ".",
                                                     "s", "x", "-"]), max_size=8))
    text = "".join(pieces)
    L.TRIE_ALTERNATIONS = False
    try:
        flat = L.alternation(words)
    finally:
        L.TRIE_ALTERNATIONS = True
    trie = L.alternation(words)
    assert trie != flat
    for tail in ("", r"(?![a-z])", r"\s*\Z"):
        a, b = re.compile("(?:%s)%s" % (flat, tail)), re.compile("(?:%s)%s" % (trie, tail))
        for i in range(len(text) + 1):
            fa, fb = a.match(text, i), b.match(text, i)
            assert (fa and fa.span()) == (fb and fb.span()), (text, i, tail)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["nearly", "about", "up", "fell", "by", "of", "than", "more", "rose", "~", "<", " ",
                                 ",", "x", "-", "minus", "negative", "in", "since", "year", "\u00a0", "\n"]),
                max_size=8).map("".join), st.integers(0, 12))
@example("more than", 0)
@example("rose by", 3)
@example("", 0)
def test_tails_by_last_character_and_the_sign_check_are_the_plain_tests(text, k):
    from checker.extraction import qualifiers, ranges
    from checker.extraction.scan import Scan
    from checker.text.normalize import Normalized
    for tails, by_last in ((qualifiers._QUALIFIER_TAILS, qualifiers._QUALIFIER_TAILS_BY_LAST),
                           (qualifiers._DIRECTION_TAILS, qualifiers._DIRECTION_TAILS_BY_LAST)):
        t = by_last.get(text[-1:])
        assert (t is not None and text.endswith(t, k)) == text.endswith(tails, k)
    sc = Scan(Normalized(text + "5"), None)
    if len(sc.low) != len(text) + 1:
        return
    pos = len(text)
    for floor in (0, min(k, pos)):
        sc.floor = floor
        plain = sc.left(ranges._SIGN, pos, 10)
        assert ranges.sign(sc, pos) == (plain.start() if plain else None)


FIELD_PIECES = st.sampled_from(["Recall date", "Population", "LOCATION", "Well", "Note", "the", "3", ":", ": ",
                                ":\t", "...", "..", ".", " ", "\t", "\n", "\r\n", "\n\u00b6", "\u00b6 ", "x",
                                "25.9N", "WINDS", "(a)", "-", "3:15"])


@settings(max_examples=400, deadline=None)
@given(st.lists(FIELD_PIECES, max_size=40).map("".join))
@example("Recall date: August 27, 2026\nRecall number: 26-318\n\nNote: prose")
@example("MAXIMUM SUSTAINED WINDS...115 MPH\nLOCATION...25.9N 78.6W")
def test_field_lines_found_from_their_marks_are_the_pattern_tried_everywhere(text):
    """Only the lines holding a colon and a space, or three dots, are tried as fields:
    the same lines the field pattern finds tried at every character."""
    from checker.text.sentences import _FIELD_LINE, _field_lines
    assert _field_lines(text) == [(m.start(), m.end(), m.group("para") is not None)
                                  for m in _FIELD_LINE.finditer(text)]


def test_a_printable_sentence_holds_no_white_space_but_spaces():
    """``ArticleIndex.evidence`` takes a printable sentence without two spaces in a row to
    be one line already, without searching it: that holds only if every white space
    character other than the space is unprintable (a newer Unicode could change it)."""
    import re
    from checker.locate import _NOT_ONE_LINE
    printable_space = [hex(i) for i in range(0x110000) if chr(i).isspace() and chr(i) != " " and chr(i).isprintable()]
    assert printable_space == []
    assert all(re.fullmatch(r"\s", chr(i)) is not None for i in range(0x110000) if chr(i).isspace())
    for chunk in ("one line", "two  spaces", "a\u00a0b", "line\nbreak", "tab\there"):
        assert (chunk.isprintable() and "  " not in chunk) <= (_NOT_ONE_LINE.search(chunk) is None)

"""The engine's dispatch runs at each candidate only the rules that declare they can read
a figure there (``Rule.reads``, ``.at``, ``.after``); it must change no result.

Every text the project holds (the corpora beside the rules, the bundled articles) and
generated soups of trigger words, numbers and punctuation are read twice, with dispatch
and with every rule tried at every candidate, and must give the same mentions, rule
names included. A gate written too narrow for its rule fails here with the text.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extraction import engine
from checker.extraction import lexicon as L
from checker.extraction.scan import Rule

REF = dt.date(2024, 9, 20)
EXTRACT_DIR = Path(engine.__file__).resolve().parent
ROOT = EXTRACT_DIR.parent.parent


WIDEN = ("a rule read a figure here only with every rule tried: its gate (Rule.reads, .at or "
         ".after beside it in <kind>/rules.py) is narrower than what the rule now reads; widen it")


def _both(text: str, ref=REF) -> tuple[list, list]:
    with_dispatch = engine.scan(text, ref)
    engine.DISPATCH = False
    try:
        every_rule = engine.scan(text, ref)
    finally:
        engine.DISPATCH = True
    return ([(m, m.rule, m.inclusive) for m in with_dispatch],
            [(m, m.rule, m.inclusive) for m in every_rule])


def _corpus_texts():
    for path in sorted(EXTRACT_DIR.glob("*/corpus.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ref = data.get("reference")
        for section in ("positives", "negatives"):
            for entry in data.get(section) or []:
                yield (entry["text"] if isinstance(entry, dict) else entry), ref


def test_dispatch_changes_nothing_on_the_corpora():
    texts = list(_corpus_texts())
    assert len(texts) > 300
    for text, ref in texts:
        a, b = _both(text, ref)
        assert a == b, f"{WIDEN}: {text!r}"


def test_dispatch_changes_nothing_on_the_articles():
    articles = sorted(ROOT.glob("articles/**/*.md")) + sorted(ROOT.glob("articles/**/*.txt"))
    assert articles
    for path in articles:
        text = path.read_text(encoding="utf-8")
        a, b = _both(text, None)
        assert a == b, f"{WIDEN}: {path}"


_WORDS = sorted({*L.MONTHS, *L.UNITS, *L.TENS, *L.SCALES, *L.ORDINAL_WORDS, *L.WEEKDAYS,
                 *L.QUALIFIERS_BEFORE, *L.CURRENCY_PREFIXES, *L.CURRENCY_SUFFIXES, *L.TIME_UNITS,
                 "per", "cent", "percent", "pct", "pp", "percentage", "points", "ago", "from", "now", "to",
                 "and", "between", "the", "of", "on", "in", "no.", "No", "UNGA", "COP", "s", "'s", "th",
                 "st", "nd", "rd", "bn", "m", "k", "mln", "century", "Q3", "H1", "this", "next", "last",
                 # words that are candidates only where their rules' gates hold
                 *(w for w, t in engine._WORD_TRIGGERS.items() if t in engine._WORD_GATES),
                 "Christmas Day", "International Workers' Day", "Martin Luther King Jr. Day", "eve",
                 "day", "weeks", "few", "couple", "weekend"})
_NUMBERS = st.one_of(
    st.integers(0, 40).map(str), st.integers(1000, 2300).map(str), st.integers(1, 31).map(lambda n: f"{n}th"),
    st.tuples(st.integers(1, 999), st.integers(0, 999)).map(lambda t: f"{t[0]},{t[1]:03d}"),
    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.tuples(st.integers(1, 31), st.integers(1, 12), st.integers(1990, 2030)).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.tuples(st.integers(2000, 2030), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.sampled_from(["½", "1½", "80s", "1990s", "'90s", "2 1/2", "5e3", "3.5bn", "US$5", "$ 20"]),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", "", "-", " - ", "\n", ", ", "/", ".", " to ", "%"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.one_of(_NUMBERS, st.sampled_from(_WORDS)), _SEPARATORS), min_size=1, max_size=20))
def test_dispatch_changes_nothing_on_soups(tokens):
    text = "".join(a + b for a, b in tokens)
    for t in (text, text.capitalize(), text.upper()):
        a, b = _both(t)
        assert a == b, f"{WIDEN}: {t!r}"


@pytest.mark.parametrize("first", ["International", "past", "current", "Easter"])
@pytest.mark.parametrize("more", [38, 39, 40])
def test_a_word_left_out_by_its_gate_starts_no_run_of_trigger_words(first, more):
    """A run of trigger words is skipped from its first candidate; a word its rules' gates
    leave out is none, with dispatch on or off, so the run counts from the next word."""
    for text in (f"{first} " + "one " * more + "rose 5%.", "x " * 100 + f"{first}, " + "two-" * more):
        a, b = _both(text)
        assert a == b, text
    twos = [m for m, _, _ in a if m.text == "two"]
    candidate = engine._WORD_GATES[engine._WORD_TRIGGERS[first.lower()]].match(text.lower(), 200) is not None
    run = more + candidate
    assert len(twos) == (0 if run >= engine._WORD_RUN_MIN else more), text


def test_a_rule_that_declares_nothing_runs_everywhere():
    rules = [r for r in engine._BY_TRIGGER["digits"] if r.reads is None and not r.at and not r.after]
    chooser = engine._Dispatch(engine._BY_TRIGGER["digits"])
    digits = engine._DISPATCH["digits"]
    at_none = tuple(None for _ in range(digits.at.groups)) if digits.at else None
    after_none = tuple(None for _ in range(digits.after.groups)) if digits.after else None
    for ordinal in (True, False):
        chosen = chooser.choose((ordinal, at_none, after_none))
        assert all(r in chosen for r in rules)
    # and a rule added without gates is kept, in its place, wherever nothing else holds
    extra = Rule("test rule", "digits", lambda sc, c: None, 55)
    chooser = engine._Dispatch(sorted([*engine._BY_TRIGGER["digits"], extra], key=lambda r: r.priority))
    assert extra in chooser.choose((True, at_none, after_none))
    assert extra in chooser.choose((False, at_none, after_none))


def test_gates_must_not_use_back_references():
    with pytest.raises(ValueError, match="back-reference"):
        engine._Dispatch([Rule("r", "digits", lambda sc, c: None, at=r"(?P<s>[/-])\d(?P=s)")])

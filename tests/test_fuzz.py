"""Fuzzing (issue 5): arbitrary YAML and arbitrary text against the loader, the extractor
and the command. The only outcomes allowed: a result (a ClaimSet, a list of Mentions, a
report with exit 0 or 1), or exit 2 with ``path:line:col: message`` lines. Never an
uncaught exception, never an "internal error".

The default run gives each target 2,000 examples of small inputs (the whole file takes
well under a minute); ``pytest -m slow tests/test_fuzz.py`` (nightly CI) gives each
20,000 examples of larger inputs.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import checker
import checker.cli as cli
from checker.claims import load_claims
from checker.errors import UserError
from checker.model import MENTION_KINDS, ClaimSet

DEFAULT = settings(max_examples=2000, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                          HealthCheck.data_too_large])
NIGHTLY = settings(DEFAULT, max_examples=20_000)
POSITIONED = re.compile(r"[^:\n]+:\d+:\d+: \S[^\n]*\Z")
LINE_BREAKING = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
ARTICLE = ("date 2024-09-20 HÀ NỘI — In the first eight months of this year, bilateral trade "
           "reached nearly 88 billion USD, up 22%.\nThe talks ran from September 22-24, at the "
           "79th session; some 1,500 delegates from 193 countries attended for three days.\n")


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLOCK_DEBUG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


# --- what is thrown ---------------------------------------------------------------------

KEYS = st.sampled_from(["version", "articles", "claims", "drift", "path", "published", "previous",
                        "id", "article", "about", "count", "number", "percent", "money", "date",
                        "dates", "year", "years", "ordinal", "duration", "text", "absent",
                        "tolerance", "ignore", "note", "country", "dollar", "numeric_dates",
                        "a", "b", "<<", ""])
FIGURES = st.sampled_from(["nearly 88 billion USD", "up 22%", "2024-09-22..2024-09-24", "79",
                           "79th", "September 22-24", "some 1,500", "three days", "1500", "5%",
                           "0.5", "case", "diacritics", "articles/a.txt", "a", "b", "fail", "warn",
                           "1e999", "9" * 120, "-1", "nan", "inf", "../a.txt", "/etc/passwd",
                           "NZ", "nzd", "day-first", "month-first", "KE"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.dates(),
                    st.datetimes(), st.text(max_size=12), FIGURES)
TREES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(KEYS, SCALARS.filter(lambda v: v is not None)), inner, max_size=5)),
    max_leaves=10)
CLAIM = st.dictionaries(KEYS, st.one_of(SCALARS, st.lists(SCALARS, max_size=3),
                                        st.dictionaries(st.sampled_from(["a", "b", "c"]), FIGURES,
                                                        max_size=2)), max_size=6)
LEDGERS = st.builds(lambda articles, claims, extra: {**extra, "articles": articles, "claims": claims},
                    st.one_of(st.just({"a": {"path": "articles/a.txt"}}),
                              st.dictionaries(st.sampled_from(["a", "b", "c"]),
                                              st.dictionaries(KEYS, st.one_of(FIGURES, SCALARS),
                                                              max_size=3), max_size=3)),
                    st.lists(CLAIM, max_size=4),
                    st.dictionaries(KEYS, SCALARS, max_size=2))
#: Pieces of YAML syntax, for texts that are almost YAML.
YAML_BITS = st.sampled_from(["articles:", "claims:", "\n", "\n  ", "\n    ", "- ", ": ", "{", "}",
                             "[", "]", ", ", "&a ", "*a", "&b ", "*b", "!!python/object:os.system ",
                             "!!str ", "!x ", "\t", "#", "'", '"', "|\n", ">\n", "---\n", "...\n",
                             "%YAML 1.1\n", "? ", "<<: ", "id: x", "about: trade", "money: 88 USD",
                             "path: articles/a.txt", "\\", "\ufeff", "é", "\r\n", "\x85", "\u2028"])
YAMLISH = st.lists(st.one_of(YAML_BITS, st.text(max_size=4)), max_size=30).map("".join)
#: Words and signs the extractor reacts to, and some it must not.
TEXT_BITS = st.sampled_from([
    "1", "22", "1,500", "88", "2024", "0.5", ".5", "1-", "-", "–", "—", "%", " per cent", "$", "US$",
    "USD", "VND", "€", "£", "¥", "bn", " billion", " million", "k", "th", "st", " ", "  ", "\n", "\r\n",
    "\n\n", "(", ")", "/", ".", ",", ":", "'", "\"", "nearly ", "about ", "over ", "at least ",
    "up ", "down ", "rose ", "fell ", "between ", " and ", "from ", " to ", "one ", "twenty-",
    "first", "hundred", "thousand", "dozen", "half", "quarter", "a ", "an ", "January", "Sept.",
    "September ", "22-24", "Monday", "this year", "last year", "2020s", "the 1990s", "decade",
    "years", "months", "days", "week", "hour", "Q3", "H1", "mid-", "COVID-19", "http://x.y/1-2",
    "www.", "e9", "^", "×10^", "½", "¾", "1/2", "\u0301", "\ufeff", "\u00a0", "\t", "¶", "x"])
TEXTS = st.one_of(st.lists(st.one_of(TEXT_BITS, st.text(max_size=3)), max_size=40).map("".join),
                  st.text(max_size=60))


# --- the properties ---------------------------------------------------------------------

def _loader_outcome(data: bytes) -> None:
    Path("claims.yaml").write_bytes(data)
    try:
        loaded = load_claims("claims.yaml")
    except UserError as error:
        assert error.problems
        for p in error.problems:
            assert p.path == "claims.yaml" and p.line >= 1 and p.column >= 1 and p.message, p
    else:
        assert isinstance(loaded, ClaimSet)


def _extract_outcome(text: str) -> None:
    found = checker.extract(text)
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    for m in found:
        assert m.kind in MENTION_KINDS
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text, m


def _cli_outcome(capsys, claims: bytes, article: bytes | None, fmt: str) -> None:
    Path("claims.yaml").write_bytes(claims)
    if article is not None:
        Path("articles/a.txt").write_bytes(article)
    code = cli.main(["check", "--format", fmt, "--color", "never"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err, err
    if code in (0, 1):
        assert out and err == "", (code, out, err)
    else:
        assert code == 2 and out == "", (code, out, err)
        lines = err.split("\n")[:-1]
        assert err.endswith("\n") and lines, err
        assert all(POSITIONED.match(line) and not LINE_BREAKING.search(line) for line in lines), lines


_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _dump(tree) -> bytes:
    return yaml.dump(tree, Dumper=_DUMPER, allow_unicode=True).encode("utf-8")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# --- the default run: 2,000 examples per target -------------------------------------------

@DEFAULT
@given(TREES)
def test_loader_arbitrary_structures(tree):
    _loader_outcome(_dump(tree))


@DEFAULT
@given(LEDGERS)
def test_loader_arbitrary_ledgers(tree):
    _loader_outcome(_dump(tree))


@DEFAULT
@given(st.one_of(YAMLISH.map(_encode), st.binary(max_size=64)))
def test_loader_arbitrary_text_and_bytes(data):
    _loader_outcome(data)


@DEFAULT
@given(TEXTS)
def test_extractor_arbitrary_text(text):
    _extract_outcome(text)


@DEFAULT
@given(LEDGERS, st.sampled_from(["text", "json"]))
def test_cli_arbitrary_ledgers(capsys, tree, fmt):
    _cli_outcome(capsys, _dump(tree), None, fmt)


@DEFAULT
@given(st.one_of(TEXTS.map(_encode), st.binary(max_size=40)),
       st.sampled_from(["text", "json", "markdown", "github", "sarif", "junit"]))
def test_cli_arbitrary_articles(capsys, article, fmt):
    claims = ("articles:\n  a: {path: articles/a.txt, published: 2024-09-20}\nclaims:\n"
              "  - {id: trade, about: [trade, a], money: nearly 88 billion USD}\n"
              "  - {id: growth, about: up, percent: up 22%, tolerance: 1}\n"
              "  - {id: dates, about: talks, dates: 2024-09-22..2024-09-24}\n"
              "  - {id: session, about: session, ordinal: 79}\n"
              "  - {id: name, text: Hà Nội, ignore: [case, diacritics]}\n")
    if fmt not in cli.RENDERERS:
        fmt = "json"
    _cli_outcome(capsys, claims.encode(), article, fmt)




# --- nightly: pytest -m slow ---------------------------------------------------------------

BIG_TEXTS = st.lists(st.one_of(TEXT_BITS, st.text(max_size=8)), max_size=400).map("".join)
BIG_TREES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=8), st.dictionaries(st.one_of(KEYS, st.text(max_size=6)), inner,
                                                 max_size=8)), max_leaves=200)


@pytest.mark.slow
@NIGHTLY
@given(st.one_of(BIG_TREES.map(_dump), LEDGERS.map(_dump), YAMLISH.map(_encode), st.binary()))
def test_nightly_loader(data):
    _loader_outcome(data)


@pytest.mark.slow
@NIGHTLY
@given(st.one_of(BIG_TEXTS, st.text(max_size=2000)))
def test_nightly_extractor(text):
    _extract_outcome(text)


@pytest.mark.slow
@NIGHTLY
@given(st.one_of(LEDGERS.map(_dump), YAMLISH.map(_encode)),
       st.one_of(st.none(), BIG_TEXTS.map(_encode), st.binary(max_size=200)))
def test_nightly_cli(capsys, claims, article):
    _cli_outcome(capsys, claims, article, "json")


def test_budgets_are_as_documented():
    assert DEFAULT.max_examples >= 2000 and NIGHTLY.max_examples >= 10 * DEFAULT.max_examples
    assert os.path.exists(Path(__file__).parents[1] / "docs" / "bad-input.md")

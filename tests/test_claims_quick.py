"""The claims loader's quick path for the common claim against its general path.

``_Builder.quick_claim`` reads a claim of exactly id, article, about and one figure in
fewer steps, and declines anything else. On generated ledgers (claims of that shape and
of every other, valid and broken, flow and block style), loading with and without it
gives the same ClaimSet (the same Claims, Positions and expected figures) or the same
problems, in the same order, at the same places.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker.claims import load_claims, schema
from checker.claims.loader import read_document

SETTINGS = settings(max_examples=400, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

ARTICLE = ("HÀ NỘI — In the first eight months of this year, bilateral trade reached nearly "
           "88 billion USD, up 22%. The talks ran from September 22-24, at the 79th session, "
           "with 150 heads of state in 2024.\n")

#: Articles: dated, dated by its dateline, a later version of the first, one whose bare
#: "$" is another dollar, one named by a number; and in BROKEN, one that is missing
#: (every claim is read, none kept).
HEAD = """\
articles:
  a: {path: a.txt, published: 2024-09-20}
  b:
    path: b.txt
  c: {path: a.txt, previous: a}
  d: {path: a.txt, published: 2024-09-20, dollar: NZD}
  2024: {path: a.txt}
claims:
"""
BROKEN = HEAD.replace("claims:", "  gone: {path: missing.txt}\nclaims:")

ARTICLES = ["a", "b", "c", "d", "2024", "gone", "nowhere", "'a'", "A"]
IDS = ["trade", "x1", "a.b:c-d_e", "trade", "-bad", "has space", "2024", "'quoted'", "''", "é"]
ABOUTS = ["bilateral trade", "[talks, 'the 79th']", "'heads of state'", "...", "''", "'  '", "[trade, talks]",
          "[]", "[trade, '']", "[trade, 3]", "[trade, [talks]]", "2024", "{a: b}", "session", "talks",
          "\"the 79th\"", "[\"talks\", 'session']", "yes", "~"]
FIGURES = {
    "money": ["nearly 88 billion USD", "$88bn", "88e9 USD", "lots", "'nearly 88 billion USD'"],
    "percent": ["up 22%", "22", "22%", "up 22 pc"],
    "count": ["150", "150 heads", "nearly 1500", "many"],
    "number": ["150", "1,500", "x"],
    "dates": ["September 22-24", "2024-09-22..2024-09-24", "2024-09-24..2024-09-22", "September"],
    "date": ["2024-09-22", "September 22", "September 31"],
    "year": ["2024", "'2024'", "20245", "2024-01-01"],
    "years": ["2022-2023", "the 2000s", "2023"],
    "ordinal": ["79", "79th", "seventy", "first"],
    "duration": ["30 years", "two years", "years"],
    "text": ["HÀ NỘI", "x", "''", "3"],
    "absent": ["To Lam", "trade"],
}
EXTRAS = ["note: checked", "drift: warn", "tolerance: 5%", "ignore: case", "idd: x", "about: again",
          "money: 1 USD", "id: again", "article: a", "money: {a: 88 billion USD, c: 89 billion USD}",
          "text: [a, b]", "year: ~", "year:"]

KINDS = sorted(FIGURES)


def _pick(draw, values: list[str], good: int, clean: bool):
    """One of ``values``: in a clean ledger one of its first ``good`` (which read
    without a problem), else mostly those."""
    return draw(st.sampled_from(values[:good] if clean or draw(st.integers(0, 9)) < 8 else values))


@st.composite
def claims(draw, n: int, clean: bool):
    """The n-th claim as a list of 'key: value' entries (most of the common shape)."""
    kind = draw(st.sampled_from(KINDS))
    claim_id = f"c{n}" if clean or draw(st.integers(0, 9)) < 8 else draw(st.sampled_from(IDS))
    entries = [f"id: {claim_id}", f"article: {_pick(draw, ARTICLES, 4, clean)}",
               f"about: {_pick(draw, ABOUTS, 3, clean)}",
               f"{kind}: {_pick(draw, FIGURES[kind], 2, clean)}"]
    if draw(st.integers(0, 3)) == 0:   # a key left out, or another added
        if draw(st.booleans()) and not clean:
            entries.pop(draw(st.integers(0, 3)))
        else:
            entries.insert(draw(st.integers(0, 4)), _pick(draw, EXTRAS, 2, clean))
    if draw(st.integers(0, 4)) == 0:
        entries = draw(st.permutations(entries))
    return entries


@st.composite
def ledgers(draw):
    """A claims file: clean (every claim reads) or not, each claim in flow or block style."""
    clean = draw(st.booleans())
    head = HEAD if clean else draw(st.sampled_from([HEAD, BROKEN]))
    if draw(st.booleans()):
        head = "drift: warn\n" + head   # the claims' default policy
    lines = [head.rstrip("\n")]
    for n in range(draw(st.integers(1, 8))):
        entries = draw(claims(n, clean))
        if draw(st.booleans()) and not any(e.endswith(":") for e in entries):
            lines.append("  - {" + ", ".join(entries) + "}")
        else:
            lines.append("  - " + entries[0])
            lines.extend("    " + e for e in entries[1:])
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "a.txt").write_text(ARTICLE, encoding="utf-8")
        (Path(d) / "b.txt").write_text("date 2025-09-20\n" + ARTICLE, encoding="utf-8")
        os.mkdir(Path(d) / ".git")      # the folder is the repository articles stay inside
        yield Path(d)


def _load(path: Path, quick: bool):
    """What building the claim set gives (before ``load_claims`` keeps either the claims
    or the problems): every claim, article and text, and the problems in their order."""
    before = schema.QUICK_CLAIMS
    schema.QUICK_CLAIMS = quick
    try:
        doc, problems = read_document(str(path))
        claim_set, more = schema.build_claim_set(doc, str(path.parent))
    finally:
        schema.QUICK_CLAIMS = before
    return (claim_set.claims, claim_set.articles, claim_set.texts,
            [str(p) for p in problems + more])


def test_the_quick_path_is_on():
    assert schema.QUICK_CLAIMS


@SETTINGS
@given(text=ledgers())
@example(text=HEAD + "  - {id: t, article: a, about: trade, money: nearly 88 billion USD}\n")
@example(text=HEAD + "  - {id: t, article: a, about: trade, money: lots}\n"
                     "  - {id: t, article: a, about: talks, ordinal: 79th}\n")
@example(text=BROKEN + "  - {id: t, article: gone, about: trade, year: 20245}\n")
@example(text=HEAD + "  - id: t\n    article: a\n    about: [trade, talks]\n    year: 2024\n")
@example(text=HEAD + "  - {id: t, article: a, about: trade, about: talks}\n")
@example(text=HEAD + "  - {id: t, article: a, about: trade, about: talks, year: 2024}\n")
@example(text=HEAD + "  - id: t\n    article: a\n    about: trade\n    year: 2024\n    about: talks\n")
@example(text=HEAD + "  - {id: t, article: a, about: trade, year: 2024, note: checked}\n")
@example(text=HEAD + "  - {id: t, article: a, about: trade, year: 2024}\n" * 2
         + "  - id: t\n    article: a\n    about: talks\n    year: 2024\n")
@example(text="drift: warn\n" + HEAD + "  - {id: t, article: c, about: trade, year: 2024}\n")
def test_quick_and_general_paths_agree(folder, text):
    path = folder / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    quick, general = _load(path, True), _load(path, False)
    assert quick == general, text
    for q, g in zip(quick[0], general[0]):   # the same objects, field for field
        assert vars(q) == vars(g)
        assert vars(q.pos) == vars(g.pos) and vars(q.figure_pos) == vars(g.figure_pos)


def test_generated_ledgers_are_often_valid(folder):
    """The property above compares Claims, not only problems, in many of its cases."""
    seen = []

    @settings(SETTINGS, max_examples=200)
    @given(text=ledgers())
    def run(text):
        path = folder / "claims.yaml"
        path.write_text(text, encoding="utf-8")
        seen.append("problems" if _load(path, True)[3] else "claims")
    run()
    assert seen.count("claims") >= 20 and seen.count("problems") >= 20, seen.count("claims")


def test_common_claims_take_the_quick_path(folder, monkeypatch):
    """A ledger of the common shape never reaches the general path."""
    lines = [HEAD.rstrip("\n")]
    for i, (kind, figures) in enumerate(FIGURES.items()):
        lines.append(f"  - {{id: c{i}, article: a, about: bilateral trade, {kind}: {figures[0]}}}")
        lines.append(f"  - id: d{i}\n    article: b\n    about: [talks, session]\n    {kind}: {figures[0]}")
    (folder / "claims.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def general(*args):
        raise AssertionError("the general path read a claim of the common shape")
    monkeypatch.setattr(schema._Builder, "claim", general)
    claim_set = load_claims(str(folder / "claims.yaml"))
    assert len(claim_set.claims) == 2 * len(FIGURES)
    assert claim_set.claims[0].expected is not None

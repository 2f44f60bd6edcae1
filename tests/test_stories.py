"""Sample stories in many house styles, each with an editor's hand-written claims.

``tests/stories/NAME/`` holds an article (``article.txt`` or ``article.md``; ``revision``
holds two versions) and the ``claims.yaml`` an editor wrote for it, in the styles of
wire copy, papers, press releases, encyclopaedias and data releases. They are our own
invented texts. The bundled VNA example is one style; these keep the engine honest on
the others: every claim holds on the untouched text, every neutral rewrite of the whole
article (``example_edits.NEUTRAL``) keeps it holding, and every edit of a claimed figure
makes its claim fail.

A story whose claims need a new outcome, or a neutral edit that genuinely changes a
story's facts, is recorded below with its reason, so a change of behaviour shows up here
as a failing test rather than silently.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import checker
from example_edits import NEUTRAL, apply_edits, key, mutations_of_wording, read_article

STORY_ROOT = Path(__file__).resolve().parent / "stories"
STORIES = sorted(p.name for p in STORY_ROOT.iterdir() if (p / "claims.yaml").is_file())

#: (story, result key) -> the status the claim gets on the untouched story, and why.
#: Everything else must pass.
OUTCOMES: dict[tuple[str, str], tuple[str, str]] = {
    ("age", "actor-wrong"): ("mismatch", "a wrong claim on purpose: the actor died at 87"),
    ("budget", "growth-2024"): ("ambiguous", "'grow by' locates the 2024 and the 2025 forecasts"),
    ("bulletin", "london-rate"): ("mismatch", "a table row: about words find the row ('London'), not its column; "
                                             "the nearest cell is the case count"),
    ("court", "max"): ("mismatch", "'a maximum of 110 years' is a bound; the claim says exactly"),
    ("elec", "since"): ("mismatch", "'since 2001' is a period from 2001; the claim asks for the year"),
    ("health", "stopped"): ("mismatch", "'About one in six' is approximate; the claim says exactly"),
    ("quake", "since"): ("mismatch", "'since February 2023' runs on from February; the claim is the month"),
    ("weather", "reservoirs-before"): ("mismatch", "'down from 27%' states the level before, not a fall of 27"),
    ("revision", "revenue@v2"): ("drift", "v2 restates revenue and the claims file does not say so"),
    ("revision", "yoy@v2"): ("drift", "v2 restates the yearly growth"),
    ("revision", "staff@v2"): ("drift", "v2 restates the head count"),
}

#: (story, neutral edit) -> why that edit is not neutral for that story's text.
NOT_NEUTRAL: dict[tuple[str, str], str] = {}

#: (story, claim id, mutation label) -> why the claim rightly still holds.
STILL_HOLDS: dict[tuple[str, str, str], str] = {
    ("bio", "born", "digit"): "the edit moves the other end of the lifespan, her death year",
    ("bio", "died", "month"): "the edit moves the other end of the lifespan, her birth month",
}


def _articles(story: str) -> dict[str, str]:
    folder = STORY_ROOT / story
    return {p.name: read_article(p) for p in sorted(folder.iterdir())
            if p.suffix in (".txt", ".md")}


def _check(folder: Path) -> dict[str, "checker.Result"]:
    return {key(r): r for r in checker.check(str(folder / "claims.yaml")).results}


def _copy(story: str, dest: Path, texts: dict[str, str], bom: bool = False) -> Path:
    shutil.copyfile(STORY_ROOT / story / "claims.yaml", dest / "claims.yaml")
    for name, text in texts.items():
        (dest / name).write_bytes((("\ufeff" if bom else "") + text).encode("utf-8"))
    return dest


def test_there_are_stories():
    assert len(STORIES) >= 30, STORIES
    for story in STORIES:
        assert _articles(story), f"{story}: no article.txt or article.md"


def test_every_recorded_outcome_names_a_claim():
    for story, name in OUTCOMES:
        assert name in _check(STORY_ROOT / story), f"{story}: no claim {name!r}"


@pytest.mark.parametrize("story", STORIES)
def test_story_claims_hold(story):
    results = _check(STORY_ROOT / story)
    assert len(results) >= 5
    got = {name: r.status.value for name, r in results.items()}
    want = {name: OUTCOMES.get((story, name), ("pass", ""))[0] for name in results}
    wrong = {name: (got[name], r.found, r.message) for name, r in results.items()
             if got[name] != want[name]}
    assert not wrong, wrong


@pytest.mark.parametrize("story", STORIES)
def test_story_neutral_edits_keep_claims(story, tmp_path):
    """Every whole-article neutral rewrite leaves each passing claim passing."""
    base = _check(STORY_ROOT / story)
    passing = {name for name, r in base.items() if r.status.value == "pass"}
    texts = _articles(story)
    alarms = {}
    for edit, (rewrite, bom) in NEUTRAL.items():
        folder = tmp_path / edit
        folder.mkdir()
        _copy(story, folder, {n: rewrite(t) for n, t in texts.items()}, bom)
        broke = {name: (r.status.value, r.found) for name, r in _check(folder).items()
                 if name in passing and r.status.value != "pass"}
        if broke:
            alarms[edit] = broke
    known = {e for (s, e) in NOT_NEUTRAL if s == story}
    assert set(alarms) == known, {e: alarms.get(e, "no alarm any more") for e in set(alarms) ^ known}


@pytest.mark.parametrize("story", STORIES)
def test_story_figure_edits_fail_their_claim(story, tmp_path):
    """Each claimed figure changed in the article (a digit, a month, a scale word, a
    qualifier, a direction, a number word) makes the claim that covers it fail."""
    base = _check(STORY_ROOT / story)
    texts = _articles(story)
    undetected, tried = [], 0
    for name, r in base.items():
        if r.status.value != "pass" or r.span is None or r.kind in ("text", "absent"):
            continue
        article = Path(r.path).name
        text = texts[article]
        wording = text[r.span.start:r.span.end]
        for label, edit, token in mutations_of_wording(article, r.span.start, wording):
            tried += 1
            edited, _ = apply_edits(texts, (edit,))
            folder = tmp_path / f"{len(undetected)}-{tried}"
            folder.mkdir()
            _copy(story, folder, edited)
            after = _check(folder)[name]
            if after.status.value == "pass" and (story, r.id, label) not in STILL_HOLDS:
                undetected.append((name, label, wording, edit.new, after.found))
    assert tried, f"{story}: no claimed figure could be edited"
    assert not undetected, undetected

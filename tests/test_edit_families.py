"""Families of systematic edits beyond the other batteries (tests/edit_families.py), over
the bundled example and every story: a harmful edit must fail the claim whose figure it
edits; a neutral one must keep every claim that held.

``RECORDED`` holds the edits that go otherwise, each with why: what the claim language
does not state (so the edit changes nothing a claim says), or what is left to do.
A record that no longer happens fails the test, as does a new problem.
"""
from __future__ import annotations

import pytest

import edit_families as EF

#: case id -> (verdict, why)
RECORDED: dict[str, tuple[str, str]] = {
    # bound-added: conventions
    "baseball:games-ahead:''->'up to '": ("slipped", "'moved up to 3 1/2 games': after a verb of movement 'up "
                                                      "to' is the level reached, not a bound"),
    "exams:ucas-age:''->'over '": ("slipped", "'246,530 UK over 18-year-olds': 'over' before an age's hyphened "
                                              "noun is no bound of the claimed age"),
    "jobs:rate:''->'never ':never": ("slipped", "the headline states it too ('unemployment rate rises to 3.8%')"),
    "bio:died:''->'Wednesday, '": ("slipped", "'Wednesday, 3 April 1934 – 1 October 2025': the weekday is the "
                                              "birth date's (wrong), the death date's claim holds"),
    # bound-added: left to do
    **{f"{case}:''->'over '": ("slipped", "'over' before a length after a verb in -ed or after an amount and "
                                          "words reads as 'during' (the rule that keeps 'rose 5% over three years' "
                                          f"a period of change): {why}")
       for case, why in (("bill:object", "'Clause 7 gives owners over 30 days'"),
                         ("court:madoff", "'Madoff received over 150 years'"),
                         ("crash:captain-hours", "'The captain, 46, had over 9,200 flying hours'"),
                         ("f1:piastri-gap", "'finished over 21 seconds adrift'"),
                         ("crypto:day-window", "'the past over 24 hours' (no editor's wording)"))},
}

#: families of many edits -> the default run takes every n-th claim set; the slow one all
STRIDE = {"bound-added": 6, "invisible-in-figure": 6, "footnote-marker": 16}


def _check(family: str, sets) -> None:
    tried, problems = EF.problems(family, sets)
    assert tried, f"{family} made no edit"
    ids = {e.case_id for name in sets for e in EF.FAMILIES[family][1](name)}
    recorded = {k: v for k, (v, _) in RECORDED.items() if k in ids}
    new = {k: v for k, v in problems.items() if recorded.get(k) != v[0]}
    stale = {k: v for k, v in recorded.items() if k not in problems}
    assert not new, f"{family}: {len(new)} of {tried} edits went wrong: {new}"
    assert not stale, f"{family}: recorded, but right now: {stale}"


@pytest.mark.parametrize("family", sorted(EF.FAMILIES))
def test_edit_family(family):
    _check(family, list(EF.SETS)[::STRIDE.get(family, 1)])


@pytest.mark.slow
@pytest.mark.parametrize("family", sorted(STRIDE))
def test_edit_family_over_every_set(family):
    _check(family, list(EF.SETS))


def test_every_record_is_an_edit():
    ids = {e.case_id for f in EF.FAMILIES for name in EF.SETS for e in EF.FAMILIES[f][1](name)}
    assert set(RECORDED) <= ids, set(RECORDED) - ids


def test_the_families_edit_what_they_say():
    """An edit is what its label says (a family that edits nothing tests nothing)."""
    budget = {e.label: e for e in EF.FAMILIES["duration-unit"][1]("baseball")}
    edit = next(e for label, e in budget.items() if "months" in label)
    assert "12 to 14 years" in edit.text

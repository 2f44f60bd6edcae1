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
}

#: families run in the default suite (all of them are cheap enough)
DEFAULT = sorted(EF.FAMILIES)


@pytest.mark.parametrize("family", DEFAULT)
def test_edit_family(family):
    tried, problems = EF.problems(family)
    assert tried > 10, f"{family} made {tried} edits"
    ids = {e.case_id for name in EF.SETS for e in EF.FAMILIES[family][1](name)}
    recorded = {k: v for k, (v, _) in RECORDED.items() if k in ids}
    new = {k: v for k, v in problems.items() if recorded.get(k) != v[0]}
    stale = {k: v for k, v in recorded.items() if k not in problems}
    assert not new, f"{family}: {len(new)} of {tried} edits went wrong: {new}"
    assert not stale, f"{family}: recorded, but right now: {stale}"


def test_the_families_edit_what_they_say():
    """An edit is what its label says (a family that edits nothing tests nothing)."""
    budget = {e.label: e for e in EF.FAMILIES["duration-unit"][1]("baseball")}
    edit = next(e for label, e in budget.items() if "months" in label)
    assert "12 to 14 years" in edit.text

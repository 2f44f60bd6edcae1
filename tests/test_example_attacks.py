"""The bundled example under edit families beyond one claimed figure at a time.

``tests/example_attacks.py`` makes the edits (see its docstring); each is judged in
memory. A claim that does not hold must never pass; a neutral edit must never raise an
alarm; every failure must name what the text says instead. What the engine does not do
yet, or does by a deliberate convention, is recorded below with the reason, so a change
of behaviour shows up as a failing test (a stale record fails too).

Default run: every family on the articles as written, the reworded figures' edits for
the first wording of each, and 150 seeded compositions of neutral edits. ``-m slow``:
every reworded figure's edits and 2,000 compositions.
"""
from __future__ import annotations

import pytest

import example_attacks as A

#: case id -> (verdict, why). The verdict is what the family's check reports for it:
#: "slipped" (no claim fails, or the one that must still holds), "unnamed" (a failure
#: names another figure), "alarm" (a neutral edit broke a claim).
RECORDED: dict[str, tuple[str, str]] = {
    # conventions
    "word:original:2025@5709:qualifier:more than->(none)":
        ("slipped", "'Over a decade of participating': 'over' is itself a qualifier (more than), so the "
                    "edit keeps the fact"),
    "spelled:spelled-33-1:2025@5709:qualifier:more than->(none)":
        ("slipped", "'Over ten years of participating': 'over' is itself a qualifier (more than)"),
    "spelled:spelled-33-2:2025@5709:qualifier:more than->(none)":
        ("slipped", "'Over 10 years of participating': 'over' is itself a qualifier (more than)"),
    "spelled:spelled-35-4:2025@5931:digit:0->1":
        ("slipped", "'16.1%' is within the claim's tolerance of 0.5 points: the claim accepts it"),
    "sentence:original:2024@1757:deleted:Furthermore, he said the top l":
        ("slipped", "'2024-partnership-anniversary' holds on the other sentence its words locate, 'the first "
                    "anniversary of their comprehensive strategic partnership' (the fact is stated twice)"),
    "sentence:original:2024@1915:deleted:It also comes as both sides ac":
        ("slipped", "'ties-anniversary' holds on 'the 30th anniversary of Vietnam-US diplomatic relations' "
                    "(the fact is stated twice)"),
    # not handled yet
    "word:original:2024@5284:ordinal:first->second":
        ("unnamed", "'the second eight months of this year' reads as no period: the claim is missing"),
    "spelled:spelled-14-0:2024@5284:ordinal:first->second":
        ("unnamed", "'the second 8 months of this year' reads as no period"),
    "spelled:spelled-14-1:2024@5284:ordinal:first->second":
        ("unnamed", "'the second eight months of 2024' reads as no period"),
    "spelled:spelled-14-5:2024@5291:ordinal:first->second":
        ("unnamed", "'the year's second eight months' reads as no period"),
    "spelled:spelled-22-6:2025@1797:number:twenty->thirty":
        ("unnamed", "'October thirty-fifth', a day in words the month does not have, reads as no date and "
                    "is not named as the slip"),
    **{f"spelled:spelled-5-3:2024@{at}:digit:150->{new}":
       ("unnamed", f"'{new} (one hundred and fifty) state and government heads': a number restated in brackets "
                   "that disagrees is no count; the failure names the bracketed words")
       for at, new in ((994, "050"), (994, "250"), (995, "140"), (995, "160"), (996, "151"), (996, "159"))},
    **{f"spelled:spelled-32-1:2025@5682:digit:6->{new}":
       ("unnamed", f"'all six ({new}) key bodies': the restatement disagrees; the failure names 'six'")
       for new in ("5", "7")},
}

FAMILIES = {
    "digit": A.digit_attacks,
    "word": A.word_attacks,
    "name": A.name_attacks,
    "sentence": A.sentence_attacks,
    "swap": A.swap_attacks,
    "move": A.move_attacks,
}


def _problems(attacks) -> tuple[int, dict[str, str]]:
    n, out = 0, {}
    for attack in attacks:
        n += 1
        v = A.verdict(attack, A.judge(attack.apply()))
        if v is not None:
            out[attack.case_id] = v
    return n, out


def _assert_as_recorded(family: str, tried: int, problems: dict[str, str], ids: set[str]) -> None:
    assert tried, f"the {family} family made no edit"
    recorded = {k: v for k, (v, _) in RECORDED.items() if k in ids}
    new = {k: v for k, v in problems.items() if recorded.get(k) != v}
    stale = {k: v for k, v in recorded.items() if k not in problems}
    assert not new, f"{family}: {len(new)} of {tried} edits went wrong: {new}"
    assert not stale, f"{family}: recorded, but right now: {stale}"


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_edit_family(family):
    """Every digit of both articles up and down; month, scale, qualifier, direction,
    ordinal and number words, years moved by one, currencies; names respelt; a sentence
    deleted or said again with another figure; two figures of a sentence swapped; a
    figure moved to the next sentence."""
    attacks = list(FAMILIES[family]())
    tried, problems = _problems(attacks)
    _assert_as_recorded(family, tried, problems, {a.case_id for a in attacks})


def _spelled(first_only: bool):
    return [a for a in A.spelled_attacks() if not first_only or a.base.endswith("-0")]


def test_edits_of_reworded_figures():
    """Each covered figure in its first other wording (E.SPELLINGS), then edited."""
    attacks = _spelled(first_only=True)
    tried, problems = _problems(attacks)
    _assert_as_recorded("spelled", tried, problems, {a.case_id for a in attacks})


@pytest.mark.slow
def test_edits_of_every_reworded_figure():
    attacks = _spelled(first_only=False)
    tried, problems = _problems(attacks)
    _assert_as_recorded("spelled", tried, problems, {a.case_id for a in attacks})


def _compositions(seeds) -> dict:
    bad = {}
    for seed in seeds:
        names, texts = A.composition(seed)
        broke = A.failing(A.judge(texts))
        if broke:
            bad[seed] = (names, {k: (r.status.value, r.found) for k, r in broke.items()})
    return bad


def test_compositions_of_neutral_edits_keep_every_claim():
    """NFD, CRLF, re-wrapping, digits and words, per cent / percent / %, thousands
    separators, dashes, quotes, no-break spaces, HTML or Markdown wrapping, a paragraph
    split, a sentence moved, paragraphs reordered: three to a dozen at once."""
    assert _compositions(range(150)) == {}


@pytest.mark.slow
def test_many_compositions_of_neutral_edits_keep_every_claim():
    assert _compositions(range(150, 2000)) == {}


def test_the_families_edit_what_they_say():
    """The edits are what their labels say (a test that cannot silently test nothing)."""
    digit = next(a for a in A.digit_attacks() if a.label == "88->89")
    text = digit.apply()[digit.edits[0][0]]
    assert "nearly 89 billion USD" in text
    swap = next(a for a in A.swap_attacks() if a.label == "88<->22")
    assert "nearly 22 billion USD, up 88%" in swap.apply()[swap.edits[0][0]]
    names, texts = A.composition(7)
    assert names and texts != A.E.original_texts()
    html = A.html_paragraphs(A.E.original_texts()[A.E.ARTICLES[1]], A.E.ARTICLES[1], None)
    assert html.startswith("<p> date 2025-09-20") and "</p>\n<p>" in html
    assert {"slipped", "unnamed"} >= {v for v, _ in RECORDED.values()}

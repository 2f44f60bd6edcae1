"""The bundled example under edit families beyond one claimed figure at a time.

``tests/example_attacks.py`` makes the edits (see its docstring); each is judged in
memory. A claim that does not hold must never pass; a neutral edit must never raise an
alarm; every failure must name what the text says instead. What the engine does not do
yet, or does by a deliberate convention, is recorded below with the reason, so a change
of behaviour shows up as a failing test (a stale record fails too).

Default run: every family on the articles as written, the reworded figures' edits for
the first wording of each, 150 seeded compositions of neutral edits, and every digit of
three sample stories (tests/stories). ``-m slow``: every reworded figure's edits, 2,000
compositions, every digit of every story.
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
    "neutral:original:2024@0:aside-before-stop":
        ("alarm", "an aside in brackets at the end of a sentence ('... USD (the hall, opened on 3 March 1952 and "
                  "renovated in the 1990s, seats 1,800 people, or 12% more).'): in the 2025 version, whose trade "
                  "sentence states no period, growth or decade, the 2024 claims' words find the aside's date, "
                  "percentage and decade and report drift (docs/versions.md: a claim is judged in another version "
                  "wherever its words locate a figure of its kind; the aside is not told from the sentence's own)"),
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
    "xswap": A.cross_swap_attacks,
    "negate": A.negation_attacks,
    "unit": A.unit_attacks,
    "neutral": A.neutral_attacks,
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
    figure moved to the next sentence; the numbers of two claimed figures of a kind in
    different sentences exchanged; a claimed quantity negated ("did not reach", "has not
    deployed", "not up"); per cent turned to percentage points; and neutral edits one at a
    time (other dash characters in ranges, full-width digits, tabs, trailing white space,
    zero-width spaces, Oxford commas, inline HTML and Markdown links, a bracketed aside,
    a sentence split at a conjunction)."""
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
    assert {"slipped", "unnamed", "alarm"} >= {v for v, _ in RECORDED.values()}
    assert all(k.startswith("neutral:") for k, (v, _) in RECORDED.items() if v == "alarm")
    neg = next(a for a in A.negation_attacks() if a.label == "trade-total:did-not-reached")
    assert "bilateral trade did not reach nearly 88 billion USD" in neg.apply()[neg.edits[0][0]]
    xswap = next(a for a in A.cross_swap_attacks() if a.label.endswith(":79th<->30th"))
    assert "the 30th session" in xswap.apply()[xswap.edits[0][0]]
    for name, f in A.NEUTRAL_SINGLE.items():
        assert all(f(t, rel) != t for rel, t in A.E.original_texts().items()), f"{name} edits nothing"


# ------------------------------------------------------------ the sample stories

#: (story, claim key) -> (verdicts its digit edits may get, why): every digit edit of that
#: claim's figure that goes wrong goes wrong so. A record no edit needs any more fails.
STORY_DIGITS: dict[tuple[str, str], tuple[set, str]] = {
    # conventions
    ("bio", "born"): ({"slipped"}, "one wording states both ends of the lifespan: an edit of the death date "
                                   "leaves the birth date holding"),
    ("bio", "died"): ({"slipped", "unnamed"}, "one wording states both ends of the lifespan: an edit of the birth "
                                              "date leaves the death date holding; '1 October 1025', before the "
                                              "birth, reads as no range and the birth day is named"),
    ("itresults", "q4"): ({"slipped"}, "'the week of April 15, 2025' is the same week as April 14's"),
    # a two-figure phrase: the other figure, nearer the claimed size, is named
    **{key: ({"unnamed"}, "a change and its level, or a level and the one before it: an edit of the leading digit "
                          "leaves the other figure nearer the claimed size, and it is named")
       for key in (("jobs", "rate"), ("jobs", "rate-before"), ("jobs", "july"), ("markets", "annual"),
                   ("ratecut", "growth"), ("rankings", "us-before"), ("stats", "bleed-placebo"),
                   ("health", "placebo-weight"), ("baseball", "home"), ("baseball", "cho"))},
    ("jobs", "range"): ({"unnamed"}, "'ranged from 143,000 to 135,000': 'from ... to' backwards is a change as "
                                     "often as a range, so no slip is named; the first figure is"),
    **{key: ({"unnamed"}, "a period from one dated day to another edited to end before it starts ('between "
                          "August 1, 2025 and July 31, 2017'): the start is named")
       for key in (("india2", "window"), ("space", "window"), ("stats", "window"), ("trial", "ran"))},
    **{key: ({"unnamed"}, "days listed in one phrase ('on 15 and 17 September') edited: the other day is named")
       for key in (("strike", "day1"), ("strike", "day2"))},
    # a fraction or a leading zero the edit makes no figure
    **{key: ({"unnamed"}, "a fraction edited to none ('7 0/3', '$11.86-0/2', '14-1/3 cents'): the whole part "
                          "alone is read and named")
       for key in (("baseball", "innings"), ("baseball", "games-ahead"), ("commodities", "soy"),
                   ("commodities", "soy-chg"), ("commodities", "wheat"))},
    **{key: ({"unnamed"}, "a leading zero ('R04 300', '€07bn', '1 in 00') makes the digits no amount")
       for key in (("bill", "per-hectare"), ("md", "outlook"), ("strike", "cancellations"))},
    # a year the edit puts out of reach, in a form the slip rules do not cover
    **{key: ({"unnamed"}, "a season or span of years out of reach with no year's word before it ('the Union "
                          "Budget 3024-25', 'ten years, 1015-2024, was') reads as no years and is not named as a slip")
       for key in (("india2", "budget"), ("climate", "decade"))},
    **{key: ({"unnamed"}, "a year out of reach before a noun or after 'the', 'for', 'summer', 'at least' ('the "
                          "3015 agreement', 'for 3026', 'autumn 3022', 'through at least 3035') is a number")
       for key in (("climate", "paris-year"), ("rankings", "edition"), ("strike", "claim-year"), ("transit", "due"),
                   ("council", "finish"), ("space", "through"), ("city", "railway"), ("city", "fire"))},
}

#: a few stories in the default run; every story with -m slow
DEFAULT_STORIES = ("budget", "strike", "vna-singapore")


def _story_digit_check(stories) -> None:
    wrong, needed = {}, set()
    for story in stories:
        tried, problems = A.story_digit_problems(story)
        assert tried, story
        for (claim, label), verdict in problems.items():
            allowed, _ = STORY_DIGITS.get((story, claim), (set(), ""))
            if verdict in allowed:
                needed.add((story, claim))
            else:
                wrong[(story, claim, label)] = verdict
    stale = {k for k in STORY_DIGITS if k[0] in stories} - needed
    assert not wrong, wrong
    assert not stale, f"recorded, but every digit edit of these is now right: {stale}"


@pytest.mark.parametrize("story", DEFAULT_STORIES)
def test_every_digit_of_a_story_edited(story):
    """Every digit of the story changed one up and one down: the claim whose figure holds
    it fails, every failing claim names the figure as now written."""
    _story_digit_check((story,))


@pytest.mark.slow
def test_every_digit_of_every_story_edited():
    _story_digit_check(tuple(s for s in A.STORIES if s not in DEFAULT_STORIES))


def test_story_digit_records_name_claims():
    keys = {(story, name) for story in A.STORIES for name in
            {A.E.key(r) for r in A.check_claim_set(A.story_claims(story))}}
    assert set(STORY_DIGITS) <= keys


def test_neutral_edits_of_every_story_keep_its_claims():
    """Other dash characters in ranges, full-width digits, tabs between words, trailing
    white space, zero-width spaces, Oxford commas added or dropped (example_attacks.
    STORY_NEUTRAL) over every story's articles: every claim that held still holds."""
    bad = {story: problems for story in A.STORIES if (problems := A.story_neutral_problems(story))}
    assert bad == {}


def test_negated_quantities_of_every_story_fail():
    """Each claimed count, number, amount, percentage and length of every story negated as
    an editor would ("did not reach", "has not deployed", "not nearly"): its claim fails."""
    tried, slipped = 0, {}
    for story in A.STORIES:
        n, problems = A.story_negation_problems(story)
        tried += n
        slipped.update({(story, *k): v for k, v in problems.items()})
    assert tried > 300
    assert slipped == {}


#: (story, claim key) -> why its weekday edits go wrong as they do
STORY_WEEKDAYS = {
    ("strike", "tuesday"): "the claim's words hold the weekday ('will strike on Tuesday'): edited, they find no "
                           "sentence and the claim is missing",
}


def test_weekdays_of_every_story_edited():
    """Each weekday a date claim's figure is written with ("from Saturday 6 June", "on
    Tuesday") moved a day: the claim fails, naming the new weekday, or saying that the
    date falls on another weekday."""
    tried, wrong = 0, {}
    for story in A.STORIES:
        n, problems = A.story_weekday_problems(story)
        tried += n
        wrong.update({(story, k): v for (k, label), v in problems.items()})
    assert tried > 50
    assert {k: v for k, v in wrong.items() if k not in STORY_WEEKDAYS} == {}
    assert set(STORY_WEEKDAYS) <= set(wrong), "recorded, but right now"

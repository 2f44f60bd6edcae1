"""Sample stories in many house styles, each with an editor's hand-written claims.

``tests/stories/NAME/`` holds an article (``article.txt`` or ``article.md``; ``revision``
holds two versions) and the ``claims.yaml`` an editor wrote for it, in the styles of
wire copy, papers, press releases, encyclopaedias and data releases. They are our own
invented texts. The bundled VNA example is one style; these keep the engine honest on
the others: every claim holds on the untouched text, every neutral rewrite of the whole
article (``example_edits.NEUTRAL``) keeps it holding, every other wording of one claimed
figure (``figure_edits.rewordings``: the first of each family by default, all of them
with ``-m slow``) keeps every claim holding, and every edit of a claimed figure
(``example_edits.RULES`` and ``figure_edits.changes``) makes its claim fail, naming the
new wording. Those edits are judged in memory (the story's claims file loaded once).

A story whose claims need a new outcome, or a neutral edit that genuinely changes a
story's facts, is recorded below with its reason, so a change of behaviour shows up here
as a failing test rather than silently.
"""
from __future__ import annotations

import dataclasses
import re
import shutil
from functools import lru_cache
from pathlib import Path

import pytest

import checker
import figure_edits as F
from checker.claims import load_claims
from checker.engine import check_claim_set
from example_edits import NEUTRAL, comparable, key, mutations_of_wording, read_article

STORY_ROOT = Path(__file__).resolve().parent / "stories"
STORIES = sorted(p.name for p in STORY_ROOT.iterdir() if (p / "claims.yaml").is_file())

#: (story, result key) -> the status the claim gets on the untouched story, and why.
#: Everything else must pass.
OUTCOMES: dict[tuple[str, str], tuple[str, str]] = {
    ("age", "actor-wrong"): ("mismatch", "a wrong claim on purpose: the actor died at 87"),
    ("budget", "growth-2024"): ("ambiguous", "'grow by' locates the 2024 and the 2025 forecasts"),
    ("court", "max"): ("mismatch", "'a maximum of 110 years' is a bound; the claim says exactly"),
    ("elec", "since"): ("mismatch", "'since 2001' is a period from 2001; the claim asks for the year"),
    ("health", "stopped"): ("mismatch", "'About one in six' is approximate; the claim says exactly"),
    ("quake", "since"): ("mismatch", "'since February 2023' runs on from February; the claim is the month"),
    ("weather", "reservoirs-before"): ("mismatch", "'down from 27%' states the level before, not a fall of 27"),
    ("airline", "table-lf-before"): ("mismatch", "a table row's label ('Load factor') is also prose words, and "
                                                 "the prose sentences state other load factors"),
    ("olympics", "norway-silver"): ("mismatch", "a table row's label ('Norway') is also prose words, and the "
                                                "prose sentences state other medal counts"),
    ("hurricane", "winds-mph"): ("mismatch", "the header's '115 MPH' and the prose's 'near 115 mph' are both found by "
                                             "'MAXIMUM SUSTAINED WINDS', and every place a claim's words find must state "
                                             "it alike: 'near' is approximate"),
    ("hurricane", "winds-kmh"): ("mismatch", "the prose's '115 mph (185 km/h)' states it (a conversion in brackets), "
                                            "but in the header's '115 MPH...185 KM/H' a unit of measure is no part of "
                                            "a number, so about words cannot tell the km/h figure from the mph one"),
    **{("f1", name): ("mismatch", "'its lead ... to 97 points over Red Bull, with 601 points to 504': a lead, then "
                                  "the tally it comes from; the claim's words stand nearer the lead, and the tally "
                                  "is no phrase of it") for name in ("mclaren-pts", "redbull-pts")},
    ("cathedral", "nave"): ("missing", "'over the next century' (a period after a past year, no number) reads as no "
                                       "length of time"),
    ("marathon", "entries"): ("mismatch", "'with entries opening in the first week of February': a participle has no "
                                         "tense, so the month takes the publication year, not the next year's"),
    ("revision", "revenue@v2"): ("drift", "v2 restates revenue and the claims file does not say so"),
    ("revision", "yoy@v2"): ("drift", "v2 restates the yearly growth"),
    ("revision", "staff@v2"): ("drift", "v2 restates the head count"),
}

#: (story, neutral edit) -> why that edit is not neutral for that story's text.
NOT_NEUTRAL: dict[tuple[str, str], str] = {
    **{("f1", edit): "'more than 2 thirds' (the number in digits before a fraction's word) reads as no fraction"
       for edit in ("number-words-in-digits", "all-combined-dashes-curly")},
    **{("statebudget", edit): "'Rs 4 500-crore': digits grouped by a space before a hyphened scale word read as "
       "Rs 4; Indian copy never groups digits so" for edit in ("nbsp-groups", "space-groups")},
    **{("history", edit): "the rewrite turns 'twenty-two centuries' into 'twenty-2 centuries', which no editor writes"
       for edit in ("number-words-in-digits", "all-combined-dashes-curly")},
}

#: (story, claim id, mutation label) -> why the claim rightly still holds.
STILL_HOLDS: dict[tuple[str, str, str], str] = {
    ("bio", "born", "digit"): "the edit moves the other end of the lifespan, her death year",
    ("bio", "died", "month"): "the edit moves the other end of the lifespan, her birth month",
    ("bio", "died", "first-number"): "the edit moves the other end of the lifespan, her birth day",
    ("bio", "died", "year"): "the edit moves the other end of the lifespan, her birth year",
    ("itresults", "q4", "first-number"): "'the week of April 15, 2025' is the same week as April 14's",
    ("boxoffice", "tracking", "qualifier-added"):
        "'more than $9 million to $10 million': a bound before a range's first end is read with the range; "
        "no editor writes it",
    **{("airline", "release-date", label): "'today' in the dateline's sentence states the publication date the "
       "claims file gives, so the sentence still states it" for label in ("month", "digit", "first-number")},
    **{("opec", "dateline", label): "'on Saturday' in the dateline's sentence states the publication date the "
       "claims file gives" for label in ("month", "digit")},
    **{(story, claim, "qualifier-added"): "a bound before a range's first end is read with the range; no editor "
       "writes it" for story, claim in (("auction", "presale"), ("layoffs", "charges"))},
    ("ipo", "period", "digit"): "'the 12 months to June 31' names no day; it reads as 'the 12 months to June', "
                                "the same period as to June 30",
    ("wildfire", "warning-end", "digit"): "the edit changes the clock time (8 p.m.), which is no figure",
    ("bushfire", "ban-end", "first-number"): "the edit changes the clock time (11.59pm) of 'until 11.59pm on Friday, "
                                              "January 17', which is no figure",
    ("rocket", "planned", "digit"): "the edit changes the rocket's name (Ariane 6), not the count of launches",
    **{("airline", "deliveries", label): "the edit changes the model's name (A321neo), not the count of aircraft"
       for label in ("digit", "leading-digit")},
}

#: (story, result key, rewording) -> why that rewording of a claimed figure breaks its
#: claim: the engine does not read it yet.
REWORDING_ALARMS: dict[tuple[str, str, str], str] = {
    **{("trial", "nnt", new): "the number in words: the years claim of the sentence finds 'over five years'"
       for new in ("sixty-two", "sixty two")},
    ("recall", "sold-from", "from Apr. 2023 through December 2025"):
        "'Apr. 2023' opening a range reads as no period",
    **{("strike", "day2", new): "'on 15 and September 17' splits a pair of days sharing a month: no editor's wording"
       for new in ("September 17", "Sep 17", "Sept 17", "Sept. 17", "September 17th")},
    **{("airline", "strikes", new): "'on 16 and October 17' splits a pair of days sharing a month: no editor's wording"
       for new in ("16 and October 17", "16 and Oct 17", "16 and Oct. 17", "16 and October 17th")},
    ("hurricane", "heading", "295\nDEGREES"):
        "a line break inside a bulletin's field line in capitals: 'DEGREES' after the break is read as no noun "
        "of the count, and the bare 295 is the number nearest 'PRESENT MOVEMENT'",
    ("bulletin", "children-pct", "fifty two per cent"):
        "'612 (fifty two per cent)': with the percentage in words, the count claim finds the next count, '287'",
    ("commodities", "brent-cents", "ninety seven cents"):
        "'down ninety seven cents, or 1.3%': a change in words passes no direction to the 1.3%",
    ("wildfire", "bobcat-months", "over three months"):
        "'115,796 acres over over three months': the rewording doubles the 'over' of the span before it",
    **{("cathedral", claim, new): "'in some 1340': 'some' before a year is no editor's wording of a year dated "
       "roughly" for claim, new in (("begun", "some 1180"), ("roundels-date", "some 1200"),
                                    ("tower-built", "some 1340"))},
    **{("statebudget", "irrigation", new): "'Rs 4,500-crore' reworded '4,500 INR-crore': a currency inside the "
       "hyphened amount, no editor's wording" for new in ("4,500 INR-crore", "4,500 rupees-crore")},
    ("f1", "narrowed", "more than 2 thirds"): "'2 thirds' (digits before a fraction's word) reads as no fraction",
    **{("bill", claim, new): "a decimal comma before 'pct' ('2,6 pct') reads as the digits after it"
       for claim, new in (("gdp", "2,6 pct"), ("jobs-chg", "down 4,3 pct"), ("rand-pct", "weakened 0,8 pct"))},
}

#: (story, result key, mutation label) -> why the failure does not name the new wording
#: (the claim does fail).
UNNAMED: dict[tuple[str, str, str], str] = {
    ("anniversary", "lanes", "number-word"): "'three of its six lanes': the whole is reported, not the edited part",
    ("baseball", "outs", "number-word"): "'five outs': '30 chances' is reported",
    ("budget", "ni-rate", "digit"): "'to 16%': ambiguous with 'rise by 1.2 percentage points'",
    ("budget", "ni-rate", "leading-digit"): "'to 25%': ambiguous with 'rise by 1.2 percentage points'",
    ("census", "seniors-frac", "number-word"): "'nearly one in six': ambiguous with '40.9'",
    ("quake", "quakes-2023", "number-word"): "'three quakes': a count of people is reported",
    # a scale word or a leading digit edited: the sentence's other figure, nearer the
    # claimed size, is reported (locate._change_or_level, a part and its whole)
    ("rankings", "us-before", "leading-digit"): "'68': the other count of institutions is reported",
    ("baseball", "home", "digit"): "'15 ... 17 home games': the other count of home games is reported",
    ("baseball", "home", "leading-digit"): "'24 ... 17 home games': the other count of home games is reported",
    ("commodities", "soy", "digit"): "'$11.86-1/3': the price's fraction is not part of the figure read",
    ("deal", "close", "number-word"): "'the fifth quarter' is no period",
    ("port", "q4-period", "number-word"): "'the fifth quarter' is no period",
    **{("port", claim, "leading-digit"): "'58% of the total, compared with 54%': the other level is nearer the "
       "claimed size" for claim in ("tranship", "tranship-before")},
    ("recall", "sold-from", "month"): "'from May 2023 through December 2025' reads as no period",
    ("recall", "price", "currency"): "one end of the range changes currency: the other end is reported",
    ("strike", "day2", "month"): "'on 15 and 17 October': the first day, with no month of its own, is reported",
    ("strike", "day2", "digit"): "'on 15 and 18 September': the first day is reported",
    ("football", "seasons", "number-word"):
        "'six of the last eight seasons': the part, nearer the words, is reported, not the edited whole",
    ("jobs", "july", "leading-digit"): "'257,000 from 187,000': the earlier level is nearer the claimed size",
    ("sportres", "record", "leading-digit"): "'22' is read as no count of matches; '13 matches' is reported",
    ("md", "outlook", "currency"): "one end of the range changes currency: the other end is reported",
    ("release", "guidance", "currency"): "one end of the range changes currency: the other end is reported",
    ("boxoffice", "tracking", "currency"): "one end of the range changes currency: the other end is reported",
    ("boxoffice", "tracking", "scale"): "'$9 billion to $10 million' is no range: the other end is reported",
    ("airline", "strikes", "digit"): "'on 16 and 18 October': the first day is reported",
    **{(story, claim, "currency"): "one end of the range changes currency: the other end is reported"
       for story, claim in (("canada", "full-cost"), ("auction", "presale"), ("auction", "rembrandt-estimate"),
                            ("auction", "premium-mid-band"), ("layoffs", "charges"))},
    ("layoffs", "grew-2022", "digit"): "'in 2021 and 2023': the first year listed is reported",
    **{("exams", claim, "leading-digit"): "'97.1%, down from 97.2%': the other level is nearer the claimed size"
       for claim in ("pass", "pass-before")},
    ("ratecut", "two-year-move", "direction"): "about words of the verb alone ('dipped') are not loosened",
    **{(story, claim, "currency"): "one end of the range changes currency: the other end is reported"
       for story, claim in (("dairy", "range"), ("pricecap", "range-low"), ("ipo", "range"))},
    **{("dairy", claim, "leading-digit"): "'31 per cent ... down from 36 per cent': the other level is nearer the "
       "claimed size" for claim in ("china-share", "china-before")},
    ("f1", "won-past", "number-word"): "'four of the past six races': the part, nearer the words, is reported",
    ("f1", "narrowed", "number-word"): "'more than three thirds' states no fraction; the sentence's count is reported",
    **{("golf", "birdie-17", label): "'at the 15th and 18th': the first rank listed is reported"
       for label in ("digit", "leading-digit")},
    ("golf", "fairways", "leading-digit"): "'23 of 14 fairways' is no part of a whole: the whole is reported",
    **{("pricecap", "winter", label): "'the winter of 2021-23' (or 2022-22) is no winter: the sentence's other "
       "period is reported" for label in ("digit", "year")},
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


#: ``example_edits.RULES`` whose failures must name the new wording here
NAMED_RULES = {"digit", "month", "scale", "relative"}
#: after a number word, words that make its edit state nothing to name ("three-thirds",
#: "ten in 10", "the third half")
_NO_COUNT_AFTER = re.compile(r"-(?:thirds?|quarters?|fifths?)\b| in | half\b")


def _named(label: str, edit, after: str) -> bool:
    """Must the failure after this ``example_edits.RULES`` edit name its new wording?"""
    if label == "number-word":
        return edit.old.lower() != "dozen" and not _NO_COUNT_AFTER.match(after)
    return label in NAMED_RULES


@lru_cache(maxsize=None)
def _claim_set(story: str):
    return load_claims(str(STORY_ROOT / story / "claims.yaml"))


def _claimed_figures(story: str):
    """(result key, result, article name, text, start, end, ctx) for each passing claim
    whose figure the untouched story states (``figure_edits``' ctx: kind, unit, the
    characters around it)."""
    cs = _claim_set(story)
    mentions = {}
    for r in check_claim_set(cs):
        if r.status.value != "pass" or r.span is None or r.kind in ("text", "absent"):
            continue
        text, (s, e) = cs.texts[r.version], (r.span.start, r.span.end)
        if r.version not in mentions:
            art = cs.articles[r.version]  # read as the check reads it: "$10.50" is NZD with country: NZ
            mentions[r.version] = checker.extract(text, art.published, country=art.locale.country,
                                                  dollar=art.locale.dollar, numeric_dates=art.locale.numeric_dates)
        unit = next((m.unit for m in mentions[r.version] if m.kind == r.kind and m.start < e and s < m.end), None)
        ctx = {"kind": r.kind, "unit": unit, "prev": text[s - 1:s] or " ", "next": text[e:e + 1] or " "}
        yield key(r), r, r.version, text, s, e, ctx


def _judged_with(story: str, name: str, text: str) -> dict[str, "checker.Result"]:
    """The story's results with article ``name`` read as ``text`` (judged in memory)."""
    cs = _claim_set(story)
    return {key(r): r for r in check_claim_set(dataclasses.replace(cs, texts={**cs.texts, name: text}))}


@pytest.mark.parametrize("story", STORIES)
def test_story_figure_edits_fail_naming_them(story):
    """Each claimed figure changed in the article makes the claim that covers it fail,
    naming the new wording: a digit (the last, the first, the leading one), a day, a
    month, a year, a scale word, a number or ordinal word, the currency, a qualifier
    turned, dropped or added, a direction turned."""
    undetected, unnamed, tried, recorded = [], [], 0, set()
    for name, r, article, text, s, e, ctx in _claimed_figures(story):
        wording = text[s:e]
        # the first rules' qualifier and number-word edits need only fail ("up to" as "down
        # to", "two-thirds" as "three-thirds" state nothing to name)
        edits = [(label, edit.new, edit.start - s, edit.end - s, token, _named(label, edit, wording[edit.end - s:]))
                 for label, edit, token in mutations_of_wording(article, s, wording)]
        done = {wording[:a] + new + wording[b:] for _, new, a, b, *_ in edits}
        edits += [(label, new, 0, len(wording), token, True) for label, new, token in F.changes(wording, ctx)
                  if new not in done]
        for label, new, a, b, token, named in edits:
            tried += 1
            after = _judged_with(story, article, text[:s + a] + new + text[s + b:])[name]
            if after.status.value == "pass":
                if (story, r.id, label) in STILL_HOLDS:
                    recorded.add((story, r.id, label))
                else:
                    undetected.append((name, label, wording, new, after.found))
            elif named and (after.found is None or token is not None and token not in comparable(after.found)):
                if (story, r.id, label) in UNNAMED:
                    recorded.add((story, r.id, label))
                else:
                    unnamed.append((name, label, wording, new, after.status.value, after.found))
    assert tried, f"{story}: no claimed figure could be edited"
    assert not undetected, undetected
    assert not unnamed, unnamed
    stale = {k for k in [*STILL_HOLDS, *UNNAMED] if k[0] == story} - recorded
    assert not stale, f"recorded edits that no longer need it: {stale}"


def _rewordings_kept(story: str, every: bool) -> tuple[int, dict]:
    """Each claimed figure reworded (``figure_edits.rewordings``; with ``every`` false,
    the first of each family only): ({(key, new wording) tried}, {(key, new wording):
    broken claims})."""
    alarms, tried = {}, set()
    for name, r, article, text, s, e, ctx in _claimed_figures(story):
        seen = set()
        for label, new in F.rewordings(text[s:e], ctx):
            if not every and label in seen:
                continue
            seen.add(label)
            tried.add((name, new))
            after = _judged_with(story, article, text[:s] + new + text[e:])
            broke = {k: (x.status.value, x.found) for k, x in after.items()
                     if x.status.value != "pass" and k in _passing(story)}
            if broke:
                alarms[(name, new)] = broke
    return tried, alarms


def _unrecorded(story: str, tried: set, alarms: dict) -> dict:
    """The alarms not recorded in REWORDING_ALARMS, and the recorded ones tried that no
    longer ring (as "no alarm any more")."""
    recorded = {(n, new) for s, n, new in REWORDING_ALARMS if s == story and (n, new) in tried}
    return {k: alarms.get(k, "no alarm any more") for k in set(alarms) ^ recorded}


@lru_cache(maxsize=None)
def _passing(story: str) -> frozenset:
    return frozenset(key(r) for r in check_claim_set(_claim_set(story)) if r.status.value == "pass")


@pytest.mark.parametrize("story", STORIES)
def test_story_figure_rewordings_keep_claims(story):
    """Each claimed figure written another way an editor might (its digits in words, "%"
    as "per cent", "€5bn" as "5bn euros", "22 September" as "Sept. 22", "nearly" as
    "almost", a line break inside it, Markdown emphasis around it) keeps every claim
    holding: the first rewording of each family here, every one in the slow run."""
    tried, alarms = _rewordings_kept(story, every=False)
    assert tried and not _unrecorded(story, tried, alarms), _unrecorded(story, tried, alarms)


@pytest.mark.slow
@pytest.mark.parametrize("story", STORIES)
def test_story_every_figure_rewording_keeps_claims(story):
    tried, alarms = _rewordings_kept(story, every=True)
    assert tried and not _unrecorded(story, tried, alarms), _unrecorded(story, tried, alarms)


def test_every_recorded_figure_edit_names_a_claim():
    keys = {(story, r.id) for story in STORIES for _, r, *_ in _claimed_figures(story)}
    assert {(s, c) for s, c, _ in [*STILL_HOLDS, *UNNAMED]} <= keys
    assert {(s, c) for s, c, _ in REWORDING_ALARMS} <= keys

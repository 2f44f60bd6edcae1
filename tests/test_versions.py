"""Declared versions (issue 4): every claim is judged in every version of its story.

A claim gives one figure, or one per version (``money: {old: ..., new: ...}``). In a
version it names no figure for, a located figure that differs is ``drift`` (a warning
under ``drift: warn``); where its words locate nothing, the claim is not judged there.
"""
from __future__ import annotations

import json
import textwrap

import pytest

import checker
import checker.cli as cli
from checker.errors import UserError
from checker.model import Outcome

OLD = "In the first eight months of 2024, bilateral trade reached nearly 88 billion USD, up 22%.\n" \
      "State President To Lam will attend. Ties are nearly 50 years old.\n"
NEW = "Bilateral trade is surpassing 100 billion USD this year.\n" \
      "State President Lương Cường will attend. Ties are nearly five decades old.\n"

HEAD = """\
version: 1
articles:
  old: {path: old.txt, published: 2024-09-20}
  new: {path: new.txt, published: 2025-09-20, previous: old}
claims:
"""


@pytest.fixture
def work(tmp_path, monkeypatch):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(claims: str, head: str = HEAD) -> None:
    with open("claims.yaml", "w", encoding="utf-8") as handle:
        handle.write(head + textwrap.dedent(claims))


def results() -> dict[tuple[str, str], checker.Result]:
    return {(r.id, r.version): r for r in checker.check("claims.yaml").results}


def problems(claims: str, head: str = HEAD) -> list[str]:
    write(claims, head)
    with pytest.raises(UserError) as info:
        checker.check("claims.yaml")
    return [str(p) for p in info.value.problems]


# -- judging ---------------------------------------------------------------------------

def test_per_version_figures_pass_in_each_version(work):
    write("""\
      - id: trade
        about: bilateral trade
        money:
          old: nearly 88 billion USD
          new: surpassing 100 billion USD
    """)
    got = results()
    assert set(got) == {("trade", "old"), ("trade", "new")}
    assert all(r.status is Outcome.PASS for r in got.values())
    assert got["trade", "new"].found == "surpassing 100 billion USD"
    assert got["trade", "new"].expected == "surpassing 100 billion USD"
    # the claim's article is the first version it names; 'version' is the one judged
    assert {r.article for r in got.values()} == {"old"}


def test_a_change_the_claims_file_does_not_acknowledge_is_drift(work):
    write("""\
      - id: trade
        article: old
        about: bilateral trade
        money: nearly 88 billion USD
    """)
    got = results()
    assert got["trade", "old"].status is Outcome.PASS
    drift = got["trade", "new"]
    assert drift.status is Outcome.DRIFT and not drift.ok and not drift.warning
    assert drift.found == "surpassing 100 billion USD"
    assert drift.expected == "nearly 88 billion USD"
    assert drift.path == "new.txt" and drift.line == 1
    assert "add 'new: surpassing 100 billion USD'" in drift.message
    assert cli.main(["check"]) == 1


def test_the_same_value_in_other_words_is_no_drift(work):
    write("""\
      - id: ties
        article: old
        about: Ties are
        duration: nearly 50 years
    """)
    got = results()
    assert got["ties", "new"].status is Outcome.PASS
    assert got["ties", "new"].found == "nearly five decades"


def test_a_fact_one_version_does_not_state_is_not_judged_there(work):
    write("""\
      - id: growth
        article: old
        about: bilateral trade
        percent: up 22%
    """)
    assert set(results()) == {("growth", "old")}


def test_a_figure_gone_from_a_version_the_claim_names_is_missing(work):
    write("""\
      - id: growth
        about: bilateral trade
        percent:
          old: up 22%
          new: up 30%
    """)
    got = results()
    assert got["growth", "old"].status is Outcome.PASS
    assert got["growth", "new"].status is Outcome.MISSING


def test_a_wrong_figure_for_a_named_version_is_a_mismatch(work):
    write("""\
      - id: trade
        about: bilateral trade
        money: {old: nearly 88 billion USD, new: nearly 100 billion USD}
    """)
    got = results()
    assert got["trade", "new"].status is Outcome.MISMATCH     # named: not drift
    assert got["trade", "new"].found == "surpassing 100 billion USD"


def test_text_claims_per_version(work):
    write("""\
      - id: president
        about: State President
        text:
          old: To Lam
          new: Lương Cường
      - id: president-old-only
        article: old
        about: State President
        text: To Lam
    """)
    got = results()
    assert got["president", "old"].status is Outcome.PASS
    assert got["president", "new"].found == "Lương Cường"
    assert got["president-old-only", "new"].status is Outcome.DRIFT
    assert "'To Lam' does not appear" in got["president-old-only", "new"].message


def test_absent_claims_speak_only_of_their_version(work):
    write("""\
      - id: no-lam
        article: new
        absent: To Lam
    """)
    assert set(results()) == {("no-lam", "new")}


# -- the drift policy ------------------------------------------------------------------

CLAIM_OLD_ONLY = """\
  - id: trade
    article: old
    about: bilateral trade
    money: nearly 88 billion USD
"""


def test_drift_warn_per_claim_is_a_warning_that_passes_the_run(work, capsys):
    write(CLAIM_OLD_ONLY + "    drift: warn\n")
    got = results()
    assert got["trade", "new"].status is Outcome.DRIFT and got["trade", "new"].warning
    assert got["trade", "new"].ok
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert "new.txt:1:20: warning: drift: trade (money)" in out
    assert out.rstrip().endswith("all 2 claims hold in 2 articles (1 drift warning)")
    assert cli.main(["check", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"] == {"claims": 2, "pass": 1, "fail": 0, "error": 0, "warn": 1}
    assert doc["results"][1]["status"] == "drift" and doc["results"][1]["warning"] is True


def test_drift_warn_for_the_whole_file(work):
    write(CLAIM_OLD_ONLY, HEAD.replace("version: 1\n", "version: 1\ndrift: warn\n"))
    assert results()["trade", "new"].warning
    write(CLAIM_OLD_ONLY + "    drift: fail\n", HEAD.replace("version: 1\n", "version: 1\ndrift: warn\n"))
    assert not results()["trade", "new"].warning     # the claim's own policy wins


def test_a_mismatch_is_never_only_a_warning(work):
    write(CLAIM_OLD_ONLY.replace("nearly 88", "over 88") + "    drift: warn\n")
    got = results()
    assert got["trade", "old"].status is Outcome.MISMATCH and not got["trade", "old"].ok


# -- chains ----------------------------------------------------------------------------

def test_a_chain_of_three_versions(work):
    (work / "newest.txt").write_text("Bilateral trade topped 120 billion USD.\n", encoding="utf-8")
    head = HEAD.replace("claims:\n", "  newest: {path: newest.txt, previous: new}\nclaims:\n")
    write("""\
      - id: trade
        about: bilateral trade
        money:
          old: nearly 88 billion USD
          new: surpassing 100 billion USD
    """, head)
    got = results()
    assert [v for (_, v) in got] == ["old", "new", "newest"]
    # the newest version is compared with the nearest earlier figure the claim gives
    assert got["trade", "newest"].status is Outcome.DRIFT
    assert got["trade", "newest"].expected == "surpassing 100 billion USD"


def test_claims_of_unlinked_articles_are_judged_once(work):
    head = HEAD.replace(", previous: old", "")
    write(CLAIM_OLD_ONLY, head)
    assert set(results()) == {("trade", "old")}


# -- the claims file -------------------------------------------------------------------

def test_per_version_figures_name_versions_of_one_story(work):
    (work / "other.txt").write_text("Other text.\n", encoding="utf-8")
    head = HEAD.replace("claims:\n", "  other: {path: other.txt}\nclaims:\n")
    assert problems("""\
      - id: trade
        about: bilateral trade
        money:
          old: nearly 88 billion USD
          nwe: surpassing 100 billion USD
          other: 5 USD
    """, head) == [
        "claims.yaml:11:5: unknown article 'nwe' in the 'money' of claim 'trade': per-version "
        "figures are keyed by article name (did you mean 'new'?)",
        "claims.yaml:12:5: article 'other' is not a version of 'old' in claim 'trade': link them "
        "with 'previous' or make two claims",
    ]


def test_a_version_of_another_story_is_named_when_the_first_figure_does_not_read(work):
    """The first version's figure is refused: the next version, of another story, is
    still reported against the first (it was an internal error, found by test_fuzz)."""
    (work / "other.txt").write_text("Other text.\n", encoding="utf-8")
    head = HEAD.replace("claims:\n", "  other: {path: other.txt}\nclaims:\n")
    found = problems("""\
      - id: trade
        about: bilateral trade
        count:
          old: nearly 88 billion USD
          other: 5
    """, head)
    assert "claims.yaml:11:5: article 'other' is not a version of 'old' in claim 'trade': link " \
        "them with 'previous' or make two claims" in found, found


def test_per_version_figures_are_read_as_their_kind(work):
    found = problems("""\
      - id: trade
        about: bilateral trade
        money:
          old: nearly 88 billion
          new: []
    """)
    assert len(found) == 2
    assert found[0].startswith("claims.yaml:9:10: 'nearly 88 billion' is not a money figure")
    assert found[1] == ("claims.yaml:10:10: 'money' must be the figure as one line of words, such as "
                        "'nearly 88 billion USD', or one per version, not a list")


def test_article_of_a_per_version_claim_must_be_in_its_story(work):
    (work / "other.txt").write_text("Other text.\n", encoding="utf-8")
    head = HEAD.replace("claims:\n", "  other: {path: other.txt}\nclaims:\n")
    assert problems("""\
      - id: trade
        article: other
        about: bilateral trade
        money: {old: nearly 88 billion USD}
    """, head) == ["claims.yaml:8:12: 'article' of claim 'trade' must be one of the versions its "
                   "figures name (old, new)"]


def test_drift_policy_values(work):
    assert problems(CLAIM_OLD_ONLY + "    drift: warning\n") == [
        "claims.yaml:10:10: unknown drift policy 'warning' (did you mean 'warn'?)"]
    assert problems(CLAIM_OLD_ONLY, HEAD.replace("version: 1\n", "version: 1\ndrift: [x]\n")) == [
        "claims.yaml:2:8: 'drift' must be fail or warn, not a list"]


def test_empty_per_version_mapping(work):
    assert problems("""\
      - id: trade
        about: bilateral trade
        money: {}
    """) == ["claims.yaml:8:10: 'money' is an empty mapping: give a figure per version, such as "
             "'<article>: nearly 88 billion USD'"]


def test_per_version_claim_model(work):
    write("""\
      - id: trade
        about: bilateral trade
        money:
          old: nearly 88 billion USD
          new: surpassing 100 billion USD
    """)
    from checker.claims import load_claims
    claim = load_claims("claims.yaml").claims[0]
    assert claim.article == "old" and claim.figure == "nearly 88 billion USD"
    assert claim.versions == ("old", "new")
    assert claim.figure_for("new").figure == "surpassing 100 billion USD"
    assert claim.figure_for("new").pos.line == 10
    assert claim.figure_for("new").expected.value == pytest.approx(100e9)


@pytest.mark.parametrize("year", ["2130", "1030", "2031", "3030"])
def test_an_edited_year_in_another_version_is_drift(work, year):
    """A year claim is judged in the other version where its words find a year: an edit
    to one far from ours ("the 2130 Agenda", "the 3030 Agenda", which reads as a number)
    must still be judged as one, or the edit would pass unseen."""
    (work / "old.txt").write_text(OLD + "Viet Nam pursues the 2030 Agenda.\n", encoding="utf-8")
    (work / "new.txt").write_text(NEW + f"Viet Nam pursues the {year} Agenda.\n", encoding="utf-8")
    write("""\
      - id: agenda
        article: old
        about: Agenda
        year: 2030
    """)
    got = results()
    assert got["agenda", "old"].status is Outcome.PASS
    assert (got["agenda", "new"].status, got["agenda", "new"].found) == (Outcome.DRIFT, year)

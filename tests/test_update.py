"""Accepting a change (issue 4): ``factlock update`` and ``check --update`` rewrite a claims
file's figures to what the text states, keeping every other byte of the file."""
from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import checker.cli as cli
from checker.update import update_file, yaml_scalar

ROOT = Path(__file__).resolve().parent.parent

OLD = "Bilateral trade reached nearly 88 billion USD in 2024, up 22%.\n"
NEW = "Bilateral trade is surpassing 100 billion USD, up 22%. Ties are 30 years old.\n"

CLAIMS = """\
# The ledger: comments anywhere, odd spacing, both YAML styles.
version: 1
articles:
  old: {path: old.txt, published: 2024-09-20}   # the first version
  new:
    path: new.txt
    published: 2025-09-20
    previous: old

claims:
  # a figure per version, block style
  - id: trade
    about: bilateral trade
    money:
      old: nearly 88 billion USD      # from the ministry
      new: "surpassing 100 billion USD"

  # one figure, flow style
  - {id: growth, article: old, about: bilateral trade, percent: 'up 22%'}   # keep

  # one figure, block style, with a comment after it
  - id: growth-block
    article: old
    about: [bilateral trade]
    percent:   up 22%     # the growth

  - id: ties            # only in the new version
    article: new
    about: Ties are
    duration: 30 years
"""


@pytest.fixture
def work(tmp_path, monkeypatch):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(path: str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert old in text
    Path(path).write_text(text.replace(old, new), encoding="utf-8")


def test_nothing_to_update_touches_nothing(work, capsys):
    before = os.stat("claims.yaml")
    assert cli.main(["update"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "nothing to update" in err
    assert os.stat("claims.yaml").st_mtime_ns == before.st_mtime_ns
    assert Path("claims.yaml").read_text(encoding="utf-8") == CLAIMS


def test_round_trip_keeps_every_byte_but_the_changed_figures(work, capsys):
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    edit("new.txt", "surpassing 100 billion USD", "over 101 billion USD")
    edit("new.txt", "30 years", "31 years")
    assert cli.main(["check"]) == 1
    capsys.readouterr()
    assert cli.main(["update"]) == 0
    out, err = capsys.readouterr()
    expected = (CLAIMS
                .replace("      old: nearly 88 billion USD      #", "      old: nearly 90 billion USD      #")
                # 'over' and 'surpassing' mean the same: the claim's word and quotes stay
                .replace('      new: "surpassing 100 billion USD"', '      new: "surpassing 101 billion USD"')
                .replace("    duration: 30 years", "    duration: 31 years"))
    assert Path("claims.yaml").read_text(encoding="utf-8") == expected
    assert "-      old: nearly 88 billion USD      # from the ministry\n" in out
    assert "+      old: nearly 90 billion USD      # from the ministry\n" in out
    assert out.startswith("--- a/claims.yaml\n+++ b/claims.yaml\n")
    assert err == "factlock update: updated 3 figures in claims.yaml\n"
    assert cli.main(["check"]) == 0


def test_drift_makes_a_figure_per_version_in_both_styles(work, capsys):
    # up 22% -> up 14% between versions: the one-figure claims drift in 'new'
    edit("new.txt", "up 22%", "up 14%")
    assert cli.main(["check"]) == 1
    capsys.readouterr()
    assert cli.main(["update"]) == 0
    expected = (CLAIMS
                .replace("percent: 'up 22%'}", "percent: {old: 'up 22%', new: up 14%}}")
                .replace("    percent:   up 22%     # the growth",
                         "    percent:\n      old: up 22%\n      new: up 14%     # the growth"))
    assert Path("claims.yaml").read_text(encoding="utf-8") == expected
    assert cli.main(["check"]) == 0


def test_a_version_added_to_a_flow_mapping(work, capsys):
    Path("claims.yaml").write_text(CLAIMS.replace(
        "    money:\n      old: nearly 88 billion USD      # from the ministry\n"
        "      new: \"surpassing 100 billion USD\"\n",
        "    money: {old: nearly 88 billion USD}\n"), encoding="utf-8")
    assert cli.main(["update", "--article", "new"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert "    money: {old: nearly 88 billion USD, new: surpassing 100 billion USD}\n" in text


def test_a_version_added_to_a_block_mapping_after_its_comment(work, capsys):
    Path("claims.yaml").write_text(CLAIMS.replace("      new: \"surpassing 100 billion USD\"\n", ""),
                                   encoding="utf-8")
    assert cli.main(["update", "--article", "new"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert ("      old: nearly 88 billion USD      # from the ministry\n"
            "      new: surpassing 100 billion USD\n") in text


def test_only_the_versions_asked_for(work, capsys):
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    edit("new.txt", "up 22%", "up 14%")
    assert cli.main(["update", "--article", "old"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert "old: nearly 90 billion USD" in text
    assert "new: up 14%" not in text       # the drift in 'new' was not asked for


def test_an_article_name_no_claims_file_has_is_refused_and_nothing_is_written(work, capsys):
    # "--article 2025" said every figure already matched, though the text had changed
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    assert cli.main(["update", "--article", "old", "--article", "olde"]) == 2
    out, err = capsys.readouterr()
    assert err == "claims.yaml:1:1: --article names no article of claims.yaml: 'olde' (did you mean 'old'?)\n"
    assert out == "" and Path("claims.yaml").read_text(encoding="utf-8") == CLAIMS


def test_dry_run_writes_nothing(work, capsys):
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    assert cli.main(["update", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "+      old: nearly 90 billion USD" in out and "would update" in err
    assert Path("claims.yaml").read_text(encoding="utf-8") == CLAIMS


def test_check_never_updates_unasked_and_does_with_update(work, capsys):
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    assert cli.main(["check"]) == 1
    assert cli.main(["check", "--format", "json"]) == 1
    assert Path("claims.yaml").read_text(encoding="utf-8") == CLAIMS
    capsys.readouterr()
    assert cli.main(["check", "--update", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert out.lstrip().startswith("{")                   # the report stays machine-readable
    assert "+      old: nearly 90 billion USD" in err
    assert "updated 1 figure in claims.yaml" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_crlf_and_bom_survive(work, capsys):
    data = ("\ufeff" + CLAIMS.replace("\n", "\r\n")).encode("utf-8")
    Path("claims.yaml").write_bytes(data)
    os.chmod("claims.yaml", 0o640)
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    assert cli.main(["update", "--article", "old"]) == 0
    after = Path("claims.yaml").read_bytes()
    assert after == data.replace(b"old: nearly 88 billion USD", b"old: nearly 90 billion USD")
    assert stat.S_IMODE(os.stat("claims.yaml").st_mode) == 0o640


def test_the_claims_file_is_read_and_composed_once(work, capsys, monkeypatch):
    """update checks the claims it loaded and edits the very nodes it composed: the file
    is read once; the only other composition is of the updated text, to validate it."""
    import checker.claims as claims_package
    import checker.claims.loader as loader
    import checker.update as update
    edit("old.txt", "nearly 88 billion USD", "nearly 90 billion USD")
    read, composed = [], []
    read_document, compose = claims_package.read_document, loader.compose
    monkeypatch.setattr(claims_package, "read_document",
                        lambda path: (read.append(path), read_document(path))[1])
    monkeypatch.setattr(loader, "compose", lambda text, shown: (composed.append(text), compose(text, shown))[1])
    monkeypatch.setattr(update, "compose", loader.compose)
    assert cli.main(["update"]) == 0
    assert "+      old: nearly 90 billion USD" in capsys.readouterr().out
    assert read == ["claims.yaml"]
    assert composed == [CLAIMS, Path("claims.yaml").read_text(encoding="utf-8")]


def test_missing_and_ambiguous_claims_are_left_alone(work, capsys):
    edit("new.txt", "Ties are 30 years old.", "")
    assert cli.main(["update", "--article", "new", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "duration" not in out         # missing: there is no figure to accept


def test_the_claims_left_alone_are_named_so_nothing_to_update_never_reads_as_all_pass(work, capsys):
    edit("new.txt", "Ties are 30 years old.", "")
    assert cli.main(["update", "--article", "new", "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "failing claim left alone, with no single figure to accept (ties)" in err, err
    assert "every figure already matches" not in err


def test_a_day_its_month_does_not_have_is_left_for_the_article_to_fix(tmp_path, monkeypatch, capsys):
    """'until Nov. 31' fails naming the slip; there is no date to rewrite the claim to."""
    (tmp_path / "a.txt").write_text("Residents can comment until Nov. 31 by phone.\n", encoding="utf-8")
    claims = ("articles:\n  a: {path: a.txt, published: 2024-10-02}\n"
              "claims:\n  - {id: comment, article: a, about: Residents can comment, date: November 30}\n")
    (tmp_path / "claims.yaml").write_text(claims, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["update"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "nothing to update; 1 failing claim left alone" in err and "(comment)" in err
    assert (tmp_path / "claims.yaml").read_text(encoding="utf-8") == claims


def test_the_bundled_example_after_a_one_year_revision(tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    edit("articles/vna-unga-2025.txt", "surpassing 100 billion USD", "surpassing 110 billion USD")
    update = update_file("claims.yaml")
    assert [(u.id, u.version, u.before, u.after) for u in update.updates] == \
        [("trade-total", "unga-2025", "surpassing 100 billion USD", "surpassing 110 billion USD")]
    assert update.new == update.old.replace("      unga-2025: surpassing 100 billion USD",
                                            "      unga-2025: surpassing 110 billion USD")


@pytest.mark.parametrize("wording, expected", [
    ("nearly 88 billion USD", "nearly 88 billion USD"),
    ("up 22%", "up 22%"),
    ("79", "79"),
    ("2025-09-20", "2025-09-20"),
    ("US$88 billion", "US$88 billion"),
    ("from: here", "'from: here'"),
    ("the #1 spot", "'the #1 spot'"),
    ("#1", "'#1'"),
    ("- 3", "'- 3'"),
    ("*5", "'*5'"),
    ("it's", "it's"),
    ("'quoted'", "'''quoted'''"),
    ("true", "'true'"),
    ("null", "'null'"),
    ("3.5", "'3.5'"),
    ("Lương Cường", "Lương Cường"),
])
def test_yaml_scalar_reads_back_as_the_same_words(wording, expected):
    assert yaml_scalar(wording) == expected
    loaded = yaml.safe_load(f"k: {yaml_scalar(wording)}")["k"]
    assert str(loaded) == wording
    loaded = yaml.safe_load(f"{{k: {yaml_scalar(wording, flow=True)}, j: 1}}")["k"]
    assert str(loaded) == wording


@pytest.mark.parametrize("wording", ["1,500 officers", "Some 1,408 officers and soldiers",
                                     "US$1,200", "5% [1]", "a {b}"])
def test_in_a_flow_mapping_commas_and_brackets_are_quoted(wording):
    assert yaml_scalar(wording) == wording                 # block style: plain is fine
    assert yaml_scalar(wording, flow=True) == f"'{wording}'"
    assert yaml.safe_load(f"{{k: {yaml_scalar(wording, flow=True)}, j: 1}}") == {"k": wording, "j": 1}


TROOPS_OLD = "Some 1,200 officers served abroad.\n"
TROOPS_NEW = "Some 1,500 officers served abroad.\n"
TROOPS = """\
version: 1
articles:
  old: {path: old.txt, published: 2024-09-20}
  new: {path: new.txt, published: 2025-09-20, previous: old}
claims:
  - {id: troops, article: old, about: officers served, count: 'some 1,200 officers'}
  - id: troops-block
    article: old
    about: officers served
    count: {old: 'some 1,200 officers'}
"""


def test_a_figure_with_a_thousands_comma_goes_into_a_flow_mapping_quoted(tmp_path, monkeypatch, capsys):
    """A figure stated '1,500' drifts in the new version; accepting it writes it into the
    claims' flow mappings quoted (plain, the comma split the mapping and the update was
    refused with exit 2)."""
    (tmp_path / "old.txt").write_text(TROOPS_OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(TROOPS_NEW, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(TROOPS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check"]) == 1
    assert cli.main(["update"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    # in the claim's words: its 'some', not the sentence's capital 'Some'
    assert "count: {old: 'some 1,200 officers', new: 'some 1,500 officers'}}" in text
    assert "    count: {old: 'some 1,200 officers', new: 'some 1,500 officers'}\n" in text
    assert cli.main(["check"]) == 0
    # and a mismatch in a one-figure flow claim is replaced quoted too
    (tmp_path / "old.txt").write_text("Some 1,300 officers served abroad.\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["update", "--article", "old"]) == 0
    assert cli.main(["check"]) == 0
    assert "{old: 'some 1,300 officers', new: 'some 1,500 officers'}" in \
        Path("claims.yaml").read_text(encoding="utf-8")


# --- the figure written in the claim's own style ----------------------------------------
#
# update writes what the text now states, but as the claim wrote its figure: the year a
# date carries, ISO where the claim used ISO, the currency and 'per cent' as written, the
# counted noun, words for numbers, the claim's qualifier word while it means the same.
# Each case: the sentence before and after an edit of the article, the claim's figure,
# the figure update writes. After the update the check passes.

STYLE_CASES = [
    # dates: the year kept, ISO kept, the claim's order and month spelling
    ("date", "The summit opened on 20 February 2024 in Hanoi.",
     "The summit opened on February 21 in Hanoi.", "20 February 2024", "21 February 2024"),
    ("date", "The summit opened on February 20 in Hanoi.",
     "The summit opened on February 21 in Hanoi.", "2024-02-20", "2024-02-21"),
    ("date", "The summit opened on February 20 in Hanoi.",
     "The summit opened on Feb. 21 in Hanoi.", "February 20, 2024", "February 21, 2024"),
    ("date", "The summit opened on 20 February in Hanoi.",
     "The summit opened on 21 March in Hanoi.", "Feb 20", "Mar 21"),
    ("dates", "The fair runs from September 22-24 in the capital.",
     "The fair runs from September 21-24 in the capital.", "2024-09-22..2024-09-24",
     "2024-09-21..2024-09-24"),
    ("dates", "The fair runs from September 22-24 in the capital.",
     "The fair runs from September 30 to October 2 in the capital.", "September 22-24",
     "September 30-October 2"),
    ("dates", "The fair runs from 22 to 24 September in the capital.",
     "The fair runs from 23 to 25 September in the capital.", "22-24 September 2024",
     "23-25 September 2024"),
    # money: the currency as the claim writes it, its scale word, its qualifier word
    ("money", "Bilateral trade reached nearly 88 billion USD.",
     "Bilateral trade reached nearly US$90 billion.", "nearly 88 billion USD", "nearly 90 billion USD"),
    ("money", "Bilateral trade reached almost 88 billion USD.",
     "Bilateral trade reached almost 88.5 billion USD.", "nearly US$88bn", "nearly US$88.5bn"),
    ("money", "Investment reached US$1.2 million in total.",
     "Investment reached US$900,000 in total.", "1.2 million USD", "900,000 USD"),
    ("money", "Bilateral trade reached nearly 88 billion USD.",
     "Bilateral trade reached over 101 billion USD.", "nearly 88 billion USD", "over 101 billion USD"),
    # the text's scale where the claim's would be clumsy, in the claim's way of writing it
    ("money", "Bilateral trade reached 88 billion USD.", "Bilateral trade reached US$1.2 trillion.",
     "US$88bn", "US$1.2tn"),
    ("money", "Investment reached 1.2 million USD.", "Investment reached US$6.5bn.",
     "1.2 million USD", "6.5 billion USD"),
    # percentages: 'per cent' or '%' as written, words for numbers, the direction turned round
    ("percent", "Exports rose 22% on the year.", "Exports fell 3% on the year.",
     "up 22 per cent", "down 3 per cent"),
    ("percent", "Exports of rice rose sixteen per cent.", "Exports of rice rose 17%.",
     "up sixteen per cent", "up seventeen per cent"),
    ("percent", "Women account for 16% of the force.", "Women account for 17 per cent of the force.",
     "16%", "17%"),
    ("percent", "The rate rose by 1.5 percentage points.", "The rate rose by 2 percentage points.",
     "up 1.5 percentage points", "up 2 percentage points"),
    # counts: the noun as the claim writes it, singular or plural with the number
    ("count", "Some 1,200 officers served abroad.", "About 1,500 officers served abroad.",
     "some 1,200 officers", "some 1,500 officers"),
    ("count", "The port installed five new cranes.", "The port installed 12 new cranes.",
     "five new cranes", "twelve new cranes"),
    ("count", "One ship called at the harbour.", "Three ships called at the harbour.",
     "one ship", "three ships"),
    ("number", "The force numbers 15,000 in all.", "The force numbers 16,500 in all.", "15000", "16500"),
    # ordinals, years, durations
    ("ordinal", "The 79th session was held in New York.", "The 80th session was held in New York.",
     "79th", "80th"),
    ("ordinal", "The eleventh congress met in Hanoi.", "The 12th congress met in Hanoi.",
     "eleventh", "twelfth"),
    ("year", "The plan runs until 2030.", "The plan runs until 2035.", "until 2030", "until 2035"),
    ("years", "Output grew throughout the 2010s.", "Output grew throughout the 2020s.",
     "the 2010s", "the 2020s"),
    ("duration", "Ties between the two span nearly five decades.",
     "Ties between the two span nearly six decades.", "nearly five decades", "nearly six decades"),
    ("duration", "The partnership is one year old.", "The partnership is two years old.",
     "one year", "two years"),
    ("duration", "Ties between the two span nearly five decades.",
     "Ties between the two span more than 55 years.", "nearly five decades", "more than fifty-five years"),
    ("duration", "The talks lasted 30 years.", "The talks lasted 12 days.", "30 years", "12 days"),
]


@pytest.mark.parametrize("kind, before, after, figure, expected", STYLE_CASES,
                         ids=[f"{c[0]}:{c[3]}" for c in STYLE_CASES])
def test_the_figure_is_written_in_the_claims_own_style(tmp_path, monkeypatch, capsys,
                                                       kind, before, after, figure, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(before + "\n", encoding="utf-8")
    about = next(w for w in ("summit opened", "fair runs", "trade", "Investment", "Exports", "Women",
                             "rate rose", "served abroad", "port installed", "called at", "force numbers", "session",
                             "congress", "plan runs", "Output grew", "Ties between", "partnership", "talks lasted")
                 if w in before)
    claims = ("version: 1\narticles:\n  a: {path: a.txt, published: 2024-02-10}\nclaims:\n"
              f"  - id: c\n    article: a\n    about: {about}\n    {kind}: {yaml_scalar(figure)}\n")
    (tmp_path / "claims.yaml").write_text(claims, encoding="utf-8")
    if cli.main(["check"]) != 0:                      # the claim held before the edit ...
        pytest.fail(capsys.readouterr().out)
    (tmp_path / "a.txt").write_text(after + "\n", encoding="utf-8")
    assert cli.main(["check"]) == 1                   # ... and not after it
    capsys.readouterr()
    assert cli.main(["update"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert text == claims.replace(f"{kind}: {yaml_scalar(figure)}\n", f"{kind}: {yaml_scalar(expected)}\n")
    assert cli.main(["check"]) == 0, capsys.readouterr().out


def test_a_figure_per_version_takes_the_style_of_the_one_it_is_compared_with(work, capsys):
    """A drift adds the new version's figure in the words of the figure it drifted from."""
    Path("claims.yaml").write_text(CLAIMS.replace("duration: 30 years", "duration: thirty years"),
                                   encoding="utf-8")
    edit("new.txt", "30 years", "31 years")
    edit("new.txt", "surpassing 100 billion USD", "surpassing US$101bn")
    assert cli.main(["update"]) == 0
    text = Path("claims.yaml").read_text(encoding="utf-8")
    assert '      new: "surpassing 101 billion USD"' in text     # its quotes and currency
    assert "    duration: thirty-one years\n" in text
    assert cli.main(["check"]) == 0


def test_where_no_wording_in_the_claims_style_states_it_the_texts_is_written(tmp_path, monkeypatch, capsys):
    """A currency that changed cannot keep the claim's: the text's words are written."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Bilateral trade reached 88 billion USD.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\narticles:\n  a: {path: a.txt, published: 2024-02-10}\nclaims:\n"
        "  - {id: c, article: a, about: Bilateral trade, money: 88 billion USD}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bilateral trade reached €90 billion.\n", encoding="utf-8")
    assert cli.main(["update"]) == 0
    assert "money: €90 billion}" in Path("claims.yaml").read_text(encoding="utf-8")
    assert cli.main(["check"]) == 0


def test_any_figure_offered_to_any_claim_is_restyled_soundly_or_declined():
    """Every figure of the bundled articles offered to every claim of a compatible kind
    (most pairs are no real update: another date, another count): restyle never fails,
    and a wording it offers reads back, in that article, as exactly that figure."""
    import dataclasses

    from checker.claims import load_claims
    from checker.engine import Indexes
    from checker.evaluate import judge
    from checker.extraction import parse_figure
    from checker.extraction.figures import COMPATIBLE
    from checker.restyle import restyle

    claim_set = load_claims(str(ROOT / "claims.yaml"))
    indexes = Indexes(claim_set)
    offered = restyled = 0
    for claim in claim_set.claims:
        if claim.expected is None:
            continue
        for name in claim_set.articles:
            index = indexes[name]
            for mention in index.mentions:
                if mention.kind not in COMPATIBLE[claim.kind]:
                    continue
                offered += 1
                wording = restyle(claim, claim.figure, claim.expected, mention, index.reference)
                if wording is None:
                    continue
                restyled += 1
                reading = parse_figure(claim.kind, wording, index.reference)
                as_claim = dataclasses.replace(claim, figure=wording, expected=reading, tolerance=None)
                assert judge(as_claim, mention) is None, (claim.figure, mention.text, wording)
    assert offered > 300 and restyled > 0.8 * offered


# --- the diff, from the edits ------------------------------------------------------------

_FIGURE_LINE = re.compile(r"(?m)\b(?:count|number|percent|money|date|dates|year|years|ordinal|duration"
                          r"|unga-2024|unga-2025): ([^\r\n{},#]+?)(?=\s*(?:#|,|}|\r?$))")


@settings(max_examples=150, deadline=None)
@given(st.booleans(), st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 2),
                                         st.sampled_from(["over 101 billion USD", "12", "2024-09-21..2024-09-24",
                                                          "'some 1,500 officers'", "up 14%"])),
                               min_size=1, max_size=15))
def test_the_diff_made_from_the_edits_is_difflibs(crlf, changes):
    """update's diff compares only the lines its edits touch (the whole files took seconds
    on a large ledger); on edits such as update makes (a figure replaced, a version added
    after it or the figure turned into one per version) it is difflib's, byte for byte."""
    import difflib

    from checker.update import FileUpdate, _apply, _opcodes
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8")
    newline = "\r\n" if crlf else "\n"
    text = text.replace("\n", newline)
    spots = list(_FIGURE_LINE.finditer(text))
    edits, used = [], set()
    for at, how, figure in changes:
        spot = spots[at % len(spots)]
        start, end = spot.span(1)
        if start in used:
            continue
        used.add(start)
        if how == 0:
            edits.append((start, end, figure))
        elif how == 1:
            edits.append((end, end, f"{newline}      unga-2026: {figure}"))
        else:
            edits.append((start - 1, end, f"{newline}      unga-2024: {spot.group(1)}{newline}      unga-2025: {figure}"))
    update = FileUpdate("claims.yaml", "claims.yaml", text, _apply(text, edits), [], edits)
    expected = "".join(line if line.endswith("\n") else line + "\n" for line in difflib.unified_diff(
        text.splitlines(keepends=True), update.new.splitlines(keepends=True),
        fromfile="a/claims.yaml", tofile="b/claims.yaml")).replace("\r\n", "\n")
    assert update.diff == expected
    assert _opcodes(text, text.splitlines(keepends=True), update.new.splitlines(keepends=True), edits)


def _patched(old_lines: list[str], diff: str) -> list[str]:
    """``old_lines`` with a unified diff applied (the diff's lines end in '\\n')."""
    out, at = [], 0
    lines = diff.splitlines(keepends=True)[2:]
    for line in lines:
        if line.startswith("@@"):
            start = int(re.match(r"@@ -(\d+)", line).group(1))
            count = re.match(r"@@ -\d+(?:,(\d+))?", line).group(1)
            start = start - 1 if count != "0" else start
            out += old_lines[at:start]
            at = start
        elif line[0] in " -":
            assert old_lines[at].replace("\r\n", "\n") == line[1:], (old_lines[at], line)
            if line[0] == " ":
                out.append(old_lines[at])
            at += 1
        else:
            out.append(line[1:])
    return [line.replace("\r\n", "\n") for line in out + old_lines[at:]]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 300),
                          st.sampled_from(["", "X", "\n", "\n  new: 1", "a\nb\n", "    article: unga-2025\n"])),
                min_size=1, max_size=12))
def test_the_diff_made_from_any_edits_turns_the_old_file_into_the_new(changes):
    """Whatever the edits (here any text replaced anywhere), the diff made from them is
    a unified diff of the two files: applied to the old lines it gives the new ones."""
    from checker.update import FileUpdate, _apply, _opcodes
    text = (ROOT / "claims.yaml").read_text(encoding="utf-8")
    edits, taken = [], []
    for start, length, replacement in changes:
        start = start % len(text)
        end = min(len(text), start + length)
        if any(start <= e and s <= end for s, e in taken):
            continue
        taken.append((start, end))
        edits.append((start, end, replacement))
    update = FileUpdate("claims.yaml", "claims.yaml", text, _apply(text, edits), [], edits)
    new = update.new.splitlines(keepends=True)
    # the diff, as update prints it, ends every line with a line break (a last line
    # without one is shown with one)
    ended = [line if line.endswith("\n") else line + "\n" for line in new]
    assert _patched(text.splitlines(keepends=True), update.diff) == [line.replace("\r\n", "\n") for line in ended]
    assert _opcodes(text, text.splitlines(keepends=True), new, edits)      # made from the edits

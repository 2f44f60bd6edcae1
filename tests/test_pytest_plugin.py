"""The pytest plugin end to end: claims files collected and run by a real pytest (pytester).

Each test writes a small project (an article and a claims file) into pytester's folder and
runs pytest on it in-process; only the pytest-xdist run needs a subprocess.
"""
from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET

import pytest

pytest_plugins = ["pytester"]

ARTICLE = (
    "In the first eight months of this year, bilateral trade reached nearly 88 billion USD, "
    "up 22%.\n"
    "The relationship between Vietnam and the UN spans nearly 50 years.\n"
)

CLAIMS = """\
articles:
  unga: {path: article.txt, published: 2024-09-20}
claims:
  - id: trade-total
    about: bilateral trade
    money: nearly 88 billion USD
  - id: trade-growth
    about: bilateral trade
    percent: up 22%
  - id: un-ties
    about: relationship between Vietnam and the UN
    duration: nearly 50 years
"""

IDS = ["trade-total", "trade-growth", "un-ties"]


@pytest.fixture
def project(pytester):
    """A folder with claims.yaml and its article, as a user's repository would hold."""
    pytester.makefile(".txt", article=ARTICLE)
    pytester.path.joinpath("claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return pytester


def edit(pytester, old, new):
    path = pytester.path / "article.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_plain_pytest_collects_and_passes_one_item_per_claim_indexing_once(project, monkeypatch):
    import checker.locate as locate
    built = []

    class Counting(locate.ArticleIndex):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(locate, "ArticleIndex", Counting)
    result = project.runpytest("-v")
    assert result.ret == 0
    result.assert_outcomes(passed=3)
    assert [ln.split()[0] for ln in result.outlines if " PASSED" in ln] == [f"claims.yaml::{i}" for i in IDS]
    assert len(built) == 1          # three claims, one article: indexed once


def test_a_failure_reads_like_factlock_check_and_junitxml_lists_every_claim(project):
    edit(project, "nearly 88 billion USD", "over 88 billion USD")
    result = project.runpytest("-q", "--junitxml=report.xml")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*claim trade-total*",
        "article.txt:1:65: mismatch: trade-total (money)",
        "  In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%.",
        " " * (2 + ARTICLE.index("nearly 88")) + "^" * len("over 88 billion USD"),
        "  expected: nearly 88 billion USD",
        "     found: over 88 billion USD",
        "*claim: claims.yaml:4:5",
        "FAILED claims.yaml::trade-total*",
    ])
    assert "Traceback" not in out and "raise " not in out and "pytest_plugin.py" not in out
    root = ET.parse(project.path / "report.xml").getroot()
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert list(cases) == IDS
    assert {c.get("classname") for c in cases.values()} == {"claims.yaml"}
    failure = cases["trade-total"].find("failure")
    assert failure is not None and "expected: nearly 88 billion USD" in failure.text
    assert cases["un-ties"].find("failure") is None


VERSIONS = """\
articles:
  v1: {path: v1.txt, published: 2024-09-20}
  v2: {path: v2.txt, published: 2025-09-20, previous: v1}
claims:
  - id: trade
    about: bilateral trade
    money: {v1: nearly 88 billion USD, v2: surpassing 100 billion USD}
  - id: growth
    article: v1
    about: bilateral trade
    percent: up 22%
  - id: ties
    article: v1
    about: diplomatic ties
    duration: nearly 50 years
    drift: warn
"""


def test_a_claim_is_an_item_per_version_of_its_story(pytester):
    pytester.makefile(".txt", v1="Bilateral trade reached nearly 88 billion USD, up 22%. "
                                 "Diplomatic ties span nearly 50 years.\n",
                      v2="Bilateral trade is surpassing 100 billion USD, up 22%. "
                         "Diplomatic ties span some 51 years.\n")
    pytester.path.joinpath("claims.yaml").write_text(VERSIONS, encoding="utf-8")
    result = pytester.runpytest("-v")
    names = [ln.split()[0] for ln in result.outlines if " PASSED" in ln]
    assert names == [f"claims.yaml::{c}[{v}]" for c in ("trade", "growth", "ties") for v in ("v1", "v2")]
    result.assert_outcomes(passed=6, warnings=1)            # the drift of 'ties' only warns
    result.stdout.fnmatch_lines(["*claims.yaml:12: FactlockDriftWarning: v2.txt:1:*: warning: drift: ties (duration)",
                                 "*expected: nearly 50 years"])
    pytester.path.joinpath("v2.txt").write_text(
        "Bilateral trade is surpassing 100 billion USD, up 25%. Diplomatic ties span nearly 50 years.\n",
        encoding="utf-8")
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(["FAILED claims.yaml::growth[[]v2[]]*"])


def test_other_claims_files_are_collected_too(project):
    project.path.joinpath("more.claims.yaml").write_text(
        "articles:\n  unga: {path: article.txt, published: 2024-09-20}\n"
        "claims:\n  - {id: growth-again, about: bilateral trade, percent: up 22%}\n", encoding="utf-8")
    project.path.joinpath("notes.yaml").write_text("not: claims\n", encoding="utf-8")
    result = project.runpytest("--collect-only", "-q")
    assert "more.claims.yaml::growth-again" in result.outlines
    assert not any(ln.startswith("notes.yaml") for ln in result.outlines)


def test_k_selects_claims_by_id(project):
    result = project.runpytest("-q", "-k", "trade and not growth")
    result.assert_outcomes(passed=1, deselected=2)


def test_x_stops_at_the_first_failing_claim(project):
    edit(project, "nearly 88 billion USD, up 22%", "over 88 billion USD, down 22%")
    result = project.runpytest("-q", "-x")
    result.assert_outcomes(failed=1)
    assert "stopping after 1 failures" in result.stdout.str()


def test_lf_reruns_only_the_failing_claims(project):
    edit(project, "up 22%", "up 23%")
    project.runpytest("-q").assert_outcomes(passed=2, failed=1)
    result = project.runpytest("-q", "--lf")
    result.assert_outcomes(failed=1)
    assert "trade-growth" in result.stdout.str()


def test_a_broken_claims_file_is_one_collection_error_with_positions(project):
    project.path.joinpath("claims.yaml").write_text(
        CLAIMS.replace("    about: bilateral trade\n    money", "    abuot: bilateral trade\n    money")
              .replace("id: un-ties", "id: trade-total"), encoding="utf-8")
    result = project.runpytest("-q")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.assert_outcomes(errors=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines([
        "*ERROR collecting claims.yaml*",
        "claims.yaml:5:5: unknown key 'abuot' in claim 'trade-total' (did you mean 'about'?)",
        "claims.yaml:10:9: duplicate id 'trade-total' (first at line 4)",
    ])
    assert "Traceback" not in out and "UserError" not in out


def test_a_missing_article_is_a_collection_error_too(project):
    (project.path / "article.txt").unlink()
    result = project.runpytest("-q")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["claims.yaml:2:*article.txt*"])


@pytest.mark.parametrize("args, ini", [
    (["--no-factlock"], ""),
    ([], "[pytest]\nfactlock = false\n"),
])
def test_collection_can_be_turned_off(project, args, ini):
    if ini:
        project.makefile(".ini", pytest=ini)
    project.makepyfile(test_other="def test_one():\n    pass\n")
    result = project.runpytest("-q", *args)
    result.assert_outcomes(passed=1)


def test_claims_outside_testpaths_are_not_collected_unless_chosen(project):
    """This repository's own layout: claims.yaml at the root, tests under tests/."""
    project.makefile(".ini", pytest="[pytest]\ntestpaths = tests\n")
    project.mkdir("tests").joinpath("test_x.py").write_text("def test_x():\n    pass\n")
    project.runpytest("-q").assert_outcomes(passed=1)
    result = project.runpytest("-q", "--factlock-claims", "claims.yaml")
    result.assert_outcomes(passed=4)


def test_factlock_claims_selects_files_and_folders(project):
    sub = project.mkdir("ledgers")
    sub.joinpath("extra.claims.yaml").write_text(
        "articles:\n  unga: {path: ../article.txt, published: 2024-09-20}\n"
        "claims:\n  - {id: only-this, about: bilateral trade, percent: up 22%}\n", encoding="utf-8")
    result = project.runpytest("-v", "--factlock-claims", "ledgers")
    items = [ln.split()[0] for ln in result.outlines if " PASSED" in ln]
    assert items == ["ledgers/extra.claims.yaml::only-this"]      # claims.yaml not chosen
    result = project.runpytest("-q", "--factlock-claims", "nowhere.yaml")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "nowhere.yaml" in result.stderr.str() and "no such claims file" in result.stderr.str()


@pytest.mark.skipif(importlib.util.find_spec("xdist") is None, reason="pytest-xdist is not installed")
def test_n_2_gives_the_same_outcome(project):
    edit(project, "nearly 88 billion USD", "over 88 billion USD")
    result = project.runpytest_subprocess("-q", "-n", "2", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*FAILED claims.yaml::trade-total*"])
    assert "expected: nearly 88 billion USD" in result.stdout.str()


def test_the_scale_benchmark_runs_small():
    """benchmarks/plugin_scale.py, tiny, so it cannot silently rot (no timing asserted)."""
    import sys
    from pathlib import Path
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    from benchmarks import plugin_scale
    res = plugin_scale.run(n_claims=20, repeat=1)
    assert res["plain_exit"] == 0 and res["plain_counts"] == {"passed": res["cases"]}
    counts = res["plugin_counts"]
    assert res["plugin_exit"] in (0, 1) and counts.get("passed", 0) + counts.get("failed", 0) == res["claims"]
    assert "ratio plugin / plain" in plugin_scale.format_result({**res, "pinning": "not pinned"})

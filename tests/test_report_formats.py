"""The CI output formats (github, sarif, junit, markdown): golden files and their rules.

One hand-built Report (every outcome, a figure over a line break, characters each format
must escape) is rendered by every format and compared with tests/data/golden/. After an
intended change, regenerate them with ``FACTLOCK_UPDATE_GOLDEN=1 python -m pytest
tests/test_report_formats.py`` and review the diff.

The SARIF log is validated against the official SARIF 2.1.0 JSON schema, vendored in
tests/data/ (see tests/data/README.md for its origin).
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import checker.cli as cli
from checker.model import Outcome, Position, Report, Result, Span
from checker.report import RENDERERS, github, junit, markdown, sarif

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "golden"
ARTICLE = (GOLDEN / "article.txt").read_text(encoding="utf-8")
UPDATE = os.environ.get("FACTLOCK_UPDATE_GOLDEN", "") not in ("", "0")


def located(id, status, figure, expected, *, kind="money", nth=0, message="", version="trade",
            claim=None, others=()):
    """A Result whose figure is the ``nth`` occurrence of ``figure`` in the golden article."""
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(figure, start + 1)
    end = start + len(figure)
    line = ARTICLE.count("\n", 0, start) + 1
    column = start - (ARTICLE.rfind("\n", 0, start) + 1) + 1
    s = ARTICLE.rfind("\n", 0, start) + 1
    e = ARTICLE.find(".", end) + 1
    evidence = " ".join(ARTICLE[s:e].split())
    shown = " ".join(figure.split())
    ev_start = evidence.index(shown)
    return Result(id=id, article="trade", version=version, path="article.txt", kind=kind,
                  status=status, expected=expected, found=shown, span=Span(start, end),
                  line=line, column=column, evidence=evidence, message=message,
                  claim_pos=claim, evidence_span=(ev_start, ev_start + len(shown)),
                  others=tuple(others))


def claim_at(line, column=5):
    return Position("ledger.yaml", line, column)


def golden_report() -> Report:
    other = located("peacekeepers", Outcome.AMBIGUOUS, "some 1,600", "1,450", kind="number",
                    message="value differs: text says about 1600, claim says 1450",
                    claim=claim_at(20))
    return Report([
        located("trade-total", Outcome.MISMATCH, "over 88 billion USD", "nearly 88 billion USD",
                message="qualifier differs: text says above, claim says just below",
                claim=claim_at(8)),
        located("trade-growth", Outcome.PASS, "up 22%", "up 22%", kind="percent", claim=claim_at(12)),
        Result(id="summit-dates", article="trade", version="trade", path="article.txt",
               kind="dates", status=Outcome.MISSING, expected="2024-09-22..2024-09-24",
               message="no sentence mentions 'Summit | Future, 100%'",
               claim_pos=claim_at(16)),
        located("peacekeepers", Outcome.AMBIGUOUS, "nearly 1,500", "1,450", kind="number",
                message="'peacekeepers' locates 2 different figures, none as claimed: "
                        "'nearly 1,500' (line 2), 'some 1,600' (line 2)",
                claim=claim_at(20), others=[other]),
        located("trade-2025", Outcome.DRIFT, "surpassing 100\nbillion USD", "nearly 88 billion USD",
                version="trade-2025",
                message="changed since version 'trade': nearly 88 billion USD -> surpassing 100 billion USD",
                claim=claim_at(24)),
        dataclasses.replace(
            located("peacekeepers-2025", Outcome.DRIFT, "some 1,600", "nearly 1,500", kind="number",
                    version="trade-2025", message="the figure changed; drift: warn", claim=claim_at(26)),
            warning=True),
        Result(id="bad-article", article="gone", version="gone", path="missing folder/ghi chú.txt",
               kind="count", status=Outcome.ERROR, expected="3 things",
               message="cannot read article: no such file\nsecond line <b>&</b>",
               claim_pos=claim_at(28, 14)),
    ])


FORMATS = {
    "github": "report.github.txt",
    "markdown": "report.md",
    "sarif": "report.sarif",
    "junit": "report.junit.xml",
}


@pytest.fixture
def in_golden(monkeypatch):
    """Run in tests/data/golden, so the SARIF renderer finds article.txt; pin the version."""
    monkeypatch.chdir(GOLDEN)
    monkeypatch.setattr(sarif, "tool_version", lambda: "0.0.0-golden")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(fmt, in_golden):
    out = RENDERERS[fmt](golden_report(), color=False, verbose=False)
    path = GOLDEN / FORMATS[fmt]
    if UPDATE:
        path.write_text(out, encoding="utf-8", newline="")
    assert out == path.read_text(encoding="utf-8"), f"differs from {path}; see the module docstring"


def test_golden_step_summary(in_golden):
    out = github.step_summary(golden_report())
    path = GOLDEN / "step-summary.md"
    if UPDATE:
        path.write_text(out, encoding="utf-8", newline="")
    assert out == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_renderers_are_pure_functions_of_the_report(fmt, in_golden):
    report = golden_report()
    render = RENDERERS[fmt]
    first = render(report, color=True, verbose=True)
    assert isinstance(first, str) and first.endswith("\n")
    assert render(report, color=True, verbose=True) == first
    assert "\x1b[" not in first                     # no terminal colour in CI formats
    assert render(Report([]), color=False, verbose=False).endswith("\n")


# --- github -------------------------------------------------------------------------

def test_github_escapes_data_and_properties():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%d\n") == "a%3Ab%2Cc%25d%0A"


def _unescape(text: str) -> str:
    return re.sub("%(25|0D|0A|3A|2C)",
                  lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m.group(1)], text)


@given(st.text())
def test_github_escaping_round_trips(text):
    for escaped in (github.escape_data(text), github.escape_property(text)):
        assert "\n" not in escaped and "\r" not in escaped
        assert _unescape(escaped) == text
    assert ":" not in github.escape_property(text) and "," not in github.escape_property(text)


def test_github_one_command_per_failure_on_one_line(in_golden):
    report = golden_report()
    lines = github.render(report).splitlines()
    commands = [ln for ln in lines if ln.startswith("::")]
    assert len(commands) == sum(1 for r in report.results if not r.ok or r.warning)
    assert [c.split()[0] for c in commands].count("::warning") == 1
    assert next(c for c in commands if "title=peacekeepers-2025" in c).startswith("::warning file=article.txt,")
    first = commands[0]
    assert first.startswith("::error file=article.txt,line=1,col=")
    assert ",title=trade-total::mismatch (money): expected nearly 88 billion USD, found over 88 billion USD" in first
    missing = next(c for c in commands if "title=summit-dates" in c)
    assert missing.startswith("::error file=ledger.yaml,line=16,col=5,")   # the claim's line
    assert "Summit | Future%2C" not in missing and "Future, 100%25" in missing   # data escaping only


def test_github_annotation_shows_no_control_character_of_the_article():
    """A sentence holding ESC or DEL (pasted from a terminal) went into the log as is,
    where the runner reads ANSI sequences; the text report shows them as spaces."""
    evidence = "Trade\x0b rose\x1b[31m 5% in \x7fMarch\x0c."
    result = Result(id="t", article="a", version="a", path="a.txt", kind="percent",
                    status=Outcome.MISMATCH, expected="up 6%", found="5%\x1b", span=Span(18, 20),
                    line=1, column=18, evidence=evidence, message="value differs",
                    claim_pos=Position("claims.yaml", 4, 5))
    [command] = [ln for ln in github.render(Report([result])).splitlines() if ln.startswith("::")]
    assert not any(unicodedata.category(ch) == "Cc" for ch in command), repr(command)
    assert "found 5%25 %0ATrade rose [31m 5%25 in March .%0Avalue differs" in command


def test_github_notes_the_annotation_limit():
    many = Report([located(f"c{i}", Outcome.MISMATCH, "over 88 billion USD", "nearly 88 billion USD")
                   for i in range(github.ANNOTATION_LIMIT + 2)])
    out = github.render(many)
    assert "GitHub shows only the first 10 annotations" in out and "12 claims failed" in out
    assert "all of them are listed above" in out
    assert "the job summary lists all of them" in github.render(many, step_summary=True)
    few = Report(many.results[:github.ANNOTATION_LIMIT])
    assert "annotations" not in github.render(few)


def test_cli_appends_every_failure_to_the_job_summary(tmp_path, monkeypatch, capsys):
    import checker.engine as engine
    many = Report([located(f"claim-{i}", Outcome.MISMATCH, "over 88 billion USD", "nearly 88 billion USD")
                   for i in range(12)])
    monkeypatch.setattr(engine, "run_check", lambda paths, **kw: many)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli.main(["check", "--format", "github"]) == 1
    out = capsys.readouterr().out
    assert out.count("::error ") == 12 and "the job summary lists all of them" in out
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n")
    assert all(f"`claim-{i}`" in text for i in range(12))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY")
    assert cli.main(["check", "--format", "json"]) == 1       # other formats leave it alone
    assert summary.read_text(encoding="utf-8") == text


# --- sarif --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sarif_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    # The published schema's run.language pattern uses an inline flag Python's re rejects,
    # so the schema is not meta-validated; documents are validated in full.
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_sarif_validates_against_the_official_schema(in_golden, sarif_validator):
    doc = json.loads(sarif.render(golden_report()))
    errors = sorted(sarif_validator.iter_errors(doc), key=str)
    assert errors == [], errors[0].message if errors else ""
    broken = json.loads(json.dumps(doc))
    del broken["runs"][0]["tool"]["driver"]["name"]
    assert list(sarif_validator.iter_errors(broken)), "the schema must catch a broken log"


def test_sarif_regions_rules_and_fingerprints(in_golden):
    doc = sarif.log(golden_report())
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "factlock"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == ["mismatch", "missing", "ambiguous", "drift", "error"]
    by_id = {r["partialFingerprints"][sarif.FINGERPRINT]: r for r in run["results"]}
    assert "trade-growth" not in by_id                      # a claim that holds is no finding
    assert by_id["peacekeepers-2025@trade-2025"]["level"] == "warning"
    assert {r["level"] for k, r in by_id.items() if k != "peacekeepers-2025@trade-2025"} == {"error"}
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
    region = by_id["trade-total"]["locations"][0]["physicalLocation"]["region"]
    line1 = ARTICLE.splitlines()[0]
    col = line1.index("over 88") + 1
    assert region == {"startLine": 1, "startColumn": col, "endLine": 1,
                      "endColumn": col + len("over 88 billion USD"), "snippet": {"text": "over 88 billion USD"}}
    drift = by_id["trade-2025@trade-2025"]        # checked in a later version than its article
    region = drift["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (3, 4, len("billion USD") + 1)
    missing = by_id["summit-dates"]["locations"][0]["physicalLocation"]
    assert missing == {"artifactLocation": {"uri": "ledger.yaml", "uriBaseId": "%SRCROOT%"},
                       "region": {"startLine": 16, "startColumn": 5}}
    error = by_id["bad-article"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert error == "ledger.yaml"
    assert sarif.uri("missing folder/ghi chú.txt") == "missing%20folder/ghi%20ch%C3%BA.txt"


def test_sarif_end_falls_back_to_the_figure_length_without_the_article():
    result = located("trade-2025", Outcome.DRIFT, "surpassing 100\nbillion USD", "x")
    doc = sarif.log(Report([result]), read=lambda path: None)
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["endLine"] == region["startLine"] == 3
    assert region["endColumn"] == region["startColumn"] + len("surpassing 100\nbillion USD")


# --- junit --------------------------------------------------------------------------

def test_junit_is_well_formed_with_one_testcase_per_claim(in_golden):
    report = golden_report()
    root = ET.fromstring(junit.render(report))
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [r.id for r in report.results]
    assert root.get("tests") == "7" and root.get("failures") == "4" and root.get("errors") == "1"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"ledger.yaml::trade", "ledger.yaml::trade-2025", "ledger.yaml::gone"}
    failure = cases[0].find("failure")
    assert failure.get("type") == "mismatch"
    assert failure.get("message").startswith("mismatch: expected nearly 88 billion USD, found over 88 billion USD")
    assert "article.txt:1:" in failure.text and "^^^^" in failure.text
    assert cases[1].find("failure") is None
    assert cases[-1].find("error").get("type") == "error"


def test_junit_replaces_characters_xml_cannot_carry():
    result = located("ctl", Outcome.MISMATCH, "over 88 billion USD", "nearly 88 billion USD",
                     message="bell \x07 and vertical tab \x0b and \ud800")
    root = ET.fromstring(junit.render(Report([result])))
    assert "\ufffd" in root.find("./testsuite/testcase/failure").get("message")


# --- markdown -----------------------------------------------------------------------

def test_markdown_cells_escape_pipes_and_line_breaks():
    assert markdown.cell("a | b\nc") == "a \\| b<br>c"
    assert markdown.cell("<script>") == "\\<script>"
    assert markdown.cell(None) == "—"


def test_markdown_table_has_a_row_per_failure_and_all_rows_when_verbose(in_golden):
    report = golden_report()
    rows = [ln for ln in markdown.render(report).splitlines() if ln.startswith("| ")]
    assert len(rows) == 1 + 5 + 1                 # header, the failing claims, the warning
    assert all(ln.count(" | ") == len(markdown.HEADER) - 1 for ln in rows)
    verbose = [ln for ln in markdown.render(report, verbose=True).splitlines() if ln.startswith("| ")]
    assert len(verbose) == 1 + 7 and any(ln.startswith("| ✅ pass") for ln in verbose)
    assert any(ln.startswith("| ⚠️ drift | `peacekeepers-2025`") for ln in rows)
    assert markdown.render(Report([report.results[1]])) == "### ✅ factlock: 1 claim holds in 1 article\n"


# --- through the command line, with the real engine ---------------------------------

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_check_writes_each_format_to_output(fmt, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(
        "In the first eight months of this year, bilateral trade reached over 88 billion USD.\n",
        encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-09-20}\nclaims:\n"
        "  - {id: trade-total, about: bilateral trade, money: nearly 88 billion USD}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert cli.main(["check", "--format", fmt, "--output", "report.out"]) == 1
    text = (tmp_path / "report.out").read_text(encoding="utf-8")
    assert "trade-total" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report.out")] == []

"""The JSON report is exactly the ``factlock.report/1`` object of the interface contract."""
from __future__ import annotations

import json

from checker.model import Outcome, Position, Report, Result, Span
from checker.report import RENDERERS, render
from checker.report.json import render as render_json

EVIDENCE = "Chủ tịch nước Lương Cường: thương mại đạt gần 88 tỷ USD."

RESULT_KEYS = ["id", "article", "version", "path", "kind", "status", "expected", "found",
               "span", "line", "column", "evidence", "message"]
STATUSES = {"pass", "mismatch", "missing", "ambiguous", "drift", "error"}


def sample() -> Report:
    return Report([
        Result("trade", "vi", "vi", "articles/vi.txt", "money", Outcome.PASS,
               "nearly 88 billion USD", "gần 88 tỷ USD", Span(40, 53), 3, 41, EVIDENCE, "",
               claim_pos=Position("claims.yaml", 4, 5), evidence_span=(40, 53)),
        Result("gdp", "vi", "vi", "articles/vi.txt", "percent", Outcome.MISSING, "up 7",
               message="no sentence matches 'GDP'", claim_pos=Position("claims.yaml", 9, 5)),
    ])


def check_shape(doc: dict) -> None:
    """What a consumer of the contract may rely on, checked field by field."""
    assert list(doc) == ["schema", "summary", "results"]
    assert doc["schema"] == "factlock.report/1"
    assert list(doc["summary"]) == ["claims", "pass", "fail", "error"]
    assert all(type(v) is int for v in doc["summary"].values())
    assert doc["summary"]["claims"] == len(doc["results"])
    assert doc["summary"]["pass"] + doc["summary"]["fail"] + doc["summary"]["error"] == len(doc["results"])
    for rec in doc["results"]:
        assert list(rec) == RESULT_KEYS
        assert rec["status"] in STATUSES
        for key in ("id", "article", "version", "path", "kind", "expected", "message"):
            assert isinstance(rec[key], str)
        if rec["found"] is None:
            assert rec["span"] is rec["line"] is rec["column"] is rec["evidence"] is None
        else:
            assert list(rec["span"]) == ["start", "end"]
            assert 0 <= rec["span"]["start"] <= rec["span"]["end"]
            assert rec["line"] >= 1 and rec["column"] >= 1
            assert isinstance(rec["evidence"], str)


def test_json_matches_the_contract_shape():
    doc = json.loads(render_json(sample()))
    check_shape(doc)
    assert doc["summary"] == {"claims": 2, "pass": 1, "fail": 1, "error": 0}


def test_json_golden():
    assert render_json(sample()) == """\
{
 "schema": "factlock.report/1",
 "summary": {
  "claims": 2,
  "pass": 1,
  "fail": 1,
  "error": 0
 },
 "results": [
  {
   "id": "trade",
   "article": "vi",
   "version": "vi",
   "path": "articles/vi.txt",
   "kind": "money",
   "status": "pass",
   "expected": "nearly 88 billion USD",
   "found": "gần 88 tỷ USD",
   "span": {
    "start": 40,
    "end": 53
   },
   "line": 3,
   "column": 41,
   "evidence": "Chủ tịch nước Lương Cường: thương mại đạt gần 88 tỷ USD.",
   "message": ""
  },
  {
   "id": "gdp",
   "article": "vi",
   "version": "vi",
   "path": "articles/vi.txt",
   "kind": "percent",
   "status": "missing",
   "expected": "up 7",
   "found": null,
   "span": null,
   "line": null,
   "column": null,
   "evidence": null,
   "message": "no sentence matches 'GDP'"
  }
 ]
}
"""


def test_json_ignores_text_options_and_is_deterministic():
    report = sample()
    assert render_json(report, color=True, verbose=True) == render_json(report)
    assert render(report, "json") == render_json(report)


def test_empty_report_is_valid():
    doc = json.loads(render_json(Report([])))
    check_shape(doc)
    assert doc["results"] == []


def test_format_table_offers_text_and_json():
    assert list(RENDERERS)[:2] == ["text", "json"]


def test_an_ambiguous_record_lists_every_other_place(tmp_path, monkeypatch):
    """PRODUCT.md: ambiguous means 'report all'. The JSON record named one place; the
    others were only words in its message. They are ``others``, each where the figure is."""
    from checker.engine import run_check
    article = "Trade rose 5% in March.\nLater, trade rose 7% in April.\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  a: {path: a.txt, published: 2024-09-20}\n"
        "claims:\n  - {id: t, about: trade, percent: up 6%}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [rec] = json.loads(render_json(run_check(["claims.yaml"])))["results"]
    assert (rec["status"], rec["found"], rec["line"]) == ("ambiguous", "rose 5%", 1)
    assert list(rec) == RESULT_KEYS + ["others"]
    start = article.index("rose 7%")
    assert rec["others"] == [{"found": "rose 7%", "span": {"start": start, "end": start + 7},
                              "line": 2, "column": 14,
                              "evidence": "Later, trade rose 7% in April."}]

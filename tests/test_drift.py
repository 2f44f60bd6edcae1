"""``factlock drift``: the versions of the bundled story side by side, claim by claim."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import checker.cli as cli
from checker.drift import SCHEMA, run_drift
from checker.report.drift import render_markdown
from conftest import delete_claim

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = str(ROOT / "claims.yaml")


@pytest.fixture(scope="module")
def pair():
    report = run_drift([CLAIMS])
    assert [(p.article, p.previous) for p in report.pairs] == [("unga-2025", "unga-2024")]
    return report.pairs[0]


def side_by_side(pair) -> dict[str, tuple[str, str, str]]:
    return {c.id: (c.status, c.before.wording if c.before else None, c.after.wording if c.after else None)
            for c in pair.changes}


#: what issue 4 asks `factlock drift` to report on the bundled example
CHANGED = {
    "unga-session": ("changed", "79th", "80th"),
    "unga-acronym": ("changed", "79", "80"),
    "trip-dates": ("changed", "from September 22-24", "from September 21–24"),
    "trade-total": ("changed", "nearly 88 billion USD", "surpassing 100 billion USD"),
    "partnership-age": ("changed", "one year", "two years"),
    "head-of-state": ("changed", "To Lam", "Lương Cường"),
    "spokesman": ("changed", "Bui Thanh Son", "Đặng Hoàng Giang"),
}
UNCHANGED = {
    "ties-anniversary": ("unchanged", "30th", "30th"),
    "un-ties-length": ("unchanged", "nearly 50 years", "nearly five decades"),
    "sdg-deadline": ("unchanged", "2030", "2030"),
    "un-charter": ("unchanged", "respect for the UN Charter", "respect for the UN Charter"),
}


def test_the_example_changed_exactly_these_figures(pair):
    got = side_by_side(pair)
    assert {i: v for i, v in got.items() if v[0] == "changed"} == CHANGED
    assert {i: v for i, v in got.items() if v[0] == "unchanged"} == UNCHANGED


def test_facts_of_one_version_are_gone_or_new(pair):
    got = side_by_side(pair)
    # "first anniversary" of the partnership: 2024 only (2025 counts "two years")
    assert got["2024-partnership-anniversary"] == ("gone", "first", None)
    assert got["2024-trade-growth"] == ("gone", "up 22%", None)
    assert got["2025-peacekeepers-women"] == ("new", None, "sixteen per cent")
    gone = {i for i, v in got.items() if v[0] == "gone"}
    new = {i for i, v in got.items() if v[0] == "new"}
    assert all(i.startswith("2024-") for i in gone) and all(i.startswith("2025-") for i in new)
    # every claim but the absent ones is side by side
    assert len(got) == 49 - 2


def test_changes_list_in_status_order_and_every_change_is_acknowledged(pair):
    order = [c.status for c in pair.changes]
    assert order == sorted(order, key=["changed", "unchanged", "gone", "new"].index)
    assert all(c.acknowledged for c in pair.changes)
    assert pair.uncovered == []


def test_json_shape_is_the_contract(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert cli.main(["drift", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert list(doc)[:2] == ["schema", "pairs"] and doc["schema"] == SCHEMA == "factlock.drift/1"
    (p,) = doc["pairs"]
    assert (p["article"], p["previous"]) == ("unga-2025", "unga-2024")
    for change in p["changes"]:
        assert list(change)[:5] == ["id", "kind", "before", "after", "status"]
        assert change["status"] in ("changed", "unchanged", "gone", "new")
    trade = next(c for c in p["changes"] if c["id"] == "trade-total")
    assert trade["before"] == "nearly 88 billion USD" and trade["after"] == "surpassing 100 billion USD"
    assert trade["before_at"] == {"path": "articles/vna-unga-2024.txt", "line": 63, "column": 153,
                                  "span": {"start": trade["before_at"]["span"]["start"],
                                           "end": trade["before_at"]["span"]["end"]}}
    text = (ROOT / "articles/vna-unga-2024.txt").read_text(encoding="utf-8")
    span = trade["before_at"]["span"]
    assert text[span["start"]:span["end"]] == "nearly 88 billion USD"
    assert p["uncovered"] == []


def test_text_output(pair, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert cli.main(["drift"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("unga-2025 against its previous version unga-2024\n"
                          "  articles/vna-unga-2024.txt -> articles/vna-unga-2025.txt\n")
    assert "  changed    trade-total (money)" in out
    assert "nearly 88 billion USD -> surpassing 100 billion USD" in out
    assert "nearly 50 years = nearly five decades" in out
    assert "first -> (not stated)" in out
    assert out.rstrip().endswith("7 changed, 4 unchanged, 13 gone, 23 new")


def test_markdown_output(pair):
    from checker.drift import DriftReport
    md = render_markdown(DriftReport([pair]))
    assert md.startswith("### unga-2025 against unga-2024\n")
    assert "| status | claim | kind | unga-2024 | unga-2025 |" in md
    assert "| **changed** | trade-total | money | `nearly 88 billion USD` | `surpassing 100 billion USD` |" in md
    assert "| unchanged | un-ties-length | duration | `nearly 50 years` | `nearly five decades` |" in md


# -- on a copy of the example ----------------------------------------------------------

def test_new_figures_no_claim_covers_are_listed(work, capsys):
    delete_claim("2025-npt-year")
    assert cli.main(["drift"]) == 0
    out = capsys.readouterr().out
    assert "not covered by any claim in unga-2025" in out
    assert "    articles/vna-unga-2025.txt:9:539: 2026 (year)" in out
    assert cli.main(["drift", "--format", "json"]) == 0
    (p,) = json.loads(capsys.readouterr().out)["pairs"]
    assert p["uncovered"] == [{"kind": "year", "text": "2026", "line": 9, "column": 539}]


def test_an_unacknowledged_change_is_marked(work, capsys):
    text = Path("claims.yaml").read_text(encoding="utf-8")
    Path("claims.yaml").write_text(text.replace("      unga-2025: surpassing 100 billion USD\n", ""),
                                   encoding="utf-8")
    assert cli.main(["drift"]) == 0               # drift reports; it never fails on a change
    out = capsys.readouterr().out
    assert "nearly 88 billion USD -> surpassing 100 billion USD   [not in the claims file]" in out
    assert cli.main(["check"]) == 1               # ... the check does


def test_unusable_input_exits_2(work, capsys):
    assert cli.main(["drift", "nothing.yaml"]) == 2
    assert "nothing.yaml:1:1: no such claims file" in capsys.readouterr().err


def test_no_versions_nothing_to_compare(work, capsys):
    Path("single.claims.yaml").write_text(
        "articles:\n  a: {path: articles/vna-unga-2024.txt, published: 2024-09-20}\n"
        "claims:\n  - {id: t, about: bilateral trade, money: nearly 88 billion USD}\n", encoding="utf-8")
    assert cli.main(["drift", "single.claims.yaml"]) == 0
    assert capsys.readouterr().out == "no article names a previous version: nothing to compare\n"


def test_a_figure_the_check_calls_drift_is_never_listed_unchanged(tmp_path, monkeypatch, capsys):
    """A count's value kept but its noun dropped ("150 officials" -> "150") is drift for the
    check; the drift report must not call the same figure unchanged."""
    (tmp_path / "v1.txt").write_text("The delegation of 150 officials arrived on Monday.\n", encoding="utf-8")
    (tmp_path / "v2.txt").write_text("The delegation of 150 arrived on Monday.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n  v1: {path: v1.txt, published: 2024-09-20}\n"
        "  v2: {path: v2.txt, published: 2025-09-20, previous: v1}\n"
        "claims:\n  - {id: delegation, article: v1, about: delegation, count: 150 officials}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "--format", "json"]) == 1
    (result,) = [r for r in json.loads(capsys.readouterr().out)["results"] if r["version"] == "v2"]
    assert result["status"] == "drift"
    assert cli.main(["drift", "--format", "json"]) == 0
    (change,) = json.loads(capsys.readouterr().out)["pairs"][0]["changes"]
    assert (change["status"], change["before"], change["after"], change["acknowledged"]) == \
        ("changed", "150 officials", "150", False)

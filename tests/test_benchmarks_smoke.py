"""Tiny runs of the benchmark scripts, so they cannot silently rot.

Nothing here asserts on timings. The scripts run once against a fake extractor (their own
logic: corpus, scoring, tables, JSON) and once, tiny, against the real engine when it is
there (the contract they rely on: `checker.extract`, `checker.check`, the CLI).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

# benchmarks/ is not an installed package: import it from this checkout
ROOT = str(Path(__file__).resolve().parents[1])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import checker  # noqa: E402
from benchmarks import check_scale, conformance, corpus, drift_scale, run_all, throughput  # noqa: E402
from checker.model import Mention  # noqa: E402


def _engine_extracts() -> bool:
    try:
        checker.extract("up 22%")
        return True
    except Exception:
        return False


def _engine_checks() -> bool:
    return importlib.util.find_spec("checker.engine") is not None and _engine_extracts()


needs_extract = pytest.mark.skipif(not _engine_extracts(), reason="extractor not landed yet")
needs_check = pytest.mark.skipif(not _engine_checks(), reason="checker.engine not landed yet")


def fake_extract(text, published=None):
    """Digits as numbers, `N%` as percent, `$N` as USD: enough to exercise the scripts."""
    out = []
    for m in re.finditer(r"(\$)?(\d+(?:\.\d+)?)(%)?", text):
        kind = "money" if m.group(1) else "percent" if m.group(3) else "number"
        unit = {"money": "USD", "percent": "%"}.get(kind)
        out.append(Mention(kind, float(m.group(2)), unit, "exact", None,
                           m.start(), m.end(), m.group()))
    return out


def M(kind, value, start, end, unit=None, qualifier="exact"):
    return Mention(kind, value, unit, qualifier, None, start, end, "x" * (end - start))


# --- corpus -----------------------------------------------------------------------

def test_corpus_is_deterministic_and_not_mere_repetition():
    a = corpus.news_corpus(0.2, seed=3)
    b = corpus.news_corpus(0.2, seed=3)
    assert [d.text for d in a] == [d.text for d in b]
    assert sum(len(d.text.encode()) for d in a) >= 0.2 * corpus.MB
    assert len({d.text for d in a}) > 0.9 * len(a)
    kinds = {v for d in a for v in d.variant.split("+")}
    assert {"figures", "shuffled", "nfd", "crlf", "rewrapped"} <= kinds


def test_scale_corpus_changes_figures_in_step_with_claims():
    arts = corpus.scale_corpus(4, 20, seed=1)
    assert [len(a.claims) for a in arts] == [20] * 4
    for art in arts:
        trade = next(c for c in art.claims if c["suffix"] == "trade")
        # the claimed amount is stated in the article (NFD leaves digits alone)
        number = re.search(r"\d+", trade["figure"]).group()
        assert f"{number} billion USD" in art.text


# --- throughput ---------------------------------------------------------------------

def test_throughput_runs_on_a_fake(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(checker, "extract", fake_extract, raising=False)
    out = tmp_path / "t.json"
    assert throughput.main(["--size", "0.05", "--no-pin", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "MB/s" in text and "baseline" in text
    data = json.loads(out.read_text())
    assert data["rows"][0]["mentions"] > 0 and data["kinds"]["number"] > 0


@needs_extract
def test_throughput_runs_on_the_engine(capsys):
    assert throughput.main(["--size", "0.02", "--no-pin", "--no-single"]) == 0
    assert "extract," in capsys.readouterr().out


# --- conformance scoring --------------------------------------------------------------

def case(kind, text, expected, span=None, start=None, **kw):
    return dict(kind=kind, text=text, expected=expected, span=span, start=start, **kw)


def test_money_value_and_currency_scored_separately():
    c = case("money", "paid $ 75 million", {"value": 75e6, "unit": "$"}, "$ 75 million", 5)
    s = conformance.score_case(c, [M("money", 75e6, 5, 17, "USD")])
    assert s["hit"] and s["hit2"]
    s = conformance.score_case(c, [M("money", 75e6, 5, 17, "CAD")])
    assert s["hit"] and not s["hit2"] and s["reason2"] == "wrong currency"
    cents = case("money", "rose 50 cents", {"value": 50, "unit": "cent"}, "50 cents", 5)
    assert conformance.score_case(cents, [M("money", 0.5, 5, 13, "USD")])["hit2"]


def test_ranges_bounds_and_inclusiveness():
    more = case("range", "more than 5", {"min": 5, "max": None, "min_incl": False,
                                         "max_incl": False}, "more than 5", 0)
    s = conformance.score_case(more, [M("number", 5, 0, 11, qualifier="above")])
    assert s["hit"] and s["hit2"]
    s = conformance.score_case(more, [M("number", 5, 0, 11, qualifier="at_least")])
    assert s["hit"] and not s["hit2"]
    s = conformance.score_case(more, [M("number", 5, 10, 11)])
    assert not s["hit"] and s["reason"].startswith("qualifier missing")
    two = case("range", "between 20 and 30", {"min": 20, "max": 30, "min_incl": True,
                                               "max_incl": False}, "between 20 and 30", 0)
    s = conformance.score_case(two, [M("number", (20, 30), 0, 17, qualifier="between")])
    assert s["hit"] and not s["hit2"] and s["reason2"] == "inclusiveness not represented"


def test_a_closed_point_is_the_exact_figure():
    """[20, 20] ("equals 20") is the figure itself: an exact mention of 20 carries it, a
    different value or an open point does not, and exact figures never raise an alarm."""
    eq = case("range", "The number equals 20.", {"min": 20, "max": 20, "min_incl": True,
                                                  "max_incl": True}, "equals 20", 11)
    s = conformance.score_case(eq, [M("number", 20, 18, 20)])
    assert s["hit"] and s["hit2"]
    assert not conformance.score_case(eq, [M("number", 21, 18, 20)])["hit"]
    more = case("range", "more than 20", {"min": 20, "max": None, "min_incl": False,
                                          "max_incl": False}, "more than 20", 0)
    assert not conformance.score_case(more, [M("number", 20, 10, 12)])["hit"]
    neg = case("range", "The number is 20.", None)
    assert not conformance.score_case(neg, [M("number", 20, 14, 16)])["false_alarm"]


def test_a_bounded_date_answers_an_open_range():
    """The suite's open ranges are inclusive with one side null and put the closed side
    just outside the period for before/after: "before 2018" -> [null, 2017-12-31], "after
    Feb 2018" -> [2018-03-01, null]; since/until include the period named. A closed
    period without a bound is no answer to an open range, nor a bound to a closed one."""
    d = dt.date
    feb = (d(2018, 2, 1), d(2018, 2, 28))
    before = case("daterange", "before 2018", [None, "2017-12-31"], "before 2018", 0)
    assert conformance.score_case(before, [M("year", 2018, 0, 11, qualifier="below")])["hit"]
    assert not conformance.score_case(before, [M("year", 2018, 0, 11, qualifier="at_most")])["hit"]
    assert not conformance.score_case(before, [M("year", 2018, 0, 11, qualifier="above")])["hit"]
    after = case("daterange", "after Feb 2018", ["2018-03-01", None], "after Feb 2018", 0)
    assert conformance.score_case(after, [M("dates", feb, 0, 14, qualifier="above")])["hit"]
    assert not conformance.score_case(after, [M("dates", feb, 0, 14, qualifier="at_least")])["hit"]
    since = case("daterange", "since 2019", ["2019-01-01", None], "since 2019", 0)
    assert conformance.score_case(since, [M("year", 2019, 0, 10, qualifier="at_least")])["hit"]
    # "after 2018" is the same open range as "since 2019"; "after 2019" is not
    assert conformance.score_case(since, [M("year", 2018, 0, 10, qualifier="above")])["hit"]
    assert not conformance.score_case(since, [M("year", 2019, 0, 10, qualifier="above")])["hit"]
    until = case("daterange", "until June", [None, "2018-06-30"], "until June", 0)
    june = (d(2018, 6, 1), d(2018, 6, 30))
    assert conformance.score_case(until, [M("dates", june, 0, 10, qualifier="at_most")])["hit"]
    s = conformance.score_case(until, [M("dates", june, 0, 10)])
    assert not s["hit"] and s["reason"].startswith("qualifier missing")
    closed = case("daterange", "in 2019", ["2019-01-01", "2019-12-31"], "2019", 3)
    assert not conformance.score_case(closed, [M("year", 2019, 0, 7, qualifier="at_least")])["hit"]


def test_dates_durations_and_misses():
    d = dt.date
    rng = case("daterange", "in the 1990s", ["1990-01-01", "1999-12-31"], "the 1990s", 3)
    assert conformance.score_case(rng, [M("years", (1990, 1999), 3, 12)])["hit"]
    assert conformance.score_case(rng, [M("dates", (d(1990, 1, 1), d(1999, 12, 31)), 3, 12)])["hit"]
    since = case("daterange", "since August", ["2016-08-01", None], "since August", 0)
    assert conformance.score_case(since, [M("dates", (d(2016, 8, 1), d(2016, 8, 31)), 0, 12,
                                            qualifier="at_least")])["hit"]
    dur = case("duration", "for two weeks", {"value": 2, "unit": "W"}, "two weeks", 4)
    assert conformance.score_case(dur, [M("duration", 14, 4, 13, "day")])["hit"]
    assert conformance.score_case(dur, [M("duration", 2, 4, 13, "month")])["reason"] == "wrong unit: month"
    day = case("date", "on May 3", "2016-05-03", "May 3", 3, alt=["2017-05-03"])
    assert conformance.score_case(day, [M("date", d(2017, 5, 3), 3, 8)])["hit"]
    assert conformance.score_case(day, [M("number", 3, 7, 8)])["reason"] == "wrong kind: number"
    assert conformance.score_case(day, [])["reason"] == "nothing found"
    assert conformance.score_case(day, [M("date", d(2016, 5, 3), 0, 2)])["reason"] == "wrong span"
    assert conformance.score_case(day, None, "ValueError: x")["reason"].startswith("error")
    neg = case("percent", "see q=30%25", None)
    assert conformance.score_case(neg, [M("percent", 30.0, 6, 9)])["false_alarm"]
    assert not conformance.score_case(neg, [M("number", 30, 6, 8)])["false_alarm"]


def test_conformance_runs_on_a_fake(monkeypatch, capsys, tmp_path):
    # our own three cases, in the shape of ../shared/conformance (never copied from it)
    cases = [case("percent", "up 22% this year", 22, "22%", 3),
             case("money", "a $5 fee", {"value": 5, "unit": "$"}, "$5", 2),
             case("number", "no figure here", None)]
    (tmp_path / "mini.jsonl").write_text("\n".join(json.dumps(c) for c in cases) + "\n")
    monkeypatch.setattr(checker, "extract", fake_extract, raising=False)
    out = tmp_path / "c.json"
    assert conformance.main([str(tmp_path), "--show-misses", "number", "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "hit rate" in text and "false alarms" in text
    rows = {r["row"]: r for r in json.loads(out.read_text())["rows"]}
    assert rows["percent"]["hits"] == 1 and rows["money (value+currency)"]["hits"] == 1
    assert rows["number"]["negatives"] == 1 and rows["number"]["false_alarms"] == 0


@needs_extract
@pytest.mark.skipif(not conformance.DEFAULT_PATH.is_dir(), reason="no shared conformance cases")
def test_conformance_runs_on_the_engine(capsys):
    assert conformance.main(["--kind", "percent"]) == 0
    assert "percent" in capsys.readouterr().out


# --- check at scale ----------------------------------------------------------------

def test_check_scale_writes_a_loadable_workspace(monkeypatch, capsys, tmp_path):
    yaml = pytest.importorskip("yaml")

    class Report:
        def __init__(self, results):
            self.results, self.ok = results, True

    class Result:
        def __init__(self, id):
            self.id, self.status = id, "pass"

    def fake_check(path="claims.yaml"):
        data = yaml.safe_load(open(path, encoding="utf-8"))
        for c in data["claims"]:  # every claim names a known article and one kind
            assert c["article"] in data["articles"]
        return Report([Result(c["id"]) for c in data["claims"]])

    monkeypatch.setattr(checker, "check", fake_check, raising=False)
    assert check_scale.main(["--articles", "4", "--claims-per-article", "20", "--files", "2",
                             "--no-cli", "--no-pin", "--keep", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "claims/s" in text and "pass 80" in text
    assert len(list((tmp_path / "articles").iterdir())) == 4


@needs_check
def test_check_scale_runs_on_the_engine(capsys, tmp_path):
    out = tmp_path / "s.json"
    assert check_scale.main(["--articles", "2", "--claims-per-article", "5", "--no-pin",
                             "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["error"] is None
    cli = next(r for r in data["rows"] if "exit" in r)
    assert cli["exit"] in (0, 1), cli["command"]


def test_a_versioned_workspace_pairs_each_later_article_with_the_one_before(tmp_path):
    files, n = check_scale.write_workspace(tmp_path, 7, 3, 1, 0, pairs=2)
    text = files[0].read_text(encoding="utf-8")
    assert n == 21
    assert re.findall(r"^  (a\d+): .*previous: (a\d+)", text, re.M) == [
        ("a0002", "a0001"), ("a0004", "a0003")]


@needs_check
def test_drift_scale_runs_on_the_engine(capsys, tmp_path):
    out = tmp_path / "d.json"
    assert drift_scale.main(["--articles", "4", "--claims-per-article", "5", "--no-pin",
                             "--json", str(out)]) == 0
    text = capsys.readouterr().out
    assert "whole archive / half of it" in text
    data = json.loads(out.read_text())
    assert (data["articles"], data["pairs"], data["claims"]) == (4, 2, 20)
    rows = {r["what"]: r for r in data["rows"]}
    drift = rows["checker.drift.run_drift, in-process"]
    assert drift["cpu"] is not None and drift["note"].startswith("2 pairs:"), drift
    cli = next(r for r in data["rows"] if r["what"].startswith("factlock drift"))
    assert cli["note"].startswith("exit 0; 2 pairs"), cli["note"]
    base = next(r for r in data["rows"] if r["what"].startswith("check --base HEAD"))
    assert base["note"] == "git is not installed" or (
        base["cpu"] is not None and base["note"].startswith("20 results, ")), base


def test_run_all_has_a_quick_mode():
    # the quick run itself is exercised by the tests above, piece by piece
    with pytest.raises(SystemExit) as exc:
        run_all.main(["--help"])
    assert exc.value.code == 0

"""Coverage: the figures no claim covers, the share covered, --min-coverage, progress."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

import checker.cli as cli
from checker.coverage import (PROGRESS_THRESHOLD, Progress, parse_percent, percent, want_progress)
from checker.model import ClaimSet
from conftest import delete_claim

ROOT = Path(__file__).resolve().parent.parent


def test_the_bundled_example_is_fully_covered(work, capsys):
    assert cli.main(["check", "--coverage", "--min-coverage", "100"]) == 0
    out = capsys.readouterr().out
    assert "coverage: articles/vna-unga-2024.txt: 22 of 22 figures under a claim (100%)" in out
    assert "coverage: articles/vna-unga-2025.txt: 28 of 28 figures under a claim (100%)" in out
    assert "not covered" not in out


def test_deleting_a_claim_lowers_coverage_and_names_the_figure(work, capsys):
    delete_claim("trade-total")
    assert cli.main(["check", "--coverage"]) == 0          # coverage alone never fails a run
    out = capsys.readouterr().out
    assert "articles/vna-unga-2024.txt:63:153: not covered: nearly 88 billion USD (money)" in out
    assert "coverage: articles/vna-unga-2024.txt: 21 of 22 figures under a claim (95.4%)" in out
    assert cli.main(["check", "--min-coverage", "100"]) == 1
    out = capsys.readouterr().out
    assert "(95.4%), below the minimum of 100%" in out
    assert cli.main(["check", "--min-coverage", "95%"]) == 0


def test_a_second_place_a_claim_locates_is_covered_too(work, capsys):
    # 2024-ties-anniversary locates two '30th' (both judged); only the first is its span
    delete_claim("2024-partnership-anniversary")
    assert cli.main(["check", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert out.count("not covered") == 2          # the two "first" it located, not the 30ths
    assert "(ordinal)" in out and "30th" not in out.split("coverage:")[0]


def test_coverage_beside_json_goes_to_stderr(work, capsys):
    delete_claim("2025-peacekeepers")
    assert cli.main(["check", "--format", "json", "--coverage"]) == 0
    out, err = capsys.readouterr()
    assert out.lstrip().startswith("{")
    assert "not covered: nearly 1,500 officers and soldiers (count)" in err


@pytest.mark.parametrize("text, value", [("100", 100.0), ("95%", 95.0), (" 99.5 ", 99.5), ("0", 0.0)])
def test_parse_percent(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text", ["101", "-1", "half", ""])
def test_parse_percent_rejects(text):
    with pytest.raises(ValueError):
        parse_percent(text)


def test_bad_min_coverage_exits_2(work, capsys):
    assert cli.main(["check", "--min-coverage", "150"]) == 2
    assert "'150' is not a percentage from 0 to 100" in capsys.readouterr().err


@pytest.mark.parametrize("share, shown", [(1.0, "100%"), (0.9996, "99.9%"), (21 / 22, "95.4%"), (0.5, "50%"), (0, "0%")])
def test_percent_never_rounds_up_to_100(share, shown):
    assert percent(share) == shown


class Tty(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


@pytest.mark.parametrize("articles, tty, shown", [
    (PROGRESS_THRESHOLD + 1, True, True),
    (PROGRESS_THRESHOLD, True, False),       # a short run: no bar
    (5000, False, False),                    # not a terminal: never
    (2, True, False),
])
def test_progress_decision(articles, tty, shown):
    assert want_progress(articles, Tty(tty)) is shown


def test_progress_draws_and_clears_only_on_a_terminal():
    sets = [ClaimSet(path=f"{i}.yaml", articles={f"a{j}": None for j in range(100)}) for i in range(4)]
    stream = Tty(True)
    bar = Progress(stream)
    bar.start(sets)
    bar.checked(sets[0], [])
    assert "\rchecking [#######                       ] 100/400 articles" in stream.getvalue()
    bar.finish()
    assert stream.getvalue().endswith("\r")
    quiet = Tty(False)
    bar = Progress(quiet)
    bar.start(sets)
    bar.checked(sets[0], [])
    bar.finish()
    assert quiet.getvalue() == ""

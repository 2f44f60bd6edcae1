"""A figure that starts a long run with no letter and no white space ("1-1-1-1-…", a
megabyte of digits and commas) is not prose: the run is read as nothing, in one step,
so hostile input costs no more per MB than news (issue 5; docs/architecture.md). Runs
shorter than the limit, and figures around a long run, read as before."""
from checker import extract
from checker.extraction import engine

N = engine._LETTERLESS_MIN


def test_long_letterless_runs_read_as_nothing():
    assert extract(("1-" * N)[: N + 1]) == []
    assert extract("0,3,45,,9," * N) == []
    assert extract("(" * N + "1" + ")" * N) == []


def test_a_run_just_shorter_than_the_limit_reads_as_before():
    run = ("1-" * N)[: N - 1]
    assert len(extract(run)) > 1
    assert [m.text for m in extract("2024-09-20..2024-09-24 and 1,500,000")] == ["2024-09-20..2024-09-24", "1,500,000"]


def test_figures_around_a_long_run_are_still_read():
    text = "Sales rose 22% in 2024. " + "1-" * N + " Nearly 1,500 officers came on September 22-24."
    found = [(m.kind, m.text) for m in extract(text, published=None)]
    assert ("percent", "rose 22%") in found
    assert ("year", "2024") in found
    assert ("count", "Nearly 1,500 officers") in found
    assert ("dates", "September 22-24") in found
    assert all("1-1" not in t for _, t in found)


def test_the_skip_is_traced():
    trace: list = []
    engine.scan("see " + "1-" * N, trace=trace)
    assert any("without a letter or a space" in s.why for s in trace)


W = engine._WORD_RUN_MIN


def test_long_runs_of_trigger_words_read_as_nothing():
    months = "January February March April May June July August September October November December "
    assert extract(months * 4) == []                 # 48 month names in a row: a list
    assert extract("one " * W) == []
    assert extract("first, second, third; " * W) == []


def test_shorter_runs_of_trigger_words_read_as_before():
    months = "January February March April May June July August September October November December"
    assert len(extract(months)) == 10               # "March" and "May" alone need a date's shape
    assert [m.text for m in extract("The fair runs from January to March, and again in May.")] \
        == ["from January to March", "May"]


def test_prose_after_a_skipped_word_run_is_still_read():
    text = "one " * W + "\n\nExports rose 22% to nearly 88 billion USD in 2024."
    found = [(m.kind, m.text) for m in extract(text)]
    assert ("percent", "rose 22%") in found and ("money", "nearly 88 billion USD") in found


def test_a_run_of_trigger_words_ends_with_its_paragraph():
    """Each paragraph is read on its own (docs/architecture.md), so a list of trigger
    words is a list within its paragraph: the words after a blank line start afresh."""
    assert extract("one " * W + "\n\n" + "one " * W) == []
    assert [m.text for m in extract("one " * W + "\n\nfour days")] == ["four days"]

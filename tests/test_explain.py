"""`factlock explain`: the rule behind each figure, and why other candidates were not read."""
import datetime as dt

from checker.cli import main
from checker.extraction import engine
from checker.extraction.explain import explain, render

REF = dt.date(2024, 9, 20)


def test_explain_names_rule_span_and_value(capsys):
    assert main(["explain", "Trade reached nearly 88 billion USD, up 22%.", "--published", "2024-09-20"]) == 0
    out = capsys.readouterr().out
    assert "'nearly 88 billion USD' -> money 88000000000.0 unit=USD qualifier=below" in out
    assert "[rule: <amount> <currency code or word>]" in out
    assert "'up 22%' -> percent 22.0 unit=% direction=up" in out


def test_explain_says_why_a_candidate_was_not_read():
    steps = explain("The COVID-19 rules ended.", REF)
    assert [s.mention for s in steps] == [None]
    assert steps[0].text == "19" and "glued to a name" in steps[0].why


def test_explain_shows_bounds_joined_into_a_range():
    text = render("Scores were more than 20 and at most 35.", REF)
    assert "'more than 20': a bound (above), joined with the next into one range" in text
    assert "number (20, 35) qualifier=between bounds=(]" in text
    assert "1 figure(s) read" in text


def test_trace_changes_nothing():
    text = "From 4 to 23 of next month, prices rose 5% to $2-3 billion; two thirds agreed."
    trace = []
    assert engine.scan(text, REF, trace=trace) == engine.scan(text, REF)
    assert [s.mention for s in trace if s.mention] == engine.scan(text, REF)


def test_explain_lists_the_rules_tried_and_says_others_cannot_apply():
    steps = explain("The 5G network.", REF)
    assert [s.mention for s in steps] == [None]
    why = steps[0].why
    assert why.startswith("no rule read a figure here (tried: ")
    assert "<number> <counted noun phrase> | <number>" in why
    assert "per cent" not in why  # nothing after "5" can make a percentage
    assert "more cannot apply to what is written here" in why

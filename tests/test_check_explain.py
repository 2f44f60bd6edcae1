"""`factlock check --explain`: how the sentences of each failing claim were read."""
import json
from pathlib import Path

from checker.cli import main


def _edit(path: str, old: str, new: str) -> None:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_explains_the_rule_behind_a_mismatch(work, capsys):
    _edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "over 88 billion USD")
    assert main(["check", "--explain", "--color", "never"]) == 1
    out = capsys.readouterr().out
    block = out[out.index(": explain: trade-total"):]
    assert block.startswith(": explain: trade-total (mismatch)")
    assert "sentence at line" in block
    # the figure the judge compared, with the rule and value behind it
    assert "'over 88 billion USD' -> money 88000000000.0 unit=USD qualifier=above" in block
    assert "[rule: <amount> <currency code or word>]  <- judged" in block
    # a neighbouring figure of another kind is shown and marked as such
    assert "'up 22%' -> percent 22.0 unit=% direction=up" in block and "(not a money)" in block
    # the explanation comes after the report's own summary line
    assert out.index("1 of 60 claims failed") < out.index(": explain:")


def test_says_why_a_candidate_was_rejected(work, capsys):
    _edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "nearly 88 billion USD since COVID-19")
    _edit("articles/vna-unga-2024.txt", "up 22%", "up 23%")
    assert main(["check", "--explain", "--color", "never"]) == 1
    out = capsys.readouterr().out
    block = out[out.index(": explain: 2024-trade-growth (mismatch)"):]
    rejected = [line for line in block.splitlines() if "skipped: digits glued to a name" in line]
    assert len(rejected) == 1 and "'19" in rejected[0]


def test_missing_claim_says_no_sentence_was_read(work, capsys):
    _edit("claims.yaml", "about: bilateral trade\n    money:", "about: zebra crossings\n    money:")
    assert main(["check", "--explain", "--color", "never"]) == 1
    out = capsys.readouterr().out
    assert ": explain: trade-total (missing)" in out
    assert "no sentence mentions 'zebra crossings', so no figure was looked at" in out


def test_beside_json_the_explanation_goes_to_stderr(work, capsys):
    _edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "over 88 billion USD")
    assert main(["check", "--explain", "--format", "json"]) == 1
    out, err = capsys.readouterr()
    report = json.loads(out)                     # stdout stays pure JSON
    assert report["summary"]["fail"] == 1
    assert "explain: trade-total (mismatch)" in err and "<- judged" in err


def test_nothing_to_explain_changes_nothing(work, capsys):
    assert main(["check", "--color", "never"]) == 0
    plain = capsys.readouterr()
    assert main(["check", "--explain", "--color", "never"]) == 0
    assert capsys.readouterr() == plain

"""The judge's messages on real claims files: a failure explains itself."""
from __future__ import annotations

from checker import check

ARTICLE = "The leaders met from September 22-24 in New York.\n"


def _one_result(tmp_path, monkeypatch, article_entry: str):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        f"articles:\n  a: {article_entry}\n"
        "claims:\n  - {id: trip, about: leaders met, dates: 1999-09-22..1999-09-24}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = check("claims.yaml").results
    return result


def test_a_date_mismatch_in_an_undated_article_says_which_year_was_assumed(tmp_path, monkeypatch):
    result = _one_result(tmp_path, monkeypatch, "{path: a.txt}")
    assert result.status.value == "mismatch"
    assert "no publication date" in result.message and "add `published:`" in result.message


def test_a_dated_article_gets_no_such_hint(tmp_path, monkeypatch):
    result = _one_result(tmp_path, monkeypatch, "{path: a.txt, published: 2024-09-20}")
    assert result.status.value == "mismatch"
    assert result.message == "value differs"

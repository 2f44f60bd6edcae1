"""Fixtures shared by the test modules."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The sample stories' claims files are data for tests/test_stories.py (some fail on
# purpose), not claims for the plugin to collect as tests of this repository.
collect_ignore = ["stories"]


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A scratch copy of the bundled example (claims.yaml and articles/), as the current folder.

    Modules that need a different scratch folder define their own ``work``.
    """
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def without_claim(text: str, claim_id: str) -> str:
    """A block-style claims file's text with one claim entry (and its indented lines) cut."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {claim_id}")
    end = start + 1
    while end < len(lines) and lines[end].startswith("    "):
        end += 1
    return "".join(lines[:start] + lines[end:])


def delete_claim(claim_id: str, path: str = "claims.yaml") -> None:
    """Cut one claim from the claims file in the current folder."""
    p = Path(path)
    p.write_text(without_claim(p.read_text(encoding="utf-8"), claim_id), encoding="utf-8")

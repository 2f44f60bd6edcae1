"""``factlock check --base REV``: the figures the working tree changed since a revision.

Each test builds a scratch git repository in tmp_path holding the bundled example.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import checker.cli as cli

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0"}
    return subprocess.run([GIT, *args], cwd=repo, check=True, capture_output=True, text=True,
                          env=env).stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    work = tmp_path / "repo"
    shutil.copytree(ROOT / "articles", work / "articles")
    shutil.copy(ROOT / "claims.yaml", work / "claims.yaml")
    git(work, "init", "-q")
    git(work, "config", "user.name", "Test")
    git(work, "config", "user.email", "test@example.org")
    git(work, "config", "commit.gpgsign", "false")
    commit_all(work, "the example")
    monkeypatch.chdir(work)
    return work


def edit(path: str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    Path(path).write_text(text.replace(old, new), encoding="utf-8")


def check_json(capsys, *args: str) -> tuple[int, dict]:
    code = cli.main(["check", "--format", "json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out)


def test_one_edited_figure_is_the_one_change(repo, capsys):
    edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "nearly 89 billion USD")
    assert cli.main(["check", "--base", "HEAD"]) == 1      # the claim no longer holds
    out = capsys.readouterr().out
    assert "1 figure changed since HEAD:\n" in out
    assert ("  articles/vna-unga-2024.txt:63:153: changed: trade-total (money): bilateral trade: "
            "nearly 88 billion USD -> nearly 89 billion USD\n") in out
    code, doc = check_json(capsys, "--base", "HEAD")
    assert code == 1
    assert list(doc) == ["schema", "summary", "results", "base", "changes"]
    assert doc["base"] == "HEAD"
    assert doc["changes"] == [{
        "id": "trade-total", "kind": "money", "version": "unga-2024",
        "path": "articles/vna-unga-2024.txt", "status": "changed",
        "before": "nearly 88 billion USD", "after": "nearly 89 billion USD",
        "line": 63, "column": 153, "about": ["bilateral trade"]}]


def test_an_acknowledged_change_passes_and_is_still_listed(repo, capsys):
    edit("articles/vna-unga-2025.txt", "nearly 1,500 officers", "over 1,600 officers")
    edit("claims.yaml", "number: nearly 1,500", "number: over 1,600")
    code, doc = check_json(capsys, "--base", "HEAD")
    assert code == 0
    assert [(c["id"], c["before"], c["after"]) for c in doc["changes"]] == \
        [("2025-peacekeepers", "nearly 1,500 officers and soldiers", "over 1,600 officers and soldiers")]


def test_nothing_changed(repo, capsys):
    assert cli.main(["check", "--base", "HEAD"]) == 0
    out = capsys.readouterr().out
    assert "no figure changed since HEAD\n" in out
    assert check_json(capsys, "--base", "HEAD")[1]["changes"] == []


def test_without_base_the_report_has_no_changes_key(repo, capsys):
    assert list(check_json(capsys)[1]) == ["schema", "summary", "results"]


def test_a_figure_gone_and_one_reworded_by_value(repo, capsys):
    edit("articles/vna-unga-2024.txt", " up 22%.", ".")                     # gone
    edit("articles/vna-unga-2025.txt", "sixteen per cent", "16%")          # same value
    code, doc = check_json(capsys, "--base", "HEAD")
    assert [(c["id"], c["status"], c["before"], c["after"]) for c in doc["changes"]] == \
        [("2024-trade-growth", "gone", "up 22%", None)]


def test_an_older_revision_and_a_branch_name(repo, capsys):
    edit("articles/vna-unga-2025.txt", "nearly 1,500 officers", "over 1,600 officers")
    edit("claims.yaml", "number: nearly 1,500", "number: over 1,600")
    commit_all(repo, "more peacekeepers")
    git(repo, "branch", "-f", "before-edit", "HEAD~1")
    for rev in ("HEAD~1", "before-edit"):
        code, doc = check_json(capsys, "--base", rev)
        assert code == 0 and [c["id"] for c in doc["changes"]] == ["2025-peacekeepers"]
    assert check_json(capsys, "--base", "HEAD")[1]["changes"] == []


def test_an_article_new_since_rev_is_new_not_an_error(repo, capsys):
    Path("articles/extra.txt").write_text("Exports of rice rose 12% in 2023.\n", encoding="utf-8")
    edit("claims.yaml", "\nclaims:\n", "\n  extra: {path: articles/extra.txt, published: 2024-01-05}\n"
                                       "claims:\n  - {id: rice, article: extra, about: Exports of rice, "
                                       "percent: up 12%}\n")
    code, doc = check_json(capsys, "--base", "HEAD")
    assert code == 0
    assert doc["changes"] == [{
        "id": "rice", "kind": "percent", "version": "extra", "path": "articles/extra.txt",
        "status": "new", "before": None, "after": "rose 12%", "line": 1, "column": 17,
        "about": ["Exports of rice"]}]


def test_a_claims_file_new_since_rev(repo, capsys):
    git(repo, "rm", "-q", "--cached", "claims.yaml")
    git(repo, "commit", "-q", "-m", "no claims yet")     # claims.yaml stays, untracked
    edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "nearly 89 billion USD")
    code, doc = check_json(capsys, "--base", "HEAD")
    assert [c["id"] for c in doc["changes"]] == ["trade-total"]


def test_about_words_renamed_since_rev_still_find_the_old_figure(repo, capsys):
    edit("articles/vna-unga-2025.txt", "National Day in New York", "Independence Day in New York")
    text = Path("claims.yaml").read_text(encoding="utf-8")
    Path("claims.yaml").write_text(text.replace("about: National Day\n", "about: Independence Day\n"),
                                   encoding="utf-8")
    code, doc = check_json(capsys, "--base", "HEAD")
    assert code == 0 and doc["changes"] == []


def test_run_from_a_subfolder_with_a_path(repo, capsys, monkeypatch):
    edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "nearly 89 billion USD")
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    code, doc = check_json(capsys, "../claims.yaml", "--base", "HEAD")
    assert [(c["id"], c["path"]) for c in doc["changes"]] == [("trade-total", "../articles/vna-unga-2024.txt")]


# -- unusable input: exit 2 with one clear line ------------------------------------------

def test_unknown_revision(repo, capsys):
    assert cli.main(["check", "--base", "no-such-branch"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("claims.yaml:1:1: unknown git revision 'no-such-branch': check the name, or fetch "
                   "it (git fetch origin)\n")


@pytest.mark.parametrize("rev", ["--all", "a b", ""])
def test_a_revision_that_is_not_one(repo, capsys, rev):
    assert cli.main(["check", f"--base={rev}"]) == 2
    assert f"'{rev}' is not a git revision" in capsys.readouterr().err


def test_shallow_clone_without_the_revision(repo, tmp_path, capsys, monkeypatch):
    edit("claims.yaml", "version: 1\n", "version: 1  # two\n")
    commit_all(repo, "second")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(clone))
    monkeypatch.chdir(clone)
    assert cli.main(["check", "--base", "HEAD~1"]) == 2
    err = capsys.readouterr().err
    assert "unknown git revision 'HEAD~1'" in err and "shallow" in err and "fetch-depth: 0" in err


def test_not_a_git_repository(tmp_path, capsys, monkeypatch):
    shutil.copytree(ROOT / "articles", tmp_path / "plain" / "articles")
    shutil.copy(ROOT / "claims.yaml", tmp_path / "plain" / "claims.yaml")
    monkeypatch.chdir(tmp_path / "plain")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert cli.main(["check", "--base", "HEAD"]) == 2
    assert capsys.readouterr().err == ("claims.yaml:1:1: --base compares with a git revision, but this "
                                       "is not inside a git repository\n")


def test_git_not_installed(repo, capsys, monkeypatch, tmp_path):
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert cli.main(["check", "--base", "HEAD"]) == 2
    assert capsys.readouterr().err == "claims.yaml:1:1: --base needs git, which is not installed or not on PATH\n"


def test_git_not_installed_as_a_program(repo, tmp_path):
    """The whole command, as CI runs it: one line on stderr, no traceback."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    env = {**os.environ, "PATH": str(empty)}
    import sys
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--base", "HEAD"], cwd=repo,
                          env=env, capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr == "claims.yaml:1:1: --base needs git, which is not installed or not on PATH\n"


def test_markdown_and_github_reports_list_the_changes(repo, capsys, monkeypatch):
    edit("articles/vna-unga-2024.txt", "nearly 88 billion USD", "nearly 89 billion USD")
    assert cli.main(["check", "--base", "HEAD", "--format", "markdown"]) == 1
    md = capsys.readouterr().out
    assert "1 figure changed since `HEAD`:" in md
    assert ("| changed | `trade-total` (money) | articles/vna-unga-2024.txt:63:153 | "
            "nearly 88 billion USD | nearly 89 billion USD |") in md
    summary = repo / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli.main(["check", "--base", "HEAD", "--format", "github"]) == 1
    gh = capsys.readouterr().out
    assert ("::notice file=articles/vna-unga-2024.txt,line=63,col=153,title=trade-total%3A figure "
            "changed since HEAD::changed (money): nearly 88 billion USD -> nearly 89 billion USD\n") in gh
    assert gh.index("::error") < gh.index("::notice")
    assert "1 figure changed since `HEAD`:" in summary.read_text(encoding="utf-8")


def test_no_change_is_said_in_markdown(repo, capsys):
    assert cli.main(["check", "--base", "HEAD", "--format", "markdown"]) == 0
    assert "No figure changed since `HEAD`." in capsys.readouterr().out
    assert cli.main(["check", "--format", "markdown"]) == 0
    assert "changed since" not in capsys.readouterr().out


def test_reading_many_files_at_a_revision_in_one_process_reads_each_as_alone(repo, tmp_path):
    """``Git.read_many`` (one ``git cat-file --batch``) gives what ``Git.read`` gives for
    each path: a file, one only added since, a folder, a name with spaces, an empty file,
    one with a BOM and CRLF, one that is not UTF-8, and one outside the repository."""
    from checker.gitrev import Git
    Path("with space.txt").write_text("Trade rose 5% this year.\n", encoding="utf-8")
    Path("empty.txt").write_bytes(b"")
    Path("bom.txt").write_bytes("\ufeffUp 22%.\r\nNearly 88 billion USD.\r\n".encode("utf-8"))
    Path("latin1.txt").write_bytes("Caf\xe9 prices rose 3%.\n".encode("latin-1"))
    commit_all(repo, "more files")
    Path("new-since.txt").write_text("Not at the revision.\n", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside the repository.\n", encoding="utf-8")
    g = Git(str(repo), "claims.yaml")
    commit = g.commit("HEAD")
    paths = ["articles/vna-unga-2024.txt", "new-since.txt", "articles", "with space.txt",
             "empty.txt", "bom.txt", "latin1.txt", str(outside), "claims.yaml",
             "articles/vna-unga-2025.txt", "articles/vna-unga-2024.txt"]
    many = g.read_many(commit, paths)
    assert many == {p: g.read(commit, p) for p in paths}
    assert many["articles/vna-unga-2024.txt"] == Path("articles/vna-unga-2024.txt").read_text(encoding="utf-8")
    assert many["new-since.txt"] is None and many[str(outside)] is None and many["articles"] is None
    assert many["empty.txt"] == "" and many["with space.txt"].startswith("Trade rose")

"""Hostile and broken input (issue 5): one test per row of docs/bad-input.md.

Every case runs the real command in-process (``checker.cli.main``) on real files in a
temporary folder and pins what the user sees: the exit status and the exact
``path:line:col: message`` lines on stderr, never a traceback. Signals and broken pipes
run ``python -m checker`` in a subprocess.
"""
from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import checker.cli as cli
import checker.report as report_formats
import checker.report.output as output
from checker.claims import load_claims, loader
from checker.errors import UserError
from checker.text import source

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("HÀ NỘI — In the first eight months of this year, bilateral trade reached nearly "
           "88 billion USD, up 22%.\nThe talks ran from September 22-24, at the 79th session.\n")
HEAD = "articles:\n  a: {path: articles/a.txt, published: 2024-09-20}\nclaims:\n"   # claims: line 4
CLAIM = "  - {id: trade, about: bilateral trade, money: nearly 88 billion USD}\n"
POSITIONED = re.compile(r"[^:\n]+:\d+:\d+: \S[^\n]*\Z")


@pytest.fixture(autouse=True)
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTLOCK_DEBUG", raising=False)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def check(capsys, *argv: str) -> tuple[int, str, str]:
    """``factlock check ARGV`` in-process: (exit status, stdout, stderr)."""
    code = cli.main(["check", *argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    return code, out, err


def refused(capsys, *argv: str) -> list[str]:
    """The problem lines of a run that must exit 2, each ``path:line:col: message``."""
    code, out, err = check(capsys, *argv)
    assert code == 2, (out, err)
    lines = err.splitlines()
    assert lines and all(POSITIONED.match(line) for line in lines), lines
    return lines


def claims(text: str | bytes, name: str = "claims.yaml") -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    Path(name).write_bytes(data)


def article(data: bytes, name: str = "articles/a.txt") -> None:
    Path(name).write_bytes(data)


# === 1. claims files =====================================================================

def test_python_tag_is_refused_never_constructed(capsys, project):
    claims(HEAD + "  - !!python/object/apply:os.system ['touch pwned']\n")
    assert refused(capsys) == [
        "claims.yaml:4:5: tag '!!python/object/apply:os.system' is not allowed: a claims file "
        "holds plain text, numbers and dates (remove the tag)"]
    assert not (project / "pwned").exists()


def test_python_tag_on_a_value_and_custom_tags_are_refused(capsys):
    claims(HEAD + "  - id: x\n    about: !!python/name:os.system trade\n    text: !secret x\n")
    assert refused(capsys) == [
        "claims.yaml:5:12: tag '!!python/name:os.system' is not allowed: a claims file holds "
        "plain text, numbers and dates (remove the tag)",
        "claims.yaml:6:11: tag '!secret' is not allowed: a claims file holds plain text, "
        "numbers and dates (remove the tag)"]


def _laughs(levels: int) -> str:
    lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, levels + 1):
        lines.append(f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly_at_the_alias(capsys):
    claims(_laughs(9) + HEAD + "  - {id: x, about: *l9, text: lol}\n")   # 9**10 nodes expanded
    started = time.perf_counter()
    lines = refused(capsys)
    assert time.perf_counter() - started < 10      # generous: it takes milliseconds
    # aliases through l4 add 74,718 nodes; the first '*l4' in l5 (66,430 more) passes 100,000
    assert lines == ["claims.yaml:6:10: alias '*l4' expands the file past 100,000 nodes: "
                     "too many aliases"]


def test_a_few_aliases_are_fine(capsys):
    claims(HEAD + "  - {id: x, about: &w [bilateral trade], money: nearly 88 billion USD}\n"
                  "  - {id: y, about: *w, percent: up 22%}\n")
    assert check(capsys)[0] == 0


def test_a_flood_of_nodes_is_refused_at_the_node_past_the_limit(capsys):
    claims("claims: [" + "1," * 600_000 + "1]\n")    # 1.2 MB; 16 MiB of it took 13 s and GBs
    started = time.perf_counter()
    assert refused(capsys) == ["claims.yaml:1:1000004: claims file too large (over 500,000 "
                               "keys, values and lists): split it into several claims files"]
    assert time.perf_counter() - started < 30      # generous: about a second


def test_claims_file_over_the_size_limit(capsys):
    claims(HEAD + "# " + "x" * (loader.MAX_CLAIMS_BYTES) + "\n")
    assert refused(capsys) == ["claims.yaml:1:1: claims file too large (16.0 MiB; the limit is "
                               "16 MiB): split it into several claims files"]


def test_claims_file_not_utf8(capsys):
    claims(HEAD.encode() + b"  - {id: x, text: caf\xe9}\n")
    assert refused(capsys) == [
        "claims.yaml:4:22: cannot read claims file: not UTF-8 (invalid byte 0xe9 at byte 90)"]


def test_claims_file_binary(capsys):
    claims(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refused(capsys) == ["claims.yaml:3:1: cannot read claims file: binary file (NUL byte at byte 8)"]


def test_claims_file_utf16(capsys):
    claims((HEAD + CLAIM).encode("utf-16"))
    assert refused(capsys) == ["claims.yaml:1:1: cannot read claims file: UTF-16 text; save it as UTF-8"]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_claims_file(capsys, text):
    claims(text)
    assert refused(capsys) == [
        "claims.yaml:1:1: empty claims file: expected a mapping with 'articles' and 'claims'"]


def test_a_list_where_a_mapping_belongs(capsys):
    claims("- articles\n- claims\n")
    assert refused(capsys) == [
        "claims.yaml:1:1: a claims file must be a mapping with 'articles' and 'claims', not a list"]
    claims(HEAD + "  - [trade, money]\n")
    assert refused(capsys) == [
        "claims.yaml:4:5: claim #1 must be a mapping with id, about and a figure, not a list"]


def test_tabs(capsys):
    claims(HEAD + "\t- {id: x, text: y}\n")
    assert refused(capsys) == [
        "claims.yaml:4:1: invalid YAML: found character '\\t' that cannot start any token "
        "(while scanning for the next token); indent with spaces, not tabs"]


def test_deep_flow_nesting_is_reported_where_it_starts(capsys):
    claims("a: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert refused(capsys) == ["claims.yaml:1:204: invalid YAML: nested too deeply (more than "
                               "200 levels from here on)"]


def test_deep_block_nesting_does_not_crash(capsys):
    claims("".join("  " * n + f"k{n}:\n" for n in range(2000)))
    lines = refused(capsys)
    assert lines[0] == ("claims.yaml:1:1: unknown key 'k0' in the claims file "
                        "(allowed: version, drift, articles, claims)")


def test_enormous_value(capsys):
    claims(HEAD + "  - id: x\n    about: " + "trade " * 1_750_000 + "\n    money: 88 billion USD\n")
    started = time.perf_counter()
    assert refused(capsys) == ["claims.yaml:5:12: value too long (10,499,999 characters; "
                               "the limit is 10,000)"]
    assert time.perf_counter() - started < 30      # it was 48 s before the limit


@pytest.mark.parametrize("figure, column", [("number: 1e400", 45), ("percent: 1e400%", 46),
                                            ("money: $1e400", 44), ("count: 1e999 people", 44)])
def test_a_figure_too_large_for_a_float(capsys, figure, column):
    """ "1e400" reads as infinity, which no article states and every comparison treats
    alike: the claim was judged "missing" instead of refused."""
    claims(HEAD + f"  - {{id: x, about: bilateral trade, {figure}}}\n")
    wording = figure.split(": ", 1)[1]
    assert refused(capsys) == [f"claims.yaml:4:{column}: {wording!r} is too large a figure to compare"]


def test_missing_claims_file(capsys):
    assert refused(capsys, "nope.yaml") == ["nope.yaml:1:1: no such claims file"]


# === 2. articles =========================================================================

def _article_problem(capsys) -> list[str]:
    claims(HEAD + CLAIM)
    return refused(capsys)


def test_missing_article(capsys, project):
    os.remove("articles/a.txt")
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': no such file"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_article(capsys):
    os.chmod("articles/a.txt", 0)
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': permission denied"]


def test_unreadable_article_simulated(capsys, monkeypatch):
    real_open = open

    def refuse(file, *args, **kwargs):
        if str(file).endswith("a.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(source, "open", refuse, raising=False)
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': permission denied"]


def test_article_is_a_directory(capsys):
    os.remove("articles/a.txt")
    os.mkdir("articles/a.txt")
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': is a directory"]


def test_binary_article(capsys):
    article(b"GIF89a\x01\x00\x01\x00\x80\x00\x00")
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': binary file (NUL byte at byte 7)"]


def test_invalid_utf8_article_names_the_byte(capsys):
    article(ARTICLE.encode() + b"caf\xe9\n")
    at = len(ARTICLE.encode()) + 3
    assert _article_problem(capsys) == [
        f"claims.yaml:2:13: cannot read article 'articles/a.txt': not UTF-8 (invalid byte 0xe9 at byte {at})"]


def test_utf16_article_with_bom(capsys):
    article(ARTICLE.encode("utf-16"))
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': UTF-16 text; save it as UTF-8"]


def test_empty_article_is_readable_and_its_claims_are_missing(capsys):
    article(b"")
    claims(HEAD + CLAIM + "  - {id: name, text: Lương Cường}\n  - {id: gone, absent: To Lam}\n")
    code, out, err = check(capsys, "--format", "json")
    assert code == 1 and err == ""
    statuses = {r["id"]: r["status"] for r in json.loads(out)["results"]}
    assert statuses == {"trade": "missing", "name": "missing", "gone": "pass"}


def test_article_over_the_size_limit(capsys):
    with open("articles/a.txt", "wb") as handle:     # sparse: costs no disk
        handle.truncate(source.MAX_ARTICLE_BYTES + 1024 * 1024)
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': too large (65.0 MiB; the limit is 64 MiB)"]


def test_nul_bytes_in_article(capsys):
    article(ARTICLE.encode() + b"\x00")
    at = len(ARTICLE.encode())
    assert _article_problem(capsys) == [
        f"claims.yaml:2:13: cannot read article 'articles/a.txt': binary file (NUL byte at byte {at})"]


def test_encoded_lone_surrogate_is_invalid_utf8(capsys):
    article(b"trade \xed\xa0\x80 up 22%\n")      # U+D800 encoded: never valid UTF-8
    assert _article_problem(capsys) == [
        "claims.yaml:2:13: cannot read article 'articles/a.txt': not UTF-8 (invalid byte 0xed at byte 6)"]


def test_five_megabyte_line_works(capsys):
    article((ARTICLE.replace("\n", " ") * 30_000).encode())     # one line, about 5 MB
    assert os.path.getsize("articles/a.txt") > 4_500_000
    claims(HEAD + "  - {id: name, text: bilateral trade}\n  - {id: gone, absent: To Lam}\n")
    assert check(capsys)[0] == 0


# === 3. paths ============================================================================

@pytest.fixture
def secret(tmp_path):
    """A file outside the project folder (tmp_path/project holds the claims)."""
    (tmp_path / "secret.txt").write_text("bilateral trade reached 88 billion USD\n", encoding="utf-8")
    work = tmp_path / "project"
    (work / "articles").mkdir(parents=True)
    (work / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.chdir(work)
    return tmp_path / "secret.txt"


def _path_claims(path: str) -> None:
    claims(f"articles:\n  a: {{path: '{path}'}}\nclaims:\n  - {{id: x, text: bilateral trade}}\n")


@pytest.mark.parametrize("form", ["relative", "absolute"])
def test_article_path_leaving_the_repository_is_refused(capsys, secret, form):
    path = "../secret.txt" if form == "relative" else str(secret)
    _path_claims(path)
    assert refused(capsys) == [f"claims.yaml:2:13: article '{path}' is outside the repository "
                               "'.': factlock reads it only with --allow-outside"]


def test_dot_dot_etc_passwd_is_refused_without_reading(capsys, secret):
    _path_claims("../../../../../../../../etc/passwd")
    assert refused(capsys) == ["claims.yaml:2:13: article '../../../../../../../../etc/passwd' is "
                               "outside the repository '.': factlock reads it only with --allow-outside"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_pointing_outside_is_refused(capsys, secret):
    os.symlink(secret, "articles/link.txt")
    _path_claims("articles/link.txt")
    assert refused(capsys) == [f"claims.yaml:2:13: article 'articles/link.txt' is outside the "
                               f"repository '.' (it leads to {os.path.realpath(secret)}): factlock "
                               "reads it only with --allow-outside"]


def test_allow_outside_reads_it(capsys, secret):
    _path_claims("../secret.txt")
    assert check(capsys, "--allow-outside") == (0, "1 claim holds in 1 article\n", "")
    assert load_claims("claims.yaml", allow_outside=True).texts["a"].startswith("bilateral")
    with pytest.raises(UserError):
        load_claims("claims.yaml")


def test_repository_is_the_nearest_git_folder(capsys, secret):
    (secret.parent / ".git").mkdir()      # now tmp_path is the repository
    os.makedirs("ledgers")
    _path_claims("../../secret.txt")
    os.replace("claims.yaml", "ledgers/claims.yaml")
    assert check(capsys, "ledgers/claims.yaml")[0] == 0


def test_without_git_the_current_folder_holds_claims_in_subfolders(capsys, secret):
    os.makedirs("ledgers")
    claims("articles:\n  a: {path: ../articles/a.txt}\nclaims:\n  - {id: x, text: bilateral trade}\n",
           "ledgers/claims.yaml")
    assert check(capsys, "ledgers/claims.yaml")[0] == 0
    _path_claims("../../secret.txt")
    os.replace("claims.yaml", "ledgers/claims.yaml")
    assert refused(capsys, "ledgers/claims.yaml") == [
        "ledgers/claims.yaml:2:13: article '../../secret.txt' is outside the repository '.': "
        "factlock reads it only with --allow-outside"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_inside_the_repository_is_fine(capsys, secret):
    os.symlink(os.path.abspath("articles/a.txt"), "articles/link.txt")
    _path_claims("articles/link.txt")
    assert check(capsys)[0] == 0


def test_nul_in_the_article_path(capsys):
    claims('articles:\n  a: {path: "articles/a.txt\\0"}\nclaims:\n  - {id: x, text: trade}\n')
    assert refused(capsys) == ["claims.yaml:2:13: 'path' must not contain a NUL character"]
    with pytest.raises(source.ArticleError, match="not a valid file name"):
        source.read_article("articles/a\x00.txt")


def test_control_characters_in_messages_are_escaped(capsys):
    claims(HEAD + '  - {id: x, text: y, "a\\nb\\u2028": 1}\n')
    [line] = refused(capsys)
    assert line.startswith("claims.yaml:4:22: unknown key 'a\\nb\\u2028' in claim 'x' (allowed: ")


# === 6. nothing lost =====================================================================

def test_output_is_replaced_whole_and_keeps_its_permissions(capsys):
    claims(HEAD + CLAIM)
    Path("report.json").write_text("old\n")
    os.chmod("report.json", 0o640)
    assert check(capsys, "--format", "json", "--output", "report.json")[0] == 0
    assert json.loads(Path("report.json").read_text())["summary"]["pass"] == 1
    assert stat.S_IMODE(os.stat("report.json").st_mode) == 0o640 and _leftovers() == []


def _leftovers() -> list[str]:
    return [n for n in os.listdir(".") if n.endswith(".tmp")]


def test_renderer_failing_midway_leaves_the_old_file(capsys, monkeypatch):
    claims(HEAD + CLAIM)
    Path("report.txt").write_text("old report\n")

    def half(report, **options):
        raise RuntimeError("renderer broke halfway")

    monkeypatch.setitem(report_formats.RENDERERS, "text", half)
    code, _, err = check(capsys, "--output", "report.txt")
    assert code == 2 and err.startswith("factlock: internal error: RuntimeError")
    assert Path("report.txt").read_text() == "old report\n" and _leftovers() == []


@pytest.mark.parametrize("crash", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_crash_between_temp_write_and_rename_leaves_the_old_file(capsys, monkeypatch, crash):
    claims(HEAD + CLAIM)
    Path("report.txt").write_text("old report\n")
    written = []

    def replace(src, dst):
        written.append(Path(src).read_text())     # the temp file was complete
        raise crash

    monkeypatch.setattr(output.os, "replace", replace)
    code, _, err = check(capsys, "--output", "report.txt")
    assert written and "1 claim holds" in written[0]
    assert Path("report.txt").read_text() == "old report\n" and _leftovers() == []
    if isinstance(crash, KeyboardInterrupt):
        assert (code, err) == (130, "factlock: interrupted\n")
    else:
        assert (code, err) == (2, "report.txt:1:1: cannot write the report: No space left on device\n")


def test_suggest_append_keeps_the_claims_file_mode(capsys):
    claims(HEAD + CLAIM)
    os.chmod("claims.yaml", 0o600)
    before = Path("claims.yaml").read_bytes()
    assert cli.main(["suggest", "articles/a.txt", "--append", "claims.yaml"]) == 0
    capsys.readouterr()
    after = Path("claims.yaml").read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    assert stat.S_IMODE(os.stat("claims.yaml").st_mode) == 0o600 and _leftovers() == []


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_same_input_same_bytes(capsys, monkeypatch, fmt):
    monkeypatch.chdir(ROOT)
    first = check(capsys, "--format", fmt, "-v")
    second = check(capsys, "--format", fmt, "-v")
    assert first == second and first[1]


def test_same_input_same_output_file(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    for name in ("one.json", "two.json"):
        assert check(capsys, "--format", "json", "--output", str(tmp_path / name))[0] in (0, 1)
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()



def _two_versions() -> None:
    Path("articles/b.txt").write_text(ARTICLE + "It was the 80th session.\n", encoding="utf-8")
    claims("articles:\n  a: {path: articles/a.txt, published: 2024-09-20}\n"
           "  b: {path: articles/b.txt, published: 2025-09-20, previous: a}\n"
           "claims:\n  - {id: trade, article: a, about: bilateral trade, money: nearly 88 billion USD}\n")


@pytest.mark.parametrize("argv, target, role", [
    (["check", "--format", "json"], "articles/a.txt", "the article 'articles/a.txt'"),
    (["check", "--format", "html"], "./articles//b.txt", "the article 'articles/b.txt'"),
    (["check"], "claims.yaml", "the claims file 'claims.yaml'"),
    (["drift", "--format", "json"], "articles/b.txt", "the article 'articles/b.txt'"),
    (["drift"], "claims.yaml", "the claims file 'claims.yaml'"),
    (["suggest", "articles/a.txt", "--force"], "articles/a.txt", "the article 'articles/a.txt'"),
])
def test_output_naming_a_file_the_run_reads_is_refused(capsys, project, argv, target, role):
    """A slip in a CI script (`--output claims.yaml`) would replace the ledger with the
    report: refused with exit 2 before anything is written."""
    _two_versions()
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    assert cli.main([*argv, "--output", target]) == 2
    out, err = capsys.readouterr()
    what = {"check": "report", "drift": "comparison", "suggest": "claims file"}[argv[0]]
    assert (out, err) == ("", f"{target}:1:1: --output names {role}, which this run reads: "
                              f"write the {what} to another file\n")
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


def test_output_beside_the_inputs_is_written(capsys, project):
    _two_versions()
    assert check(capsys, "--format", "json", "--output", "articles/report.json")[0] == 0
    assert json.loads(Path("articles/report.json").read_text())["summary"]["claims"] == 2

# === 7. interrupts and signals ===========================================================

def test_ctrl_c_in_process_is_one_line_exit_130(capsys, monkeypatch):
    claims(HEAD + CLAIM)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("checker.engine.run_check", interrupted)
    assert check(capsys) == (130, "", "factlock: interrupted\n")


def _big_project(folder: Path) -> None:
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "articles" / "a.txt").write_text(ARTICLE * 150_000, encoding="utf-8")   # ~25 MB
    (folder / "claims.yaml").write_text(HEAD + CLAIM, encoding="utf-8")


_STARTER = ("import sys, checker.cli\n"
            "sys.stderr.write('ready\\n'); sys.stderr.flush()\n"
            "sys.exit(checker.cli.main(sys.argv[1:]))\n")


def _start(folder: Path, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", _STARTER, "check", *args], cwd=folder, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr.readline() == "ready\n"
    time.sleep(0.3)          # inside main(), reading and judging the big article
    return proc


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("sig, status, message", [
    (signal.SIGINT, 130, "factlock: interrupted\n"),
    (signal.SIGTERM, 143, "factlock: terminated\n"),
])
def test_signal_to_a_running_check_is_one_line(project, sig, status, message):
    _big_project(project)
    (project / "report.txt").write_text("old report\n")
    proc = _start(project, "--output", "report.txt")
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=120)
    if proc.returncode == 0:     # the machine finished first: nothing to assert about signals
        pytest.skip("the check finished before the signal arrived")
    assert (proc.returncode, err) == (status, message)
    assert (project / "report.txt").read_text() == "old report\n" and _leftovers() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX pipes")
def test_broken_pipe_is_quiet(project):
    claims(HEAD + CLAIM * 1 + "".join(f"  - {{id: t{n}, text: bilateral trade}}\n" for n in range(3000)))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "checker", "check", "-v"], cwd=project, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()                       # the reader goes away, as `| head -c 10` does
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert err == "" and proc.returncode in (0, 141)


# === 4. time: the benchmark runs (tiny; no timing asserted) ==============================

def test_adversarial_benchmark_smoke(capsys):
    sys.path.insert(0, str(ROOT))
    try:
        from benchmarks import adversarial
    finally:
        sys.path.remove(str(ROOT))
    res = adversarial.run(size_mb=0.002, line_mb=0.002)
    assert [r["input"] for r in res["rows"]][1:] == list(adversarial.INPUTS)
    assert all(r["mb"] > 0 and r["seconds"] >= 0 for r in res["rows"])
    text = adversarial.format_result(res)
    assert "1-1-1-1-…" in text and "x news/MB" in text and "exponent" in text


@pytest.mark.parametrize("command", ["drift", "update"])
def test_every_command_that_reads_claims_takes_allow_outside(capsys, secret, command):
    """The refusal names --allow-outside: each command that reads claims must accept it."""
    _path_claims("../secret.txt")
    assert cli.main([command]) == 2
    assert "factlock reads it only with --allow-outside" in capsys.readouterr().err
    assert cli.main([command, "--allow-outside"]) == 0
    capsys.readouterr()

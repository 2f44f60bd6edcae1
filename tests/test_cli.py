"""The ``factlock`` command: exit statuses, streams, colour, --output, and no tracebacks.

In-process tests replace the engine with a stub (``fake_engine``) so they pin the
command's own behaviour; ``run`` drives ``python -m checker`` in a subprocess.
"""
from __future__ import annotations

import io
import re
import json
import os
import stat
import subprocess
import sys
import types
from pathlib import Path

import pytest

import checker.cli as cli
import checker.report as report_formats
from checker.errors import Problem, UserError
from checker.model import Outcome, Position, Report, Result, Span
from checker.report.output import write_atomic

ROOT = Path(__file__).resolve().parent.parent
EVIDENCE = "In the first eight months of this year, bilateral trade reached over 88 billion USD, up 22%."


def record(status=Outcome.PASS, found="over 88 billion USD", id="trade"):
    start = EVIDENCE.index("over 88")
    return Result(id, "a", "a", "a.txt", "money", status, "nearly 88 billion USD", found,
                  Span(start, start + 19), 1, start + 1, EVIDENCE, "",
                  claim_pos=Position("claims.yaml", 4, 5), evidence_span=(start, start + 19))


PASSING = Report([record(found="nearly 88 billion USD")])
FAILING = Report([record(Outcome.MISMATCH), record(id="other", found="nearly 88 billion USD")])


@pytest.fixture
def fake_engine(monkeypatch):
    """Install ``run_check`` as the engine's; returns the list of calls' paths."""
    calls: list = []

    def install(outcome):
        def run_check(paths):
            calls.append(paths)
            if isinstance(outcome, BaseException):
                raise outcome
            return outcome
        try:
            import checker.engine as engine
        except ImportError:     # the engine is not written yet
            engine = types.ModuleType("checker.engine")
            monkeypatch.setitem(sys.modules, "checker.engine", engine)
        monkeypatch.setattr(engine, "run_check", run_check, raising=False)
        return calls
    return install


def run(*args, cwd=ROOT, env=None):
    """``python -m checker ARGS`` with this checkout importable."""
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FACTLOCK_DEBUG")}
    environ["PYTHONPATH"] = str(ROOT) + os.pathsep + environ.get("PYTHONPATH", "")
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


# --- exit statuses and streams -----------------------------------------------------

def test_all_hold_exits_0(fake_engine, capsys):
    calls = fake_engine(PASSING)
    assert cli.main(["check"]) == 0
    out, err = capsys.readouterr()
    assert out == "1 claim holds in 1 article\n" and err == ""
    assert calls == [["claims.yaml"]]


def test_a_failing_claim_exits_1(fake_engine, capsys):
    calls = fake_engine(FAILING)
    assert cli.main(["check", "claims", "more.yaml"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("a.txt:1:65: mismatch: trade (money)\n")
    assert out.endswith("\n1 of 2 claims failed (1 mismatch) in 1 article\n")
    assert err == ""
    assert calls == [["claims", "more.yaml"]]


def test_verbose_lists_passing_claims(fake_engine, capsys):
    fake_engine(FAILING)
    cli.main(["check", "-v"])
    assert "a.txt:1:65: pass: other (money): nearly 88 billion USD\n" in capsys.readouterr().out


def test_user_error_prints_each_problem_and_exits_2(fake_engine, capsys):
    fake_engine(UserError([Problem("claims.yaml", 3, 7, "unknown key 'abuot'; did you mean 'about'?"),
                           Problem("claims.yaml", 9, 1, "article 'b' is not declared")]))
    assert cli.main(["check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("claims.yaml:3:7: unknown key 'abuot'; did you mean 'about'?\n"
                   "claims.yaml:9:1: article 'b' is not declared\n")


def test_problem_without_position_reads_path_colon_message(fake_engine, capsys):
    fake_engine(UserError("no claims file in 'docs'"))
    assert cli.main(["check", "docs"]) == 2
    assert capsys.readouterr().err == "factlock:1:1: no claims file in 'docs'\n"


def test_json_format(fake_engine, capsys):
    fake_engine(FAILING)
    assert cli.main(["check", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "factlock.report/1"
    assert doc["summary"] == {"claims": 2, "pass": 1, "fail": 1, "error": 0}
    assert [r["status"] for r in doc["results"]] == ["mismatch", "pass"]


def test_unexpected_exception_is_one_line_exit_2(fake_engine, capsys, monkeypatch):
    monkeypatch.delenv("FACTLOCK_DEBUG", raising=False)
    fake_engine(ZeroDivisionError("division by zero"))
    assert cli.main(["check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "factlock: internal error: ZeroDivisionError: division by zero (please report this)\n"


def test_debug_env_keeps_the_traceback(fake_engine, capsys, monkeypatch):
    monkeypatch.setenv("FACTLOCK_DEBUG", "1")
    fake_engine(ZeroDivisionError("division by zero"))
    assert cli.main(["check"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err and err.endswith("(please report this)\n")


def test_interrupt_is_one_line_exit_130(fake_engine, capsys):
    fake_engine(KeyboardInterrupt())
    assert cli.main(["check"]) == 130
    assert capsys.readouterr().err == "factlock: interrupted\n"


def test_closed_pipe_is_quiet_and_keeps_the_verdict(fake_engine, capsys, monkeypatch):
    class ClosedPipe(io.StringIO):
        def write(self, _text):
            raise BrokenPipeError

    fake_engine(FAILING)
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["check"]) == 1
    assert capsys.readouterr().err == ""


# --- options ----------------------------------------------------------------------

@pytest.mark.parametrize("argv, message", [
    (["check", "--format", "sarfi"],
     "factlock:1:16: argument --format: unknown format 'sarfi'; did you mean 'sarif'?"),
    (["check", "--format", "jsno"], "factlock:1:16: argument --format: unknown format 'jsno'; did you mean 'json'?"),
    (["check", "--format=jsno"], "factlock:1:16: argument --format: unknown format 'jsno'; did you mean 'json'?"),
    (["check", "--color", "sometimes"], "factlock:1:16: argument --color: invalid choice: 'sometimes'"),
    (["check", "--bogus"], "factlock:1:16: unrecognized arguments: --bogus"),
    (["check", "--formt", "json"], "factlock:1:16: unrecognized arguments: --formt; did you mean '--format'?"),
    (["frobnicate"], "factlock:1:10: argument COMMAND: invalid choice: 'frobnicate'"),
    ([], "factlock:1:1: choose a command: check, drift, suggest, update, explain"),
    # an unset variable in a CI script: '' read as the current folder, or as the folder
    # to write the report to ("cannot write the report: Is a directory")
    (["check", ""], "factlock:1:16: argument PATH: an empty path names no file"),
    (["check", "--output", ""], "factlock:1:16: argument --output: an empty path names no file"),
    (["drift", "--output", ""], "factlock:1:16: argument --output: an empty path names no file"),
    (["suggest", ""], "factlock:1:18: argument ARTICLE: an empty path names no file"),
])
def test_bad_options_exit_2_with_one_line_pointing_into_the_command(argv, message, capsys, fake_engine):
    """The contract: exit 2 prints one ``path:line:col: message`` per problem. A command
    line has no file: it is its own one-line "file", the column where the bad word stands."""
    calls = fake_engine(PASSING)
    assert cli.main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith(message), err
    assert calls == []


@pytest.mark.parametrize("argv, help_hint", [
    (["check", "--bogus"], "(see `factlock check --help`)"),
    (["drift", "claims.yaml", "--format", "json", "-q"], "(see `factlock drift --help`)"),
    (["--bogus"], "(see `factlock --help`)"),
])
def test_an_unknown_option_names_the_help_of_its_command(argv, help_hint, capsys, fake_engine):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.rstrip("\n").endswith(help_hint), err
    assert re.match(r"factlock:1:\d+: unrecognized arguments: ", err), err


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("factlock ")


def test_help_exits_0(capsys):
    assert cli.main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--format", "--output", "--color", "--verbose", "--base", "PATH"):
        assert option in out


# --- colour -----------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize("mode, tty, env, expected", [
    ("auto", True, {}, True),
    ("auto", True, {"NO_COLOR": "1"}, False),
    ("auto", True, {"NO_COLOR": "anything"}, False),
    ("auto", False, {}, False),
    ("always", False, {"NO_COLOR": "1"}, True),
    ("never", True, {}, False),
])
def test_want_color(mode, tty, env, expected):
    assert cli.want_color(mode, Terminal() if tty else io.StringIO(), env) is expected


def test_colour_on_a_terminal_unless_no_color(fake_engine, monkeypatch):
    fake_engine(FAILING)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for env, coloured in (({}, True), ({"NO_COLOR": "1"}, False)):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        terminal = Terminal()
        monkeypatch.setattr(sys, "stdout", terminal)
        assert cli.main(["check"]) == 1
        assert ("\x1b[1;31mmismatch\x1b[0m" in terminal.getvalue()) is coloured


def test_color_flag_overrides(fake_engine, capsys, monkeypatch):
    fake_engine(FAILING)
    monkeypatch.setenv("NO_COLOR", "1")
    cli.main(["check", "--color", "always"])
    assert "\x1b[31m^^^" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdout", Terminal())
    cli.main(["check", "--color", "never"])
    assert "\x1b" not in sys.stdout.getvalue()


# --- --output ---------------------------------------------------------------------

def test_output_writes_the_whole_report_without_colour(fake_engine, capsys, tmp_path):
    fake_engine(FAILING)
    target = tmp_path / "report.txt"
    assert cli.main(["check", "--output", str(target), "--color", "always"]) == 1
    assert capsys.readouterr().out == ""
    text = target.read_text(encoding="utf-8")
    assert "\x1b" not in text
    assert text.startswith("a.txt:1:65: mismatch") and text.endswith("in 1 article\n")
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_output_json_replaces_and_keeps_mode(fake_engine, tmp_path):
    fake_engine(PASSING)
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert cli.main(["check", "--format", "json", "--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["pass"] == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_failing_render_leaves_the_existing_file_untouched(fake_engine, capsys, monkeypatch, tmp_path):
    def broken(report, **_options):
        raise RuntimeError("renderer broke")

    fake_engine(FAILING)
    monkeypatch.setitem(report_formats.RENDERERS, "json", broken)
    target = tmp_path / "report.json"
    target.write_text("previous report\n", encoding="utf-8")
    assert cli.main(["check", "--format", "json", "--output", str(target)]) == 2
    assert "internal error: RuntimeError: renderer broke" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_failing_write_removes_the_temp_file(monkeypatch, tmp_path):
    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    target = tmp_path / "report.json"
    target.write_text("previous report\n", encoding="utf-8")
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, "new report\n")
    assert target.read_text(encoding="utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_write_atomic_new_file_follows_umask_and_keeps_newlines(tmp_path):
    target = tmp_path / "new.txt"
    write_atomic(target, "Lương Cường\r\nline two\n")
    assert target.read_bytes() == "Lương Cường\r\nline two\n".encode("utf-8")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_unwritable_output_is_a_user_error(fake_engine, capsys, tmp_path):
    fake_engine(PASSING)
    target = tmp_path / "no-such-folder" / "report.json"
    assert cli.main(["check", "--output", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{target}:1:1: cannot write the report: No such file or directory\n"


# --- as a program -----------------------------------------------------------------

def test_module_runs_and_reports_version():
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("factlock ")


@pytest.mark.parametrize("args, message", [
    (("check", "--format", "sarfi"), "unknown format 'sarfi'; did you mean 'sarif'?"),
    (("check", "--no-such-option"), "factlock:1:16: unrecognized arguments: --no-such-option"),
    (("drift",), "claims.yaml:1:1: no such claims file"),
    (("suggest", "a.txt"), "a.txt:1:1: cannot read article: no such file"),
])
def test_program_exits_2_without_traceback(args, message, tmp_path):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


# --- end to end, with the real engine -----------------------------------------------

def _engine_present() -> bool:
    import importlib.util
    return importlib.util.find_spec("checker.engine") is not None


needs_engine = pytest.mark.skipif(not _engine_present(), reason="checker.engine not written yet")

ARTICLE = "In the first eight months of this year, bilateral trade reached nearly 88 billion USD, up 22%.\n"


def project(tmp_path: Path, figure="nearly 88 billion USD", extra="") -> Path:
    """A tiny project: one article and a claims file with one money claim."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "articles:\n"
        "  a: {path: a.txt, published: 2024-09-20}\n"
        "claims:\n"
        f"  - {{id: trade, article: a, about: bilateral trade, money: {figure}{extra}}}\n",
        encoding="utf-8")
    return tmp_path


@needs_engine
def test_e2e_claim_holds_exit_0(tmp_path):
    proc = run("check", cwd=project(tmp_path))
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    assert proc.stdout == "1 claim holds in 1 article\n"


@needs_engine
def test_e2e_mismatch_exit_1_points_at_the_figure(tmp_path):
    proc = run("check", "--color", "never", cwd=project(tmp_path, figure="over 88 billion USD"))
    assert proc.returncode == 1, proc.stderr
    column = ARTICLE.index("nearly") + 1
    lines = proc.stdout.splitlines()
    assert lines[0] == f"a.txt:1:{column}: mismatch: trade (money)"
    assert lines[1] == "  " + ARTICLE.rstrip("\n")
    assert lines[2].startswith("  " + " " * (column - 1) + "^")
    assert "  expected: over 88 billion USD" in lines
    assert "  claim: claims.yaml:4:5" in lines
    assert lines[-1] == "1 of 1 claim failed (1 mismatch) in 1 article"


@needs_engine
def test_e2e_json_and_output_file(tmp_path):
    folder = project(tmp_path, figure="over 88 billion USD")
    proc = run("check", "claims.yaml", "--format", "json", "--output", "report.json", cwd=folder)
    assert proc.returncode == 1 and proc.stdout == "", proc.stderr
    doc = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "factlock.report/1"
    assert doc["summary"] == {"claims": 1, "pass": 0, "fail": 1, "error": 0}
    [rec] = doc["results"]
    assert (rec["id"], rec["path"], rec["status"], rec["line"]) == ("trade", "a.txt", "mismatch", 1)
    assert ARTICLE[rec["span"]["start"]:rec["span"]["end"]] == rec["found"] == "nearly 88 billion USD"


@needs_engine
@pytest.mark.parametrize("claims, where", [
    ("articles:\n  a: {path: a.txt}\nclaims:\n  - {id: t, article: a, abuot: trade, money: 88 billion USD}\n",
     r"claims\.yaml:4:\d+: "),
    ("articles:\n  a: {path: gone.txt}\nclaims:\n  - {id: t, article: a, about: trade, money: 88 billion USD}\n",
     r"claims\.yaml:\d+:\d+: "),
    ("articles: [\n", r"claims\.yaml:\d+:\d+: "),
])
def test_e2e_unusable_input_exit_2(tmp_path, claims, where):
    import re
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(claims, encoding="utf-8")
    proc = run("check", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert all(re.match(where, line) for line in proc.stderr.splitlines()), proc.stderr


@needs_engine
def test_e2e_missing_claims_file_exit_2(tmp_path):
    proc = run("check", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "claims.yaml" in proc.stderr and "Traceback" not in proc.stderr


@needs_engine
def test_python_api_check(tmp_path, monkeypatch):
    import checker
    monkeypatch.chdir(project(tmp_path))
    report = checker.check()
    assert isinstance(report, checker.Report) and report.ok
    assert [r.status for r in report.results] == [checker.Outcome.PASS]


def test_public_api_is_reexported_in_one_place():
    import checker
    import checker.engine
    import checker.extraction
    import checker.model
    assert sorted(checker.__all__) == sorted(
        ["extract", "check", "Mention", "Report", "Result", "Outcome", "UserError"])
    assert checker.check is checker.engine.check
    assert isinstance(checker.extract, types.FunctionType)    # the function, not the package
    assert [m.kind for m in checker.extract("up 22% to nearly 88 billion USD")] == ["percent", "money"]
    assert checker.Result is checker.model.Result and checker.UserError is UserError


# --- the Python API's arguments --------------------------------------------------------

def test_extract_takes_a_datetime_as_its_day():
    """A ``datetime`` is a ``datetime.date`` (the contract's type for ``published``): it
    resolved nothing and failed with "can't compare datetime.datetime to datetime.date"."""
    import datetime
    import checker
    text = "The vote is on October 25 this year."
    by_day = checker.extract(text, published=datetime.date(2024, 9, 20))
    assert checker.extract(text, published=datetime.datetime(2024, 9, 20, 23, 59)) == by_day
    assert [(m.kind, m.value) for m in by_day] == [("date", datetime.date(2024, 10, 25)),
                                                   ("year", 2024)]


@pytest.mark.parametrize("args, message", [
    ((b"nearly 88 billion USD",), "extract() takes the text as a str, not bytes (decode it first"),
    ((None,), "extract() takes the text as a str, not NoneType"),
    (("on October 25", "2024-09-20"),
     "extract(published=...) takes a datetime.date such as datetime.date(2024, 9, 20), not str"),
])
def test_extract_wrong_argument_types_say_what_to_pass(args, message):
    import checker
    with pytest.raises(TypeError) as caught:
        checker.extract(*args)
    assert str(caught.value).startswith(message)


@needs_engine
@pytest.mark.parametrize("path", [None, b"claims.yaml", ["claims.yaml"]])
def test_check_wrong_path_type_says_what_to_pass(path, tmp_path, monkeypatch):
    import checker
    monkeypatch.chdir(project(tmp_path))
    with pytest.raises(TypeError, match=r"^check\(\) takes the path of a claims file or folder "
                                        r"as a str or os\.PathLike, not "):
        checker.check(path)
    assert checker.check(tmp_path / "claims.yaml").ok     # a Path is a path

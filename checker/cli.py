"""The ``factlock`` command: read options, run one command, turn the outcome into an exit status.

Exit status (interface contract): 0 every claim holds, 1 at least one does not, 2 the
input cannot be used (bad claims file, missing article, bad option). Whatever happens,
the user sees messages, never a Python traceback (set FACTLOCK_DEBUG=1 to get one).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import signal
import sys
import threading
from typing import Callable, Optional, Sequence, TextIO

from .errors import PROGRAM, Problem, UserError, did_you_mean
from .report import PLANNED, RENDERERS
from .report.output import write_atomic

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_UNUSABLE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141   # what a shell reports for a process ended by SIGPIPE
EXIT_TERMINATED = 143    # ... and by SIGTERM

DEFAULT_CLAIMS = "claims.yaml"
COLOR_MODES = ("auto", "always", "never")


def version() -> str:
    """The installed distribution's version, or a marker when run from a source tree."""
    try:
        from importlib.metadata import PackageNotFoundError, version as _version
        return _version("factlock")
    except PackageNotFoundError:
        return "0+unknown"


# --- options ------------------------------------------------------------------------

#: The command line as given (``main``'s argv), so that a bad option is reported where
#: it stands in it, as every exit-2 problem is: ``factlock:1:COL: message``.
_ARGV: list[str] = []


def command_line_problem(message: str, token: Optional[str] = None, command: str = "") -> str:
    """``factlock:1:COL: message`` for a problem with the command line itself: the
    column of ``token`` in ``factlock ARGS`` as typed (shell-quoted), else 1. The
    contract promises ``path:line:col`` on exit 2; a command line has no file, so it is
    its own one-line "file", named by the program."""
    import shlex
    words = ["factlock"] + [shlex.quote(a) for a in _ARGV]
    column = 1
    if token is not None:
        quoted = shlex.quote(token)
        at = len(words[0]) + 1
        for word, raw in zip(words[1:], _ARGV):
            if raw == token or raw.startswith(token + "="):
                column = at + 1
                break
            at += len(word) + 1
        else:
            column = 1 if quoted not in " ".join(words) else " ".join(words).index(quoted) + 1
    help_hint = f" (see `factlock {command + ' ' if command else ''}--help`)"
    return f"factlock:1:{column}: {message}{help_hint}"


#: What argparse names in its messages, and which word of the command line it is.
_ARGUMENT = re.compile(r"argument (?P<name>[^:]+): ")


class _Parser(argparse.ArgumentParser):
    """argparse whose errors are one ``factlock:1:COL: message`` line and exit 2, like
    all bad input."""

    commands: dict = {}

    def error(self, message: str):  # type: ignore[override]
        command = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        token = None
        m = _ARGUMENT.match(message)
        if message.startswith("unrecognized arguments: "):
            token = message.split(": ", 1)[1].split(" ")[0]
            option = token.split("=", 1)[0]
            close = did_you_mean(option, [o for a in self._actions for o in a.option_strings]) \
                if option.startswith("--") else None
            if close:
                message += f"; did you mean {close!r}?"
        elif m is not None:
            names = m.group("name").split("/")
            token = next((a for a in _ARGV for n in names if a == n or a.startswith(n + "=")), None)
            if token is None:  # a positional: the value it refused ("frobnicate", "")
                q = re.search(r"(?:invalid choice: |unknown format )'([^']*)'", message)
                token = q.group(1) if q else ("" if "empty path" in message and "" in _ARGV else None)
        self.exit(EXIT_UNUSABLE, command_line_problem(message, token, command) + "\n")

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """As argparse, but an unknown option shows the usage of the command it was given
        to (``factlock check --bogus`` showed the usage of ``factlock`` alone)."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = self.commands.get(getattr(parsed, "command", None), self)
            command.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def _check_format(name: str) -> str:
    """Accept a format from the renderer table; say which named formats are still to come."""
    if name in RENDERERS:
        return name
    available = ", ".join(RENDERERS)
    if name in PLANNED:
        raise argparse.ArgumentTypeError(
            f"format '{name}' is not available yet (available: {available})")
    guess = did_you_mean(name, list(RENDERERS) + list(PLANNED))
    hint = f"; did you mean '{guess}'?" if guess else ""
    raise argparse.ArgumentTypeError(f"unknown format '{name}'{hint} (available: {available})")


class _Version(argparse.Action):
    """``--version``, looked up only when asked for (reading the installed metadata costs
    every other run a few hundredths of a second)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser._print_message(f"factlock {version()}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factlock",
        description="Check the figures in articles against a ledger of claims.",
        epilog="Exit status: 0 every claim holds, 1 a claim does not hold, 2 unusable input.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check", help="check every claim against its article",
        description="Check every claim against its article and report those that do not hold.")
    check.add_argument(
        "paths", nargs="*", type=_path, metavar="PATH", default=[DEFAULT_CLAIMS],
        help=f"claims files or folders holding them (default: {DEFAULT_CLAIMS})")
    check.add_argument(
        "--format", type=_check_format, default="text", metavar="FORMAT",
        help=f"report format: {', '.join(RENDERERS)} (default: text)")
    check.add_argument(
        "--output", type=_path, metavar="FILE",
        help="write the report to FILE (replaced in one step) instead of standard output")
    check.add_argument(
        "--color", choices=COLOR_MODES, default="auto",
        help="colour the text report: auto (on a terminal, unless NO_COLOR is set), "
             "always, never")
    check.add_argument(
        "-v", "--verbose", action="store_true", help="also list each claim that holds")
    check.add_argument(
        "--base", metavar="GIT_REV",
        help="also list every figure the working tree changed since the git revision GIT_REV "
             "(claims file and articles read with git)")
    check.add_argument(
        "--coverage", action="store_true",
        help="also list, per article, the figures no claim covers and the share covered")
    check.add_argument(
        "--min-coverage", type=_percentage, metavar="PCT",
        help="fail (exit 1) when an article has less than PCT%% of its figures under a claim "
             "(implies --coverage)")
    check.add_argument(
        "--explain", action="store_true",
        help="under each claim that does not hold, show how the sentences it is about were "
             "read: which rule read which figure into which value, and why other candidates "
             "were not read (on stderr beside a report that is not text)")
    _allow_outside_option(check)
    check.add_argument(
        "--update", action="store_true",
        help="first accept what the text now states: rewrite the figure of every claim that "
             "fails with a figure found (mismatch, drift) in its claims file, every other byte "
             "kept, and show the changes on stderr; then check")
    check.set_defaults(run=_run_check)

    update = commands.add_parser(
        "update", help="accept what the text now states: rewrite failing figures in claims files",
        description="Rewrite the figure of every claim that fails with a figure found (mismatch, "
                    "or drift in a version the claim gives no figure for) to what the text "
                    "states, keeping every other byte of the claims file; print the changes.")
    update.add_argument(
        "paths", nargs="*", type=_path, metavar="PATH", default=[DEFAULT_CLAIMS],
        help=f"claims files or folders holding them (default: {DEFAULT_CLAIMS})")
    update.add_argument(
        "--article", action="append", metavar="NAME",
        help="only the figures of this article (version); may be given more than once")
    update.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    _allow_outside_option(update)
    update.set_defaults(run=_run_update)

    drift = commands.add_parser(
        "drift", help="compare versions of an article, claim by claim",
        description="Put the versions of each article side by side, claim by claim.")
    drift.add_argument(
        "paths", nargs="*", type=_path, metavar="PATH", default=[DEFAULT_CLAIMS],
        help=f"claims files or folders holding them (default: {DEFAULT_CLAIMS})")
    drift.add_argument("--format", choices=("text", "json", "markdown"), default="text",
                       help="text (default), json (factlock.drift/1) or markdown")
    drift.add_argument(
        "--output", type=_path, metavar="FILE",
        help="write the comparison to FILE (replaced in one step) instead of standard output")
    _allow_outside_option(drift)
    drift.set_defaults(run=_run_drift)

    suggest = commands.add_parser(
        "suggest", help="draft a claim for every figure in an article",
        description="Draft a claim for every figure in ARTICLE, for the editor to keep or edit.")
    suggest.add_argument("article", type=_path, metavar="ARTICLE", help="the article's text file")
    suggest.add_argument("--format", choices=("yaml", "json"), default="yaml")
    suggest.add_argument(
        "--output", type=_path, metavar="FILE", help="write the drafted claims file to FILE (never over an "
                                         "existing file without --force)")
    suggest.add_argument(
        "--append", type=_path, metavar="CLAIMS", help="add claims for the figures no claim covers yet to the "
                                           "claims file CLAIMS, keeping its comments and layout")
    suggest.add_argument("--force", action="store_true", help="let --output replace an existing file")
    suggest.add_argument("--published", type=_date, metavar="DATE",
                         help="the publication date (YYYY-MM-DD), if the article has no dateline")
    suggest.add_argument("--name", metavar="NAME", help="the article's name in the claims file "
                                                        "(default: from the file name)")
    _locale_options(suggest)
    suggest.set_defaults(run=_run_suggest)

    explain = commands.add_parser(
        "explain", help="show which rule read each figure of a text, and why others were not read",
        description="Show, for every figure in TEXT, the rule that read which span into which "
                    "value, and why each other candidate was not read.")
    explain.add_argument("text", metavar="TEXT", help="the text to read (or - for standard input)")
    explain.add_argument("--published", type=_date, metavar="DATE",
                         help="the reference date for relative expressions (YYYY-MM-DD)")
    _locale_options(explain)
    explain.set_defaults(run=_run_explain)
    parser.commands = {"check": check, "update": update, "drift": drift, "suggest": suggest,
                       "explain": explain}
    return parser


def _allow_outside_option(command: argparse.ArgumentParser) -> None:
    """Every command that reads claims files takes the same escape hatch (see _dispatch)."""
    command.add_argument(
        "--allow-outside", action="store_true",
        help="read articles outside the claims file's repository (the nearest folder holding "
             ".git); refused by default, since claims files may come from anyone")


def _path(text: str) -> str:
    """A file or folder name given on the command line: an empty one ('' from an unset
    variable in a CI script) names nothing (it read as the current folder, or as a folder
    to write the report to)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file")
    return text


def _percentage(text: str) -> float:
    from .coverage import parse_percent
    try:
        return parse_percent(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a percentage from 0 to 100") from None


def _locale_options(command: argparse.ArgumentParser) -> None:
    """--country, --dollar, --numeric-dates: the article keys of a claims file (docs/claims.md)."""
    command.add_argument("--country", type=_country, metavar="CODE",
                         help="the article's country (ISO code such as NZ): the currency of a bare $, "
                              "the order of numeric dates, the country's own signs (Sh500 in KE)")
    command.add_argument("--dollar", type=_dollar, metavar="CODE",
                         help="the currency a bare $ means (NZD, AUD, CAD, ...; default USD)")
    command.add_argument("--numeric-dates", choices=("day-first", "month-first"), dest="numeric_dates",
                         help="how the article writes 12/05/2026 (default: as its own dates tell)")


def _country(text: str) -> str:
    from .locale import country_code
    code = country_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a two-letter country code such as NZ")
    return code


def _dollar(text: str) -> str:
    from .locale import DOLLARS
    if text.upper() not in DOLLARS:
        raise argparse.ArgumentTypeError(f"'{text}' is not a currency a bare $ means "
                                         f"({', '.join(DOLLARS)})")
    return text.upper()


def _locale_of(args: argparse.Namespace):
    from .locale import Locale
    return Locale(args.country, args.dollar, args.numeric_dates)


def _date(text: str):
    import datetime
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date such as 2024-09-20") from None


# --- commands -----------------------------------------------------------------------

def _not_yet(command: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        print(f"factlock {command}: not available yet", file=sys.stderr)
        return EXIT_UNUSABLE
    return run


def want_color(mode: str, stream: TextIO, environ: Optional[dict] = None) -> bool:
    """Colour on request, or on a terminal unless NO_COLOR is set (no-color.org)."""
    if mode == "never":
        return False
    if mode == "always":
        return True
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _run_update(args: argparse.Namespace) -> int:
    update = importlib.import_module("checker.update")
    left: list = []
    done = update.update_paths(list(args.paths), args.article, dry_run=args.dry_run, left=left)
    _emit("".join(u.diff for u in done))
    _say(update.summary(done, args.dry_run, left))
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    if getattr(args, "update", False):    # only when asked; the check then reads the result
        update = importlib.import_module("checker.update")
        left: list = []
        done = update.update_paths(list(args.paths), left=left)
        for file_update in done:
            _say(file_update.diff.rstrip("\n"))
        _say(update.summary(done, left=left))
    observers = []
    since = None
    if args.base is not None:    # first: an unusable revision is exit 2 before any work
        # compared as each claims file is checked, on the check's own claims and indexes
        since = importlib.import_module("checker.gitrev").Since(list(args.paths), args.base)
        observers.append(since)
    engine = importlib.import_module("checker.engine")   # looked up late: tests replace it
    coverage = importlib.import_module("checker.coverage")
    want_coverage = args.coverage or args.min_coverage is not None
    collector = None
    if want_coverage or args.format == "html":
        collector = coverage.Collector()
        observers.append(collector)
    explainer = None
    if args.explain:
        explainer = importlib.import_module("checker.diagnose").Explainer()
        observers.append(explainer)
    if coverage.is_terminal(sys.stderr):     # shown only for long runs (see Progress)
        observers.append(coverage.Progress(sys.stderr))
    if observers:
        report = engine.run_check(list(args.paths), observers=tuple(observers))
        if collector is not None:
            report.articles = collector.articles
    else:
        report = engine.run_check(list(args.paths))
    if since is not None:
        report.base, report.changes = args.base, since.changes
    color = args.output is None and want_color(args.color, sys.stdout)
    _github = importlib.import_module("checker.report.github") if args.format == "github" else None
    summary_file = _github.step_summary_file() if _github else None
    options = {"step_summary": True} if summary_file else {}
    text = RENDERERS[args.format](report, color=color, verbose=args.verbose, **options)
    if summary_file:
        try:   # the job summary is an extra: a failure to write it does not change the verdict
            _github.append_step_summary(report, summary_file)
        except OSError as exc:
            _say(f"factlock: cannot write the job summary {summary_file}: {exc.strerror or exc}")
    listing = ""
    if want_coverage:
        listing = coverage.render_coverage(report.articles, args.min_coverage)
        if args.format == "text" and args.output is None:
            text, listing = text + "\n" + listing, ""
    if explainer is not None and explainer.explanations:
        why = importlib.import_module("checker.diagnose").render(explainer.explanations)
        if args.format == "text" and args.output is None:
            text, listing = text + "\n" + why, listing
        else:
            listing = why + listing
    if args.output is None:
        _emit(text)
    else:
        _refuse_to_replace_inputs(
            args.output, "report", _claims_files(args.paths),
            [r.path for r in report.results] + [r.claim_pos.path for r in report.results if r.claim_pos])
        try:
            write_atomic(args.output, text)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(Problem(args.output, 0, 0, f"cannot write the report: {reason}"))
    if listing:                      # beside a machine-readable report: on stderr
        _say(listing.rstrip("\n"))
    if args.min_coverage is not None and any(coverage.below(a, args.min_coverage) for a in report.articles):
        return EXIT_FAILED
    return EXIT_OK if report.ok else EXIT_FAILED


def _run_drift(args: argparse.Namespace) -> int:
    """Versions side by side; exit 0 whatever changed (2 only for unusable input)."""
    drift = importlib.import_module("checker.drift")
    renderers = importlib.import_module("checker.report.drift").RENDERERS
    comparison = drift.run_drift(list(args.paths))
    text = renderers[args.format](comparison)
    if args.output is None:
        _emit(text)
        return EXIT_OK
    _refuse_to_replace_inputs(args.output, "comparison", _claims_files(args.paths),
                              [p for pair in comparison.pairs for p in (pair.path, pair.previous_path)])
    try:
        write_atomic(args.output, text)
    except OSError as exc:
        raise UserError(Problem(args.output, 0, 0, f"cannot write the comparison: {exc.strerror or exc}"))
    return EXIT_OK


def _run_explain(args: argparse.Namespace) -> int:
    from .extraction.explain import render
    text = sys.stdin.read() if args.text == "-" else args.text
    _emit(render(text, args.published, _locale_of(args)) + "\n")
    return EXIT_OK


def _run_suggest(args: argparse.Namespace) -> int:
    suggest = importlib.import_module("checker.suggest")
    if args.append is not None:
        if args.format != "yaml":
            raise UserError(Problem(args.append, 0, 0, "--append writes YAML: leave out --format json"))
        text, drafts = suggest.suggest_append(args.article, args.append, published=args.published,
                                              name=args.name, locale=_locale_of(args))
        if not drafts:
            _say(f"factlock suggest: every figure of {args.article} is already under a claim in "
                 f"{args.append}; nothing to add")
            return EXIT_OK
        target = args.output or args.append
    else:
        text, drafts = suggest.suggest(args.article, format=args.format, published=args.published,
                                       name=args.name, output=args.output, locale=_locale_of(args))
        target = args.output
    if target is None:
        _emit(text)
        return EXIT_OK
    _refuse_to_replace_inputs(target, "claims file", [], [args.article])
    if target != args.append and os.path.exists(target) and not args.force:
        raise UserError(Problem(target, 0, 0, "already exists: give --force to replace it, or "
                                              "--append to add to it"))
    try:
        write_atomic(target, text)
    except OSError as exc:
        raise UserError(Problem(target, 0, 0, f"cannot write the claims file: {exc.strerror or exc}"))
    written = [d for d in drafts if d.live]
    count = f"{len(written)} claim{'s' if len(written) != 1 else ''}"
    if len(written) != len(drafts):
        left = len(drafts) - len(written)
        how = "left out" if args.format == "json" else "commented out"
        count += f" ({left} more {how}: no words locate {'it' if left == 1 else 'them'} alone)"
    _say(f"factlock suggest: {'added' if args.append else 'wrote'} {count} to {target}")
    return EXIT_OK


# --- plumbing -----------------------------------------------------------------------

def _claims_files(paths: Sequence[str]) -> list[str]:
    from .claims import find_claim_files
    return find_claim_files(list(paths))


def _refuse_to_replace_inputs(output: str, what: str, claims_files: Sequence[str],
                              articles: Sequence[str]) -> None:
    """``--output`` naming a file the run has just read (an article, a claims file: a slip
    in a CI script) would replace it with the report: refused, exit 2, nothing written."""
    if not os.path.exists(output):
        return
    inputs = [("claims file", p) for p in claims_files] + [("article", p) for p in articles]
    for role, path in dict.fromkeys(inputs):
        try:
            same = os.path.samefile(output, path)
        except OSError:
            continue
        if same:
            from .engine import report_path
            raise UserError(Problem(output, 0, 0, f"--output names the {role} '{report_path(path)}', "
                                                  f"which this run reads: write the {what} to another file"))


def _emit(text: str) -> None:
    """Print to stdout; a reader that went away (``| head``) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    # Point stdout at /dev/null so the interpreter's final flush does not fail again.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


#: Characters that would break one problem into several lines (or hide part of it) in a
#: terminal or a CI log; a message quoting such a value shows them escaped.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def _problem_line(problem: Problem) -> str:
    """``path:line:col: message``, always one line, whatever the claims file put in the
    message. A problem with a whole file (an output that cannot be written, a folder
    outside git) points at its start, 1:1, so every line a script or an editor reads
    on exit 2 has the one shape the contract promises (as a missing claims file is
    reported at its 1:1)."""
    if problem.line:
        line = str(problem)
    elif problem.path == PROGRAM:  # no file to point at: the command line is the "file"
        line = f"{PROGRAM}:1:1: {problem.message}"
    else:
        line = f"{problem.path}:1:1: {problem.message}"
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], line)


def _say(message: str) -> None:
    try:
        print(message, file=sys.stderr)
    except (OSError, ValueError):
        pass


def _tolerant_streams() -> None:
    """Never die on a character the terminal's encoding cannot show."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (OSError, ValueError):
                pass


def _dispatch(argv: Optional[Sequence[str]]) -> int:
    _ARGV[:] = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:            # --help, --version, or a bad option
        return exc.code if isinstance(exc.code, int) else EXIT_UNUSABLE
    if args.command is None:
        _say(command_line_problem("choose a command: check, drift, suggest, update, explain"))
        return EXIT_UNUSABLE
    if getattr(args, "allow_outside", False):
        from .claims import outside_allowed
        with outside_allowed():
            return args.run(args)
    return args.run(args)


class _Terminated(BaseException):
    """SIGTERM, turned into an exception so that cleanups (temporary files) run."""


def _raise_terminated(signum, frame):
    raise _Terminated()


@contextlib.contextmanager
def _quiet_sigterm():
    """While a command runs, SIGTERM ends it like Ctrl-C: one line, no traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of ``factlock`` and ``python -m checker``; returns the exit status."""
    _tolerant_streams()
    try:
        with _quiet_sigterm():
            return _dispatch(argv)
    except UserError as exc:
        for problem in exc.problems:
            _say(_problem_line(problem))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        _say("factlock: interrupted")
        return EXIT_INTERRUPTED
    except _Terminated:
        _say("factlock: terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if os.environ.get("FACTLOCK_DEBUG", "") not in ("", "0"):
            import traceback
            traceback.print_exc()
        _say(f"factlock: internal error: {type(exc).__name__}: {exc} (please report this)")
        return EXIT_UNUSABLE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

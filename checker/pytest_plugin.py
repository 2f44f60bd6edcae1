"""factlock as a pytest plugin: every claim in a claims file is a test item.

Registered through the ``pytest11`` entry point, so installing factlock is enough. A claims
file (``claims.yaml`` or ``*.claims.yaml``) that pytest comes across while collecting —
under a path given on the command line, under ``testpaths``, or under the rootdir when
neither is given — yields one item per claim, named ``<claims file>::<claim id>``; a claim
whose article has other versions (``previous``) is judged in each, as ``factlock check``
does, one item per version: ``<claim id>[<article>]``. ``-k``,
``-x``, ``--lf``, ``-n`` (pytest-xdist) and ``--junitxml`` treat them like any test.

Options:

``--factlock-claims PATH``
    check the claims in PATH (a claims file, or a folder: its ``claims.yaml`` and every
    ``*.claims.yaml``), wherever it is; repeatable. When given, only these claims files
    are collected.
``--no-factlock``, or ``factlock = false`` in the ini file
    collect no claims file at all.

A failing claim prints the block ``factlock check`` prints (path:line:col, the sentence
with the figure underlined, expected and found), never a Python traceback; a drift the
claims file only warns about passes with a ``FactlockDriftWarning``. A claims file
that cannot be used is one collection error listing every ``path:line:col: message``.

Each article is indexed once per pytest process (per xdist worker), however many items
need it; items stay independent, so any subset runs in any worker with the same outcome.
This module imports nothing heavy until a claims file is found: it is loaded by every
pytest run in an environment where factlock is installed.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Optional

import pytest

if TYPE_CHECKING:  # pragma: no cover
    from .model import Claim, ClaimSet, Result

DEFAULT_NAME = "claims.yaml"
SUFFIX = ".claims.yaml"


# --- options ------------------------------------------------------------------------

def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factlock", "factlock: claims files as tests")
    group.addoption(
        "--factlock-claims", action="append", default=[], metavar="PATH", dest="factlock_claims",
        help="check the claims in PATH (a claims file, or a folder holding claims.yaml and "
             "*.claims.yaml), wherever it is; repeatable. Given, only these are collected.")
    group.addoption(
        "--no-factlock", action="store_true", default=False, dest="no_factlock",
        help="do not collect claims files as tests")
    parser.addini("factlock", type="bool", default=True,
                  help="collect claims.yaml and *.claims.yaml as tests (default: true)")


def _enabled(config: pytest.Config) -> bool:
    return not config.getoption("no_factlock", False) and bool(config.getini("factlock"))


# --- per-process state --------------------------------------------------------------

class _Session:
    """What one pytest process shares between items: the claims files chosen on the
    command line, and each article's index, built the first time an item needs it."""

    def __init__(self, selected: Optional[set[Path]]):
        self.selected = selected
        self._indexes: dict[tuple[str, str], Any] = {}

    def wants(self, path: Path) -> bool:
        if self.selected is not None:
            return path.resolve() in self.selected
        return path.name == DEFAULT_NAME or path.name.endswith(SUFFIX)

    def index(self, claim_set: "ClaimSet", article: str):
        key = (claim_set.path, article)
        index = self._indexes.get(key)
        if index is None:
            from .locate import ArticleIndex
            art = claim_set.articles[article]
            index = self._indexes[key] = ArticleIndex(claim_set.texts[article], art.published, locale=art.locale)
        return index


_SESSION = pytest.StashKey[_Session]()


def _selected_files(config: pytest.Config) -> Optional[list[Path]]:
    """The claims files named by --factlock-claims, or None when the option is not given."""
    paths = config.getoption("factlock_claims", None) or []
    if not paths:
        return None
    from .claims import find_claim_files
    from .errors import UserError
    base = config.invocation_params.dir
    try:
        files = find_claim_files([str(base / p) for p in paths])
    except UserError as exc:
        raise pytest.UsageError("--factlock-claims: " + "; ".join(str(p) for p in exc.problems))
    return [Path(f).resolve() for f in files]


@pytest.hookimpl(trylast=True)
def pytest_configure(config: pytest.Config) -> None:
    if not _enabled(config):
        return
    files = _selected_files(config)
    config.stash[_SESSION] = _Session(None if files is None else set(files))
    if files:
        # Claims files chosen by option are collected wherever they are: add them to the
        # paths pytest collects (testpaths, or the arguments), once.
        have = {Path(config.invocation_params.dir, a.split("::")[0]).resolve() for a in config.args}
        config.args.extend(str(f) for f in files if f not in have)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Optional[pytest.Collector]:
    session = parent.config.stash.get(_SESSION, None)
    if session is not None and session.wants(file_path):
        return ClaimsFile.from_parent(parent, path=file_path)
    return None


# --- collection ---------------------------------------------------------------------

def _display(path: Path) -> str:
    """A path as factlock's messages show it: relative to the run folder, with '/'."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return (str(path) if rel.startswith("..") else rel).replace(os.sep, "/")


def _problem_lines(error: Exception) -> str:
    problems = getattr(error, "problems", None) or []
    return "\n".join(str(p) if p.line else f"{p.path}: {p.message}" for p in problems) or str(error)


class ClaimsFile(pytest.File):
    """A claims file: loaded once at collection; one item per claim and version."""

    claim_set: "ClaimSet"

    def collect(self) -> Iterator["ClaimItem"]:
        from .claims import load_claims
        from .engine import version_chains
        self.claim_set = load_claims(_display(self.path))
        # every claim is judged in each version of its story, as `factlock check` does
        chains = version_chains(self.claim_set.articles)
        for claim in self.claim_set.claims:
            chain = chains[claim.article]
            for version in chain:
                name = claim.id if len(chain) == 1 else f"{claim.id}[{version}]"
                yield ClaimItem.from_parent(self, name=name, claim=claim, version=version, chain=chain)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None):
        from .errors import UserError
        if isinstance(excinfo.value, UserError):
            return _problem_lines(excinfo.value)
        return super().repr_failure(excinfo)


class FactlockDriftWarning(UserWarning):
    """A figure changed between versions and the claim's ``drift: warn`` policy lets it."""


class ClaimFailed(Exception):
    """A claim that does not hold; carries its Result for the report."""

    def __init__(self, result: "Result"):
        super().__init__(f"{result.status.value}: {result.id}")
        self.result = result


def failure_text(result: "Result", color: bool = False) -> str:
    """The block ``factlock check`` prints for one result, without the summary line."""
    from .model import Report
    from .report.text import render
    text = render(Report([result]), color=color, verbose=True).rstrip("\n")
    block, _, _summary = text.rpartition("\n")
    return block.rstrip("\n") or text


class ClaimItem(pytest.Item):
    """One claim judged against one version of its article."""

    def __init__(self, *, claim: "Claim", version: str, chain: list[str], **kwargs):
        super().__init__(**kwargs)
        self.claim = claim
        self.version = version
        self.chain = chain

    def runtest(self) -> None:
        """Judge the claim in this version, as ``factlock check`` does. A version the claim
        names no figure for is a drift check: nothing located there is nothing changed."""
        from .engine import judge_in_version
        parent: ClaimsFile = self.parent  # type: ignore[assignment]
        claim_set = parent.claim_set
        index = self.config.stash[_SESSION].index(claim_set, self.version)
        result = judge_in_version(self.claim, claim_set.articles[self.version], index, self.chain)
        if result is None:
            return
        if not result.ok:
            raise ClaimFailed(result)
        if getattr(result, "warning", False):
            import warnings
            pos = self.claim.pos
            warnings.warn_explicit(FactlockDriftWarning(failure_text(result)), FactlockDriftWarning,
                                   _display(self.path), pos.line if pos is not None else 1)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None):
        if isinstance(excinfo.value, ClaimFailed):
            writer = self.config.get_terminal_writer()
            return failure_text(excinfo.value.result, color=bool(getattr(writer, "hasmarkup", False)))
        from .errors import UserError
        if isinstance(excinfo.value, UserError):
            return _problem_lines(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        pos = self.claim.pos
        return self.path, (pos.line - 1 if pos is not None else None), f"claim {self.claim.id}"

"""``factlock check --base REV``: every figure the working tree changed since a git revision.

The claims file and each article are read as of REV with git (``git cat-file``, run with
a list argv in the claims file's repository, paths relative to its root). Every claim is
located in both the old and the current text of each version it is judged in, the way
``factlock drift`` compares versions, and each figure that differs by value is a
``FigureChange``: ``changed``, ``gone`` (no longer located) or ``new`` (located now, not
at REV, including every figure of an article file that is new since REV).

Unusable input is a UserError (exit 2): git missing, not a git repository, or a REV that
does not name a commit here (a shallow clone without it: fetch it first).
"""
from __future__ import annotations

import dataclasses
import os
import subprocess
from dataclasses import dataclass
from typing import Iterable, Optional

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .claims import find_claim_files, load_claims
from .claims.loader import compose, display_path, entries
from .drift import compare, state
from .engine import Indexes, report_path, version_chains
from .gcpause import paused
from .errors import Problem, UserError
from .locate import ArticleIndex
from .model import Claim, ClaimSet
from .text.source import ArticleError, decode_text

SHALLOW_HINT = ("the clone may be shallow or lack that branch: fetch it first "
                "(git fetch --unshallow, or actions/checkout with fetch-depth: 0)")


@dataclass(frozen=True)
class FigureChange:
    """One figure that differs between REV and the working tree."""

    id: str
    kind: str
    version: str             # the article (version) it is stated in
    path: str                # that article, as reports show it
    status: str              # changed, gone or new
    before: Optional[str]    # the wording at REV
    after: Optional[str]     # the wording now
    line: Optional[int]      # where the figure stands now (at REV, for a gone one)
    column: Optional[int]
    about: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "version": self.version, "path": self.path,
                "status": self.status, "before": self.before, "after": self.after,
                "line": self.line, "column": self.column, "about": list(self.about)}


# --- git ----------------------------------------------------------------------------

class Git:
    """git commands in one repository, as a list argv (never through a shell)."""

    def __init__(self, folder: str, shown: str):
        self.shown = shown                     # the claims file, for messages
        out = self.run(["rev-parse", "--show-toplevel"], cwd=folder)
        if out.returncode != 0:
            raise self.error("--base compares with a git revision, but this is not inside a "
                             "git repository")
        self.root = out.stdout.decode("utf-8", "replace").strip()

    def error(self, message: str) -> UserError:
        return UserError(Problem(self.shown, 0, 0, message))

    def run(self, args: list[str], cwd: Optional[str] = None) -> subprocess.CompletedProcess:
        try:
            return subprocess.run(["git", *args], cwd=cwd or self.root, capture_output=True,
                                  stdin=subprocess.DEVNULL, check=False)
        except FileNotFoundError:
            raise self.error("--base needs git, which is not installed or not on PATH") from None
        except OSError as exc:
            raise self.error(f"cannot run git: {exc.strerror or exc}") from None

    def commit(self, rev: str) -> str:
        """The commit ``rev`` names (its full hash)."""
        if not rev or rev.startswith("-") or any(c.isspace() or c == "\0" for c in rev):
            raise self.error(f"'{rev}' is not a git revision")
        out = self.run(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"])
        if out.returncode != 0:
            shallow = self.run(["rev-parse", "--is-shallow-repository"]).stdout.strip() == b"true"
            hint = SHALLOW_HINT if shallow else "check the name, or fetch it (git fetch origin)"
            raise self.error(f"unknown git revision '{rev}': {hint}")
        return out.stdout.decode().strip()

    def relative(self, path: str) -> Optional[str]:
        """``path`` relative to the repository root, with '/', or None if outside it."""
        rel = os.path.relpath(os.path.realpath(path), os.path.realpath(self.root))
        if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
            return None
        return rel.replace(os.sep, "/")

    def read_many(self, commit: str, paths: list[str]) -> dict[str, Optional[str]]:
        """``read`` for many paths with one git process (``git cat-file --batch``): path
        -> its text as of ``commit``, None where it did not exist (or is outside)."""
        out: dict[str, Optional[str]] = {}
        wanted: dict[str, str] = {}                     # path -> its name in the repository
        for path in dict.fromkeys(paths):
            rel = self.relative(path)
            if rel is None or "\n" in rel or "\r" in rel:
                out[path] = None if rel is None else self.read(commit, path)
            else:
                wanted[path] = rel
        if not wanted:
            return out
        request = "".join(f"{commit}:{rel}\n" for rel in wanted.values()).encode("utf-8")
        try:
            proc = subprocess.run(["git", "cat-file", "--batch"], cwd=self.root, input=request,
                                  capture_output=True, check=False)
        except OSError as exc:
            raise self.error(f"cannot run git: {exc.strerror or exc}") from None
        data, at = proc.stdout, 0
        for path in wanted:
            end = data.find(b"\n", at)
            if proc.returncode != 0 or end == -1:       # cut short: each file on its own
                return {**out, **{p: self.read(commit, p) for p in wanted if p not in out}}
            header = data[at:end].split()
            at = end + 1
            if len(header) != 3 or header[1] != b"blob":
                out[path] = None                         # missing, or not a file
                if len(header) == 3 and header[2].isdigit():
                    at += int(header[2]) + 1
                continue
            size = int(header[2])
            blob, at = data[at:at + size], at + size + 1
            try:
                out[path] = decode_text(blob)
            except ArticleError:
                out[path] = None
        return out

    def read(self, commit: str, path: str) -> Optional[str]:
        """The text of ``path`` (a filesystem path) as of ``commit``; None when it did not
        exist there (or is outside the repository)."""
        rel = self.relative(path)
        if rel is None:
            return None
        out = self.run(["cat-file", "blob", f"{commit}:{rel}"])
        if out.returncode != 0:
            return None
        try:
            return decode_text(out.stdout)
        except ArticleError:
            return None


# --- the comparison -----------------------------------------------------------------

def _old_claims(text: Optional[str], shown: str = "claims.yaml") -> dict[str, dict]:
    """Claims of the claims file as of REV, by id (only what locating needs: the keys
    present, and ``about`` where it is words), read leniently: a file that was broken
    then, or that the loader would refuse (an alias bomb), just means the current claims
    are used. Read with the loader's composer (quick on plain files, guarded against
    hostile ones), not by building every value of the document."""
    if not text:
        return {}
    root, problems = compose(text, shown)
    if root is None or not isinstance(root, MappingNode):
        return {}
    items = next((v for k, _, v in entries(root) if k == "claims"), None)
    if not isinstance(items, SequenceNode):
        return {}
    out: dict[str, dict] = {}
    for item in items.value:
        if not isinstance(item, MappingNode):
            continue
        fields = {k: v for k, _, v in entries(item)}
        ident = fields.get("id")
        if not isinstance(ident, ScalarNode):
            continue
        claim = dict.fromkeys(fields)
        about = fields.get("about")
        if _is_words(about):
            claim["about"] = about.value
        elif isinstance(about, SequenceNode) and all(_is_words(a) for a in about.value):
            claim["about"] = [a.value for a in about.value]
        out[ident.value] = claim
    return out


def _current_text(path: str) -> Optional[str]:
    """The claims file as it is now, decoded as git's copy is (None if unreadable)."""
    try:
        with open(path, "rb") as handle:
            return decode_text(handle.read())
    except (OSError, ArticleError):
        return None


def _is_words(node) -> bool:
    """A scalar YAML reads as a string (not ``2030``, ``true`` or ``null``)."""
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:str"


def _as_then(claim: Claim, old: Optional[dict]) -> Claim:
    """The claim located as it was written at REV: its ``about`` words then, if it had
    the same kind (the words an edit renamed still find the old figure)."""
    if not old or claim.kind not in old:
        return claim
    about = old.get("about")
    if isinstance(about, str) and about.strip():
        return dataclasses.replace(claim, about=(about,))
    if isinstance(about, list) and about and all(isinstance(a, str) and a.strip() for a in about):
        return dataclasses.replace(claim, about=tuple(about))
    return claim


def claim_set_changes(claim_set: ClaimSet, git: Git, commit: str,
                      indexes: Optional[Indexes] = None) -> list[FigureChange]:
    """Every figure of one claims file's articles that differs from ``commit``.

    ``indexes``: the working tree's articles as the check indexed them (``Since`` passes
    the check's own), so no current text is read twice; without it they are indexed here,
    on first use. A text at ``commit`` is indexed only where it differs from the current
    one: an unchanged article's current index serves both sides."""
    claims_path = os.path.join(os.getcwd(), claim_set.path) if not os.path.isabs(claim_set.path) \
        else claim_set.path
    old_texts = git.read_many(commit, [claims_path, *(a.file for a in claim_set.articles.values())])
    old_text = old_texts.get(claims_path)
    # the claims file as it was: not composed again when it has not changed since REV
    old_claims = None if old_text is not None and old_text == _current_text(claims_path) \
        else _old_claims(old_text, claim_set.path)
    now = Indexes(claim_set) if indexes is None else indexes   # an unchanged article: never indexed
    then: dict[str, Optional[ArticleIndex]] = {}
    unchanged: set[str] = set()          # the same text at REV: now's index serves both
    for name, article in claim_set.articles.items():
        text = old_texts.get(article.file)
        if text is not None and text == claim_set.texts.get(name):
            unchanged.add(name)
    chains = version_chains(claim_set.articles)
    changes = []
    for claim in claim_set.claims:
        chain = chains[claim.article]
        old_claim = claim if old_claims is None else _as_then(claim, old_claims.get(claim.id))
        for name in chain:
            if name not in claim_set.texts:
                continue
            if name in unchanged and old_claim.about == claim.about:
                continue     # the same words in the same text: the same figure, unchanged
            after = state(claim, now[name], name, chain)
            if name in unchanged:
                old_index = now[name]
            elif name in then:
                old_index = then[name]
            else:                # an edited article, indexed at REV when first compared
                article = claim_set.articles[name]
                text = old_texts.get(article.file)
                old_index = then[name] = None if text is None else ArticleIndex(text, article.published, locale=article.locale)
            before = state(old_claim, old_index, name, chain) if old_index is not None else None
            status = compare(before, after)
            if status in (None, "unchanged"):
                continue
            where = after or before
            line, column = (where.line, where.column) if where is not None else (None, None)
            changes.append(FigureChange(
                claim.id, claim.kind, name, report_path(claim_set.articles[name].file), status,
                before.wording if before else None, after.wording if after else None,
                line, column, claim.about))
    return changes


class Since:
    """``check --base REV`` as an observer of the check (``engine.run_check``): the
    figures each claims file's articles changed since REV, compared on the claim set
    and the article indexes the check itself loaded and built, so that no claims file
    is read twice and no current article is extracted twice.

    Made before the check runs, it checks git and REV for every claims file named by
    ``paths`` first: an unusable revision is exit 2 before any work. ``changes`` holds
    the changes once the check has run, in the order of the claims files."""

    def __init__(self, paths: Optional[Iterable[str]], rev: str):
        self.rev = rev
        self.changes: list[FigureChange] = []
        self._git: dict[str, tuple[Git, str]] = {}    # claims file as shown -> git, commit
        commits: dict[str, str] = {}
        for path in find_claim_files(list(paths or ["claims.yaml"])):
            shown = display_path(path)
            git = Git(os.path.dirname(os.path.abspath(path)) or ".", shown)
            if git.root not in commits:
                commits[git.root] = git.commit(rev)
            self._git[shown] = (git, commits[git.root])

    def start(self, claim_sets) -> None:
        pass

    def checked(self, claim_set: ClaimSet, results, indexes: Optional[Indexes] = None) -> None:
        git, commit = self._git[claim_set.path]
        self.changes += claim_set_changes(claim_set, git, commit, indexes)

    def finish(self) -> None:
        pass


def changes_since(paths: Optional[Iterable[str]], rev: str) -> list[FigureChange]:
    """``check --base REV`` without the check: the figure changes of every claims file
    named by ``paths`` (``Since`` does the same beside a check, sharing its work)."""
    with paused():
        since = Since(paths, rev)
        for path in find_claim_files(list(paths or ["claims.yaml"])):
            claim_set = load_claims(path)
            since.checked(claim_set, None)
        return since.changes


__all__ = ["FigureChange", "Git", "Since", "changes_since", "claim_set_changes"]

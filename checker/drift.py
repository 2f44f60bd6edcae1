"""Versions side by side: what each version of a story states, claim by claim.

For each article that names a ``previous`` version, every claim of the story is located
in both versions, the way the check locates it, and the two figures are compared by
value (``checker.evaluate.signature``), never by spelling: "nearly 50 years" and "nearly
five decades" are unchanged; "nearly 88 billion USD" and "surpassing 100 billion USD"
changed. A claim located in only one of the two is ``gone`` or ``new``. The figures of the
newer version that no claim covers are listed too: new facts to curate.

The same comparison serves ``check --base`` (``checker.gitrev``), where the two versions
are one article as of a git revision and as in the working tree.
"""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .claims import find_claim_files, load_claims
from .engine import Indexes, check_claim_set, report_path, version_chains
from .evaluate import counted_head, judge, preference, signature
from .gcpause import paused
from .locate import ArticleIndex, find_text, locate
from .model import Claim, ClaimSet, Mention, Outcome, Result
from .text.normalize import fold

SCHEMA = "factlock.drift/1"
STATUSES = ("changed", "unchanged", "gone", "new")


@dataclass(frozen=True)
class Stated:
    """What one version states at a claim's place: the wording, where, and its value."""

    wording: str
    start: int
    end: int
    line: int
    column: int
    identity: tuple        # equal identities: the same figure (by value)


@dataclass(frozen=True)
class Change:
    """One claim in two versions. ``before``/``after`` are each version's own wording
    (None where the claim locates nothing in that version)."""

    id: str
    kind: str
    about: tuple[str, ...]
    status: str
    before: Optional[Stated]
    after: Optional[Stated]
    #: does the claims file accept what the newer version states (its check passes)?
    acknowledged: bool = True

    def to_dict(self, before_path: str = "", after_path: str = "") -> dict:
        def side(stated: Optional[Stated], path: str):
            if stated is None:
                return None
            return {"path": path, "line": stated.line, "column": stated.column,
                    "span": {"start": stated.start, "end": stated.end}}
        return {
            "id": self.id, "kind": self.kind,
            "before": self.before.wording if self.before else None,
            "after": self.after.wording if self.after else None,
            "status": self.status,
            "about": list(self.about),
            "acknowledged": self.acknowledged,
            "before_at": side(self.before, before_path),
            "after_at": side(self.after, after_path),
        }


@dataclass(frozen=True)
class Uncovered:
    """A figure of the newer version that no claim covers."""

    kind: str
    wording: str
    line: int
    column: int

    def to_dict(self) -> dict:
        return {"kind": self.kind, "text": self.wording, "line": self.line, "column": self.column}


@dataclass
class Pair:
    """An article (the newer version) beside its previous version."""

    article: str
    previous: str
    path: str                   # as reports show it
    previous_path: str
    changes: list[Change] = field(default_factory=list)
    uncovered: list[Uncovered] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)

    def to_dict(self) -> dict:
        return {
            "article": self.article, "previous": self.previous,
            "path": self.path, "previous_path": self.previous_path,
            "changes": [c.to_dict(self.previous_path, self.path) for c in self.changes],
            "uncovered": [u.to_dict() for u in self.uncovered],
        }


@dataclass
class DriftReport:
    pairs: list[Pair] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"schema": SCHEMA, "pairs": [p.to_dict() for p in self.pairs]}


# --- locating a claim in one version ------------------------------------------------

def _collapse(text: str) -> str:
    return " ".join(text.split())


def _stated(index: ArticleIndex, start: int, end: int, identity: tuple) -> Stated:
    line, column = index.line_col(start)
    return Stated(_collapse(index.text[start:end]), start, end, line, column, identity)


def _phrase_identity(claim: Claim, phrase: str) -> tuple:
    folded = fold(phrase, case=claim.ignore_case, diacritics=claim.ignore_diacritics)
    return ("text", " ".join(unicodedata.normalize("NFC", folded).split()))


def _candidates(claim: Claim, version: str, chain: list[str]) -> list[str]:
    """A text claim's phrases, the one for ``version`` first, then the nearest versions'."""
    out = []
    at = chain.index(version) if version in chain else 0
    order = sorted(chain, key=lambda name: (abs(chain.index(name) - at), chain.index(name)))
    for name in order:
        figure = claim.figure_for(name)
        if figure is not None and figure.figure not in out:
            out.append(figure.figure)
    return out or [claim.figure]


def state(claim: Claim, index: ArticleIndex, version: str, chain: list[str]) -> Optional[Stated]:
    """What ``version`` states where the claim's words point, or None where they locate
    nothing (or, for a text claim, where none of its phrases appears)."""
    if claim.kind == "absent":
        return None
    if claim.kind == "text":
        within = None
        if claim.about:
            sentences = {index.sentence_raw(ns) for phrase in claim.about for ns, _ in index.find(phrase)}
            if not sentences:
                return None
            within = sorted(sentences)
        for phrase in _candidates(claim, version, chain):
            spans = find_text(index, phrase, claim.ignore_case, claim.ignore_diacritics, within)
            if spans:
                return _stated(index, *spans[0], _phrase_identity(claim, phrase))
        return None
    places, _, _ = locate(index, claim.about, claim.kind, preference(claim))
    if not places:
        return None
    chosen = places[0]
    own = claim.figure_for(version)
    if own is not None and own.expected is not None:
        # where several places are located, the one stating the claimed figure
        mine = dataclasses.replace(claim, expected=own.expected, figure=own.figure)
        chosen = next((p for p in places if judge(mine, p.mention, index.matching_text(p.sentence[0], p.mention.start),
                                                  index.matching_text(p.mention.end, p.sentence[1])) is None),
                      chosen)
    return _stated(index, chosen.mention.start, chosen.mention.end, identity(chosen.mention))


def identity(mention: Mention) -> tuple:
    """What makes two stated figures the same figure, rounded so floats compare."""
    def rounded(value):
        if isinstance(value, float):
            return round(value, 9)
        if isinstance(value, tuple):
            return tuple(rounded(v) for v in value)
        return value
    # a count is of something: "150 officials" and "150", or "150 diplomats", are not the
    # same figure to the judge (evaluate: the counted noun's head), so not here either
    return tuple(rounded(v) for v in signature(mention)) + (counted_head(mention),)


def compare(before: Optional[Stated], after: Optional[Stated]) -> Optional[str]:
    if before is None and after is None:
        return None
    if before is None:
        return "new"
    if after is None:
        return "gone"
    return "unchanged" if before.identity == after.identity else "changed"


# --- a claims file ------------------------------------------------------------------

def drift_claim_set(claim_set: ClaimSet, results: Optional[list[Result]] = None,
                    indexes: Optional[Indexes] = None) -> list[Pair]:
    """Every (article, previous) pair of a loaded claims file, claim by claim.

    Linear in the size of the file: the version chains are built once, the claims
    grouped by story once, each article indexed once (``indexes``, shared with the check
    that gives ``results`` when there are none yet), and each claim located at most once
    in each version of its story, however many pairs that version is part of."""
    if indexes is None:
        indexes = Indexes(claim_set)
    chains = version_chains(claim_set.articles)
    if results is None:
        results = check_claim_set(claim_set, indexes, chains)
    verdicts = {(r.id, r.version): r for r in results}
    story_claims: dict[int, list[Claim]] = {}      # id(chain) -> its claims, in file order
    for claim in claim_set.claims:
        story_claims.setdefault(id(chains[claim.article]), []).append(claim)
    stated: dict[tuple[int, str], Optional[Stated]] = {}   # (claim #, version) -> state(...)

    def stated_in(n: int, claim: Claim, version: str, chain: list[str]) -> Optional[Stated]:
        key = (n, version)
        if key not in stated:
            stated[key] = state(claim, indexes[version], version, chain)
        return stated[key]

    pairs = []
    coverage = None
    for name, article in claim_set.articles.items():
        previous = article.previous
        if previous is None or previous not in claim_set.articles:
            continue
        chain = chains[name]
        pair = Pair(name, previous, report_path(article.file),
                    report_path(claim_set.articles[previous].file))
        for claim in story_claims.get(id(chain), ()):
            n = id(claim)
            before = stated_in(n, claim, previous, chain)
            after = stated_in(n, claim, name, chain)
            status = compare(before, after)
            if status is None:
                continue
            verdict = verdicts.get((claim.id, name))
            acknowledged = after is None or (verdict is not None and verdict.status is Outcome.PASS)
            pair.changes.append(Change(claim.id, claim.kind, claim.about, status, before, after,
                                       acknowledged))
        pair.changes.sort(key=lambda c: STATUSES.index(c.status))
        if coverage is None:
            coverage = _coverage(claim_set, results, indexes)
        pair.uncovered = coverage.get(name, [])
        pairs.append(pair)
    return pairs


def _coverage(claim_set: ClaimSet, results: list[Result], indexes: Indexes) -> dict[str, list[Uncovered]]:
    """Per article, the figures no claim covers (as ``check --coverage`` counts them)."""
    from .coverage import article_coverage
    out = {}
    for article in article_coverage(claim_set, results, indexes):
        index = indexes[article.name]
        out[article.name] = [Uncovered(f.mention.kind, _collapse(f.mention.text),
                                       *index.line_col(f.mention.start)) for f in article.uncovered]
    return out


def run_drift(paths: Optional[Iterable[str]] = None) -> DriftReport:
    """``factlock drift``: every pair of versions in the claims files named by ``paths``."""
    report = DriftReport()
    with paused():
        for path in find_claim_files(list(paths or ["claims.yaml"])):
            report.pairs += drift_claim_set(load_claims(path))
    return report


__all__ = ["Change", "DriftReport", "Pair", "Stated", "Uncovered", "compare", "drift_claim_set",
           "identity", "run_drift", "state", "SCHEMA", "STATUSES"]

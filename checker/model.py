"""Plain values shared by every part of factlock.

Findings are values (frozen dataclasses); user mistakes are exceptions (see errors.py).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Optional

#: Kinds of figure the extractor produces (the Python API contract).
MENTION_KINDS = (
    "number", "count", "percent", "money", "date", "dates",
    "year", "years", "ordinal", "duration",
)
#: Kinds a claim may use: every figure kind plus phrases that must (not) appear.
CLAIM_KINDS = MENTION_KINDS + ("text", "absent")

QUALIFIERS = ("exact", "approx", "below", "above", "at_least", "at_most", "between")
DIRECTIONS = ("up", "down")


@dataclass(frozen=True)
class Mention:
    """One figure as stated in a text.

    ``text == source[start:end]`` always holds for the source it was extracted from.
    ``rule`` names the extraction rule that produced it (for ``explain``).
    """

    kind: str
    value: Any
    unit: Optional[str]
    qualifier: str
    direction: Optional[str]
    start: int
    end: int
    text: str
    rule: str = field(default="", compare=False)


@dataclass(frozen=True)
class Position:
    """Where something sits in a file: 1-based line and column."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Tolerance:
    """Accepted distance between claimed and stated value.

    ``relative`` is a fraction (0.05 for 5%); ``absolute`` is in the claim's unit.
    """

    relative: float = 0.0
    absolute: float = 0.0

    def allows(self, claimed: float, found: float) -> bool:
        limit = max(self.absolute, abs(claimed) * self.relative)
        return abs(found - claimed) <= limit + 1e-9 * max(1.0, abs(claimed))

    def __str__(self) -> str:
        if self.relative:
            return f"{self.relative * 100:g}%"
        return f"{self.absolute:g}"


@dataclass(frozen=True)
class Article:
    """An article named in a claims file."""

    name: str
    path: str               # as written in the claims file
    file: str               # resolved filesystem path
    published: Optional[_dt.date] = None
    previous: Optional[str] = None
    pos: Optional[Position] = None


@dataclass(frozen=True)
class Claim:
    """One fact the editor asserts an article states.

    ``figure`` is the wording from the claims file; ``expected`` is what it parses to
    (a Mention with offsets into the figure wording), or None for text/absent claims.
    """

    id: str
    article: str
    kind: str
    figure: str
    about: tuple[str, ...] = ()
    expected: Optional[Mention] = None
    tolerance: Optional[Tolerance] = None
    note: Optional[str] = None
    ignore_case: bool = False
    ignore_diacritics: bool = False
    pos: Optional[Position] = None
    figure_pos: Optional[Position] = None


class Outcome(str, Enum):
    PASS = "pass"
    MISMATCH = "mismatch"
    MISSING = "missing"
    AMBIGUOUS = "ambiguous"
    DRIFT = "drift"
    ERROR = "error"

    @property
    def failed(self) -> bool:
        return self is not Outcome.PASS

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Result:
    """One record of the report: a claim judged against one version of an article.

    Field names and meanings are the JSON report contract (PRODUCT.md).
    """

    id: str
    article: str
    version: str
    path: str
    kind: str
    status: Outcome
    expected: str
    found: Optional[str] = None
    span: Optional[Span] = None
    line: Optional[int] = None
    column: Optional[int] = None
    evidence: Optional[str] = None
    message: str = ""
    # Extra context for renderers (not part of the JSON contract).
    claim_pos: Optional[Position] = field(default=None, compare=False)
    # (start, end) of the figure inside ``evidence``, for underlining.
    evidence_span: Optional[tuple[int, int]] = field(default=None, compare=False)
    others: tuple["Result", ...] = field(default=(), compare=False)

    @property
    def ok(self) -> bool:
        return self.status is Outcome.PASS

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article": self.article,
            "version": self.version,
            "path": self.path,
            "kind": self.kind,
            "status": self.status.value,
            "expected": self.expected,
            "found": self.found,
            "span": None if self.span is None else {"start": self.span.start, "end": self.span.end},
            "line": self.line,
            "column": self.column,
            "evidence": self.evidence,
            "message": self.message,
        }


@dataclass
class Report:
    """Every result of one run, in claims-file order."""

    results: list[Result] = field(default_factory=list)
    #: Optional context for renderers that show whole articles (the HTML report): the
    #: ``checker.coverage.ArticleCoverage`` of each article checked. Not in the JSON report.
    articles: list = field(default_factory=list, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def summary(self) -> dict:
        n_pass = sum(1 for r in self.results if r.status is Outcome.PASS)
        n_err = sum(1 for r in self.results if r.status is Outcome.ERROR)
        return {
            "claims": len(self.results),
            "pass": n_pass,
            "fail": len(self.results) - n_pass - n_err,
            "error": n_err,
        }

    def to_dict(self) -> dict:
        return {
            "schema": "factlock.report/1",
            "summary": self.summary,
            "results": [r.to_dict() for r in self.results],
        }


@dataclass
class ClaimSet:
    """A loaded claims file: its articles (with their decoded texts) and claims, in order."""

    path: str                                   # the claims file, relative to the run folder
    articles: dict[str, Article] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # article name -> decoded text

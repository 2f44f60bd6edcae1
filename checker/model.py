"""Plain values shared by every part of factlock.

Findings are values (frozen dataclasses); user mistakes are exceptions (see errors.py).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import MISSING, dataclass, field, fields
from enum import Enum
from typing import Any, Optional

from .locale import DEFAULT as _DEFAULT_LOCALE, Locale

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
    ``inclusive`` says, for a stated range (qualifier ``between``), whether each bound
    belongs to it: ``(True, True)`` for "at least 20 and at most 30", ``(False, True)``
    for "more than 20 and up to 30". A range stated without bound words ("between 20
    and 30", "20-30", "from 20 to 30") is ``(True, False)``, the convention of
    Recognizers-Text. None for every other qualifier (a one-sided qualifier says it:
    ``above``/``below`` exclude the bound, ``at_least``/``at_most`` include it).
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
    inclusive: Optional[tuple[bool, bool]] = field(default=None, compare=False)


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
        return abs(found - claimed) <= limit + 1e-12 * max(1.0, abs(claimed))  # as evaluate.SAME

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
    #: How the article writes a bare "$" and numeric dates (``country``, ``dollar``,
    #: ``numeric_dates``); its figures, and its claims' figures, are read so.
    locale: Locale = _DEFAULT_LOCALE


@dataclass(frozen=True)
class VersionFigure:
    """A claim's figure for one version of its article (``money: {unga-2024: ...}``).

    ``expected`` is the wording parsed against that version's publication date (None
    for text/absent claims); ``pos`` is where the wording stands in the claims file.
    """

    version: str
    figure: str
    expected: Optional[Mention] = None
    pos: Optional[Position] = None


#: What a figure that changed between versions without the claims file saying so does.
DRIFT_POLICIES = ("fail", "warn")


@dataclass(frozen=True)
class Claim:
    """One fact the editor asserts an article states.

    ``figure`` is the wording from the claims file; ``expected`` is what it parses to
    (a Mention with offsets into the figure wording), or None for text/absent claims.

    A per-version claim states its figure for several versions of one story: then
    ``figures`` holds one VersionFigure per version named, in file order, and
    ``figure``/``expected`` are those of ``article``. Every claim is judged in every
    version of its article's chain (see docs/versions.md); ``drift`` says whether a
    figure that changed in a version the claim does not name fails or only warns.
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
    figures: tuple[VersionFigure, ...] = ()
    drift: str = "fail"

    def figure_for(self, version: str) -> Optional[VersionFigure]:
        """The figure the claim acknowledges for ``version``, or None if it names none."""
        if not self.figures:
            if version == self.article:
                return VersionFigure(self.article, self.figure, self.expected, self.figure_pos)
            return None
        for figure in self.figures:
            if figure.version == version:
                return figure
        return None

    @property
    def versions(self) -> tuple[str, ...]:
        """The versions (article names) the claim states a figure for."""
        return tuple(f.version for f in self.figures) if self.figures else (self.article,)


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
    #: A drift the claims file's policy turns into a warning: reported, but not a failure.
    warning: bool = False
    #: ``found`` is a slip that reads as no figure ("Nov. 31"): the article needs fixing,
    #: and there is no figure to rewrite the claim to.
    no_figure: bool = field(default=False, compare=False)

    @property
    def ok(self) -> bool:
        """Does not fail the run: a pass, or a drift that is only a warning."""
        return self.status is Outcome.PASS or self.warning

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
            **({"others": [o.place() for o in self.others]} if self.others else {}),
            **({"warning": True} if self.warning else {}),
        }

    def place(self) -> dict:
        """Where one more place the claim's words locate states its figure (an ambiguous
        claim's other places, the JSON record's ``others``)."""
        return {
            "found": self.found,
            "span": None if self.span is None else {"start": self.span.start, "end": self.span.end},
            "line": self.line,
            "column": self.column,
            "evidence": self.evidence,
        }


_RESULT_DEFAULTS = {f.name: f.default for f in fields(Result) if f.default is not MISSING}
assert not hasattr(Result, "__post_init__"), "new_result() would skip it"


def new_result(values: dict) -> Result:
    """``Result(**values)`` without the field-by-field ``object.__setattr__`` a frozen
    dataclass's ``__init__`` pays (a third of the cost of judging a passing claim).

    ``values`` must name every field without a default.
    """
    result = object.__new__(Result)
    state = dict(_RESULT_DEFAULTS)
    state.update(values)
    object.__setattr__(result, "__dict__", state)
    return result


@dataclass
class Report:
    """Every result of one run, in claims-file order."""

    results: list[Result] = field(default_factory=list)
    #: Optional context for renderers that show whole articles (the HTML report): the
    #: ``checker.coverage.ArticleCoverage`` of each article checked. Not in the JSON report.
    articles: list = field(default_factory=list, compare=False, repr=False)
    #: ``check --base REV``: the revision compared with, and every figure the working
    #: tree changed since then (``checker.gitrev.FigureChange``); None without --base.
    base: Optional[str] = field(default=None, compare=False)
    changes: list = field(default_factory=list, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def warnings(self) -> list[Result]:
        return [r for r in self.results if r.warning]

    @property
    def summary(self) -> dict:
        """Counts of results (one per claim per version it is judged in).

        ``pass + fail + error`` is every result, unless some drift is only a warning:
        then a ``warn`` count is added and the four add up.
        """
        n_pass = sum(1 for r in self.results if r.status is Outcome.PASS)
        n_err = sum(1 for r in self.results if r.status is Outcome.ERROR)
        n_warn = sum(1 for r in self.results if r.warning)
        counts = {
            "claims": len(self.results),
            "pass": n_pass,
            "fail": len(self.results) - n_pass - n_err - n_warn,
            "error": n_err,
        }
        if n_warn:
            counts["warn"] = n_warn
        return counts

    def to_dict(self) -> dict:
        return self.document([r.to_dict() for r in self.results])

    def document(self, results) -> dict:
        """The report object around ``results`` (the records, or a writer's stand-in)."""
        out = {
            "schema": "factlock.report/1",
            "summary": self.summary,
            "results": results,
        }
        if self.base is not None:
            out["base"] = self.base
            out["changes"] = [c.to_dict() for c in self.changes]
        return out


@dataclass
class ClaimSet:
    """A loaded claims file: its articles (with their decoded texts) and claims, in order."""

    path: str                                   # the claims file, relative to the run folder
    articles: dict[str, Article] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # article name -> decoded text

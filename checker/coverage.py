"""Coverage: which figures of each article some claim speaks of, and which none does.

A figure is *covered* when a claim's ``about`` words locate it (every place a claim
locates is judged, so each is under that claim) or when a result's span overlaps it.
The same records feed ``check --coverage``, ``suggest --append`` (which drafts claims
only for uncovered figures) and the HTML report, which shows each article whole.
"""
from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, field
from typing import Iterable, Optional, TextIO

from .claims import find_claim_files, load_claims
from .engine import indexed, report_path
from .evaluate import preference
from .locate import ArticleIndex, locate
from .model import Claim, ClaimSet, Mention, Outcome, Report, Result

#: Claim kinds that locate an extracted figure (``text``/``absent`` match phrases).
_FIGURE_FREE = ("text", "absent")


@dataclass
class Figure:
    """One figure of an article and the results of the claims that cover it."""

    mention: Mention
    results: list[Result] = field(default_factory=list)

    @property
    def covered(self) -> bool:
        return bool(self.results)

    @property
    def status(self) -> str:
        """``fail``, ``drift``, ``pass`` or ``uncovered`` (the worst claim wins)."""
        if not self.results:
            return "uncovered"
        return worst(r.status for r in self.results)


def worst(statuses: Iterable[Outcome]) -> str:
    seen = set(statuses)
    if any(s not in (Outcome.PASS, Outcome.DRIFT) for s in seen):
        return "fail"
    if Outcome.DRIFT in seen:
        return "drift"
    return "pass"


@dataclass
class ArticleCoverage:
    """An article as checked: its text, every figure in it, and the claims on it."""

    name: str
    path: str                       # as reports show it
    text: str
    figures: list[Figure]
    claims: list[Claim] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)   # results judged on this article
    previous: Optional[str] = None
    claims_file: str = ""
    _line_starts: Optional[list[int]] = field(default=None, repr=False)

    @property
    def uncovered(self) -> list[Figure]:
        return [f for f in self.figures if not f.covered]

    @property
    def share(self) -> float:
        """Covered figures as a fraction (1.0 for an article stating no figure)."""
        if not self.figures:
            return 1.0
        return sum(1 for f in self.figures if f.covered) / len(self.figures)

    def line_col(self, offset: int) -> tuple[int, int]:
        if self._line_starts is None:
            self._line_starts = [0] + [i + 1 for i, c in enumerate(self.text) if c == "\n"]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def article_coverage(claim_set: ClaimSet, results: list[Result],
                     indexes: Optional[dict[str, ArticleIndex]] = None) -> list[ArticleCoverage]:
    """Coverage of every article of one claims file, given that file's results.

    ``indexes``: articles already indexed, by name (``engine.Indexes`` indexes the others
    on first use and keeps them); any article not in it is indexed here. Results and
    claims are grouped by version once, so this is linear in the size of the file."""
    by_claim: dict[tuple[str, str], list[Result]] = {}
    by_version: dict[str, list[Result]] = {}
    for r in results:
        by_claim.setdefault((r.id, r.version), []).append(r)
        by_version.setdefault(r.version, []).append(r)
    claims_in: dict[str, list[Claim]] = {}     # version -> the claims judged there (file order)
    versions_of: dict[str, list[str]] = {}
    for (claim_id, version) in by_claim:
        versions_of.setdefault(claim_id, []).append(version)
    for claim in claim_set.claims:
        for version in versions_of.get(claim.id, ()):
            claims_in.setdefault(version, []).append(claim)
    out = []
    for name, article in claim_set.articles.items():
        text = claim_set.texts.get(name)
        if text is None:
            continue
        index = indexed(indexes, name, text, article.published, article.locale)
        figures = [Figure(m) for m in index.mentions]
        starts = [m.start for m in index.mentions]
        path = report_path(article.file)

        def cover(start: int, end: int, result: Result) -> None:
            i = max(0, bisect.bisect_right(starts, start) - 1)
            while i < len(figures) and figures[i].mention.start < end:
                m = figures[i].mention
                if _overlaps(m.start, m.end, start, end) and result not in figures[i].results:
                    figures[i].results.append(result)
                i += 1

        mine = by_version.get(name, [])
        for r in mine:
            if r.kind == "absent":
                continue        # its span is where forbidden words stand, not a figure it checks
            for one in (r,) + tuple(r.others):
                if one.span is not None:
                    cover(one.span.start, one.span.end, r)
        claims = claims_in.get(name, [])     # judged here (versions)
        for claim in claims:
            if claim.kind in _FIGURE_FREE or not claim.about:
                continue
            judged = by_claim.get((claim.id, name))
            if not judged:
                continue
            places, _, _ = locate(index, claim.about, claim.kind, preference(claim))
            for place in places:
                cover(place.mention.start, place.mention.end, judged[0])
        out.append(ArticleCoverage(name, path, text, figures, claims, mine, article.previous, claim_set.path))
    return out


def collect(paths: Iterable[str], report: Report) -> list[ArticleCoverage]:
    """Coverage of every article in the claims files named by ``paths``.

    Reads the claims files again (the report holds results, not texts); the results
    of each file are matched by the claim's position in it.
    """
    out = []
    for path in find_claim_files(list(paths)):
        claim_set = load_claims(path)
        results = [r for r in report.results if r.claim_pos is None or r.claim_pos.path == claim_set.path]
        out += article_coverage(claim_set, results)
    return out


class Collector:
    """An observer of ``engine.run_check``: builds coverage as each claims file is checked,
    so nothing is read twice."""

    def __init__(self) -> None:
        self.articles: list[ArticleCoverage] = []

    def start(self, claim_sets: list[ClaimSet]) -> None:
        pass

    def checked(self, claim_set: ClaimSet, results: list[Result],
                indexes: Optional[dict[str, ArticleIndex]] = None) -> None:
        """``indexes``: the articles as the check indexed them (none extracted again)."""
        self.articles += article_coverage(claim_set, results, indexes)

    def finish(self) -> None:
        pass


# --- the --coverage listing -----------------------------------------------------------

def percent(share: float) -> str:
    """A share as people read it: 100%, 95.5%, never a rounded-up 100% for 99.96%."""
    value = share * 100
    if value >= 100:
        return "100%"
    shown = f"{int(value * 10) / 10:.1f}".rstrip("0").rstrip(".")
    return f"{shown}%"


def render_coverage(articles: list[ArticleCoverage], min_coverage: Optional[float] = None) -> str:
    """Per article: each figure no claim covers (path:line:col), then the share covered."""
    lines = []
    for art in articles:
        for fig in art.uncovered:
            m = fig.mention
            line, col = art.line_col(m.start)
            lines.append(f"{art.path}:{line}:{col}: not covered: {' '.join(m.text.split())} ({m.kind})")
        n = len(art.figures)
        covered = n - len(art.uncovered)
        verdict = ""
        if min_coverage is not None and below(art, min_coverage):
            verdict = f", below the minimum of {min_coverage:g}%"
        lines.append(f"coverage: {art.path}: {covered} of {n} figure{'s' if n != 1 else ''} "
                     f"under a claim ({percent(art.share)}){verdict}")
    if len(articles) > 1:
        total = sum(len(a.figures) for a in articles)
        covered = total - sum(len(a.uncovered) for a in articles)
        share = covered / total if total else 1.0
        lines.append(f"coverage: {covered} of {total} figures in {len(articles)} articles ({percent(share)})")
    return "\n".join(lines) + "\n" if lines else "coverage: no articles\n"


def below(article: ArticleCoverage, min_coverage: float) -> bool:
    return article.share * 100 < min_coverage - 1e-9


def parse_percent(text: str) -> float:
    """``95``, ``95%`` or ``99.5`` -> 95.0; ValueError outside 0..100."""
    value = float(text.strip().rstrip("%").strip())
    if not 0 <= value <= 100:
        raise ValueError(f"{text!r} is not a percentage from 0 to 100")
    return value


# --- progress on a terminal -----------------------------------------------------------

#: Articles above which a run shows a progress line (on a terminal only).
PROGRESS_THRESHOLD = 300


def want_progress(articles: int, stream: Optional[TextIO], threshold: int = PROGRESS_THRESHOLD) -> bool:
    """A progress line only for long runs, and only where a person watches a terminal."""
    return articles > threshold and is_terminal(stream)


def is_terminal(stream: Optional[TextIO]) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


class Progress:
    """A ``\\r``-updated line on stderr: ``checking [#####     ] 412/800 articles``.

    An observer of ``engine.run_check``; silent unless ``want_progress`` says otherwise.
    """

    WIDTH = 30

    def __init__(self, stream: Optional[TextIO] = None, threshold: int = PROGRESS_THRESHOLD):
        self.stream = stream if stream is not None else sys.stderr
        self.threshold = threshold
        self.total = 0
        self.done = 0
        self.active = False

    def start(self, claim_sets: list[ClaimSet]) -> None:
        self.total = sum(len(cs.articles) for cs in claim_sets)
        self.active = want_progress(self.total, self.stream, self.threshold)
        self._draw()

    def checked(self, claim_set: ClaimSet, results: list[Result],
                indexes: Optional[dict[str, ArticleIndex]] = None) -> None:
        self.done += len(claim_set.articles)
        self._draw()

    def finish(self) -> None:
        if self.active:
            self._write("\r" + " " * (self.WIDTH + 40) + "\r")
        self.active = False

    def line(self) -> str:
        filled = self.WIDTH * self.done // self.total if self.total else self.WIDTH
        return f"checking [{'#' * filled}{' ' * (self.WIDTH - filled)}] {self.done}/{self.total} articles"

    def _draw(self) -> None:
        if self.active:
            self._write("\r" + self.line())

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.active = False


__all__ = ["ArticleCoverage", "Figure", "Collector", "Progress", "article_coverage", "collect",
           "render_coverage", "want_progress", "is_terminal", "parse_percent", "percent", "below"]

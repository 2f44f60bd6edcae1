"""``factlock check --explain``: why a claim failed, in the extractor's own terms.

A failure says what the judge found; when that surprises the editor ("but the article
says 88 billion!"), the question is how the text was read. For every claim that does
not hold, this replays the extraction trace (``checker.extraction.explain``) over the
sentences the claim's ``about`` words matched: which rule read which span into which
value, and why each other candidate there was not read. Only failing claims are
replayed, so a run with nothing to explain costs nothing extra.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .extraction.engine import Step, scan_normalized
from .extraction.explain import describe
from .extraction.figures import COMPATIBLE
from .engine import indexed
from .locate import ArticleIndex
from .model import Claim, ClaimSet, Result

#: Sentences replayed per claim: an ``about`` word that matches everywhere would
#: otherwise print the whole article.
MAX_SENTENCES = 5


@dataclass
class Explanation:
    """What to print under one failing result: where it points and the lines to show."""

    result: Result
    lines: list[str] = field(default_factory=list)


class Explainer:
    """An observer of ``engine.run_check`` that explains each failing result."""

    def __init__(self) -> None:
        self.explanations: list[Explanation] = []

    def start(self, claim_sets: list[ClaimSet]) -> None:
        pass

    def checked(self, claim_set: ClaimSet, results: list[Result],
                indexes: Optional[dict[str, ArticleIndex]] = None) -> None:
        """``indexes``: the articles as the check indexed them; only an article with a
        failing claim is scanned again, once, for the extraction trace."""
        failing = [r for r in results if not r.ok or r.warning]
        if not failing:
            return
        claims = {c.id: c for c in claim_set.claims}
        traces: dict[str, tuple[ArticleIndex, list[Step]]] = {}
        for result in failing:
            claim = claims.get(result.id)
            text = claim_set.texts.get(result.version)
            article = claim_set.articles.get(result.version)
            if claim is None or text is None or article is None:
                continue
            if result.version not in traces:
                index = indexed(indexes, result.version, text, article.published, article.locale)
                trace: list[Step] = []
                scan_normalized(index.norm, index.reference, trace=trace, locale=index.locale)   # text normalised once
                traces[result.version] = (index, trace)
            index, trace = traces[result.version]
            self.explanations.append(Explanation(result, explain_result(claim, result, index, trace)))

    def finish(self) -> None:
        pass


def sentences_for(claim: Claim, index: ArticleIndex) -> list[tuple[int, int]]:
    """Raw spans of the sentences the claim's ``about`` words match (what the judge read)."""
    seen = set()
    for phrase in claim.about:
        for ns, _ in index.find(phrase):
            seen.add(index.sentence_raw(ns))
    return sorted(seen)


def explain_result(claim: Claim, result: Result, index: ArticleIndex, trace: list[Step]) -> list[str]:
    """The lines explaining one failing result (without its header)."""
    if claim.kind in ("text", "absent"):
        return [f"a {claim.kind} claim matches its phrase word by word; no extraction rule is involved"]
    sentences = sentences_for(claim, index)
    if not sentences:
        about = " / ".join(repr(a) for a in claim.about)
        return [f"no sentence mentions {about}, so no figure was looked at"]
    lines = []
    for s, e in sentences[:MAX_SENTENCES]:
        line, _ = index.line_col(s)
        lines.append(f"sentence at line {line}: {_one_line(index.text[s:e], 80)}")
        steps = [st for st in trace if s <= st.start < e and (st.mention is not None or st.why)]
        if not steps:
            lines.append("  no candidate figure in it (no digit, number word, month, ...)")
        for st in steps:
            at = "%d:%d" % index.line_col(st.start)
            if st.mention is not None:
                m = st.mention
                mark = "  <- judged" if result.span is not None and (m.start, m.end) == (result.span.start, result.span.end) else ""
                wanted = "" if _compatible(claim.kind, m.kind) else f"  (not a {claim.kind})"
                lines.append(f"  {at:>7}  {_one_line(m.text)!r} -> {describe(m)}   [rule: {m.rule}]{wanted}{mark}")
            else:
                lines.append(f"  {at:>7}  {_one_line(st.text)!r}: {st.why}")
    if len(sentences) > MAX_SENTENCES:
        lines.append(f"... and {len(sentences) - MAX_SENTENCES} more sentences mentioning it")
    return lines


def _compatible(claim_kind: str, mention_kind: str) -> bool:
    return mention_kind in COMPATIBLE.get(claim_kind, (claim_kind,))


def _one_line(text: str, limit: Optional[int] = None) -> str:
    flat = " ".join(text.split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def render(explanations: list[Explanation]) -> str:
    """Every explanation as a compiler-style block: ``path:line:col: explain: id``."""
    blocks = []
    for ex in explanations:
        r = ex.result
        where = f"{r.path}:{r.line}:{r.column}" if r.line is not None else (str(r.claim_pos) if r.claim_pos else r.path)
        version = f" in {r.version}" if r.version != r.article else ""
        blocks.append("\n".join([f"{where}: explain: {r.id}{version} ({r.status.value})"]
                                + ["  " + line for line in ex.lines]))
    return "\n\n".join(blocks) + ("\n" if blocks else "")

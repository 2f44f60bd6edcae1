"""The HTML report: one self-contained page (inline CSS, no scripts, nothing fetched).

At the top, the failures, each linking to its figure; then each article whole, with
every figure highlighted as passing, failing, drifted or not covered by any claim.
Hovering or focusing a figure (Tab moves between them) shows its claims, what each
expects and what the text states. Articles that declare a ``previous`` version get a
side-by-side table of the claims of both versions. Then every claim in one table.

The page needs the article texts: the command passes them on ``Report.articles`` (the
``checker.coverage.ArticleCoverage`` of each article). Without them the page still
lists the failures and every claim.
"""
from __future__ import annotations

import re
from html import escape
from importlib import resources
from typing import Optional

from ..model import Outcome, Report, Result

_STATUS_WORDS = {
    "pass": "passes", "fail": "fails", "drift": "drifted", "uncovered": "not covered by any claim",
}


def _css() -> str:
    return resources.files(__package__).joinpath("html_style.css").read_text(encoding="utf-8")


def _e(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _status_class(result: Result) -> str:
    if result.status is Outcome.PASS:
        return "pass"
    if result.status is Outcome.DRIFT:
        return "drift"
    return "fail"


def _where(result: Result) -> str:
    if result.line is not None:
        return f"{result.path}:{result.line}:{result.column}"
    if result.claim_pos is not None:
        return str(result.claim_pos)
    return result.path


class _Anchors:
    """Where each result's figure is highlighted (for links from the failure list)."""

    def __init__(self) -> None:
        self.by_result: dict[int, str] = {}
        self.article: dict[tuple[str, str], str] = {}   # (path, version) -> section id


def _marks(art, results: list[Result]) -> list[tuple[int, int, str, list[Result], Optional[str]]]:
    """(start, end, status, results, kind) of every highlight, in text order, never overlapping."""
    spans = []
    for fig in art.figures:
        m = fig.mention
        spans.append((m.start, m.end, fig.status, list(fig.results), m.kind))
    for r in results:       # text claims and figures the extractor does not list
        if r.span is None or r.kind == "absent" and r.ok:
            continue
        if not any(s < r.span.end and r.span.start < e for s, e, *_ in spans):
            spans.append((r.span.start, r.span.end, _status_class(r), [r], None))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out = []
    last = -1
    for span in spans:
        if span[0] >= last and span[1] > span[0]:
            out.append(span)
            last = span[1]
    return out


_BLANK_LINES = re.compile(r"(?:[ \t]*\r?\n){3,}")


def _gap(text: str) -> str:
    """Text between figures, escaped; runs of blank lines shown as one."""
    return _e(_BLANK_LINES.sub("\n\n", text))


def _tip(status: str, results: list[Result], kind: Optional[str]) -> str:
    if not results:
        return f"<strong>not covered</strong> by any claim ({_e(kind)})"
    parts = []
    for r in results:
        lines = [f"<strong>{_e(r.id)}</strong> ({_e(r.kind)}): <span class=\"st\">{_e(r.status.value)}</span>",
                 f"expected: {_e(r.expected)}"]
        if r.found is not None:
            lines.append(f"found: {_e(r.found)}")
        if r.message and not r.ok:
            lines.append(_e(r.message))
        parts.append("<br>".join(lines))
    return '<span class="sep" aria-hidden="true"></span>'.join(parts)


def _label(text: str, status: str, results: list[Result], kind: Optional[str]) -> str:
    figure = " ".join(text.split())
    if not results:
        return f"{figure}: {kind} figure, not covered by any claim"
    claims = "; ".join(f"claim {r.id} {r.status.value}, expected {r.expected}"
                       + (f", found {r.found}" if r.found is not None and r.found != r.expected else "")
                       for r in results)
    return f"{figure}: {_STATUS_WORDS[status]}: {claims}"


def _article(art, n: int, anchors: _Anchors) -> str:
    section = f"article-{n}"
    anchors.article[(art.path, art.name)] = section
    marks = _marks(art, art.results)
    text = art.text
    out = []
    pos = 0
    counts = {"pass": 0, "fail": 0, "drift": 0, "uncovered": 0}
    for i, (start, end, status, results, kind) in enumerate(marks):
        out.append(_gap(text[pos:start]))
        mark_id = f"a{n}-{start}"
        for r in results:
            if r.span is not None and r.span.start < end and start < r.span.end:
                anchors.by_result.setdefault(id(r), mark_id)
        counts[status] += 1
        ids = " ".join(r.id for r in results)
        out.append(
            f'<mark class="fig {status}" id="{mark_id}" tabindex="0" data-status="{status}" '
            f'data-claims="{_e(ids)}" data-kind="{_e(kind or (results[0].kind if results else ""))}" '
            f'aria-label="{_e(_label(text[start:end], status, results, kind))}" '
            f'aria-describedby="{mark_id}-tip">{_e(text[start:end])}'
            f'<span class="tip" role="tooltip" id="{mark_id}-tip">{_tip(status, results, kind)}</span></mark>')
        pos = end
    out.append(_gap(text[pos:]))
    n_fig = len(art.figures)
    covered = n_fig - len(art.uncovered)
    from ..coverage import percent
    legend = " ".join(f'<span class="fig {k} key">{_e(_STATUS_WORDS[k])}: {v}</span>'
                      for k, v in counts.items())
    head = (f'<section class="article" id="{section}" aria-labelledby="{section}-h">'
            f'<h2 id="{section}-h">{_e(art.name)} <small>{_e(art.path)}</small></h2>'
            f'<p class="meta">{covered} of {n_fig} figures under a claim ({_e(percent(art.share))}). '
            f'<span class="legend">{legend}</span></p>')
    return head + f'<div class="text" lang="en">{"".join(out)}</div></section>'


def _failures(report: Report, anchors: _Anchors) -> str:
    failed = [r for r in report.results if not r.ok]
    if not failed:
        return ('<section id="failures" aria-labelledby="failures-h"><h2 id="failures-h">Failures</h2>'
                f'<p class="allgood">All {len(report.results)} claims hold.</p></section>')
    items = []
    for r in failed:
        target = anchors.by_result.get(id(r)) or anchors.article.get((r.path, r.version))
        where = _e(_where(r))
        link = f'<a href="#{target}">{where}</a>' if target else where
        found = f'<br>found: {_e(r.found)}' if r.found is not None else ""
        message = f'<br><span class="msg">{_e(r.message)}</span>' if r.message else ""
        items.append(
            f'<li class="failure {_status_class(r)}" data-id="{_e(r.id)}" data-status="{_e(r.status.value)}">'
            f'{link}: <span class="badge {_status_class(r)}">{_e(r.status.value)}</span> '
            f'<strong>{_e(r.id)}</strong> ({_e(r.kind)})<br>expected: {_e(r.expected)}{found}{message}</li>')
    return (f'<section id="failures" aria-labelledby="failures-h"><h2 id="failures-h">'
            f'Failures ({len(failed)})</h2><ol class="failures">{"".join(items)}</ol></section>')


def _pair_key(claim) -> tuple:
    return claim.kind, frozenset(a.casefold() for a in claim.about)


def _bare_id(claim_id: str) -> str:
    return re.sub(r"\d+", "", claim_id).strip("-_.:")


def _versions(art, previous, by_claim: dict) -> str:
    """A two-column table: each claim of the previous version beside its counterpart."""
    left = list(previous.claims)
    rows = []
    for claim in art.claims:
        match = None
        for cand in left:
            if cand.kind == claim.kind and (set(map(str.casefold, cand.about)) & set(map(str.casefold, claim.about))
                                            or _bare_id(cand.id) == _bare_id(claim.id)):
                match = cand
                break
        if match is not None:
            left.remove(match)
        rows.append((match, claim))
    rows += [(c, None) for c in left]

    def cell(claim, name) -> str:
        if claim is None:
            return '<td class="none">—</td>'
        r = by_claim.get((claim.id, name))
        status = _status_class(r) if r is not None else "uncovered"
        shown = r.found if r is not None and r.found is not None else claim.figure
        word = r.status.value if r is not None else "not checked"
        return (f'<td><span class="badge {status}">{_e(word)}</span> <strong>{_e(claim.id)}</strong>'
                f'<br>{_e(shown)}</td>')

    body = []
    for old, new in rows:
        kind = (new or old).kind
        changed = ""
        if old is not None and new is not None:
            ro, rn = by_claim.get((old.id, previous.name)), by_claim.get((new.id, art.name))
            a = ro.found if ro and ro.found is not None else old.figure
            b = rn.found if rn and rn.found is not None else new.figure
            changed = "unchanged" if a == b else "changed"
        else:
            changed = "gone" if new is None else "new"
        body.append(f'<tr class="{changed}"><th scope="row">{_e(kind)}<br><small>{changed}</small></th>'
                    f'{cell(old, previous.name)}{cell(new, art.name)}</tr>')
    return (f'<section class="versions" aria-labelledby="v-{_e(art.name)}"><h2 id="v-{_e(art.name)}">'
            f'Versions: {_e(previous.name)} → {_e(art.name)}</h2><div class="scroll"><table>'
            f'<thead><tr><th scope="col">kind</th><th scope="col">{_e(previous.name)} '
            f'<small>{_e(previous.path)}</small></th><th scope="col">{_e(art.name)} '
            f'<small>{_e(art.path)}</small></th></tr></thead><tbody>{"".join(body)}</tbody></table></div></section>')


def _all_claims(report: Report, anchors: _Anchors) -> str:
    rows = []
    for r in report.results:
        target = anchors.by_result.get(id(r))
        where = _e(_where(r))
        if target:
            where = f'<a href="#{target}">{where}</a>'
        rows.append(f'<tr data-id="{_e(r.id)}" data-status="{_e(r.status.value)}"><td>{_e(r.id)}</td>'
                    f'<td>{_e(r.kind)}</td><td><span class="badge {_status_class(r)}">{_e(r.status.value)}</span></td>'
                    f'<td>{_e(r.expected)}</td><td>{_e(r.found if r.found is not None else "—")}</td>'
                    f'<td>{where}</td></tr>')
    return ('<section id="claims" aria-labelledby="claims-h"><h2 id="claims-h">Every claim</h2>'
            '<div class="scroll"><table><thead><tr><th scope="col">claim</th><th scope="col">kind</th>'
            '<th scope="col">status</th><th scope="col">expected</th><th scope="col">found</th>'
            f'<th scope="col">where</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def render(report: Report, *, color: bool = False, verbose: bool = False, **_options) -> str:
    """The whole page. ``color`` and ``verbose`` have no meaning here."""
    from .text import summary_line

    anchors = _Anchors()
    articles = list(getattr(report, "articles", None) or [])
    article_html = [_article(art, n, anchors) for n, art in enumerate(articles, 1)]
    by_name = {(a.claims_file, a.name): a for a in articles}
    by_claim = {(r.id, r.version): r for r in report.results}
    versions = []
    for art in articles:
        prev = by_name.get((art.claims_file, art.previous)) if art.previous else None
        if prev is not None:
            versions.append(_versions(art, prev, by_claim))
    failures = _failures(report, anchors)
    summary = summary_line(report)
    state = "ok" if report.ok else "failed"
    nav = "".join(f'<li><a href="#article-{n}">{_e(a.name)}</a></li>' for n, a in enumerate(articles, 1))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light">'
        f'<title>factlock report: {_e(summary)}</title><style>{_css()}</style></head>'
        f'<body><a class="skip" href="#main">Skip to the report</a>'
        f'<header><h1>factlock report</h1><p class="summary {state}" role="status">{_e(summary)}</p>'
        + (f'<nav aria-label="Articles"><ul>{nav}</ul></nav>' if nav else "")
        + f'</header><main id="main">{failures}{"".join(article_html)}{"".join(versions)}'
        f'{_all_claims(report, anchors)}</main>'
        '<footer><p>Hover over or tab to a highlighted figure to see its claims.</p></footer>'
        '</body></html>\n'
    )


__all__ = ["render"]

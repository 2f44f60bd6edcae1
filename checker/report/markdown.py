"""The Markdown report: a summary line and a table of the failing claims, fit for a
pull-request comment or a GitHub job summary.

Cells are escaped so that a figure or a sentence can never break the table: ``|`` and
Markdown's punctuation are backslash-escaped, line breaks become ``<br>``.
"""
from __future__ import annotations

import re

from ..model import Report, Result
from .text import summary_line

HEADER = ("status", "claim", "article", "expected", "found", "where", "details")

_SPECIAL = re.compile(r"([\\`*_{}\[\]<|~#!])")
_BREAK = re.compile(r"\r\n|\r|\n")


def cell(text: object) -> str:
    """One table cell: Markdown punctuation escaped, line breaks as ``<br>``."""
    if text is None or text == "":
        return "—"
    escaped = _SPECIAL.sub(r"\\\1", str(text))
    return "<br>".join(part.strip() for part in _BREAK.split(escaped))


def where(result: Result) -> str:
    """``path:line:col`` of the figure, else of the claim, else the article's path."""
    if result.line is not None:
        return f"{result.path}:{result.line}:{result.column}"
    if result.claim_pos is not None:
        return str(result.claim_pos)
    return result.path


def row(result: Result) -> str:
    warning = bool(getattr(result, "warning", False))
    status = ("⚠️ " if warning else "✅ " if result.ok else "❌ ") + result.status.value
    cells = [status, f"`{result.id}`", cell(result.version), cell(result.expected),
             cell(result.found), cell(where(result)), cell(result.message)]
    return "| " + " | ".join(cells) + " |"


def table(results: list[Result]) -> list[str]:
    return ["| " + " | ".join(HEADER) + " |",
            "|" + "---|" * len(HEADER)] + [row(r) for r in results]


CHANGES_HEADER = ("figure", "claim", "where", "before", "now")


def changes(report: Report) -> list[str]:
    """``check --base``: a table of every figure changed since the base revision, so a
    pull request's reviewer sees which figures moved, not only which claims fail."""
    if report.base is None:
        return []
    n = len(report.changes)
    if not n:
        return [f"No figure changed since `{cell(report.base)}`."]
    lines = [f"{n} figure{'s' if n != 1 else ''} changed since `{cell(report.base)}`:", "",
             "| " + " | ".join(CHANGES_HEADER) + " |", "|" + "---|" * len(CHANGES_HEADER)]
    for c in report.changes:
        at = c.path if c.line is None else f"{c.path}:{c.line}:{c.column}"
        lines.append("| " + " | ".join([c.status, f"`{c.id}` ({cell(c.kind)})", cell(at),
                                        cell(c.before), cell(c.after)]) + " |")
    return lines


def render(report: Report, *, color: bool = False, verbose: bool = False, **_options) -> str:
    """A heading with the summary line, then one table row per failing claim and per drift
    that only warns (per claim when ``verbose``), then the figures changed since ``--base``."""
    mark = "✅" if report.ok else "❌"
    lines = [f"### {mark} factlock: {cell(summary_line(report))}"]
    shown = [r for r in report.results if verbose or not r.ok or getattr(r, "warning", False)]
    if shown:
        lines += [""] + table(shown)
    if report.base is not None:
        lines += [""] + changes(report)
    return "\n".join(lines) + "\n"


__all__ = ["render", "table", "changes", "cell", "where"]

"""``factlock drift`` output: text, json (``factlock.drift/1``) and markdown.

Each is a small pure function of a ``checker.drift.DriftReport``; the same listing of
changes serves ``check --base`` (``changes_text``).
"""
from __future__ import annotations

import json as _json
from typing import Optional

from ..drift import STATUSES, DriftReport, Pair

NOT_STATED = "(not stated)"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _counts(pair: Pair) -> str:
    parts = [f"{pair.count(s)} {s}" for s in STATUSES if pair.count(s)]
    line = ", ".join(parts) or "no claim located in either version"
    if pair.uncovered:
        line += f"; {_plural(len(pair.uncovered), 'figure')} of {pair.article} not covered by any claim"
    return line


def _wording(stated) -> str:
    return stated.wording if stated is not None else NOT_STATED


def render_text(report: DriftReport, **_options) -> str:
    if not report.pairs:
        return "no article names a previous version: nothing to compare\n"
    blocks = []
    for pair in report.pairs:
        lines = [f"{pair.article} against its previous version {pair.previous}",
                 f"  {pair.previous_path} -> {pair.path}"]
        width = max((len(f"{c.id} ({c.kind})") for c in pair.changes), default=0)
        status = None
        for change in pair.changes:
            if change.status != status:
                status = change.status
                lines.append("")
            name = f"{change.id} ({change.kind})".ljust(width)
            arrow = "=" if change.status == "unchanged" else "->"
            line = f"  {change.status:<9}  {name}  {_wording(change.before)} {arrow} {_wording(change.after)}"
            if not change.acknowledged:
                line += "   [not in the claims file]"
            lines.append(line.rstrip())
        if pair.uncovered:
            lines += ["", f"  not covered by any claim in {pair.article} (new facts to curate?):"]
            lines += [f"    {pair.path}:{u.line}:{u.column}: {u.wording} ({u.kind})" for u in pair.uncovered]
        lines += ["", f"  {_counts(pair)}"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def render_json(report: DriftReport, **_options) -> str:
    return _json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


def _cell(text: Optional[str]) -> str:
    if text is None:
        return "—"
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def render_markdown(report: DriftReport, **_options) -> str:
    if not report.pairs:
        return "No article names a previous version: nothing to compare.\n"
    out = []
    for pair in report.pairs:
        out += [f"### {pair.article} against {pair.previous}", "",
                f"{_counts(pair)}.", "",
                f"| status | claim | kind | {pair.previous} | {pair.article} |",
                "|---|---|---|---|---|"]
        for change in pair.changes:
            status = f"**{change.status}**" if change.status == "changed" else change.status
            if not change.acknowledged:
                status += " (not in the claims file)"
            out.append(f"| {status} | {change.id} | {change.kind} | "
                       f"{_cell(change.before.wording if change.before else None)} | "
                       f"{_cell(change.after.wording if change.after else None)} |")
        if pair.uncovered:
            out += ["", f"Not covered by any claim in {pair.article}:", ""]
            out += [f"- `{pair.path}:{u.line}:{u.column}` {_cell(u.wording)} ({u.kind})" for u in pair.uncovered]
        out.append("")
    return "\n".join(out)


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}


__all__ = ["RENDERERS", "render_json", "render_markdown", "render_text"]

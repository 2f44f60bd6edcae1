"""GitHub Actions workflow commands: one ``::error`` annotation per failing claim.

``::error file=articles/x.txt,line=61,col=58,title=trade-total::mismatch (money): …``
puts the message on the exact line of the pull request's diff. A claim whose figure was
not found points at the claim in the claims file instead. Values are escaped as the
runner expects: ``%``, CR and LF in the message; those and ``:`` and ``,`` in properties.

GitHub shows at most 10 error annotations per step; the report says so when there are
more. The job summary has no such limit: when ``GITHUB_STEP_SUMMARY`` is set, the command
line appends ``step_summary(report)`` (a Markdown table of every failure) to that file.
"""
from __future__ import annotations

import os

from ..model import Report, Result
from . import markdown
from .text import printable, summary_line

#: Error annotations GitHub shows for one step.
ANNOTATION_LIMIT = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _location(result: Result) -> list[tuple[str, object]]:
    if result.line is not None:
        return [("file", result.path), ("line", result.line), ("col", result.column)]
    if result.claim_pos is not None:
        pos = result.claim_pos
        return [("file", pos.path), ("line", pos.line), ("col", pos.column)]
    return [("file", result.path)] if result.path else []


def _warning(result: Result) -> bool:
    """A drift the claims file only warns about: reported, but not a failure."""
    return bool(getattr(result, "warning", False))


def message(result: Result) -> str:
    """What the annotation says: outcome, expected and found, the sentence, the reason."""
    head = f"{result.status.value} ({result.kind}): expected {result.expected}"
    if result.found is not None:
        head += f", found {result.found}"
    lines = [printable(head)]     # the article's text, whatever it holds: no ESC, no DEL
    if result.evidence:
        lines.append(" ".join(printable(result.evidence).split()))
    if result.message:
        lines.append(result.message)
    for other in result.others:
        lines.append(printable(f"also at {markdown.where(other)}: {other.found}"))
    if result.line is not None and result.claim_pos is not None:
        lines.append(f"claim: {result.claim_pos}")
    elif result.line is None and result.path:
        lines.append(f"article: {result.path}")
    return "\n".join(lines)


def command(result: Result, level: str = "error") -> str:
    """One workflow command for ``result``."""
    props = _location(result) + [("title", result.id)]
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{level} {joined}::{escape_data(message(result))}"


def change_notice(change, base: str) -> str:
    """``check --base``: a ``::notice`` on the line of a figure that changed since ``base``
    (notices do not fail the step; the claims that no longer hold are errors of their own)."""
    props = [("file", change.path)]
    if change.line is not None:
        props += [("line", change.line), ("col", change.column)]
    props.append(("title", f"{change.id}: figure {change.status} since {base}"))
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    before = change.before if change.before is not None else "(not stated)"
    after = change.after if change.after is not None else "(not stated)"
    return f"::notice {joined}::{escape_data(f'{change.status} ({change.kind}): {before} -> {after}')}"


def render(report: Report, *, color: bool = False, verbose: bool = False,
           step_summary: bool = False, **_options) -> str:
    """One ``::error`` line per failing claim (``::warning`` for a drift that only warns),
    a ``::notice`` per figure changed since ``--base`` (at most GitHub's limit; the job
    summary lists them all), then the summary line.

    ``step_summary`` tells the report that the failures also went to the job summary, so
    the note about GitHub's annotation limit can point there.
    """
    failed = [r for r in report.results if not r.ok]
    lines = [command(r, "warning" if _warning(r) else "error")
             for r in report.results if not r.ok or _warning(r)]
    lines += [change_notice(c, report.base) for c in report.changes[:ANNOTATION_LIMIT]]
    lines.append(summary_line(report))
    if len(failed) > ANNOTATION_LIMIT:
        where = "the job summary lists all of them" if step_summary \
            else "all of them are listed above"
        lines.append(f"GitHub shows only the first {ANNOTATION_LIMIT} annotations of a step; "
                     f"{len(failed)} claims failed and {where}.")
    return "\n".join(lines) + "\n"


def step_summary(report: Report) -> str:
    """The Markdown for the job summary: every failing claim, however many."""
    return markdown.render(report) + "\n"


def append_step_summary(report: Report, path: str) -> None:
    """Append the job summary to ``path`` (``$GITHUB_STEP_SUMMARY``). Raises OSError."""
    with open(path, "a", encoding="utf-8", newline="\n") as stream:
        stream.write(step_summary(report))


def step_summary_file(environ=None) -> str | None:
    """The job summary file GitHub Actions names, if any."""
    environ = os.environ if environ is None else environ
    return environ.get("GITHUB_STEP_SUMMARY") or None


__all__ = ["render", "command", "message", "escape_data", "escape_property", "step_summary",
           "append_step_summary", "step_summary_file", "change_notice", "ANNOTATION_LIMIT"]

"""The terminal report: one compiler-style block per failing claim, then a summary line.

Each block starts with ``path:line:col:`` so editors and terminals can jump to it, shows
the sentence with the figure underlined, and says what was expected and what was found.
Underlines are measured in terminal cells, not code points, so they stay under the
figure in Vietnamese text written with combining marks (NFD) or with wide characters.
"""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

from ..model import Outcome, Report, Result

#: Terminal cells of evidence shown around a figure before it is cut to a window.
WINDOW = 100
ELLIPSIS = "…"
#: How far a window edge may move inwards to avoid cutting a word in half.
WORD_SNAP = 20


# --- display width -----------------------------------------------------------------

def _shown(ch: str) -> str:
    """The character a terminal line can show in place of ``ch`` (one for one)."""
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Zl", "Zp"):      # tabs, newlines and other controls
        return " "
    if cat == "Cs":                     # a lone surrogate cannot be written out
        return "\ufffd"
    return ch


def char_width(ch: str) -> int:
    """Terminal cells taken by ``ch`` once shown: 0, 1 or 2."""
    ch = _shown(ch)
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def display_width(text: str) -> int:
    """Terminal cells taken by ``text`` on one line."""
    return sum(char_width(ch) for ch in text)


def printable(text: str) -> str:
    """``text`` on one line: controls become spaces, so indices stay valid."""
    return "".join(_shown(ch) for ch in text)


# --- the underlined sentence --------------------------------------------------------

class Window(NamedTuple):
    """The part of a sentence to show; ``text[start:end]`` is the figure."""

    text: str
    start: int
    end: int

    @property
    def carets(self) -> str:
        """Spaces up to the figure, then one caret per cell of it (at least one)."""
        pad = display_width(self.text[: self.start])
        return " " * pad + "^" * max(1, display_width(self.text[self.start: self.end]))


def window(evidence: str, start: int, end: int, width: int = WINDOW) -> Window:
    """Cut ``evidence`` to about ``width`` cells around ``evidence[start:end]``.

    The figure itself is never cut; the context around it is, with "…" where text was
    left out. Out-of-range offsets are clamped rather than trusted.
    """
    text = printable(evidence)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo, hi = 0, len(text)
    if display_width(text) > width:
        budget = max(0, width - display_width(text[start:end]) - 2 * len(ELLIPSIS))
        lo, used = _grow_left(text, start, budget // 2)
        hi, used_right = _grow_right(text, end, budget - used)
        lo, _ = _grow_left(text, lo, budget - used - used_right)
        while lo < start and char_width(text[lo]) == 0:   # no orphaned combining marks
            lo += 1
        lo, hi = _snap_to_words(text, lo, hi, start, end)
    while lo < start and text[lo].isspace():
        lo += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    head = ELLIPSIS if text[:lo].strip() else ""
    tail = ELLIPSIS if text[hi:].strip() else ""
    return Window(head + text[lo:hi] + tail, start - lo + len(head), end - lo + len(head))


def _grow_left(text: str, i: int, cells: int) -> tuple[int, int]:
    used = 0
    while i > 0 and used + char_width(text[i - 1]) <= cells:
        used += char_width(text[i - 1])
        i -= 1
    return i, used


def _grow_right(text: str, i: int, cells: int) -> tuple[int, int]:
    used = 0
    while i < len(text) and used + char_width(text[i]) <= cells:
        used += char_width(text[i])
        i += 1
    return i, used


def _snap_to_words(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Move cut edges inwards to the nearest space, if one is close and outside the figure."""
    if lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, min(start, lo + WORD_SNAP))
        if space != -1:
            lo = space + 1
    if hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", max(end, hi - WORD_SNAP), hi)
        if space != -1:
            hi = space
    return lo, hi


# --- colour -------------------------------------------------------------------------

class _Paint:
    """ANSI styling that collapses to nothing when colour is off."""

    def __init__(self, on: bool):
        self.on = on

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on and text else text

    def failure(self, text: str) -> str:
        return self._wrap("1;31", text)

    def success(self, text: str) -> str:
        return self._wrap("32", text)

    def carets(self, text: str) -> str:
        stripped = text.lstrip(" ")
        return text[: len(text) - len(stripped)] + self._wrap("31", stripped)

    def bold(self, text: str) -> str:
        return self._wrap("1", text)


# --- blocks -------------------------------------------------------------------------

def _where(result: Result) -> str:
    """Where to point for a result: the figure if found, else the claim, else the file."""
    if result.line is not None:
        return f"{result.path}:{result.line}:{result.column}"
    if result.claim_pos is not None:
        return str(result.claim_pos)
    return result.path or result.id


def _sentence(result: Result, paint: _Paint) -> list[str]:
    if result.evidence is None:
        return []
    if result.evidence_span is None:
        return ["  " + printable(result.evidence).strip()]
    shown = window(result.evidence, *result.evidence_span)
    return ["  " + shown.text, "  " + paint.carets(shown.carets)]


def _indented(text: str) -> list[str]:
    return ["  " + line for line in text.splitlines() if line.strip()]


def _failure(result: Result, paint: _Paint) -> list[str]:
    label = paint.failure(result.status.value) if not result.warning else \
        paint.bold(f"warning: {result.status.value}")
    lines = [f"{_where(result)}: {label}: {result.id} ({result.kind})"]
    lines += _sentence(result, paint)
    lines.append(f"  expected: {result.expected}")
    if result.found is not None:
        lines.append(f"     found: {result.found}")
    for other in result.others:
        lines.append(f"{_where(other)}: {paint.bold('note')}: {result.id} also matches here")
        lines += _sentence(other, paint)
        if other.found is not None:
            lines.append(f"     found: {other.found}")
        if other.message != result.message:
            lines += _indented(other.message)
    if result.line is None and result.path:
        lines.append(f"  article: {result.path}")
    lines += _indented(result.message)
    if result.line is not None and result.claim_pos is not None:
        lines.append(f"  claim: {result.claim_pos}")
    return lines


def _passed(result: Result, paint: _Paint) -> str:
    figure = result.found if result.found is not None else result.expected
    return f"{_where(result)}: {paint.success('pass')}: {result.id} ({result.kind}): {figure}"


#: Outcome words that change in the plural ("2 mismatches"); the others are adjectives.
_OUTCOME_PLURALS = {"mismatch": "mismatches", "error": "errors"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(report: Report) -> str:
    """One line: how many claims failed, and how, in how many articles."""
    results = report.results
    if not results:
        return "no claims to check"
    articles = len({r.path or r.version or r.article for r in results})
    where = "in " + _plural(articles, "article")
    failed = [r for r in results if not r.ok]
    warned = sum(1 for r in results if r.warning)
    warnings = f" ({_plural(warned, 'drift warning')})" if warned else ""
    if not failed:
        if len(results) == 1:
            return f"1 claim holds {where}{warnings}"
        return f"all {len(results)} claims hold {where}{warnings}"
    counts = [
        f"{n} {_OUTCOME_PLURALS.get(outcome.value, outcome.value) if n > 1 else outcome.value}"
        for outcome in Outcome
        if (n := sum(1 for r in failed if r.status is outcome))
    ]
    return f"{len(failed)} of {_plural(len(results), 'claim')} failed ({', '.join(counts)}) {where}{warnings}"


def render(report: Report, *, color: bool = False, verbose: bool = False, **_options) -> str:
    """The whole text report; ``verbose`` also lists each passing claim on one line."""
    paint = _Paint(color)
    lines: list[str] = []
    after_block = False
    for result in report.results:
        shown = not result.ok or result.warning    # failures and warnings get a block
        if not shown:
            if not verbose:
                continue
            block = [_passed(result, paint)]
        else:
            block = _failure(result, paint)
        if lines and (after_block or shown):
            lines.append("")    # blank lines around each failure block
        lines += block
        after_block = shown
    if lines:
        lines.append("")
    if report.base is not None:
        lines += changes_lines(report) + [""]
    summary = summary_line(report)
    lines.append(paint.success(summary) if report.ok else paint.bold(summary))
    return "\n".join(lines) + "\n"


def changes_lines(report: Report) -> list[str]:
    """``check --base``: each figure changed since the base revision, one per line."""
    n = len(report.changes)
    if not n:
        return [f"no figure changed since {report.base}"]
    lines = [f"{_plural(n, 'figure')} changed since {report.base}:"]
    for change in report.changes:
        where = change.path if change.line is None else f"{change.path}:{change.line}:{change.column}"
        before = change.before if change.before is not None else "(not stated)"
        after = change.after if change.after is not None else "(not stated)"
        about = f"{change.about[0]}: " if change.about else ""
        lines.append(f"  {where}: {change.status}: {change.id} ({change.kind}): {about}{before} -> {after}")
    return lines


__all__ = ["render", "changes_lines", "summary_line", "window", "Window", "display_width", "char_width", "printable"]

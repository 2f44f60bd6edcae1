"""``factlock explain``: which rule read which span into which value, and why the
candidates around it were not read (the engine's trace, collected only on request)."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from ..locale import DEFAULT as DEFAULT_LOCALE, Locale
from ..model import Mention
from .engine import Step, scan


def _value(m: Mention) -> str:
    v = m.value
    if isinstance(v, tuple):
        return "(" + ", ".join(x.isoformat() if isinstance(x, _dt.date) else repr(x) for x in v) + ")"
    if isinstance(v, _dt.date):
        return v.isoformat()
    return repr(v)


def describe(m: Mention) -> str:
    """One line for a figure: kind, value, unit, qualifier and direction."""
    parts = [m.kind, _value(m)]
    if m.unit:
        parts.append(f"unit={m.unit}")
    if m.qualifier != "exact":
        parts.append(f"qualifier={m.qualifier}")
    if m.inclusive is not None:
        parts.append("bounds=" + ("[" if m.inclusive[0] else "(") + ("]" if m.inclusive[1] else ")"))
    if m.direction:
        parts.append(f"direction={m.direction}")
    return " ".join(parts)


def explain(text: str, published: Optional[_dt.date] = None, locale: Locale = DEFAULT_LOCALE) -> list[Step]:
    """Every step of the candidate pass over ``text``: figures and rejected candidates
    (read with an article's ``locale``: a bare "$", numeric dates)."""
    trace: list[Step] = []
    scan(text, published, trace=trace, locale=locale)
    return trace


def render(text: str, published: Optional[_dt.date] = None, locale: Locale = DEFAULT_LOCALE) -> str:
    """The explanation as text, one line per candidate, in order of position."""
    lines = []
    steps = explain(text, published, locale)
    for s in steps:
        where = f"{s.start}-{s.end}"
        if s.mention is not None:
            m = s.mention
            lines.append(f"{where:>9}  {m.text!r} -> {describe(m)}   [rule: {m.rule}]")
        elif s.why:
            lines.append(f"{where:>9}  {s.text!r}: {s.why}")
    figures = sum(1 for s in steps if s.mention is not None)
    options = [f"{key} {getattr(locale, key)}" for key in ("country", "dollar", "numeric_dates")
               if getattr(locale, key) is not None]
    lines.append(f"{figures} figure(s) read; reference date "
                 f"{published.isoformat() if published else 'from a dateline, else today'}"
                 + (f"; read with {', '.join(options)}" if options else ""))
    return "\n".join(lines)

"""The stable Python surface of factlock (interface contract); the rest is internal.

    >>> import checker
    >>> report = checker.check("claims.yaml")
    >>> report.ok, [r.id for r in report.results if not r.ok]
"""
from __future__ import annotations

import datetime as _dt
from typing import Iterable, Optional

from .engine import check
from .errors import UserError
from .extraction import extract as _extract
from .locale import DEFAULT as _DEFAULT_LOCALE, make as _make_locale
from .model import Mention, Outcome, Report, Result


def extract(text: str, published: Optional[_dt.date] = None, kinds: Optional[Iterable[str]] = None,
            trace: Optional[list] = None, *, country: Optional[str] = None, dollar: Optional[str] = None,
            numeric_dates: Optional[str] = None) -> list[Mention]:
    """Every figure in ``text``, in order of position; ``published`` (a ``datetime.date``)
    resolves relative expressions ("this year", "October 25"). A ``datetime`` counts as its
    day; anything else that is not a ``str`` (``text``) or a date (``published``) is a
    TypeError that says what to pass.

    ``country``, ``dollar`` and ``numeric_dates`` read the text as an article of a claims
    file with those keys does (docs/claims.md): ``dollar="NZD"`` makes a bare "$10.50"
    NZD 10.50, ``numeric_dates="day-first"`` reads "12/05/2026" as 12 May, ``country="NZ"``
    sets both (and a country's own signs: "Sh500" with ``country="KE"``). Left out, a bare
    "$" is USD and the text's own numeric dates decide their order, as before. A value
    not understood is a ValueError that names it.

    With ``trace`` (a list), the engine appends one ``Step`` per candidate: which rule read
    it, or why nothing did (``factlock explain``). Without it, tracing costs nothing.
    """
    if not isinstance(text, str):
        hint = " (decode it first: data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}{hint}")
    if published is not None:
        if isinstance(published, _dt.datetime):
            published = published.date()
        elif not isinstance(published, _dt.date):
            raise TypeError(f"extract(published=...) takes a datetime.date such as "
                            f"datetime.date(2024, 9, 20), not {type(published).__name__} "
                            f"{published!r}")
    locale = _DEFAULT_LOCALE if country is None and dollar is None and numeric_dates is None \
        else _make_locale(country, dollar, numeric_dates)
    return _extract(text, published, kinds, trace, locale)

__all__ = ["extract", "check", "Mention", "Report", "Result", "Outcome", "UserError"]

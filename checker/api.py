"""The stable Python surface of factlock (interface contract); the rest is internal.

    >>> import checker
    >>> report = checker.check("claims.yaml")
    >>> report.ok, [r.id for r in report.results if not r.ok]
"""
from __future__ import annotations

from .errors import UserError
from .extract import extract
from .model import Mention, Outcome, Report, Result


def check(path: str = "claims.yaml") -> Report:
    """Judge every claim in ``path`` (a claims file or a folder of them).

    Raises UserError when the claims or an article cannot be used.
    """
    # Imported on call: the engine loads the claims and extraction machinery.
    from .engine import check as _check
    return _check(path)


__all__ = ["extract", "check", "Mention", "Report", "Result", "Outcome", "UserError"]

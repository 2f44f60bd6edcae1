"""The stable Python surface of factlock (interface contract); the rest is internal.

    >>> import checker
    >>> report = checker.check("claims.yaml")
    >>> report.ok, [r.id for r in report.results if not r.ok]
"""
from __future__ import annotations

from .engine import check
from .errors import UserError
from .extraction import extract
from .model import Mention, Outcome, Report, Result

__all__ = ["extract", "check", "Mention", "Report", "Result", "Outcome", "UserError"]

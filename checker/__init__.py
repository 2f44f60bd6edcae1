"""factlock: keeps the figures in prose honest against a ledger of claims.

The public Python API is re-exported here and nowhere else; see ``checker.api``.
"""
from .api import Mention, Outcome, Report, Result, UserError, check, extract

__all__ = ["extract", "check", "Mention", "Report", "Result", "Outcome", "UserError"]

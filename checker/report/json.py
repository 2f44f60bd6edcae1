"""The JSON report: exactly the ``factlock.report/1`` object of the interface contract."""
from __future__ import annotations

import json as _json

from ..model import Report


def render(report: Report, **_options) -> str:
    """One JSON object and a newline; key order is the contract's, never sorted."""
    return _json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"

"""(stub, being written) the extraction engine."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from ..errors import FigureError
from ..model import Mention


def extract(text: str, published: Optional[_dt.date] = None) -> list[Mention]:
    raise NotImplementedError


def parse_figure(kind: str, wording: str, published: Optional[_dt.date] = None) -> Mention:
    """Read a claim's figure (article wording or canonical form) as one Mention of ``kind``.

    Raises FigureError with a message naming what was expected.
    """
    raise NotImplementedError

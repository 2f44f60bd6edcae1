"""Output formats: each is a small pure function of the Report, registered in one table.

Every renderer has the signature ``render(report, *, color=False, verbose=False) -> str``;
formats that have no use for an option ignore it. Adding a format is one line in
``RENDERERS`` (and removing its name from ``PLANNED``).
"""
from __future__ import annotations

from typing import Callable

from ..model import Report
from . import html as _html
from . import github as _github
from . import json as _json
from . import junit as _junit
from . import markdown as _markdown
from . import sarif as _sarif
from . import text as _text

Renderer = Callable[..., str]

#: Format name -> renderer. The command line offers exactly these.
RENDERERS: dict[str, Renderer] = {
    "text": _text.render,
    "json": _json.render,
    "html": _html.render,
    "github": _github.render,
    "sarif": _sarif.render,
    "junit": _junit.render,
    "markdown": _markdown.render,
}

#: Formats named in the interface contract that are not written yet.
PLANNED: tuple[str, ...] = ()


def render(report: Report, format: str = "text", **options) -> str:
    """Render ``report`` in ``format``; KeyError names an unknown format."""
    return RENDERERS[format](report, **options)


__all__ = ["RENDERERS", "PLANNED", "Renderer", "render"]

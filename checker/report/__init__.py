"""Output formats: each is a small pure function of the Report, registered in one table.

Every renderer has the signature ``render(report, *, color=False, verbose=False) -> str``;
formats that have no use for an option ignore it. Adding a format is one line in
``RENDERERS`` (its name and module; and removing its name from ``PLANNED``).
"""
from __future__ import annotations

import importlib
from typing import Callable

from ..model import Report

Renderer = Callable[..., str]


class _Renderers(dict):
    """Format name -> renderer, each format's module imported when it is first used:
    a ``check --format json`` run need not load the HTML, SARIF or JUnit writers."""

    def __getitem__(self, name: str) -> Renderer:
        value = dict.__getitem__(self, name)
        if isinstance(value, str):
            value = importlib.import_module(f"{__name__}.{value}").render
            dict.__setitem__(self, name, value)
        return value

    def get(self, name, default=None):
        return self[name] if name in self else default

    def values(self):
        return [self[name] for name in self]

    def items(self):
        return [(name, self[name]) for name in self]

    def copy(self) -> dict[str, Renderer]:
        return dict(self.items())


#: Format name -> renderer. The command line offers exactly these.
RENDERERS: dict[str, Renderer] = _Renderers({
    "text": "text",
    "json": "json",
    "html": "html",
    "github": "github",
    "sarif": "sarif",
    "junit": "junit",
    "markdown": "markdown",
})

#: Formats named in the interface contract that are not written yet.
PLANNED: tuple[str, ...] = ()


def render(report: Report, format: str = "text", **options) -> str:
    """Render ``report`` in ``format``; KeyError names an unknown format."""
    return RENDERERS[format](report, **options)


__all__ = ["RENDERERS", "PLANNED", "Renderer", "render"]

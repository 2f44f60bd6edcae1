"""Claims files: the editor's ledger of facts, loaded with exact positions.

``load_claims`` reads one file (format version 1, see docs/claims.md) and raises a single
UserError listing every problem in it, in line order, each as ``path:line:col: message``.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
from typing import Iterator, Optional

from ..errors import Problem, UserError
from ..gcpause import paused
from ..model import ClaimSet
from .loader import Document, display_path, read_document
from .schema import FORMAT_VERSION, build_claim_set

__all__ = ["FORMAT_VERSION", "find_claim_files", "load_claims", "load_document", "outside_allowed"]

DEFAULT_NAME = "claims.yaml"
SUFFIX = ".claims.yaml"


#: Whether article paths may leave the claims file's repository, for the calls that do
#: not say (``factlock check --allow-outside`` sets it for the whole run).
_ALLOW_OUTSIDE: contextvars.ContextVar[bool] = contextvars.ContextVar("allow_outside", default=False)


@contextlib.contextmanager
def outside_allowed(allow: bool = True) -> Iterator[None]:
    """Within this block, ``load_claims`` reads articles outside the repository too."""
    token = _ALLOW_OUTSIDE.set(allow)
    try:
        yield
    finally:
        _ALLOW_OUTSIDE.reset(token)


def load_claims(path: str, allow_outside: Optional[bool] = None) -> ClaimSet:
    """Load and validate one claims file, reading every article it names.

    An article path that leads out of the claims file's repository (the nearest folder
    holding ``.git``) is an error unless ``allow_outside`` (default: ``outside_allowed``)."""
    return load_document(path, allow_outside)[1]


def load_document(path: str, allow_outside: Optional[bool] = None) -> tuple[Document, ClaimSet]:
    """``load_claims``, with the composed file it read (its text and YAML nodes, with
    their marks): for the commands that edit the file where it stands (``update``,
    ``suggest --append``), so that it is read and composed once."""
    if allow_outside is None:
        allow_outside = _ALLOW_OUTSIDE.get()
    with paused():
        doc, problems = read_document(path)
        claim_set = None
        if doc.root is not None or not problems:
            claim_set, more = build_claim_set(doc, os.path.dirname(path), allow_outside)
            problems += more
    if problems:
        raise UserError(sorted(problems, key=lambda p: (p.line, p.column)))
    return doc, claim_set


def find_claim_files(paths: list[str]) -> list[str]:
    """The claims files named by ``paths``: files as given; for a folder, its
    ``claims.yaml`` and every ``*.claims.yaml`` directly inside it, sorted by name."""
    found: list[str] = []
    problems: list[Problem] = []
    for path in paths:
        if os.path.isdir(path):
            names = sorted(n for n in os.listdir(path)
                           if (n == DEFAULT_NAME or n.endswith(SUFFIX))
                           and os.path.isfile(os.path.join(path, n)))
            if not names:
                problems.append(Problem(display_path(path), 1, 1, "no claims file in this folder "
                                        f"(expected {DEFAULT_NAME} or *{SUFFIX})"))
            found += [os.path.join(path, n) for n in names]
        elif os.path.isfile(path):
            found.append(path)
        elif os.path.exists(path):      # a device, a pipe: there is a file, but not one to read
            problems.append(Problem(display_path(path), 1, 1,
                                    "cannot read claims file: not a regular file"))
        elif os.path.islink(path):      # it leads nowhere: a link to a missing file, or a loop
            problems.append(Problem(display_path(path), 1, 1, "cannot read claims file: a "
                                    "symbolic link to nothing (its target is missing, or it loops)"))
        elif path.endswith(("/", os.sep)) and os.path.isfile(path.rstrip("/" + os.sep)):
            problems.append(Problem(display_path(path), 1, 1,
                                    "is a file, not a folder: leave out the trailing '/'"))
        else:
            problems.append(Problem(display_path(path), 1, 1, "no such claims file"))
    if problems:
        raise UserError(problems)
    unique = []
    for path in found:
        if os.path.normpath(path) not in map(os.path.normpath, unique):
            unique.append(path)
    return unique

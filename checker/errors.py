"""User mistakes, kept apart from findings.

A finding (a claim that does not hold) is a Result. A UserError means the input cannot
be used at all: the command exits 2 and prints one ``path:line:col: message`` per problem.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence


#: The path of a problem with no file to point at: printed as "factlock: message".
PROGRAM = "factlock"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class UserError(Exception):
    """One or more problems with what the user gave us; never a traceback."""

    def __init__(self, problems: Iterable[Problem] | Problem | str):
        if isinstance(problems, str):
            problems = [Problem(PROGRAM, 0, 0, problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class FigureError(ValueError):
    """A figure in a claim does not read as its kind; ``offset`` is within the wording."""

    def __init__(self, message: str, offset: int = 0):
        super().__init__(message)
        self.offset = offset


def did_you_mean(word: str, choices: Sequence[str]) -> Optional[str]:
    """The closest allowed word, for messages such as "unknown key 'abuot'"."""
    import difflib    # only for a mistake: not worth its import on every run
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None

"""What a rule sees: the text in matching form, the reference date, and helpers to
read just left or right of a position.

Rules return a ``Hit`` in matching-text offsets; the engine turns it into a Mention
with raw offsets. Keeping rules on the normalised text is what makes neutral edits
(NFD, curly quotes, en dashes, re-wrapped lines) invisible to them.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..locale import DEFAULT as _DEFAULT_LOCALE, Locale
from ..text.normalize import Normalized
from .lexicon import INDEX_NAMES
from .numbers import read_number as _read_number

#: The name of a market index or a list just before its digits ("S&P 500", "FTSE100").
_INDEX_BEFORE = re.compile(r"(?<![a-z&])(?P<n>%s)[ \u00a0]?\Z" % "|".join(map(re.escape, INDEX_NAMES)))


@dataclass
class Hit:
    kind: str
    value: Any
    start: int
    end: int
    unit: Optional[str] = None
    qualifier: str = "exact"
    direction: Optional[str] = None
    rule: str = ""
    #: May the engine attach a qualifier written just before it ("nearly", "over")?
    qualifiable: bool = True
    #: For a stated range: does each bound belong to it? (see Mention.inclusive)
    inclusive: Optional[tuple[bool, bool]] = None


@dataclass(frozen=True)
class Rule:
    """A named way of reading a figure: the name reads as grammar, for ``explain``.

    ``reads``, ``at`` and ``after`` say, for speed only, where the rule can possibly read a
    figure, so that the engine runs at each candidate only the few rules that can
    (docs/architecture.md). They must never exclude a place where ``apply`` could
    return a Hit: a rule without them runs at every candidate of its trigger.

    - ``reads``: "cardinal" or "ordinal": the rule returns None unless the number read
      at the candidate (``Scan.number``) is of that sort.
    - ``at``: a regex that must match at the candidate (it may look left with
      look-behinds), and/or ``after``: a regex that must match just after the number
      read there. With both, either one matching is enough.

    Where no number can be read at the candidate, ``reads`` and ``after`` exclude nothing.
    """

    name: str
    trigger: str                      # which candidate starts it: digits, words, ordinal, month, ...
    apply: Callable[["Scan", "re.Match[str]"], Optional[Hit]]
    priority: int = 50                # lower runs first among rules of the same trigger
    reads: Optional[str] = None       # "cardinal" | "ordinal"
    at: Optional[str] = None          # regex at the candidate
    after: Optional[str] = None       # regex just after the number at the candidate

    def __post_init__(self):
        if self.reads not in (None, "cardinal", "ordinal"):
            raise ValueError(f"rule {self.name!r}: reads must be 'cardinal' or 'ordinal', not {self.reads!r}")


#: A place ``Scan.number`` has not read yet (the engine reads its cache too).
UNREAD = _UNREAD = object()


class Scan:
    __slots__ = ("norm", "low", "cased", "ref", "floor", "_nums", "day_first", "dollar", "signs", "pence")

    def __init__(self, norm: Normalized, ref: Optional[_dt.date], locale: Locale = _DEFAULT_LOCALE):
        self.norm = norm
        self.low = norm.low
        self.cased = norm.cased
        self.ref = ref
        #: Rules may not reach left of this (the end of the previous figure).
        self.floor = 0
        self._nums: dict = {}
        #: Does the text write numeric dates day first ("13/05/2024")? The article's option
        #: (``Locale.day_first``), else None until a rule asks the text.
        self.day_first: Optional[bool] = locale.day_first
        #: The ISO code a bare "$", "dollars" or "cents" means (USD unless the article says).
        self.dollar: str = locale.dollar_code
        #: Letters the article's country writes against an amount ("Sh", "N") -> code.
        self.signs: dict[str, str] = locale.signs
        #: Is "85p" pence in this article whether or not it names the pound (``country: GB``)?
        self.pence: bool = locale.pence

    def number(self, pos: int):
        """The number read at ``pos`` (digits or words), read once however many rules ask
        (a reading depends only on the text and the place, so every one is kept)."""
        num = self._nums.get(pos, _UNREAD)  # a miss is the rule: no KeyError raised each time
        if num is _UNREAD:
            num = self._nums[pos] = _read_number(self.low, pos)
        return num

    def left(self, pattern: "re.Pattern[str]", pos: int, width: int = 40) -> Optional["re.Match[str]"]:
        """Match ``pattern`` (which must end in ``\\Z``) on the text just left of ``pos``."""
        return pattern.search(self.low, max(self.floor, pos - width), pos)

    def right(self, pattern: "re.Pattern[str]", pos: int) -> Optional["re.Match[str]"]:
        return pattern.match(self.low, pos)

    def index_name(self, pos: int, value) -> bool:
        """Do the digits at ``pos`` (worth ``value``) finish the name of a market index or
        a list ("the S&P 500", "FTSE 100", "the Russell 2000", "a Fortune 500 firm")?"""
        before = self.low[pos - 1:pos]
        if not (before == " " or before == "\u00a0" or before.isalpha()):
            return False  # cheap gate: a name ends just before the digits
        ix = _INDEX_BEFORE.search(self.low, max(0, pos - 10), pos)
        return ix is not None and value in INDEX_NAMES[ix.group("n")]

    def sentence_start(self, pos: int) -> bool:
        """Is ``pos`` the first word of a sentence (capitals there carry no meaning)?"""
        i = pos - 1
        low = self.low
        while i >= 0 and (low[i].isspace() or low[i] in "\"'("):
            i -= 1  # a single line break is re-wrapping, not a sentence boundary
        return i < 0 or low[i] in ".!?:-\u00b6"

    def reference(self) -> _dt.date:
        """The date relative expressions resolve against (today when none is known)."""
        return self.ref or _dt.date.today()


"""Sentences: the unit a claim's ``about`` words locate, and the evidence we show.

A single line break is not a boundary (articles are re-wrapped freely); a blank line
is, and so is the end of an HTML block ("</p>", "<br>"). Full stops after abbreviations ("U.S.", "Dr.", "Sept.") and initials are not.
"""
from __future__ import annotations

import bisect
import re

_STOP_END = r"(?:/\.)?)[\"')\]]*(?=\s+[\"'(\[]?(?:[A-Z0-9\u00C0-\u024F\u1E00-\u1EFF]|[a-z][A-Z]))"  # "iPhone", "eBay" open one too
#: The end of an HTML block ("</p>", "</li>", "</h2>") or a line break tag ("<br>",
#: "<br/>"): an article exported as HTML may put its paragraphs one a line, or on one
#: line, with no blank line between them.
_BLOCK_END = r"(?i:/(?:p|div|li|h[1-6]|td|th|tr|blockquote|figcaption|section|article)\s*>|br\s*/?>)"
_BOUNDARY = re.compile(
    r"(?P<stop>[.!?]+" + _STOP_END +
    r"|\n[ \t\r]*\u00b6"  # a blank line, as normalize marks it
    r"|\r[ \t]*\r(?!\n)"
    r"|<" + _BLOCK_END
)
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec
gen col lt sen rep gov inc ltd co corp jr sr mt ft fig est approx u.s u.k u.n e.g i.e
a.m p.m dept univ
n.v b.v s.a s.p.a s.r.l s.a.s s.l a.s a.b l.l.c pty pte bhd
""".split())  # the last line: companies' legal forms ("Veltrix Systems N.V. EUR 1.26 billion")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")


#: ``_BOUNDARY`` written to start with the class of its first characters (a stop, a line
#: break, a carriage return), which ``re`` then skips to in one tight loop: it finds no
#: such prefix in ``_BOUNDARY`` and would try it at every character. Its ``more`` group
#: is the rest of the stop after its first character ("" for a lone full stop); the
#: matches are those of ``_BOUNDARY.finditer`` (tests/test_fast_paths.py).
_BOUNDARY_FIND = re.compile(
    r"[.!?\n\r<](?:(?<=[.!?])(?P<more>[.!?]*" + _STOP_END +
    r"|(?<=\n)[ \t\r]*\u00b6"
    r"|(?<=\r)[ \t]*\r(?!\n)"
    r"|(?<=<)" + _BLOCK_END + ")"
)


def abbreviation_before(text: str, stop: int) -> bool:
    """Does the full stop at ``stop`` end an abbreviation ("Dr.", "U.S.") or an initial
    ("John F. Kennedy"), and so no sentence? A single letter straight after digits is a
    unit ("$500m.", "the 2000s.") and the stop ends the sentence; so is one after a degree
    sign or after digits and a space ("in July 21.4 °C.", "highs of 40 C.")."""
    w = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if w is None:
        return False
    word = w.group(1).lower().rstrip(".")
    if len(w.group(1)) == 1 and w.start():
        before = text[w.start() - 1]
        if before.isdigit() or before == "\u00b0" or before in " \u00a0\u202f" and w.start() >= 2 \
                and (text[w.start() - 2].isdigit() or text[w.start() - 2] == "\u00b0"):
            return False
    return word in _ABBREVIATIONS or len(word) == 1


#: An item of a list at the start of a line: "• Revenue of €1.24bn", "- Net profit of
#: €96.5m". A bullet sign always starts one; a hyphen or dash only at the start of a
#: paragraph or under a line that ends with a colon or is an item itself (re-wrapping can
#: put a dash used as a dash at the start of a line).
_BULLET = re.compile(r"\n[ \t\r]*(?P<para>\u00b6[ \t\r]*)?"
                     r"(?:(?P<sign>[\u2022\u25aa\u25e6\u2023\u2043*])|[-\u2013\u2014])[ \t]")


def _bullet_starts(text: str) -> list[int]:
    """Where the list items of ``text`` start (each is a sentence of its own)."""
    out = []
    item_before = -1    # the end of the last item's line
    for m in _BULLET.finditer(text):
        line_start = m.start() + 1
        prev_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[prev_start:m.start()].rstrip()
        if m.group("sign") or m.group("para") or prev.endswith(":") or prev_start == item_before:
            out.append(line_start)
            item_before = line_start
    return out


#: A row of a table written in Markdown ("| Services | €0.7bn | +18% |"): each row is a
#: sentence of its own, so a claim about one row never reads its neighbour's figures.
_TABLE_ROW = re.compile(r"\n[ \t]*\|[^\n]*\|")


def _row_starts(text: str) -> list[int]:
    """Where each row starts, and where the line after it does (the text after a table)."""
    out = []
    for m in _TABLE_ROW.finditer(text):
        out.append(m.start() + 1)
        nxt = text.find("\n", m.end())
        if nxt != -1:
            out.append(nxt + 1)
    return out


#: A line that is a field of a notice or a fact box: a short label, a colon, its value
#: ("Recall date: August 27, 2026", "Population: 184,312"), or three dots, as weather
#: bulletins write them, a capital or a digit straight after ("MAXIMUM SUSTAINED
#: WINDS...115 MPH", "LOCATION...25.9N 78.6W"; "Well...maybe" is prose).
#: (The text read here has an ellipsis character as a full stop, no field mark.)
_FIELD_LINE = re.compile(r"(?m)^[ \t]*(?P<para>\u00b6[ \t]*)?[A-Z][A-Za-z'&/-]*(?:[ \t]+[A-Za-z'&/()-]+){0,3}"
                         r"(?::[ \t]+\S|\.\.\.[A-Z\d])[^\n]*$")
_LINE_BREAK = frozenset(("\n", "\r\n"))


#: What every field line holds: a colon and a space or tab, or three dots (``_FIELD_LINE``).
_FIELD_MARKS = (": ", ":\t", "...")


def _field_lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, after a blank line?) of each field line: ``_FIELD_LINE.finditer``'s
    matches, each a whole line. ``re`` tries that pattern at every character (it skips
    to no line start), some 7 ns each; only the lines holding its colon or dots are
    tried here, found with ``str.find``."""
    out = []
    match, find = _FIELD_LINE.match, text.find
    next_at = [find(mark) for mark in _FIELD_MARKS]
    while True:
        p = min((at for at in next_at if at >= 0), default=-1)
        if p < 0:
            return out
        start = text.rfind("\n", 0, p) + 1
        m = match(text, start)
        if m is not None:
            out.append((m.start(), m.end(), m.group("para") is not None))
        end = find("\n", p)
        if end < 0:
            return out
        next_at = [at if at > end or at < 0 else find(mark, end + 1) for at, mark in zip(next_at, _FIELD_MARKS)]


def _field_starts(text: str) -> list[int]:
    """Where the lines of a block of fields start, and where the line after the block
    does: each field is a sentence of its own ("Recall date: August 27, 2026" above
    "Recall number: 26-318"), so a label's words never find the next line's figure. A
    lone line with a colon ("Note: ...") is prose."""
    lines = _field_lines(text)
    out = []
    for i, (s, e, para) in enumerate(lines):  # after a blank line ("\u00b6") a field starts another block
        prev = i > 0 and not para and text[lines[i - 1][1]:s] in _LINE_BREAK
        nxt = i + 1 < len(lines) and not lines[i + 1][2] and text[e:lines[i + 1][0]] in _LINE_BREAK
        if prev or nxt:
            out.append(s)
            if not nxt and (after := text.find("\n", e)) != -1:
                out.append(after + 1)
    return out


class Sentences:
    """Sentence boundaries of one text, found once, looked up by offset."""

    __slots__ = ("starts", "ends")

    def __init__(self, text: str):
        starts = [0]
        ends = []
        for m in _BOUNDARY_FIND.finditer(text):
            at = m.start()
            if text[at] == "." and m.group("more") == "" and abbreviation_before(text, at):
                continue
            end = m.end()
            ends.append(end)
            starts.append(end)
        fields = _field_starts(text) if "\n" in text and (":" in text or "..." in text) else []
        if "\n" in text and (_BULLET.search(text) or "|" in text and _TABLE_ROW.search(text)) or fields:
            cuts = sorted(set(starts[1:]) | set(_bullet_starts(text)) | set(_row_starts(text)) | set(fields))
            starts, ends = [0] + cuts, cuts
        ends.append(len(text))
        # Trim the white space around each sentence.
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in zip(starts, ends):
            while s < e and (text[s].isspace() or text[s] == "\u00b6"):
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] == "\u00b6"):
                e -= 1
            if e > s:
                self.starts.append(s)
                self.ends.append(e)

    def index(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (or the one before a gap)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]

    def __len__(self) -> int:
        return len(self.starts)

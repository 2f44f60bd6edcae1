"""Accepting a change: rewrite a claims file's figures to what the text now states.

Only on request (``factlock update``, ``factlock check --update``), and only the figures
of claims that failed with a figure found: a ``mismatch`` in a version the claim names
gets that version's figure replaced; a ``drift`` in a version it does not name gets the
figure added for that version (a one-figure claim becomes a per-version one). Missing and
ambiguous claims are left alone: there is no single figure to accept; so is a mismatch
with a slip that reads as no figure ("until Nov. 31"): the article needs the fix.

Every other byte of the file stays as it was. Edits are made in the text at the exact
positions the YAML composer reports for each figure node (the marks the loader keeps),
not by dumping a re-parsed document, which is what keeps comments, order, quoting,
blank lines, CRLF and flow or block style untouched. (A round-trip YAML library would
add a dependency and still re-emit whole blocks: indentation of sequences, spacing in
flow mappings, line width.) The result is composed and validated again before it is
written, atomically, with the file's permissions.
"""
from __future__ import annotations

import bisect
import collections
import difflib
import itertools
import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .claims import find_claim_files, load_document
from .claims.loader import Document, compose, entries
from .claims.schema import build_claim_set
from .engine import Indexes, check_claim_set, reference_figure, version_chains
from .errors import Problem, UserError, did_you_mean
from .gcpause import paused
from .model import CLAIM_KINDS, Claim, ClaimSet, Mention, Outcome, Result
from .report.output import write_atomic
from .restyle import restyle

#: Outcomes whose found figure can be accepted.
ACCEPTED = (Outcome.MISMATCH, Outcome.DRIFT)
_PHRASE_KINDS = ("text", "absent")


@dataclass
class Update:
    """One figure of one claim, for one version: the wording before (None: not stated
    for that version yet) and after."""

    id: str
    version: str
    kind: str
    before: Optional[str]
    after: str
    line: int = 0          # of the claim's figure in the claims file


@dataclass
class FileUpdate:
    path: str                         # the claims file, as reports show it
    file: str                         # on disk
    old: str
    new: str
    updates: list[Update] = field(default_factory=list)
    #: the edits that made ``new`` from ``old`` (start, end, replacement), for the diff
    edits: list[tuple[int, int, str]] = field(default_factory=list, repr=False)

    @property
    def diff(self) -> str:
        a, b = self.old.splitlines(keepends=True), self.new.splitlines(keepends=True)
        codes = _opcodes(self.old, a, b, self.edits) if self.edits else None
        if codes is None:
            lines = difflib.unified_diff(a, b, fromfile=f"a/{self.path}", tofile=f"b/{self.path}")
        else:
            lines = _unified(a, b, codes, f"a/{self.path}", f"b/{self.path}")
        out = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
        return out.replace("\r\n", "\n")


_CONTEXT = 3


def _opcodes(old: str, a: list[str], b: list[str], edits: list[tuple[int, int, str]]
             ) -> Optional[list[tuple[str, int, int, int, int]]]:
    """``difflib`` opcodes turning lines ``a`` into ``b``, from the edits that made them:
    lines no edit touches are equal, and only the few lines each edit touches (with the
    edits on neighbouring lines) are compared. Comparing the whole files took 1.4 s for
    500 figures in a 20,000-claim file, the edits being known all along. None when the
    edits do not account for ``b`` (then the caller compares the whole files)."""
    if not a:
        return None
    starts = list(itertools.accumulate(map(len, a), initial=0))
    last = len(a) - 1
    spans: list[list] = []                 # [first line, last line, edits], lines merged
    for edit in sorted(edits):
        start, end, _ = edit
        # the lines an edit touches, and the context a diff shows around them: where an
        # inserted line goes among equal neighbours is then settled as difflib settles it
        first = max(min(bisect.bisect_right(starts, start) - 1, last) - _CONTEXT, 0)
        final = min(bisect.bisect_right(starts, max(start, end - 1)) - 1 + _CONTEXT, last)
        if spans and first <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], final)
            spans[-1][2].append(edit)
        else:
            spans.append([first, final, [edit]])
    # difflib leaves out of its matching the lines frequent in the whole new file (its
    # 'autojunk'): so do the comparisons of a few lines, to say what difflib would say
    popular: set[str] = set()
    if len(b) >= 200:
        popular = {line for line, n in collections.Counter(b).items() if n > len(b) // 100 + 1}
    codes: list[tuple[str, int, int, int, int]] = []
    done, shift = 0, 0

    def add(tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
        if tag == "equal" and codes and codes[-1][0] == "equal":
            codes[-1] = ("equal", codes[-1][1], i2, codes[-1][3], j2)
        else:
            codes.append((tag, i1, i2, j1, j2))

    for first, final, group in spans:
        base = starts[first]
        text = old[base:starts[final + 1]]
        for start, end, replacement in sorted(group, reverse=True):
            text = text[:start - base] + replacement + text[end - base:]
        before, after = a[first:final + 1], text.splitlines(keepends=True)
        if first > done:
            add("equal", done, first, done + shift, first + shift)
        matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for line in popular.intersection(matcher.b2j):
            del matcher.b2j[line]           # as difflib, on the whole file, does not match them
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            add(tag, first + i1, first + i2, first + shift + j1, first + shift + j2)
        shift += len(after) - len(before)
        done = final + 1
    if done <= last:
        add("equal", done, last + 1, done + shift, last + 1 + shift)
    if len(a) + shift != len(b) or any(tag == "equal" and a[i1:i2] != b[j1:j2]
                                       for tag, i1, i2, j1, j2 in codes):
        return None
    return codes


def _unified(a: list[str], b: list[str], codes, fromfile: str, tofile: str, n: int = 3):
    """``difflib.unified_diff`` of ``a`` and ``b`` given their opcodes (its own code, with
    the matcher's comparison replaced by ``codes``)."""
    matcher = difflib.SequenceMatcher(None)
    matcher.a, matcher.b, matcher.opcodes = a, b, codes
    started = False
    for group in matcher.get_grouped_opcodes(n):
        if not started:
            started = True
            yield f"--- {fromfile}\n"
            yield f"+++ {tofile}\n"
        first, last = group[0], group[-1]
        yield (f"@@ -{difflib._format_range_unified(first[1], last[2])} "
               f"+{difflib._format_range_unified(first[3], last[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in a[i1:i2]:
                    yield " " + line
                continue
            if tag in ("replace", "delete"):
                for line in a[i1:i2]:
                    yield "-" + line
            if tag in ("replace", "insert"):
                for line in b[j1:j2]:
                    yield "+" + line


# --- YAML wording -------------------------------------------------------------------

_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def yaml_scalar(wording: str, flow: bool = False) -> str:
    """A figure as a YAML scalar: plain when it reads back as the same words, else quoted.
    ``flow``: it goes inside a flow collection (``{...}``), where ``,``, brackets and
    braces end a plain scalar ('1,500 officers' would split in two)."""
    plain = (wording == wording.strip() and wording and _PLAIN_START.match(wording)
             and not (flow and any(c in wording for c in ",[]{}"))
             and ": " not in wording and " #" not in wording and not wording.endswith(":")
             and "\n" not in wording)
    if plain:
        try:
            value = yaml.safe_load(wording)
        except yaml.YAMLError:
            value = None
        if value == wording or re.fullmatch(r"\d+", wording) or _ISO_DATE.match(wording):
            return wording
    return "'" + wording.replace("'", "''") + "'"


def scalar_like(node: ScalarNode, wording: str, flow: bool = False) -> str:
    """``yaml_scalar``, quoted as the figure it replaces was: single quotes stay single
    quotes, double quotes stay double (where no escape is needed); plain stays plain
    where YAML reads it back as the same words."""
    if node.style == "'":
        return "'" + wording.replace("'", "''") + "'"
    if node.style == '"' and wording.isprintable() and '"' not in wording and "\\" not in wording:
        return '"' + wording + '"'
    return yaml_scalar(wording, flow)


# --- finding nodes ------------------------------------------------------------------

def _claim_nodes(root: Optional[Node]) -> dict[str, MappingNode]:
    """Each claim's mapping node, by id."""
    out: dict[str, MappingNode] = {}
    if not isinstance(root, MappingNode):
        return out
    for name, _, value in entries(root):
        if name == "claims" and isinstance(value, SequenceNode):
            for item in value.value:
                if isinstance(item, MappingNode):
                    keys = {n: v for n, _, v in entries(item)}
                    ident = keys.get("id")
                    if isinstance(ident, ScalarNode):
                        out.setdefault(ident.value, item)
    return out


def _figure_entry(claim: MappingNode) -> Optional[tuple[Node, Node]]:
    for name, key, value in entries(claim):
        if name in CLAIM_KINDS:
            return key, value
    return None


def _line_end(text: str, index: int) -> int:
    """Where the line holding ``index`` ends (before its line break)."""
    end = text.find("\n", index)
    if end == -1:
        return len(text)
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


# --- planning edits -----------------------------------------------------------------

def plan(claim_set: ClaimSet, results: list[Result], versions: Optional[Iterable[str]] = None
         ) -> dict[str, dict[str, Result]]:
    """claim id -> version -> the result whose found figure to accept."""
    wanted = set(versions) if versions else None
    out: dict[str, dict[str, Result]] = {}
    for r in results:
        if r.status not in ACCEPTED or r.found is None or r.kind in _PHRASE_KINDS or r.no_figure:
            continue
        if wanted is not None and r.version not in wanted:
            continue
        out.setdefault(r.id, {})[r.version] = r
    return out


def _edits(doc: Document, claim_set: ClaimSet, todo: dict[str, dict[str, Result]],
           indexes: Optional[Indexes] = None) -> tuple[list[tuple[int, int, str]], list[Update]]:
    text = doc.text
    newline = "\r\n" if "\r\n" in text else "\n"
    nodes = _claim_nodes(doc.root)
    claims = {c.id: c for c in claim_set.claims}
    chains = version_chains(claim_set.articles)
    edits: list[tuple[int, int, str]] = []
    updates: list[Update] = []
    for claim_id, by_version in todo.items():
        node, claim = nodes.get(claim_id), claims.get(claim_id)
        entry = _figure_entry(node) if node is not None else None
        if entry is None or claim is None:
            continue
        key, value = entry
        chain = chains[claim.article]
        ordered = sorted(by_version, key=lambda v: chain.index(v) if v in chain else len(chain))
        accepted = {v: _accepted(claim, chain, v, r, indexes) for v, r in by_version.items()}
        line = value.start_mark.line + 1
        in_flow = bool(node.flow_style)       # the claim is a flow mapping: all of it is
        if isinstance(value, ScalarNode):
            raw = text[value.start_mark.index:value.end_mark.index]
            if set(ordered) == {claim.article}:
                new = accepted[claim.article]
                edits.append((value.start_mark.index, value.end_mark.index, scalar_like(value, new, in_flow)))
                updates.append(Update(claim_id, claim.article, claim.kind, claim.figure, new, line))
                continue
            # one figure becomes one per version: the claim's own first, then the others
            as_flow = in_flow or value.style in ("|", ">")
            figures = [(claim.article, raw if claim.article not in by_version
                        else scalar_like(value, accepted[claim.article], as_flow))]
            figures += [(v, yaml_scalar(accepted[v], as_flow)) for v in ordered if v != claim.article]
            if as_flow:
                replacement = "{" + ", ".join(f"{v}: {w}" for v, w in figures) + "}"
            else:
                indent = " " * (key.start_mark.column + 2)
                replacement = "".join(f"{newline}{indent}{v}: {w}" for v, w in figures)
            start, end = value.start_mark.index, value.end_mark.index
            if not node.flow_style:      # no space left before the line break after 'kind:'
                while start > 0 and text[start - 1] == " ":
                    start -= 1
            edits.append((start, end, replacement))
            for v in ordered:
                before = claim.figure if v == claim.article else None
                updates.append(Update(claim_id, v, claim.kind, before, accepted[v], line))
            continue
        if not isinstance(value, MappingNode):
            continue
        present = {n: (k, v) for n, k, v in entries(value)}
        added = []
        for v in ordered:
            found = accepted[v]
            if v in present and isinstance(present[v][1], ScalarNode):
                figure_node = present[v][1]
                edits.append((figure_node.start_mark.index, figure_node.end_mark.index,
                              scalar_like(figure_node, found, in_flow or bool(value.flow_style))))
                old = claim.figure_for(v)
                updates.append(Update(claim_id, v, claim.kind, old.figure if old else None, found,
                                      figure_node.start_mark.line + 1))
            elif v not in present:
                added.append((v, yaml_scalar(found, in_flow or bool(value.flow_style))))
                updates.append(Update(claim_id, v, claim.kind, None, found, line))
        if not added:
            continue
        if value.flow_style:
            close = value.end_mark.index - 1          # the '}'
            sep = ", " if value.value else ""
            edits.append((close, close, sep + ", ".join(f"{v}: {w}" for v, w in added)))
        else:
            first_key = value.value[0][0]
            indent = " " * first_key.start_mark.column
            last = value.value[-1][1]
            at = _line_end(text, max(last.end_mark.index - 1, last.start_mark.index))
            edits.append((at, at, "".join(f"{newline}{indent}{v}: {w}" for v, w in added)))
    return edits, updates


def _accepted(claim: Claim, chain: list[str], version: str, result: Result,
              indexes: Optional[Indexes]) -> str:
    """The figure to write for ``version``: what the text states there (``result``), in
    the words and style of the claim's figure for that version, or of the figure it is
    compared with (``checker.restyle``); the text's own wording where no wording in the
    claim's style states exactly that figure."""
    if indexes is None or result.span is None:
        return result.found
    index = indexes[version]
    found = _mention_at(index, result.span.start, result.span.end)
    if found is None:
        return result.found
    figure = claim.figure_for(version) or reference_figure(claim, chain, version)
    restyled = restyle(claim, figure.figure, figure.expected, found, index.reference, index.locale)
    return result.found if restyled is None else restyled


def _mention_at(index, start: int, end: int) -> Optional[Mention]:
    """The figure the check found at ``start:end`` of an article."""
    for mention in index.mentions_between(start, end):
        if mention.start == start and mention.end == end:
            return mention
    return None


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def update_file(path: str, versions: Optional[Iterable[str]] = None,
                results: Optional[list[Result]] = None,
                left: Optional[list[Result]] = None, names: Optional[set] = None) -> Optional[FileUpdate]:
    """The update of one claims file (not written yet), or None when nothing changes.
    ``left`` collects the failing results it leaves alone (no single figure to accept);
    ``names`` the file's article names."""
    with paused():
        return _update_file(path, versions, results, left, names)


def _update_file(path: str, versions: Optional[Iterable[str]],
                 results: Optional[list[Result]], left: Optional[list[Result]] = None,
                 names: Optional[set] = None) -> Optional[FileUpdate]:
    doc, claim_set = load_document(path)     # read and composed once: checked, then edited
    if names is not None:
        names.update(claim_set.articles)
    indexes = Indexes(claim_set)
    if results is None:
        results = check_claim_set(claim_set, indexes)
    todo = plan(claim_set, results, versions)
    if left is not None:
        wanted = set(versions) if versions else None
        left += [r for r in results if not r.ok and r.version not in todo.get(r.id, {})
                 and (wanted is None or r.version in wanted)]
    if not todo:
        return None
    edits, updates = _edits(doc, claim_set, todo, indexes)
    if not edits:
        return None
    new_text = _apply(doc.text, edits)
    _validate(doc.path, new_text, os.path.dirname(path))
    return FileUpdate(doc.path, path, doc.text, new_text, updates, edits)


def _validate(shown: str, text: str, folder: str) -> None:
    root, problems = compose(text, shown)
    if not problems:
        _, problems = build_claim_set(Document(shown, text, root), folder)
    if problems:
        raise UserError([Problem(p.path, p.line, p.column,
                                 f"factlock would not write this update: {p.message}") for p in problems])


def write(update: FileUpdate) -> None:
    """Replace the claims file in one step, keeping its permissions (and a leading BOM)."""
    with open(update.file, "rb") as handle:
        bom = handle.read(3) == b"\xef\xbb\xbf"
    try:
        write_atomic(update.file, ("\ufeff" if bom else "") + update.new)
    except OSError as exc:
        raise UserError(Problem(update.path, 0, 0, f"cannot write the claims file: {exc.strerror or exc}"))


def update_paths(paths: Optional[Iterable[str]], versions: Optional[Iterable[str]] = None,
                 dry_run: bool = False, left: Optional[list[Result]] = None) -> list[FileUpdate]:
    """``factlock update``: accept what the text now states in every claims file named."""
    done, names, files = [], set(), find_claim_files(list(paths or ["claims.yaml"]))
    for path in files:
        update = update_file(path, versions, left=left, names=names)
        if update is not None:
            done.append(update)
    unknown = [v for v in dict.fromkeys(versions or ()) if v not in names]
    if unknown and files:
        # "--article 2025" for "unga-2025" would otherwise say every figure matches
        raise UserError([Problem(files[0], 1, 1, f"--article names no article of "
                                 f"{'these claims files' if len(files) > 1 else files[0]}: "
                                 f"{', '.join(repr(v) for v in unknown)}{_closest(unknown[0], names)}")])
    if not dry_run:  # written only once every name is known
        for update in done:
            write(update)
    return done


def _closest(name: str, names: set) -> str:
    close = did_you_mean(name, sorted(names))
    return f" (did you mean '{close}'?)" if close else f" (articles: {', '.join(sorted(names))})"


def summary(updates: list[FileUpdate], dry_run: bool = False, left: Optional[list[Result]] = None) -> str:
    """One line; it names the failing claims left alone, so that "nothing to update" is
    never read as "nothing fails"."""
    n = sum(len(u.updates) for u in updates)
    alone = ""
    if left:
        ids = list(dict.fromkeys(r.id for r in left))  # a claim fails in each version it fails in
        alone = (f"; {len(ids)} failing claim{'s' if len(ids) != 1 else ''} left alone, with no single "
                 f"figure to accept ({', '.join(ids)}): see `factlock check`")
    if not n:
        if alone:
            return "factlock update: nothing to update" + alone
        return "factlock update: every figure already matches the text; nothing to update"
    verb = "would update" if dry_run else "updated"
    files = ", ".join(u.path for u in updates)
    return f"factlock update: {verb} {n} figure{'s' if n != 1 else ''} in {files}" + alone


__all__ = ["FileUpdate", "Update", "plan", "scalar_like", "summary", "update_file", "update_paths", "write",
           "yaml_scalar"]

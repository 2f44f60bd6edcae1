"""Read a claims file into YAML nodes that remember where they stand.

We compose (never construct) with pyyaml's SafeLoader and walk the node tree ourselves,
so every value keeps its line and column for error messages, and duplicate keys, which
pyyaml would silently collapse into the last one, are reported instead.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from typing import Any, Iterator, Optional

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import Problem, UserError
from ..text.source import ArticleError, decode_text

_TAG = "tag:yaml.org,2002:"
_STR = _TAG + "str"
#: Scalar tags we turn into Python values, and how; anything else stays its source text.
#: These SafeConstructor methods only read the node, so one shared instance serves all.
_CONSTRUCTOR = SafeConstructor()
_CONSTRUCT = {_TAG + t: getattr(SafeConstructor, "construct_yaml_" + t)
              for t in ("int", "float", "bool", "null", "timestamp")}
#: Tags a claims file may carry (plain YAML); '!!python/object', '!!binary', '!custom' are
#: refused: nothing in a claims file is ever constructed as a Python object.
_PLAIN_TAGS = frozenset(_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp",
                                           "seq", "map", "merge", "value"))

#: Limits on hostile input (docs/bad-input.md). The largest claims file read, in bytes.
MAX_CLAIMS_BYTES = 16 * 1024 * 1024
#: The longest key or value, in characters: an 'about' phrase becomes a pattern, and a
#: megabyte-long one would take minutes to compile.
MAX_SCALAR = 10_000
#: How many nodes aliases may add once expanded ('billion laughs' files add billions).
MAX_ALIAS_NODES = 100_000
#: How many nodes (keys, values, lists, mappings) a claims file may hold: 20,000 claims
#: take about 190,000. A 16 MiB '[1,1,1,…]' would make eight million, gigabytes of them.
MAX_NODES = 500_000
_MIB = 1024 * 1024


@dataclass
class Document:
    """A composed claims file: its display path, decoded text and root node (or None)."""

    path: str
    text: str
    root: Optional[Node]


def display_path(path: str) -> str:
    """``path`` relative to the current folder, with '/' separators, as reports show it."""
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = os.path.abspath(path)
    return shown.replace(os.sep, "/")


def read_document(path: str) -> tuple[Document, list[Problem]]:
    """Read, decode and compose one claims file; unusable files raise UserError."""
    shown = display_path(path)
    if os.path.isdir(path):
        raise UserError(Problem(shown, 1, 1, "cannot read claims file: is a directory"))
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CLAIMS_BYTES + 1)
            if len(data) > MAX_CLAIMS_BYTES:
                size = max(os.fstat(handle.fileno()).st_size, len(data))
                raise UserError(Problem(shown, 1, 1, f"claims file too large ({size / _MIB:.1f} MiB;"
                                                     f" the limit is {MAX_CLAIMS_BYTES // _MIB} MiB):"
                                                     " split it into several claims files"))
    except (FileNotFoundError, NotADirectoryError):
        raise UserError(Problem(shown, 1, 1, "no such claims file")) from None
    except PermissionError:
        raise UserError(Problem(shown, 1, 1, "cannot read claims file: permission denied")) from None
    except OSError as error:
        message = (error.strerror or str(error)).lower()
        raise UserError(Problem(shown, 1, 1, f"cannot read claims file: {message}")) from None
    try:
        text = decode_text(data)
    except ArticleError as error:
        line, column = _byte_position(data, error.offset or 0)
        raise UserError(Problem(shown, line, column, f"cannot read claims file: {error}")) from None
    root, problems = compose(text, shown)
    return Document(shown, text, root), problems


def repository(folder: str) -> str:
    """The folder a claims file in ``folder`` may read articles from: the nearest ancestor
    holding ``.git``; else the current folder, when the claims file is inside it; else the
    claims file's own folder. Returned as a real path (symlinks resolved)."""
    own = os.path.realpath(folder or ".")
    here = own
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    cwd = os.path.realpath(os.getcwd())
    return cwd if outside(cwd, own) is None else own


def outside(root: str, file: str) -> Optional[str]:
    """None when ``file`` (symlinks resolved) lies inside the folder ``root``, else its real path."""
    real = os.path.realpath(file)
    try:
        inside = os.path.commonpath([root, real]) == root
    except ValueError:  # another drive on Windows
        inside = False
    return None if inside else real


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column of a byte offset, counting columns in characters."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    if line_start == 0 and data.startswith(b"\xef\xbb\xbf"):
        line_start = min(3, offset)
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def compose(text: str, path: str) -> tuple[Optional[Node], list[Problem]]:
    """The root node of ``text`` (None when empty or broken) and the problems found:
    fastyaml's reading when it takes the file, else pyyaml's (``compose_pyyaml``)."""
    fast = fastyaml.compose(text)
    if fast is fastyaml.DECLINED:
        return compose_pyyaml(text, path)
    root, repeated = fast
    return root, list(_duplicate_keys(root, path)) if repeated else []


def compose_pyyaml(text: str, path: str) -> tuple[Optional[Node], list[Problem]]:
    """``compose`` by pyyaml alone: any YAML, every error worded and placed."""
    crowded = _too_many_nodes(text, path)
    if crowded:
        return None, crowded
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(path, line, column, _syntax_message(error))]
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        return None, [Problem(path, line, column,
                              f"invalid YAML: character U+{error.character:04X} is not allowed")]
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, f"invalid YAML: {error}")]
    except RecursionError:
        line, column = _deep_position(text, _FAST_DEPTH)
        return None, [Problem(path, line, column, f"invalid YAML: nested too deeply (more than "
                                                  f"{_FAST_DEPTH} levels from here on)")]
    hostile: list[Problem] = []
    duplicates = list(_duplicate_keys(root, path, hostile))
    if not hostile and "*" in text and "&" in text:
        hostile = _alias_bomb(text, path)
    if hostile:  # reported alone: the schema never walks such a tree
        return None, hostile
    return root, duplicates


def _refusal(node: Node, path: str) -> Optional[Problem]:
    """Why a node cannot be used at all: a tag asking for a Python object, or a value too
    long to use. Checked on every node by the one walk in ``_duplicate_keys``."""
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace(_TAG, "!!")
        return Problem(path, *position(node), f"tag '{tag}' is not allowed: a claims file holds "
                                              "plain text, numbers and dates (remove the tag)")
    if isinstance(node, ScalarNode) and len(node.value) > MAX_SCALAR:
        return Problem(path, *position(node), f"value too long ({len(node.value):,} characters; "
                                              f"the limit is {MAX_SCALAR:,})")
    return None


def _alias_bomb(text: str, path: str) -> list[Problem]:
    """The alias that makes the expanded file pass MAX_ALIAS_NODES nodes, if any.

    Read from the parser's events (flat, so any depth is safe): each anchor's expanded size
    is known when it ends; an alias adds that size. An alias to a collection still open (a
    cycle) counts one: nothing here expands cycles."""
    loader = (_FAST or _PureLoader)(text)
    sizes: dict[str, int] = {}
    open_: list[list] = []   # [anchor, expanded size so far]
    added = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                open_.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                anchor, size = open_.pop()
                if anchor is not None:
                    sizes[anchor] = size
            elif isinstance(event, yaml.ScalarEvent):
                size = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor, 1)
                added += size
                if added > MAX_ALIAS_NODES:
                    mark = event.start_mark
                    return [Problem(path, mark.line + 1, mark.column + 1,
                                    f"alias '*{event.anchor}' expands the file past "
                                    f"{MAX_ALIAS_NODES:,} nodes: too many aliases")]
            else:
                continue
            if open_:
                open_[-1][1] += size
    except yaml.YAMLError:
        return []
    finally:
        loader.dispose()
    return []


def _too_many_nodes(text: str, path: str) -> list[Problem]:
    """The node that takes the file past MAX_NODES, if any, found before composing.

    Each node needs a ',', ':', '-', '?', '[', '{' or line break of its own, give or take
    three nodes to one such character, so most files are cleared by counting those; the
    others are counted exactly from the parser's events, which stops at the limit."""
    bound = sum(map(text.count, (",", ":", "-", "?", "[", "{", "\n")))
    if 3 * bound + 3 <= MAX_NODES:
        return []
    loader = (_FAST or _PureLoader)(text)
    nodes = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
                nodes += 1
                if nodes > MAX_NODES:
                    mark = event.start_mark
                    return [Problem(path, mark.line + 1, mark.column + 1,
                                    f"claims file too large (over {MAX_NODES:,} keys, values "
                                    "and lists): split it into several claims files")]
    except yaml.YAMLError:
        return []
    finally:
        loader.dispose()
    return []


def _deep_position(text: str, limit: int) -> tuple[int, int]:
    """Where flow brackets first nest deeper than ``limit`` (an estimate), else 1:1."""
    depth = 0
    for m in _BRACKET.finditer(text):
        depth += 1 if m.group() in "[{" else -1 if depth else 0
        if depth > limit:
            at = m.start()
            return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
    return 1, 1


def _syntax_message(error: yaml.MarkedYAMLError) -> str:
    """pyyaml's words, with where the construct began and a hint for the usual slips."""
    problem = (error.problem or error.context or "unreadable").removeprefix("but ")
    message = f"invalid YAML: {problem}"
    if error.problem and error.context:
        mark = error.context_mark
        where = f" at line {mark.line + 1}" if mark else ""
        message += f" ({error.context}{where})"
    if "'\\t'" in problem:
        message += "; indent with spaces, not tabs"
    elif "mapping values are not allowed" in problem:
        message += "; quote a value that contains ': ', or check the indentation"
    elif "<block" in problem:
        message += "; check the indentation"
    return message


def _resolve(self, kind, value, implicit):
    """pyyaml's tag resolution, with a shortcut for the common case: a plain scalar whose
    first character starts no implicit type (``about``, ``nearly 88 billion USD``)."""
    if (kind is ScalarNode and implicit[0] and value
            and value[0] not in self.yaml_implicit_resolvers):
        return _STR
    return yaml.resolver.Resolver.resolve(self, kind, value, implicit)


class _PureLoader(yaml.SafeLoader):
    resolve = _resolve


#: libyaml's SafeLoader when pyyaml has it: composing is several times faster, which
#: matters for ledgers of thousands of claims. Same resolver, same marks (in characters).
_FAST = type("_FastLoader", (yaml.CSafeLoader,), {"resolve": _resolve}) \
    if hasattr(yaml, "CSafeLoader") else None
#: Both composers recurse per level of nesting, libyaml's in C where too deep a file would
#: crash the process; deeper files go to the pure-Python one, which fails cleanly.
_FAST_DEPTH = 200
#: Nesting libyaml's composer survives with certainty (it crashes near 25,000 levels).
_SHALLOW = 5000


def _compose(text: str) -> Optional[Node]:
    if _FAST is not None:
        try:
            if (text.count("[") + text.count("{") <= _SHALLOW  # cannot nest deeper than that
                    or _nesting(text, _FAST_DEPTH) <= _FAST_DEPTH):
                return _run(_FAST, text)
        except yaml.YAMLError:
            pass  # the pure-Python parser below words and places errors the same everywhere
    return _run(_PureLoader, text)


from . import fastyaml  # here: it uses _resolve and _FAST above


def _run(loader_class: type, text: str) -> Optional[Node]:
    loader = loader_class(text)  # the reader rejects forbidden characters right here
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


_QUOTED_OR_COMMENT = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|#[^\n]*')
_BRACKET = re.compile(r"[\[\]{}]")


def _nesting(text: str, limit: int) -> int:
    """How deep flow collections nest, estimated from the brackets outside quotes and
    comments, up to limit+1. An estimate is enough: libyaml copes far deeper than the limit
    (it crashes near 25,000 levels), and a regex scan is 50x cheaper than its events."""
    depth = 0
    deepest = 0
    for m in _BRACKET.finditer(_QUOTED_OR_COMMENT.sub("", text)):
        if m.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif depth:
            depth -= 1
    return 0 if deepest <= limit else deepest


def _duplicate_keys(root: Optional[Node], path: str,
                    hostile: Optional[list] = None) -> Iterator[Problem]:
    """A problem at every repeated key of every mapping (aliases and cycles are safe);
    nodes that cannot be used at all (``_refusal``) go to ``hostile``."""
    seen: set[int] = set()
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if hostile is not None and (node.tag not in _PLAIN_TAGS or isinstance(node, ScalarNode)
                                    and len(node.value) > MAX_SCALAR):
            hostile.append(_refusal(node, path))
        if isinstance(node, MappingNode):
            first: dict[Any, Node] = {}
            for key, value in node.value:
                identity = key_identity(key)
                if identity in first:
                    line, _ = position(first[identity])
                    yield Problem(path, *position(key),
                                  f"duplicate key '{key_text(key)}' (first at line {line})")
                else:
                    first[identity] = key
                stack.extend((key, value))
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)


def position(node: Node) -> tuple[int, int]:
    """1-based (line, column) of a node (pyyaml marks are 0-based)."""
    start = getattr(node, "_s", None)  # fastyaml's nodes make marks only when asked
    if start is not None:
        return start[0] + 1, start[1] + 1
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


_INT_TAG = "tag:yaml.org,2002:int"


def scalar_value(node: ScalarNode) -> Any:
    """The Python value of a scalar: str, int, float, bool, None or date/datetime.

    A scalar that YAML would reject on construction (say ``2024-02-30``) or that carries
    an unfamiliar tag stays its source text: the schema then says what is wrong with it.
    """
    construct = _CONSTRUCT.get(node.tag)
    if construct is None:  # str, by far the most common, or a tag we do not interpret
        return node.value
    if node.tag == _INT_TAG and node.value.isdigit() and node.value.isascii() \
            and (node.value == "0" or node.value[0] != "0"):
        return int(node.value)  # plain decimal ("79", "2025"): pyyaml's constructor is 40x slower
    try:
        return construct(_CONSTRUCTOR, node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, KeyError):
        return node.value


def key_text(node: Node) -> str:
    """How a key is shown in messages."""
    if isinstance(node, ScalarNode):
        return node.value
    return "[list]" if isinstance(node, SequenceNode) else "{mapping}"


def key_identity(node: Node) -> Any:
    """What makes two keys the same key (1 and 01 are; 1 and true are not)."""
    if not isinstance(node, ScalarNode):
        return ("node", id(node))
    if node.tag == _STR:
        return ("str", node.value)
    value = scalar_value(node)
    try:
        hash(value)
    except TypeError:
        value = node.value
    return (type(value).__name__, value)


def entries(node: MappingNode) -> list[tuple[str, Node, Node]]:
    """(key text, key node, value node) of a mapping, first occurrence of each key only.

    Later duplicates are already reported by ``compose``; skipping them keeps one typo
    from causing a cascade of further messages.
    """
    if getattr(node, "repeats", True) is False:  # fastyaml's, known to repeat no key
        return [(key.value, key, value) for key, value in node.value]
    seen: set[Any] = set()
    out = []
    for key, value in node.value:
        identity = key_identity(key)
        if identity not in seen:
            seen.add(identity)
            out.append((key_text(key), key, value))
    return out


def describe(node: Node) -> str:
    """A node's type in words, for "must be X, not Y" messages."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    value = scalar_value(node)
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, _dt.datetime):
        return "a date and time"
    if isinstance(value, _dt.date):
        return "a date"
    return "a string"


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and scalar_value(node) is None


def value_column(doc: Document, node: ScalarNode, offset: int) -> tuple[int, int]:
    """Where character ``offset`` of a scalar's value sits in the file.

    Exact for single-line plain scalars and for quoted ones without escapes; otherwise
    the start of the node, which is still the right line.
    """
    line, column = position(node)
    start, end = node.start_mark, node.end_mark
    if start.line != end.line or not 0 <= offset <= len(node.value):
        return line, column
    raw = doc.text[start.index:end.index]
    if not node.style and raw == node.value:  # plain: None in pyyaml, "" in libyaml
        return line, column + offset
    if node.style in ("'", '"') and raw[1:-1] == node.value and "\\" not in raw:
        return line, column + 1 + offset
    return line, column

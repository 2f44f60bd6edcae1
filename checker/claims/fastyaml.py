"""A quick reader for the plain YAML claims files are written in, which declines the rest.

pyyaml, even with libyaml, takes well over a second to compose a ledger of 20,000 claims,
most of it in making Python objects for every event and mark. Claims files use a small,
regular part of YAML: block mappings and sequences, one-line scalars (plain, 'single' or
"double" quoted) and one-line flow collections (``about: [a, b]``, ``- {id: x, …}``),
with comments and blank lines. ``compose`` reads exactly that, line by line, and builds
the nodes libyaml's composer would: the same values, tags (pyyaml's own resolver), styles
and marks (made on demand from the line, column and index kept on each node).

It returns DECLINED, having built nothing that is kept, at the first thing outside that
subset or that it is not certain about: anchors, aliases, tags, block scalars (``|``,
``>``), a scalar or flow collection over several lines, complex keys, tabs, a ``:`` or
``#`` placed where YAML's reading is subtle, indentation that matches no open block,
directives, more than one document, characters YAML refuses, very long lines, too many
nodes. The caller then composes with pyyaml as before, so errors are worded and placed
by pyyaml alone. tests/test_fastyaml.py compares both readers on generated files.
"""
from __future__ import annotations

import re
from typing import Any, Optional

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from . import loader as _loader

DECLINED: Any = object()

_TAG = "tag:yaml.org,2002:"
_STR, _NULL, _SEQ, _MAP = _TAG + "str", _TAG + "null", _TAG + "seq", _TAG + "map"

#: The mark class and plain-scalar style of the composer this reader stands in for.
try:
    from yaml._yaml import Mark as _Mark
except ImportError:  # pragma: no cover - pyyaml without libyaml
    from yaml.error import Mark as _Mark
_PLAIN = "" if _loader._FAST is not None else None
_NAME = "<unicode string>"


class _Marks:
    """start_mark and end_mark made when asked for, from (line, column, index) tuples."""

    __slots__ = ()

    @property
    def start_mark(self):
        line, column, index = self._s
        return _Mark(_NAME, index, line, column, None, None)

    @property
    def end_mark(self):
        line, column, index = self._e
        return _Mark(_NAME, index, line, column, None, None)


# Slots, even for the attributes yaml's nodes keep in a dict: they are faster to set.
class FastScalar(_Marks, ScalarNode):
    __slots__ = ("tag", "value", "style", "_s", "_e")

    def __init__(self, tag, value, style, start, end):
        self.tag = tag
        self.value = value
        self.style = style
        self._s = start
        self._e = end


class FastSequence(_Marks, SequenceNode):
    __slots__ = ("tag", "value", "flow_style", "_s", "_e")

    def __init__(self, value, flow, start):
        self.tag = _SEQ
        self.value = value
        self.flow_style = flow
        self._s = start


class FastMapping(_Marks, MappingNode):
    """``repeats`` says whether a key comes twice (``loader.entries`` skips its check when not)."""

    __slots__ = ("tag", "value", "flow_style", "_s", "_e", "repeats")

    def __init__(self, value, flow, start):
        self.tag = _MAP
        self.value = value
        self.flow_style = flow
        self._s = start
        self.repeats = False


_ITEMS = FastMapping.__dict__["value"]   # the slot FlowLine's ``value`` fills when read


class FlowLine(FastMapping):
    """A one-line flow mapping of plain keys and values (``- {id: x, article: a, …}``,
    matched whole by ``_FLOW_MAP``), whose nodes are made when ``value`` is first read:
    most of a big ledger's claims are such lines, and the claims loader reads the
    common ones from ``pairs`` and ``scalar`` without making the rest. The keys are
    known at once to be plain strings that do not repeat (else the mapping is made
    whole as it is read). The nodes made are those ``_Reader.flow_map`` makes."""

    __slots__ = ("_line", "_regs", "_reader", "_names")

    def __init__(self, line: str, regs: tuple, reader: "_Reader", start: tuple, end: tuple,
                 names: list[str]):
        self.tag = _MAP
        self.flow_style = True
        self.repeats = False
        self._s, self._e = start, end
        self._line, self._regs, self._reader, self._names = line, regs, reader, names

    @property
    def value(self) -> list:
        if self._reader is not None:   # made once, as flow_map makes it
            reader, self._reader = self._reader, None
            _ITEMS.__set__(self, [])
            saved = reader.line, reader.base, reader.nodes
            reader.line, reader.base = self._s[0], self._s[2] - self._s[1]
            try:
                reader.flow_map(self._line, self, self._regs)
            finally:
                reader.line, reader.base, reader.nodes = saved
        return _ITEMS.__get__(self)

    @value.setter
    def value(self, items: list) -> None:
        self._reader = None
        _ITEMS.__set__(self, items)

    @property
    def unread(self) -> bool:
        """Whether no node of it is made yet (``pairs`` then reads it without any)."""
        return self._reader is not None

    def pairs(self) -> list[tuple[str, str, str]]:
        """(key, value, the value's tag) of each entry, as its nodes would hold them."""
        s, regs, reader = self._line, self._regs, self._reader
        tags, typed = reader.tags, reader.typed
        out = []
        for n, name in enumerate(self._names):
            v, ve = regs[2 * n + 2]
            raw = s[v:ve]
            # a value whose first character starts no implicit type is a string (the
            # resolver's own shortcut, ``loader._resolve``; plain values are never empty)
            out.append((name, raw, _STR if raw[0] not in typed else tags.get(raw) or reader.resolve(raw)))
        return out

    def scalar(self, n: int) -> FastScalar:
        """The node of entry ``n``'s value, as ``value`` would make it."""
        v, ve = self._regs[2 * n + 2]
        line, base = self._s[0], self._s[2] - self._s[1]
        raw = self._line[v:ve]
        return FastScalar(self._reader.tags.get(raw) or self._reader.resolve(raw), raw, _PLAIN,
                          (line, v, base + v), (line, ve, base + ve))


_Scalar, _Sequence, _Mapping = FastScalar, FastSequence, FastMapping


class _Decline(Exception):
    pass


#: Characters YAML refuses, plus those this reader leaves to pyyaml: tab, BOM, NEL and
#: the Unicode line and paragraph separators (line breaks in YAML 1.1).
_UNSURE_CHAR = re.compile("[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                          "\U00010000-\U0010ffff]")
#: A character that may start a plain scalar (in block and flow context alike).
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
#: Escapes of double-quoted scalars both pyyaml and libyaml read the same way.
_ESCAPES = {"0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "n": "\n", "v": "\x0b",
            "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
            "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX = {"x": 2, "u": 4, "U": 8}
_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(?:([xuU])([0-9A-Fa-f]*)|(.))")
#: A plain scalar inside a flow collection, as far as this reader takes one: up to a flow
#: indicator; ':', '?' and '#' inside are left to pyyaml.
_FLOW_PLAIN = re.compile(r"[^ ,\[\]{}:?#][^,\[\]{}:?#]*")
_FLOW_SCALAR = r"((?:[^ ,\[\]{}:?#'\"&*!|>%@`-]|-[^ ,\[\]{}:?#])[^,\[\]{}:?#]*)"
#: 'key: value' then ',' or '}' in a flow mapping, both plain; 'item' then ',' or ']'.
#: A whole one-line flow mapping of up to _PAIRS plain 'key: value' pairs, in one match.
_ENDS_PLAIN = (r"((?:[^ ,\[\]{}:?#'\"&*!|>%@`-]|-[^ ,\[\]{}:?#])"
               r"(?:[^,\[\]{}:?#]*[^ ,\[\]{}:?#])?) *")
_PAIRS = 12
_FLOW_MAP = re.compile(r"\{ *" + (r"%s: +%s(?:, *" % (_ENDS_PLAIN, _ENDS_PLAIN)) * _PAIRS
                       + r")?" * _PAIRS + r",? *\}")
#: The two commonest lines, read in one match each: '- {flow mapping}' in a block
#: sequence and 'key: value' in a block mapping, both plain and on one line.
_ITEM_MAP = re.compile(r"- +(" + _FLOW_MAP.pattern + r")(?: *| +#.*)$")
_BLOCK_CHAR = r"(?:[^:#]|:(?=[^ ])|(?<! )#)"
_BLOCK_START = r"(?:[^ \-?:,\[\]{}#&*!|>'\"%@`]|-(?=[^ ]))"
_KEY_VALUE = re.compile(r"(%s%s*?) *: +(%s%s*?)(?: +#.*| *)$"
                        % (_BLOCK_START, _BLOCK_CHAR, _BLOCK_START, _BLOCK_CHAR))
_FLOW_PAIR = re.compile(r" *%s: +%s([,}])" % (_FLOW_SCALAR, _FLOW_SCALAR))
_FLOW_ITEM = re.compile(r" *%s([,\]])" % _FLOW_SCALAR)
#: Keys longer than this are no 'simple keys' for YAML (1024 characters).
_MAX_KEY = 1000
_MAX_FLOW_DEPTH = 50


def _unescape(body: str) -> str:
    def one(m: re.Match) -> str:
        kind, digits, char = m.groups()
        if kind:
            if len(digits) < _HEX[kind]:
                raise _Decline
            code = int(digits[:_HEX[kind]], 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise _Decline
            return chr(code) + digits[_HEX[kind]:]
        try:
            return _ESCAPES[char]
        except KeyError:
            raise _Decline from None
    return _ESCAPE.sub(one, body)


class _Reader:
    """One file's reading: the resolver's answers are remembered per value, in this run only."""

    def __init__(self):
        self.tags: dict[str, str] = {}
        self.resolver = yaml.resolver.Resolver()
        #: The first characters of values the resolver may read as other than strings.
        self.typed = self.resolver.yaml_implicit_resolvers
        self.nodes = 0
        self.duplicates = False
        self.line = 0
        self.base = 0  # index of the current line's first character

    def resolve(self, value: str) -> str:
        tag = self.tags[value] = _loader._resolve(self.resolver, ScalarNode, value, (True, False))
        return tag

    def plain(self, value: str, column: int, end: int) -> _Scalar:
        tag = self.tags.get(value) or self.resolve(value)
        line, base = self.line, self.base
        return _Scalar(tag, value, _PLAIN, (line, column, base + column), (line, end, base + end))

    def quoted(self, s: str, p: int) -> tuple[_Scalar, int]:
        """The quoted scalar starting at s[p], and where it ends; on one line only."""
        if s[p] == "'":
            q = p + 1
            while True:
                q = s.find("'", q)
                if q < 0:
                    raise _Decline
                if s.startswith("''", q):
                    q += 2
                    continue
                break
            value, style, end = s[p + 1:q].replace("''", "'"), "'", q + 1
        else:
            m = _DOUBLE.match(s, p)
            if m is None:
                raise _Decline
            value, style, end = m.group(1), '"', m.end()
            if "\\" in value:
                value = _unescape(value)
        line, base = self.line, self.base
        return _Scalar(_STR, value, style, (line, p, base + p), (line, end, base + end)), end

    def key(self, s: str, p: int) -> Optional[tuple[_Scalar, int]]:
        """A block mapping key at s[p] and the column after its ':', or None when s[p:]
        holds no key (a value); declines keys YAML may read otherwise."""
        c = s[p]
        if c == "'" or c == '"':
            node, q = self.quoted(s, p)
            n = len(s)
            while q < n and s[q] == " ":
                q += 1
            if q < n and s[q] == ":" and (q + 1 == n or s[q + 1] == " "):
                if q - p > _MAX_KEY:
                    raise _Decline
                return node, q + 1
            return None
        colon = s.find(":", p)
        n = len(s)
        while colon >= 0 and colon + 1 < n and s[colon + 1] != " ":
            colon = s.find(":", colon + 1)
        if colon < 0:
            return None
        if c in _INDICATORS and not (c == "-" and p + 1 < n and s[p + 1] != " "):
            raise _Decline
        if s.find(" #", p, colon) >= 0 or colon - p > _MAX_KEY:
            raise _Decline
        raw = s[p:colon].rstrip(" ")
        return self.plain(raw, p, p + len(raw)), colon + 1

    def value(self, s: str, p: int) -> ScalarNode | SequenceNode | MappingNode:
        """The one-line value starting at s[p] (not blank, not a comment), whose line must
        then end or hold only a comment."""
        c = s[p]
        if c == "[" or c == "{":
            node, q = self.flow(s, p, 0)
        elif c == "'" or c == '"':
            node, q = self.quoted(s, p)
        else:
            n = len(s)
            if c in _INDICATORS and not (c == "-" and p + 1 < n and s[p + 1] != " "):
                raise _Decline
            end = s.find(" #", p)
            raw = s[p:end if end >= 0 else n].rstrip(" ")
            if ": " in raw or raw[-1] == ":":
                raise _Decline
            self.nodes += 1
            return self.plain(raw, p, p + len(raw))
        self.nodes += 1
        self.tail(s, q)
        return node

    @staticmethod
    def tail(s: str, q: int) -> None:
        n = len(s)
        while q < n and s[q] == " ":
            q += 1
        if q < n and not (s[q] == "#" and s[q - 1] == " "):
            raise _Decline

    def flow(self, s: str, p: int, depth: int):
        """The flow collection opening at s[p] and closing on the same line."""
        if depth > _MAX_FLOW_DEPTH:
            raise _Decline
        mapping = s[p] == "{"
        close = "}" if mapping else "]"
        line, base = self.line, self.base
        items: list = []
        keys: dict = {}
        node = (_Mapping if mapping else _Sequence)(items, True, (line, p, base + p))
        if mapping:
            m = _FLOW_MAP.match(s, p)
            if m is not None:
                return self.flow_map(s, node, m.regs), m.end()
        n = len(s)
        q = p + 1
        pair = _FLOW_PAIR.match if mapping else _FLOW_ITEM.match
        tags = self.tags
        while True:
            m = pair(s, q)
            if m is not None:  # the common case, 'key: plain value,' or 'plain item,'
                if mapping:
                    _, (k, e), (v, ve), (q, _) = m.regs
                    if v - k > _MAX_KEY:
                        raise _Decline
                    raw = s[k:e].rstrip(" ")
                    e = k + len(raw)
                    key = _Scalar(tags.get(raw) or self.resolve(raw), raw, _PLAIN,
                                  (line, k, base + k), (line, e, base + e))
                    if _same_key(key, keys):
                        self.duplicates = node.repeats = True
                else:
                    _, (v, ve), (q, _) = m.regs
                raw = s[v:ve].rstrip(" ")
                e = v + len(raw)
                value = _Scalar(tags.get(raw) or self.resolve(raw), raw, _PLAIN,
                                (line, v, base + v), (line, e, base + e))
                items.append((key, value) if mapping else value)
                self.nodes += 2
                q += 1
                if s[q - 1] == close:
                    node._e = (line, q, base + q)
                    return node, q
                continue
            while q < n and s[q] == " ":
                q += 1
            if q >= n:
                raise _Decline
            if s[q] == close:
                q += 1
                node._e = (line, q, base + q)
                return node, q
            if mapping:
                k = q
                key, q = self.flow_item(s, q, depth, True)
                if _same_key(key, keys):
                    self.duplicates = node.repeats = True
                while q < n and s[q] == " ":
                    q += 1
                if q - k > _MAX_KEY:
                    raise _Decline
                if not (q + 1 < n and s[q] == ":" and s[q + 1] == " "):
                    raise _Decline
                q += 2
                while q < n and s[q] == " ":
                    q += 1
                value, q = self.flow_item(s, q, depth, False)
                items.append((key, value))
            else:
                value, q = self.flow_item(s, q, depth, False)
                items.append(value)
            while q < n and s[q] == " ":
                q += 1
            if q < n and s[q] == ",":
                q += 1
            elif not (q < n and s[q] == close):
                raise _Decline

    def flow_map(self, s: str, node: FastMapping, regs: tuple) -> FastMapping:
        """The nodes of a flow mapping _FLOW_MAP matched (``regs``: its groups' spans)."""
        line, base, tags = self.line, self.base, self.tags
        items = node.value
        names = []
        for i in range(1, len(regs), 2):
            k, e = regs[i]
            if k < 0:
                break
            v, ve = regs[i + 1]
            if v - k > _MAX_KEY:
                raise _Decline
            raw = s[k:e]
            names.append(raw)
            key = FastScalar(tags.get(raw) or self.resolve(raw), raw, _PLAIN,
                             (line, k, base + k), (line, e, base + e))
            raw = s[v:ve]
            items.append((key, FastScalar(tags.get(raw) or self.resolve(raw), raw, _PLAIN,
                                          (line, v, base + v), (line, ve, base + ve))))
        self.nodes += 2 * len(names)
        end = regs[0][1]
        node._e = (line, end, base + end)
        if len(set(names)) < len(names) or any(key.tag != _STR for key, _ in items):
            keys: dict = {}
            for key, _ in items:
                if _same_key(key, keys):
                    self.duplicates = node.repeats = True
        return node

    def flow_line(self, s: str, regs: tuple, start: tuple) -> FastMapping:
        """The flow mapping _FLOW_MAP matched (``regs``: its groups' spans) that makes a
        line of its own: a FlowLine where its keys are plain strings that do not repeat,
        else made at once (``flow_map``)."""
        tags, names = self.tags, []
        for i in range(1, len(regs), 2):
            k, e = regs[i]
            if k < 0:
                break
            if regs[i + 1][0] - k > _MAX_KEY:
                raise _Decline
            raw = s[k:e]
            if raw in names or (tags.get(raw) or self.resolve(raw)) != _STR:
                return self.flow_map(s, FastMapping([], True, start), regs)
            names.append(raw)
        self.nodes += 2 * len(names)
        end = regs[0][1]
        return FlowLine(s, regs, self, start, (start[0], end, start[2] - start[1] + end), names)

    def flow_item(self, s: str, q: int, depth: int, is_key: bool):
        self.nodes += 1
        n = len(s)
        if q >= n:
            raise _Decline
        c = s[q]
        if c == "'" or c == '"':
            return self.quoted(s, q)
        if c == "[" or c == "{":
            if is_key:
                raise _Decline
            return self.flow(s, q, depth + 1)
        if c in _INDICATORS and not (c == "-" and q + 1 < n and s[q + 1] not in " ,[]{}"):
            raise _Decline
        m = _FLOW_PLAIN.match(s, q)
        if m is None:
            raise _Decline
        raw = m.group().rstrip(" ")
        end = q + len(raw)
        return self.plain(raw, q, end), end


def compose(text: str) -> Any:
    """The root node of ``text`` and whether any mapping repeats a key, or DECLINED."""
    if _UNSURE_CHAR.search(text):
        return DECLINED
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return DECLINED
    try:
        return _compose(text)
    except (_Decline, IndexError):
        return DECLINED


def _same_key(node: _Scalar, keys: dict) -> bool:
    """Whether ``node`` repeats a key of its mapping (recording it when not)."""
    identity = ("str", node.value) if node.tag == _STR else _loader.key_identity(node)
    if identity in keys:
        return True
    keys[identity] = node
    return False


def _compose(text: str):
    reader = _Reader()
    tags = reader.tags
    limit = _loader.MAX_NODES
    max_line = _loader.MAX_SCALAR
    # The open block collections, innermost last: [node, column, is_mapping, indentless, keys]
    stack: list[list] = []
    pending = None      # the mark after a 'key:' or '-' whose value is still to come
    pending_key = None  # that key (None after '-')
    base = 0
    started = False
    for line_no, raw in enumerate(text.split("\n")):
        s = raw.removesuffix("\r")
        reader.line, reader.base = line_no, base
        base += len(raw) + 1
        n = len(s)
        ind = n - len(s.lstrip(" "))
        if ind == n or s[ind] == "#":
            continue
        if n > max_line or reader.nodes > limit:
            raise _Decline
        if ind == 0 and s.startswith(("---", "...")):
            rest = s[3:].strip(" ")
            if started or s[:3] != "---" or not (n == 3 or s[3] == " ") \
                    or rest and rest[0] != "#":
                raise _Decline
            started = True
            continue
        started = True
        if pending is None and stack and stack[-1][1] == ind:  # the two commonest lines
            top = stack[-1]
            if top[2]:
                m = _KEY_VALUE.match(s, ind)
                if m is not None:
                    _, (k, e), (v, ve) = m.regs
                    if v - k > _MAX_KEY:
                        raise _Decline
                    lb = reader.base
                    raw = s[k:e]
                    key = FastScalar(tags.get(raw) or reader.resolve(raw), raw, _PLAIN,
                                     (line_no, k, lb + k), (line_no, e, lb + e))
                    if _same_key(key, top[4]):
                        reader.duplicates = top[0].repeats = True
                    raw = s[v:ve]
                    top[0].value.append((key, FastScalar(
                        tags.get(raw) or reader.resolve(raw), raw, _PLAIN,
                        (line_no, v, lb + v), (line_no, ve, lb + ve))))
                    reader.nodes += 2
                    continue
            else:
                m = _ITEM_MAP.match(s, ind)
                if m is not None:
                    k = m.start(1)
                    top[0].value.append(reader.flow_line(s, m.regs[1:], (line_no, k, reader.base + k)))
                    reader.nodes += 1
                    continue
        here = (line_no, ind, reader.base + ind)
        dash = s[ind] == "-" and (ind + 1 == n or s[ind + 1] == " ")
        if pending is not None:
            top = stack[-1]
            if ind > top[1] or (ind == top[1] and dash and top[2]):
                # the value of 'key:' or '-' is a block collection starting here
                if dash:
                    child = _Sequence([], False, here)
                    entry = [child, ind, False, ind == top[1], None]
                else:
                    child = _Mapping([], False, here)
                    entry = [child, ind, True, False, {}]
                _attach(top, pending_key, child)
                stack.append(entry)
            else:
                _attach(top, pending_key, _Scalar(_NULL, "", _PLAIN, pending, pending))
            reader.nodes += 1
            pending = pending_key = None
        elif not stack:
            if reader.nodes:
                raise _Decline  # a second root: bad indentation
            if dash:
                stack.append([_Sequence([], False, here), ind, False, False, None])
            else:
                stack.append([_Mapping([], False, here), ind, True, False, {}])
            reader.nodes += 1
        while stack and (ind < stack[-1][1] or ind == stack[-1][1] and stack[-1][3] and not dash):
            stack.pop()[0]._e = here
        if not stack or ind != stack[-1][1]:
            raise _Decline
        top = stack[-1]
        # the entry at column ind: '- …' in a sequence, 'key: …' in a mapping
        p = ind
        found = None
        while True:
            if top[2]:
                if found is None:
                    found = reader.key(s, p)
                    if found is None:
                        raise _Decline
                key, q = found
                reader.nodes += 1
                if _same_key(key, top[4]):
                    reader.duplicates = top[0].repeats = True
                after = q
                while q < n and s[q] == " ":
                    q += 1
                if q == n or s[q] == "#":
                    pending, pending_key = (line_no, after, reader.base + after), key
                else:
                    top[0].value.append((key, reader.value(s, q)))
                break
            if not (s[p] == "-" and (p + 1 == n or s[p + 1] == " ")):
                raise _Decline
            q = p + 1
            while q < n and s[q] == " ":
                q += 1
            if q == n or s[q] == "#":
                pending, pending_key = (line_no, p + 1, reader.base + p + 1), None
                break
            at = (line_no, q, reader.base + q)
            if s[q] == "-" and (q + 1 == n or s[q + 1] == " "):
                child = _Sequence([], False, at)
                top[0].value.append(child)
                top = [child, q, False, False, None]
            else:
                # a flow collection here is the item ('[a]: b', a complex key, declines)
                found = None if s[q] in "[{" else reader.key(s, q)
                if found is None:
                    top[0].value.append(reader.value(s, q))
                    break
                child = _Mapping([], False, at)
                top[0].value.append(child)
                top = [child, q, True, False, {}]
            stack.append(top)
            reader.nodes += 1
            p = q
    if reader.nodes > limit:
        raise _Decline
    if pending is not None:
        _attach(stack[-1], pending_key, _Scalar(_NULL, "", _PLAIN, pending, pending))
    if not stack:
        if started:
            raise _Decline  # '---' alone: an empty document, whose root is a null scalar
        return None, False
    # The stream ends where its last line does; collections deeper than that column close
    # there, the others on a line of their own after it (as libyaml places them).
    last = text.count("\n")
    column = len(text) - (text.rfind("\n") + 1)
    end = (last, column, len(text))
    while stack[-1][1] > column:
        stack.pop()[0]._e = end
    if column:
        end = (last + 1, 0, len(text))
    for entry in stack:
        entry[0]._e = end
    return stack[0][0], reader.duplicates


def _attach(top: list, key, child) -> None:
    if top[2]:
        top[0].value.append((key, child))
    else:
        top[0].value.append(child)

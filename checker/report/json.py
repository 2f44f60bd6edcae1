"""The JSON report: exactly the ``factlock.report/1`` object of the interface contract.

Its text is ``json.dumps(report.to_dict(), ensure_ascii=False, indent=1)``, character
for character. The standard library encodes in C only without ``indent``; with it a
report of 20,000 results took a third of a second, so this module writes the same text
itself: each result from one template, the rest with a small writer for the JSON types
a report holds. Anything unusual is left to the standard library.
"""
from __future__ import annotations

import json as _json
from json.encoder import encode_basestring as _quote

from ..model import Report, Result


def render(report: Report, **_options) -> str:
    """One JSON object and a newline; key order is the contract's, never sorted."""
    try:
        out: list[str] = []
        _write(report.document(_Raw(_results(report.results))), "\n", out)
        return "".join(out) + "\n"
    except _Unusual:
        return _json.dumps(report.to_dict(), ensure_ascii=False, indent=1) + "\n"


def dumps(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, for the types a report holds."""
    out: list[str] = []
    try:
        _write(value, "\n", out)
    except _Unusual:
        return _json.dumps(value, ensure_ascii=False, indent=1)
    return "".join(out)


class _Unusual(Exception):
    """A value this writer does not encode itself (the standard library decides)."""


class _Raw(str):
    """Text already encoded at its place in the document."""


_RECORD = ('{\n   "id": %s,\n   "article": %s,\n   "version": %s,\n   "path": %s,\n'
           '   "kind": %s,\n   "status": %s,\n   "expected": %s,\n   "found": %s,\n'
           '   "span": %s,\n   "line": %s,\n   "column": %s,\n   "evidence": %s,\n'
           '   "message": %s%s\n  }')
_SPAN = '{\n    "start": %d,\n    "end": %d\n   }'
_WARNING = ',\n   "warning": true'


def _results(results: list[Result]) -> str:
    """The ``results`` array, as it stands one level into the document."""
    if not results:
        return "[]"
    records = []
    for r in results:
        try:
            records.append(_record(r))
        except (_Unusual, TypeError, AttributeError):   # a value of another type: the slow way
            out: list[str] = []
            _write(r.to_dict(), "\n  ", out)
            records.append("".join(out))
    return "[\n  " + ",\n  ".join(records) + "\n ]"


def _record(r: Result) -> str:
    """``Result.to_dict()`` encoded, for the types the engine gives each field."""
    span, line, column = r.span, r.line, r.column
    if span is None:
        span_text = "null"
    elif type(span.start) is int and type(span.end) is int:
        span_text = _SPAN % (span.start, span.end)
    else:
        raise _Unusual
    if not (line is None or type(line) is int) or not (column is None or type(column) is int):
        raise _Unusual
    if type(r.warning) is not bool or r.others:    # others (an ambiguous claim's): the slow way
        raise _Unusual
    return _RECORD % (
        _quote(r.id), _quote(r.article), _quote(r.version), _quote(r.path), _quote(r.kind),
        _quote(r.status.value), _quote(r.expected),
        "null" if r.found is None else _quote(r.found), span_text,
        "null" if line is None else line, "null" if column is None else column,
        "null" if r.evidence is None else _quote(r.evidence), _quote(r.message),
        _WARNING if r.warning else "")


def _scalar(value) -> str:
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if kind is _Raw:
        return value
    raise _Unusual


def _write(value, newline: str, out: list[str]) -> None:
    """Append ``value`` encoded; ``newline`` is a line break plus the current indent."""
    kind = type(value)
    if kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + " "
        sep = "{"
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            out.append(sep + inner + _quote(key) + ": ")
            sep = ","
            if type(item) is dict or type(item) is list:
                _write(item, inner, out)
            else:
                out.append(_scalar(item))
        out.append(newline + "}")
    elif kind is list:
        if not value:
            out.append("[]")
            return
        inner = newline + " "
        sep = "["
        for item in value:
            out.append(sep + inner)
            sep = ","
            if type(item) is dict or type(item) is list:
                _write(item, inner, out)
            else:
                out.append(_scalar(item))
        out.append(newline + "]")
    else:
        out.append(_scalar(value))

"""JUnit XML, as CI systems (GitLab, Jenkins, Azure, CircleCI) ingest test results.

One ``<testsuite>`` per claims file and article version (named ``claims.yaml::unga-2024``),
one ``<testcase>`` per claim (``classname`` the article version, ``name`` the claim id,
``file`` and ``line`` the claim's place in the claims file). A claim that does not hold
has a ``<failure>`` (an ``<error>`` for the outcome ``error``) whose ``type`` is the
outcome, whose ``message`` is one line, and whose text is the block ``factlock check``
prints. Characters XML 1.0 cannot carry are replaced by U+FFFD.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import Outcome, Report, Result
from . import text as _text

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


def block(result: Result) -> str:
    """The text report's block for one result (no summary line)."""
    out = _text.render(Report([result]), verbose=True).rstrip("\n")
    return out.rpartition("\n")[0].rstrip("\n") or out


def one_line(result: Result) -> str:
    line = f"{result.status.value}: expected {result.expected}"
    if result.found is not None:
        line += f", found {result.found}"
    if result.message:
        line += f" ({' '.join(result.message.split())})"
    return line


def _suite_name(result: Result) -> str:
    claims = result.claim_pos.path if result.claim_pos is not None else ""
    return f"{claims}::{result.version}" if claims else result.version


def _counts(results: list[Result]) -> dict[str, str]:
    errors = sum(1 for r in results if r.status is Outcome.ERROR)
    failures = sum(1 for r in results if not r.ok) - errors
    return {"tests": str(len(results)), "failures": str(failures), "errors": str(errors),
            "skipped": "0"}


def _testcase(parent: ET.Element, result: Result) -> None:
    attrs = {"classname": _xml_text(result.version), "name": _xml_text(result.id)}
    if result.claim_pos is not None:
        attrs.update(file=_xml_text(result.claim_pos.path), line=str(result.claim_pos.line))
    case = ET.SubElement(parent, "testcase", attrs)
    if not result.ok:
        tag = "error" if result.status is Outcome.ERROR else "failure"
        failure = ET.SubElement(case, tag, {"type": result.status.value,
                                            "message": _xml_text(one_line(result))})
        failure.text = _xml_text(block(result))


def render(report: Report, *, color: bool = False, verbose: bool = False, **_options) -> str:
    """The whole report as one ``<testsuites>`` document (UTF-8, indented)."""
    suites: dict[str, list[Result]] = {}
    for result in report.results:
        suites.setdefault(_suite_name(result), []).append(result)
    root = ET.Element("testsuites", {"name": "factlock", **_counts(report.results)})
    for name, results in suites.items():
        suite = ET.SubElement(root, "testsuite", {"name": _xml_text(name), **_counts(results)})
        for result in results:
            _testcase(suite, result)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


__all__ = ["render", "block", "one_line"]

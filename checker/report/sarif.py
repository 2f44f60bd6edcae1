"""SARIF 2.1.0, for code scanning (GitHub's upload-sarif, Azure DevOps, IDE viewers).

One run whose driver is ``factlock`` with one rule per failing outcome (mismatch, missing,
ambiguous, drift, error). Each failing claim is a result at the figure's region in the
article (start and end line/column, columns in Unicode code points, the end exclusive as
SARIF wants), or, when no figure was found, at the claim in the claims file. The claim
id is the partial fingerprint ``factlockClaim/v1``, so an alert stays the same alert when
lines move. SARIF is a list of findings: claims that hold are not in it; a drift the
claims file only warns about is a result of level ``warning``.

The end of a region needs the article text (a figure may run over a line break); the
renderer reads it through ``read`` (by default the file at the result's path, which is
relative to the run folder) and falls back to the figure's length on its first line.
"""
from __future__ import annotations

import json
from typing import Callable, Optional
from urllib.parse import quote

from ..model import Outcome, Report, Result

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "factlockClaim/v1"

#: One rule per failing outcome: id, short description, full description.
RULES: tuple[tuple[str, str, str], ...] = (
    (Outcome.MISMATCH.value, "The text states a different figure",
     "The sentence the claim's words locate states a figure of the claim's kind that "
     "differs from the claimed one in value, unit, qualifier or direction."),
    (Outcome.MISSING.value, "The claimed figure is not in the text",
     "No sentence matches the claim's words, or the sentences that do state no figure of "
     "the claim's kind (for text claims: the words do not appear)."),
    (Outcome.AMBIGUOUS.value, "The claim's words locate several different figures",
     "The claim's words match several places that state different figures, and none of "
     "them agrees with the claim."),
    (Outcome.DRIFT.value, "A figure changed between versions of the article",
     "A figure changed between versions of an article and the claims file does not "
     "acknowledge the change."),
    (Outcome.ERROR.value, "The claim cannot be checked",
     "The claim itself is invalid, or its article cannot be read."),
)
_RULE_INDEX = {rule[0]: i for i, rule in enumerate(RULES)}

Reader = Callable[[str], Optional[str]]


def read_article(path: str) -> Optional[str]:
    """An article's text as the engine decodes it (UTF-8, BOM removed, line ends kept)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            return stream.read()
    except (OSError, UnicodeDecodeError):
        return None


def tool_version() -> str:
    try:
        from importlib.metadata import PackageNotFoundError, version
        return version("factlock")
    except PackageNotFoundError:
        return "0+unknown"


def uri(path: str) -> str:
    """A path as a SARIF artifact URI: relative paths stay relative, characters encoded."""
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _end(result: Result, text: Optional[str]) -> tuple[int, int]:
    """Line and column just past the figure (1-based, exclusive end)."""
    assert result.span is not None and result.line is not None and result.column is not None
    start, end = result.span.start, result.span.end
    if text is not None and end <= len(text):
        breaks = text.count("\n", start, end)
        if breaks:
            return result.line + breaks, end - text.rfind("\n", 0, end)
        return result.line, result.column + (end - start)
    return result.line, result.column + (end - start)


def _physical(path: str, region: dict) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": uri(path), "uriBaseId": "%SRCROOT%"},
                                 "region": region}}


def _figure_location(result: Result, texts: dict[str, Optional[str]], read: Reader) -> dict:
    if result.path not in texts:
        texts[result.path] = read(result.path)
    end_line, end_column = _end(result, texts[result.path])
    region = {"startLine": result.line, "startColumn": result.column,
              "endLine": end_line, "endColumn": end_column}
    if result.found is not None:
        region["snippet"] = {"text": result.found}
    return _physical(result.path, region)


def _claim_location(result: Result) -> Optional[dict]:
    pos = result.claim_pos
    if pos is None or not pos.line:
        return None
    location = _physical(pos.path, {"startLine": pos.line, "startColumn": max(1, pos.column)})
    location["message"] = {"text": f"claim {result.id}"}
    return location


def message(result: Result) -> str:
    text = f"{result.status.value} ({result.kind}) {result.id}: expected {result.expected}"
    if result.found is not None:
        text += f", found {result.found}"
    text += "."
    if result.evidence:
        text += f" Sentence: {' '.join(result.evidence.split())}"
    if result.message:
        text += f"\n{result.message}"
    return text


def result_object(result: Result, texts: dict[str, Optional[str]], read: Reader) -> dict:
    rule = result.status.value
    level = "warning" if getattr(result, "warning", False) else "error"
    out: dict = {"ruleId": rule, "ruleIndex": _RULE_INDEX[rule], "level": level}
    out["message"] = {"text": message(result)}
    claim = _claim_location(result)
    locations = []
    related = []
    if result.line is not None and result.span is not None:
        locations.append(_figure_location(result, texts, read))
        if claim is not None:
            related.append(claim)
        for other in result.others:
            if other.line is not None and other.span is not None:
                loc = _figure_location(other, texts, read)
                loc["message"] = {"text": f"also matches here: {other.found}"}
                related.append(loc)
    elif claim is not None:
        locations.append({"physicalLocation": claim["physicalLocation"]})
    elif result.path:
        locations.append({"physicalLocation": {"artifactLocation": {
            "uri": uri(result.path), "uriBaseId": "%SRCROOT%"}}})
    if locations:
        out["locations"] = locations
    if related:
        for i, loc in enumerate(related, 1):
            loc["id"] = i
        out["relatedLocations"] = related
    fingerprint = result.id if result.version == result.article else f"{result.id}@{result.version}"
    out["partialFingerprints"] = {FINGERPRINT: fingerprint}
    out["properties"] = {"article": result.article, "version": result.version,
                         "expected": result.expected, "found": result.found}
    return out


def log(report: Report, *, read: Reader = read_article) -> dict:
    """The SARIF log as a dict."""
    rules = [{"id": rid, "name": rid.capitalize(),
              "shortDescription": {"text": short}, "fullDescription": {"text": full},
              "defaultConfiguration": {"level": "error"}}
             for rid, short, full in RULES]
    texts: dict[str, Optional[str]] = {}
    results = [result_object(r, texts, read) for r in report.results
               if not r.ok or getattr(r, "warning", False)]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factlock", "version": tool_version(), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report: Report, *, color: bool = False, verbose: bool = False,
           read: Reader = read_article, **_options) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(log(report, read=read), ensure_ascii=False, indent=2) + "\n"


__all__ = ["render", "log", "RULES", "FINGERPRINT", "read_article", "uri"]

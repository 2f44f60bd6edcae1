"""The corpus beside each kind's rules, run by one generic test.

Every ``corpus.yaml`` beside a kind's ``rules.py`` (``checker/extraction/<kind>/``) holds a reference date, positive examples
(a sentence and the mentions of that kind expected in it, in order) and negative
examples (sentences where no mention of that kind may be found). Each example becomes
one test, with an id such as ``money:12:nearly 88 billion USD``. An entry marked
``xfail: "<why>"`` is a reading the extractor lacks today; it runs as a strict xfail, so
the day a rule learns it the test says so and the mark must go.

Corpus format (see any corpus.yaml)::

    reference: 2024-09-20          # resolves "this year", "October 25", ...
    kinds: [date, dates]           # optional; default: the folder's name
    positives:
      - text: "..."
        expect:                    # mentions of these kinds, in order (others ignored)
          - {text: "nearly 88 billion USD", value: 88e9, unit: USD, qualifier: below}
        xfail: "why"               # optional
        country: NZ                # optional, as an article's keys in a claims file:
        dollar: NZD                #   country, dollar, numeric_dates (the same sentence may
        numeric_dates: day-first   #   stand again with other options)
    negatives:
      - "the COVID-19 pandemic"
      - {text: "...", xfail: "why"}

``value``: a number, an ISO date, or ``[low, high]`` for a range; ``qualifier`` defaults
to ``exact``, ``direction`` to null; ``unit``, ``kind`` and ``inclusive`` (a range's
``[low end included, high end included]``) are checked when given (``kind`` is needed only
when the corpus lists several kinds).
"""
from __future__ import annotations

import datetime as dt
import importlib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import pytest
import yaml

from checker import extract

# The folder that holds the rule packages (one folder per kind): the package of the engine
# that ``checker.extract`` runs. (Found through ``extract.__module__`` it was checker/ once
# the API wrapped the engine, and the corpora silently ran no example at all.)
EXTRACT_DIR = Path(importlib.import_module("checker.extraction").__file__).resolve().parent
CORPUS_FILES = sorted(EXTRACT_DIR.glob("*/corpus.yaml"))
assert len(CORPUS_FILES) >= 6, f"no rule corpora found under {EXTRACT_DIR}"

_TOP_KEYS = {"reference", "kinds", "positives", "negatives"}
#: An article's reading options (docs/claims.md), handed to ``extract`` as keywords.
_OPTION_KEYS = {"country", "dollar", "numeric_dates"}
_POSITIVE_KEYS = {"text", "expect", "xfail", "note"} | _OPTION_KEYS
_NEGATIVE_KEYS = {"text", "xfail", "note"} | _OPTION_KEYS
_EXPECT_KEYS = {"text", "value", "unit", "qualifier", "direction", "kind", "inclusive"}
_QUALIFIERS = {"exact", "approx", "below", "above", "at_least", "at_most", "between"}
_DATE_KINDS = {"date", "dates"}


class CorpusError(Exception):
    """A corpus file that does not follow the format (a test-data bug, not an extractor bug)."""


@dataclass
class Example:
    corpus: str                    # the folder name: "money"
    path: Path
    line: int                      # 1-based line of the entry in the YAML file
    reference: Optional[dt.date]
    kinds: tuple[str, ...]
    text: str
    expect: Optional[list[dict]]   # None for a negative example
    xfail: Optional[str] = None
    index: int = 0
    label: str = field(default="")
    options: dict = field(default_factory=dict)

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(EXTRACT_DIR.parent.parent)}:{self.line}"


def _fail(path: Path, node: Any, message: str) -> CorpusError:
    line = node.start_mark.line + 1 if node is not None and hasattr(node, "start_mark") else 0
    return CorpusError(f"{path}:{line}: {message}")


def _keys(path: Path, node: yaml.Node, data: dict, allowed: set, what: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        raise _fail(path, node, f"unknown key(s) {sorted(unknown)} in {what}; allowed: {sorted(allowed)}")


def _short(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def load_corpus(path: Path) -> list[Example]:
    """Every example of one corpus file, with the YAML line it comes from."""
    raw = path.read_text(encoding="utf-8")
    root = yaml.compose(raw, Loader=yaml.SafeLoader)
    data = yaml.safe_load(raw)
    if not isinstance(data, dict):
        raise _fail(path, root, "a corpus is a mapping with reference, positives, negatives")
    _keys(path, root, data, _TOP_KEYS, "the corpus")
    nodes = {k.value: v for k, v in root.value}
    name = path.parent.name
    reference = data.get("reference")
    if reference is not None and not isinstance(reference, dt.date):
        raise _fail(path, nodes.get("reference"), "reference must be a date (YYYY-MM-DD)")
    kinds = tuple(data.get("kinds") or (name,))
    examples: list[Example] = []

    for i, (item, node) in enumerate(zip(data.get("positives") or [], getattr(nodes.get("positives"), "value", []))):
        if not isinstance(item, dict) or "text" not in item or "expect" not in item:
            raise _fail(path, node, "a positive example has text and expect")
        _keys(path, node, item, _POSITIVE_KEYS, "a positive example")
        expect = item["expect"]
        if not isinstance(expect, list) or not expect:
            raise _fail(path, node, "expect is a non-empty list of mentions")
        for e in expect:
            if not isinstance(e, dict) or "value" not in e or "text" not in e:
                raise _fail(path, node, "each expected mention has at least text and value")
            _keys(path, node, e, _EXPECT_KEYS, "an expected mention")
            if e.get("qualifier", "exact") not in _QUALIFIERS:
                raise _fail(path, node, f"qualifier {e['qualifier']!r} is not one of {sorted(_QUALIFIERS)}")
            if e.get("direction") not in (None, "up", "down"):
                raise _fail(path, node, f"direction {e['direction']!r} is not up, down or null")
            if "kind" not in e and len(kinds) > 1:
                raise _fail(path, node, f"this corpus covers {list(kinds)}: say which kind")
            if e.get("kind", kinds[0]) not in kinds:
                raise _fail(path, node, f"kind {e['kind']!r} is not one of this corpus's kinds {list(kinds)}")
        examples.append(Example(name, path, node.start_mark.line + 1, reference, kinds, str(item["text"]),
                                expect, item.get("xfail"), i, _short(str(expect[0]["text"])),
                                {k: item[k] for k in _OPTION_KEYS & set(item)}))

    for i, (item, node) in enumerate(zip(data.get("negatives") or [], getattr(nodes.get("negatives"), "value", []))):
        options = {}
        if isinstance(item, dict):
            _keys(path, node, item, _NEGATIVE_KEYS, "a negative example")
            text, why = item.get("text"), item.get("xfail")
            options = {k: item[k] for k in _OPTION_KEYS & set(item)}
        else:
            text, why = item, None
        if not isinstance(text, str) or not text:
            raise _fail(path, node, "a negative example is a sentence (or a mapping with text)")
        examples.append(Example(name, path, node.start_mark.line + 1, reference, kinds, text,
                                None, why, i, "not " + _short(text, 40), options))
    return examples


def _all_examples() -> list:
    params = []
    for path in CORPUS_FILES:
        for ex in load_corpus(path):
            kind = "neg" if ex.expect is None else ""
            shown = "".join(f"[{k}={v}]" for k, v in sorted(ex.options.items()))
            test_id = f"{ex.corpus}:{kind}{ex.index}:{shown}{ex.label}"
            marks = [pytest.mark.xfail(strict=True, reason=ex.xfail)] if ex.xfail else []
            params.append(pytest.param(ex, id=test_id, marks=marks))
    return params


# ---------------------------------------------------------------------------------------
# comparing one mention with its expectation


def _as_date(v: Any) -> Any:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        return dt.date.fromisoformat(v)
    return v


def _expected_value(kind: str, v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return tuple(_expected_value(kind, x) for x in v)
    if kind in _DATE_KINDS:
        return _as_date(v)
    if isinstance(v, str):          # YAML 1.1 reads "88e9" as a string
        return float(v)
    return v


def _same_value(expected: Any, found: Any) -> bool:
    if isinstance(expected, tuple) or isinstance(found, tuple):
        return (isinstance(expected, tuple) and isinstance(found, tuple) and len(expected) == len(found)
                and all(_same_value(a, b) for a, b in zip(expected, found)))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return (isinstance(found, (int, float)) and not isinstance(found, bool)
                and math.isclose(float(expected), float(found), rel_tol=1e-9, abs_tol=1e-12))
    return expected == found


def _describe(m) -> str:
    return (f"{m.kind} {m.value!r} unit={m.unit!r} qualifier={m.qualifier} "
            f"direction={m.direction} text={m.text!r} [{m.start}:{m.end}]")


def _differences(e: dict, m, default_kind: str) -> list[str]:
    out = []
    kind = e.get("kind", default_kind)
    if m.kind != kind:
        out.append(f"kind {m.kind!r} != {kind!r}")
    value = _expected_value(kind, e["value"])
    if not _same_value(value, m.value):
        out.append(f"value {m.value!r} != {value!r}")
    if "unit" in e and m.unit != e["unit"]:
        out.append(f"unit {m.unit!r} != {e['unit']!r}")
    if m.qualifier != e.get("qualifier", "exact"):
        out.append(f"qualifier {m.qualifier!r} != {e.get('qualifier', 'exact')!r}")
    if "inclusive" in e and m.inclusive != tuple(e["inclusive"]):
        out.append(f"inclusive {m.inclusive!r} != {tuple(e['inclusive'])!r}")
    if m.direction != e.get("direction"):
        out.append(f"direction {m.direction!r} != {e.get('direction')!r}")
    if m.text != str(e["text"]):
        out.append(f"text {m.text!r} != {str(e['text'])!r}")
    return out


@pytest.mark.parametrize("example", _all_examples())
def test_corpus(example: Example) -> None:
    text = example.text
    mentions = extract(text, published=example.reference, **example.options)
    for m in mentions:
        assert m.text == text[m.start:m.end], f"{example.where}: offsets do not slice out the text: {_describe(m)}"
    found = [m for m in mentions if m.kind in example.kinds]
    listing = "\n".join("  " + _describe(m) for m in found) or "  (none)"
    if example.expect is None:
        assert not found, f"{example.where}: expected no {'/'.join(example.kinds)} in {text!r}, found:\n{listing}"
        return
    assert len(found) == len(example.expect), (
        f"{example.where}: expected {len(example.expect)} mention(s) in {text!r}, found {len(found)}:\n{listing}")
    problems = []
    for i, (e, m) in enumerate(zip(example.expect, found)):
        diff = _differences(e, m, example.kinds[0])
        if diff:
            problems.append(f"  #{i} {_describe(m)}: " + "; ".join(diff))
    assert not problems, f"{example.where}: in {text!r}\n" + "\n".join(problems)


def test_every_kind_has_a_corpus() -> None:
    folders = sorted(p.parent.name for p in EXTRACT_DIR.glob("*/rules.py"))
    have = sorted(p.parent.name for p in CORPUS_FILES)
    assert have == folders, f"rule folders without a corpus: {sorted(set(folders) - set(have))}"


def test_no_sentence_twice_in_a_corpus() -> None:
    for path in CORPUS_FILES:
        seen: dict[tuple, int] = {}
        for ex in load_corpus(path):
            key = (ex.text, tuple(sorted(ex.options.items())))
            assert key not in seen, f"{ex.where}: same sentence (and options) as line {seen[key]}"
            seen[key] = ex.line

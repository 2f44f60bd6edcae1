"""Conformance: how well `checker.extract` reads the figures of another team's test suite.

Why: a claim is judged only as well as its figures are read. The cases (English specs of
microsoft/Recognizers-Text, converted to JSONL) live outside the project, in
../shared/conformance; this script reads them from there and never copies them. Scoring
follows that folder's README: a case is a hit when a mention of its kind overlaps the
expected span and carries the expected value (money: value, and separately value with
currency). Targets are those of issue 7.

    python -m benchmarks.conformance [PATH] [--kind KIND] [--show-misses KIND] [--json FILE]
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import math
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    from _common import ensure_importable  # type: ignore
    ensure_importable()

from benchmarks._common import ROOT, revision, table, write_json

DEFAULT_PATH = ROOT.parent / "shared" / "conformance"

#: Case kind -> Mention kinds that can answer it.
MENTION_KINDS = {
    "number": {"number", "count"},
    "percent": {"percent"},
    "ordinal": {"ordinal"},
    "money": {"money"},
    "date": {"date"},
    "daterange": {"dates", "date", "years", "year"},
    "duration": {"duration"},
    "range": {"number", "count", "percent", "money", "ordinal"},  # ordinal: a range of ranks
}
RANGE_QUALIFIERS = {"above", "at_least", "below", "at_most", "between"}
LOWER = {"above": False, "at_least": True}    # qualifier -> bound inclusive?
UPPER = {"below": False, "at_most": True}

#: Table rows: (row name, case kind, secondary score?) and the issue-7 target.
ROWS = [
    ("number", "number", False, 0.97),
    ("percent", "percent", False, 0.97),
    ("ordinal", "ordinal", False, 0.97),
    ("money (value)", "money", False, 0.97),
    ("money (value+currency)", "money", True, 0.97),
    ("range (bounds)", "range", False, 0.95),
    ("range (bounds+incl.)", "range", True, 0.95),
    ("date", "date", False, 0.90),
    ("daterange", "daterange", False, 0.85),
    ("duration", "duration", False, 0.85),
]

#: Currency names in the cases -> (accepted ISO 4217 codes, factor to the main unit).
#: Historic and ambiguous names accept each plausible code; subunits convert.
CURRENCIES = {
    "$": ({"USD"}, 1), "£": ({"GBP"}, 1), "€": ({"EUR"}, 1), "¥": ({"JPY", "CNY"}, 1),
    "Dollar": ({"USD"}, 1), "Euro": ({"EUR"}, 1), "Pound": ({"GBP"}, 1),
    "Finnish markka": ({"FIM"}, 1), "Netherlands guilder": ({"NLG"}, 1),
    "peseta": ({"ESP"}, 1), "franc": ({"FRF", "CHF", "BEF", "LUF", "XOF", "XAF"}, 1),
    "rupee": ({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}, 1),
    "BTC": ({"BTC", "XBT"}, 1), "satoshi": ({"BTC", "XBT"}, 1e-8),
    "cent": ({"USD", "EUR", "CAD", "AUD", "NZD", "HKD"}, 0.01),
    "pence": ({"GBP"}, 0.01), "sen": ({"MYR", "JPY", "IDR"}, 0.01),
}
DURATION_UNITS = {"Y": ("month", 12), "M": ("month", 1), "W": ("day", 7), "D": ("day", 1)}
OUR_DURATION = {"year": ("month", 12), "month": ("month", 1), "week": ("day", 7),
                "day": ("day", 1), "hour": ("day", 1 / 24)}


def currency(unit: str) -> tuple[set, float]:
    if unit in CURRENCIES:
        return CURRENCIES[unit]
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return {unit}, 1
    return set(), 1


# --- value comparison -----------------------------------------------------------

def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def num_eq(a, b) -> bool:
    if not (is_num(a) and is_num(b)):
        return False
    if math.isnan(a) or math.isnan(b):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def as_date(v):
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def date_span(m):
    """A Mention's value as an inclusive (first, last) date pair, or None."""
    v = m.value
    if m.kind == "date":
        d = as_date(v)
        return (d, d) if d else None
    if m.kind == "dates" and isinstance(v, (tuple, list)) and len(v) == 2:
        return as_date(v[0]), as_date(v[1])
    if m.kind == "year" and isinstance(v, int):
        return dt.date(v, 1, 1), dt.date(v, 12, 31)
    if m.kind == "years" and isinstance(v, (tuple, list)) and len(v) == 2:
        try:
            return dt.date(int(v[0]), 1, 1), dt.date(int(v[1]), 12, 31)
        except (TypeError, ValueError):
            return None
    return None


def inclusiveness(m):
    """(low inclusive, high inclusive) if the Mention can say so, else None."""
    inc = getattr(m, "inclusive", None)
    if isinstance(inc, (tuple, list)) and len(inc) == 2:
        return bool(inc[0]), bool(inc[1])
    lo, hi = getattr(m, "min_incl", None), getattr(m, "max_incl", None)
    if lo is not None and hi is not None:
        return bool(lo), bool(hi)
    return None


def judge(kind: str, exp, m) -> tuple[bool, bool | None, str]:
    """Does Mention m carry the expected value? -> (value right, secondary right, why not).

    The secondary score is the currency for money and the inclusiveness for ranges;
    None for other kinds.
    """
    v = m.value
    if kind in ("number", "percent", "ordinal"):
        return num_eq(v, exp), None, "wrong value"
    if kind == "money":
        codes, factor = currency(exp["unit"])
        conv, raw = num_eq(v, exp["value"] * factor), num_eq(v, exp["value"])
        cur = m.unit in codes and (conv or (raw and factor == 1))
        return conv or raw, cur, "wrong value" if not (conv or raw) else "wrong currency"
    if kind == "date":
        return as_date(v) == as_date(exp), None, "wrong value"
    if kind == "daterange":
        got = date_span(m)
        first, last = (as_date(e) if e else None for e in exp)
        if got is None:
            return False, None, "wrong value"
        if m.qualifier in OPEN_SIDE:
            return open_bound(m.qualifier, got, first, last)
        if (first is None) != (last is None):
            return False, None, "qualifier missing: a closed period for an open range"
        if m.kind == "date" and first != last and first and last:
            return False, None, "wrong kind: date for a range"
        ok = (first is None or got[0] == first) and (last is None or got[1] == last)
        return ok, None, "wrong value"
    if kind == "duration":
        base_e, f_e = DURATION_UNITS[exp["unit"]]
        unit_m = OUR_DURATION.get(m.unit)
        if unit_m is None or unit_m[0] != base_e:
            return False, None, f"wrong unit: {m.unit}"
        if not is_num(v):
            return False, None, "wrong value"
        return num_eq(v * unit_m[1], exp["value"] * f_e), None, "wrong value"
    if kind == "range":
        lo, hi = exp["min"], exp["max"]
        q = m.qualifier
        if q == "exact":  # "equals 20": the closed interval [20, 20] is the figure itself
            return (is_closed_point(exp) and num_eq(v, lo)), True, "wrong value"
        if lo is not None and hi is not None:
            if q != "between":
                return False, False, f"wrong qualifier: {q} for two-sided"
            if not (isinstance(v, (tuple, list)) and len(v) == 2
                    and num_eq(v[0], lo) and num_eq(v[1], hi)):
                return False, False, "wrong bounds"
            inc = inclusiveness(m)
            if inc is None:
                return True, False, "inclusiveness not represented"
            ok = inc == (bool(exp["min_incl"]), bool(exp["max_incl"]))
            return True, ok, "wrong inclusiveness"
        side, bound, incl = (LOWER, lo, exp["min_incl"]) if lo is not None else \
            (UPPER, hi, exp["max_incl"])
        if q not in side:
            return False, False, f"wrong qualifier: {q}"
        if not num_eq(v, bound):
            return False, False, "wrong bounds"
        return True, side[q] == bool(incl), "wrong inclusiveness"
    raise ValueError(f"unknown case kind {kind!r}")


#: A date or year with a one-sided bound ("before 2010") answers an open-ended range case.
#: The suite's ``[first, last]`` is inclusive with one side null, and its cases put the
#: closed side just outside the period named for "before" / "after" ("before 2018" ->
#: [null, 2017-12-31], "after Feb 2018" -> [2018-03-01, null]), so:
#:   below    -> last  = the day before the period's first day
#:   above    -> first = the day after the period's last day
#:   at_least -> first = the period's first day ("since 2019" -> [2019-01-01, null])
#:   at_most  -> last  = the period's last day ("until June" -> [null, June 30]); the suite
#:               ends "until April 27th" / "no later than January 1, 2010" one day early
#:               (its exclusive end copied unconverted), and those cases stay misses.
OPEN_SIDE = {"below": "last", "above": "first", "at_least": "first", "at_most": "last"}


def open_bound(q: str, got, first, last) -> tuple[bool, None, str]:
    if (first is None) == (last is None):
        return False, None, f"wrong qualifier: {q} for a closed range"
    if OPEN_SIDE[q] == "first":
        if first is None:
            return False, None, f"wrong qualifier: {q} for an open start"
        want = got[1] + dt.timedelta(days=1) if q == "above" else got[0]
        return want == first, None, "wrong value"
    if last is None:
        return False, None, f"wrong qualifier: {q} for an open end"
    want = got[0] - dt.timedelta(days=1) if q == "below" else got[1]
    return want == last, None, "wrong value"


# --- scoring one case ----------------------------------------------------------------

def is_closed_point(exp) -> bool:
    """A range case [x, x]: one exact figure ("equal to 170"), which factlock states as
    the figure with qualifier ``exact``, not as a degenerate range."""
    return (isinstance(exp, dict) and exp.get("min") is not None and exp.get("min") == exp.get("max")
            and bool(exp.get("min_incl")) and bool(exp.get("max_incl")))


def relevant(kind: str, m, exact: bool = False) -> bool:
    if m.kind not in MENTION_KINDS[kind]:
        return False
    if kind == "range":
        return m.qualifier in RANGE_QUALIFIERS or (exact and m.qualifier == "exact")
    return True


def overlaps(m, span) -> bool:
    return span is None or (m.start < span[1] and span[0] < m.end)


def score_case(case: dict, mentions: list | None, error: str | None = None) -> dict:
    """Score one case. Returns hit / hit2 (secondary) / reason / reason2 for positives,
    false_alarm for negatives."""
    kind = case["kind"]
    if case["expected"] is None:
        alarms = [] if mentions is None else [m for m in mentions if relevant(kind, m)]
        return {"negative": True, "false_alarm": bool(alarms) or error is not None,
                "reason": f"error: {error}" if error else ("false alarm" if alarms else "")}
    if error is not None:
        return {"negative": False, "hit": False, "hit2": False,
                "reason": f"error: {error}", "reason2": f"error: {error}"}
    span = None
    if case.get("start") is not None and case.get("span") is not None:
        span = (case["start"], case["start"] + len(case["span"]))
    accepted = [case["expected"]] + list(case.get("alt") or [])
    exact = kind == "range" and any(is_closed_point(e) for e in accepted)
    near = [m for m in mentions if relevant(kind, m, exact) and overlaps(m, span)]
    hit = hit2 = False
    why = why2 = None
    for m in near:
        for exp in accepted:
            ok, ok2, reason = judge(kind, exp, m)
            if ok:
                hit = True
                if ok2 is None or ok2:
                    hit2 = True
                elif why2 is None:
                    why2 = reason
            elif why is None:
                why = reason
                if span and (m.start, m.end) != span and reason == "wrong value":
                    why += ", span differs"
    if hit:
        return {"negative": False, "hit": True, "hit2": hit2,
                "reason": "", "reason2": "" if hit2 else why2}
    if why is None:
        far = [m for m in mentions if relevant(kind, m) and not overlaps(m, span)]
        other = [m for m in mentions if not relevant(kind, m) and overlaps(m, span)]
        if any(judge(kind, e, m)[0] for m in far for e in accepted):
            why = "wrong span"
        elif kind == "range" and any(m.kind in MENTION_KINDS["range"] for m in other):
            why = "qualifier missing: " + "/".join(sorted(
                {m.qualifier for m in other if m.kind in MENTION_KINDS["range"]}))
        elif other:
            why = "wrong kind: " + "/".join(sorted({m.kind for m in other}))
        elif far:
            why = "nothing at span"
        else:
            why = "nothing found"
    return {"negative": False, "hit": False, "hit2": False, "reason": why, "reason2": why}


# --- running ------------------------------------------------------------------------

def load_cases(path: Path, kinds: set | None = None) -> list[dict]:
    cases = []
    for f in sorted(path.glob("*.jsonl")):
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    case = json.loads(line)
                    if kinds is None or case["kind"] in kinds:
                        case["_where"] = f"{f.name}:{n}"
                        cases.append(case)
    return cases


def _extract():
    import checker  # looked up at call time so tests can substitute a fake
    return checker.extract


def describe(m) -> dict:
    value = m.value
    if isinstance(value, (tuple, list)):
        value = [x.isoformat() if isinstance(x, dt.date) else x for x in value]
    elif isinstance(value, dt.date):
        value = value.isoformat()
    return {"kind": m.kind, "value": value, "unit": m.unit, "qualifier": m.qualifier,
            "direction": m.direction, "start": m.start, "end": m.end, "text": m.text}


def run(path: Path = DEFAULT_PATH, kinds: set | None = None) -> dict:
    extract = _extract()
    cases = load_cases(Path(path), kinds)
    if not cases:
        raise SystemExit(f"no conformance cases found in {path}")
    scored = []
    t0 = time.perf_counter()
    for case in cases:
        ref = case.get("ref")
        published = dt.date.fromisoformat(ref[:10]) if ref else None
        mentions, error = None, None
        try:
            mentions = list(extract(case["text"], published=published))
        except Exception as exc:  # a crash is a miss, and worth seeing, not a stop
            error = f"{type(exc).__name__}: {exc}"[:120]
        s = score_case(case, mentions, error)
        s["case"] = case
        s["found"] = [describe(m) for m in mentions or []]
        scored.append(s)
    seconds = time.perf_counter() - t0
    rows = []
    for name, kind, secondary, target in ROWS:
        mine = [s for s in scored if s["case"]["kind"] == kind]
        if not mine:
            continue
        pos = [s for s in mine if not s["negative"]]
        neg = [s for s in mine if s["negative"]]
        key = "hit2" if secondary else "hit"
        hits = sum(1 for s in pos if s[key])
        misses = collections.Counter(s["reason2" if secondary else "reason"]
                                     for s in pos if not s[key])
        rows.append({
            "row": name, "kind": kind, "secondary": secondary, "cases": len(pos), "hits": hits,
            "hit_rate": hits / len(pos) if pos else None, "target": target,
            "meets_target": bool(pos) and hits / len(pos) >= target,
            "negatives": len(neg), "false_alarms": sum(1 for s in neg if s["false_alarm"]),
            "misses": misses.most_common(10),
        })
    return {"benchmark": "conformance", "path": str(path), "cases": len(cases),
            "revision": revision(),
            "seconds": seconds, "rows": rows, "scored": scored}


def format_result(res: dict) -> str:
    def pct(x):
        return "" if x is None else f"{100 * x:.1f}%"
    rows = [[r["row"], r["cases"], r["hits"], pct(r["hit_rate"]), pct(r["target"]),
             "yes" if r["meets_target"] else "no", r["negatives"], r["false_alarms"]]
            for r in res["rows"]]
    out = [f"Conformance ({res['cases']} cases from {res['path']}; "
           f"extraction {res['seconds']:.2f} s; checkout {res['revision']})",
           table(["kind", "cases", "hits", "hit rate", "target", "met", "negatives",
                  "false alarms"], rows),
           "", "Most common misses:"]
    for r in res["rows"]:
        if r["misses"]:
            out.append(f"  {r['row']}: " + "; ".join(f"{why} x{n}" for why, n in r["misses"]))
    alarms = sum(r["false_alarms"] for r in res["rows"] if not r["secondary"])
    out.append(f"false alarms on negative cases: {alarms} (target: none)")
    return "\n".join(out)


def format_misses(res: dict, kind: str, limit: int | None = None) -> str:
    """Every missed case of one kind, with what was expected and what was found."""
    secondary = kind in ("money", "range")
    key = "hit2" if secondary else "hit"
    out = []
    missed = [s for s in res["scored"] if s["case"]["kind"] == kind
              and (s["false_alarm"] if s["negative"] else not s[key])]
    for s in missed[:limit]:
        c = s["case"]
        reason = s["reason"] if s["negative"] else s["reason2" if secondary else "reason"]
        out.append(f"--- {c['_where']}  [{reason}]")
        out.append(f"text:     {c['text']!r}")
        if s["negative"]:
            out.append("expected: nothing of this kind")
        else:
            out.append(f"expected: {c.get('span')!r} at {c.get('start')} -> "
                       f"{json.dumps(c['expected'], ensure_ascii=False)}"
                       + (f"  (alt {json.dumps(c['alt'], ensure_ascii=False)})" if c.get("alt") else ""))
        if c.get("ref"):
            out.append(f"ref:      {c['ref']}")
        found = s["found"]
        if s["negative"]:  # only what raised the alarm
            found = [m for m in found if m["kind"] in MENTION_KINDS[kind] and
                     (kind != "range" or m["qualifier"] in RANGE_QUALIFIERS)]
        if not found:
            out.append("found:    nothing")
        if len(found) > 12:
            out.append(f"found:    ({len(found)} mentions, the first 12 shown)")
        for m in found[:12]:
            out.append(f"found:    {m['kind']} {json.dumps(m['value'], ensure_ascii=False, default=str)}"
                       f" unit={m['unit']} q={m['qualifier']} dir={m['direction']}"
                       f" {m['text']!r}@{m['start']}")
    out.append(f"{len(missed)} missed case(s) of kind {kind}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_PATH),
                    help=f"folder of *.jsonl cases (default {DEFAULT_PATH})")
    ap.add_argument("--kind", action="append", choices=sorted(MENTION_KINDS),
                    help="only this kind of case (repeatable)")
    ap.add_argument("--show-misses", metavar="KIND", choices=sorted(MENTION_KINDS),
                    help="print every missed case of KIND: text, expected, found")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    kinds = set(args.kind) if args.kind else None
    if args.show_misses and kinds is not None:
        kinds.add(args.show_misses)
    res = run(Path(args.path), kinds)
    print(format_result(res))
    if args.show_misses:
        print()
        print(format_misses(res, args.show_misses))
    if args.json:
        data = dict(res)
        data["scored"] = [{
            "where": s["case"]["_where"], "kind": s["case"]["kind"],
            "text": s["case"]["text"], "expected": s["case"]["expected"],
            "negative": s["negative"],
            "hit": None if s["negative"] else s["hit"],
            "hit2": None if s["negative"] else s["hit2"],
            "false_alarm": s.get("false_alarm"),
            "reason": s["reason"], "found": s["found"]} for s in res["scored"]]
        write_json(args.json, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())

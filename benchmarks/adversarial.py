"""Adversarial extraction time: hostile text against ordinary news of the same size.

Why: factlock runs in CI on articles anyone can send in a pull request (issue 5), so
extraction must stay linear in the text whatever the text is. Each input below is built
to stress one part of the engine (the candidate pass, number reading, ranges, months,
the look-back for web addresses); each is timed at a quarter of the size and at the full
size, so a super-linear step shows as a growth well above 4x, and compared per MB with
the bundled news articles repeated to the same size.

    python -m benchmarks.adversarial [--size MB] [--line-mb MB] [--json FILE] [--no-pin]
"""
from __future__ import annotations

import argparse
import math
import platform
import random
import sys
import time

if __package__ in (None, ""):
    from _common import ensure_importable  # type: ignore
    ensure_importable()

from benchmarks._common import ROOT, pin_one_core, revision, table, write_json

MB = 1_000_000
#: "Within a small constant factor of ordinary text": slower per MB than news by at most this.
TARGET_RATIO = 5.0
#: Linear: time grows as size**1. Above this exponent (4x the text, about 5.3x the time)
#: an input is flagged: something reads it in more than one pass per character.
MAX_EXPONENT = 1.2
MONTHS = ("January February March April May June July August September October November "
          "December ")


def news(n: int) -> str:
    """The bundled articles, repeated to ``n`` characters."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt")))
    return (text * (n // len(text) + 1))[:n]


def _digits_commas(n: int) -> str:
    rng = random.Random(5)
    return "".join(rng.choice("0123456789,") for _ in range(n))


def _no_space_line(n: int) -> str:
    text = news(n + n // 5).replace(" ", "").replace("\n", "")
    return text[:n]


#: name -> (what it is, builder of about n characters)
INPUTS = {
    "digits and commas": ("random digits and commas", _digits_commas),
    "1-1-1-1-…": ("'1-' repeated: a range at every step", lambda n: ("1-" * (n // 2 + 1))[:n]),
    "month names": ("'January February …' repeated", lambda n: (MONTHS * (n // len(MONTHS) + 1))[:n]),
    "nested parentheses": ("'((((…1…))))'", lambda n: "(" * (n // 2) + "1" + ")" * (n // 2)),
    "number words": ("'one one one …'", lambda n: ("one " * (n // 4 + 1))[:n]),
    "$$$$…": ("dollar signs only", lambda n: "$" * n),
    "long words": ("10,000-letter words", lambda n: (("a" * 10_000 + " ") * (n // 10_001 + 1))[:n]),
    "line without spaces": ("the news with every space and line break removed", _no_space_line),
}


def _extract():
    import checker  # looked up at call time, as in throughput.py
    return checker.extract


def _time(text: str, repeat: int = 1) -> tuple[float, int]:
    """Best CPU time of ``repeat`` runs (CPU time: other work on the machine counts less)."""
    extract = _extract()
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        found = extract(text)
        seconds = time.process_time() - t0
        best = seconds if best is None else min(best, seconds)
    return best, len(found)


def run(size_mb: float = 1.0, line_mb: float = 5.0) -> dict:
    """Time every input at size/4 and size (the line at ``line_mb``), and news at both."""
    _extract()("warm-up: up 22% to nearly 88 billion USD on September 22-24, 2024.")
    rows = []
    base_seconds, _ = _time(news(int(size_mb * MB)))
    for name, (what, build) in [("news (bundled articles repeated)", ("the baseline", news)),
                                *INPUTS.items()]:
        n = int((line_mb if name == "line without spaces" else size_mb) * MB)
        quarter, _ = _time(build(max(n // 4, 1)), repeat=3)
        text = build(n)
        seconds, mentions = _time(text, repeat=3)
        size = len(text.encode("utf-8")) / MB
        per_mb = seconds / size if size else 0.0
        base_per_mb = base_seconds / size_mb if size_mb else 0.0
        ratio = per_mb / base_per_mb if base_per_mb else None
        growth = seconds / quarter if quarter else None
        exponent = math.log(growth, 4) if growth else None
        rows.append({"input": name, "what": what, "mb": size, "seconds": seconds,
                     "mb_s": size / seconds if seconds else None, "mentions": mentions,
                     "growth_4x": growth, "exponent": exponent,
                     "linear": exponent is None or exponent <= MAX_EXPONENT,
                     "ratio_to_news": ratio,
                     "within_target": ratio is not None and ratio <= TARGET_RATIO})
    return {"benchmark": "adversarial", "size_mb": size_mb, "line_mb": line_mb,
            "target_ratio": TARGET_RATIO, "max_exponent": MAX_EXPONENT, "rows": rows, "python": platform.python_version(),
            "revision": revision(), "machine": platform.machine()}


def format_result(res: dict) -> str:
    def f(value, spec):
        return "" if value is None else format(value, spec)
    rows = [[r["input"], f(r["mb"], ".2f"), f(r["seconds"], ".3f"), f(r["mb_s"], ".2f"),
             r["mentions"], f(r["growth_4x"], ".1f"), f(r["exponent"], ".2f"), f(r["ratio_to_news"], ".1f"),
             "ok" if r["within_target"] and r["linear"] else "SLOW" if not r["within_target"] else "SUPERLINEAR"]
            for r in res["rows"]]
    slow = [r["input"] for r in res["rows"] if not r["within_target"]]
    verdict = "all within" if not slow else f"not within for: {', '.join(slow)}"
    steep = [r["input"] for r in res["rows"] if not r["linear"]]
    linear = "all linear" if not steep else f"super-linear: {', '.join(steep)}"
    return "\n".join([
        f"Adversarial extraction ({res['size_mb']:g} MB each, the line {res['line_mb']:g} MB; "
        f"Python {res['python']}; {res.get('pinning', '')}; checkout {res['revision']})",
        table(["input", "MB", "seconds", "MB/s", "mentions", "growth x4", "exponent", "x news/MB", ""], rows),
        "growth x4: CPU time at the full size / at a quarter of it (linear: about 4); exponent: "
        f"log4 of it (linear: 1; flagged above {res['max_exponent']:g}): {linear}",
        f"target: at most {res['target_ratio']:g}x slower per MB than news: {verdict}",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=float, default=1.0, metavar="MB",
                    help="size of each input in MB (default 1)")
    ap.add_argument("--line-mb", type=float, default=5.0, metavar="MB",
                    help="size of the line without spaces (default 5)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    pinning = "not pinned" if args.no_pin else pin_one_core()
    res = run(args.size, args.line_mb)
    res["pinning"] = pinning
    print(format_result(res))
    if args.json:
        write_json(args.json, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())

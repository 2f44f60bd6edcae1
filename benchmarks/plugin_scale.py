"""The pytest plugin at scale: 10,000 claims under pytest against a plain parametrised test.

Why: with the plugin, claims ride along with a project's test run (issue 3), so factlock
must not become the slow part of it. Two folders are written: one with articles and a
claims.yaml of N claims (the generator of check_scale: variants of the bundled articles,
every claim expected to pass), one with a single test function parametrised over N cases
that each do trivial work. Each folder is run the same way, as a whole process:
``python -m pytest -q -p no:cacheprovider``. The target: the claims run takes at most
1.5 times the plain run (whole process, start-up included; the best of --repeat runs,
interleaved). Time is the process's CPU time (user + system), which a busy machine
disturbs far less than the wall clock; the wall-clock ratio is printed beside it.

    python -m benchmarks.plugin_scale [--claims N] [--repeat N] [--keep DIR]
                                      [--profile N] [--json FILE] [--no-pin]
"""
from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    from _common import ensure_importable  # type: ignore
    ensure_importable()

from benchmarks import check_scale
from benchmarks._common import pin_one_core, revision, table, workspace, write_json

TARGET_RATIO = 1.5
CLAIMS_PER_ARTICLE = 20

PLAIN_TEST = '''\
import pytest


@pytest.mark.parametrize("case", range({n}))
def test_case(case):
    assert case * 2 >= case
'''

INI = "[pytest]\naddopts = -p no:cacheprovider\n"


def write_claims_project(folder: Path, n_claims: int, seed: int = 0) -> int:
    """Articles and one claims.yaml with about ``n_claims`` claims; returns the count."""
    n_articles = max(1, -(-n_claims // CLAIMS_PER_ARTICLE))
    _files, count = check_scale.write_workspace(folder, n_articles, CLAIMS_PER_ARTICLE, 1, seed)
    (folder / "pytest.ini").write_text(INI, encoding="utf-8")
    return count


def write_plain_project(folder: Path, n_cases: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test_plain.py").write_text(PLAIN_TEST.format(n=n_cases), encoding="utf-8")
    (folder / "pytest.ini").write_text(INI, encoding="utf-8")


def pytest_command(*extra: str) -> list[str]:
    return [sys.executable, *extra, "-m", "pytest", "-q"]


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_pytest(folder: Path, *extra: str) -> tuple[float, int, str, float]:
    """One whole pytest process in ``folder``: (CPU seconds, exit status, closing line,
    wall seconds). CPU time (user + system of the process) is the measure compared: on a
    shared machine it moves far less with the load than the wall clock does."""
    env = dict(os.environ, NO_COLOR="1", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTEST_ADDOPTS", None)
    cpu0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.run(pytest_command(*extra), cwd=folder, env=env, capture_output=True, text=True)
    wall, cpu = time.perf_counter() - t0, _child_cpu() - cpu0
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    closing = lines[-1].strip("= ") if lines else proc.stderr.strip()[-300:]
    return cpu, proc.returncode, closing, wall


def _counts(closing: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|errors?|skipped)", closing)}


def run(n_claims: int = 10_000, repeat: int = 3, keep: str | None = None, seed: int = 0) -> dict:
    with workspace(keep, "factlock-plugin-bench-") as base:
        t0 = time.perf_counter()
        claims_dir, plain_dir = base / "claims", base / "plain"
        count = write_claims_project(claims_dir, n_claims, seed)
        write_plain_project(plain_dir, count)
        generate = time.perf_counter() - t0
        runs: dict[str, list] = {"plugin": [], "plain": []}
        for _ in range(repeat):          # interleaved, so drifting load hits both alike
            runs["plugin"].append(run_pytest(claims_dir))
            runs["plain"].append(run_pytest(plain_dir))
        best = {k: min(v, key=lambda r: r[0]) for k, v in runs.items()}
        ratio = best["plugin"][0] / best["plain"][0] if best["plain"][0] else None
        wall = {k: min(r[3] for r in v) for k, v in runs.items()}
        ok = all(r[1] == 0 for r in best.values())
        return {
            "benchmark": "plugin_scale", "revision": revision(), "seed": seed,
            "claims": count, "cases": count, "repeat": repeat, "generate_seconds": generate,
            "plugin_seconds": best["plugin"][0], "plain_seconds": best["plain"][0],
            "plugin_all": [r[0] for r in runs["plugin"]], "plain_all": [r[0] for r in runs["plain"]],
            "plugin_wall": wall["plugin"], "plain_wall": wall["plain"],
            "wall_ratio": wall["plugin"] / wall["plain"] if wall["plain"] else None,
            "plugin_exit": best["plugin"][1], "plain_exit": best["plain"][1],
            "plugin_closing": best["plugin"][2], "plain_closing": best["plain"][2],
            "plugin_counts": _counts(best["plugin"][2]), "plain_counts": _counts(best["plain"][2]),
            "ratio": ratio, "target_ratio": TARGET_RATIO,
            "meets_target": ok and ratio is not None and ratio <= TARGET_RATIO and count >= 10_000,
            "command": "python -m pytest -q -p no:cacheprovider (in each folder)",
            "folder": str(base) if keep else None,
        }


def profile(n_claims: int, top: int) -> str:
    """Where the plugin's run spends its time: cProfile of the pytest process."""
    with tempfile.TemporaryDirectory(prefix="factlock-plugin-prof-") as tmp:
        folder = Path(tmp) / "claims"
        write_claims_project(folder, n_claims)
        stats = Path(tmp) / "run.prof"
        run_pytest(folder, "-m", "cProfile", "-o", str(stats))
        import io
        import pstats
        out = io.StringIO()
        pstats.Stats(str(stats), stream=out).sort_stats("cumulative").print_stats(top)
        return out.getvalue()


def format_result(res: dict) -> str:
    rows = [
        ["factlock plugin: claims.yaml", res["claims"], f"{res['plugin_seconds']:.2f}",
         " ".join(f"{s:.2f}" for s in res["plugin_all"]), f"{res['plugin_wall']:.2f}",
         res["plugin_closing"]],
        ["plain parametrised test", res["cases"], f"{res['plain_seconds']:.2f}",
         " ".join(f"{s:.2f}" for s in res["plain_all"]), f"{res['plain_wall']:.2f}",
         res["plain_closing"]],
    ]
    out = [f"pytest plugin at scale ({res['claims']} claims vs {res['cases']} parametrised cases; "
           f"best of {res['repeat']}; {res.get('pinning', '')}; checkout {res['revision']})",
           table(["run", "items", "best CPU s", "all runs CPU s", "best wall s", "pytest says"],
                 rows, align="lrrlrl")]
    ratio = "n/a" if res["ratio"] is None else f"{res['ratio']:.2f}"
    verdict = "met" if res["meets_target"] else "NOT met"
    out.append(f"ratio plugin / plain, whole process CPU time: {ratio} "
               f"(target: at most {res['target_ratio']:g}): {verdict}")
    if res["wall_ratio"] is not None:
        out.append(f"ratio plugin / plain, wall clock (moves with the machine's load): "
                   f"{res['wall_ratio']:.2f}")
    if res["plugin_exit"] != 0:
        out.append(f"the claims run exited {res['plugin_exit']}: the generated claims should all pass")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", metavar="DIR", help="write the two projects here and keep them")
    parser.add_argument("--profile", type=int, metavar="N", help="instead of timing, print the "
                        "N functions where the plugin's pytest run spends the most time")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    args = parser.parse_args(argv)
    pinning = "not pinned" if args.no_pin else pin_one_core()   # inherited by the pytest runs
    if args.profile:
        print(profile(args.claims, args.profile))
        return 0
    res = run(args.claims, args.repeat, args.keep, args.seed)
    res["pinning"] = pinning
    print(format_result(res))
    if args.json:
        write_json(args.json, res)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

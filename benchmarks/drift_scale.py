"""Versions at scale: `factlock drift`, coverage and update over a versioned archive.

Why: a newsroom's archive holds recurring stories, each version naming its `previous`
one; `factlock drift`, `check --coverage`, `update` and `check --base` walk every pair of
versions. They must grow with the archive, not with its square: 1,000 articles in 500
version pairs with 20,000 claims took close to a minute when each pair walked every
claim. The workspace is check_scale's (variants of the two bundled articles, 20 claims
each) with every second article a later version of the one before it, so each claim is
judged in both versions of its story and most figures differ between them.

Rows: `checker.drift.run_drift` in-process, `factlock drift --format json` as a
subprocess (the whole process: start-up, loading, the check it runs, output), the check
alone on the same files, the check with coverage (`check --coverage`, `--format html`),
`factlock update --dry-run` in-process, and `check --base HEAD` in-process with the
archive committed to git and nine articles edited since (when git is installed). Then the drift again on half the archive:
when the work is linear, the whole archive takes about twice as long as half of it
(a quadratic step would make it four times).

    python -m benchmarks.drift_scale [--articles N] [--pairs N] [--claims-per-article N]
                                     [--no-cli] [--no-half] [--no-base] [--keep DIR]
                                     [--json FILE]
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    from _common import ensure_importable  # type: ignore
    ensure_importable()

from benchmarks import check_scale
from benchmarks._common import ROOT, pin_one_core, revision, table, workspace, write_json


@contextlib.contextmanager
def cwd(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def timed(what: str, fn) -> dict:
    """CPU and wall seconds of ``fn()`` in this process; an error is a row, not a traceback."""
    c0, t0 = time.process_time(), time.perf_counter()
    try:
        note = fn()
    except Exception as exc:
        return {"what": what, "cpu": None, "wall": None, "note": f"{type(exc).__name__}: {exc}"}
    return {"what": what, "cpu": time.process_time() - c0, "wall": time.perf_counter() - t0,
            "note": note or ""}


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_row(what: str, folder: Path, args: list[str]) -> dict:
    env = dict(os.environ, NO_COLOR="1")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    cmd = check_scale.cli_command() + args
    c0, t0 = _child_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True)
    row = {"what": what, "cpu": _child_cpu() - c0, "wall": time.perf_counter() - t0,
           "note": f"exit {proc.returncode}"}
    if proc.returncode not in (0, 1):
        row["note"] += f"; stderr: {proc.stderr.strip()[:400]}"
    else:
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            pairs = json.loads(proc.stdout)["pairs"]
            row["note"] += f"; {len(pairs)} pairs, {sum(len(p['changes']) for p in pairs)} changes"
    return row


def drift_note(report) -> str:
    changes = [c for p in report.pairs for c in p.changes]
    by = {}
    for c in changes:
        by[c.status] = by.get(c.status, 0) + 1
    return f"{len(report.pairs)} pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(by.items()))


def in_process_rows(files: list[Path]) -> list[dict]:
    from checker import coverage, drift, engine, update
    names = [f.name for f in files]
    rows = [timed("checker.drift.run_drift, in-process",
                  lambda: drift_note(drift.run_drift(names)))]

    def check():
        report = engine.run_check(names)
        return f"{len(report.results)} results"

    def check_coverage():
        collector = coverage.Collector()
        engine.run_check(names, observers=(collector,))
        figures = sum(len(a.figures) for a in collector.articles)
        return f"{len(collector.articles)} articles, {figures} figures"

    def update_dry():
        done = update.update_paths(names, dry_run=True)
        return f"{sum(len(u.updates) for u in done)} figures to update"

    rows.append(timed("  check alone (separate run)", check))
    rows.append(timed("  check with coverage (--coverage, html)", check_coverage))
    rows.append(timed("update --dry-run, in-process", update_dry))
    return rows


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org",
                    "-c", "commit.gpgsign=false", *args], cwd=folder, check=True,
                   capture_output=True)


def base_row(folder: Path, files: list[Path], edited: int = 9) -> dict:
    """`check --base HEAD` in-process (the check and the comparison, as the command runs
    them): the archive committed, then the first money figure of ``edited`` articles
    spread over it raised by one. The workspace becomes a git repository."""
    what = f"check --base HEAD, {edited} articles edited, in-process"
    if shutil.which("git") is None:
        return {"what": what, "cpu": None, "wall": None, "note": "git is not installed"}
    from checker import engine, gitrev
    try:
        _git(folder, "init", "-q")
        _git(folder, "add", "-A")
        _git(folder, "commit", "-q", "--allow-empty", "-m", "archive")
    except subprocess.CalledProcessError as exc:
        return {"what": what, "cpu": None, "wall": None,
                "note": f"git failed: {exc.stderr.decode(errors='replace').strip()[:200]}"}
    articles = sorted((folder / "articles").glob("*.txt"))
    for path in articles[::max(1, len(articles) // edited)][:edited]:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(\d+)( billion USD)", lambda m: f"{int(m.group(1)) + 1}{m.group(2)}",
                               text, count=1), encoding="utf-8")
    names = [f.name for f in files]

    def check_base():
        since = gitrev.Since(names, "HEAD")
        report = engine.run_check(names, observers=(since,))
        return f"{len(report.results)} results, {len(since.changes)} figures changed"

    with cwd(folder):
        return timed(what, check_base)


def run(n_articles: int = 1000, pairs: int = 500, claims_per_article: int = 20, seed: int = 0,
        cli: bool = True, half: bool = True, keep: str | None = None, base: bool = True) -> dict:
    with workspace(keep, "factlock-drift-") as folder:
        t0 = time.perf_counter()
        files, n_claims = check_scale.write_workspace(folder, n_articles, claims_per_article,
                                                      1, seed, pairs=pairs)
        rows = [{"what": "generate files (not timed work)", "cpu": None,
                 "wall": time.perf_counter() - t0, "note": ""}]
        with cwd(folder):
            rows += in_process_rows(files)
        if cli:
            rows.append(cli_row("factlock drift --format json, subprocess (whole process)",
                                folder, ["drift", *[f.name for f in files], "--format", "json"]))
        if base:
            rows.append(base_row(folder, files))
        ratio = None
        if half and n_articles >= 4:
            sub = folder / "half"
            sub.mkdir()
            half_files, _ = check_scale.write_workspace(sub, n_articles // 2, claims_per_article,
                                                        1, seed, pairs=pairs // 2)
            from checker import drift
            with cwd(sub):
                row = timed(f"drift on half the archive ({n_articles // 2} articles, "
                            f"{pairs // 2} pairs), in-process",
                            lambda: drift_note(drift.run_drift([f.name for f in half_files])))
            rows.append(row)
            if row["cpu"] and rows[1]["cpu"]:
                ratio = rows[1]["cpu"] / row["cpu"]
        return {"benchmark": "drift_scale", "seed": seed, "revision": revision(),
                "articles": n_articles, "pairs": pairs, "claims": n_claims,
                "rows": rows, "whole_to_half": ratio,
                "folder": str(folder) if keep else None}


def format_result(res: dict) -> str:
    def s(x):
        return "" if x is None else f"{x:.3f}"
    rows = [[r["what"], s(r["cpu"]), s(r["wall"]), r["note"]] for r in res["rows"]]
    out = [f"Drift at scale ({res['articles']} articles, {res['pairs']} version pairs, "
           f"{res['claims']} claims; seed {res['seed']}; {res.get('pinning', '')}; "
           f"checkout {res['revision']})",
           table(["what", "CPU s", "wall s", "result"], rows, align="lrrl")]
    if res["whole_to_half"] is not None:
        verdict = "linear" if res["whole_to_half"] < 3 else "NOT linear (quadratic is 4)"
        out.append(f"drift CPU, whole archive / half of it: {res['whole_to_half']:.2f} "
                   f"(2 when linear): {verdict}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--pairs", type=int, default=None, help="version pairs (default: articles / 2)")
    ap.add_argument("--claims-per-article", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", metavar="DIR", help="write the workspace here and keep it")
    ap.add_argument("--no-cli", action="store_true", help="skip the subprocess run")
    ap.add_argument("--no-half", action="store_true", help="skip the run on half the archive")
    ap.add_argument("--no-base", action="store_true", help="skip the check --base row (git)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    pinning = "not pinned" if args.no_pin else pin_one_core()
    pairs = args.articles // 2 if args.pairs is None else args.pairs
    res = run(args.articles, pairs, args.claims_per_article, args.seed, not args.no_cli,
              not args.no_half, args.keep, not args.no_base)
    res["pinning"] = pinning
    print(format_result(res))
    if args.json:
        write_json(args.json, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the benchmarks one after the other: throughput, check at scale, drift at scale,
conformance.

Why one command: the closing note of a change to the engine carries all four tables,
and they should come from the same run on the same machine.

    python -m benchmarks.run_all [--quick] [--json-dir DIR] [--conformance PATH]
"""
from __future__ import annotations

import argparse
import os
import sys

if __package__ in (None, ""):
    from _common import ensure_importable  # type: ignore
    ensure_importable()

from benchmarks import check_scale, conformance, drift_scale, throughput


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="small sizes (0.5 MB, 100 articles): a check that all runs, not a measurement")
    ap.add_argument("--json-dir", metavar="DIR",
                    help="write throughput.json, check_scale.json, drift_scale.json, conformance.json here")
    ap.add_argument("--conformance", metavar="PATH", default=str(conformance.DEFAULT_PATH),
                    help="folder of conformance cases")
    ap.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    args = ap.parse_args(argv)
    common = ["--no-pin"] if args.no_pin else []  # each script pins itself otherwise

    def json_arg(name: str) -> list[str]:
        if not args.json_dir:
            return []
        os.makedirs(args.json_dir, exist_ok=True)
        return ["--json", os.path.join(args.json_dir, f"{name}.json")]

    size = ["--size", "0.5"] if args.quick else []
    scale = ["--articles", "100"] if args.quick else []
    status = 0
    status |= throughput.main(common + size + json_arg("throughput"))
    print()
    status |= check_scale.main(common + scale + json_arg("check_scale"))
    print()
    status |= drift_scale.main(common + scale + json_arg("drift_scale"))
    print()
    status |= conformance.main([args.conformance] + json_arg("conformance"))
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: raw limits beside the product, on a generated French legislative corpus.

    python -m benchmarks.run --pages 10000            # all steps, table + JSON
    python -m benchmarks.run --pages 2000 --steps import,search
    python -m benchmarks.run --pages 10000 --steps search,amended-search

`amended-search` (not in the default steps: its first run imports 10,000 amendments into a
copy of the library, 2-3 minutes) measures the search step again with them, and searches
on amendments.

Each step runs in its own process so that its peak memory is its own. Figures
are printed as a table and written to benchmarks/results/<timestamp>.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import steps

ROOT = Path(__file__).resolve().parent
CACHE = ROOT / ".cache"
RESULTS = ROOT / "results"
STEPS = ("raw", "import", "search", "render", "annotate", "startup")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="corpus size in pages")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help=f"comma-separated, among {', '.join(steps.STEPS)}")  # fmt: skip
    parser.add_argument("--step", help=argparse.SUPPRESS)  # internal: run one step here
    args = parser.parse_args(argv)
    if args.step:
        print(json.dumps(steps.run_step(args.step, pages=args.pages, cache=CACHE)))
        return 0
    return _run_all(args.pages, [s for s in args.steps.split(",") if s])


def _run_all(pages: int, names: list[str]) -> int:
    figures: dict[str, dict[str, float]] = {}
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        command = [sys.executable, "-m", "benchmarks.run", "--pages", str(pages), "--step", name]
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT.parent, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        figures[name] = json.loads(done.stdout.strip().splitlines()[-1])
    if "raw" in figures and "import" in figures:  # The target is relative to the same run.
        raw = figures["raw"]["pipeline_pages_per_s"]
        figures["import"]["vs_raw_pipeline"] = figures["import"]["pages_per_s"] / raw
    _print_table(pages, figures)
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{pages}p.json"
    target.write_text(json.dumps({"pages": pages, "figures": figures}, indent=2))
    print(f"\nwritten to {target}")
    return 0


def _print_table(pages: int, figures: dict[str, dict[str, float]]) -> None:
    print(f"\nreviewer benchmark, {pages} pages")
    for step, values in figures.items():
        for key, value in values.items():
            shown = f"{value:,.1f}" if isinstance(value, float) else str(value)
            print(f"  {step:<14} {key:<42} {shown:>12}")


if __name__ == "__main__":
    sys.exit(main())

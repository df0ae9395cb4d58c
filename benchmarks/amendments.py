"""Importing amendment files: 1,000 Sénat rows, 1,000 AN JSON files, and an AN ZIP dump of
100,000 JSON files streamed keeping one text's 3,000 amendments.

Targets (issue 17): 1,000 rows or files in ≤ 5 s; the dump in ≤ 5 minutes and ≤ 500 MB.
`senat-again` imports the Sénat file a second time (timed): nothing changed, nothing laid out.
Inputs are made from the real files of ../shared/amendments (renumbered copies of real
rows; JSON files from a real référentiel amendment, see reviewer.samples.an_open_data).
Each step runs in a process of its own, so that its peak memory is its own.

Run: python -m benchmarks.amendments [--steps senat,json,zip,zip-read] [--dump-files 100000].
On this shared machine wall-clock seconds follow its load; `cpu_s` (the importing process's
CPU and its reaped children's: the indexing processes) is the whole import's work, whatever
the load.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree

from reviewer.amendments import read_amendments
from reviewer.amendments.an_open_data import element_tree
from reviewer.core.records import ImportStatus
from reviewer.library import Library
from reviewer.samples import an_open_data

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache" / "amendments"
SHARED = Path(os.environ.get("REVIEWER_SHARED", HERE.parents[1] / "shared")) / "amendments"
SENAT = SHARED / "senat_jeu_complet_2017-2018_63_plfss2018.csv"
LIASSE = SHARED / "an_opendata_liasse_second_part.xml"
STEPS = ("senat", "json", "senat-again", "zip-read", "zip")
KEPT_TEXT, KEPT = "1168", 3000
TARGETS = {"senat": 5.0, "json": 5.0, "senat-again": 5.0, "zip-read": 300.0, "zip": 300.0}


def real_tree() -> dict:
    return element_tree(ElementTree.parse(LIASSE).getroot()[2])


def senat_file(folder: Path, rows: int) -> Path:
    """`rows` real rows (repeated, renumbered 1..rows) under the real head."""
    lines = [line for line in SENAT.read_bytes().split(b"\r\n")[2:] if line]
    body = []
    for number in range(1, rows + 1):
        columns = lines[(number - 1) % len(lines)].split(b"\t")
        columns[1] = str(number).encode()
        columns[10] = f"//www.senat.fr/amendements/2017-2018/63/Amdt_{number}.html".encode()
        body.append(b"\t".join(columns))
    path = folder / "jeu_complet_2017-2018_63.csv"
    path.write_bytes(b"\r\n".join([*SENAT.read_bytes().split(b"\r\n")[:2], *body, b""]))
    return path


def json_folder(folder: Path, files: int) -> Path:
    real = real_tree()
    target = folder / "json"
    target.mkdir()
    for number in range(1, files + 1):
        tree = an_open_data.json_amendment(real, number)
        (target / f"{tree['amendement']['uid']}.json").write_text(json.dumps(tree))
    return target


def dump(files: int) -> Path:
    """The generated dump, kept between runs: KEPT amendments of one text among `files`."""
    path = CACHE / f"dump-{files}.zip"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        others = {f"{n:04d}": 1000 for n in range(1, (files - KEPT) // 1000 + 1)}
        an_open_data.write_dump(path.with_suffix(".part"), real_tree(), {**others, KEPT_TEXT: KEPT})
        path.with_suffix(".part").rename(path)
    return path


def run_step(step: str, dump_files: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-amendments-") as scratch:
        folder = Path(scratch)
        if step in ("senat", "senat-again"):
            inputs, texts = [senat_file(folder, 1000)], None
        elif step == "json":
            inputs, texts = [json_folder(folder, 1000)], None
        else:
            inputs, texts = [dump(dump_files)], [KEPT_TEXT]
        if step == "senat-again":  # the same file imported again: timed the second time
            with Library(folder / "library") as library:
                library.import_paths(inputs, texts=texts)
        start, before = time.perf_counter(), _cpu()
        if step == "zip-read":
            count = sum(1 for _ in read_amendments(inputs[0], texts=texts))
        else:
            with Library(folder / "library") as library:
                report = library.import_paths(inputs, texts=texts)
            count = report.count(ImportStatus.IMPORTED) + report.count(ImportStatus.ALREADY_PRESENT)
            assert not report.failed, [o for o in report.outcomes if o.status.value == "failed"]
        seconds, cpu = time.perf_counter() - start, _cpu() - before
    own = resource.getrusage(resource.RUSAGE_SELF)
    # `cpu_s`: this process's CPU time during the step and its reaped children's (the
    # indexing processes): wall-clock seconds depend on the machine's load.
    return {"step": step, "amendments": count, "seconds": round(seconds, 2),
            "cpu_s": round(cpu, 2), "peak_mb": round(own.ru_maxrss / 1024),
            "load": round(os.getloadavg()[0], 1), "target_s": TARGETS[step]}  # fmt: skip


def _cpu() -> float:
    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default=",".join(STEPS))
    parser.add_argument("--dump-files", type=int, default=100_000)
    parser.add_argument("--only", help=argparse.SUPPRESS)  # one step, in this process
    args = parser.parse_args(argv)
    if args.only:
        print(json.dumps(run_step(args.only, args.dump_files)))
        return 0
    if "zip" in args.steps:
        dump(args.dump_files)  # made once, outside the timed steps
    for step in args.steps.split(","):
        result = subprocess.run(
            [sys.executable, "-m", "benchmarks.amendments", "--only", step,
             "--dump-files", str(args.dump_files)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        print(result.stdout.strip() or result.stderr[-2000:], flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

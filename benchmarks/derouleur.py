"""The dérouleur of 3,000 amendments: `Library.amendments(bill)` on a bill of the library.

Target (issue 17): the listing in ≤ 0.3 s. Inputs: 3,000 real Sénat rows of the PLFSS 2018
(repeated, renumbered; see benchmarks.amendments) and a bill n° 63 (2017-2018) holding the
articles they target, which binds them by itself. "first" is the first listing of the
library opened (the bill's structure is detected then), "again" the median of the next five;
`*_cpu_s` are this process's CPU seconds, which depend less on the machine's load.

Run: python -m benchmarks.derouleur [--amendments 3000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.amendments import senat_file
from reviewer.core.amendments import AmendmentEntry
from reviewer.core.kinds import AMENDEMENT
from reviewer.library import Library
from reviewer.library.binding import article_key
from reviewer.pdf import write_pdf
from reviewer.samples.legislative import bill_with_articles

TARGET_S = 0.3


def bill_for(library: Library, folder: Path) -> Path:
    """A bill holding every article the library's amendments target, in number order."""
    divisions = {e.division for e in library.amendments() if article_key(e.division)}
    labels = sorted({" ".join(d.split("(")[0].split()) for d in divisions}, key=_number_order)
    path = folder / "pjl-63.pdf"
    write_pdf(path, bill_with_articles("63", labels, session="2017-2018"), title="PLFSS 2018")
    return path


def _number_order(label: str) -> tuple[int, int, str]:
    words = label.split()
    return (int(words[1]), len(words), label)


def measure(count: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="bench-derouleur-") as scratch:
        folder = Path(scratch)
        with Library(folder / "library") as library:
            library.import_paths([senat_file(folder, count)])
            library.import_paths([bill_for(library, folder)])
            [bill] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
        with Library(folder / "library") as library:
            listed, first, first_cpu = _timed(library, bill)
            again = [_timed(library, bill)[1:] for _ in range(5)]
    attached = sum(1 for e in listed if e.article)
    return {"amendments": len(listed), "attached": attached, "first_s": round(first, 3),
            "first_cpu_s": round(first_cpu, 3),
            "again_s": round(statistics.median(s for s, _ in again), 3),
            "again_cpu_s": round(statistics.median(c for _, c in again), 3),
            "target_s": TARGET_S}  # fmt: skip


def _timed(library: Library, bill: int) -> tuple[list[AmendmentEntry], float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    listed = library.amendments(bill)
    return listed, time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--amendments", type=int, default=3000)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.amendments)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

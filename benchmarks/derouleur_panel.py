"""The dérouleur on 3,000 amendments: opening (the list filled in one go and painted) and
filtering (a group, an outcome, words typed), offscreen.

Targets (issue 17): opens in ≤ 0.3 s, filters in ≤ 50 ms. The amendments are the real
Sénat PLFSS 2018 rows of ../shared/amendments, copied and renumbered up to 3,000, as
`Library.amendments` gives them; the library is left out (its listing is the data side's
benchmarks/derouleur.py): this measures the window's part.

Run: QT_QPA_PLATFORM=offscreen python -m benchmarks.derouleur_panel [--amendments 3000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from reviewer.amendments import read_amendments
from reviewer.core.amendments import Amendment, AmendmentEntry

HERE = Path(__file__).resolve().parent
SENAT = (
    Path(os.environ.get("REVIEWER_SHARED", HERE.parents[1] / "shared"))
    / "amendments"
    / "senat_jeu_complet_2017-2018_63_plfss2018.csv"
)
TARGETS = {"open": 0.3, "filter": 0.05}
POSITIONS = ("Favorable", "Défavorable", "Sagesse", None, None)


def entries(count: int) -> list[AmendmentEntry]:
    """`count` amendments in the order of discussion, from the real rows copied over."""
    real = [item for item in read_amendments(SENAT) if isinstance(item, Amendment)]
    made = []
    for n in range(count):
        amendment = real[n % len(real)]
        made.append(
            AmendmentEntry(
                id=n + 1,
                chamber=amendment.chamber,
                number=str(n + 1),
                text_ref=amendment.text_ref,
                division=amendment.division,
                placement=amendment.placement,
                alinea=amendment.alinea,
                authors=amendment.authors,
                group=amendment.group,
                date=amendment.filed,
                state=amendment.state,
                outcome=amendment.outcome,
                parent="",
                identical_group=f"g{n // 3}" if n % 7 == 0 else "",
                order=n,
                bill_id=1,
                article=amendment.division or None,
                position=POSITIONS[n % len(POSITIONS)],
                argument="",
                summary=" ".join(amendment.dispositif)[:160],
            )
        )
    return sorted(made, key=lambda e: (_article_rank(e.division), e.placement, e.order))


def _article_rank(division: str) -> tuple[int, str]:
    digits = "".join(c for c in division if c.isdigit())
    return (int(digits) if digits else 10_000, division)


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """The median wall time and CPU time of `runs` runs, in seconds (on a shared machine
    the CPU time says what the work costs, the wall time what the user would wait)."""
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def halved(figures: tuple[float, float]) -> tuple[float, float]:
    return figures[0] / 2, figures[1] / 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--amendments", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from reviewer.gui.panels.derouleur import DerouleurPanel, Listing

    app = QApplication.instance() or QApplication([])
    listing = Listing(1, tuple(entries(args.amendments)))
    panel = DerouleurPanel()
    panel.set_labels(("Favorable", "Défavorable", "Sagesse", "Retrait", "Satisfait"))
    panel.resize(900, 700)
    panel.show()
    app.processEvents()

    def open_listing() -> None:
        panel.show_listing(listing)
        panel.repaint()  # painted, not only filled

    def filter_by(box: str, value: object) -> Callable[[], None]:
        def run() -> None:
            combo = panel.boxes[box]
            combo.setCurrentIndex(combo.findData(value))
            panel.view.viewport().repaint()
            combo.setCurrentIndex(0)
            panel.view.viewport().repaint()

        return run

    def type_words() -> None:
        panel.text_filter.setText("sécurité sociale")
        panel.view.viewport().repaint()
        panel.text_filter.clear()
        panel.view.viewport().repaint()

    figures = {
        "open": timed(open_listing, args.runs),
        # Each run filters then clears the filter: two filterings, halved.
        "filter group": halved(timed(filter_by("group", "groupe CRCE"), args.runs)),
        "filter outcome": halved(timed(filter_by("outcome", "adopté"), args.runs)),
        "filter position": halved(timed(filter_by("position", "Sagesse"), args.runs)),
        "filter words": halved(timed(type_words, args.runs)),
    }
    print(f"dérouleur, {len(listing.entries)} amendments, median of {args.runs} runs")
    failed = False
    for name, (wall, cpu) in figures.items():
        target = TARGETS[name.split()[0]]
        ok = wall <= target
        failed |= not ok
        verdict = "ok" if ok else "TOO SLOW"
        print(
            f"  {name:<16} {wall * 1000:7.1f} ms (CPU {cpu * 1000:6.1f} ms)"
            f"   target ≤ {target * 1000:.0f} ms  {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

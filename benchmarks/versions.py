"""Carrying annotations to a new version of a text: how often right, how often silently wrong.

Old versions are generated bills, the shared corpus and a real French bill's text; each is
amended by `reviewer.samples.amending`, which knows where every passage went. Passages
are highlighted on the old PDF through the library, `add_version` carries them, and each
carried annotation is compared with the ground truth:

- correct: a surviving passage placed exactly where it survives (target >= 98 %);
- silently wrong: status "exact" but the wrong place, or on touched or deleted text
  (target 0); wrong but flagged: another status at the wrong place (the user reviews it).

Run: python -m benchmarks.versions [--pages 300] [--annotations 1000] [--seed S]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reviewer.core.records import Annotation, CarryStatus
from reviewer.library import Library
from reviewer.pdf import Block, read_document
from reviewer.samples import GENERATOR_VERSION, bill
from reviewer.samples.amending import (
    COMMISSION,
    REFLOW,
    SEANCE,
    Fate,
    PlannedPassage,
    Span,
    Truth,
    amend,
    choose_passages,
    expected_places,
    places,
    split_at_pages,
)
from reviewer.samples.legislative import Document

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache" / "versions"
RESULTS = HERE / "results"
SHARED = HERE.parents[1] / "shared"
FRENCH_PDF = SHARED / "pdfs" / "french" / "regardscitoyens_pjl-retraites_pjlo.pdf"
PAGES_PER_ARTICLE = 0.79  # measured: bill(seed, articles=500) is 396 pages
HEAVY = {**COMMISSION, "delete_article": 8, "insert_article": 8, "move_sentence": 4}
TARGET_CORRECT, TARGET_SECONDS = 0.98, 10.0


@dataclass(frozen=True)
class Scenario:
    name: str
    old: Callable[[], Document]
    mix: Mapping[str, float]
    operations: int
    annotations: int
    seed: int
    timed: bool = False  # the 1,000 annotations on a 300-page bill


def scenarios(pages: int, annotations: int, seed: int) -> list[Scenario]:
    articles = max(4, round(pages / PAGES_PER_ARTICLE))
    return [
        Scenario(
            f"bill-{pages}p",
            lambda: bill(seed, articles=articles),
            COMMISSION,
            max(10, pages // 2),
            annotations,
            seed,
            timed=True,
        ),
        Scenario("bill-commission", lambda: bill(seed + 1, articles=40), COMMISSION, 40, 200, seed),
        Scenario("bill-seance-bis", lambda: bill(seed + 2, articles=40), SEANCE, 40, 200, seed),
        Scenario("bill-heavy", lambda: bill(seed + 3, articles=40), HEAVY, 120, 200, seed),
        Scenario("bill-reflow", lambda: bill(seed + 4, articles=40), REFLOW, 60, 200, seed),
        Scenario("shared-corpus", corpus_document, COMMISSION, 30, 150, seed),
        Scenario("pjlo-retraites", french_document, HEAVY, 30, 150, seed),
    ]


# --- Old versions from real text ---------------------------------------------------------------


def corpus_document() -> Document:
    """The shared corpus texts, one after the other, as one document."""
    blocks = []
    for path in sorted((SHARED / "corpus").glob("*.txt")):
        blocks.append(Block("h2", path.stem))
        blocks += _text_blocks(path.read_text(encoding="utf-8"))
    return Document("texte", "Corpus partagé", "", "videoprotection", tuple(blocks))


def _text_blocks(text: str) -> list[Block]:
    """Paragraphs (between blank lines) without Markdown emphasis; "Article 7" headings."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text):
        line = " ".join(paragraph.replace("**", "").replace("*", "").split()).lstrip("# ")
        if re.fullmatch(r"Article \S+(?: bis| ter)?", line):
            blocks.append(Block("h3", line))
        elif line:
            blocks.append(Block("p", line))
    return blocks


def french_document() -> Document:
    """The real text of the 2020 organic pension bill (Regards Citoyens comparatif).

    Its line numbers, "-"/"+" change marks and headers are dropped; lines are joined into
    paragraphs ending with ".", ";" or ":"; each article gets its heading.
    """
    blocks: list[Block] = []
    lines: list[str] = []
    for page in read_document(FRENCH_PDF).pages:
        for raw in page.text.splitlines():
            line = raw.strip()
            header = re.fullmatch(r"regardscitoyens / \S+ / (Article \S+)", line)
            if header and Block("h3", header.group(1)) not in blocks:
                blocks += [*_paragraph(lines), Block("h3", header.group(1))]
                lines = []
            elif not re.fullmatch(r"[\d.+\-−…]*|code_\S+|regardscitoyens.*", line):
                lines.append(re.sub(r"^[-+−] ", "", line))
                if line.endswith((".", ";", ":")):
                    blocks += _paragraph(lines)
                    lines = []
    blocks += _paragraph(lines)
    return Document("projet de loi", "PJLO retraites", "", "finances-publiques", tuple(blocks))


def _paragraph(lines: Sequence[str]) -> list[Block]:
    text = " ".join(" ".join(lines).split())
    return [Block("p", text)] if len(text.split()) >= 4 else []


# --- One scenario ------------------------------------------------------------------------------


@dataclass
class Outcome:
    """The figures of one scenario."""

    name: str
    pages: tuple[int, int]
    operations: int
    annotations: int
    fates: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: int = 0
    correct: int = 0
    silently_wrong: int = 0
    flagged_wrong: int = 0
    unrendered: int = 0  # passages the PDF writer lost: not measured
    carry_seconds: float = 0.0
    match_seconds: float = 0.0
    examples: list[dict[str, str]] = field(default_factory=list)


def run(scenario: Scenario, work: Path) -> Outcome:
    old = scenario.old()
    amended = amend(old, scenario.seed, operations=scenario.operations, mix=scenario.mix)
    old_pdf, new_pdf = _pdf(old, scenario.name, "old"), _pdf(amended.new, scenario.name, "new")
    with Library(work / scenario.name) as library:
        old_id, new_id = (
            library.import_paths([path]).outcomes[0].document_id for path in (old_pdf, new_pdf)
        )
        old_text, new_text = _text(library, old_id), _text(library, new_id)
        parts, unrendered = _passages(old, scenario, old_text)
        truths = amended.truth([part for part, _ in parts])
        expected = expected_places(truths, amended.new, new_text)
        sources = _highlight(library, old_id, parts, old_text)
        match_seconds = _matching_time(library, old_id, new_id)
        started = time.perf_counter()
        report = library.add_version(new_id, of=old_id)
        carry_seconds = time.perf_counter() - started
    pages = (old_text.count("\f") + 1, new_text.count("\f") + 1)
    outcome = Outcome(scenario.name, pages, len(amended.edits), len(parts), unrendered=unrendered)
    outcome.carry_seconds, outcome.match_seconds = carry_seconds, match_seconds
    by_source = {a.carry.source_id: a for a in report.carried if a.carry}
    for truth, place, source in zip(truths, expected, sources, strict=True):
        _judge(outcome, truth, place, by_source[source], new_text)
    return outcome


def _pdf(document: Document, scenario: str, version: str) -> Path:
    """The document's PDF, written once per text and generator version."""
    text = "\n".join(f"{b.style}|{b.text}" for b in document.blocks)
    key = hashlib.sha256(f"{GENERATOR_VERSION}\n{text}".encode()).hexdigest()[:16]
    path = CACHE / f"{scenario}-{version}-{key}.pdf"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        document.write(scratch)
        scratch.replace(path)
    return path


def _text(library: Library, document_id: int) -> str:
    """The document text the library matches on: page texts joined by form feeds."""
    return "\f".join(page.text for page in library.pages(document_id))


def _passages(
    old: Document, scenario: Scenario, text: str
) -> tuple[list[tuple[PlannedPassage, Span]], int]:
    """The passages to highlight, one per page as a selection gives them, with their place
    in the old PDF's text; and how many the PDF writer lost (not measured)."""
    planned = choose_passages(old, scenario.seed, scenario.annotations)
    located = places(old, [p.span for p in planned], text)
    parts = [
        part
        for passage, place in zip(planned, located, strict=True)
        if place is not None
        for part in split_at_pages(passage, place, text)
    ]
    placed = places(old, [part.span for part in parts], text)
    kept = [(part, place) for part, place in zip(parts, placed, strict=True) if place]
    return kept, len(planned) - len({part.key.split(".")[0] for part, _ in kept})


def _highlight(
    library: Library, document_id: int, parts: Sequence[tuple[PlannedPassage, Span]], text: str
) -> list[str]:
    """Highlight each part on its page, as a reader's selection does; the annotation ids."""
    starts = [0, *(m.end() for m in re.finditer("\f", text))]
    ids = []
    for _, place in parts:
        page, first = place.block + 1, starts[place.block]
        made = library.highlight(document_id, page, place.start - first, place.end - first)
        ids.append(made.id)
    return ids


def _matching_time(library: Library, old_id: int, new_id: int) -> float:
    """Alignment and relocation alone, on the texts and units the library gives them."""
    from reviewer.versions.alignment import align_units
    from reviewer.versions.relocation import Passage, relocate
    from reviewer.versions.units import units_of

    old_text, new_text = _text(library, old_id), _text(library, new_id)
    old_units = units_of(library.structure(old_id))
    new_units = units_of(library.structure(new_id))
    passages = [
        Passage(a.id, a.anchor.quote, a.anchor.position.start, a.anchor.position.end)
        for a in library.annotations(document_id=old_id)
    ]
    started = time.perf_counter()
    pairs = align_units(old_text, old_units, new_text, new_units)
    relocate(passages, old_text, new_text, pairs)
    return time.perf_counter() - started


def _judge(
    outcome: Outcome, truth: Truth, expected: Span | None, carried: Annotation, text: str
) -> None:
    status = carried.carry.status if carried.carry else CarryStatus.ORPHANED
    outcome.fates[truth.fate] += 1
    outcome.statuses[status] += 1
    if truth.fate is Fate.SURVIVES and expected is None:
        outcome.unrendered += 1  # The PDF writer lost the new place: nothing to compare.
        return
    if truth.fate is Fate.SURVIVES:
        outcome.survivors += 1
        if _same_place(carried, expected, text, status):
            outcome.correct += 1
            return
    elif status is not CarryStatus.EXACT:
        return  # Touched or deleted, and flagged for review: right.
    if status is CarryStatus.EXACT:
        outcome.silently_wrong += 1
        if len(outcome.examples) < 5:
            outcome.examples.append(_example(truth, expected, carried, text))
    else:
        outcome.flagged_wrong += 1


def _same_place(carried: Annotation, expected: Span, text: str, status: CarryStatus) -> bool:
    if status is CarryStatus.ORPHANED:
        return False
    start, end = carried.anchor.position.start, carried.anchor.position.end
    return _trimmed(text, start, end) == _trimmed(text, expected.start, expected.end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without whitespace at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _example(truth: Truth, expected: Span | None, carried: Annotation, text: str) -> dict[str, str]:
    where = text[expected.start : expected.end] if expected else ""
    return {
        "passage": truth.passage.key,
        "fate": truth.fate,
        "old_quote": truth.passage.text,
        "expected": _short(where),
        "carried_quote": _short(carried.quote),
        "carried_at": f"{carried.anchor.position.start}-{carried.anchor.position.end}",
        "expected_at": f"{expected.start}-{expected.end}" if expected else "",
    }


def _short(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else f"{flat[: limit // 2]} … {flat[-limit // 2 :]}"


# --- Report ------------------------------------------------------------------------------------


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _line(outcome: Outcome) -> str:
    statuses = " ".join(f"{s.value}={outcome.statuses[s]}" for s in CarryStatus)
    fates = " ".join(f"{f.value}={outcome.fates[f]}" for f in Fate)
    return (
        f"{outcome.name:<16} pages {outcome.pages[0]:>3}->{outcome.pages[1]:<3}"
        f" edits {outcome.operations:>3}  annotations {outcome.annotations:>4}  [{fates}]\n"
        f"{'':<16} correct {outcome.correct}/{outcome.survivors}"
        f" ({_share(outcome.correct, outcome.survivors):.1%})"
        f"  silently wrong {outcome.silently_wrong}  flagged wrong {outcome.flagged_wrong}"
        f"  unrendered {outcome.unrendered}  [{statuses}]\n"
        f"{'':<16} add_version {outcome.carry_seconds:.2f} s"
        f"  (matching {outcome.match_seconds:.2f} s)"
    )


def _summary(outcomes: Sequence[Outcome]) -> dict[str, float]:
    survivors = sum(o.survivors for o in outcomes)
    annotations = sum(o.annotations for o in outcomes)
    wrong = sum(o.silently_wrong for o in outcomes)
    timed = next(o for o in outcomes if o.name.startswith("bill-") and o.name.endswith("p"))
    return {
        "annotations": annotations,
        "correct_among_survivors": _share(sum(o.correct for o in outcomes), survivors),
        "silently_wrong": wrong,
        "silently_wrong_share": _share(wrong, annotations) if annotations else 0.0,
        "flagged_wrong": sum(o.flagged_wrong for o in outcomes),
        "flagged_wrong_share": _share(sum(o.flagged_wrong for o in outcomes), annotations),
        "unrendered": sum(o.unrendered for o in outcomes),
        "timed_pages": timed.pages[1],
        "timed_annotations": timed.annotations,
        "add_version_seconds": timed.carry_seconds,
        "matching_seconds": timed.match_seconds,
    }


def _verdict(summary: Mapping[str, float]) -> str:
    checks = (
        ("correct >= 98 %", summary["correct_among_survivors"] >= TARGET_CORRECT),
        ("silently wrong = 0", summary["silently_wrong"] == 0),
        ("add_version < 10 s", summary["add_version_seconds"] < TARGET_SECONDS),
    )
    return "  ".join(f"{name}: {'ok' if passed else 'MISSED'}" for name, passed in checks)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of the timed bill")
    parser.add_argument("--annotations", type=int, default=1000, help="on the timed bill")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="reviewer-versions-") as work:
        for scenario in scenarios(args.pages, args.annotations, args.seed):
            outcomes.append(run(scenario, Path(work)))
            print(_line(outcomes[-1]), flush=True)
    summary = _summary(outcomes)
    print(
        f"\nall: correct {summary['correct_among_survivors']:.1%} of surviving passages,"
        f" silently wrong {summary['silently_wrong']} ({summary['silently_wrong_share']:.2%}),"
        f" flagged wrong {summary['flagged_wrong']} ({summary['flagged_wrong_share']:.2%}),"
        f" unrendered {summary['unrendered']}\n"
        f"timed: {summary['timed_annotations']} annotations, {summary['timed_pages']} pages:"
        f" add_version {summary['add_version_seconds']:.2f} s,"
        f" matching {summary['matching_seconds']:.2f} s\n{_verdict(summary)}"
    )
    for outcome in outcomes:
        for example in outcome.examples:
            print(f"silently wrong in {outcome.name}: {json.dumps(example, ensure_ascii=False)}")
    _save(args, outcomes, summary)
    return 0


def _save(args: argparse.Namespace, outcomes: Sequence[Outcome], summary: dict[str, float]) -> None:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"versions-{datetime.now():%Y%m%d-%H%M%S}.json"
    data = {
        "arguments": vars(args),
        "summary": summary,
        "scenarios": [
            {**vars(o), "fates": dict(o.fates), "statuses": dict(o.statuses)} for o in outcomes
        ],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written {path.relative_to(HERE.parent)}")


if __name__ == "__main__":
    raise SystemExit(main())

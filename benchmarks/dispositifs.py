"""Reading the real dispositifs of /work/shared/amendments, and the time to draft one.

Every amendment of the shared files (Sénat "jeu complet" CSVs, AN XML feeds) is read by
`reviewer.drafting.parse` in its chamber's style; an additional article gets its place from
the amendment's heading (Sénat "Subdivision"), as the AN gives it. Counted: the amendments
with a dispositif, those parsed into operations, those flagged "formule non reconnue". The
parses are checked by hand on a sample (`--sample N` prints them with their source text).

Drafting: one amendment, preview included (write, read back, apply, word diff, warnings),
timed over every operation in both styles (the slowest mean), and through the library on a
real Sénat bill (the first draft detects the structure); target <= 200 ms.

The files are read with the minimal code below (the amendments package reads them fully).

Run: python -m benchmarks.dispositifs [--shared /work/shared] [--sample 40] [--failures]
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from reviewer.drafting import AN, SENAT, Edit, Op, Unrecognized, draft, parse
from reviewer.drafting.text import ArticleText

_WITHDRAWN = re.compile(r"en cours de traitement", re.I)


@dataclass(frozen=True)
class Source:
    """One real amendment: its file, number, place and dispositif as plain paragraphs."""

    file: str
    number: str
    place: str  # "Article 7", "art. add. après Article 19", ""
    style: str
    text: str


def paragraphs(markup: str) -> str:
    """The HTML of a dispositif as plain text, a paragraph a line."""
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def senat(path: Path) -> list[Source]:
    csv.field_size_limit(sys.maxsize)
    body = path.read_text(encoding="cp1252").split("\n", 1)[1]  # after "sep=\t"
    rows = list(csv.reader(body.splitlines(keepends=True), delimiter="\t"))
    header = [cell.strip() for cell in rows[0]]
    found = []
    for row in rows[1:]:
        record = dict(zip(header, row, strict=False))
        found.append(
            Source(
                path.name,
                record.get("Numéro", "").strip(),
                record.get("Subdivision", "").strip(),
                SENAT,
                paragraphs(record.get("Dispositif", "")),
            )
        )
    return found


def assemblee(path: Path) -> list[Source]:
    root = ET.parse(path).getroot()
    found = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "dispositif" and element.text:
            found.append(Source(path.name, "", "", AN, paragraphs(element.text)))
    return found


def sources(folder: Path) -> list[Source]:
    found: list[Source] = []
    for path in sorted(folder.glob("senat_*.csv")):
        found.extend(senat(path))
    for path in sorted(folder.glob("an_*.xml")):
        if not path.name.endswith("_liste.xml"):
            found.extend(assemblee(path))
    return found


def additional_place(place: str) -> str:
    """ "art. add. après Article 19" -> "Après l'article 19"; otherwise ""."""
    match = re.match(r"art\.\s*add\.\s*(avant|après)\s+article\s+(.+)", place, re.I)
    return f"{match[1].capitalize()} l'article {match[2]}" if match else ""


def measure(
    folder: Path,
) -> tuple[Counter[str], list[tuple[Source, list[Edit]]], list[tuple[Source, str]]]:
    counts: Counter[str] = Counter()
    parsed: list[tuple[Source, list[Edit]]] = []
    failed: list[tuple[Source, str]] = []
    for source in sources(folder):
        counts["amendments"] += 1
        if not source.text or _WITHDRAWN.search(source.text):
            counts["no dispositif (withdrawn, inadmissible, pending)"] += 1
            continue
        counts["with a dispositif"] += 1
        try:
            edits = parse(
                source.text, style=source.style, additional=additional_place(source.place)
            )
        except Unrecognized as error:
            counts["flagged: formule non reconnue"] += 1
            failed.append((source, str(error)))
            continue
        counts["parsed into operations"] += 1
        counts.update(f"  op {edit.op.value}" for edit in edits)
        parsed.append((source, edits))
    return counts, parsed, failed


_ARTICLE = ArticleText(
    "Article 7",
    "Article 7",
    (
        "I. – Le code de la sécurité sociale est ainsi modifié :",
        "1° À l’article L. 131-7, le taux est fixé par décret ; le taux est révisé chaque année.",
        "2° Au premier alinéa de l’article L. 242-1, les mots : « dix ans » sont remplacés par "
        "les mots : « cinq ans » ;",
        "3° L’article L. 862-4 est complété par un alinéa ainsi rédigé :",
        "« Le produit de la contribution est affecté au fonds mentionné à l’article L. 862-1. »",
        "II. – Le présent article entre en vigueur le 1er janvier 2027. Il s’applique aux "
        "contrats en cours.",
    ),
)
_DRAFTS = (
    Edit(Op.REPLACE_WORDS, "Article 7", 2, old="le taux", new="la part", occurrence=2),
    Edit(Op.DELETE_WORDS, "Article 7", 6, old="le 1er janvier 2027"),
    Edit(Op.INSERT_WORDS, "Article 7", 2, anchor="décret", new="en Conseil d’État"),
    Edit(Op.COMPLETE, "Article 7", 1, new="et le code du travail"),
    Edit(Op.REWRITE_ALINEA, "Article 7", 3, new="2° Nouvelle rédaction ;"),
    Edit(Op.INSERT_ALINEA, "Article 7", 3, new="2° bis Un ajout ;"),
    Edit(Op.DELETE_ALINEA, "Article 7", 4, last=5),
    Edit(Op.DELETE_ARTICLE, "Article 7"),
    Edit(Op.ADDITIONAL_ARTICLE, "Article 7", new="Le code est ainsi modifié."),
    Edit(Op.REWRITE_ARTICLE, "Article 7", new="Texte nouveau."),
    Edit(Op.RESTORE_ARTICLE, "Article 7", new="Texte rétabli."),
)


def drafting_time(rounds: int = 20) -> float:
    """The slowest mean time (ms) to draft one amendment with its preview, per operation."""
    worst = 0.0
    for edit in _DRAFTS:
        for style in (AN, SENAT):
            start = time.perf_counter()
            for _ in range(rounds):
                draft(_ARTICLE, edit, style=style)
            worst = max(worst, (time.perf_counter() - start) / rounds * 1000)
    return worst


def library_drafting_time(shared: Path, rounds: int = 20) -> tuple[float, float, float]:
    """Drafting through the facade on a real bill (the Sénat's saved page): the first draft
    (the structure is detected then), the mean of the next ones, and the mean time the
    reader's dialog takes to find a selection's address (`draft_address`), in ms."""
    import tempfile

    from reviewer.library import Library
    from reviewer.library.anchoring import Span

    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "library") as library:
        report = library.import_paths([shared / "web" / "senat_projet-de-loi_pjl17-659.html"])
        (document_id,) = {o.document_id for o in report.outcomes if o.document_id is not None}
        request = {
            "article": "2", "alinea": 3, "op": "replace-words",
            "old": "des chapitres III et IV", "new": "un chapitre III",
        }  # fmt: skip
        start = time.perf_counter()
        library.draft(document_id, **request)
        first = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        for _ in range(rounds):
            library.draft(document_id, **request)
        next_ones = (time.perf_counter() - start) / rounds * 1000
        page = library.pages(document_id)[1]
        at = page.text.find("des chapitres")
        selection = [Span(page.number, at, at + len("des chapitres\u00a0III et\u00a0IV"))]
        start = time.perf_counter()
        for _ in range(rounds):
            library.draft_address(document_id, selection)
        return first, next_ones, (time.perf_counter() - start) / rounds * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("REVIEWER_SHARED", "/work/shared"))
    )
    parser.add_argument("--sample", type=int, default=0, help="print N parses to check by hand")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--failures", action="store_true", help="print what is not recognised")
    args = parser.parse_args(argv)
    counts, parsed, failed = measure(args.shared / "amendments")
    for key, value in counts.items():
        print(f"{key:50} {value:5}")
    share = counts["parsed into operations"] / max(1, counts["with a dispositif"])
    print(f"{'parsed share (of those with a dispositif)':50} {share:6.1%}")
    print(
        f"{'parsed or flagged':50} {100:5}%  (nothing else: every dispositif is one or the other)"
    )
    print(f"{'drafting one amendment, preview included (ms)':50} {drafting_time():7.2f}")
    first, next_ones, address = library_drafting_time(args.shared)
    print(f"{'  through the library, real bill: first (ms)':50} {first:7.2f}")
    print(f"{'  through the library, real bill: next ones (ms)':50} {next_ones:7.2f}")
    print(f"{'  the address of a selection, for the dialog (ms)':50} {address:7.2f}")
    if args.failures:
        for source, reason in failed:
            print(
                f"\n--- {source.file} {source.number} {source.place}: {reason}\n{source.text[:600]}"
            )
    for source, edits in random.Random(args.seed).sample(parsed, min(args.sample, len(parsed))):
        print(f"\n=== {source.file} {source.number} {source.place}\n{source.text[:700]}")
        for edit in edits:
            print(f"  -> {edit}"[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())

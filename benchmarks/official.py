"""Applying the real official amendments of /work/shared/amendments to generated bills.

Every amendment file is imported into a scratch library; for each text they amend, a bill is
generated with that number, chamber and session (or legislature), and every article they
target, each with enough generated alinéas. Then `Library.apply_amendment` is run on every
amendment: counted, those applied, those flagged "formule non reconnue" (the engine does not
understand the dispositif), those flagged "non applicable" (understood, but the words it
quotes are not in the generated text: expected, the bill is not the real one), and the other
refusals (no article, no dispositif...). `--sample N` prints N applied ones with their
dispositif and the alinéas changed, for a check by hand.

Run: python -m benchmarks.official [--shared /work/shared] [--sample 10]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from reviewer.core.kinds import AMENDEMENT
from reviewer.library import Library
from reviewer.pdf import Block, write_pdf
from reviewer.samples.legislative import bill

_NUMBERS = re.compile(r"\d+")
_ORDINAL = {"14": "QUATORZIÈME", "15": "QUINZIÈME", "16": "SEIZIÈME", "17": "DIX-SEPTIÈME"}


def paragraphs(count: int, seed: int) -> list[str]:
    """`count` generated alinéas of bills' bodies."""
    found: list[str] = []
    while len(found) < count:
        blocks = bill(seed, articles=12).blocks
        found += [b.text for b in blocks if b.style == "p" and not b.text.startswith("Vu ")]
        seed += 1000
    return found[:count]


def bill_blocks(fields: dict[str, object], articles: dict[str, int], seed: int) -> list[Block]:
    senat = fields.get("chamber") == "Sénat"
    if senat:
        session = str(fields.get("session") or "2017-2018")
        header = [
            Block("small", f"N° {fields['text_number']}"),
            Block("center", "SÉNAT"),
            Block("center", f"SESSION ORDINAIRE DE {session.replace('-', '-')}"),
            Block("small", f"Enregistré à la Présidence du Sénat le 1er juin {session[-4:]}"),
        ]
    else:
        legislature = str(fields.get("legislature") or "15")
        header = [
            Block("small", f"N° {fields['text_number']}"),
            Block("center", "ASSEMBLÉE NATIONALE"),
            Block("center", f"{_ORDINAL.get(legislature, legislature + 'E')} LÉGISLATURE"),
        ]
    blocks = [*header, Block("h1", "PROJET DE LOI"), Block("h2", "de test")]
    for number, (label, count) in enumerate(sorted(articles.items())):
        blocks.append(Block("h3", label))
        blocks += [Block("p", text) for text in paragraphs(count, seed + number)]
    return blocks


def needed_alineas(value: object) -> int:
    numbers = [int(n) for n in _NUMBERS.findall(str(value or ""))]
    return max([*numbers, 8]) + 2


def run(shared: Path, sample: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        library = Library(Path(scratch) / "library")
        files = sorted(p for p in (shared / "amendments").iterdir() if p.suffix in (".xml", ".csv"))
        library.import_paths(files)
        amendments = [d for d in library.documents() if d.kind == AMENDEMENT]
        texts: dict[str, tuple[dict[str, object], dict[str, int]]] = {}
        for document in amendments:
            fields = document.metadata
            article = str(fields.get("target_article") or "")
            if not article.startswith("Article") or not fields.get("text_number"):
                continue
            _fields, articles = texts.setdefault(
                str(fields["text_ref"]), (fields, defaultdict(int))
            )
            articles[article] = max(articles[article], needed_alineas(fields.get("alinea")))
        for number, (fields, articles) in enumerate(texts.values()):
            path = Path(scratch) / f"bill-{number}.pdf"
            write_pdf(path, bill_blocks(fields, articles, number))
            library.import_paths([path])
        counts: Counter[str] = Counter()
        applied = []
        started = time.perf_counter()
        for document in amendments:
            try:
                result = library.apply_amendment(document.id)
            except Exception as error:
                counts[f"refused: {str(error)[:60]}"] += 1
                continue
            if result.applied:
                counts["applied"] += 1
                applied.append((document, result))
            elif result.reason.startswith("formule non reconnue"):
                counts["formule non reconnue"] += 1
            elif result.reason.startswith("non applicable"):
                counts["non applicable (words not in the generated bill)"] += 1
            else:
                counts[f"other: {result.reason[:60]}"] += 1
        elapsed = time.perf_counter() - started
        library.close()
    print(f"{len(amendments)} official amendments, {len(texts)} texts, "
          f"{elapsed * 1000 / max(1, len(amendments)):.1f} ms each")  # fmt: skip
    for what, count in counts.most_common():
        print(f"  {count:5d}  {what}")
    for document, result in random.Random(0).sample(applied, min(sample, len(applied))):
        print("-" * 72)
        print(document.title)
        before, after = result.before.split("\n"), result.after.split("\n")
        print(f"{result.article}: {len(before)} → {len(after)} lines")
        for line in sorted(set(after) - set(before))[:3]:
            print(f"  + {line[:200]}")
        for line in sorted(set(before) - set(after))[:3]:
            print(f"  - {line[:200]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(os.environ.get("REVIEWER_SHARED", "/work/shared"))
    )
    parser.add_argument("--sample", type=int, default=8)
    args = parser.parse_args()
    run(args.shared, args.sample)


if __name__ == "__main__":
    main()

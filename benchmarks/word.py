"""Exporting to Word: a long bill with many annotations as native comments (target <= 30 s).

A generated bill of about --pages pages gets --annotations highlights of one to three
alinéas' words (plus a few notes) and --drafts saved amendment drafts (replacing, deleting
and inserting words, rewriting, inserting and deleting alinéas, on articles spread over the
bill); the export, with the drafts as tracked changes, is timed, then read back with
python-docx to count the comments and the ones on exactly their quote's words, and the
import of the same file is timed too (all found present).

Run: python -m benchmarks.word [--pages 150] [--annotations 2000] [--drafts 50] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import docx

from reviewer.drafting.text import article_text, articles
from reviewer.library import Library
from reviewer.samples import bill

PAGES_PER_ARTICLE = 0.79  # measured: bill(seed, articles=500) is 396 pages
TARGET_SECONDS = 30.0
HERE = Path(__file__).resolve().parent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--annotations", type=int, default=2000)
    parser.add_argument("--drafts", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        return _run(Path(folder), args.pages, args.annotations, args.drafts, args.seed)


def _run(folder: Path, pages: int, count: int, drafts: int, seed: int) -> int:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from word_samples import covered, same_words  # the tests' reading of comment ranges

    path = folder / "pjl.pdf"
    bill(seed, articles=round(pages / PAGES_PER_ARTICLE)).write(path)
    with Library(folder / "library") as library:
        [document_id] = [o.document_id for o in library.import_paths([path]).outcomes]
        texts = [page.text for page in library.pages(document_id)]
        made = time.perf_counter()
        annotations = _annotate(library, document_id, texts, count, random.Random(seed))
        print(f"{len(texts)} pages, {len(annotations)} annotations made in "
              f"{time.perf_counter() - made:.1f} s")  # fmt: skip
        made = time.perf_counter()
        saved = _draft(library, document_id, drafts, random.Random(seed))
        print(f"{len(saved)} drafts saved in {time.perf_counter() - made:.1f} s")
        out = folder / "texte.docx"
        started = time.perf_counter()
        written = library.export_word([document_id], out, with_drafts=bool(saved))
        seconds = time.perf_counter() - started
        words = covered(out)
        read = docx.Document(str(out)).comments
        comments = {c.text.split("\n")[0]: str(c.comment_id) for c in read}
        exact = sum(words.get(comments[a.note]) == same_words(a.quote) for a in annotations)
        started = time.perf_counter()
        back = library.import_word_annotations(document_id, out)
        import_seconds = time.perf_counter() - started
    size = out.stat().st_size / 2**20
    print(f"export: {written.comments} comments in {seconds:.1f} s "
          f"(target <= {TARGET_SECONDS:.0f} s), {size:.1f} MB")  # fmt: skip
    print(f"drafts as tracked changes: {written.drafts}/{len(saved)}")
    for warning in written.warnings:
        print(f"  {warning}")
    print(f"on exactly their quote's words: {exact}/{len(annotations)}")
    print(f"import of the same file: {back.present} present, {back.added} added, "
          f"{len(back.unfound)} not found, in {import_seconds:.1f} s")  # fmt: skip
    return 0 if seconds <= TARGET_SECONDS and exact == len(annotations) else 1


def _draft(library: Library, document_id: int, count: int, rng: random.Random) -> list:
    """`count` drafts, one per article (spread over the bill), of the usual operations."""
    text = "\f".join(page.text for page in library.pages(document_id))
    found = [article_text(s, text) for s in articles(library.structure(document_id))]
    chosen = [a for a in found if len(a.alineas) >= 2]
    rng.shuffle(chosen)
    saved = []
    for number, article in enumerate(chosen[:count]):
        words = article.alineas[1].split()
        old = " ".join(words[3:6])  # may occur twice: the engine then says so, as it should
        requests = [
            {"op": "replace-words", "alinea": 2, "old": old, "new": "des mots nouveaux"},
            {"op": "delete-words", "alinea": 2, "old": old},
            {"op": "insert-words", "alinea": 2, "after": old, "new": "le cas échéant"},
            {"op": "rewrite-alinea", "alinea": 1, "new": "Un alinéa récrit en entier."},
            {"op": "insert-alinea", "alinea": 1, "new": "Un alinéa nouveau."},
            {"op": "delete-alinea", "alinea": 2},
            {"op": "delete-article"},
        ]
        request = requests[number % len(requests)]
        saved.append(library.save_draft(document_id, article=article.label, **request))
    return saved


def _annotate(library: Library, document_id: int, texts: list[str], count: int, rng) -> list:
    """`count` highlights of a few words to a few lines, each on one page, notes all different."""
    made = []
    while len(made) < count:
        page = rng.randrange(1, len(texts) + 1)
        text = texts[page - 1]
        if len(text) < 400:
            continue
        start = rng.randrange(0, len(text) - 300)
        end = start + rng.randrange(8, 300)
        tags = ["à revoir"] if len(made) % 5 == 0 else []
        made.append(
            library.highlight(
                document_id, page, start, end, note=f"remarque {len(made)}", tags=tags
            )
        )
    return made


if __name__ == "__main__":
    raise SystemExit(main())

"""A generated bill annotated as a user would, and the words a Word file's comments cover."""

from __future__ import annotations

import itertools
import random
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml.ns import qn

from reviewer.core.drafting import SavedDraft
from reviewer.core.records import Annotation
from reviewer.drafting.text import article_text, articles
from reviewer.library import Library
from reviewer.library.anchoring import page_offsets
from reviewer.samples import bill


@dataclass(frozen=True)
class Annotated:
    document_id: int
    single: tuple[Annotation, ...]  # quotes within one paragraph
    multiple: tuple[Annotation, ...]  # quotes across two paragraphs or more
    notes: tuple[Annotation, ...]  # page and document notes


def annotated_bill(
    library: Library, folder: Path, *, seed: int = 7, articles: int = 40
) -> Annotated:
    """A long bill with one-paragraph and multi-paragraph quotes, notes and tags."""
    path = folder / f"bill-{seed}.pdf"
    bill(seed, articles=articles).write(path)
    [document_id] = [o.document_id for o in library.import_paths([path]).outcomes]
    pages = library.pages(document_id)
    offsets = page_offsets([len(page.text) for page in pages])
    alineas = [s for s in _walk(library.structure(document_id)) if s.kind == "alinéa"]
    rng = random.Random(seed)
    single, multiple = [], []

    def highlight(start: int, end: int, number: int) -> Annotation | None:
        page = _page(offsets, start)
        if page != _page(offsets, end):
            return None
        local = offsets[page - 1]
        tags = ["à revoir", "CNIL"][: number % 3]
        return library.highlight(
            document_id, page, start - local, end - local, note=f"remarque {number}", tags=tags
        )

    for number, alinea in enumerate(alineas):
        if number % 2 or alinea.end - alinea.start < 60:
            continue  # the others are left to colleagues
        middle = (alinea.start + alinea.end) // 2  # two quotes: runs cut four times
        for low, high, which in ((alinea.start, middle, 0), (middle, alinea.end, 1)):
            start = low + rng.randrange(0, (high - low) // 3)
            end = rng.randrange(start + 5, high)
            if found := highlight(start, end, 2 * number + which):
                single.append(found)
    for number, (first, second) in enumerate(itertools.pairwise(alineas)):
        if number % 4 == 0 and first.end < second.start:
            start = (first.start + first.end) // 2
            end = (second.start + second.end) // 2
            if found := highlight(start, end, 10_000 + number):
                multiple.append(found)
    notes = [
        library.add_note(document_id, f"note de page {page}", page=page, tags=["page"])
        for page in (1, 3, len(pages))
    ]
    notes.append(library.add_note(document_id, "note sur tout le texte"))
    return Annotated(document_id, tuple(single), tuple(multiple), tuple(notes))


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.children)


def _page(offsets: list[int], offset: int) -> int:
    return sum(1 for start in offsets if start <= offset)


def covered(path: Path) -> dict[str, str]:
    """The words between each comment's start and end (comment id -> text), read with
    python-docx's XML as any reader would: paragraphs apart by a space; tracked changes
    as the text was before them (deleted words in, inserted ones out)."""
    body = docx.Document(str(path)).element.body
    opened: set[str] = set()
    words: dict[str, list[str]] = defaultdict(list)
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            opened.add(element.get(qn("w:id")))
        elif element.tag == qn("w:commentRangeEnd"):
            opened.discard(element.get(qn("w:id")))
        elif element.tag in (qn("w:t"), qn("w:delText"), qn("w:p")):
            if element.tag == qn("w:t") and element.getparent().getparent().tag == qn("w:ins"):
                continue
            for key in opened:
                words[key].append(element.text or "" if element.tag != qn("w:p") else " ")
    return {key: " ".join("".join(parts).split()) for key, parts in words.items()}


def same_words(text: str) -> str:
    return " ".join(text.split())


# --- Tracked changes ---------------------------------------------------------------------


def decided(path: Path, *, accept: bool) -> list[docx.text.paragraph.Paragraph]:
    """The paragraphs of a Word file with every tracked change accepted (or rejected), as
    Word's "accept all" does it to the XML: the changes one way go, the others stay as text;
    a paragraph whose mark goes runs into the next one."""
    document = docx.Document(str(path))
    going, staying = ("w:del", "w:ins") if accept else ("w:ins", "w:del")
    for change in list(document.element.body.iter(qn(going))):
        if change.getparent().tag == qn("w:rPr"):  # a paragraph mark
            _join_next(change.getparent().getparent().getparent())
        else:
            change.getparent().remove(change)
    for change in list(document.element.body.iter(qn(staying))):
        parent = change.getparent()
        if parent.tag == qn("w:rPr"):
            parent.remove(change)
            continue
        for deleted in change.iter(qn("w:delText")):
            deleted.tag = qn("w:t")
        for child in list(change):
            change.addprevious(child)
        parent.remove(change)
    return list(document.paragraphs)


def _join_next(paragraph) -> None:
    following = paragraph.getnext()
    while following is not None and following.tag != qn("w:p"):
        following = following.getnext()
    content = [child for child in paragraph if child.tag != qn("w:pPr")]
    if following is None:  # the last paragraph keeps its mark
        return
    properties = following.find(qn("w:pPr"))
    at = 0 if properties is None else 1
    for offset, child in enumerate(content):
        following.insert(at + offset, child)
    paragraph.getparent().remove(paragraph)


def article_lines(paragraphs, heading: str) -> list[str]:
    """The lines of the article whose heading paragraph is `heading`, up to the next heading
    ([] when the text has no such article); whitespace evened out."""
    lines: list[str] = []
    for paragraph in paragraphs:
        text = same_words(paragraph.text)
        heading_style = paragraph.style.name.startswith("Heading")
        if lines and heading_style:
            break
        if lines or (heading_style and text == heading):
            lines.append(text)
    return lines


# --- Drafts ------------------------------------------------------------------------------


def drafted_bill(library: Library, path: Path) -> tuple[int, list[SavedDraft]]:
    """A generated bill with a saved draft of each kind of operation on its articles 1 to 7,
    and one on article 8 that the engine cannot apply (its words are not in the text)."""
    bill(3, articles=10).write(path)
    [doc] = [o.document_id for o in library.import_paths([path]).outcomes]
    texts = article_texts(library, doc)
    return doc, [library.save_draft(doc, **request) for request in _requests(texts)]


def article_texts(library: Library, doc: int) -> dict[str, tuple[str, ...]]:
    """Each article's alinéas, as the drafting engine reads them."""
    text = "\f".join(page.text for page in library.pages(doc))
    found = (article_text(s, text) for s in articles(library.structure(doc)))
    return {article.label: article.alineas for article in found}


def once(alinea: str, count: int = 3) -> str:
    """`count` words of the alinéa that occur only once in it."""
    words = re.findall(r"\w+", alinea)
    for start in range(2, len(words) - count):
        wanted = " ".join(words[start : start + count])
        if len(re.findall(rf"(?<!\w){re.escape(wanted)}(?!\w)", alinea)) == 1:
            return wanted
    raise AssertionError(f"no unique words in {alinea!r}")


def _requests(texts: dict[str, tuple[str, ...]]) -> list[dict]:
    return [
        {"article": "1er", "op": "replace-words", "alinea": 2,
         "old": once(texts["Article 1er"][1]), "new": "des mots nouveaux"},
        {"article": "2", "op": "delete-words", "alinea": 1, "old": once(texts["Article 2"][0])},
        {"article": "3", "op": "insert-words", "alinea": 1,
         "after": once(texts["Article 3"][0], 2), "new": "et, le cas échéant, ses suppléants"},
        {"article": "4", "op": "rewrite-alinea", "alinea": 2,
         "new": "1° Les mots : « système » sont remplacés par le mot : « dispositif » ;"},
        {"article": "5", "op": "insert-alinea", "alinea": 1,
         "new": "1° A Le premier alinéa est complété par les mots : « , sauf urgence » ;"},
        {"article": "6", "op": "delete-article"},
        {"article": "7", "op": "additional-article",
         "new": "Le Gouvernement remet au Parlement un rapport annuel.\nCe rapport est public."},
        {"article": "8", "op": "replace-words", "alinea": 1,
         "old": "des mots que le texte n’a pas", "new": "rien"},
    ]  # fmt: skip

"""An article's text as the drafting engine sees it: a heading and its alinéas, one string each.

Words are found as the chambers quote them: whole words, with ’ and ' and any kind of space
taken as the same, so a dispositif typed with straight apostrophes still finds its words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reviewer.legislative.structure import PAGE_BREAK, Section, article_label

# Page numbers and rules at a page break are not part of an alinéa.
_RUNNING = re.compile(r"[\s\d–—-]*")
# A sentence ends at . ! ? (or …) before a capital or an opening quote, except after
# abbreviations such as "L." (code references), "art." or "n°".
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:\s*[»”])?\s+(?=[«“(A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bart|\bArt|\bp|\bMM?|\bMme|\bn°)\.$")
_SAME = str.maketrans({"’": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "‑": "-"})


@dataclass(frozen=True)
class ArticleText:
    """An article of a bill: "Article 7" and its alinéas, numbered from 1."""

    label: str
    heading: str
    alineas: tuple[str, ...]

    def render(self) -> str:
        return "\n".join([self.heading, *self.alineas])


def canonical_article(label: str) -> str:
    """ "7", "art. 7 bis", "ARTICLE PREMIER" -> "Article 7", "Article 7 bis", "Article 1er"."""
    words = re.sub(r"(?i)^\s*(?:article|art\.)\s*", "", " ".join(label.split()))
    return article_label(words) if words else ""


def articles(sections: Sequence[Section]) -> Iterator[Section]:
    """Every article of a structure, in reading order."""
    for section in sections:
        if section.kind == "article":
            yield section
        else:
            yield from articles(section.children)


def find_article(sections: Sequence[Section], text: str, label: str) -> ArticleText | None:
    """The article named `label` in a document's structure and text, or None."""
    wanted = canonical_article(label).casefold()
    for section in articles(sections):
        if section.label.casefold() == wanted:
            return article_text(section, text)
    return None


def article_text(section: Section, text: str) -> ArticleText:
    heading_end = text.find("\n", section.start, section.end)
    heading = text[section.start : heading_end if heading_end >= 0 else section.end]
    return ArticleText(
        label=section.label,
        heading=" ".join(heading.split()),
        alineas=tuple(_joined(text[child.start : child.end]) for child in section.children),
    )


def _joined(chunk: str) -> str:
    """One alinéa on one line: its lines joined by a space, page furniture left out."""
    lines = unicodedata.normalize("NFC", chunk).replace(PAGE_BREAK, "\n").split("\n")
    return " ".join(" ".join(line.split()) for line in lines if not _RUNNING.fullmatch(line))


def same(text: str) -> str:
    """`text` with ’ as ' and every space as a plain one: same length, for matching."""
    return text.translate(_SAME)


def occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """Where `words` occur in `text` as whole words: (start, end) pairs."""
    needle = " ".join(same(unicodedata.normalize("NFC", words)).split())
    if not needle:
        return []
    pattern = re.escape(needle).replace(r"\ ", r"\s+")
    if needle[0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1].isalnum():
        pattern += r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, same(text))]


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of an alinéa."""
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        if not _ABBREVIATION.search(text[: match.start()].rstrip("»” ")):
            bounds.append(match.end())
    bounds.append(len(text))
    spans = []
    for start, end in itertools.pairwise(bounds):
        spans.append((start, len(text[:end].rstrip())))
    return spans

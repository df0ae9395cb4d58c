"""The outline of a text as the facade returns it: sections (TITRE, Article, alinéa...)
with their page and document-text offsets. Detected by reviewer.legislative."""

from __future__ import annotations

from dataclasses import dataclass

_SHORT = (
    ("Article ", "Art. "),
    ("alinéa ", "al. "),
    ("Chapitre ", "Chap. "),
    ("Sous-section ", "Sous-sect. "),
    ("Section ", "Sect. "),
    ("Après l'article ", "Après l'art. "),
    ("Avant l'article ", "Avant l'art. "),
)


@dataclass(frozen=True)
class Section:
    """One unit of the text; `start`/`end` are document-text offsets, `page` is 1-based."""

    kind: str  # "titre", "chapitre", "article", "alinéa", "exposé sommaire"...
    label: str  # "Article 7 bis", "alinéa 3", "Exposé sommaire"
    title: str  # "Dispositions finales", or ""
    page: int
    start: int  # where the heading begins
    end: int  # just after the last non-blank character of the unit
    children: tuple[Section, ...] = ()

    @property
    def short(self) -> str:
        """The label as reports abbreviate it: "Art. 7 bis", "al. 3"."""
        for long, short in _SHORT:
            if self.label.startswith(long):
                return short + self.label[len(long) :]
        return self.label

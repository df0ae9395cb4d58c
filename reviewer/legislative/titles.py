"""A document's title from what it states, for files whose own title is a file name.

"an-amendement-177-plfss2017" heads nothing well: "Amendement n° 177 — Article 3",
"Question écrite n° 13417 de M. Jérôme Guedj (Intérieur et outre-mer)", "Projet de loi de
financement de la sécurité sociale pour 2018" say what the document is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from reviewer.core.kinds import AMENDEMENT, PROJET, PROPOSITION, QUESTION, RAPPORT
from reviewer.legislative.patterns import head

Metadata = Mapping[str, object]

# Titles that tools write in a file's metadata, naming the tool or a draft, not the text.
_GENERATED = re.compile(
    r"^(?:microsoft (?:word|excel|powerpoint) - .*|adobe .*|untitled.*|sans titre.*|titre|"
    r"document\d*|doc\d*|.*\.(?:docx?|odt|pdf|rtf|txt|html?))$",
    re.I,
)
# A bill's subject: the lines after "PROJET DE LOI" up to the next heading or procedure line.
_BILL_HEADING = re.compile(r"^[ \t]*(PROJET|PROPOSITION) DE LOI\b[^\n]*$", re.M)
_SUBJECT_START = re.compile(
    r"(?:relati(?:f|ve)|de |d[’']|du |des |pour |visant|portant|tendant|ratifiant|autorisant|"
    r"sur |en faveur|contre )",
    re.I,
)
_SUBJECT_END = re.compile(
    r"^[ \t]*(?:\(|PRÉSENTÉ|TRANSMIS|ADOPTÉ|MODIFIÉ|Le Sénat|EXPOSÉ|[A-ZÉÈ ]{12,}$)"
)
_SUBJECT_LINES = 4
_TITLE_MAX = 200


def is_real_title(title: str, file_stem: str) -> bool:
    """Whether a file's own title names its text (not a tool, a draft, or the file's name)."""
    return not is_tool_title(title) and _plain(title) != _plain(file_stem)


def is_tool_title(title: str) -> bool:
    """A title a tool wrote ("Microsoft Word - Document1", "untitled"), or none."""
    return not title.strip() or _GENERATED.match(title.strip()) is not None


def stated_title(kind: str, metadata: Metadata, pages: Sequence[str]) -> str | None:
    """The title a document's kind and stated metadata give, or None if they say too little."""
    build = _BUILDERS.get(kind)
    title = build(metadata, pages) if build else None
    return title[:_TITLE_MAX] if title else None


def _amendment(metadata: Metadata, _pages: Sequence[str]) -> str | None:
    number = metadata.get("number")
    parts = [f"Amendement n° {number}" if number else "Amendement"]
    if target := metadata.get("target_article"):
        parts.append(f"{target}, état {metadata['etat']}" if metadata.get("etat") else str(target))
    if text := metadata.get("text"):
        parts.append(str(text))
    return " — ".join(parts) if len(parts) > 1 or number else None


def _question(metadata: Metadata, _pages: Sequence[str]) -> str | None:
    number = metadata.get("number")
    if not number:
        return None
    title = f"Question écrite n° {number}"
    if authors := metadata.get("authors"):
        title += f" de {_first(authors)}"
    if ministry := metadata.get("ministry_asked") or metadata.get("ministry_answering"):
        title += f" ({ministry})"
    return title


def _bill(metadata: Metadata, pages: Sequence[str]) -> str | None:
    text = head(pages)
    heading = _BILL_HEADING.search(text)
    if heading is None:
        return None
    kind = "Projet de loi" if heading.group(1) == "PROJET" else "Proposition de loi"
    subject = _subject(text[heading.end() :])
    if subject:
        return f"{kind} {subject}"
    return f"{kind} n° {metadata['number']}" if metadata.get("number") else None


def _report(metadata: Metadata, _pages: Sequence[str]) -> str | None:
    return f"Rapport n° {metadata['number']}" if metadata.get("number") else None


def _subject(after: str) -> str:
    """ "MODIFIÉ PAR LE SÉNAT, / de financement de la sécurité sociale pour 2018," -> the
    subject, without what the procedure adds around it or its final comma."""
    lines = [" ".join(line.split()) for line in after.split("\n")]
    lines = [line for line in lines if line][: _SUBJECT_LINES * 2]
    start = next((i for i, line in enumerate(lines[:3]) if _SUBJECT_START.match(line)), None)
    if start is None:
        return ""
    subject: list[str] = []
    for line in lines[start : start + _SUBJECT_LINES]:
        if subject and _SUBJECT_END.match(line):
            break
        subject.append(line)
        if line.endswith((".", ",")):
            break
    return " ".join(subject).rstrip(",.; ")


def _first(value: object) -> str:
    return str(value[0]) if isinstance(value, list) and value else str(value)


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().casefold()


_BUILDERS: dict[str, Callable[[Metadata, Sequence[str]], str | None]] = {
    AMENDEMENT: _amendment,
    QUESTION: _question,
    PROJET: _bill,
    PROPOSITION: _bill,
    RAPPORT: _report,
}

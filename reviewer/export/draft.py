"""A saved draft amendment laid out as the chamber prints one: PDF blocks, DOCX, plain text,
and the fields of the filing tool (Éloi at the Assemblée, Ameli at the Sénat).

At the Assemblée the heading reads « AMENDEMENT / présenté par … / ARTICLE 7 » and the
address is in the dispositif's sentence; at the Sénat the address (« Alinéa 3 ») stands on its
own line of the dispositif, and the exposé is the « Objet ». Every format comes from the
same blocks, so they never disagree.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reviewer.core.drafting import SavedDraft
from reviewer.drafting import SENAT
from reviewer.pdf import Block

# The first line of every draft: it is not a filed amendment (and detection knows it by this).
MARK = "PROJET D’AMENDEMENT — non déposé"
TO_WRITE = "(à rédiger)"
FILING_TOOL = {SENAT: "Ameli"}
DEFAULT_TOOL = "Éloi"
# The filing tool's fields, in its order: (Éloi's name, Ameli's name).
_FIELDS = (
    ("Article visé", "Subdivision visée"),
    ("Auteurs", "Auteurs"),
    ("Dispositif", "Dispositif"),
    ("Exposé sommaire", "Objet"),
)
_SIZES = {"h1": 15, "h2": 12.5, "h3": 11, "small": 9}


def blocks(draft: SavedDraft, bill_title: str) -> list[Block]:
    """The draft as the chamber lays out an amendment, ready for `write_pdf`."""
    heading = [
        Block("small", MARK),
        Block("center", bill_title),
        Block("h1", "AMENDEMENT"),
        Block("center", f"présenté par {_authors(draft)}"),
        Block("h2", draft.heading),
    ]
    body = [Block("p", line) for line in draft.dispositif.split("\n") if line.strip()]
    expose = [Block("p", line) for line in (draft.expose or TO_WRITE).split("\n") if line.strip()]
    return [*heading, *body, Block("h3", draft.expose_title.upper()), *expose]


def plain_text(draft: SavedDraft, bill_title: str) -> str:
    return "\n\n".join(block.text for block in blocks(draft, bill_title)) + "\n"


def docx_bytes(draft: SavedDraft, bill_title: str) -> bytes:
    document = new_document()
    for block in blocks(draft, bill_title):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text)
        run.bold = block.style in ("h1", "h2", "h3")
        if block.style in _SIZES:
            run.font.size = Pt(_SIZES[block.style])
        if block.style in ("h1", "h2", "center"):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.style == "p":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def filing_fields(draft: SavedDraft) -> list[tuple[str, str]]:
    """Each field of the chamber's filing tool and the text to paste into it."""
    senat = draft.style == SENAT
    values = (draft.heading, _authors(draft), draft.dispositif, draft.expose or TO_WRITE)
    return [(names[senat], value) for names, value in zip(_FIELDS, values, strict=True)]


def fields_text(draft: SavedDraft) -> str:
    tool = FILING_TOOL.get(draft.style, DEFAULT_TOOL)
    parts = [f"Champs à coller dans {tool}"]
    parts += [f"— {name} —\n{value}" for name, value in filing_fields(draft)]
    return "\n\n".join(parts) + "\n"


def _authors(draft: SavedDraft) -> str:
    return ", ".join(draft.signatories) or TO_WRITE

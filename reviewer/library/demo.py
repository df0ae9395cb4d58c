"""The demo library: a few generated legislative PDFs with example highlights."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reviewer.core.errors import NotFound
from reviewer.core.events import ProgressCallback, no_progress
from reviewer.core.kinds import AMENDEMENT, PROJET, PROPOSITION
from reviewer.library.facade import Library
from reviewer.library.paths import APP_NAME
from reviewer.samples.legislative import amendment, bill, written_question

# (phrase, tags, note, colour): highlighted wherever the generated text has them.
EXAMPLE_HIGHLIGHTS = (
    (
        "reconnaissance faciale",
        ("reconnaissance faciale",),
        "Point central pour la députée.",
        "red",
    ),
    ("CNIL", ("CNIL",), "Vérifier l'avis de la CNIL.", "blue"),
    ("euros", ("coût",), "Chiffrage à demander au rapporteur.", "orange"),
    ("Article premier", ("structure",), "", "yellow"),
)


def demo_library_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def ensure_demo_library(folder: Path, *, progress: ProgressCallback = no_progress) -> Path:
    """Create the demo library in `folder` unless it already holds documents."""
    with Library(folder) as library:
        if library.documents():
            return folder
        with tempfile.TemporaryDirectory() as scratch:
            library.import_paths(_write_samples(Path(scratch)), progress=progress)
        _highlight_examples(library)
        _bind_amendments(library)
    return folder


def _write_samples(folder: Path) -> list[Path]:
    samples = {
        "projet-de-loi-videoprotection.pdf": bill(7, articles=10),
        "amendement-article-7.pdf": amendment(11, article="7"),
        "amendement-article-2.pdf": amendment(12, article="2"),
        "question-ecrite.pdf": written_question(5, answered=True),
    }
    paths = []
    for name, document in samples.items():
        document.write(folder / name)
        paths.append(folder / name)
    return paths


def _highlight_examples(library: Library) -> None:
    for document in library.documents():
        for phrase, tags, note, color in EXAMPLE_HIGHLIGHTS:
            try:
                library.annotate(document.id, phrase, tags=tags, note=note, color=color)
            except NotFound:
                continue  # This sample does not mention it.


def _bind_amendments(library: Library) -> None:
    """The generated amendments do not name their text: bind them to the bill, so that the
    dérouleur and the séance sheet have something to show, one with a position."""
    documents = library.documents()
    amendments = [d.id for d in documents if d.kind == AMENDEMENT]
    bills = [d.id for d in documents if d.kind in (PROJET, PROPOSITION)]
    if not amendments or not bills:
        return
    library.bind_amendments(amendments, bills[0])
    library.set_position(amendments[0], "Défavorable", "Coût non chiffré par l’auteur.")

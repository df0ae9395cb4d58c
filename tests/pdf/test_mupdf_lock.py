"""No PyMuPDF call runs outside the MuPDF lock, and no two threads are ever inside MuPDF at once.

PyMuPDF is instrumented for the test's duration: every method and property of its document,
page, annotation, pixmap, text page, story, writer and font classes (and `pymupdf.open`,
which is `Document`) notes the calls made without `reviewer.pdf.guard.MUPDF` held and the
calls begun while another thread is inside MuPDF. One thread renders pages and reads their
words as the window's render thread does while another exports, imports and extracts text
through the floor's other entry points, and writes a new PDF.
"""

from __future__ import annotations

import functools
import threading
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
import pytest

from reviewer.core.reports import Format, ReportOptions
from reviewer.library import Library
from reviewer.pdf import PdfFile, read_document
from reviewer.pdf.guard import MUPDF
from reviewer.samples.legislative import bill

INSTRUMENTED = (
    pymupdf.Document,
    pymupdf.Page,
    pymupdf.Annot,
    pymupdf.Pixmap,
    pymupdf.TextPage,
    pymupdf.Story,
    pymupdf.DocumentWriter,
    pymupdf.TextWriter,
    pymupdf.Font,
)
# Not calls a caller makes: the garbage collector's, and Python's own machinery.
SKIPPED = {"__del__", "__repr__", "__str__", "__new__", "__init_subclass__", "__getattribute__"}


@dataclass
class Probe:
    """What the instrumented PyMuPDF saw."""

    calls: dict[str, int] = field(default_factory=dict)  # per thread name
    unlocked: list[str] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    _inside: dict[int, int] = field(default_factory=dict)  # thread -> nesting depth
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def watch(self, name: str, function: Callable) -> Callable:
        @functools.wraps(function)
        def watched(*args: object, **kwargs: object) -> object:
            me = threading.get_ident()
            with self._guard:
                depth = self._inside.get(me, 0)
                if depth == 0:  # a call from outside PyMuPDF, not one method calling another
                    thread = threading.current_thread().name
                    self.calls[thread] = self.calls.get(thread, 0) + 1
                    if not MUPDF._is_owned():
                        self.unlocked.append(f"{name} in {thread}")
                    if self._inside:
                        self.overlaps.append(f"{name} in {thread}")
                self._inside[me] = depth + 1
            try:
                return function(*args, **kwargs)
            finally:
                with self._guard:
                    if depth == 0:
                        del self._inside[me]
                    else:
                        self._inside[me] = depth

        return watched


def instrument(monkeypatch: pytest.MonkeyPatch, probe: Probe) -> None:
    for cls in INSTRUMENTED:
        for name, value in list(vars(cls).items()):
            label = f"{cls.__name__}.{name}"
            if name in SKIPPED:
                continue
            if isinstance(value, types.FunctionType):
                monkeypatch.setattr(cls, name, probe.watch(label, value))
            elif isinstance(value, property) and value.fget is not None:
                setter = value.fset and probe.watch(label, value.fset)
                monkeypatch.setattr(cls, name, property(probe.watch(label, value.fget), setter))


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding a bill with highlights and a note."""
    folder = tmp_path_factory.mktemp("lock")
    source = folder / "pjl.pdf"
    bill(7, articles=12).write(source)
    with Library(folder / "library") as library:
        [outcome] = library.import_paths([source]).outcomes
        library.annotate(outcome.document_id, "Conseil d'État", every=True, tags=["procédure"])
        library.annotate(outcome.document_id, "article", every=True, color="#66bb6a")
        library.add_note(outcome.document_id, "Texte prioritaire", tags=["suivi"])
    return folder / "library"


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> Iterator[Probe]:
    watched = Probe()
    instrument(monkeypatch, watched)
    yield watched


def render_pages(path: Path, stop: threading.Event) -> None:
    """What the window's render thread does: render pages and read their words, over and over."""
    with PdfFile(path) as pdf:
        while not stop.is_set():
            for page in range(1, pdf.page_count + 1):
                image = pdf.render(page, zoom=1.5)
                assert image.width > 0
                pdf.words(page)
                pdf.rotation(page)


def test_no_pymupdf_call_runs_outside_the_lock_while_pages_render_and_exports_run(
    annotated: Path, shared_pdfs: Path, tmp_path: Path, probe: Probe
):
    with Library(annotated) as library:
        [document] = library.documents()
        stop = threading.Event()
        renderer = threading.Thread(
            target=render_pages, args=(library.pdf_path(document), stop), name="pdf-render"
        )
        renderer.start()
        try:
            report = tmp_path / "report.pdf"
            library.export_report(ReportOptions(format=Format.PDF, images=True), report)
            copy = tmp_path / "annotated.pdf"
            assert library.export_annotated_pdf(document.id, copy) > 0
            assert library.import_pdf_annotations(document.id, copy).present > 0
            library.locate(document.id, "Conseil d'État")
            french = shared_pdfs / "french" / "regardscitoyens_pjl-retraites_pjlo.pdf"
            assert read_document(french).has_text
            assert bill(8, articles=3).write(tmp_path / "generated.pdf") > 0
        finally:
            stop.set()
            renderer.join()
    assert report.stat().st_size > 0
    # Both threads were in MuPDF many times: the test watched real contention.
    assert probe.calls.get("pdf-render", 0) > 50
    assert probe.calls.get(threading.current_thread().name, 0) > 50
    assert (len(probe.unlocked), probe.unlocked[:5]) == (0, [])
    assert (len(probe.overlaps), probe.overlaps[:5]) == (0, [])

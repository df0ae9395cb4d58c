"""The benchmark steps; each returns a dict of figures and runs in a process of its own."""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERIES = (
    "vidéosurveillance",
    "videosurveillance",
    "reconnaissance faciale",
    '"reconnaissance faciale"',
    '"données personnelles"',
    "CNIL",
    "cnil avis",
    "biométri*",
    "surveil*",
    "collectivites territoriales",
    "securite NOT drone",
    "sécurité SAUF caméra",
    "algorithmique OR biométrique",
    "kind:other",
    "title:pjl",
    "type:annotation",
    "article 7",
    '"article 7"',
    "élus",
    "Jeux olympiques",
    "ministère de l'intérieur",
    "exposé sommaire",
    "euros",
    "amendement ET suppression",
)
# Searches on amendments (issue 17), measured once 10,000 of them are in the library.
AMENDMENT_QUERIES = (
    "sort:adopté",
    "sort:rejete",
    "group:CRCE",
    "groupe:socialiste",
    "kind:amendement article",
    "kind:amendement cotisations",
    "kind:amendment",
    "position:aucune",
)
AMENDMENTS = 10_000  # added to the corpus's library, half Sénat rows, half AN JSON files


def run_step(name: str, *, pages: int, cache: Path) -> dict[str, Any]:
    corpus = _corpus(cache, pages)
    figures = STEPS[name](corpus, cache)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The largest child waited for (the import's indexing processes); the reading
    # child belongs to the fork server and is not counted.
    figures["child_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return figures


def _corpus(cache: Path, pages: int) -> Path:
    from reviewer.samples.legislative import corpus

    folder = cache / f"corpus-{pages}"
    corpus(folder, pages=pages)
    return folder


def _library(cache: Path, corpus: Path) -> Path:
    """An imported library of the corpus, made once and reused by later steps."""
    from reviewer.library import Library

    root = cache / f"library-{corpus.name}"
    if not (root / "library.db").exists():
        with Library(root) as library:
            library.import_paths([corpus])
    return root


def raw(corpus: Path, cache: Path) -> dict[str, float]:
    """The raw limit: PyMuPDF extraction, then Whoosh indexing with our analyzer, bare loops."""
    import pymupdf
    from whoosh import fields, index

    from reviewer.search import french_analyzer

    started = time.perf_counter()
    texts = []
    for path in sorted(corpus.glob("*.pdf")):
        with pymupdf.open(path) as document:
            for page in document:
                textpage = page.get_textpage()
                texts.append(textpage.extractText())
                textpage.extractWORDS()
    extract = time.perf_counter() - started
    schema = fields.Schema(key=fields.ID(unique=True), text=fields.TEXT(analyzer=french_analyzer()))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        writer = index.create_in(folder, schema).writer(limitmb=256, procs=2, multisegment=True)
        for number, text in enumerate(texts):
            writer.add_document(key=str(number), text=text)
        writer.commit()
        indexing = time.perf_counter() - started
    pages = len(texts)
    return {
        "pages": pages,
        "extract_pages_per_s": pages / extract,
        "whoosh_index_pages_per_s": pages / indexing,
        "pipeline_pages_per_s": pages / (extract + indexing),
    }


def import_(corpus: Path, cache: Path) -> dict[str, float]:
    """The product's import, end to end: copy, extraction, database, index."""
    from reviewer.library import Library

    root = cache / f"library-{corpus.name}"
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    with Library(root) as library:
        report = library.import_paths([corpus])
    elapsed = time.perf_counter() - started
    pages = sum(outcome.pages for outcome in report.outcomes)
    return {"files": len(report.outcomes), "pages": pages, "seconds": elapsed,
            "pages_per_s": pages / elapsed}  # fmt: skip


def search(corpus: Path, cache: Path) -> dict[str, float]:
    """Latency of the top 20 with snippets, through the facade the GUI uses."""
    from reviewer.library import Library

    with Library(_library(cache, corpus)) as library:
        library.search("warm up")
        timings = _timed([lambda q=q: library.search(q, limit=20) for q in QUERIES], repeat=3)
    return _latency("search_ms", timings)


def amended_search(corpus: Path, cache: Path) -> dict[str, Any]:
    """The search step's latency once 10,000 amendments are added to the library, and
    that of searches on amendments; the library is made once (import timed) and reused.
    Targets at 10,000 pages, amendments or not (issue 17): median ≤ 50 ms, p95 ≤ 100 ms."""
    from reviewer.library import Library

    root, made = _amended_library(cache, corpus)
    with Library(root) as library:
        library.search("warm up")
        timings = _timed([lambda q=q: library.search(q, limit=20) for q in QUERIES], repeat=3)
        per_query = {q: _timed([lambda q=q: library.search(q, limit=20)], repeat=3)
                     for q in AMENDMENT_QUERIES}  # fmt: skip
        found = library.search("kind:amendement", limit=1).total
    slowest = max(per_query, key=lambda q: statistics.median(per_query[q]))
    return {"amendments_in_library": found, **made, **_latency("search_ms", timings),
            **_latency("amendment_search_ms", [t for ts in per_query.values() for t in ts]),
            "slowest_amendment_query": slowest,
            "slowest_amendment_query_ms": statistics.median(per_query[slowest]),
            "load": os.getloadavg()[0]}  # fmt: skip


def _amended_library(cache: Path, corpus: Path) -> tuple[Path, dict[str, float]]:
    """A copy of the corpus's library with AMENDMENTS amendments imported, made once; and
    the figures of that import (kept beside it, since later runs reuse the library)."""
    from benchmarks.amendments import json_folder, senat_file
    from reviewer.core.records import ImportStatus
    from reviewer.library import Library

    root = cache / f"library-{corpus.name}-amended"
    figures = root.with_suffix(".json")
    if not figures.exists():
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(_library(cache, corpus), root)
        with tempfile.TemporaryDirectory(prefix="bench-amended-") as scratch:
            half = Path(scratch)
            inputs = [senat_file(half, AMENDMENTS // 2), json_folder(half, AMENDMENTS // 2)]
            started = time.perf_counter()
            with Library(root) as library:
                report = library.import_paths(inputs)
            seconds = time.perf_counter() - started
        failed = [o.message for o in report.outcomes if o.status is ImportStatus.FAILED]
        assert not failed, failed[:5]
        figures.write_text(json.dumps({"amendments_import_s": seconds}))
    return root, json.loads(figures.read_text())


def render(corpus: Path, cache: Path) -> dict[str, float]:
    """First page of a 1,000-page PDF, and page render time against raw PyMuPDF."""
    import pymupdf

    from reviewer.pdf import PdfFile

    big = _thousand_pages(cache)
    started = time.perf_counter()
    with PdfFile(big) as pdf:
        pdf.render(1, zoom=1.5)
        first = (time.perf_counter() - started) * 1000
        ours = _timed([lambda n=n: pdf.render(n, zoom=1.5) for n in range(1, 101)], repeat=1)
    with pymupdf.open(big) as document:
        matrix = pymupdf.Matrix(1.5, 1.5)
        raw_times = _timed(
            [lambda n=n: document[n].get_pixmap(matrix=matrix, alpha=False) for n in range(100)],
            repeat=1,
        )
    return {
        "first_page_ms": first,
        "render_ms_median": statistics.median(ours),
        "raw_render_ms_median": statistics.median(raw_times),
        "render_vs_raw": statistics.median(ours) / statistics.median(raw_times),
    }


def _thousand_pages(cache: Path) -> Path:
    target = cache / "thousand-pages.pdf"
    if not target.exists():
        from reviewer.samples.legislative import bill

        bill(1000, articles=1200).write(target)
    return target


def annotate(corpus: Path, cache: Path) -> dict[str, float]:
    """1,000 highlights, one user action each, database and index included."""
    from reviewer.library import Library

    root = cache / "annotate-library"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(_library(cache, corpus), root)
    with Library(root) as library:
        document = max(library.documents(), key=lambda d: d.page_count)
        pages = [p for p in library.pages(document.id) if len(p.text) > 60]

        def highlight(n: int) -> None:
            page = pages[n % len(pages)]
            start = n % 40
            library.highlight(document.id, page.number, start, start + 20, tags=[f"thème {n % 9}"])

        timings = _timed([lambda n=n: highlight(n) for n in range(1000)], repeat=1)
        lag = _searchable_after(library, 'tag:"thème 0"', expected=len(range(0, 1000, 9)))
    return {**_latency("annotation_ms", timings), "searchable_after_last_ms": lag}


def _searchable_after(library: Any, query: str, *, expected: int) -> float:
    """How long after the last action search finds every annotation made (ms): the
    index commits an action at once, or, when busy, together with the next ones."""
    started = time.perf_counter()
    while library.search(query, limit=1).total < expected:
        if time.perf_counter() - started > 30:
            raise RuntimeError(f"the index never caught up with the actions: {query}")
        time.sleep(0.005)
    return (time.perf_counter() - started) * 1000


def startup(corpus: Path, cache: Path) -> dict[str, float]:
    """Cold start of the CLI; the window's first paint and a short session's peak memory."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cli = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "reviewer", "--version"], check=True,
                       capture_output=True, env=env)  # fmt: skip
        cli.append((time.perf_counter() - started) * 1000)
    library = str(_library(cache, corpus))
    paint, window = (_window_figure(library, options, env) for options in ([], ["--memory"]))
    return {"cli_version_ms": statistics.median(cli), "first_paint_ms": paint,
            "window_peak_rss_mb": window}  # fmt: skip


def _window_figure(library: str, options: list[str], env: dict[str, str]) -> float:
    """What `benchmarks.first_paint` prints: the first paint (ms), or with --memory the
    peak memory of a short session in the window (MB)."""
    command = [sys.executable, "-m", "benchmarks.first_paint", library, *options]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return float(done.stdout)


def _timed(actions: list[Callable[[], object]], *, repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        for action in actions:
            started = time.perf_counter()
            action()
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def _latency(name: str, timings: list[float]) -> dict[str, float]:
    ordered = sorted(timings)
    return {
        f"{name}_median": statistics.median(ordered),
        f"{name}_p95": ordered[int(0.95 * (len(ordered) - 1))],
        f"{name}_max": ordered[-1],
    }


STEPS: dict[str, Callable[[Path, Path], dict[str, Any]]] = {
    "raw": raw,
    "import": import_,
    "search": search,
    "amended-search": amended_search,
    "render": render,
    "annotate": annotate,
    "startup": startup,
}

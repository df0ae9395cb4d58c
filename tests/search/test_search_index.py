"""Searching the real corpus, and keeping the index in step with the database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reviewer.core.errors import LibraryError, QuerySyntaxError
from reviewer.core.records import HitType
from reviewer.search import AnnotationEntry, PageEntry, SearchIndex
from reviewer.search import batch as batch_module
from reviewer.search import index as index_module
from reviewer.search.analysis import fold

ALL = {"amendement", "question-16", "question-17", "militant", "petition"}


def search_keys(index: SearchIndex, query: str, texts: dict[str, str] | None = None) -> set[str]:
    hits = index.search(query, limit=100, text_of=lambda key: (texts or {}).get(key, "")).hits
    return {hit.key for hit in hits}


def page(document_id: int, number: int, text: str) -> PageEntry:
    return PageEntry(document_id, number, text, title=f"Document {document_id}", kind="rapport")


def annotation(annotation_id: str, document_id: int = 1, **changes: object) -> AnnotationEntry:
    fields: dict[str, object] = {
        "annotation_id": annotation_id,
        "document_id": document_id,
        "page": 1,
        "quote": "vidéosurveillance algorithmique",
        "note": "à revoir",
        "tags": (),
        "author": "Marie",
        "color": "yellow",
        "title": "Document",
        "kind": "rapport",
    }
    fields.update(changes)
    return AnnotationEntry(**fields)  # type: ignore[arg-type]


# Finding the right texts


@pytest.mark.parametrize(
    ("query", "files"),
    [
        ("videosurveillance", ALL),
        ("VIDÉOSURVEILLANCE", ALL),
        ("elus", {"question-16", "petition"}),  # The petition writes only "élu-es".
        ("citoyens", {"petition"}),
        ("6750", {"question-17"}),
        ("cnil", {"question-16", "militant", "petition"}),
        ("donnees", {"amendement", "question-17", "militant"}),
        ("l'intelligence", {"question-17", "militant", "petition"}),
        ("intelligence", {"question-17", "militant", "petition"}),
        ("article", ALL),
        ("article 7", {"petition"}),
        ("biométri*", {"amendement", "question-17", "militant", "petition"}),
        ("surveil*", ALL),
        ("Surveillan*", ALL),
    ],
)
def test_searches_find_the_right_files(corpus, query, files):
    assert corpus.files(query) == files


def test_stemmed_forms_find_the_same_files(corpus):
    assert corpus.files("surveillances") == corpus.files("surveillance") == ALL
    assert corpus.files("liberté") == corpus.files("libertés")


def test_phrases_need_the_words_in_order(corpus):
    assert corpus.files('"projet de loi"') == {"question-17", "militant", "petition"}
    assert corpus.files('"reconnaissance faciale"') == ALL
    assert corpus.files('"faciale reconnaissance"') == set()
    assert corpus.files("« reconnaissance faciale »") == ALL


def test_not_excludes(corpus):
    assert corpus.files("vidéosurveillance NOT cnil") == {"amendement", "question-17"}
    assert corpus.files("vidéosurveillance SAUF cnil") == {"amendement", "question-17"}


def test_or_and_parentheses(corpus):
    assert corpus.files("6750 OR 13417") == {"question-16", "question-17"}
    assert corpus.files("(6750 OU 13417) cnil") == {"question-16"}


def test_field_filters(corpus):
    assert corpus.files("title:petition") == {"petition"}
    assert corpus.files("kind:AN vidéosurveillance") == {"amendement", "question-16", "question-17"}
    assert corpus.files("legislature:17") == {"question-17"}
    assert corpus.files("year:2024 page:1 type:page") == ALL


# Annotations


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("tag:coût", {"note-cout"}),
        ("tag:cout", {"note-cout"}),
        ("tag:COUT", {"note-cout"}),
        ('tag:"a verifier"', {"note-cout"}),
        ('tag:"libertés publiques"', {"note-libertes"}),
        ("tag:libert*", {"note-libertes"}),
        ("tag:libertés", set()),  # A tag matches whole.
        ("note:cnil", {"note-libertes"}),
        ("author:dupont", {"note-cout"}),
        ('author:"jean-pierre martin"', {"note-libertes"}),
        ("color:red", {"note-libertes"}),
        ("type:annotation", {"note-cout", "note-libertes"}),
    ],
)
def test_annotation_filters(corpus, query, found):
    assert corpus.annotations(query) == found


def test_tag_filters_find_only_annotations(corpus):
    assert {hit.type for hit in corpus.search("tag:cout").hits} == {HitType.ANNOTATION}


def test_annotation_hits_say_which_annotation(corpus):
    [hit] = corpus.search("tag:cout").hits
    assert (hit.key, hit.annotation_id, hit.document_id, hit.page) == (
        "a:note-cout",
        "note-cout",
        1,
        1,
    )


def test_page_hits_say_where(corpus):
    [hit] = corpus.search("6750 type:page").hits
    assert (hit.key, hit.type, hit.annotation_id, hit.document_id, hit.page) == (
        "p:3:1",
        HitType.PAGE,
        None,
        3,
        1,
    )


def test_results_count_every_match_and_rank_them(corpus):
    results = corpus.search("vidéosurveillance", limit=2)
    assert results.total == 6  # Five pages and one annotation.
    assert len(results.hits) == 2
    assert results.hits[0].score >= results.hits[1].score


def test_a_bad_query_is_a_syntax_error(corpus):
    with pytest.raises(QuerySyntaxError):
        corpus.search("foo:bar")


# Snippets


@pytest.mark.parametrize(
    "query", ["securite", "elus", "biométri*", '"projet de loi"', "cnil", "l'intelligence"]
)
def test_snippets_show_the_matched_words(corpus, query):
    hits = corpus.search(f"{query} type:page").hits
    assert hits
    for hit in hits:
        snippet = hit.snippet
        assert 0 < len(snippet.text) <= 230
        assert snippet.spans
        for start, end in snippet.spans:
            assert 0 <= start < end <= len(snippet.text)
            assert snippet.text[start:end].strip() == snippet.text[start:end]


def test_snippet_spans_hold_the_searched_word(corpus):
    for hit in corpus.search("securite").hits:
        marked = [fold(hit.snippet.text[start:end]) for start, end in hit.snippet.spans]
        assert all(word.startswith("securit") for word in marked), marked


def test_a_title_only_match_shows_the_start_of_the_page(corpus):
    [hit] = corpus.search("title:amendement type:page").hits
    assert hit.snippet.spans == ()
    assert hit.snippet.text.startswith("ARTICLE 42")


# Keeping the index in step with the database


def test_a_new_index_needs_a_rebuild_until_one_is_done(tmp_path):
    index = SearchIndex.open(tmp_path / "index")
    assert index.needs_rebuild
    with index.batch() as batch:
        batch.clear()
        batch.add_pages([page(1, 1, "vidéosurveillance")])
    assert not index.needs_rebuild
    index.close()
    reopened = SearchIndex.open(tmp_path / "index")
    assert not reopened.needs_rebuild
    assert reopened.keys() == {"p:1:1"}
    reopened.close()


@pytest.mark.parametrize(
    "damage", ["delete_segments", "delete_toc", "truncate", "garble", "version"]
)
def test_a_damaged_index_is_recreated_empty(tmp_path, damage):
    folder = tmp_path / "index"
    with SearchIndex.open(folder) as index, index.batch() as batch:
        batch.add_pages([page(1, 1, "vidéosurveillance algorithmique")])
    files = {path.name: path for path in folder.iterdir()}
    segments = [path for name, path in files.items() if name.endswith(".seg")]
    tocs = [path for name, path in files.items() if name.endswith(".toc")]
    if damage == "no_segments":
        for path in segments:
            path.unlink()
    elif damage == "no_toc":
        for path in tocs:
            path.unlink()
    elif damage == "truncated":
        for path in segments:
            path.write_bytes(path.read_bytes()[:100])
    elif damage == "garbled":
        for path in tocs:
            path.write_bytes(b"\x00garbage" * 10)
    else:
        (folder / "schema-version").write_text("0\n")
    with SearchIndex.open(folder) as index:
        assert index.needs_rebuild
        assert index.keys() == set()
        assert search_keys(index, "vidéosurveillance") == set()


def test_a_folder_with_other_files_is_not_wiped(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "thesis.odt").write_text("precious")
    with pytest.raises(LibraryError, match="not part of a search index"):
        SearchIndex.open(folder)
    assert (folder / "thesis.odt").read_text() == "precious"


def test_deleting_a_document_removes_its_pages_and_annotations(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "vidéosurveillance"), page(1, 2, "caméras"), page(2, 1, "vsa")])
        batch.add_annotation(annotation("a1", document_id=1))
        batch.add_annotation(annotation("a2", document_id=2))
    assert index.keys() == {"p:1:1", "p:1:2", "p:2:1", "a:a1", "a:a2"}
    with index.batch() as batch:
        batch.delete_document(1)
    assert index.keys() == {"p:2:1", "a:a2"}
    assert search_keys(index, "vidéosurveillance") == {"a:a2"}


def test_an_annotation_is_replaced_and_deleted_by_its_id(index):
    with index.batch() as batch:
        batch.add_annotation(annotation("a1", note="première version", tags=("brouillon",)))
    with index.batch() as batch:
        batch.add_annotation(annotation("a1", note="seconde version", tags=("final",)))
    assert search_keys(index, "version") == {"a:a1"}
    assert search_keys(index, "tag:brouillon") == set()
    assert search_keys(index, "tag:final") == {"a:a1"}
    with index.batch() as batch:
        batch.delete_annotation("a1")
    assert index.keys() == set()


def test_pages_added_again_replace_the_old_ones(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "ancienne rédaction")])
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "nouvelle rédaction")])
    assert search_keys(index, "rédaction") == {"p:1:1"}
    assert search_keys(index, "ancienne") == set()


def test_changes_within_one_batch_apply_in_order(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "premier")])
        batch.delete_document(1)
        batch.add_pages([page(2, 1, "second")])
        batch.add_annotation(annotation("a1", note="première"))
        batch.add_annotation(annotation("a1", note="deux"))
    assert index.keys() == {"p:2:1", "a:a1"}
    assert search_keys(index, "deux") == {"a:a1"}
    assert search_keys(index, "première") == set()


def test_clear_removes_everything_before_it(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "avant")])
    with index.batch() as batch:
        batch.add_pages([page(2, 1, "pendant")])
        batch.clear()
        batch.add_pages([page(3, 1, "après")])
    assert index.keys() == {"p:3:1"}
    assert search_keys(index, "avant OR pendant") == set()


def test_a_failed_batch_changes_nothing(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "gardé")])
    with pytest.raises(RuntimeError), index.batch() as batch:
        batch.delete_document(1)
        batch.add_pages([page(2, 1, "perdu")])
        raise RuntimeError("the database write failed")
    assert index.keys() == {"p:1:1"}


def test_prefixes_find_words_of_later_batches_and_forget_deleted_ones(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "la biométrie")])
    with index.batch() as batch:
        batch.add_pages([page(2, 1, "les données biométriques")])
    assert search_keys(index, "biométri*") == {"p:1:1", "p:2:1"}
    with index.batch() as batch:
        batch.delete_document(1)
    assert search_keys(index, "biométri*") == {"p:2:1"}


def test_a_prefix_finds_a_known_word_in_every_segment(index):
    for number in range(1, 4):  # Three commits, three segments; the word is new only once.
        with index.batch() as batch:
            batch.add_pages([page(number, 1, f"la biométrie, encore {number}")])
    assert search_keys(index, "biométri*") == {"p:1:1", "p:2:1", "p:3:1"}


def test_a_hyphenated_word_is_found_written_in_one_word(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "Équipements de vidéo-protection")])
    assert search_keys(index, "vidéoprotection") == {"p:1:1"}
    assert search_keys(index, '"vidéo protection"') == {"p:1:1"}


def test_inclusive_writing_is_found_by_the_masculine_plural(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "Les citoyen·nes et les élu(e)s du territoire")])
    assert search_keys(index, "citoyens élus") == {"p:1:1"}


def test_a_url_is_found_by_its_parts(index):
    with index.batch() as batch:
        batch.add_pages([page(1, 1, "Voir https://www.cnil.fr/fr/actualites pour la position")])
    assert search_keys(index, "CNIL") == {"p:1:1"}


def test_writers_take_turns(index):
    errors: list[BaseException] = []

    def add(number: int) -> None:
        try:
            for round_ in range(5):
                with index.batch() as batch:
                    batch.add_annotation(annotation(f"t{number}-{round_}"))
        except BaseException as error:  # Reported by the assertion below.
            errors.append(error)

    threads = [threading.Thread(target=add, args=(number,)) for number in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(index.keys()) == 15


def test_small_commits_leave_segments_that_tidy_merges(tmp_path, monkeypatch):
    monkeypatch.setattr(index_module, "MAX_TINY_SEGMENTS", 3)
    with SearchIndex.open(tmp_path / "index") as index:
        for number in range(8):
            with index.batch() as batch:
                batch.add_annotation(annotation(f"a{number}", note=f"note {number} biométrie"))
                batch.delete_annotation("a2")
        assert index.untidy and len(list((tmp_path / "index").glob("*.seg"))) > 3
        index.tidy()
        assert not index.untidy and len(list((tmp_path / "index").glob("*.seg"))) == 1
        assert index.keys() == {f"a:a{number}" for number in range(8) if number != 2}
        assert index.search("biométri*", text_of=lambda key: "").total == 7


def test_imports_merge_a_size_tier_once_it_is_full(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_module, "TIER_WIDTH", 3)
    folder = tmp_path / "index"
    with SearchIndex.open(folder) as index:
        segments = []
        for document_id in range(1, 6):  # Five imports of 60 pages: two-digit segments.
            with index.batch(stream=True) as batch:
                batch.add_pages(
                    page(document_id, n, f"Article {n} vidéoprotection") for n in range(60)
                )
            segments.append(len(list(folder.glob("*.seg"))))
        assert segments == [1, 2, 3, 1, 2]  # The fourth import merged the three before it.
        assert index.search("vidéoprotection", text_of=lambda key: "").total == 300


class _Segment:
    def __init__(self, entries: int) -> None:
        self.entries = entries

    def doc_count_all(self) -> int:
        return self.entries


def test_the_merge_policy_takes_tiny_segments_and_full_small_tiers_only(monkeypatch):
    monkeypatch.setattr(batch_module, "TIER_WIDTH", 3)
    tiny, hundreds, large = [_Segment(3)], [_Segment(n) for n in (120, 400, 999)], _Segment(25_000)
    tens = [_Segment(60), _Segment(70)]
    thousands = [_Segment(2_500), _Segment(2_600), _Segment(3_000)]  # Large: never merged.
    chosen = batch_module.tiers_to_merge([large, *tiny, *hundreds, *tens, *thousands])
    assert chosen == [*tiny, *hundreds]


def test_a_batch_inside_a_batch_is_refused_rather_than_waiting_forever(index):
    with index.batch(), pytest.raises(RuntimeError, match="already open"), index.batch():
        pass


def test_a_bulk_batch_indexes_in_two_processes(index, monkeypatch):
    monkeypatch.setattr(batch_module, "STREAM_AFTER", 10)
    pages = [page(1 + n // 10, 1 + n % 10, f"page {n} sur la vidéosurveillance") for n in range(60)]
    with index.batch(bulk=True) as batch:
        batch.clear()
        batch.add_pages(pages)
    assert index.keys() == {entry.key for entry in pages}
    assert len(search_keys(index, "vidéosurveil*")) == 60


def test_keys_are_kept_across_reopening(tmp_path: Path):
    with SearchIndex.open(tmp_path / "index") as index, index.batch() as batch:
        batch.add_pages([page(1, 1, "un"), page(1, 2, "deux")])
        batch.add_annotation(annotation("a1"))
    with SearchIndex.open(tmp_path / "index") as index:
        assert index.keys() == {"p:1:1", "p:1:2", "a:a1"}


def test_commits_survive_a_global_random_seeded_again(tmp_path):
    """Whoosh names segments with `random`; a seeded generator must not make names collide."""
    import random

    from reviewer.search import AnnotationEntry, SearchIndex

    with SearchIndex.open(tmp_path / "index") as index:
        for number in range(4):
            random.seed(0)
            entry = AnnotationEntry(f"id-{number}", 1, 1, "CNIL", "", (), "", "#ffd54f", "", "")
            with index.batch() as batch:
                batch.add_annotation(entry)
        stored = index.keys()
        assert {key for key in stored if key.startswith("a:")} == {
            f"a:id-{number}" for number in range(4)
        }


def test_an_annotation_is_found_by_its_quote_and_note_not_its_documents_title(index):
    """Every annotation of "Avis de la CNIL" is not a hit for "CNIL"; its pages are."""
    with index.batch() as batch:
        batch.add_pages(
            [PageEntry(1, 1, "Le préfet décide.", title="Avis de la CNIL", kind="avis")]
        )
        batch.add_annotation(
            annotation("quote", quote="la CNIL est saisie", title="Avis de la CNIL")
        )
        batch.add_annotation(annotation("note", note="voir la CNIL", title="Avis de la CNIL"))
        batch.add_annotation(annotation("other", title="Avis de la CNIL"))
    assert search_keys(index, "CNIL") == {"p:1:1", "a:quote", "a:note"}
    assert search_keys(index, "CNI*") == {"p:1:1", "a:quote", "a:note"}
    assert search_keys(index, '"avis de la CNIL"') == {"p:1:1"}
    # Asked for by name, the title still finds the document's annotations.
    assert search_keys(index, "title:CNIL type:annotation") == {"a:quote", "a:note", "a:other"}

"""Amendments on their bill: bound by the text they name (or by the user), attached to the
bill's articles, listed in the order of discussion."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from amendment_samples import SEANCE, targeted_articles, write_bill
from helpers import AMENDMENTS

from reviewer.amendments import read_amendments
from reviewer.core.amendments import Amendment
from reviewer.core.kinds import AMENDEMENT
from reviewer.library import Library
from reviewer.library.binding import article_key, bill_reference

# Articles the PLFSS 2018 amendments target that our bill leaves out: reported, not guessed.
LEFT_OUT = ("Article 57", "Article 8 bis")


@pytest.fixture(scope="module")
def plfss(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, int]]:
    """The Sénat's 596 amendments on the PLFSS 2018 and a bill n° 63 (2017-2018) holding
    the articles they target but LEFT_OUT."""
    folder = tmp_path_factory.mktemp("plfss")
    labels = [label for label in targeted_articles(SEANCE) if label not in LEFT_OUT]
    bill = write_bill(folder / "pjl.pdf", labels, number="63", session="2017-2018")
    with Library(folder / "library") as library:
        library.import_paths([SEANCE, bill])
        [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
        yield library, bill_id


def test_a_bill_states_the_text_amendments_name(plfss):
    library, bill_id = plfss
    assert {k: library.document(bill_id).metadata.get(k) for k in (
        "number", "chamber", "session")} == {"number": "63", "chamber": "Sénat",
                                            "session": "2017-2018"}  # fmt: skip


def test_the_senat_amendments_attach_to_the_articles_of_their_bill(plfss):
    library, bill_id = plfss
    listed = library.amendments(bill_id)
    assert len(listed) == len([d for d in library.documents() if d.kind == AMENDEMENT])
    assert {entry.bill_id for entry in listed} == {bill_id}
    on_articles = [e for e in listed if article_key(e.division)]
    present = [e for e in on_articles if not e.division.startswith(LEFT_OUT)]
    attached = [e for e in present if e.article is not None]
    assert len(attached) / len(present) >= 0.98
    by_number = {e.number: e for e in listed}
    # "art. add. après Article 19" attaches after the article; "(précédemment examiné)" goes.
    assert (by_number["1 rect."].article, by_number["1 rect."].placement) == ("Article 7", "après")
    quater = [e for e in listed if e.division.replace("\xa0", " ") == "Article 16 quater"]
    assert [e.article for e in quater] == ["Article 16 quater"]
    examined = [e for e in listed if "précédemment examiné" in e.division]
    assert examined and {e.article for e in examined} <= {"Article 31", "Article 32 bis"}


def test_an_article_the_bill_lacks_is_reported_not_guessed(plfss):
    library, bill_id = plfss
    absent = [e for e in library.amendments(bill_id) if e.division.startswith("Article 57")]
    assert absent and all(e.article is None for e in absent)
    assert {e.warning for e in absent} == {"article 57 absent from the text"}
    assert library.amendments(bill_id, article="57") == absent


def test_the_listing_follows_the_text_then_avant_a_apres_then_the_number(plfss):
    library, bill_id = plfss
    listed = [e for e in library.amendments(bill_id) if e.article]
    ranks = {label: rank for rank, label in enumerate(dict.fromkeys(e.article for e in listed))}
    assert list(ranks)[:4] == ["Article 3", "Article 4", "Article 6", "Article 7"]
    places = {"avant": 0, "à": 1, "après": 2}
    keys = [(ranks[e.article], places[e.placement]) for e in listed]
    assert keys == sorted(keys)
    on_7 = [e.number for e in library.amendments(bill_id, article="Article 7")]
    assert on_7[:4] == ["2 rect.", "7 rect. ter", "10 rect.", "32"]
    assert on_7 == [e.number for e in library.amendments(bill_id, article="7")]


def test_the_summary_is_the_start_of_the_dispositif(plfss):
    library, bill_id = plfss
    [entry] = [e for e in library.amendments(bill_id) if e.number == "32"]
    assert entry.summary.startswith("I. ‑ Alinéa 9 Supprimer cet alinéa. II. – Pour compenser")
    assert len(entry.summary.split()) <= 21 and entry.summary.endswith("…")


def test_identical_amendments_then_the_sub_amendments_of_their_group(library, tmp_path):
    """AN séance feed on text 911: n° 1 (identical group 8496) has sub-amendments 2 rect.
    and 3; n° 4, identical to n° 1, comes last in the order of discussion: it is listed
    with n° 1, and the sub-amendments after both."""
    feed = tmp_path / "feed"
    feed.mkdir()
    for name in ("an_911_1.xml", "an_911_2.xml", "an_911_3.xml", "an_911_liste.xml"):
        shutil.copy(AMENDMENTS / name, feed / name)
    first = (AMENDMENTS / "an_911_1.xml").read_text(encoding="utf-8")
    (feed / "an_911_4.xml").write_text(
        first.replace("<numero>1</numero>", "<numero>4</numero>").replace(
            "<numeroLong>1</numeroLong>", "<numeroLong>4</numeroLong>"
        ),
        encoding="utf-8",
    )
    listing = (feed / "an_911_liste.xml").read_text(encoding="utf-8")
    entry = re.search(r'<amendement\s+place="[^"]*"\s+numero="1".*?/>', listing, re.S).group()
    fourth = entry.replace('numero="1"', 'numero="4"').replace('position="1/3"', 'position="4/4"')
    (feed / "an_911_liste.xml").write_text(
        listing.replace("  </amendements>", f"    {fourth}\n  </amendements>"), encoding="utf-8"
    )
    bill = write_bill(tmp_path / "pjl.pdf", ["Article 8", "Article 9", "Article 10"],
                      number="911", legislature="15")  # fmt: skip
    library.import_paths([feed, bill])
    [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
    listed = library.amendments(bill_id)
    assert [(e.number, e.identical_group, e.parent) for e in listed] == [
        ("1", "8496", ""), ("4", "8496", ""), ("2 rect.", "", "1"), ("3", "", "1"),
    ]  # fmt: skip
    assert {(e.article, e.placement) for e in listed} == {("Article 9", "après")}
    # A source where two amendments amend each other loses neither.
    library.edit_document(listed[0].id, parent="2")
    assert sorted(e.number for e in library.amendments(bill_id)) == ["1", "2 rect.", "3", "4"]


def test_a_binding_the_user_made_wins_and_survives_a_reimport(library, tmp_path):
    rows = SEANCE.read_bytes().split(b"\r\n")
    jeu = tmp_path / "jeu.csv"
    jeu.write_bytes(b"\r\n".join([*rows[:5], b""]))
    named = write_bill(tmp_path / "pjl-63.pdf", ["Article 7"], number="63", session="2017-2018")
    other = write_bill(tmp_path / "pjl-64.pdf", ["Article 7"], number="64", session="2017-2018")
    report = library.import_paths([jeu, named, other])
    ids = [o.document_id for o in report.outcomes]
    amendment_ids, (named_id, other_id) = ids[:3], ids[3:]
    assert [e.id for e in library.amendments(named_id)] == [
        e.id for e in library.amendments() if e.bill_id == named_id
    ] and len(library.amendments(named_id)) == 3
    assert library.bind_amendments([*amendment_ids, named_id], other_id) == amendment_ids
    assert library.amendments(named_id) == []
    assert [e.bill_id for e in library.amendments(other_id)] == [other_id] * 3
    rows[2] = rows[2].replace(b"\tAdopt\xe9\t", b"\tRejet\xe9\t")
    jeu.write_bytes(b"\r\n".join([*rows[:5], b""]))
    library.import_paths([jeu])
    again = library.amendments(other_id)
    assert len(again) == 3 and "rejeté" in {e.outcome for e in again}
    library.bind_amendments(amendment_ids, None)  # back to the text they name
    assert len(library.amendments(named_id)) == 3


def test_drafts_are_listed_at_their_article(library, tmp_path):
    bill = write_bill(tmp_path / "pjl.pdf", ["Article 1er", "Article 2"], number="63",
                      session="2017-2018")  # fmt: skip
    [outcome] = library.import_paths([bill]).outcomes
    draft = library.save_draft(outcome.document_id, article="2", op="delete-article")
    [entry] = library.amendments(outcome.document_id)
    assert (entry.id, entry.draft, entry.article, entry.bill_id) == (
        draft.id, True, "Article 2", outcome.document_id)  # fmt: skip
    assert entry.summary.startswith("Supprimer cet article")


def test_an_amendment_is_not_a_bill(library, tmp_path):
    rows = SEANCE.read_bytes().split(b"\r\n")
    jeu = tmp_path / "jeu.csv"
    jeu.write_bytes(b"\r\n".join([*rows[:3], b""]))
    [outcome] = library.import_paths([jeu]).outcomes
    with pytest.raises(Exception, match="bind amendments to a bill"):
        library.bind_amendments([outcome.document_id], outcome.document_id)


def found(library: Library, query: str) -> set[int]:
    return {hit.document_id for hit in library.search(query, limit=5000).hits}


def test_search_by_outcome_and_group(plfss):
    library, bill_id = plfss
    listed = library.amendments(bill_id)
    rejected = {e.id for e in listed if e.outcome == "rejeté"}
    assert len(rejected) == 119
    assert found(library, "sort:rejete") == found(library, "sort:Rejeté") == rejected
    assert found(library, 'sort:"non soutenu"') == {
        e.id for e in listed if e.outcome == "non soutenu"
    }
    crce = {e.id for e in listed if e.group == "groupe CRCE"}
    assert found(library, "group:CRCE") == crce
    assert found(library, "groupe:crce sort:adopté") == {
        e.id for e in listed if e.id in crce and e.outcome == "adopté"
    }


def test_an_amendment_imported_without_its_summary_is_summed_up_from_its_pages(plfss):
    library, bill_id = plfss
    [entry] = [e for e in library.amendments(bill_id) if e.number == "32"]
    library.edit_document(entry.id, summary=None)  # as imported before summaries were stored
    assert "summary" not in library.document(entry.id).metadata
    [again] = [e for e in library.amendments(bill_id) if e.number == "32"]
    assert again.summary == entry.summary


def test_the_an_amendments_attach_to_the_articles_of_their_bills(library, tmp_path):
    """Every AN file of the shared folder (séance and commission feeds, référentiel liasses):
    each text gets a bill holding the articles its amendments target."""
    files = sorted(AMENDMENTS.glob("an_*.xml"))
    texts: dict[str, set[str]] = {}
    for path in files:
        for a in read_amendments(path):
            if isinstance(a, Amendment) and article_key(a.division):
                texts.setdefault(a.text_number.lstrip("0"), set()).add(a.division)
    bills = [write_bill(tmp_path / f"pjl-{n}.pdf", sorted(labels), number=n, legislature="15")
             for n, labels in texts.items()]  # fmt: skip
    library.import_paths([*files, *bills])
    listed = library.amendments()
    on_articles = [e for e in listed if article_key(e.division)]
    assert len(on_articles) == 7 and all(e.article for e in on_articles)
    assert {e.article for e in on_articles} == {"Article 2", "Article 9", "Article 29",
                                                 "Article 33", "Article 40 quater"}  # fmt: skip
    assert all(e.article is None and not e.warning for e in listed if e.division == "ÉTAT B")


def test_real_bills_state_their_chamber_and_their_legislature_or_session(library):
    web = AMENDMENTS.parent / "web"
    library.import_paths([web / "senat_projet-de-loi_pjl17-659.html",
                          web / "an_projet-de-loi_pl0387.html"])  # fmt: skip
    stated = {d.metadata["number"]: bill_reference(d.metadata) for d in library.documents()}
    assert stated == {"659": "Sénat 2017-2018 659", "387": "AN 15 387"}


def test_a_bill_of_one_chamber_is_not_the_text_of_the_other():
    assert bill_reference({"number": "63", "chamber": "AN", "session": "2017-2018"}) == ""
    assert bill_reference({"number": "63", "chamber": "Sénat", "legislature": "15"}) == ""
    assert bill_reference({"number": "63", "legislature": "15", "session": "2017-2018"}) == (
        "AN 15 63"
    )
    assert bill_reference({"chamber": "AN", "legislature": "15"}) == ""


def test_the_positions_given_are_listed_with_their_argument(library, tmp_path):
    rows = SEANCE.read_bytes().split(b"\r\n")
    jeu = tmp_path / "jeu.csv"
    jeu.write_bytes(b"\r\n".join([*rows[:4], b""]))
    bill = write_bill(tmp_path / "pjl.pdf", ["Article 7"], number="63", session="2017-2018")
    library.import_paths([jeu, bill])
    [bill_id] = [d.id for d in library.documents() if d.kind != AMENDEMENT]
    first, second = library.amendments(bill_id)[:2]
    library.set_position(first.id, "sagesse", "À suivre en séance")
    library.set_position(second.id, "Favorable")
    library.clear_position(second.id)
    listed = {e.id: (e.position, e.argument) for e in library.amendments(bill_id)}
    assert listed[first.id] == ("Sagesse", "À suivre en séance")
    assert listed[second.id] == (None, "")

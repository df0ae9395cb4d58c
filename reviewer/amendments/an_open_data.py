"""The AN's open data: one JSON file per amendment (alone, in a folder or in the ZIP dump),
and the older "référentiel" XML liasse (`<amendements>`) of the same tree.

Both are read into the same nested dicts (an XML element becomes a dict of its children,
a leaf its text, a nil None), then into records. Nothing is loaded whole: the ZIP is read
member by member, the liasse element by element.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from reviewer.amendments.text import (
    MAX_AMENDMENT_BYTES,
    Unreadable,
    flag,
    iso_day,
    number_text,
    paragraphs,
    placement,
    plain,
    signatories,
    wanted,
)
from reviewer.core.amendments import AN, Amendment, outcome_of, rectified
from reviewer.core.i18n import N_, tr, trn

Item = Amendment | Unreadable
Tree = dict[str, Any]

# A text's reference ("PRJLANR5L15B0806") or an amendment's uid ("AMANR5L15PO744107B0806…").
_TEXT_REF = re.compile(r"L(?P<legislature>\d+)(?:PO\d+)?B(?P<number>\d+)")
_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_TOO_BIG = N_("larger than {megabytes} MB: not one amendment")


def read_json_file(path: Path, texts: frozenset[str] | None = None) -> Iterator[Item]:
    if path.stat().st_size > MAX_AMENDMENT_BYTES:
        yield Unreadable(path.name, tr(_TOO_BIG, megabytes=MAX_AMENDMENT_BYTES >> 20))
        return
    yield from _from_json(path.name, path.read_bytes(), texts)


def read_zip(path: Path, texts: frozenset[str] | None = None) -> Iterator[Item]:
    """Every amendment of a ZIP of JSON files, member by member; never unpacked to disk."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if member.is_dir() or not member.filename.lower().endswith(".json"):
                continue
            if texts is not None and not _may_be_wanted(member.filename, texts):
                continue
            if member.file_size > MAX_AMENDMENT_BYTES:
                yield Unreadable(member.filename, tr(_TOO_BIG, megabytes=MAX_AMENDMENT_BYTES >> 20))
                continue
            try:
                data = archive.read(member)
            except (zipfile.BadZipFile, OSError, RuntimeError) as error:
                yield Unreadable(member.filename, tr("damaged member: {error}", error=error))
                continue
            yield from _from_json(member.filename, data, texts)


def _may_be_wanted(name: str, texts: frozenset[str]) -> bool:
    """Whether a member may hold a wanted text's amendment, from the text ref in its path
    (json/<dossier>/PRJLANR5L15B0806/AMANR….json); when the path does not say, it may."""
    refs = _TEXT_REF.findall(name)
    return not refs or any(number_text(ref[1]) in texts for ref in refs)


def _from_json(name: str, data: bytes, texts: frozenset[str] | None) -> Iterator[Item]:
    try:
        tree = json.loads(data)
        tree = tree.get("amendement", tree) if isinstance(tree, dict) else None
        if not isinstance(tree, dict) or "uid" not in tree:
            raise ValueError(tr("not an AN amendment (no uid)"))
        amendment = from_tree(tree)
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        yield Unreadable(name, _why(error))
        return
    if wanted(texts, amendment.text_number):
        yield amendment


def read_liasse(path: Path, texts: frozenset[str] | None = None) -> Iterator[Item]:
    """Every `<amendement>` of a référentiel liasse, one element at a time."""
    seen = 0
    try:
        for _event, element in ElementTree.iterparse(path, events=("end",)):
            if _local(element.tag) != "amendement":
                continue
            seen += 1
            try:
                amendment = from_tree(element_tree(element))
            except (ValueError, TypeError, AttributeError, KeyError) as error:
                yield Unreadable(f"amendement {seen}", _why(error))
            else:
                if wanted(texts, amendment.text_number):
                    yield amendment
            element.clear()
    except ElementTree.ParseError as error:
        yield Unreadable(
            path.name,
            trn(
                "damaged XML after {n} amendment: {error}",
                "damaged XML after {n} amendments: {error}",
                seen,
                error=error,
            ),
        )


def element_tree(element: ElementTree.Element) -> Tree | str | None:
    """An element as JSON would hold it: children by name (repeated ones as a list)."""
    if element.get(_NIL) == "true":
        return None
    children = list(element)
    if not children:
        return element.text or ""
    tree: Tree = {}
    for child in children:
        name, value = _local(child.tag), element_tree(child)
        if name in tree:
            previous = tree[name]
            tree[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            tree[name] = value
    return tree


def from_tree(tree: Tree) -> Amendment:
    """The record of an AN amendment, from the JSON dump's tree or the référentiel's."""
    identification = _get(tree, "identification") or _get(tree, "identifiant") or {}
    text_ref = _text(tree, "texteLegislatifRef") or _text(
        tree, "identifiant", "saisine", "refTexteLegislatif"
    )
    ref = _TEXT_REF.search(text_ref)
    division = _get(tree, "pointeurFragmentTexte", "division") or {}
    alinea = _get(tree, "pointeurFragmentTexte", "alinea") or {}
    body = _get(tree, "corps", "contenuAuteur") or _get(tree, "corps") or {}
    cycle = _get(tree, "cycleDeVie") or {}
    states = _get(cycle, "etatDesTraitements") or {}
    state = _text(states, "etat", "libelle") or _text(tree, "etat")
    sub_state = _text(states, "sousEtat", "libelle")
    sort = _sort(cycle.get("sort") if isinstance(cycle, dict) else None) or _sort(tree.get("sort"))
    names = signatories(
        _text(tree, "signataires", "libelle") or _text(tree, "signataires", "texteAffichable")
    )
    number = _text(tree, "numeroLong") or _text(identification, "numeroLong")
    number = number or _text(identification, "numero")
    rect = _text(identification, "numeroRect") or _text(identification, "numRect")
    return Amendment(
        chamber=AN,
        number=rectified(number, int(rect or 0)) if "rect" not in number.casefold() else number,
        source_id=_text(tree, "uid"),
        text_number=number_text(ref["number"]) if ref else "",
        legislature=_text(tree, "legislature")
        or _text(identification, "legislature")
        or (ref["legislature"] if ref else ""),
        body=_text(identification, "saisine", "organeExamen")
        or _text(identification, "prefixeOrganeExamen"),
        division=_text(division, "titre"),
        placement=placement(_text(division, "avant_A_Apres")),
        additional=flag(_text(division, "articleAdditionnel"))
        or placement(_text(division, "avant_A_Apres")) in ("avant", "après"),
        alinea=_text(alinea, "numero") or _text(alinea, "alineaDesignation"),
        author=names[0] if names else "",
        cosignatories=names[1:],
        group=_text(tree, "signataires", "auteur", "groupePolitiqueRef"),
        filed=iso_day(_text(cycle, "dateDepot") or _text(tree, "dateDepot")),
        state=" — ".join(s for s in (state, sub_state) if s),
        outcome=outcome_of(sort, sub_state, state),
        parent=_text(tree, "amendementParentRef") or _text(tree, "amendementParent"),
        dispositif=paragraphs(_raw(body, "dispositif")),
        expose=paragraphs(_raw(body, "exposeSommaire")),
    )


def _sort(value: object) -> str:
    """The AN's sort: a plain string, or `{sortEnSeance, dateSaisie}`."""
    if isinstance(value, dict):
        return _text(value, "sortEnSeance")
    return value if isinstance(value, str) else ""


def _get(tree: object, *path: str) -> Any:
    for name in path:
        if not isinstance(tree, dict):
            return None
        tree = tree.get(name)
        if isinstance(tree, dict) and tree.get("@xsi:nil") == "true":
            return None
    return tree


def _raw(tree: object, *path: str) -> str:
    value = _get(tree, *path)
    if isinstance(value, bool):  # JSON's true and false, as XML writes them
        return str(value).lower()
    return value if isinstance(value, str) else str(value) if isinstance(value, int) else ""


def _text(tree: object, *path: str) -> str:
    return plain(_raw(tree, *path))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _why(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return tr("not valid JSON (line {line}): {error}", line=error.lineno, error=error.msg)
    return str(error) or type(error).__name__

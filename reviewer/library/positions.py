"""The MP's positions on amendments, and the library's list of their labels.

A position is user data, like a note: stored at once, backed up with the database, and
exchanged in W3C files. Its label is one of the library's labels (matched without case or
accents, stored as the list writes it). Clearing a position keeps its row with an empty
label and the time of the clear, so that a merge of W3C files carries the clear too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reviewer.core.amendments import DEFAULT_POSITION_LABELS, Position
from reviewer.core.errors import ReviewerError
from reviewer.core.fields import BY_KEY, fold
from reviewer.core.i18n import tr, trn
from reviewer.core.kinds import POSITIONED_KINDS
from reviewer.core.records import Document
from reviewer.export.w3c import ExchangedPosition, PositionOut
from reviewer.library.amendment_import import KEY
from reviewer.library.context import Context
from reviewer.store import now

LABELS_SETTING = "position_labels"  # the library setting that holds the list
MAX_LABEL = 40  # characters: a label is a word or two, shown in a column of the dérouleur
MAX_ARGUMENT = 5000  # characters: a short argument, for the séance sheet
# A position with no label: what `position:` finds of the amendments without one.
_NO_POSITION = BY_KEY["position"].absent


def labels(context: Context) -> tuple[str, ...]:
    """The library's labels, in the user's order; the defaults until the user edits them."""
    with context.lock:
        stored = context.store.library_setting(LABELS_SETTING)
    return tuple(stored) if stored else DEFAULT_POSITION_LABELS


def position(context: Context, document_id: int) -> Position | None:
    return positions(context, [document_id]).get(document_id)


def positions(context: Context, document_ids: Iterable[int] | None) -> dict[int, Position]:
    """The positions given, by document id: of these documents, or of all."""
    wanted = None if document_ids is None else list(dict.fromkeys(document_ids))
    with context.lock:
        found = context.store.positions(wanted)
    return {p.document_id: p for p in found}


def new_position(context: Context, document_id: int, typed: str, argument: str) -> Position:
    """The position to save: on an amendment or a draft, with one of the library's labels."""
    document = context.document(document_id)
    if document.kind not in POSITIONED_KINDS:
        raise ReviewerError(
            tr(
                "“{title}” is not an amendment: a position is given on an amendment "
                "or a draft amendment (if it is one, correct its kind first)",
                title=document.title,
            )
        )
    argument = argument.strip()
    if len(argument) > MAX_ARGUMENT:
        raise ReviewerError(
            tr(
                "the argument has {count:,} characters; a position's argument is a short "
                "text for the séance sheet (at most {MAX_ARGUMENT:,}): put the rest in a note",
                count=len(argument),
                MAX_ARGUMENT=MAX_ARGUMENT,
            )
        )
    return Position(document.id, _listed(labels(context), typed), argument, now())


def _listed(listed: Sequence[str], typed: str) -> str:
    """The label as the list writes it, whatever the case or accents typed."""
    by_fold = {fold(name): name for name in listed}
    found = by_fold.get(fold(typed))
    if found is None:
        raise ReviewerError(
            tr(
                "“{typed}” is not one of the library's positions: "
                "{listed} (the list can be edited)",
                typed=typed.strip(),
                listed=", ".join(listed),
            )
        )
    return found


def cleared(document_id: int) -> Position:
    """What clearing a position saves: no label, and when it was cleared."""
    return Position(document_id, "", "", now())


def checked_labels(
    context: Context, typed: Iterable[str]
) -> tuple[tuple[str, ...], list[Position]]:
    """The new list of labels (trimmed, each once) and the positions to save again because
    the list now writes their label otherwise ("favorable" → "Favorable"). A label that
    positions use cannot go: the error names their amendments."""
    new = _clean(typed)
    by_fold = {fold(name): name for name in new}
    current = list(positions(context, None).values())
    orphans = [p for p in current if fold(p.label) not in by_fold]
    if orphans:
        raise ReviewerError(_in_use(context, orphans))
    respelled = [
        Position(p.document_id, by_fold[fold(p.label)], p.argument, now())
        for p in current
        if by_fold[fold(p.label)] != p.label
    ]
    return new, respelled


def _clean(typed: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in typed:
        cleaned = " ".join(name.split())
        if not cleaned:
            continue
        if len(cleaned) > MAX_LABEL:
            raise ReviewerError(
                tr(
                    "“{cleaned}” is too long for a position label (at most {MAX_LABEL} "
                    "characters): put the reasons in the position's argument",
                    cleaned=cleaned[:60],
                    MAX_LABEL=MAX_LABEL,
                )
            )
        if fold(cleaned) == fold(_NO_POSITION):
            raise ReviewerError(
                tr(
                    "“{cleaned}” cannot be a position label: `position:{none}` "
                    "finds the amendments without a position",
                    cleaned=cleaned,
                    none=fold(_NO_POSITION),
                )
            )
        seen.setdefault(fold(cleaned), cleaned)
    if not seen:
        raise ReviewerError(tr("the list of positions needs at least one label"))
    return tuple(seen.values())


def _in_use(context: Context, orphans: Sequence[Position]) -> str:
    by_label: dict[str, list[str]] = {}
    for orphan in orphans:
        by_label.setdefault(orphan.label, []).append(_name(context.document(orphan.document_id)))
    said = "; ".join(
        trn(
            "“{name}” by {n} amendment: {users}",
            "“{name}” by {n} amendments: {users}",
            len(users),
            name=name,
            users=", ".join(users[:10]) + (", …" if len(users) > 10 else ""),
        )
        for name, users in by_label.items()
    )
    return tr(
        "a label still in use cannot be removed ({said}): change or clear these positions "
        "first, or keep the label",
        said=said,
    )


def _name(document: Document) -> str:
    """How an error names an amendment: its number, else its id and title."""
    number = document.metadata.get("number")
    return f"n° {number} (id {document.id})" if number else f"{document.id}: {document.title}"


# --- W3C interchange ------------------------------------------------------------------------


def exported(context: Context, documents: Sequence[Document]) -> list[PositionOut]:
    """The positions on these documents, cleared ones included, to write in a W3C file."""
    by_id = {document.id: document for document in documents}
    with context.lock:
        found = context.store.positions(list(by_id), include_cleared=True)
    return [
        PositionOut(p, by_id[p.document_id].sha256, str(by_id[p.document_id].metadata.get(KEY, "")))
        for p in sorted(found, key=lambda p: p.document_id)
    ]


@dataclass(frozen=True)
class PositionMerge:
    """What merging a W3C file's positions changes: the positions to save (new, newer or
    cleared), the labels the list lacked (added to it), and what was left as it was."""

    saved: tuple[Position, ...] = ()
    new_labels: tuple[str, ...] = ()
    unchanged: int = 0  # the library's is the same or newer
    missing: int = 0  # positions on amendments the library does not have
    refused: tuple[str, ...] = ()  # why each position left out was (a label too long...)


def merged(context: Context, incoming: Sequence[ExchangedPosition]) -> PositionMerge:
    """The newer position wins (a clear too); an amendment is found by its document's
    content hash, else by its chamber, text and number (a newer file gave it new texts)."""
    documents = [d for d in context.documents() if d.kind in POSITIONED_KINDS]
    by_name = {d.sha256: d.id for d in documents}
    by_name.update((str(d.metadata[KEY]), d.id) for d in documents if d.metadata.get(KEY))
    with context.lock:
        current = {p.document_id: p for p in context.store.positions(include_cleared=True)}
    listed = {fold(name): name for name in labels(context)}
    new_labels: dict[str, str] = {}
    saved: dict[int, Position] = {}
    refused: list[str] = []
    unchanged = missing = 0
    for item in incoming:
        document_id = by_name.get(item.sha256 or "") or by_name.get(item.amendment)
        if document_id is None:
            missing += 1
            continue
        if not _newer(item, saved.get(document_id) or current.get(document_id)):
            unchanged += 1
            continue
        label = listed.get(fold(item.label), item.label)
        if item.label and fold(label) not in listed:
            try:
                _clean([label])
            except ReviewerError as error:
                refused.append(f"{_name(context.document(document_id))}: {error}")
                continue
            new_labels.setdefault(fold(label), label)
        saved[document_id] = Position(document_id, label, item.argument, item.modified)
    return PositionMerge(
        tuple(saved.values()), tuple(new_labels.values()), unchanged, missing, tuple(refused)
    )


def _newer(item: ExchangedPosition, mine: Position | None) -> bool:
    """Whether the file's position replaces the library's (a clear of nothing does not)."""
    if mine is None:
        return bool(item.label)
    return item.modified > mine.modified

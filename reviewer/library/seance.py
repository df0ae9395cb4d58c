"""The séance sheet of a bill: its amendments as the dérouleur lists them (binding), kept by
the sheet's filters, grouped by article, each with the MP's position and the notes on it.

Writing it is reviewer.library.exporting's (export_seance), like every report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reviewer.core.amendments import AmendmentEntry
from reviewer.core.errors import Cancelled, ReviewerError
from reviewer.core.events import CancelToken, ProgressCallback
from reviewer.core.i18n import N_, tr, trn
from reviewer.core.records import Annotation, Document, Progress
from reviewer.core.reports import Entry
from reviewer.core.seance import SeanceAmendment, SeanceArticle, SeanceOptions, SeanceSheet
from reviewer.export import scope
from reviewer.library import binding
from reviewer.library import settings as user_settings
from reviewer.library.context import Context, default_author

OUTSIDE_ARTICLES = {"fr": "Hors articles", "en": "Outside the articles"}


def build_sheet(
    context: Context,
    bill_id: int,
    options: SeanceOptions,
    *,
    progress: ProgressCallback,
    cancel: CancelToken,
) -> SeanceSheet:
    """The sheet of the bill's amendments the options keep; a clear refusal when none is."""
    bill = context.document(bill_id)
    listed = binding.amendments(context, bill.id, article=options.article or None)
    kept = [entry for entry in listed if options.keeps(entry)]
    if not kept:
        raise ReviewerError(_nothing_kept(context, bill, options, listed))
    notes = _notes(context, {entry.id for entry in kept})
    amendments = []
    for done, entry in enumerate(kept):
        if cancel.cancelled:
            raise Cancelled(tr("export cancelled: nothing was written"))
        progress(Progress(done, len(kept), f"n° {entry.number}"))
        document = context.document(entry.id)
        shown = tuple(Entry(a, document, None) for a in notes.get(entry.id, ()))
        amendments.append(SeanceAmendment(entry, document, shown))
    settings = user_settings.load_settings()
    return SeanceSheet(
        options=options,
        bill=bill,
        author=options.signed_by or default_author(),
        day=date.today(),
        articles=_by_article(amendments, options.lang),
        addressee=settings.addressee if options.addressee is None else options.addressee,
        mark=settings.mark if options.mark is None else options.mark,
    )


def _notes(context: Context, ids: set[int]) -> dict[int, list[Annotation]]:
    """The annotations of each amendment, in the order of its pages."""
    found: dict[int, list[Annotation]] = {}
    for annotation in context.annotations():
        if annotation.document_id in ids and scope.shown(annotation):
            found.setdefault(annotation.document_id, []).append(annotation)
    for listed in found.values():
        listed.sort(key=lambda a: (a.page, a.created))
    return found


def _by_article(amendments: Sequence[SeanceAmendment], lang: str) -> tuple[SeanceArticle, ...]:
    """Consecutive amendments under one heading: the listing is already in article order."""
    articles: list[SeanceArticle] = []
    for amendment in amendments:
        label, attached = _heading(amendment.entry, lang)
        if articles and articles[-1].label == label:
            last = articles[-1]
            articles[-1] = SeanceArticle(label, (*last.amendments, amendment), attached)
        else:
            articles.append(SeanceArticle(label, (amendment,), attached))
    return tuple(articles)


def _heading(entry: AmendmentEntry, lang: str) -> tuple[str, bool]:
    if entry.article:
        return entry.article, True
    return (" ".join(entry.division.split()) or OUTSIDE_ARTICLES[lang]), False


def _nothing_kept(
    context: Context, bill: Document, options: SeanceOptions, listed: list[AmendmentEntry]
) -> str:
    if not listed and not options.article:
        return tr(
            "“{title}” has no amendment: import its amendments (reviewer import FILE "
            "--text BILL binds them to it); nothing was written",
            title=bill.title,
        )
    given = ", ".join(tr(_FILTERS[name], value=value) for name, value in options.filters())
    total = len(binding.amendments(context, bill.id)) if options.article else len(listed)
    return trn(
        "no amendment of “{title}” matches {given} (the bill has {n} amendment); "
        "nothing was written",
        "no amendment of “{title}” matches {given} (the bill has {n} amendments); "
        "nothing was written",
        total,
        title=bill.title,
        given=given,
    )


# How the refusal names each filter given.
_FILTERS = {
    "article": N_("article “{value}”"),
    "group": N_("group “{value}”"),
    "outcome": N_("outcome “{value}”"),
    "with_position": N_("with a position"),
}

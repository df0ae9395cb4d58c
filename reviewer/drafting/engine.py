"""Draft an amendment and apply a dispositif: the two uses of one engine.

A draft is written, then read back by the same reader that reads official amendments, and
its preview is that reading applied: what the user sees is what the text says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from reviewer.core.drafting import Application, Draft
from reviewer.drafting.apply import NotApplied, applied
from reviewer.drafting.checks import GAGES, gage_edit, warnings
from reviewer.drafting.diff import word_diff
from reviewer.drafting.model import Edit, Op
from reviewer.drafting.read import Unrecognized, parse
from reviewer.drafting.text import ArticleText, canonical_article
from reviewer.drafting.write import AN, EXPOSE_TITLE, STYLES, dispositif, heading, place

_NONE: Mapping[str, ArticleText | None] = MappingProxyType({})


def draft(
    article: ArticleText | None,
    edit: Edit | Sequence[Edit],
    *,
    style: str = AN,
    gage: str = "",
    templates: Mapping[str, str] = GAGES,
    others: Mapping[str, ArticleText | None] = _NONE,
) -> Draft:
    """The amendment making `edit` (or several edits, numbered I, II...) to `article` (None:
    not in this text), with its preview. Edits on another article find its text in `others`
    (by canonical label); the preview then shows each article touched, one after the other."""
    if style not in STYLES:
        raise ValueError(f"style inconnu : {style} (an ou senat)")
    asked = [edit] if isinstance(edit, Edit) else list(edit)
    first = asked[0]
    edits = _with_gage(asked, gage, templates)
    text = dispositif(edits, style)
    label = canonical_article(first.article)
    texts = {label: article} | {
        _label(e, label): others.get(_label(e, label)) for e in edits if _label(e, label) != label
    }
    found = warnings(article, edits, gaged=bool(gage), others=texts)
    # An additional article is new: its "before" is nothing (`article` is its neighbour).
    new_article = first.op is Op.ADDITIONAL_ARTICLE
    before = "\n\n".join(t.render() for t in texts.values() if t) if not new_article else ""
    after = ""
    where = place(first) if new_article else ""
    try:
        reread = parse(text, style=style, additional=where)
        # The dispositif names no article: each edit read back is on the one asked.
        reread = [
            replace(e, article=edits[min(i, len(edits) - 1)].article) for i, e in enumerate(reread)
        ]
        if reread != edits:
            found.append("le dispositif relu ne redonne pas exactement l’opération demandée")
        after = "\n\n".join(
            applied(body, [e for e in reread if _label(e, label) == of])
            for of, body in texts.items()
        )
    except (Unrecognized, NotApplied) as error:
        found.append(f"aperçu impossible : {error}")
    return Draft(
        dispositif=text,
        expose="",
        expose_title=EXPOSE_TITLE[style],
        style=style,
        heading=heading(first),
        article=canonical_article(first.article),
        alinea=first.alinea,
        warnings=tuple(dict.fromkeys(found)),
        before=before,
        after=after,
        diff=word_diff(before, after) if after else (),
    )


def _label(edit: Edit, default: str) -> str:
    """The canonical label of the article an edit is on (`default`: the amendment's)."""
    return canonical_article(edit.article) if edit.article else default


def _with_gage(edits: Sequence[Edit], gage: str, templates: Mapping[str, str]) -> list[Edit]:
    """The edits and their gage: a last paragraph of the article (or of the new one)."""
    if not gage:
        return list(edits)
    paragraph = gage_edit(gage, templates)
    *rest, last = edits
    if last.op in (Op.ADDITIONAL_ARTICLE, Op.REWRITE_ARTICLE, Op.RESTORE_ARTICLE):
        return [*rest, replace(last, new=f"{last.new}\n{paragraph.new}")]
    return [*edits, replace(paragraph, article=last.article)]


def apply_dispositif(
    article: ArticleText | None, label: str, text: str, *, style: str | None = None
) -> Application:
    """`text` (a dispositif) applied to `article`; `label` is the amendment's place
    ("Article 7", "Après l'article 7"). Not understood or not applicable: `applied` False,
    the reason given, and no text."""
    additional = label if label.lower().startswith(("après", "avant")) else ""
    before = article.render() if article and not additional else ""
    label = additional or canonical_article(label)
    try:
        edits = parse(text, style=style, additional=additional)
        # The amendment's place names the article its edits do not name.
        edits = [e if e.article or additional else replace(e, article=label) for e in edits]
        after = applied(article, edits)
    except Unrecognized as error:
        return Application(False, str(error), label, before, "")
    except NotApplied as error:
        return Application(False, f"non applicable : {error}", label, before, "")
    return Application(True, "", label, before, after, word_diff(before, after))

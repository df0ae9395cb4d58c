"""Warnings on a draft: what the drafter must decide, never a silent guess.

The charge hint is only a hint: admissibility under article 40 of the Constitution is for
the chamber's services to judge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

from reviewer.drafting.model import WORD_OPS, Edit, Op
from reviewer.drafting.text import ArticleText, canonical_article, occurrences, sentences
from reviewer.drafting.wording import alinea_name, ordinal, quote

_CHARGE = re.compile(
    r"\b(exonér\w*|réduction\w*|réduit\w*|taux|création|créé\w*|allocation\w*|abattement\w*"
    r"|dégrèvement\w*|crédit\s+d['’]impôt|prise\s+en\s+charge|gratuit\w*|aide\w*|exemption\w*)\b",
    re.IGNORECASE,
)
# The usual gages, by the public budget that loses revenue; a library may override them
# with a gages.json of its own ({"etat": "…", ...}).
GAGES: dict[str, str] = {
    "etat": (
        "La perte de recettes résultant pour l’État du présent article est compensée, à due "
        "concurrence, par la création d’une taxe additionnelle aux droits mentionnés aux "
        "articles 575 et 575 A du code général des impôts."
    ),
    "collectivites": (
        "La perte de recettes résultant pour les collectivités territoriales du présent "
        "article est compensée, à due concurrence, par une majoration de la dotation globale "
        "de fonctionnement et, corrélativement pour l’État, par la création d’une taxe "
        "additionnelle aux droits mentionnés aux articles 575 et 575 A du code général des "
        "impôts."
    ),
    "securite-sociale": (
        "La perte de recettes résultant pour les organismes de sécurité sociale du présent "
        "article est compensée, à due concurrence, par la création d’une taxe additionnelle "
        "aux droits mentionnés aux articles 575 et 575 A du code général des impôts."
    ),
}


def gages(path: Path | None = None) -> dict[str, str]:
    """The gage templates: the defaults, overridden by `path` (JSON) when it exists."""
    templates = dict(GAGES)
    if path is not None and path.is_file():
        loaded = json.loads(path.read_text(encoding="utf-8"))
        templates.update({str(k): str(v) for k, v in loaded.items()})
    return templates


def gage_edit(kind: str, templates: Mapping[str, str]) -> Edit:
    """The gage as a last paragraph of the article: "… – La perte de recettes…"."""
    if kind not in templates:
        raise KeyError(f"gage inconnu : {kind} (connus : {', '.join(sorted(templates))})")
    return Edit(Op.INSERT_ALINEA, alinea=None, new=f"…\u00a0–\u00a0{templates[kind]}")


def warnings(
    article: ArticleText | None,
    edits: Sequence[Edit],
    *,
    gaged: bool,
    others: Mapping[str, ArticleText | None] = MappingProxyType({}),
) -> list[str]:
    """Everything the drafter should look at before tabling `edits` on `article` (an edit
    on another article: on its text in `others`, by canonical label)."""
    found: list[str] = []
    labels = sorted({canonical_article(edit.article) for edit in edits if edit.article})
    if len(labels) > 1:
        found.append(
            f"l’amendement touche plusieurs articles ({', '.join(labels)}) : "
            "les chambres demandent un amendement par article"
        )
    for edit in edits:
        text = others.get(canonical_article(edit.article), article) if edit.article else article
        found.extend(_edit_warnings(text, edit))
    if not gaged and (hint := _charge_hint(edits)):
        found.append(
            f"charge ou perte de recettes possible ({quote(hint)}) : prévoir un gage ? "
            "(simple indice, la recevabilité relève de l’article 40 de la Constitution)"
        )
    return found


def _article_named(edit: Edit) -> str:
    """ "article 3", as a sentence names it, however the user typed it ("3", "Art. 3")."""
    label = canonical_article(edit.article) if edit.article else ""
    return "article" + label.removeprefix("Article") if label else "article"


def _edit_warnings(article: ArticleText | None, edit: Edit) -> list[str]:
    if edit.op is Op.ADDITIONAL_ARTICLE and article is None:
        return [f"l’{_article_named(edit)} (la place de l’article additionnel) n’existe pas "
                "dans cette version du texte"]  # fmt: skip
    if edit.op in (Op.ADDITIONAL_ARTICLE, Op.RESTORE_ARTICLE):
        return []
    if article is None:
        return [f"l’{_article_named(edit)} n’existe pas dans cette version du texte"]
    count = len(article.alineas)
    wanted = [n for n in edit.alineas if not 1 <= n <= count]
    if edit.op is Op.INSERT_ALINEA:  # it follows alinéa N: 0 is before the first
        outside = edit.alinea is not None and not 0 <= edit.alinea <= count
        wanted = [edit.alinea] if outside else []
    if wanted:
        return [
            f"l’{alinea_name(n)} n’existe pas dans cette version du texte "
            f"(l’{article.label.lower()} en compte {count})"
            for n in wanted
        ]
    if (edit.op not in WORD_OPS or edit.op is Op.COMPLETE) and not edit.anchor:
        return []
    words = edit.anchor or edit.old
    return [
        warning
        for n in edit.alineas
        if (warning := _occurrence_warning(_scope(article.alineas[n - 1], edit), words, edit, n))
    ]


def _scope(text: str, edit: Edit) -> str:
    if edit.phrase is None:
        return text
    spans = sentences(text)
    index = len(spans) - 1 if edit.phrase < 0 else edit.phrase - 1
    return text[slice(*spans[index])] if 0 <= index < len(spans) else ""


def _occurrence_warning(text: str, words: str, edit: Edit, number: int) -> str:
    count = len(occurrences(text, words))
    where = f"{quote(words)} à l’{alinea_name(number)}"
    if count == 0:
        return f"{where} : introuvable dans cette version du texte"
    if count > 1 and edit.occurrence is None:
        return (
            f"{where} : {count} occurrences ; nommer l’occurrence (« la "
            f"{ordinal(2)} occurrence… », --occurrence N) ou élargir la citation"
        )
    if edit.occurrence is not None and edit.occurrence > count:
        return f"{where} : {ordinal(edit.occurrence)} occurrence demandée, {count} seulement"
    return ""


def _charge_hint(edits: Sequence[Edit]) -> str:
    for edit in edits:
        if match := _CHARGE.search(edit.new):
            return match.group(0)
    return ""

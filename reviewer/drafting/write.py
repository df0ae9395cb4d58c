"""Write the dispositif of an amendment in the style of a chamber.

AN: the address within the sentence, words quoted in « »: « À l’alinéa 3, substituer aux
mots : « … » les mots : « … ». ». Sénat: the address on its own line, then the instruction
and the words, one per line: « Alinéa 3 / Remplacer les mots : / … / par les mots : / … ».
Quoted words are citations: written exactly as given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.drafting.model import LAST, Edit, Op
from reviewer.drafting.text import canonical_article, sentences
from reviewer.drafting.wording import cardinal, ordinal, plural, quote, words_noun
from reviewer.export.typography import NBSP

AN = "an"
SENAT = "senat"
STYLES = (AN, SENAT)
EXPOSE_TITLE = {AN: "Exposé sommaire", SENAT: "Objet"}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
PART = f".{NBSP}–{NBSP}"  # "I. – "


def dispositif(edits: Sequence[Edit], style: str) -> str:
    """The dispositif; several edits are numbered I, II, III..."""
    write = _an if style == AN else _senat
    blocks = [write(edit) for edit in edits]
    if len(blocks) > 1:
        blocks = [[f"{_roman(n)}{PART}{b[0]}", *b[1:]] for n, b in enumerate(blocks, start=1)]
    return "\n".join(line for block in blocks for line in block)


def _roman(number: int) -> str:
    return _ROMAN[number - 1] if number <= len(_ROMAN) else str(number)


# --- Shared pieces ------------------------------------------------------------------------


def _occurrence_of(words: str, occurrence: int | None) -> str:
    """ "les mots", "le mot", "la deuxième occurrence des mots"."""
    if occurrence is None:
        return words_noun(words)
    return f"la {ordinal(occurrence)} occurrence {'des mots' if plural(words) else 'du mot'}"


def _to_occurrence_of(words: str, occurrence: int | None) -> str:
    """ "aux mots", "au mot", "à la deuxième occurrence du mot" (AN's "substituer à")."""
    if occurrence is None:
        return "aux mots" if plural(words) else "au mot"
    return "à " + _occurrence_of(words, occurrence)


def _is_sentence(new: str) -> bool:
    return new.rstrip().endswith((".", "!", "?", "…", ".»", ". »", f".{NBSP}»"))


def _sentences_noun(new: str) -> str:
    count = len(sentences(new))
    return "une phrase ainsi rédigée" if count == 1 else f"{cardinal(count)} phrases ainsi rédigées"


def _alineas_noun(count: int, *, an: bool) -> str:
    if an:
        return "l’alinéa suivant" if count == 1 else f"les {cardinal(count)} alinéas suivants"
    return "un alinéa ainsi rédigé" if count == 1 else f"{cardinal(count)} alinéas ainsi rédigés"


def _article_ref(label: str) -> str:
    """ "Article 7 bis" -> "l’article 7 bis"."""
    return "l’article " + canonical_article(label).removeprefix("Article ")


def _numbers(edit: Edit) -> str:
    first, last = edit.alinea, edit.last or edit.alinea
    if first == last:
        return f"{first}"
    if last == (first or 0) + 1:
        return f"{first} et {last}"
    return f"{first} à {last}"


# --- Sénat --------------------------------------------------------------------------------


def _senat(edit: Edit) -> list[str]:
    return _SENAT[edit.op](edit)


def _senat_address(edit: Edit) -> str:
    noun = "Alinéa" if edit.last in (None, edit.alinea) else "Alinéas"
    address = f"{noun} {_numbers(edit)}"
    if edit.phrase is not None:
        address += f", {ordinal(edit.phrase)} phrase"
    return address


def _senat_words(words: str) -> str:
    """Words on their own line; quoted only when they begin with a quote themselves."""
    return quote(words) if words.startswith(("«", '"', "“")) else words


def _unit(edit: Edit) -> str:
    if edit.phrase is not None:
        return "cette phrase"
    return "cet alinéa" if edit.last in (None, edit.alinea) else "ces alinéas"


def _part_of(edit: Edit) -> str:
    """ "la fin de " / "le début de " when the edit starts or stops at anchor words."""
    if not edit.anchor:
        return ""
    return "le début de " if edit.before else "la fin de "


def _senat_from(edit: Edit) -> list[str]:
    """ "Après le mot : / …" before "rédiger ainsi la fin de cet alinéa"."""
    if not edit.anchor:
        return []
    where = "Avant" if edit.before else "Après"
    return [
        f"{where} {_occurrence_of(edit.anchor, edit.occurrence)}{NBSP}:",
        _senat_words(edit.anchor),
    ]


def _senat_complete(edit: Edit) -> list[str]:
    if _is_sentence(edit.new):
        how, new = _sentences_noun(edit.new), quote(edit.new)
    else:
        how, new = words_noun(edit.new), _senat_words(edit.new)
    return [_senat_address(edit), f"Compléter {_unit(edit)} par {how}{NBSP}:", new]


def _senat_insert_alinea(edit: Edit) -> list[str]:
    paragraphs = edit.paragraphs
    how = _alineas_noun(len(paragraphs), an=False)
    if edit.alinea is None:
        return [f"Compléter cet article par {how}{NBSP}:", *paragraphs]
    place = "Avant l’alinéa 1" if edit.alinea == 0 else f"Après l’alinéa {edit.alinea}"
    return [place, f"Insérer {how}{NBSP}:", *paragraphs]


def _senat_additional(edit: Edit) -> list[str]:
    return [
        place(edit),
        f"Insérer un article additionnel ainsi rédigé{NBSP}:",
        *edit.paragraphs,
    ]


_SENAT: dict[Op, Callable[[Edit], list[str]]] = {
    Op.DELETE_ARTICLE: lambda e: ["Supprimer cet article."],
    Op.DELETE_WORDS: lambda e: [
        _senat_address(e),
        f"Supprimer {_occurrence_of(e.old, e.occurrence)}{NBSP}:",
        _senat_words(e.old),
    ],
    Op.REPLACE_WORDS: lambda e: [
        _senat_address(e),
        f"Remplacer {_occurrence_of(e.old, e.occurrence)}{NBSP}:",
        _senat_words(e.old),
        f"par {words_noun(e.new)}{NBSP}:",
        _senat_words(e.new),
    ],
    Op.INSERT_WORDS: lambda e: [
        _senat_address(e),
        f"{'Avant' if e.before else 'Après'} {_occurrence_of(e.anchor, e.occurrence)}{NBSP}:",
        _senat_words(e.anchor),
        f"insérer {words_noun(e.new)}{NBSP}:",
        _senat_words(e.new),
    ],
    Op.COMPLETE: _senat_complete,
    Op.REWRITE_ALINEA: lambda e: [
        _senat_address(e),
        *_senat_from(e),
        f"{'r' if e.anchor else 'R'}édiger ainsi {_part_of(e)}{_unit(e)}{NBSP}:",
        *e.paragraphs,
    ],
    Op.INSERT_ALINEA: _senat_insert_alinea,
    Op.DELETE_ALINEA: lambda e: [
        _senat_address(e),
        *_senat_from(e),
        f"{'s' if e.anchor else 'S'}upprimer {_part_of(e)}{_unit(e)}.",
    ],
    Op.ADDITIONAL_ARTICLE: _senat_additional,
    Op.REWRITE_ARTICLE: lambda e: [f"Rédiger ainsi cet article{NBSP}:", *e.paragraphs],
    Op.RESTORE_ARTICLE: lambda e: [
        f"Rétablir cet article dans la rédaction suivante{NBSP}:",
        *e.paragraphs,
    ],
}


# --- Assemblée nationale ------------------------------------------------------------------


def _an(edit: Edit) -> list[str]:
    return _AN[edit.op](edit)


def _an_address(edit: Edit) -> str:
    """ "l’alinéa 3", "les alinéas 3 à 5", "la dernière phrase de l’alinéa 3"."""
    if edit.last in (None, edit.alinea):
        address = f"l’alinéa {edit.alinea}"
    else:
        address = f"les alinéas {_numbers(edit)}"
    if edit.phrase is not None:
        address = f"la {ordinal(edit.phrase)} phrase de {address}"
    return address


def _at(edit: Edit) -> str:
    """ "À l’alinéa 3", "À la deuxième phrase de l’alinéa 3", "Aux alinéas 3 à 5"."""
    address = _an_address(edit)
    return "Aux " + address.removeprefix("les ") if address.startswith("les ") else "À " + address


def _block(paragraphs: Sequence[str]) -> list[str]:
    """New alinéas as the AN quotes them: each opens with «, the last closes with »."""
    lines = [f"«{NBSP}{paragraph}" for paragraph in paragraphs]
    if lines:
        lines[-1] += f"{NBSP}»"
    return lines


def _an_complete(edit: Edit) -> list[str]:
    how = _sentences_noun(edit.new) if _is_sentence(edit.new) else words_noun(edit.new)
    return [f"Compléter {_an_address(edit)} par {how}{NBSP}: {quote(edit.new)}."]


def _an_insert_alinea(edit: Edit) -> list[str]:
    paragraphs = edit.paragraphs
    how = _alineas_noun(len(paragraphs), an=True)
    if edit.alinea is None:
        head = f"Compléter cet article par {how}{NBSP}:"
    elif edit.alinea == 0:
        head = f"Avant l’alinéa 1, insérer {how}{NBSP}:"
    else:
        head = f"Après l’alinéa {edit.alinea}, insérer {how}{NBSP}:"
    return [head, *_block(paragraphs)]


def _an_delete_alinea(edit: Edit) -> list[str]:
    if edit.anchor:
        return [f"{_an_from(edit)}, supprimer {_part_of(edit)}{_this(edit)}."]
    return [f"Supprimer {_an_address(edit)}."]


def _an_rewrite_alinea(edit: Edit) -> list[str]:
    if edit.anchor:
        head = f"{_an_from(edit)}, rédiger ainsi {_part_of(edit)}{_this(edit)}{NBSP}:"
        return [f"{head} {quote(edit.new)}."]
    return [f"Rédiger ainsi {_an_address(edit)}{NBSP}:", *_block(edit.paragraphs)]


def _an_from(edit: Edit) -> str:
    """ "À l’alinéa 3, après le mot : « … »"."""
    where = "avant" if edit.before else "après"
    words = _occurrence_of(edit.anchor, edit.occurrence)
    return f"{_at(edit)}, {where} {words}{NBSP}: {quote(edit.anchor)}"


def _this(edit: Edit) -> str:
    return "cette phrase" if edit.phrase is not None else "cet alinéa"


_AN: dict[Op, Callable[[Edit], list[str]]] = {
    Op.DELETE_ARTICLE: lambda e: ["Supprimer cet article."],
    Op.DELETE_WORDS: lambda e: [
        f"{_at(e)}, supprimer {_occurrence_of(e.old, e.occurrence)}{NBSP}: {quote(e.old)}."
    ],
    Op.REPLACE_WORDS: lambda e: [
        f"{_at(e)}, substituer {_to_occurrence_of(e.old, e.occurrence)}{NBSP}: {quote(e.old)} "
        f"{words_noun(e.new)}{NBSP}: {quote(e.new)}."
    ],
    Op.INSERT_WORDS: lambda e: [
        f"{_at(e)}, {'avant' if e.before else 'après'} {_occurrence_of(e.anchor, e.occurrence)}"
        f"{NBSP}: {quote(e.anchor)}, insérer {words_noun(e.new)}{NBSP}: {quote(e.new)}."
    ],
    Op.COMPLETE: _an_complete,
    Op.REWRITE_ALINEA: _an_rewrite_alinea,
    Op.INSERT_ALINEA: _an_insert_alinea,
    Op.DELETE_ALINEA: _an_delete_alinea,
    # The AN gives an additional article's place in the amendment's heading ("APRÈS
    # L'ARTICLE 7"): its dispositif is the text of the new article alone.
    Op.ADDITIONAL_ARTICLE: lambda e: list(e.paragraphs),
    Op.REWRITE_ARTICLE: lambda e: [f"Rédiger ainsi cet article{NBSP}:", *_block(e.paragraphs)],
    Op.RESTORE_ARTICLE: lambda e: [
        f"Rétablir cet article dans la rédaction suivante{NBSP}:",
        *_block(e.paragraphs),
    ],
}


def place(edit: Edit) -> str:
    """Where an additional article goes: "Après l’article 7"."""
    return f"{'Avant' if edit.before else 'Après'} {_article_ref(edit.article)}"


def heading(edit: Edit) -> str:
    """The place the amendment names: "ARTICLE 7", "ARTICLE ADDITIONNEL APRÈS L’ARTICLE 7"."""
    label = canonical_article(edit.article).upper()
    if edit.op is Op.ADDITIONAL_ARTICLE:
        place = "AVANT" if edit.before else "APRÈS"
        return f"ARTICLE ADDITIONNEL {place} L’{label}"
    return label


__all__ = ["AN", "EXPOSE_TITLE", "LAST", "SENAT", "STYLES", "dispositif", "heading"]

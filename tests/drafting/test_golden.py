"""The golden set: every operation, both chambers' styles, on a bill whose alinéas are known.

Each case says what the user asks (an `Edit`) and the alinéas the article must have once the
amendment is adopted. For each style the dispositif must name the right alinéa, use the
chamber's formula and quote the user's words; read back and applied, it must give exactly
the intended text, with no warning.
"""

# ruff: noqa: E501 (a table of cases and page texts: one case, one paragraph a line)
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from reviewer.drafting import AN, LAST, SENAT, Edit, Op, apply_dispositif, draft, parse
from reviewer.export.typography import NBSP

from .conftest import ALINEAS

A1, A2, A3 = "Article 1er", "Article 2", "Article 3"


def q(words: str) -> str:
    return f"«{NBSP}{words}{NBSP}»"


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit
    after: tuple[str, ...] | None  # the article's alinéas if adopted (None: no article)
    an: str  # a pattern the AN dispositif must match
    senat: str  # a pattern the Sénat dispositif must match


def changed(label: str, number: int, text: str) -> tuple[str, ...]:
    alineas = list(ALINEAS[label])
    alineas[number - 1] = text
    return tuple(alineas)


def without(label: str, *numbers: int) -> tuple[str, ...]:
    return tuple(a for n, a in enumerate(ALINEAS[label], start=1) if n not in numbers)


def inserted(label: str, after: int, *new: str) -> tuple[str, ...]:
    alineas = list(ALINEAS[label])
    return (*alineas[:after], *new, *alineas[after:])


ALINEA_1 = (
    "I. – Le taux de la contribution est fixé à 2 %. Ce taux est révisé chaque année par décret."
)
II_START = "II. – Une allocation est versée aux aidants qui réduisent leur activité."
II_END = "Le montant de l’allocation est fixé par décret en Conseil d’État."
III = "III. – Le présent article entre en vigueur le 1er janvier 2027."
AN_AT = r"^À l’alinéa {n}, "
SN_AT = r"^Alinéa {n}\n"

CASES = [
    # --- replace-words
    Case("replace one word", Edit(Op.REPLACE_WORDS, A2, 3, old="2027", new="2028"),
         changed(A2, 3, III.replace("2027", "2028")),
         AN_AT.format(n=3) + rf"substituer au mot{NBSP}: {q('2027')} le mot{NBSP}: {q('2028')}\.$",
         SN_AT.format(n=3) + rf"Remplacer le mot{NBSP}:\n2027\npar le mot{NBSP}:\n2028$"),
    Case("replace words by words", Edit(Op.REPLACE_WORDS, A2, 2, old="aux aidants", new="aux proches aidants"),
         changed(A2, 2, ALINEAS[A2][1].replace("aux aidants", "aux proches aidants")),
         rf"substituer aux mots{NBSP}: {q('aux aidants')} les mots{NBSP}: {q('aux proches aidants')}\.",
         rf"Remplacer les mots{NBSP}:\naux aidants\npar les mots{NBSP}:\naux proches aidants"),
    # An elided article is a word of its own: "les mots : « l’année »".
    Case("replace words by elided words", Edit(Op.REPLACE_WORDS, A3, 1, old="un délai d’un an", new="l’année"),
         changed(A3, 1, ALINEAS[A3][0].replace("un délai d’un an", "l’année")),
         rf"aux mots{NBSP}: {q('un délai d’un an')} les mots{NBSP}: {q('l’année')}",
         rf"par les mots{NBSP}:\nl’année$"),
    Case("replace words by one word", Edit(Op.REPLACE_WORDS, A3, 1, old="dans un délai d’un an", new="annuellement"),
         changed(A3, 1, ALINEAS[A3][0].replace("dans un délai d’un an", "annuellement")),
         rf"aux mots{NBSP}: {q('dans un délai d’un an')} le mot{NBSP}: {q('annuellement')}",
         rf"par le mot{NBSP}:\nannuellement$"),
    Case("replace the second occurrence", Edit(Op.REPLACE_WORDS, A2, 1, old="taux", new="niveau", occurrence=2),
         changed(A2, 1, ALINEA_1.replace("Ce taux", "Ce niveau")),
         rf"substituer à la deuxième occurrence du mot{NBSP}: {q('taux')}",
         rf"Remplacer la deuxième occurrence du mot{NBSP}:\ntaux\n"),
    Case("replace the first occurrence", Edit(Op.REPLACE_WORDS, A2, 2, old="décret", new="arrêté", occurrence=1),
         changed(A2, 2, ALINEAS[A2][1].replace("décret", "arrêté")),
         r"à la première occurrence du mot", r"Remplacer la première occurrence du mot"),
    Case("replace in a phrase", Edit(Op.REPLACE_WORDS, A2, 1, phrase=2, old="taux", new="montant"),
         changed(A2, 1, ALINEA_1.replace("Ce taux", "Ce montant")),
         rf"^À la deuxième phrase de l’alinéa 1, substituer au mot{NBSP}: {q('taux')}",
         r"^Alinéa 1, deuxième phrase\nRemplacer le mot"),
    Case("replace in the last phrase", Edit(Op.REPLACE_WORDS, A2, 2, phrase=LAST, old="décret en Conseil d’État", new="décret simple"),
         changed(A2, 2, f"{II_START} Le montant de l’allocation est fixé par décret simple."),
         r"^À la dernière phrase de l’alinéa 2, substituer aux mots",
         r"^Alinéa 2, dernière phrase\nRemplacer les mots"),
    Case("replace words inside a quotation", Edit(Op.REPLACE_WORDS, A1, 3, old="la personne aidée", new="la personne aidée et ses proches"),
         changed(A1, 3, ALINEAS[A1][2].replace("la personne aidée", "la personne aidée et ses proches")),
         r"substituer aux mots", r"Remplacer les mots"),
    Case("replace a reference", Edit(Op.REPLACE_WORDS, A1, 2, old="L. 113-1", new="L. 113-1-1"),
         changed(A1, 2, ALINEAS[A1][1].replace("L. 113-1", "L. 113-1-1")),
         rf"{q('L. 113-1')} les mots{NBSP}: {q('L. 113-1-1')}", r"\nL\. 113-1\npar les mots"),
    # --- delete-words
    Case("delete words", Edit(Op.DELETE_WORDS, A2, 2, old="qui réduisent leur activité"),
         changed(A2, 2, f"II. – Une allocation est versée aux aidants. {II_END}"),
         AN_AT.format(n=2) + rf"supprimer les mots{NBSP}: {q('qui réduisent leur activité')}\.$",
         SN_AT.format(n=2) + rf"Supprimer les mots{NBSP}:\nqui réduisent leur activité$"),
    Case("delete one word", Edit(Op.DELETE_WORDS, A2, 1, old="chaque", occurrence=None),
         changed(A2, 1, ALINEA_1.replace("chaque année", "année")),
         rf"supprimer le mot{NBSP}: {q('chaque')}\.$", rf"Supprimer le mot{NBSP}:\nchaque$"),
    Case("delete words before a comma", Edit(Op.DELETE_WORDS, A1, 4, old="Au premier alinéa de l’article L. 232-1"),
         None, r"supprimer les mots", r"Supprimer les mots"),
    Case("delete the second occurrence", Edit(Op.DELETE_WORDS, A2, 2, old="décret", occurrence=1),
         changed(A2, 2, f"{II_START} Le montant de l’allocation est fixé par en Conseil d’État."),
         r"supprimer la première occurrence du mot", r"Supprimer la première occurrence du mot"),
    Case("delete words at the end", Edit(Op.DELETE_WORDS, A3, 1, old="dans un délai d’un an"),
         changed(A3, 1, "Le Gouvernement remet au Parlement un rapport sur l’application de la présente loi."),
         r"supprimer les mots", r"Supprimer les mots"),
    # --- insert-words
    Case("insert after a word", Edit(Op.INSERT_WORDS, A2, 3, anchor="vigueur", new="pour trois ans"),
         changed(A2, 3, "III. – Le présent article entre en vigueur pour trois ans le 1er janvier 2027."),
         AN_AT.format(n=3) + rf"après le mot{NBSP}: {q('vigueur')}, insérer les mots{NBSP}: {q('pour trois ans')}\.$",
         SN_AT.format(n=3) + rf"Après le mot{NBSP}:\nvigueur\ninsérer les mots{NBSP}:\npour trois ans$"),
    Case("insert before words", Edit(Op.INSERT_WORDS, A3, 1, anchor="un rapport", new="chaque année", before=True),
         changed(A3, 1, ALINEAS[A3][0].replace("un rapport", "chaque année un rapport")),
         rf"avant les mots{NBSP}: {q('un rapport')}, insérer les mots", rf"^Alinéa 1\nAvant les mots{NBSP}:"),
    Case("insert a comma clause", Edit(Op.INSERT_WORDS, A3, 1, anchor="Parlement", new=", avant le 1er juin,"),
         changed(A3, 1, ALINEAS[A3][0].replace("Parlement", "Parlement, avant le 1er juin,")),
         r"après le mot", r"Après le mot"),
    Case("insert after the second occurrence", Edit(Op.INSERT_WORDS, A2, 1, anchor="taux", new="plafond", occurrence=2),
         changed(A2, 1, ALINEA_1.replace("Ce taux", "Ce taux plafond")),
         r"après la deuxième occurrence du mot", r"Après la deuxième occurrence du mot"),
    Case("insert one word", Edit(Op.INSERT_WORDS, A2, 2, anchor="allocation", new="forfaitaire", occurrence=1),
         changed(A2, 2, ALINEAS[A2][1].replace("Une allocation", "Une allocation forfaitaire")),
         rf"insérer le mot{NBSP}: {q('forfaitaire')}", rf"insérer le mot{NBSP}:\nforfaitaire$"),
    # --- complete
    Case("complete with words", Edit(Op.COMPLETE, A2, 3, new="pour les contrats en cours"),
         changed(A2, 3, "III. – Le présent article entre en vigueur le 1er janvier 2027 pour les contrats en cours."),
         rf"^Compléter l’alinéa 3 par les mots{NBSP}: {q('pour les contrats en cours')}\.$",
         rf"^Alinéa 3\nCompléter cet alinéa par les mots{NBSP}:\npour les contrats en cours$"),
    Case("complete before a colon", Edit(Op.COMPLETE, A1, 1, new="et le code de la sécurité sociale"),
         changed(A1, 1, "Le code de l’action sociale et des familles est ainsi modifié et le code de la sécurité sociale :"),
         r"Compléter l’alinéa 1 par les mots", r"Compléter cet alinéa par les mots"),
    Case("complete with a sentence", Edit(Op.COMPLETE, A2, 3, new="Il s’applique aux contrats en cours."),
         changed(A2, 3, f"{III} Il s’applique aux contrats en cours."),
         rf"par une phrase ainsi rédigée{NBSP}: {q('Il s’applique aux contrats en cours.')}",
         rf"Compléter cet alinéa par une phrase ainsi rédigée{NBSP}:\n{q('Il s’applique aux contrats en cours.')}$"),
    Case("complete a quoted alinéa with a sentence", Edit(Op.COMPLETE, A1, 3, new="Il l’informe aussi de son droit au répit."),
         changed(A1, 3, "« Le département informe la personne aidée du taux de participation applicable. Il l’informe aussi de son droit au répit. » ;"),
         r"par une phrase ainsi rédigée", r"par une phrase ainsi rédigée"),
    Case("complete a phrase", Edit(Op.COMPLETE, A2, 1, phrase=1, new="au plus"),
         changed(A2, 1, "I. – Le taux de la contribution est fixé à 2 % au plus. Ce taux est révisé chaque année par décret."),
         r"^Compléter la première phrase de l’alinéa 1 par les mots", r"^Alinéa 1, première phrase\nCompléter cette phrase par les mots"),
    # --- rewrite-alinea
    Case("rewrite an alinéa", Edit(Op.REWRITE_ALINEA, A2, 3, new="III. – Le présent article entre en vigueur le 1er juillet 2027."),
         changed(A2, 3, "III. – Le présent article entre en vigueur le 1er juillet 2027."),
         rf"^Rédiger ainsi l’alinéa 3{NBSP}:\n«{NBSP}III\. – Le présent article entre en vigueur le 1er juillet 2027\.{NBSP}»$",
         rf"^Alinéa 3\nRédiger ainsi cet alinéa{NBSP}:\nIII\. – Le présent article entre en vigueur le 1er juillet 2027\.$"),
    Case("rewrite a quoted alinéa", Edit(Op.REWRITE_ALINEA, A1, 3, new="« Le département informe la personne aidée de ses droits. » ;"),
         changed(A1, 3, "« Le département informe la personne aidée de ses droits. » ;"),
         rf"^Rédiger ainsi l’alinéa 3{NBSP}:\n«{NBSP}« Le département", r"^Alinéa 3\nRédiger ainsi cet alinéa"),
    Case("rewrite two alinéas as one", Edit(Op.REWRITE_ALINEA, A1, 2, last=3, new="1° L’article L. 113-1 est abrogé ;"),
         (ALINEAS[A1][0], "1° L’article L. 113-1 est abrogé ;", ALINEAS[A1][3]),
         rf"^Rédiger ainsi les alinéas 2 et 3{NBSP}:", rf"^Alinéas 2 et 3\nRédiger ainsi ces alinéas{NBSP}:"),
    Case("rewrite a phrase", Edit(Op.REWRITE_ALINEA, A2, 2, phrase=2, new="Son montant est fixé par la loi."),
         changed(A2, 2, f"{II_START} Son montant est fixé par la loi."),
         r"^Rédiger ainsi la deuxième phrase de l’alinéa 2", r"^Alinéa 2, deuxième phrase\nRédiger ainsi cette phrase"),
    Case("rewrite the end of an alinéa", Edit(Op.REWRITE_ALINEA, A3, 1, anchor="rapport", new="avant le 1er juin."),
         changed(A3, 1, "Le Gouvernement remet au Parlement un rapport avant le 1er juin."),
         rf"^À l’alinéa 1, après le mot{NBSP}: {q('rapport')}, rédiger ainsi la fin de cet alinéa{NBSP}: {q('avant le 1er juin.')}\.$",
         rf"^Alinéa 1\nAprès le mot{NBSP}:\nrapport\nrédiger ainsi la fin de cet alinéa{NBSP}:\navant le 1er juin\.$"),
    Case("delete the end of an alinéa", Edit(Op.DELETE_ALINEA, A3, 1, anchor="la présente loi"),
         changed(A3, 1, "Le Gouvernement remet au Parlement un rapport sur l’application de la présente loi."),
         r"après les mots.*, supprimer la fin de cet alinéa\.$", r"\nsupprimer la fin de cet alinéa\.$"),
    Case("delete the beginning of a phrase", Edit(Op.DELETE_ALINEA, A2, 2, phrase=2, anchor="fixé", before=True),
         changed(A2, 2, f"{II_START} fixé par décret en Conseil d’État."),
         r"^À la deuxième phrase de l’alinéa 2, avant le mot.*supprimer le début de cette phrase\.$",
         r"^Alinéa 2, deuxième phrase\nAvant le mot.*\nfixé\nsupprimer le début de cette phrase\.$"),
    # --- insert-alinea
    Case("insert an alinéa", Edit(Op.INSERT_ALINEA, A2, 2, new="II bis. – Ce versement est cumulable avec le revenu de solidarité active."),
         inserted(A2, 2, "II bis. – Ce versement est cumulable avec le revenu de solidarité active."),
         rf"^Après l’alinéa 2, insérer l’alinéa suivant{NBSP}:\n«{NBSP}II bis",
         rf"^Après l’alinéa 2\nInsérer un alinéa ainsi rédigé{NBSP}:\nII bis"),
    Case("insert three alinéas", Edit(Op.INSERT_ALINEA, A1, 4, new="3° L’article L. 245-1 est ainsi modifié :\na) Le mot : « cinq » est remplacé par le mot : « six » ;\nb) Le dernier alinéa est supprimé."),
         inserted(A1, 4, "3° L’article L. 245-1 est ainsi modifié :", "a) Le mot : « cinq » est remplacé par le mot : « six » ;", "b) Le dernier alinéa est supprimé."),
         rf"^Après l’alinéa 4, insérer les trois alinéas suivants{NBSP}:", rf"^Après l’alinéa 4\nInsérer trois alinéas ainsi rédigés{NBSP}:"),
    Case("complete the article with an alinéa", Edit(Op.INSERT_ALINEA, A2, None, new="IV. – Un décret précise les modalités d’application du présent article."),
         (*ALINEAS[A2], "IV. – Un décret précise les modalités d’application du présent article."),
         rf"^Compléter cet article par l’alinéa suivant{NBSP}:", rf"^Compléter cet article par un alinéa ainsi rédigé{NBSP}:"),
    Case("insert before the first alinéa", Edit(Op.INSERT_ALINEA, A3, 0, new="I. – Le titre est modifié."),
         ("I. – Le titre est modifié.", *ALINEAS[A3]),
         r"^Avant l’alinéa 1, insérer l’alinéa suivant", r"^Avant l’alinéa 1\nInsérer un alinéa ainsi rédigé"),
    # --- delete-alinea
    Case("delete an alinéa", Edit(Op.DELETE_ALINEA, A2, 2), without(A2, 2),
         r"^Supprimer l’alinéa 2\.$", r"^Alinéa 2\nSupprimer cet alinéa\.$"),
    Case("delete alinéas", Edit(Op.DELETE_ALINEA, A1, 2, last=3), without(A1, 2, 3),
         r"^Supprimer les alinéas 2 et 3\.$", r"^Alinéas 2 et 3\nSupprimer ces alinéas\.$"),
    Case("delete a range of alinéas", Edit(Op.DELETE_ALINEA, A1, 2, last=4), without(A1, 2, 3, 4),
         r"^Supprimer les alinéas 2 à 4\.$", r"^Alinéas 2 à 4\nSupprimer ces alinéas\.$"),
    Case("delete a phrase", Edit(Op.DELETE_ALINEA, A2, 1, phrase=2),
         changed(A2, 1, "I. – Le taux de la contribution est fixé à 2 %."),
         r"^Supprimer la deuxième phrase de l’alinéa 1\.$", r"^Alinéa 1, deuxième phrase\nSupprimer cette phrase\.$"),
    # --- article operations
    Case("delete the article", Edit(Op.DELETE_ARTICLE, A3), None,
         r"^Supprimer cet article\.$", r"^Supprimer cet article\.$"),
    Case("rewrite the article", Edit(Op.REWRITE_ARTICLE, A3, new="Le Gouvernement remet un rapport au Parlement.\nCe rapport est rendu public."),
         ("Le Gouvernement remet un rapport au Parlement.", "Ce rapport est rendu public."),
         rf"^Rédiger ainsi cet article{NBSP}:\n«{NBSP}Le Gouvernement", rf"^Rédiger ainsi cet article{NBSP}:\nLe Gouvernement"),
    Case("restore the article", Edit(Op.RESTORE_ARTICLE, A3, new="Le Gouvernement remet un rapport."),
         ("Le Gouvernement remet un rapport.",),
         rf"^Rétablir cet article dans la rédaction suivante{NBSP}:", rf"^Rétablir cet article dans la rédaction suivante{NBSP}:"),
]  # fmt: skip
ADDITIONAL = Edit(
    Op.ADDITIONAL_ARTICLE,
    A2,
    new="I. – Le code est ainsi modifié.\nII. – Le I entre en vigueur en 2028.",
)


def _params() -> list[pytest.ParameterSet]:
    return [
        pytest.param(case, style, id=f"{case.name} ({style})")
        for case in CASES
        for style in (AN, SENAT)
    ]


@pytest.mark.parametrize(("case", "style"), _params())
def test_golden(articles, case: Case, style: str):
    article = articles[case.edit.article]
    result = draft(article, case.edit, style=style)
    assert re.search(case.an if style == AN else case.senat, result.dispositif, re.M), (
        result.dispositif
    )
    if case.after is None and case.edit.op is not Op.DELETE_ARTICLE:
        return  # an expected refusal is checked in test_warnings
    assert result.warnings == ()
    expected = "" if case.after is None else "\n".join([article.heading, *case.after])
    assert result.after == expected
    assert result.before == "\n".join([article.heading, *ALINEAS[case.edit.article]])
    # The same engine applies an official amendment: the dispositif alone gives the text.
    applied = apply_dispositif(article, case.edit.article, result.dispositif, style=style)
    assert (applied.applied, applied.after) == (True, expected)


def test_the_golden_set_covers_every_operation_but_one_in_both_styles():
    covered = {case.edit.op for case in CASES} | {ADDITIONAL.op}
    assert covered == set(Op)
    assert len(_params()) >= 60


@pytest.mark.parametrize("style", [AN, SENAT])
def test_an_additional_article_is_the_new_text(articles, style: str):
    result = draft(articles[A2], ADDITIONAL, style=style)
    assert result.heading == "ARTICLE ADDITIONNEL APRÈS L’ARTICLE 2"
    assert result.after == "I. – Le code est ainsi modifié.\nII. – Le I entre en vigueur en 2028."
    assert (result.before, result.warnings) == ("", ())
    if style == SENAT:
        assert result.dispositif.startswith(
            f"Après l’article 2\nInsérer un article additionnel ainsi rédigé{NBSP}:\nI. – Le code"
        )
    else:  # the AN names the place in the amendment's heading, the dispositif is the text
        assert result.dispositif == ADDITIONAL.new
    applied = apply_dispositif(None, "Après l’article 2", result.dispositif, style=style)
    assert (applied.applied, applied.after) == (True, result.after)


@pytest.mark.parametrize("style", [AN, SENAT])
def test_the_exposé_is_left_to_write_under_the_chamber_s_title(articles, style: str):
    result = draft(articles[A3], CASES[0].edit, style=style)
    assert result.expose == ""
    assert result.expose_title == ("Exposé sommaire" if style == AN else "Objet")


def test_several_edits_are_numbered_and_read_back(articles):
    from reviewer.drafting import dispositif

    edits = [
        Edit(Op.REPLACE_WORDS, A2, 3, old="2027", new="2028"),
        Edit(Op.DELETE_ALINEA, A2, 2),
    ]
    for style in (AN, SENAT):
        text = dispositif(edits, style)
        assert text.startswith(f"I.{NBSP}–{NBSP}")
        assert f"\nII.{NBSP}–{NBSP}" in text
        assert parse(text, style=style) == [
            Edit(Op.REPLACE_WORDS, "", 3, old="2027", new="2028"),
            Edit(Op.DELETE_ALINEA, "", 2),
        ]

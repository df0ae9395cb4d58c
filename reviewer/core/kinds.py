"""Every kind of document the program knows, in one table (`TABLE`).

A document's kind is stored as its French key ("amendement", "question écrite"...). A row
gives the key, its labels in French and English (one document, several, and in a report's
sentence), the other names a user may type after `kind:` (`kind:question`, `kind:pjl`), and
its rank in a report, which lists the texts before what amends or questions them. The table's
own order is the library's: amendments first, "other" last; detection breaks ties by it.
Adding a kind is adding a row (and, for detection, its rules in reviewer.legislative.patterns).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.fields import Label, fold

AMENDEMENT = "amendement"
PROJET_AMENDEMENT = "projet d'amendement"  # a draft written in reviewer, not yet filed
QUESTION = "question écrite"
PROJET = "projet de loi"
PROPOSITION = "proposition de loi"
RAPPORT = "rapport"
PETITION = "pétition"
COMPTE_RENDU = "compte rendu"
OTHER = "other"
# The kinds that take the MP's position (reviewer.core.amendments.Position).
POSITIONED_KINDS = (AMENDEMENT, PROJET_AMENDEMENT)


@dataclass(frozen=True)
class Kind:
    key: str
    one: Label  # the label of one document, as the window shows it
    many: Label  # the label of several
    report_rank: int  # reports list documents by rank: bills first
    aliases: tuple[str, ...] = ()  # besides the key and the labels, which are aliases too
    in_report: Label | None = None  # a report's word for it, when not `one`

    @property
    def names(self) -> tuple[str, ...]:
        """Everything `kind:` accepts for it, folded."""
        labels = (self.one.fr, self.one.en, self.many.fr, self.many.en)
        return tuple(dict.fromkeys(fold(name) for name in (self.key, *labels, *self.aliases)))

    def report_label(self, language: str) -> str:
        return (self.in_report or self.one).in_language(language)


# fmt: off
TABLE: tuple[Kind, ...] = (
    Kind(AMENDEMENT, Label("Amendement", "Amendment"), Label("Amendements", "Amendments"), 4,
         aliases=("amdt",)),
    Kind(PROJET_AMENDEMENT, Label("Projet d'amendement", "Draft amendment"),
         Label("Projets d'amendement", "Draft amendments"), 4, aliases=("draft",)),
    Kind(QUESTION, Label("Question écrite", "Written question"),
         Label("Questions écrites", "Written questions"), 5, aliases=("question", "qe")),
    Kind(PROJET, Label("Projet de loi", "Government bill"),
         Label("Projets de loi", "Government bills"), 1, aliases=("pjl",)),
    Kind(PROPOSITION, Label("Proposition de loi", "Private member's bill"),
         Label("Propositions de loi", "Private member's bills"), 2,
         aliases=("ppl", "proposition")),
    Kind(RAPPORT, Label("Rapport", "Report"), Label("Rapports", "Reports"), 3),
    Kind(PETITION, Label("Pétition", "Petition"), Label("Pétitions", "Petitions"), 6),
    Kind(COMPTE_RENDU, Label("Compte rendu", "Record of proceedings"),
         Label("Comptes rendus", "Records of proceedings"), 7,
         aliases=("compte-rendu", "cr")),
    Kind(OTHER, Label("Autre", "Other"), Label("Autres documents", "Other documents"), 8,
         aliases=("autre document", "other document"),
         in_report=Label("Autre document", "Other document")),
)
# fmt: on

KINDS = tuple(kind.key for kind in TABLE)
BY_KEY = {kind.key: kind for kind in TABLE}
_BY_NAME = {name: kind.key for kind in TABLE for name in kind.names}


def kind_key(typed: str) -> str | None:
    """The stored key a user means ("question", "Written question", "QE"), or None."""
    return _BY_NAME.get(fold(typed))


def label(key: str, language: str) -> str:
    """The kind's label in "fr" or "en"; a kind this version does not know, as stored."""
    return BY_KEY[key].one.in_language(language) if key in BY_KEY else key


def library_order(key: str) -> int:
    """The library's order of kinds (amendments first, "other" last), unknown kinds after."""
    return KINDS.index(key) if key in BY_KEY else len(KINDS)


def report_order(key: str) -> int:
    """A report's order: bills, reports, amendments, questions...; unknown kinds as "other"."""
    return BY_KEY.get(key, BY_KEY[OTHER]).report_rank
